package org.pyston.runtime.objects;

import java.util.HashSet;
import java.util.Set;

/**
 * The import statement and {@code __import__}: what CPython writes in C ({@code import.c}'s
 * {@code PyImport_ImportModuleLevelObject} and {@code ceval.c}'s {@code import_from} /
 * {@code import_all_from}), with CPython's messages.
 *
 * <p><b>Design.</b> As in CPython, Java does the part every import statement pays for — resolving
 * a relative name, the {@code sys.modules} lookup that answers nearly every import after the
 * first, the wait for a module another thread is initializing, the fromlist — and hands a module
 * that is not in {@code sys.modules} to the import machinery: CPython's own
 * {@code importlib._bootstrap._find_and_load} and {@code _handle_fromlist}, run from the
 * installation's {@code Lib/importlib} once {@link ImportSystem} has installed them
 * ({@code _frozen_importlib}, {@code _frozen_importlib_external}; meta path, path hooks, specs,
 * loaders and namespace packages are then exactly CPython's). Until the native modules importlib
 * needs exist, {@link PathImporter} is the machinery: built-in modules, then source files and
 * packages along the path, with importlib's order, module attributes and messages but no spec
 * objects. Either way compiled modules come from the code cache.
 */
public final class Imports {
    private Imports() {
    }

    /** Per-context import state (CPython keeps it in the interpreter state). */
    public static final class State {
        /** {@code _frozen_importlib} once installed, else null (the Java machinery runs). */
        PyModule bootstrap;
        /** The {@code __import__} importlib is given for parents and fromlist items. */
        Object importFunction;
        /** Modules the Java machinery is executing: they count as partially initialized. */
        final Set<String> initializing = new HashSet<>();
        /** {@code -X importtime}: print each import's time to stderr (CPython's format). */
        boolean importTime;
        /** Nesting of imports being timed, and the time of the children of the current one. */
        int importTimeDepth;
        long importTimeChildren;
        boolean importTimeHeader;

        /** Turns on {@code -X importtime} (the option or {@code PYTHONPROFILEIMPORTTIME}). */
        public void profileImportTime(boolean on) {
            importTime = on;
        }
    }

    /** {@code builtins.__import__(name, globals=None, locals=None, fromlist=(), level=0)}. */
    public static Object builtinImport(ExecutionContext ctx, Object[] args, String[] kwnames) {
        Object[] a = Args.parse("__import__", args, kwnames, 0, 1, 5, "name", "globals", "locals", "fromlist",
                "level");
        if (!(a[0] instanceof String name)) {
            throw Errors.typeError("module name must be a string");
        }
        Object globals = a[1]; // null when not given: CPython tells that from an explicit None
        long level = a[4] == null ? 0 : Abstract.index(a[4]);
        if (level > Integer.MAX_VALUE) {
            throw Errors.overflow("Python int too large to convert to C int");
        }
        return importModuleLevel(ctx, name, globals, a[3] == null ? PyTuple.EMPTY : a[3], (int) level);
    }

    /** The import statement ({@code IMPORT_NAME}); {@code globals} are the importing frame's. */
    public static Object importModule(ExecutionContext ctx, String name, Object fromlist, int level, PyDict globals) {
        return importModuleLevel(ctx, name, globals, fromlist, level);
    }

    /** CPython's {@code PyImport_ImportModuleLevelObject}. */
    static Object importModuleLevel(ExecutionContext ctx, String name, Object globals, Object fromlist, int level) {
        if (ctx.imports.bootstrap == null) {
            return importModuleLevelUntrimmed(ctx, name, globals, fromlist, level);
        }
        try {
            return importModuleLevelUntrimmed(ctx, name, globals, fromlist, level);
        } catch (PyException e) {
            ImportSystem.removeImportlibFrames(e.exception);
            throw e;
        }
    }

    private static Object importModuleLevelUntrimmed(ExecutionContext ctx, String name, Object globals,
            Object fromlist, int level) {
        if (level < 0) {
            throw Errors.valueError("level must be >= 0");
        }
        String absName;
        if (level > 0) {
            absName = resolveName(name, globals, level);
        } else {
            if (name.isEmpty()) {
                throw Errors.valueError("Empty module name");
            }
            absName = name;
        }
        Object mod = ctx.modules.get(absName);
        if (mod != null && mod != Singletons.NONE) {
            ensureInitialized(ctx, mod, absName);
        } else {
            mod = findAndLoad(ctx, absName);
        }
        boolean hasFrom = fromlist != null && fromlist != Singletons.NONE && Abstract.isTrue(fromlist);
        if (!hasFrom) {
            int dot = name.indexOf('.');
            if (level == 0 || !name.isEmpty()) {
                if (dot < 0) {
                    return mod;
                }
                if (level == 0) {
                    return importModuleLevel(ctx, name.substring(0, dot), null, null, 0);
                }
                int cutOff = name.length() - dot;
                String toReturn = absName.substring(0, absName.length() - cutOff);
                Object top = ctx.modules.get(toReturn);
                if (top == null) {
                    throw Errors.of(Errors.KEY_ERROR, Abstract.repr(toReturn) + " not in sys.modules as expected");
                }
                return top;
            }
            return mod;
        }
        if (lookupAttr(mod, "__path__") != null) {
            return handleFromlist(ctx, mod, fromlist);
        }
        return mod;
    }

    /** CPython's {@code resolve_name}: the absolute name of a relative import. */
    static String resolveName(String name, Object globals, int level) {
        if (globals == null) {
            throw Errors.of(Errors.KEY_ERROR, "'__name__' not in globals");
        }
        if (!(globals instanceof PyDict g)) {
            throw Errors.typeError("globals must be a dict");
        }
        Object pkg = g.getStr("__package__");
        if (pkg == Singletons.NONE) {
            pkg = null;
        }
        Object spec = g.getStr("__spec__");
        String packageName;
        if (pkg != null) {
            if (!(pkg instanceof String s)) {
                throw Errors.typeError("package must be a string");
            }
            packageName = s;
        } else if (spec != null && spec != Singletons.NONE) {
            Object parent = Abstract.getAttr(spec, "parent");
            if (!(parent instanceof String s)) {
                throw Errors.typeError("__spec__.parent must be a string");
            }
            packageName = s;
        } else {
            PythonWarnings.warn(Errors.IMPORT_WARNING, "can't resolve package from __spec__ or __package__, "
                    + "falling back on __name__ and __path__");
            Object n = g.getStr("__name__");
            if (n == null) {
                throw Errors.of(Errors.KEY_ERROR, "'__name__' not in globals");
            }
            if (!(n instanceof String s)) {
                throw Errors.typeError("__name__ must be a string");
            }
            packageName = s;
            if (g.getStr("__path__") == null) {
                int dot = s.lastIndexOf('.');
                packageName = dot < 0 ? "" : s.substring(0, dot);
            }
        }
        if (packageName.isEmpty()) {
            throw Errors.of(Errors.IMPORT_ERROR, "attempted relative import with no known parent package");
        }
        String base = packageName;
        for (int i = 1; i < level; i++) {
            int dot = base.lastIndexOf('.');
            if (dot < 0) {
                throw Errors.of(Errors.IMPORT_ERROR, "attempted relative import beyond top-level package");
            }
            base = base.substring(0, dot);
        }
        return name.isEmpty() ? base : base + "." + name;
    }

    /** A module found in sys.modules may still be initializing in another thread: wait for it as importlib does. */
    private static void ensureInitialized(ExecutionContext ctx, Object mod, String absName) {
        PyModule bootstrap = ctx.imports.bootstrap;
        if (bootstrap == null) {
            return;
        }
        Object spec = lookupAttr(mod, "__spec__");
        if (spec != null && spec != Singletons.NONE) {
            Object initializing = lookupAttr(spec, "_initializing");
            if (initializing != null && Abstract.isTrue(initializing)) {
                Abstract.call(Abstract.getAttr(bootstrap, "_lock_unlock_module"), new Object[] {absName}, null);
            }
        }
    }

    private static Object findAndLoad(ExecutionContext ctx, String absName) {
        if (ctx.modules.containsKey(absName) && ctx.modules.get(absName) == Singletons.NONE) {
            PyException e = Errors.of(Errors.MODULE_NOT_FOUND_ERROR, "import of " + absName
                    + " halted; None in sys.modules");
            e.exception.dict.put("name", absName);
            throw e;
        }
        State state = ctx.imports;
        if (!state.importTime) {
            return load(ctx, absName);
        }
        // CPython's -X importtime: self and cumulative microseconds, nested by indentation
        if (!state.importTimeHeader) {
            state.importTimeHeader = true;
            ctx.stderr.println("import time: self [us] | cumulative | imported package");
        }
        long outerChildren = state.importTimeChildren;
        state.importTimeChildren = 0;
        state.importTimeDepth++;
        long start = System.nanoTime();
        try {
            return load(ctx, absName);
        } finally {
            long cumulative = (System.nanoTime() - start) / 1000;
            state.importTimeDepth--;
            ctx.stderr.println(String.format("import time: %9d | %10d | %s%s", cumulative - state.importTimeChildren,
                    cumulative, "  ".repeat(state.importTimeDepth), absName));
            ctx.stderr.flush();
            state.importTimeChildren = outerChildren + cumulative;
        }
    }

    private static Object load(ExecutionContext ctx, String absName) {
        PyModule bootstrap = ctx.imports.bootstrap;
        if (bootstrap != null) {
            return Abstract.call(Abstract.getAttr(bootstrap, "_find_and_load"),
                    new Object[] {absName, ctx.imports.importFunction}, null);
        }
        return PathImporter.findAndLoad(ctx, absName);
    }

    /** importlib's {@code _handle_fromlist}: submodules named in a package's fromlist are imported. */
    private static Object handleFromlist(ExecutionContext ctx, Object module, Object fromlist) {
        PyModule bootstrap = ctx.imports.bootstrap;
        if (bootstrap != null) {
            return Abstract.call(Abstract.getAttr(bootstrap, "_handle_fromlist"),
                    new Object[] {module, fromlist, ctx.imports.importFunction}, null);
        }
        handleFromlist(ctx, module, fromlist, false);
        return module;
    }

    private static void handleFromlist(ExecutionContext ctx, Object module, Object fromlist, boolean recursive) {
        for (Object x : Sequences.toArray(fromlist)) {
            if (!(x instanceof String item)) {
                String where = recursive ? Abstract.getAttr(module, "__name__") + ".__all__" : "``from list''";
                throw Errors.typeError("Item in " + where + " must be str, not " + Errors.typeName(x));
            }
            if (item.equals("*")) {
                Object all = recursive ? null : lookupAttr(module, "__all__");
                if (all != null) {
                    handleFromlist(ctx, module, all, true);
                }
            } else if (lookupAttr(module, item) == null) {
                String fromName = Abstract.getAttr(module, "__name__") + "." + item;
                try {
                    importModuleLevel(ctx, fromName, null, null, 0);
                } catch (PyException e) {
                    if (e.matches(Errors.MODULE_NOT_FOUND_ERROR) && fromName.equals(e.exception.dict.get("name"))
                            && ctx.modules.get(fromName) != Singletons.NONE) {
                        continue;
                    }
                    throw e;
                }
            }
        }
    }

    /** {@code getattr(obj, name)} or null when it raises AttributeError (CPython's {@code _PyObject_LookupAttr}). */
    static Object lookupAttr(Object obj, String name) {
        try {
            return Attributes.get(obj, name);
        } catch (PyException e) {
            if (e.matches(Errors.ATTRIBUTE_ERROR)) {
                return null;
            }
            throw e;
        }
    }

    /**
     * {@code from module import name} ({@code IMPORT_FROM}): the attribute, else the submodule
     * already in sys.modules (a circular import binds it to its package only when it finishes),
     * else ImportError.
     */
    public static Object importFrom(ExecutionContext ctx, Object module, String name) {
        Object x = lookupAttr(module, name);
        if (x != null) {
            return x;
        }
        // a circular relative import may have put the submodule in sys.modules without binding it yet
        Object pkgname = lookupAttr(module, "__name__");
        if (pkgname instanceof String pkg) {
            Object sub = ctx.modules.get(pkg + "." + name);
            if (sub != null) {
                return sub;
            }
        } else {
            pkgname = null;
        }
        Object pkgpath = module instanceof PyModule m ? m.dict.getStr("__file__") : null;
        String shownName = pkgname == null ? "<unknown module name>" : (String) pkgname;
        PyException e;
        if (!(pkgpath instanceof String path)) {
            e = Errors.of(Errors.IMPORT_ERROR, "cannot import name " + Abstract.repr(name) + " from "
                    + Abstract.repr(shownName) + " (unknown location)");
            pkgpath = Singletons.NONE;
        } else {
            String message = isInitializing(ctx, module)
                    ? "cannot import name " + Abstract.repr(name) + " from partially initialized module "
                            + Abstract.repr(shownName) + " (most likely due to a circular import) (" + path + ")"
                    : "cannot import name " + Abstract.repr(name) + " from " + Abstract.repr(shownName) + " (" + path
                            + ")";
            e = Errors.of(Errors.IMPORT_ERROR, message);
        }
        e.exception.dict.put("name", pkgname == null ? Singletons.NONE : pkgname);
        e.exception.dict.put("path", pkgpath);
        throw e;
    }

    /** Whether {@code module} is still executing its body ({@code __spec__._initializing}, as CPython asks). */
    static boolean isInitializing(ExecutionContext ctx, Object module) {
        Object spec = lookupAttr(module, "__spec__");
        if (spec != null && spec != Singletons.NONE) {
            Object initializing = lookupAttr(spec, "_initializing");
            return initializing != null && Abstract.isTrue(initializing);
        }
        return ctx != null && module instanceof PyModule m && ctx.imports.initializing.contains(m.name);
    }

    /** {@code from module import *} ({@code import_all_from}): binds names through {@code store}. */
    public static void importStar(Object module, java.util.function.BiConsumer<String, Object> store) {
        Object all = lookupAttr(module, "__all__");
        boolean skipUnderscores = false;
        Object[] names;
        if (all == null) {
            Object dict = lookupAttr(module, "__dict__");
            if (dict == null) {
                throw Errors.of(Errors.IMPORT_ERROR, "from-import-* object has no __dict__ and no __all__");
            }
            names = Sequences.toArray(dict);
            skipUnderscores = true;
        } else {
            names = Sequences.toArray(all);
        }
        for (Object n : names) {
            if (!(n instanceof String s)) {
                Object modname = lookupAttr(module, "__name__");
                if (!(modname instanceof String mn)) {
                    throw Errors.typeError("module __name__ must be a string, not " + Errors.typeName(modname));
                }
                throw Errors.typeError((skipUnderscores ? "Key in " + mn + ".__dict__" : "Item in " + mn + ".__all__")
                        + " must be str, not " + Errors.typeName(n));
            }
            if (skipUnderscores && s.startsWith("_")) {
                continue;
            }
            store.accept(s, Abstract.getAttr(module, s));
        }
    }

    /** {@code module(name, doc=None)} (importlib's {@code _new_module}, {@code types.ModuleType}). */
    static Object newModule(Object[] args, String[] kwnames) {
        Object[] a = Args.parse("module", args, kwnames, 0, 1, 2, "name", "doc");
        if (!(a[0] instanceof String name)) {
            throw Errors.typeError("module.__init__() argument 'name' must be str, not " + Errors.typeName(a[0]));
        }
        PyModule m = new PyModule(name);
        m.set("__doc__", a[1] == null ? Singletons.NONE : a[1]);
        m.set("__package__", Singletons.NONE);
        m.set("__loader__", Singletons.NONE);
        m.set("__spec__", Singletons.NONE);
        return m;
    }
}
