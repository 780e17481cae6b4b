package org.pyston.interp.internal;

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
 * The Python corpus ({@code tests/python}) run in-process by the interpreter alone, against
 * CPython's recorded output: stdout, exit status, and the last stderr line for programs that end
 * with an uncaught exception.
 */
@RunWith(Parameterized.class)
public class CorpusTest {
    private static final Path DIR = Path.of("..", "tests", "python");

    @Parameters(name = "{0}")
    public static Collection<Object[]> programs() throws IOException {
        List<Object[]> result = new ArrayList<>();
        try (Stream<Path> s = Files.list(DIR)) {
            s.filter(p -> p.toString().endsWith(".py")).sorted()
                    .forEach(p -> result.add(new Object[] {p.getFileName().toString()}));
        }
        return result;
    }

    private final String program;

    public CorpusTest(String program) {
        this.program = program;
    }

    @Test
    public void matchesCPython() throws IOException {
        Path source = DIR.resolve(program);
        String base = program.substring(0, program.length() - 3);
        Harness.Run run = Harness.run(source.toString(), List.of());
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
