package org.pyston.runtime.modules;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.pyston.api.frame.Frame;
import org.pyston.runtime.objects.Abstract;
import org.pyston.runtime.objects.Args;
import org.pyston.runtime.objects.Builtins;
import org.pyston.runtime.objects.Errors;
import org.pyston.runtime.objects.ExecutionContext;
import org.pyston.runtime.objects.NativeFunction;
import org.pyston.runtime.objects.PyBaseException;
import org.pyston.runtime.objects.PyBuiltinFunction;
import org.pyston.runtime.objects.PyDict;
import org.pyston.runtime.objects.PyFrame;
import org.pyston.runtime.objects.PyList;
import org.pyston.runtime.objects.PyModule;
import org.pyston.runtime.objects.PyTuple;
import org.pyston.runtime.objects.PyType;
import org.pyston.runtime.objects.Singletons;

/**
 * {@code _warnings}: CPython's C half of the warnings machinery, which importlib and the
 * standard library call ({@code warnings.py} takes {@code filters}, {@code warn} and
 * {@code warn_explicit} from here). The filters, the once-registry and the default action are
 * module attributes; while the {@code warnings} module is imported its {@code filters},
 * {@code _onceregistry}, {@code defaultaction} and {@code _showwarnmsg} are used instead, as
 * CPython does, so {@code warnings.simplefilter} and {@code catch_warnings} work. Without it a
 * warning is printed to {@code sys.stderr} in CPython's format with the source line.
 */
final class WarningsModule {
    private WarningsModule() {
    }

    static PyModule create(ExecutionContext ctx) {
        PyModule m = new PyModule("_warnings");
        m.set("__doc__", "_warnings provides basic warning filtering support.\n"
                + "It is a helper module to speed up interpreter start-up.");
        PyList filters = new PyList();
        filters.append(PyTuple.of("default", Singletons.NONE, Errors.DEPRECATION_WARNING, "__main__", 0L));
        filters.append(PyTuple.of("ignore", Singletons.NONE, Errors.DEPRECATION_WARNING, Singletons.NONE, 0L));
        filters.append(PyTuple.of("ignore", Singletons.NONE, Errors.PENDING_DEPRECATION_WARNING, Singletons.NONE, 0L));
        filters.append(PyTuple.of("ignore", Singletons.NONE, Errors.IMPORT_WARNING, Singletons.NONE, 0L));
        filters.append(PyTuple.of("ignore", Singletons.NONE, Errors.RESOURCE_WARNING, Singletons.NONE, 0L));
        m.set("filters", filters);
        m.set("_defaultaction", "default");
        m.set("_onceregistry", new PyDict());
        long[] filtersVersion = {0};
        Warner w = new Warner(ctx, m, filtersVersion);
        fn(m, "warn", (a, k) -> {
            Object[] p = Args.parse("warn", a, k, 0, 1, 4, "message", "category", "stacklevel", "source");
            long stacklevel = p[2] == null ? 1 : Abstract.index(p[2]);
            w.warn(p[0], p[1] == null ? Singletons.NONE : p[1], stacklevel, p[3] == null ? Singletons.NONE : p[3]);
            return Singletons.NONE;
        });
        fn(m, "warn_explicit", (a, k) -> {
            Object[] p = Args.parse("warn_explicit", a, k, 0, 4, 8, "message", "category", "filename", "lineno",
                    "module", "registry", "module_globals", "source");
            if (!(p[2] instanceof String filename)) {
                throw Errors.typeError("warn_explicit() argument 'filename' must be str, not " + Errors.typeName(p[2]));
            }
            long lineno = Abstract.index(p[3]);
            Object registry = p[5] == null ? Singletons.NONE : p[5];
            if (registry != Singletons.NONE && !(registry instanceof PyDict)) {
                throw Errors.typeError("'registry' must be a dict or None");
            }
            w.warnExplicit(p[1], p[0], filename, lineno, p[4] == null ? Singletons.NONE : p[4], registry,
                    p[7] == null ? Singletons.NONE : p[7]);
            return Singletons.NONE;
        });
        fn(m, "_filters_mutated", (a, k) -> {
            filtersVersion[0]++;
            return Singletons.NONE;
        });
        return m;
    }

    private static final class Warner {
        private final ExecutionContext ctx;
        private final PyModule module;
        private final long[] filtersVersion;

        Warner(ExecutionContext ctx, PyModule module, long[] filtersVersion) {
            this.ctx = ctx;
            this.module = module;
            this.filtersVersion = filtersVersion;
        }

        /** An attribute of the imported {@code warnings} module, or null when it is not imported. */
        private Object warningsAttr(String name) {
            Object w = ctx.modules.get("warnings");
            if (!(w instanceof PyModule wm)) {
                return null;
            }
            return wm.dict.getStr(name);
        }

        void warn(Object message, Object category, long stacklevel, Object source) {
            PyType cat = category(message, category);
            // setup_context: the caller is level 1; beyond it importlib's frames are skipped unless the
            // caller is one of them
            Frame f = ctx.topFrame;
            boolean plain = stacklevel <= 0 || isInternal(f);
            for (long level = stacklevel; --level > 0 && f != null;) {
                f = f.back;
                while (!plain && f != null && isInternal(f)) {
                    f = f.back;
                }
            }
            PyDict globals;
            String filename;
            long lineno;
            if (f == null) {
                globals = ctx.sys.dict;
                filename = "sys";
                lineno = 1;
            } else {
                globals = ((PyFrame) f).globals;
                filename = f.code.filename;
                lineno = f.lineNumber();
            }
            Object registry = globals.getStr("__warningregistry__");
            if (registry == null) {
                registry = new PyDict();
                globals.put("__warningregistry__", registry);
            }
            Object moduleName = globals.getStr("__name__");
            if (!(moduleName instanceof String)) {
                moduleName = "<string>";
            }
            warnExplicit(cat, message, filename, lineno, moduleName, registry, source);
        }

        private static boolean isInternal(Frame f) {
            if (f == null) {
                return false;
            }
            String filename = f.code.filename;
            return filename.contains("importlib") && filename.contains("_bootstrap");
        }

        private PyType category(Object message, Object category) {
            if (Builtins.isInstance(message, Errors.WARNING)) {
                return (PyType) Abstract.getAttr(message, "__class__");
            }
            if (category == Singletons.NONE) {
                return Errors.USER_WARNING;
            }
            if (!(category instanceof PyType t) || !t.isSubtypeOf(Errors.WARNING)) {
                throw Errors.typeError("category must be a Warning subclass, not '" + Errors.typeName(category) + "'");
            }
            return t;
        }

        void warnExplicit(Object categoryObj, Object message, String filename, long lineno, Object moduleName,
                Object registry, Object source) {
            if (moduleName == Singletons.NONE) {
                moduleName = filename.endsWith(".py") ? filename.substring(0, filename.length() - 3) : filename;
                if (((String) moduleName).isEmpty()) {
                    moduleName = "<unknown>";
                }
            }
            PyDict reg = registry instanceof PyDict d ? d : null;
            if (reg != null) {
                Object version = reg.get("version");
                if (!(version instanceof Long v && v == filtersVersion[0])) {
                    reg.map.clear();
                    reg.put("version", filtersVersion[0]);
                }
            }
            Object text;
            PyType category;
            if (Builtins.isInstance(message, Errors.WARNING)) {
                text = message;
                category = (PyType) Abstract.getAttr(message, "__class__");
            } else {
                category = categoryObj == Singletons.NONE || categoryObj == null ? Errors.USER_WARNING
                        : (PyType) categoryObj;
                text = message;
                message = Abstract.call(category, new Object[] {message}, null);
            }
            PyTuple key = PyTuple.of(Abstract.str(text), category, lineno);
            if (reg != null && truthy(reg.get(key))) {
                return;
            }
            Object[] filter = filterAction(category, Abstract.str(text), lineno, moduleName);
            String action = (String) filter[0];
            switch (action) {
                case "error":
                    if (message instanceof PyBaseException e) {
                        throw e.toThrowable();
                    }
                    throw Errors.typeError("exceptions must derive from BaseException");
                case "ignore":
                    return;
                case "once": {
                    if (reg != null) {
                        reg.put(key, Boolean.TRUE);
                    }
                    Object once = warningsAttr("_onceregistry");
                    PyDict onceRegistry = once instanceof PyDict d ? d : (PyDict) module.dict.getStr("_onceregistry");
                    PyTuple onceKey = PyTuple.of(Abstract.str(text), category);
                    if (truthy(onceRegistry.get(onceKey))) {
                        return;
                    }
                    onceRegistry.put(onceKey, Boolean.TRUE);
                    break;
                }
                case "always":
                    break;
                case "module": {
                    if (reg != null) {
                        reg.put(key, Boolean.TRUE);
                        PyTuple altKey = PyTuple.of(Abstract.str(text), category, 0L);
                        if (truthy(reg.get(altKey))) {
                            return;
                        }
                        reg.put(altKey, Boolean.TRUE);
                    }
                    break;
                }
                case "default":
                    if (reg != null) {
                        reg.put(key, Boolean.TRUE);
                    }
                    break;
                default:
                    throw Errors.of(Errors.RUNTIME_ERROR, "Unrecognized action (" + Abstract.repr(action)
                            + ") in warnings.filters:\n " + Abstract.repr(filter[1]));
            }
            show(message, category, filename, lineno, source);
        }

        /** CPython's {@code get_filter}: the action of the first filter matching the warning, and that filter. */
        private Object[] filterAction(PyType category, String text, long lineno, Object moduleName) {
            Object filtersObj = warningsAttr("filters");
            if (filtersObj == null) {
                filtersObj = module.dict.getStr("filters");
            }
            if (!(filtersObj instanceof PyList filters)) {
                throw Errors.valueError("_warnings.filters must be a list");
            }
            for (int i = 0; i < filters.size; i++) {
                Object item = filters.items[i];
                if (!(item instanceof PyTuple t) || t.items.length != 5) {
                    throw Errors.valueError("_warnings.filters item " + i + " isn't a 5-tuple");
                }
                Object action = t.items[0];
                if (!(action instanceof String a)) {
                    throw Errors.typeError("action must be a string, not '" + Errors.typeName(action) + "'");
                }
                if (!matches(t.items[1], text)) {
                    continue;
                }
                if (!(t.items[2] instanceof PyType filterCategory) || !category.isSubtypeOf(filterCategory)) {
                    continue;
                }
                if (!matches(t.items[3], moduleName)) {
                    continue;
                }
                long ln = Abstract.index(t.items[4]);
                if (ln == 0 || ln == lineno) {
                    return new Object[] {a, item};
                }
            }
            Object defaultAction = warningsAttr("defaultaction");
            if (defaultAction == null) {
                defaultAction = module.dict.getStr("_defaultaction");
            }
            if (!(defaultAction instanceof String d)) {
                throw Errors.typeError("_warnings.defaultaction must be a string, not '"
                        + Errors.typeName(defaultAction) + "'");
            }
            return new Object[] {d, defaultAction};
        }

        private static boolean truthy(Object v) {
            return v != null && Abstract.isTrue(v);
        }

        private static boolean matches(Object pattern, Object value) {
            if (pattern == Singletons.NONE) {
                return true;
            }
            if (pattern instanceof String text) {
                return text.equals(value); // the built-in default filters match exactly
            }
            Object result = Abstract.call(Abstract.getAttr(pattern, "match"), new Object[] {value}, null);
            return Abstract.isTrue(result);
        }

        private void show(Object message, PyType category, String filename, long lineno, Object source) {
            Object showFn = warningsAttr("_showwarnmsg");
            Object warningMessage = warningsAttr("WarningMessage");
            if (showFn != null && warningMessage != null) {
                if (!Builtins.isCallable(showFn)) {
                    throw Errors.typeError("warnings._showwarnmsg() must be set to a callable");
                }
                Object msg = Abstract.call(warningMessage, new Object[] {message, category, filename, lineno,
                    Singletons.NONE, Singletons.NONE, source}, null);
                Abstract.call(showFn, new Object[] {msg}, null);
                return;
            }
            StringBuilder sb = new StringBuilder();
            sb.append(filename).append(':').append(lineno).append(": ").append(category.name).append(": ")
                    .append(Abstract.str(message)).append('\n');
            String line = sourceLine(filename, lineno);
            if (line != null) {
                sb.append("  ").append(line.strip()).append('\n');
            }
            Object stderr = org.pyston.runtime.objects.StdStreams.stderr(ctx);
            if (stderr == null || stderr == Singletons.NONE) {
                return;
            }
            Abstract.call(Abstract.getAttr(stderr, "write"), new Object[] {sb.toString()}, null);
        }

        private static String sourceLine(String filename, long lineno) {
            try {
                List<String> lines = Files.readAllLines(Path.of(filename), StandardCharsets.UTF_8);
                return lineno >= 1 && lineno <= lines.size() ? lines.get((int) lineno - 1) : null;
            } catch (IOException | RuntimeException e) {
                return null;
            }
        }
    }

    private static void fn(PyModule m, String name, NativeFunction f) {
        m.set(name, new PyBuiltinFunction(name, f, false));
    }
}
