package org.pyston.runtime.modules;

import java.util.LinkedHashMap;
import java.util.Map;
import java.io.File;
import org.pyston.runtime.objects.Abstract;
import org.pyston.runtime.objects.Errors;
import org.pyston.runtime.objects.ExecutionContext;
import org.pyston.runtime.objects.PyBaseException;
import org.pyston.runtime.objects.PyBuiltinFunction;
import org.pyston.runtime.objects.PyDict;
import org.pyston.runtime.objects.PyException;
import org.pyston.runtime.objects.PySet;
import org.pyston.runtime.objects.PyTuple;
import org.pyston.runtime.objects.Stdlib;
import org.pyston.runtime.objects.Tracebacks;
import org.pyston.runtime.objects.PyList;
import org.pyston.runtime.objects.PyModule;
import org.pyston.runtime.objects.PyType;
import org.pyston.runtime.objects.Singletons;
import org.pyston.runtime.objects.SiteBuiltins;

/**
 * The descriptive attributes of {@code sys} that need the native types of this package: the
 * struct sequences ({@code version_info}, {@code float_info}, {@code int_info},
 * {@code hash_info}, {@code flags}, {@code thread_info}) and {@code implementation}.
 */
public final class SysAttributes {
    private SysAttributes() {
    }

    static final PyType VERSION_INFO = StructSeq.newType("sys", "version_info",
            new String[] {"major", "minor", "micro", "releaselevel", "serial"}, 5, false);
    static final PyType FLOAT_INFO = StructSeq.newType("sys", "float_info",
            new String[] {"max", "max_exp", "max_10_exp", "min", "min_exp", "min_10_exp", "dig", "mant_dig", "epsilon",
                "radix", "rounds"}, 11, false);
    static final PyType INT_INFO = StructSeq.newType("sys", "int_info",
            new String[] {"bits_per_digit", "sizeof_digit", "default_max_str_digits", "str_digits_check_threshold"}, 4,
            false);
    static final PyType HASH_INFO = StructSeq.newType("sys", "hash_info",
            new String[] {"width", "modulus", "inf", "nan", "imag", "algorithm", "hash_bits", "seed_bits", "cutoff"}, 9,
            false);
    static final PyType FLAGS = StructSeq.newType("sys", "flags",
            new String[] {"debug", "inspect", "interactive", "optimize", "dont_write_bytecode", "no_user_site", "no_site",
                "ignore_environment", "verbose", "bytes_warning", "quiet", "hash_randomization", "isolated", "dev_mode",
                "utf8_mode", "warn_default_encoding", "safe_path", "int_max_str_digits"}, 18, false);
    static final PyType THREAD_INFO = StructSeq.newType("sys", "thread_info", new String[] {"name", "lock", "version"}, 3,
            false);

    /** Adds the attributes to a new context's {@code sys}. */
    public static void install(PyModule sys, ExecutionContext ctx) {
        installPrefixes(sys);
        installHooks(sys, ctx);
        StructSeq version = StructSeq.of(VERSION_INFO, 3L, 11L, 7L, "final", 0L);
        sys.set("version_info", version);
        sys.set("float_info", StructSeq.of(FLOAT_INFO, Double.MAX_VALUE, 1024L, 308L, Double.MIN_NORMAL, -1021L, -307L,
                15L, 53L, Math.ulp(1.0), 2L, 1L));
        sys.set("int_info", StructSeq.of(INT_INFO, 30L, 4L, 4300L, 640L));
        // str hashes are Java's 32-bit String hash, not SipHash: said so here rather than claimed otherwise
        sys.set("hash_info", StructSeq.of(HASH_INFO, 64L, (1L << 61) - 1, 314159L, 0L, 1000003L, "java", 32L, 0L, 0L));
        sys.set("flags", StructSeq.of(FLAGS, 0L, 0L, 0L, 0L, 1L, 0L, 0L, 0L, 0L, 0L, 0L, 1L, 0L, false, 1L, 0L, false,
                -1L));
        sys.set("thread_info", StructSeq.of(THREAD_INFO, "java", Singletons.NONE, Singletons.NONE));
        sys.set("maxunicode", 0x10FFFFL);
        sys.set("float_repr_style", "short");
        Map<String, Object> impl = new LinkedHashMap<>();
        impl.put("name", "pyston");
        // no bytecode cache files: importlib reads a None cache_tag that way
        impl.put("cache_tag", Singletons.NONE);
        impl.put("version", version);
        impl.put("hexversion", 0x030b07f0L);
        // the platform triplet: sysconfig names the installation's _sysconfigdata module with it
        String arch = System.getProperty("os.arch", "");
        impl.put("_multiarch", (arch.equals("amd64") || arch.equals("x86_64") ? "x86_64" : arch) + "-linux-gnu");
        sys.set("implementation", SimpleNamespace.of(impl));
        sys.set("dont_write_bytecode", true);
        sys.set("warnoptions", new PyList());
        sys.set("abiflags", "");
        sys.set("platlibdir", "lib");
        sys.set("pycache_prefix", Singletons.NONE);
        sys.set("meta_path", new PyList());
        sys.set("path_hooks", new PyList());
        sys.set("path_importer_cache", new PyDict());
        Ext.function(sys, "getfilesystemencodeerrors", (a, k) -> "surrogateescape");
    }

    /**
     * {@code sys.flags} from the command line's options (CPython's field order), and
     * {@code sys.dont_write_bytecode} for -B (or PYSTONDONTWRITEBYTECODE, already set).
     */
    public static void setFlags(PyModule sys, org.pyston.runtime.api.ContextOptions o) {
        boolean dontWrite = o.dontWriteBytecode || Abstract.isTrue(sys.dict.getStr("dont_write_bytecode"));
        sys.set("dont_write_bytecode", dontWrite);
        boolean ignoreEnv = o.ignoreEnvironment || o.isolated;
        sys.set("flags", StructSeq.of(FLAGS, 0L, o.inspect ? 1L : 0L, o.inspect ? 1L : 0L, (long) o.optimize,
                dontWrite ? 1L : 0L, o.noUserSite || o.isolated ? 1L : 0L, o.noSite ? 1L : 0L, ignoreEnv ? 1L : 0L,
                o.verbose ? 1L : 0L, 0L, o.quiet ? 1L : 0L, 1L, o.isolated ? 1L : 0L, false, 1L, 0L, o.isolated,
                -1L));
    }

    /**
     * {@code prefix} and friends: the installation whose standard library this runtime uses
     * ({@code /usr} for {@code /usr/lib/python3.11}); there is no virtual environment, so the base
     * prefixes are the same.
     */
    private static void installPrefixes(PyModule sys) {
        String lib = Stdlib.locate();
        String prefix = "/usr";
        if (lib != null) {
            File libDir = new File(lib).getAbsoluteFile().getParentFile(); // .../lib
            if (libDir != null && libDir.getParentFile() != null) {
                prefix = libDir.getParentFile().getPath();
            }
        }
        for (String name : new String[] {"prefix", "base_prefix", "exec_prefix", "base_exec_prefix"}) {
            sys.set(name, prefix);
        }
        sys.set("platlibdir", "lib");
        sys.set("_git", PyTuple.of("pyston", "", ""));
        sys.set("_framework", "");
        sys.set("stdlib_module_names", stdlibModuleNames(lib));
    }

    /**
     * The names of the standard library's modules (CPython's {@code sys.stdlib_module_names}):
     * the top-level modules and packages of the library folder plus the native ones.
     */
    private static Object stdlibModuleNames(String lib) {
        java.util.TreeSet<String> names = new java.util.TreeSet<>(java.util.Arrays.asList(NativeModules.NAMES));
        String[] entries = lib == null ? null : new File(lib).list();
        if (entries != null) {
            for (String e : entries) {
                if (e.endsWith(".py")) {
                    names.add(e.substring(0, e.length() - 3));
                } else if (new File(lib, e + "/__init__.py").isFile()) {
                    names.add(e);
                }
            }
        }
        names.remove("__main__");
        names.remove("this");
        names.remove("antigravity");
        return PySet.of(true, PyTuple.of(names.toArray()));
    }

    /** displayhook, excepthook, tracing and auditing hooks, and other process-level functions. */
    private static void installHooks(PyModule sys, ExecutionContext ctx) {
        PyBuiltinFunction displayhook = Ext.function(sys, "displayhook", (a, k) -> {
            Ext.positionalOnly("displayhook", a, k, 1, 1);
            if (a[0] == Singletons.NONE) {
                return Singletons.NONE;
            }
            ctx.builtinsDict.put("_", Singletons.NONE);
            Object out = org.pyston.runtime.objects.StdStreams.stdout(ctx);
            if (out == null || out == Singletons.NONE) {
                throw Errors.of(Errors.RUNTIME_ERROR, "lost sys.stdout");
            }
            Abstract.call(Abstract.getAttr(out, "write"), new Object[] {Abstract.repr(a[0]) + "\n"}, null);
            ctx.builtinsDict.put("_", a[0]);
            return Singletons.NONE;
        });
        sys.set("__displayhook__", displayhook);
        PyBuiltinFunction excepthook = Ext.function(sys, "excepthook", (a, k) -> {
            Ext.positionalOnly("excepthook", a, k, 3, 3);
            if (!(a[1] instanceof PyBaseException e)) {
                throw Errors.typeError("TypeError: print_exception(): Exception expected for value, "
                        + Errors.typeName(a[1]) + " found");
            }
            StringBuilder text = new StringBuilder();
            Tracebacks.print(ctx, e, text);
            Object err = org.pyston.runtime.objects.StdStreams.stderr(ctx);
            if (err == null || err == Singletons.NONE) {
                ctx.stderr.print(text);
            } else {
                Abstract.call(Abstract.getAttr(err, "write"), new Object[] {text.toString()}, null);
            }
            return Singletons.NONE;
        });
        sys.set("__excepthook__", excepthook);
        // no tracing or profiling hooks in this runtime: None can be set (and read back), nothing else
        for (String kind : new String[] {"trace", "profile"}) {
            Ext.function(sys, "get" + kind, (a, k) -> Singletons.NONE);
            Ext.function(sys, "set" + kind, (a, k) -> {
                Ext.positionalOnly("set" + kind, a, k, 1, 1);
                if (a[0] != Singletons.NONE) {
                    throw new PyBaseException(Errors.NOT_IMPLEMENTED_ERROR,
                            PyTuple.of("sys.set" + kind + " with a function is not supported yet")).toThrowable();
                }
                return Singletons.NONE;
            });
        }
        PyList auditHooks = new PyList();
        Ext.function(sys, "addaudithook", (a, k) -> {
            Ext.positionalOnly("addaudithook", a, k, 1, 1);
            auditHooks.append(a[0]);
            return Singletons.NONE;
        });
        Ext.function(sys, "audit", (a, k) -> {
            if (a.length == 0 || !(a[0] instanceof String)) {
                throw Errors.typeError(a.length == 0 ? "audit() missing 1 required positional argument: 'event'"
                        : "expected str for argument 'event', not " + Errors.typeName(a[0]));
            }
            // the runtime raises no audit events itself; hooks see the ones Python code raises
            Object[] rest = java.util.Arrays.copyOfRange(a, 1, a.length);
            for (int i = 0; i < auditHooks.size; i++) {
                Abstract.call(auditHooks.items[i], new Object[] {a[0], PyTuple.of(rest)}, null);
            }
            return Singletons.NONE;
        });
        Ext.function(sys, "call_tracing", (a, k) -> {
            Ext.positionalOnly("call_tracing", a, k, 2, 2);
            if (!(a[1] instanceof PyTuple args)) {
                throw Errors.typeError("call_tracing() argument 2 must be tuple, not " + Errors.typeName(a[1]));
            }
            return Abstract.call(a[0], args.items.clone(), null);
        });
        Ext.function(sys, "is_finalizing", (a, k) -> false);
        // the interpreter lock's hand-over interval (a thread waiting this long asks the holder to let go)
        Ext.function(sys, "getswitchinterval", (a, k) -> ctx.gil.switchIntervalNanos / 1e9);
        Ext.function(sys, "setswitchinterval", (a, k) -> {
            Ext.positionalOnly("setswitchinterval", a, k, 1, 1);
            double v = Abstract.asDouble(a[0]);
            if (v <= 0) {
                throw Errors.valueError("switch interval must be strictly positive");
            }
            ctx.gil.switchIntervalNanos = (long) (v * 1e6) * 1000; // whole microseconds, as CPython
            return Singletons.NONE;
        });
        // the JVM's collector manages memory: reference counts are not kept
        Ext.function(sys, "getrefcount", (a, k) -> {
            Ext.positionalOnly("getrefcount", a, k, 1, 1);
            return 2L;
        });
        Ext.function(sys, "getallocatedblocks", (a, k) -> 0L);
        Ext.function(sys, "getdlopenflags", (a, k) -> 2L);
        Object[] asyncgenHooks = {Singletons.NONE, Singletons.NONE};
        Ext.function(sys, "get_asyncgen_hooks", (a, k) -> PyTuple.of(asyncgenHooks[0], asyncgenHooks[1]));
        Ext.function(sys, "set_asyncgen_hooks", (a, k) -> {
            Object[] v = Ext.bind("set_asyncgen_hooks", a, k, 0, 0, "firstiter", "finalizer");
            for (int i = 0; i < 2; i++) {
                if (v[i] != null) {
                    if (v[i] != Singletons.NONE && !org.pyston.runtime.objects.Builtins.isCallable(v[i])) {
                        throw Errors.typeError("callable " + (i == 0 ? "firstiter" : "finalizer") + " expected, got "
                                + Errors.typeName(v[i]));
                    }
                    asyncgenHooks[i] = v[i];
                }
            }
            return Singletons.NONE;
        });
        Ext.function(sys, "get_coroutine_origin_tracking_depth", (a, k) -> {
            Ext.positionalOnly("get_coroutine_origin_tracking_depth", a, k, 0, 0);
            return (long) ctx.coroutineOriginDepth;
        });
        Ext.function(sys, "set_coroutine_origin_tracking_depth", (a, k) -> {
            Object[] v = Ext.bind("set_coroutine_origin_tracking_depth", a, k, 1, 1, "depth");
            long depth = org.pyston.runtime.objects.Abstract.index(v[0]);
            if (depth < 0) {
                throw Errors.valueError("depth must be >= 0");
            }
            ctx.coroutineOriginDepth = (int) Math.min(depth, Integer.MAX_VALUE);
            return Singletons.NONE;
        });
        Ext.function(sys, "breakpointhook", (a, k) -> SiteBuiltins.defaultBreakpointHook(ctx, a, k));
        sys.set("__breakpointhook__", sys.dict.getStr("breakpointhook"));
    }
}
