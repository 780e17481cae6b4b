package org.pyston.bjit.internal;

import static org.junit.Assert.assertEquals;
import static org.junit.Assume.assumeNotNull;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.Test;
import org.pyston.api.code.CodeUnit;
import org.pyston.api.compile.SourceCompiler;
import org.pyston.compiler.internal.CompilerService;
import org.pyston.runtime.objects.PyCode;
import org.pyston.runtime.objects.Stdlib;

/**
 * The baseline JIT keeps block-local temporaries in JVM locals, relying on the compiler's
 * promise that no block reads one it did not write (values that cross a block boundary are in
 * the cross-block band). Checked here over every code unit of CPython's standard library, with
 * the JIT's own reading of each instruction ({@link BlockCompiler#sharedTemporaries}).
 */
public class TemporariesContractTest {
    @Test
    public void noBlockReadsATemporaryItDidNotWrite() throws IOException {
        String stdlib = Stdlib.locate();
        assumeNotNull(stdlib);
        CompilerService compiler = new CompilerService();
        List<String> violations = new ArrayList<>();
        int[] units = {0};
        List<Path> files;
        try (Stream<Path> walk = Files.walk(Path.of(stdlib))) {
            files = walk.filter(p -> p.toString().endsWith(".py") && !p.toString().contains("site-packages")
                    && !p.toString().contains("lib2to3/tests/data")).sorted().toList();
        }
        for (Path file : files) {
            String source;
            try {
                source = new String(Files.readAllBytes(file), StandardCharsets.UTF_8);
            } catch (IOException unreadable) {
                continue;
            }
            CodeUnit module;
            try {
                module = compiler.compile(source, file.toString(), SourceCompiler.Mode.EXEC, 0);
            } catch (RuntimeException deliberatelyBad) {
                continue; // test data with syntax errors, other encodings
            }
            check(module, violations, units);
        }
        assertEquals(units[0] + " code units; violations: " + violations, List.of(), violations);
    }

    private static void check(CodeUnit unit, List<String> violations, int[] units) {
        units[0]++;
        java.util.BitSet shared = BlockCompiler.sharedTemporaries(unit, new Instructions(unit), true);
        if (!shared.isEmpty() && violations.size() < 20) {
            violations.add(unit.filename + ":" + unit.qualname() + " r" + (unit.crossBlockVregs + shared.nextSetBit(0)));
        }
        for (Object k : unit.constants) {
            if (k instanceof PyCode inner) {
                check(inner.unit, violations, units);
            }
        }
    }
}
