package org.pyston.bjit.internal;

import static org.junit.Assert.assertEquals;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.stream.Stream;
import org.junit.Test;
import org.junit.runner.RunWith;
import org.junit.runners.Parameterized;
import org.junit.runners.Parameterized.Parameters;

/**
 * The Python corpus ({@code tests/python}) run in-process with the baseline JIT compiling every
 * unit on its first call ({@code -X threshold=bjit:0}), with the inline caches, against CPython's
 * recorded output. The default ladder (tier-up at 25, blocks compiled in the background) runs the
 * same corpus through the command line in pyston.itests' PythonCorpusIT.
 */
@RunWith(Parameterized.class)
public class CorpusTest {
    private static final Path DIR = Path.of("..", "tests", "python");

    @Parameters(name = "{0} threshold {1}")
    public static Collection<Object[]> programs() throws IOException {
        List<Object[]> result = new ArrayList<>();
        try (Stream<Path> s = Files.list(DIR)) {
            s.filter(p -> p.toString().endsWith(".py")).sorted().forEach(p -> {
                result.add(new Object[] {p.getFileName().toString(), 0});
            });
        }
        return result;
    }

    private final String program;
    private final int threshold;

    public CorpusTest(String program, int threshold) {
        this.program = program;
        this.threshold = threshold;
    }

    @Test
    public void matchesCPython() throws IOException {
        Path source = DIR.resolve(program);
        String base = program.substring(0, program.length() - 3);
        JitHarness.Run run = JitHarness.run(source.toString(), List.of(), threshold, JitHarness.inlineCaches());
        Path err = DIR.resolve(base + ".err");
        assertEquals("stdout; stderr:\n" + run.stderr(), Files.readString(DIR.resolve(base + ".out"),
                StandardCharsets.UTF_8), run.stdout());
        assertEquals("exit status; stderr:\n" + run.stderr(), Files.exists(err) ? 1 : 0, run.status());
        if (Files.exists(err)) {
            String[] lines = run.stderr().strip().split("\n");
            assertEquals(Files.readString(err, StandardCharsets.UTF_8).strip(), lines[lines.length - 1]);
        }
    }
}
