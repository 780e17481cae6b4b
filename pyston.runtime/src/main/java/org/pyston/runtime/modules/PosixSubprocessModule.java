package org.pyston.runtime.modules;

import org.pyston.runtime.objects.Errors;
import org.pyston.runtime.objects.PyModule;

/**
 * {@code _posixsubprocess}: what {@code subprocess} imports on POSIX. Starting a child needs
 * file-descriptor level pipes ({@code os.pipe}, {@code dup2} in the child) that the runtime's
 * descriptor table does not have yet, so {@code fork_exec} is visibly not done: it raises
 * NotImplementedError naming what is missing. The module exists so that {@code subprocess} (and the
 * many modules that import it without starting a process, such as CPython's test support) import.
 */
final class PosixSubprocessModule {
    private PosixSubprocessModule() {
    }

    static PyModule create() {
        PyModule m = new PyModule("_posixsubprocess");
        m.set("__doc__", "A POSIX helper for the subprocess module.");
        Ext.function(m, "fork_exec", (a, k) -> {
            throw Errors.of(Errors.NOT_IMPLEMENTED_ERROR,
                    "starting a subprocess is not implemented yet on Pyston for the JVM (fork_exec needs os.pipe and "
                            + "descriptor inheritance)");
        });
        return m;
    }
}
