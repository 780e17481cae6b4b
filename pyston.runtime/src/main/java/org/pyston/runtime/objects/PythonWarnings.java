package org.pyston.runtime.objects;

/**
 * Warnings issued by the runtime itself (CPython's {@code PyErr_WarnEx}): through the native
 * {@code _warnings} module, which honours the filters of the {@code warnings} module once that is
 * imported, so {@code catch_warnings}/{@code assertWarns} see them and an "error" filter turns
 * them into exceptions. The warning is attributed to the Python code calling the operation.
 */
public final class PythonWarnings {
    private PythonWarnings() {
    }

    /** {@code PyErr_WarnEx(category, message, 1)}; raises if a filter makes the warning an error. */
    public static void warn(PyType category, String message) {
        Gil gil = Gil.current();
        if (gil == null) {
            return; // a thread that runs no Python code: nothing to attribute the warning to
        }
        Object warnings = Imports.importModule(gil.ctx, "_warnings", PyTuple.EMPTY, 0, null);
        Abstract.call(Abstract.getAttr(warnings, "warn"), new Object[] {message, category, 1L}, null);
    }

    /**
     * {@code PyErr_WarnExplicitObject(category, message, filename, lineno, NULL, NULL)}: a warning
     * about a place in source rather than about the running code (the compiler's warnings);
     * raises if a filter makes the warning an error.
     */
    public static void warnExplicit(PyType category, String message, String filename, long lineno) {
        Gil gil = Gil.current();
        if (gil == null) {
            return;
        }
        Object warnings = Imports.importModule(gil.ctx, "_warnings", PyTuple.EMPTY, 0, null);
        Abstract.call(Abstract.getAttr(warnings, "warn_explicit"), new Object[] {message, category, filename, lineno},
                null);
    }
}
