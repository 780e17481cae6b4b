package org.pyston.runtime.objects;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.pyston.api.code.CodeUnit;
import org.pyston.api.compile.SourceCompiler;
import org.pyston.runtime.codecache.CodeCache;
import org.pyston.runtime.modules.NativeModules;

/**
 * The import machinery in Java, used while importlib cannot run yet (see {@link Imports}): it
 * follows importlib's {@code _find_and_load_unlocked} with the default meta path — built-in
 * modules first, then each {@code sys.path} entry (a package's {@code __path__} for
 * submodules) as {@code FileFinder} searches it: {@code NAME/__init__.py} (a regular package),
 * then {@code NAME.py}; a folder {@code NAME} without {@code __init__.py} becomes a portion of
 * a namespace package, used when no entry has a module. Modules get importlib's attributes
 * ({@code __file__}, {@code __cached__}, {@code __path__}, {@code __package__},
 * {@code __loader__}; {@code __spec__} stays None, there is no ModuleSpec without importlib),
 * enter {@code sys.modules} before their body runs and leave it again if it raises.
 */
final class PathImporter {
    private PathImporter() {
    }

    private static final String ERR_MSG_PREFIX = "No module named ";

    static Object findAndLoad(ExecutionContext ctx, String name) {
        Object[] path = null;
        int dot = name.lastIndexOf('.');
        String parent = dot < 0 ? "" : name.substring(0, dot);
        String child = name.substring(dot + 1);
        if (!parent.isEmpty()) {
            if (!ctx.modules.containsKey(parent)) {
                Imports.importModuleLevel(ctx, parent, null, null, 0);
            }
            Object already = ctx.modules.get(name); // the parent's body may have imported it
            if (already != null) {
                return already;
            }
            Object parentModule = ctx.modules.get(parent);
            Object parentPath = parentModule == null ? null : Imports.lookupAttr(parentModule, "__path__");
            if (parentPath == null) {
                throw notFound(ERR_MSG_PREFIX + Abstract.repr(name) + "; " + Abstract.repr(parent) + " is not a package",
                        name);
            }
            path = Sequences.toArray(parentPath);
        }
        Object module = find(ctx, name, child, path);
        if (module == null) {
            throw notFound(ERR_MSG_PREFIX + Abstract.repr(name), name);
        }
        if (!parent.isEmpty()) {
            Object parentModule = ctx.modules.get(parent);
            if (parentModule != null) {
                Abstract.setAttr(parentModule, child, module);
            }
        }
        return module;
    }

    private static PyException notFound(String message, String name) {
        PyException e = Errors.of(Errors.MODULE_NOT_FOUND_ERROR, message);
        e.exception.dict.put("name", name);
        return e;
    }

    /** Finds and loads {@code name}; null when no finder has it. */
    private static Object find(ExecutionContext ctx, String name, String simple, Object[] path) {
        if (path == null) {
            PyModule builtin = NativeModules.create(ctx, name);
            if (builtin != null) {
                builtin.dict.put("__package__", "");
                builtin.dict.put("__loader__", Singletons.NONE);
                builtin.dict.put("__spec__", Singletons.NONE);
                ctx.modules.put(name, builtin);
                return builtin;
            }
            path = Sequences.toArray(ctx.sys.dict.getStr("path"));
        }
        PyList namespacePortions = new PyList();
        for (Object entry : path) {
            if (!(entry instanceof String dir)) {
                continue;
            }
            Path base = org.pyston.runtime.io.WorkingDirectory.resolve(dir.isEmpty() ? "." : dir);
            if (!Files.isDirectory(base)) {
                continue;
            }
            Path pkgDir = base.resolve(simple);
            if (Files.isDirectory(pkgDir)) {
                Path init = pkgDir.resolve("__init__.py");
                if (Files.isRegularFile(init)) {
                    return load(ctx, newModule(name, name, PyList.of(pkgDir.toString())), init);
                }
                namespacePortions.append(pkgDir.toString());
            }
            Path file = base.resolve(simple + ".py");
            if (Files.isRegularFile(file)) {
                int dot = name.lastIndexOf('.');
                return load(ctx, newModule(name, dot < 0 ? "" : name.substring(0, dot), null), file);
            }
        }
        if (namespacePortions.size > 0) {
            PyModule m = newModule(name, name, namespacePortions);
            m.set("__file__", Singletons.NONE); // as importlib 3.11 leaves a namespace package
            ctx.modules.put(name, m);
            return m;
        }
        return null;
    }

    /** A module with importlib's attributes in {@code _init_module_attrs}' order (no spec, no loader). */
    private static PyModule newModule(String name, String packageName, PyList path) {
        PyModule m = new PyModule(name);
        m.set("__loader__", Singletons.NONE);
        m.set("__package__", packageName);
        m.set("__spec__", Singletons.NONE);
        if (path != null) {
            m.set("__path__", path);
        }
        return m;
    }

    /** importlib's {@code _load_unlocked} for a source file: sys.modules first, removed again on failure. */
    private static Object load(ExecutionContext ctx, PyModule m, Path file) {
        m.set("__file__", file.toString());
        String prefix = pycachePrefix(ctx);
        if (prefix != null) {
            m.set("__cached__", CodeCache.at(prefix, ctx.pycMagic).cachePath(file).toString());
        }
        m.set("__builtins__", ctx.builtins);
        ctx.modules.put(m.name, m);
        ctx.imports.initializing.add(m.name);
        try {
            CodeUnit unit = compileModule(ctx, file);
            ctx.run(new PyFrame(ctx, new PyCode(unit), m.dict, null, null, null));
        } catch (RuntimeException e) {
            ctx.modules.remove(m.name);
            throw e;
        } finally {
            ctx.imports.initializing.remove(m.name);
        }
        // the body may have replaced itself in sys.modules; importlib moves the entry to the end
        Object result = ctx.modules.remove(m.name);
        if (result == null) {
            throw Errors.of(Errors.KEY_ERROR, Abstract.repr(m.name));
        }
        ctx.modules.put(m.name, result);
        return result;
    }

    /** {@code sys.pycache_prefix} when it is a str, else null (no cache). */
    static String pycachePrefix(ExecutionContext ctx) {
        return ctx.sys.dict.getStr("pycache_prefix") instanceof String s && !s.isEmpty() ? s : null;
    }

    /**
     * The code of a source module: from the code cache when it holds a fresh entry, else
     * compiled and stored there (unless {@code sys.dont_write_bytecode}).
     */
    static CodeUnit compileModule(ExecutionContext ctx, Path file) {
        return compileModule(ctx, file, file.toString());
    }

    /** As above, the code's file name being {@code filename} (importlib's bootstrap is "<frozen …>"). */
    static CodeUnit compileModule(ExecutionContext ctx, Path file, String filename) {
        String prefix = pycachePrefix(ctx);
        CodeCache cache = prefix == null ? null : CodeCache.at(prefix, ctx.pycMagic);
        CodeCache.SourceStamp stamp = null;
        if (cache != null) {
            try {
                stamp = CodeCache.SourceStamp.of(file);
                CodeUnit cached = cache.load(file, stamp, filename);
                if (cached != null) {
                    return cached;
                }
            } catch (IOException e) {
                stamp = null;
            }
        }
        byte[] source;
        try {
            source = Files.readAllBytes(file);
        } catch (IOException e) {
            throw Errors.of(Errors.OS_ERROR, e.getMessage());
        }
        CodeUnit unit = ctx.compiler.compile(source, filename, SourceCompiler.Mode.EXEC, 0);
        if (cache != null && stamp != null && !dontWriteBytecode(ctx)) {
            cache.store(file, stamp, unit);
        }
        return unit;
    }

    private static boolean dontWriteBytecode(ExecutionContext ctx) {
        Object v = ctx.sys.dict.getStr("dont_write_bytecode");
        return v != null && Abstract.isTrue(v);
    }
}
