package org.pyston.runtime.objects;

import java.util.List;
import java.util.Map;

/** The {@code sys} module of a context (the part the core needs; the rest comes with the library issue). */
final class SysModule {
    private SysModule() {
    }

    static PyModule create(ExecutionContext ctx, List<String> argv, String executable, Map<String, String> xoptions,
            List<String> path) {
        PyModule sys = new PyModule("sys", new PyDict());
        PyList argvList = new PyList();
        for (String a : argv) {
            argvList.append(a);
        }
        sys.set("argv", argvList);
        sys.set("orig_argv", argvList);
        PyList pathList = new PyList();
        for (String p : path) {
            pathList.append(p);
        }
        sys.set("path", pathList);
        sys.set("modules", ctx.modules);
        sys.set("executable", executable);
        sys.set("platform", "linux");
        sys.set("byteorder", "little");
        sys.set("maxsize", Long.MAX_VALUE);
        sys.set("version", "3.11.7 (Pyston for the JVM 0.1.0)");
        sys.set("hexversion", 0x030b07f0L);
        sys.set("api_version", 1013L);
        sys.set("implementation_name", "pyston");
        sys.set("copyright", "");
        PyDict x = new PyDict();
        for (Map.Entry<String, String> e : xoptions.entrySet()) {
            x.put(e.getKey(), e.getValue().isEmpty() ? (Object) Boolean.TRUE : e.getValue());
        }
        sys.set("_xoptions", x);
        // the standard streams are made on first use (importing _io at start-up would cost every
        // program); until then the runtime writes through StdStreams
        fn(sys, "__getattr__", (a, k) -> {
            if ("stdin".equals(a[0]) || "__stdin__".equals(a[0])) {
                Object stdin = org.pyston.runtime.io.IoModule.standardStream(ctx, 0);
                sys.set("stdin", stdin);
                sys.set("__stdin__", stdin);
                return stdin;
            }
            if (!ctx.standard.exposed && a[0] instanceof String name && (name.equals("stdout")
                    || name.equals("stderr") || name.equals("__stdout__") || name.equals("__stderr__"))) {
                StdStreams.expose(ctx);
                return sys.dict.getStr(name);
            }
            throw Errors.attributeError("module 'sys' has no attribute '" + Abstract.str(a[0]) + "'");
        });
        org.pyston.runtime.modules.SysAttributes.install(sys, ctx);
        sys.set("builtin_module_names", PyTuple.of((Object[]) org.pyston.runtime.modules.NativeModules.NAMES.clone()));
        fn(sys, "exit", (a, k) -> {
            throw new PyBaseException(Errors.SYSTEM_EXIT, a.length == 0 ? PyTuple.EMPTY : PyTuple.of(a[0])).toThrowable();
        });
        fn(sys, "getrecursionlimit", (a, k) -> (long) ctx.recursionLimit);
        fn(sys, "setrecursionlimit", (a, k) -> {
            long n = Abstract.index(a[0]);
            if (n < 1) {
                throw Errors.valueError("recursion limit must be greater or equal than 1");
            }
            if (ctx.depth >= n) {
                throw Errors.of(Errors.RECURSION_ERROR, "cannot set the recursion limit to " + n
                        + " at the recursion depth " + ctx.depth + ": the limit is too low");
            }
            ctx.recursionLimit = (int) Math.min(n, 100_000);
            return Singletons.NONE;
        });
        fn(sys, "exc_info", (a, k) -> {
            PyBaseException e = ctx.currentHandled();
            if (e == null) {
                return PyTuple.of(Singletons.NONE, Singletons.NONE, Singletons.NONE);
            }
            return PyTuple.of(e.type(), e, PyTraceback.orNone(e.traceback));
        });
        fn(sys, "exception", (a, k) -> {
            PyBaseException e = ctx.currentHandled();
            return e == null ? Singletons.NONE : e;
        });
        fn(sys, "set_int_max_str_digits", Numbers::setMaxStrDigits);
        fn(sys, "get_int_max_str_digits", (a, k) -> (long) Numbers.maxStrDigits);
        fn(sys, "intern", (a, k) -> ((String) a[0]).intern());
        fn(sys, "getsizeof", (a, k) -> 64L);
        fn(sys, "getdefaultencoding", (a, k) -> "utf-8");
        fn(sys, "getfilesystemencoding", (a, k) -> "utf-8");
        fn(sys, "_getframe", (a, k) -> {
            Args.exact("_getframe", a, k, 0, 1);
            long depth = a.length > 0 ? Abstract.index(a[0]) : 0;
            org.pyston.api.frame.Frame f = ctx.topFrame;
            for (long i = 0; i < depth && f != null; i++) {
                f = f.back;
            }
            if (!(f instanceof PyFrame pf)) {
                throw Errors.valueError("call stack is not deep enough");
            }
            return pf.asObject();
        });
        return sys;
    }

    private static void fn(PyModule m, String name, NativeFunction f) {
        m.set(name, new PyBuiltinFunction(name, f, false));
    }
}
