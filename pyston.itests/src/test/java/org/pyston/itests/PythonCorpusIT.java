package org.pyston.itests;

import static org.junit.Assert.assertEquals;

import java.io.File;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.junit.Test;
import org.junit.runner.RunWith;
import org.junit.runners.Parameterized;
import org.junit.runners.Parameterized.Parameters;

/**
 * The project's Python test corpus ({@code tests/python/NAME.py} with CPython's output in
 * {@code NAME.out}, and for programs that end with an uncaught exception the last stderr line
 * in {@code NAME.err}) run through {@code ./pyston} — the real command line, a fresh framework
 * per program, two programs at a time — once per tier mode. Every tier must give CPython's output.
 */
@RunWith(Parameterized.class)
public class PythonCorpusIT {
    /**
     * Tier modes: a label and the {@code ./pyston} options that select it. The interpreter alone
     * and the baseline JIT forced ({@code bjit:0}) run the same corpus in-process (pyston.interp's
     * and pyston.bjit's CorpusTest); through the command line only the default ladder runs, which
     * covers the launcher and the bundles, and keeps CI's run short (each process starts a JVM and
     * a framework).
     */
    private static final String[][] MODES = {
        {"default"},
    };

    private static final Path ROOT = Path.of(System.getProperty("pyston.root", "..")).toAbsolutePath().normalize();

    @Parameters(name = "{0} {1}")
    public static Collection<Object[]> programs() throws IOException {
        List<Object[]> result = new ArrayList<>();
        Path dir = ROOT.resolve("tests/python");
        List<Path> files;
        try (Stream<Path> s = Files.list(dir)) {
            files = s.filter(p -> p.toString().endsWith(".py")).sorted().toList();
        }
        for (String[] mode : MODES) {
            for (Path f : files) {
                result.add(new Object[] {mode[0], f.getFileName().toString(), mode});
            }
        }
        return result;
    }

    private final String program;
    private final String[] mode;

    public PythonCorpusIT(String label, String program, String[] mode) {
        this.program = program;
        this.mode = mode;
    }

    /** What one run of a program gave. */
    private record Outcome(String stdout, String stderr, int status, boolean timedOut) {
    }

    /**
     * Runs, two at a time: a run is mostly a JVM and a framework starting, which leaves a core
     * idle part of the time, and CI has two. Every program of the corpus is queued with the first
     * test; each test waits for its own.
     */
    private static final Map<String, Future<Outcome>> RUNS = new ConcurrentHashMap<>();
    private static final ExecutorService RUNNER = Executors.newFixedThreadPool(2, r -> {
        Thread t = new Thread(r, "corpus-run");
        t.setDaemon(true);
        return t;
    });

    private static synchronized void queueAll() throws IOException {
        if (!RUNS.isEmpty()) {
            return;
        }
        for (Object[] p : programs()) {
            String[] mode = (String[]) p[2];
            String program = (String) p[1];
            RUNS.put(mode[0] + " " + program, RUNNER.submit(() -> run(program, mode)));
        }
    }

    private static Outcome run(String program, String[] mode) throws IOException, InterruptedException {
        Path dir = ROOT.resolve("tests/python");
        List<String> cmd = new ArrayList<>();
        cmd.add(ROOT.resolve("pyston").toString());
        for (int i = 1; i < mode.length; i++) {
            cmd.add(mode[i]);
        }
        cmd.add(dir.resolve(program).toString());
        ProcessBuilder pb = new ProcessBuilder(cmd).directory(dir.toFile());
        pb.environment().put("PYSTON_NO_BUILD", "1");
        pb.environment().put("PYTHONIOENCODING", "utf-8");
        File out = File.createTempFile("pyston-out", ".txt");
        File err = File.createTempFile("pyston-err", ".txt");
        try {
            pb.redirectInput(ProcessBuilder.Redirect.from(new File("/dev/null")));
            pb.redirectOutput(out).redirectError(err);
            Process p = pb.start();
            boolean done = p.waitFor(90, TimeUnit.SECONDS);
            if (!done) {
                p.destroyForcibly();
                p.waitFor();
            }
            return new Outcome(Files.readString(out.toPath(), StandardCharsets.UTF_8),
                    Files.readString(err.toPath(), StandardCharsets.UTF_8), p.exitValue(), !done);
        } finally {
            out.delete();
            err.delete();
        }
    }

    @Test
    public void matchesCPython() throws Exception {
        queueAll();
        Outcome o = RUNS.get(mode[0] + " " + program).get();
        if (o.timedOut()) {
            throw new AssertionError(program + " timed out; stderr:\n" + o.stderr());
        }
        Path dir = ROOT.resolve("tests/python");
        String base = program.substring(0, program.length() - 3);
        Path expectedErr = dir.resolve(base + ".err");
        int wantStatus = Files.exists(expectedErr) ? 1 : 0;
        assertEquals("stdout of " + program + "; stderr:\n" + o.stderr(),
                Files.readString(dir.resolve(base + ".out"), StandardCharsets.UTF_8), o.stdout());
        assertEquals("exit status of " + program + "; stderr:\n" + o.stderr(), wantStatus, o.status());
        if (wantStatus == 1) {
            String[] lines = o.stderr().strip().split("\n");
            assertEquals("last stderr line of " + program,
                    Files.readString(expectedErr, StandardCharsets.UTF_8).strip(), lines[lines.length - 1]);
        }
    }
}
