package org.pyston.interp.internal;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.Test;

/** {@code -m MODULE}: run through runpy as CPython does (packages, __spec__, sys.argv, errors). */
public class RunModuleTest {
    @Test
    public void packageRunsItsMainWithSpecAndArgv() throws IOException {
        Path dir = Files.createTempDirectory("pyston-runmodule");
        Path pkg = Files.createDirectories(dir.resolve("runmod_pkg"));
        Files.writeString(pkg.resolve("__init__.py"), "");
        Files.writeString(pkg.resolve("helper.py"), "VALUE = 42\n");
        Files.writeString(pkg.resolve("__main__.py"), "import sys\nfrom .helper import VALUE\n"
                + "print(__name__, __package__, __spec__.name, sys.argv[1:], VALUE, sys.argv[0])\n");
        Harness.Run run = Harness.runModule("runmod_pkg", List.of("a", "b"), List.of(dir.toString()));
        assertEquals(run.stderr(), 0, run.status());
        assertEquals("__main__ runmod_pkg runmod_pkg.__main__ ['a', 'b'] 42 "
                + pkg.resolve("__main__.py").toRealPath() + "\n", run.stdout());
    }

    @Test
    public void missingModuleAndPackageWithoutMainAreErrors() {
        Harness.Run missing = Harness.runModule("no_such_module_xyz", List.of(), List.of());
        assertEquals(1, missing.status());
        assertTrue(missing.stderr(), missing.stderr().endsWith("pyston: No module named no_such_module_xyz\n"));
        Harness.Run pkg = Harness.runModule("json", List.of(), List.of());
        assertEquals(1, pkg.status());
        assertTrue(pkg.stderr(), pkg.stderr().contains(
                "No module named json.__main__; 'json' is a package and cannot be directly executed"));
    }
}
