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
        PyModule m = make(ctx, name);
        if (m != null) {
            // its functions' __module__ (pickle, inspect and test.support's check__all__ read it)
            for (java.util.Map.Entry<Object, Object> e : m.dict.entries()) {
                if (e.getValue() instanceof org.pyston.runtime.objects.PyBuiltinFunction f && f.module == null
                        && !f.isMethod) {
                    f.module = name;
                }
            }
        }
        return m;
    }

    private static PyModule make(ExecutionContext ctx, String name) {
        switch (name) {
            case "time":
                return TimeCalendar.install(TimeModule.create(), ctx);
            case "math":
                return MathModule.create();
            case "itertools":
                return ItertoolsModule.create();
            case "_weakref":
                return WeakrefModule.create();
            case "_abc":
                return AbcModule.create();
            case "_thread":
                return ThreadModule.create(ctx);
            case "_functools":
                return FunctoolsModule.create();
            case "_operator":
                return OperatorModule.create();
            case "_collections":
                return CollectionsModule.create();
            case "posix":
                return PosixModule.create(ctx);
            case "_sre":
                return SreModule.create(ctx);
            case "_string":
                return StringModule.create();
            case "unicodedata":
                return UnicodedataModule.create();
            case "_io":
                return org.pyston.runtime.io.IoModule.create(ctx);
            case "_codecs":
                return CodecsModule.create(ctx);
            case "binascii":
                return BinasciiModule.create();
            case "_struct":
                return StructModule.create();
            case "_random":
                return RandomModule.create();
            case "_md5":
            case "_sha1":
            case "_sha256":
            case "_sha512":
            case "_sha3":
                return HashModules.create(name);
            case "_contextvars":
                return ContextVarsModule.create();
            case "_ast":
                return AstModule.create();
            case "_json":
                return JsonModule.create(ctx);
            case "zlib":
                return ZlibModule.create();
            case "atexit":
                return AtexitModule.create(ctx);
            case "gc":
                return GcModule.create();
            case "errno":
                return ErrnoModule.create();
            case "_imp":
                return ImpModule.create(ctx);
            case "_warnings":
                return WarningsModule.create(ctx);
            case "marshal":
                return MarshalModule.create();
            case "_signal":
                return SignalModule.create(ctx);
            case "array":
                return ArrayModule.create();
            case "_blake2":
                return Blake2Module.create();
            case "_csv":
                return CsvModule.create();
            case "_socket":
                return SocketModule.create();
            case "select":
                return SelectModule.create();
            case "_bisect":
                return BisectModule.create();
            case "_heapq":
                return HeapqModule.create();
            case "_posixsubprocess":
                return PosixSubprocessModule.create();
            case "_statistics":
                return StatisticsModule.create();
            case "faulthandler":
                return FaulthandlerModule.create(ctx);
            default:
                return null;
        }
    }

    /** Shutdown of a context: non-daemon threads are joined, then its {@code atexit} functions run (before {@code __main__} is finalized). */
    public static void shutdown(ExecutionContext ctx) {
        ThreadModule.joinThreads(ctx);
        AtexitModule.runExitFunctions(ctx);
    }

    /** Names for {@code sys.builtin_module_names}. */
    public static final String[] NAMES = {"_abc", "_ast", "_bisect", "_blake2", "_codecs", "_collections", "_contextvars", "_csv", "_functools", "_heapq", "_imp", "_io", "_json", "_md5", "_operator", "_posixsubprocess", "_random", "_sha1", "_sha256", "_sha3", "_sha512", "_signal", "_socket", "_sre", "_statistics", "_string", "_struct", "_thread", "_warnings", "_weakref", "array", "atexit", "binascii", "builtins", "errno", "faulthandler", "gc", "itertools", "marshal", "math", "posix", "select", "sys", "time", "unicodedata", "zlib"};

    /** Whether {@code name} is one of {@link #NAMES} (a built-in module, as {@code _imp.is_builtin} asks). */
    public static boolean isBuiltin(String name) {
        for (String n : NAMES) {
            if (n.equals(name)) {
                return true;
            }
        }
        return false;
    }
}
