package org.pyston.runtime.objects;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.pyston.api.code.CodeUnit;
import org.pyston.runtime.codecache.CodeCache;
import org.pyston.runtime.codecache.CodeSerializer;
import org.pyston.runtime.modules.NativeModules;

/**
 * Sets up a context's import system: the import-related {@code sys} attributes (path, prefixes,
 * meta path, path hooks, the cache prefix) and, when the native modules it needs exist,
 * CPython's importlib from the installation's {@code Lib/importlib}, installed the way CPython's
 * start-up installs its frozen copy.
 *
 * <p><b>sys.path</b> is CPython's for an installation whose {@code Lib/} is the one
 * {@link Stdlib} found: the script's folder (or '' for {@code -c}), then
 * {@code PREFIX/lib/python311.zip}, {@code PREFIX/lib/python3.11} and its {@code lib-dynload};
 * {@code PYTHONPATH} entries come right after the first. {@code sys.prefix} and friends name
 * that installation, so {@code site} finds its site-packages.
 *
 * <p><b>importlib</b>: {@code _bootstrap.py} runs as {@code _frozen_importlib} and
 * {@code _bootstrap._install(sys, _imp)} puts BuiltinImporter and FrozenImporter on the meta
 * path; {@code _bootstrap_external.py} runs as {@code _frozen_importlib_external} and
 * {@code _install_external_importers()} adds PathFinder and the FileFinder path hook. Both are
 * compiled once into the code cache (our "frozen" form); {@code MAGIC_NUMBER} becomes ours
 * ({@link CodeSerializer#pycMagic}), so importlib's pycs are our code cache. Their code carries CPython's
 * {@code <frozen importlib._bootstrap>} file names, which is also what {@link Imports} trims from
 * the tracebacks of failed imports, as CPython does.
 */
public final class ImportSystem {
    private ImportSystem() {
    }

    /** The native modules importlib's two bootstrap modules import besides {@code sys}. */
    private static final String[] IMPORTLIB_NEEDS = {"_imp", "_thread", "_warnings", "_weakref", "_io", "marshal",
        "posix"};

    static final String BOOTSTRAP_FILENAME = "<frozen importlib._bootstrap>";
    static final String EXTERNAL_FILENAME = "<frozen importlib._bootstrap_external>";

    /**
     * Sets the import-related attributes of a new {@code sys} (they are this class's alone:
     * whatever set them before is overridden); {@code first} is sys.path[0] (null: none, -I);
     * {@code ignoreEnvironment} (-E) leaves PYTHONPATH out.
     */
    public static void initSys(PyModule sys, String first, Map<String, String> xoptions, boolean ignoreEnvironment) {
        String stdlib = Stdlib.locate();
        String prefix = stdlib == null ? "" : Stdlib.prefixOf(stdlib);
        for (String attr : new String[] {"prefix", "exec_prefix", "base_prefix", "base_exec_prefix"}) {
            sys.set(attr, prefix);
        }
        sys.set("platlibdir", "lib");
        PyList path = new PyList();
        if (first != null) {
            path.append(first);
        }
        String pythonPath = ignoreEnvironment ? null : System.getenv("PYTHONPATH");
        if (pythonPath != null && !pythonPath.isEmpty()) {
            for (String entry : pythonPath.split(java.io.File.pathSeparator)) {
                if (!entry.isEmpty()) {
                    path.append(Path.of(entry).toAbsolutePath().normalize().toString());
                }
            }
        }
        if (stdlib != null) {
            Path lib = Path.of(stdlib);
            if (lib.getFileName() != null && lib.getFileName().toString().equals("python3.11")) {
                path.append(lib.resolveSibling("python311.zip").toString());
            }
            path.append(stdlib);
            path.append(lib.resolve("lib-dynload").toString());
        }
        sys.set("path", path);
        sys.set("meta_path", new PyList());
        sys.set("path_hooks", new PyList());
        sys.set("path_importer_cache", new PyDict());
        sys.set("pycache_prefix", CodeCache.defaultRoot(xoptions));
        String dont = System.getenv("PYSTONDONTWRITEBYTECODE");
        sys.set("dont_write_bytecode", dont != null && !dont.isEmpty());
        Object implementation = sys.dict.getStr("implementation");
        if (implementation != null) {
            Abstract.setAttr(implementation, "cache_tag", CodeCache.CACHE_TAG);
        }
    }

    /** Whether every native module importlib's bootstrap imports exists in this runtime. */
    static boolean importlibCanRun() {
        for (String name : IMPORTLIB_NEEDS) {
            if (!NativeModules.isBuiltin(name)) {
                return false;
            }
        }
        return Stdlib.locate() != null;
    }

    /**
     * Installs importlib as the context's import machinery when it can run (see the class
     * comment); until then {@link PathImporter} imports. Returns whether importlib is installed.
     */
    public static boolean install(ExecutionContext ctx) {
        if (ctx.imports.bootstrap != null) {
            return true;
        }
        if (!importlibCanRun() || "0".equals(System.getenv("PYSTON_IMPORTLIB"))) {
            return false; // PYSTON_IMPORTLIB=0: the Java machinery, to compare or to bisect a problem
        }
        Path dir = Path.of(Stdlib.locate(), "importlib");
        PyModule bootstrap = frozenModule(ctx, "_frozen_importlib", dir.resolve("_bootstrap.py"), BOOTSTRAP_FILENAME);
        Object imp = Imports.importModuleLevel(ctx, "_imp", null, null, 0);
        Abstract.call(Abstract.getAttr(bootstrap, "_install"), new Object[] {ctx.sys, imp}, null);
        ctx.imports.importFunction = ctx.builtinsDict.getStr("__import__");
        ctx.imports.bootstrap = bootstrap;
        PyModule external = frozenModule(ctx, "_frozen_importlib_external", dir.resolve("_bootstrap_external.py"),
                EXTERNAL_FILENAME);
        // our code's pyc magic: importlib then treats pycs of another format as stale, not as ours
        external.set("MAGIC_NUMBER", new PyBytes(CodeCache.magicBytes(ctx.pycMagic)));
        external.set("_RAW_MAGIC_NUMBER", (long) (ctx.pycMagic | ('\r' << 16) | ('\n' << 24)));
        Abstract.call(Abstract.getAttr(bootstrap, "_install_external_importers"), new Object[0], null);
        return true;
    }

    /** Runs an importlib bootstrap source as a module named like CPython's frozen copy. */
    private static PyModule frozenModule(ExecutionContext ctx, String name, Path source, String filename) {
        if (!Files.isRegularFile(source)) {
            throw Errors.of(Errors.IMPORT_ERROR, "importlib bootstrap source not found: " + source);
        }
        PyModule m = new PyModule(name);
        m.set("__builtins__", ctx.builtins);
        ctx.modules.put(name, m);
        CodeUnit unit = PathImporter.compileModule(ctx, source, filename);
        ctx.run(new PyFrame(ctx, new PyCode(unit), m.dict, null, null, null));
        return m;
    }

    /**
     * CPython's {@code remove_importlib_frames}: an ImportError loses every run of importlib
     * frames from its traceback, any other exception the runs that end in
     * {@code _call_with_frames_removed} (the frames between the import statement and the
     * module body that raised).
     */
    static void removeImportlibFrames(PyBaseException e) {
        boolean alwaysTrim = e.type().isSubtypeOf(Errors.IMPORT_ERROR);
        // as CPython: a removed entry is unlinked from the entry before the run (or the exception)
        PyTraceback prev = null; // the entry whose next is the current one; null: the exception's head
        PyTraceback outer = null; // the entry before the current run of importlib entries
        boolean inImportlib = false;
        for (PyTraceback tb = e.traceback; tb != null; ) {
            PyTraceback next = tb.next;
            boolean now = tb.filename().equals(BOOTSTRAP_FILENAME) || tb.filename().equals(EXTERNAL_FILENAME);
            if (now && !inImportlib) {
                outer = prev;
            }
            inImportlib = now;
            if (inImportlib && (alwaysTrim || tb.name().equals("_call_with_frames_removed"))) {
                if (outer == null) {
                    e.traceback = next;
                } else {
                    outer.next = next;
                }
                prev = outer;
            } else {
                prev = tb;
            }
            tb = next;
        }
    }
}
