package org.pyston.runtime.modules;

import org.pyston.runtime.objects.ExecutionContext;
import org.pyston.runtime.objects.PyModule;

/**
 * The modules CPython writes in C that this runtime writes in Java, created on first import
 * (per context). The runtime-library issue extends this table; a name not listed here is looked
 * up along {@code sys.path} like any Python module.
 */
public final class NativeModules {
    private NativeModules() {
    }

    /** The native module called {@code name}, new for this context, or null. */
    public static PyModule create(ExecutionContext ctx, String name) {
        switch (name) {
            case "time":
                return TimeModule.create();
            case "math":
                return MathModule.create();
            case "_io":
                return org.pyston.runtime.io.IoModule.create(ctx);
            default:
                return null;
        }
    }

    /** Names for {@code sys.builtin_module_names}. */
    public static final String[] NAMES = {"_io", "builtins", "math", "sys", "time"};
}
