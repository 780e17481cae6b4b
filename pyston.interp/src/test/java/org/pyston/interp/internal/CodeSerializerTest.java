package org.pyston.interp.internal;

import static org.junit.Assert.assertArrayEquals;
import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertNull;
import static org.junit.Assert.assertTrue;
import static org.junit.Assert.fail;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.Test;
import org.pyston.api.code.CodeUnit;
import org.pyston.api.compile.SourceCompiler;
import org.pyston.compiler.internal.CompilerService;
import org.pyston.runtime.codecache.CodeCache;
import org.pyston.runtime.codecache.CodeSerializer;
import org.pyston.runtime.objects.PyException;
import org.pyston.runtime.objects.Stdlib;

/**
 * The code cache's serialized form: every field of every code unit survives a round trip (the
 * re-serialized bytes are identical), for the test corpus and a slice of the standard library;
 * damaged or stale cache files are ignored.
 */
public class CodeSerializerTest {
    private final CompilerService compiler = new CompilerService();

    private List<Path> sources() throws IOException {
        List<Path> files = new ArrayList<>();
        try (Stream<Path> s = Files.list(Path.of("..", "tests", "python"))) {
            s.filter(p -> p.toString().endsWith(".py")).sorted().forEach(files::add);
        }
        String stdlib = Stdlib.locate();
        if (stdlib != null) {
            for (String name : new String[] {"_collections_abc.py", "typing.py", "dataclasses.py", "enum.py",
                "functools.py", "importlib/_bootstrap.py", "importlib/_bootstrap_external.py", "_pydecimal.py",
                "string.py", "re/_parser.py", "json/decoder.py", "fractions.py"}) {
                Path p = Path.of(stdlib, name);
                if (Files.isRegularFile(p)) {
                    files.add(p);
                }
            }
        }
        return files;
    }

    @Test
    public void codeUnitsRoundTrip() throws IOException {
        assertTrue("CodeSerializer cannot walk CodeUnit's fields", CodeSerializer.supported());
        int units = 0;
        for (Path file : sources()) {
            CodeUnit unit;
            try {
                unit = compiler.compile(Files.readAllBytes(file), file.toString(), SourceCompiler.Mode.EXEC, 0);
            } catch (PyException syntaxError) {
                continue; // the corpus has programs that test SyntaxError
            }
            byte[] data = CodeSerializer.serialize(unit);
            CodeUnit back = CodeSerializer.deserialize(data, 0);
            assertEquals(unit.qualname(), back.qualname());
            assertArrayEquals(file.toString(), data, CodeSerializer.serialize(back));
            units++;
        }
        assertTrue(units > 50);
    }

    @Test
    public void malformedDataIsRefused() {
        CodeUnit unit = compiler.compile("x = (1, 2.5, 3j, b'b', 'é\\ud800', 10**30, ...)\ndef f(): return x\n", "m.py",
                SourceCompiler.Mode.EXEC, 0);
        byte[] data = CodeSerializer.serialize(unit);
        for (int cut : new int[] {0, 5, 12, data.length / 2, data.length - 1}) {
            try {
                CodeSerializer.deserialize(java.util.Arrays.copyOf(data, cut), 0);
                fail("truncated at " + cut);
            } catch (IllegalArgumentException expected) {
                // refused
            }
        }
        byte[] otherVersion = data.clone();
        otherVersion[9]++;
        try {
            CodeSerializer.deserialize(otherVersion, 0);
            fail("other version read");
        } catch (IllegalArgumentException expected) {
            // refused
        }
    }

    @Test
    public void cacheFilesAreKeyedBySourceStamp() throws IOException {
        Path dir = Files.createTempDirectory("pyston-cache-test");
        Path source = dir.resolve("mod.py");
        Files.writeString(source, "A = 1\n");
        CodeCache cache = CodeCache.at(dir.resolve("cache").toString(), CodeSerializer.pycMagic("test"));
        assertEquals(dir.resolve("cache").resolve(dir.toString().substring(1)).resolve("mod.pyston-311.pyc"),
                cache.cachePath(source));
        CodeCache.SourceStamp stamp = CodeCache.SourceStamp.of(source);
        assertNull(cache.load(source, stamp, source.toString()));
        CodeUnit unit = compiler.compile(Files.readAllBytes(source), source.toString(), SourceCompiler.Mode.EXEC, 0);
        cache.store(source, stamp, unit);
        assertEquals("<module>", cache.load(source, stamp, source.toString()).name);
        assertNull(cache.load(source, new CodeCache.SourceStamp(stamp.mtimeSeconds(), stamp.size() + 1),
                source.toString()));
        assertNull(cache.load(source, new CodeCache.SourceStamp(stamp.mtimeSeconds() + 1, stamp.size()),
                source.toString()));
        assertNull(cache.load(source, stamp, "other.py"));
        Files.write(cache.cachePath(source), new byte[] {1, 2, 3});
        assertNull(cache.load(source, stamp, source.toString()));
    }
}
