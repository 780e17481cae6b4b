package org.pyston.runtime.objects;

import java.io.File;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * What CPython's {@code site} module adds to builtins ({@code exit} and {@code quit}, objects
 * of {@code _sitebuiltins.Quitter}), and {@code breakpoint()} with the default
 * {@code sys.breakpointhook}.
 */
public final class SiteBuiltins {
    private SiteBuiltins() {
    }

    /** The EOF key of the console, as site names it in the quitters' repr. */
    private static final String EOF = File.separatorChar == '\\' ? "Ctrl-Z plus Return" : "Ctrl-D (i.e. EOF)";

    /** Adds {@code exit} and {@code quit}; the Quitter class is made per context, as the site module's is. */
    static void install(ExecutionContext ctx, PyDict builtins) {
        Map<String, Object> ns = new LinkedHashMap<>();
        ns.put("__module__", "_sitebuiltins");
        ns.put("__qualname__", "Quitter");
        ns.put("__init__", new PyBuiltinFunction("__init__", (a, k) -> {
            if (Args.positional(a, k) != 3 || k != null && k.length > 0) {
                throw Errors.typeError("Quitter.__init__() takes 3 positional arguments but "
                        + Args.positional(a, k) + " were given");
            }
            PyInstance self = (PyInstance) a[0];
            self.dict.put("name", a[1]);
            self.dict.put("eof", a[2]);
            return Singletons.NONE;
        }, true));
        ns.put("__repr__", new PyBuiltinFunction("__repr__", (a, k) -> {
            PyInstance self = (PyInstance) a[0];
            return "Use " + Abstract.str(Abstract.getAttr(self, "name")) + "() or "
                    + Abstract.str(Abstract.getAttr(self, "eof")) + " to exit";
        }, true));
        ns.put("__call__", new PyBuiltinFunction("__call__", (a, k) -> quit(ctx, a, k), true));
        PyType quitter = new PyType("Quitter", new PyType[] {PyType.OBJECT}, ns, null);
        for (String name : new String[] {"exit", "quit"}) {
            builtins.put(name, Abstract.call(quitter, new Object[] {name, EOF}, null));
        }
    }

    /** {@code Quitter.__call__(self, code=None)}: closes sys.stdin (shells wait on it), raises SystemExit(code). */
    private static Object quit(ExecutionContext ctx, Object[] a, String[] k) {
        int np = Args.positional(a, k);
        if (np > 2) {
            throw Errors.typeError("Quitter.__call__() takes from 1 to 2 positional arguments but " + np
                    + " were given");
        }
        Object code = np > 1 ? a[1] : null;
        for (int i = 0; k != null && i < k.length; i++) {
            if (!k[i].equals("code")) {
                throw Errors.typeError("Quitter.__call__() got an unexpected keyword argument '" + k[i] + "'");
            }
            if (code != null) {
                throw Errors.typeError("Quitter.__call__() got multiple values for argument 'code'");
            }
            code = a[np + i];
        }
        Object stdin = ctx.sys.dict.getStr("stdin");
        if (stdin != null) {
            try {
                Abstract.call(Abstract.getAttr(stdin, "close"), new Object[0], null);
            } catch (PyException ignored) {
                // site ignores any failure to close stdin
            }
        }
        throw new PyBaseException(Errors.SYSTEM_EXIT, PyTuple.of(code == null ? Singletons.NONE : code)).toThrowable();
    }

    /** {@code breakpoint(*args, **kws)}: calls sys.breakpointhook with the arguments. */
    static Object breakpoint(ExecutionContext ctx, Object[] a, String[] k) {
        Object hook = ctx.sys.dict.getStr("breakpointhook");
        if (hook == null) {
            throw Errors.of(Errors.RUNTIME_ERROR, "lost sys.breakpointhook");
        }
        return Abstract.call(hook, a, k);
    }

    /**
     * The default {@code sys.breakpointhook}: the callable PYTHONBREAKPOINT names
     * ("module.attr", or a builtin's name), pdb.set_trace when it is unset or empty, nothing
     * when it is "0". A hook that cannot be imported is a RuntimeWarning and nothing else.
     */
    public static Object defaultBreakpointHook(ExecutionContext ctx, Object[] a, String[] k) {
        String env = ProcessEnvironment.get("PYTHONBREAKPOINT"); // as getenv: os.environ changes count
        String hookName = env == null || env.isEmpty() ? "pdb.set_trace" : env;
        if (hookName.equals("0")) {
            return Singletons.NONE;
        }
        if (hookName.equals("pdb.set_trace") && ctx.sys.dict.getStr("settrace") == null) {
            throw Errors.of(Errors.NOT_IMPLEMENTED_ERROR, "breakpoint(): the debugger (pdb) needs sys.settrace, "
                    + "which is not implemented yet; set PYTHONBREAKPOINT=0 to ignore breakpoints, or to "
                    + "'module.function' to call that instead");
        }
        int dot = hookName.lastIndexOf('.');
        if (dot == 0) { // ".", ".foo": no module to import (CPython warns without trying)
            warn(ctx, Errors.RUNTIME_WARNING, "Ignoring unimportable $PYTHONBREAKPOINT: \"" + hookName + "\"");
            return Singletons.NONE;
        }
        String modulePath = dot < 0 ? "builtins" : hookName.substring(0, dot);
        String attr = hookName.substring(dot + 1);
        Object hook;
        try {
            Object module = Imports.importModule(ctx, modulePath, PyTuple.of("__doc__"), 0, null);
            hook = Abstract.getAttr(module, attr);
        } catch (PyException e) {
            if (!e.matches(Errors.IMPORT_ERROR) && !e.matches(Errors.ATTRIBUTE_ERROR)) {
                throw e;
            }
            warn(ctx, Errors.RUNTIME_WARNING, "Ignoring unimportable $PYTHONBREAKPOINT: \"" + hookName + "\"");
            return Singletons.NONE;
        }
        return Abstract.call(hook, a, k);
    }

    /**
     * Issues a warning through the warnings module; while that module cannot run here, writes
     * what its default display writes (the location of the running code, the category, the
     * message, the source line) to sys.stderr, without warning filters.
     */
    private static void warn(ExecutionContext ctx, PyType category, String message) {
        Object warnings;
        try {
            warnings = Imports.importModule(ctx, "warnings", PyTuple.EMPTY, 0, null);
        } catch (PyException unavailable) {
            warnings = null;
        }
        if (warnings != null) {
            Abstract.call(Abstract.getAttr(warnings, "warn"), new Object[] {message, category}, null);
            return;
        }
        StringBuilder sb = new StringBuilder();
        PyFrame f = ctx.topFrame;
        if (f != null) {
            int line = f.lineNumber();
            sb.append(f.code.filename).append(':').append(line).append(": ");
            sb.append(category.name).append(": ").append(message).append('\n');
            String source = Tracebacks.sourceLine(f.code.filename, line);
            if (source != null) {
                sb.append("  ").append(source.strip()).append('\n');
            }
        } else {
            sb.append("sys:1: ").append(category.name).append(": ").append(message).append('\n');
        }
        StdStreams.write(ctx, ctx.sys.dict.getStr("stderr"), sb.toString());
    }
}
