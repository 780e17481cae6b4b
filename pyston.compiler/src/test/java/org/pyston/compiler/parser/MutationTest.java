package org.pyston.compiler.parser;

import static org.junit.Assert.assertTrue;
import static org.junit.Assume.assumeTrue;

import java.io.File;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.Test;

/**
 * Randomly mutated standard-library files (a token deleted, inserted or replaced; a line
 * duplicated or re-indented) must get CPython's verdict: the same dump when both accept, a
 * SyntaxError on the same line when both reject. Seeded and bounded in time; CPython's side comes
 * from the machine's {@code python3} in one process (the test is skipped without it).
 */
public class MutationTest {
    private static final long SEED = 20261124L;
    private static final int FILES = 60;
    private static final int MUTANTS_PER_FILE = 4;
    private static final long BUDGET_MS = 25_000;
    /** The agreement reached when the test was written; the test guards against regressions. */
    private static final double REQUIRED_AGREEMENT = 0.95;

    private static final Pattern TOKEN = Pattern.compile("[A-Za-z_][A-Za-z0-9_]*|\\d+|\\S");
    private static final String[] INSERTS = {"(", ")", ":", ",", "=", "if", "else", "lambda", "x", "1", "[", "]",
        "*", "**", ".", "return", "yield", "'s'", "{", "}", "not", "is", "@", "->", "pass"};

    private static String python() {
        for (String exe : new String[] {"python3.11", "python3"}) {
            for (String dir : System.getenv().getOrDefault("PATH", "").split(File.pathSeparator)) {
                if (new File(dir, exe).canExecute()) {
                    return new File(dir, exe).getPath();
                }
            }
        }
        return null;
    }

    private static String mutate(String source, Random r) {
        List<String> lines = new ArrayList<>(List.of(source.split("\n", -1)));
        int i = r.nextInt(lines.size());
        String line = lines.get(i);
        switch (r.nextInt(5)) {
            case 0: { // delete a token
                List<int[]> toks = tokens(line);
                if (toks.isEmpty()) {
                    return null;
                }
                int[] t = toks.get(r.nextInt(toks.size()));
                lines.set(i, line.substring(0, t[0]) + line.substring(t[1]));
                break;
            }
            case 1: { // insert a token
                int at = line.isEmpty() ? 0 : r.nextInt(line.length() + 1);
                lines.set(i, line.substring(0, at) + " " + INSERTS[r.nextInt(INSERTS.length)] + " " + line.substring(at));
                break;
            }
            case 2: { // replace a token
                List<int[]> toks = tokens(line);
                if (toks.isEmpty()) {
                    return null;
                }
                int[] t = toks.get(r.nextInt(toks.size()));
                lines.set(i, line.substring(0, t[0]) + INSERTS[r.nextInt(INSERTS.length)] + line.substring(t[1]));
                break;
            }
            case 3: // duplicate a line
                lines.add(i, line);
                break;
            default: { // re-indent a line
                String stripped = line.stripLeading();
                int indent = line.length() - stripped.length();
                int delta = r.nextBoolean() ? 4 : -Math.min(indent, 4);
                if (delta == 0) {
                    return null;
                }
                lines.set(i, " ".repeat(indent + delta) + stripped);
                break;
            }
        }
        return String.join("\n", lines);
    }

    private static List<int[]> tokens(String line) {
        List<int[]> out = new ArrayList<>();
        if (line.stripLeading().startsWith("#")) {
            return out;
        }
        Matcher m = TOKEN.matcher(line);
        while (m.find()) {
            out.add(new int[] {m.start(), m.end()});
        }
        return out;
    }

    private static final String CPYTHON_SIDE = String.join("\n",
            "import ast, sys",
            "for path in sys.argv[1:]:",
            "    src = open(path, 'rb').read()",
            "    try:",
            "        print('OK ' + ast.dump(ast.parse(src, path), include_attributes=True))",
            "    except SyntaxError as e:",
            "        print('SyntaxError %s %s' % (e.lineno, e.msg))",
            "    except (ValueError, MemoryError, RecursionError) as e:",
            "        print('Error')",
            "");

    @Test
    public void mutantsGetCPythonsVerdict() throws Exception {
        String python = python();
        assumeTrue("python3 is not installed", python != null);
        Process find = new ProcessBuilder(python, "-c", "import sysconfig; print(sysconfig.get_paths()['stdlib'])").start();
        String stdlib = new String(find.getInputStream().readAllBytes(), StandardCharsets.UTF_8).strip();
        find.waitFor(30, TimeUnit.SECONDS);
        File[] candidates = new File(stdlib).listFiles((d, n) -> n.endsWith(".py"));
        assumeTrue("no standard library found", candidates != null && candidates.length > FILES);
        java.util.Arrays.sort(candidates);
        Random r = new Random(SEED);
        Path dir = Files.createTempDirectory("pyston-mutants");
        List<Path> mutants = new ArrayList<>();
        long start = System.currentTimeMillis();
        for (int f = 0; f < FILES && System.currentTimeMillis() - start < BUDGET_MS / 3; f++) {
            File file = candidates[r.nextInt(candidates.length)];
            String source;
            try {
                source = Files.readString(file.toPath(), StandardCharsets.UTF_8);
            } catch (IOException notUtf8) {
                continue;
            }
            for (int k = 0; k < MUTANTS_PER_FILE; k++) {
                String m = mutate(source, r);
                if (m != null) {
                    Path p = dir.resolve(f + "_" + k + "_" + file.getName());
                    Files.writeString(p, m, StandardCharsets.UTF_8);
                    mutants.add(p);
                }
            }
        }
        List<String> cmd = new ArrayList<>(List.of(python, "-c", CPYTHON_SIDE));
        for (Path p : mutants) {
            cmd.add(p.toString());
        }
        Process cp = new ProcessBuilder(cmd).redirectErrorStream(false).start();
        byte[] out = cp.getInputStream().readAllBytes();
        cp.waitFor(120, TimeUnit.SECONDS);
        String[] verdicts = new String(out, StandardCharsets.UTF_8).split("\n");
        int same = 0, compared = 0, sameAccepted = 0, sameRejectedLine = 0, rejectedByBoth = 0, sameMessage = 0;
        List<String> disagreements = new ArrayList<>();
        for (int i = 0; i < mutants.size() && i < verdicts.length; i++) {
            if (System.currentTimeMillis() - start > BUDGET_MS) {
                break;
            }
            String cpythonFull = verdicts[i];
            if (cpythonFull.equals("Error")) {
                continue;
            }
            String ours = DumpAstMain.dumpLine(Files.readAllBytes(mutants.get(i)), mutants.get(i).toString());
            if (cpythonFull.startsWith("SyntaxError ") && ours.startsWith("SyntaxError ")) {
                rejectedByBoth++;
                if (ours.equals(cpythonFull)) {
                    sameMessage++;
                }
            }
            String cpython = cpythonFull.startsWith("SyntaxError ") ? "SyntaxError " + cpythonFull.split(" ")[1] : cpythonFull;
            String oursVerdict = ours.startsWith("SyntaxError ") ? "SyntaxError " + ours.split(" ")[1] : "OK " + ours;
            compared++;
            if (oursVerdict.equals(cpython)) {
                same++;
                if (cpython.startsWith("OK")) {
                    sameAccepted++;
                } else {
                    sameRejectedLine++;
                }
            } else if (disagreements.size() < 5) {
                disagreements.add(mutants.get(i).getFileName() + ": ours " + oursVerdict.substring(0,
                        Math.min(60, oursVerdict.length())) + " | CPython " + cpython.substring(0, Math.min(60, cpython.length())));
            }
        }
        for (Path p : mutants) {
            Files.deleteIfExists(p);
        }
        Files.deleteIfExists(dir);
        double agreement = compared == 0 ? 1 : (double) same / compared;
        System.out.printf("mutation test: %d/%d mutants get CPython's verdict (%.1f%%; %d accepted with the same dump, "
                + "%d rejected on the same line); CPython's exact message in %d of %d rejections both made%n", same,
                compared, 100 * agreement, sameAccepted, sameRejectedLine, sameMessage, rejectedByBoth);
        assertTrue("agreement " + agreement + " below " + REQUIRED_AGREEMENT + "; e.g. " + disagreements,
                agreement >= REQUIRED_AGREEMENT);
    }
}
