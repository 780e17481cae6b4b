package org.pyston.runtime.io;

import org.pyston.runtime.objects.Abstract;
import org.pyston.runtime.objects.Imports;
import org.pyston.runtime.objects.PyException;
import org.pyston.runtime.objects.PyType;

/** Warnings raised by {@code _io}, through the {@code warnings} module ({@code warnings.warn}). */
final class Warnings {
    private Warnings() {
    }

    static void warn(IoModule io, PyType category, String message) {
        Object warnings;
        try {
            warnings = Imports.importModule(io.ctx, "warnings", org.pyston.runtime.objects.PyTuple.of("warn"), 0,
                    null);
        } catch (PyException unavailable) {
            return; // no warnings module: nothing to report through
        }
        Abstract.call(Abstract.getAttr(warnings, "warn"), new Object[] {message, category, 2L}, null);
    }
}
