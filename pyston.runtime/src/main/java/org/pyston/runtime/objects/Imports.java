package org.pyston.runtime.objects;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.pyston.api.compile.SourceCompiler;

/**
 * The import statement, for now without importlib: modules already in {@code sys.modules}
 * (the built-in ones are registered at start-up), then {@code NAME.py} or
 * {@code NAME/__init__.py} along {@code sys.path}. Packages, relative imports and submodules
 * follow CPython's rules for those cases; the full import system (meta path, importlib, a
 * bytecode cache) comes with the runtime-library issue.
 */
public final class Imports {
    private Imports() {
    }

    public static Object importModule(ExecutionContext ctx, String name, Object fromlist, int level, PyDict globals) {
        String absolute = name;
        if (level > 0) {
            String pkg = globals == null ? null : packageOf(globals);
            if (pkg == null || pkg.isEmpty()) {
                throw Errors.of(Errors.IMPORT_ERROR, "attempted relative import with no known parent package");
            }
            String base = pkg;
            for (int i = 1; i < level; i++) {
                int dot = base.lastIndexOf('.');
                if (dot < 0) {
                    throw Errors.of(Errors.IMPORT_ERROR, "attempted relative import beyond top-level package");
                }
                base = base.substring(0, dot);
            }
            absolute = name.isEmpty() ? base : base + "." + name;
        }
        PyModule top = null;
        PyModule last = null;
        String prefix = "";
        for (String part : absolute.split("\\.")) {
            prefix = prefix.isEmpty() ? part : prefix + "." + part;
            last = load(ctx, prefix, last);
            if (top == null) {
                top = last;
            }
        }
        boolean hasFromlist = fromlist != null && fromlist != Singletons.NONE && Abstract.isTrue(fromlist);
        if (hasFromlist) {
            for (Object item : Sequences.toArray(fromlist)) {
                String attr = (String) item;
                if (!attr.equals("*") && last.dict.getStr(attr) == null && last.dict.getStr("__path__") != null) {
                    try {
                        load(ctx, absolute + "." + attr, last);
                    } catch (PyException e) {
                        if (!e.matches(Errors.MODULE_NOT_FOUND_ERROR)) {
                            throw e;
                        }
                    }
                }
            }
            return last;
        }
        return level > 0 && name.isEmpty() ? last : top;
    }

    private static String packageOf(PyDict globals) {
        Object pkg = globals.getStr("__package__");
        if (pkg instanceof String s) {
            return s;
        }
        Object name = globals.getStr("__name__");
        if (!(name instanceof String n)) {
            return null;
        }
        if (globals.getStr("__path__") != null) {
            return n;
        }
        int dot = n.lastIndexOf('.');
        return dot < 0 ? "" : n.substring(0, dot);
    }

    private static PyModule load(ExecutionContext ctx, String fullName, PyModule parent) {
        Object existing = ctx.modules.get(fullName);
        if (existing instanceof PyModule m) {
            return m;
        }
        if (existing != null && existing != Singletons.NONE) {
            return (PyModule) existing;
        }
        if (parent == null) {
            PyModule nativeModule = org.pyston.runtime.modules.NativeModules.create(ctx, fullName);
            if (nativeModule != null) {
                ctx.modules.put(fullName, nativeModule);
                return nativeModule;
            }
        }
        Object[] searchPath;
        if (parent != null) {
            Object p = parent.dict.getStr("__path__");
            if (p == null) {
                throw notFound(fullName, "'" + parent.name + "' is not a package");
            }
            searchPath = Sequences.toArray(p);
        } else {
            searchPath = Sequences.toArray(ctx.sys.dict.getStr("path"));
        }
        String simple = fullName.substring(fullName.lastIndexOf('.') + 1);
        for (Object entry : searchPath) {
            if (!(entry instanceof String dir)) {
                continue;
            }
            Path base = Path.of(dir.isEmpty() ? "." : dir);
            Path pkgInit = base.resolve(simple).resolve("__init__.py");
            Path file = base.resolve(simple + ".py");
            if (Files.isRegularFile(pkgInit)) {
                PyModule m = new PyModule(fullName);
                m.set("__path__", PyList.of(base.resolve(simple).toString()));
                m.set("__package__", fullName);
                return execute(ctx, m, pkgInit, parent, simple);
            }
            if (Files.isRegularFile(file)) {
                PyModule m = new PyModule(fullName);
                int dot = fullName.lastIndexOf('.');
                m.set("__package__", dot < 0 ? "" : fullName.substring(0, dot));
                return execute(ctx, m, file, parent, simple);
            }
        }
        throw notFound(fullName, null);
    }

    private static PyException notFound(String name, String why) {
        PyException e = Errors.of(Errors.MODULE_NOT_FOUND_ERROR, "No module named '" + name + "'"
                + (why == null ? "" : "; " + why));
        e.exception.dict.put("name", name);
        return e;
    }

    private static PyModule execute(ExecutionContext ctx, PyModule m, Path file, PyModule parent, String simple) {
        byte[] source;
        try {
            source = Files.readAllBytes(file);
        } catch (IOException e) {
            throw Errors.of(Errors.OS_ERROR, e.getMessage());
        }
        m.set("__file__", file.toString());
        m.set("__builtins__", ctx.builtins);
        ctx.modules.put(m.name, m);
        try {
            PyCode code = new PyCode(ctx.compiler.compile(source, file.toString(), SourceCompiler.Mode.EXEC, 0));
            ctx.run(new PyFrame(ctx, code, m.dict, null, null, null));
        } catch (RuntimeException e) {
            ctx.modules.remove(m.name);
            throw e;
        }
        Object finalModule = ctx.modules.get(m.name);
        if (parent != null) {
            parent.set(simple, finalModule);
        }
        return finalModule instanceof PyModule fm ? fm : m;
    }
}
