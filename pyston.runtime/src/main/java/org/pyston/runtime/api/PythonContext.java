package org.pyston.runtime.api;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.pyston.api.code.CodeUnit;
import org.pyston.api.compile.SourceCompiler;
import org.pyston.api.tier.NoTierException;
import org.pyston.runtime.objects.Abstract;
import org.pyston.runtime.objects.Builtins;
import org.pyston.runtime.objects.Errors;
import org.pyston.runtime.objects.ExecutionContext;
import org.pyston.runtime.objects.PyBaseException;
import org.pyston.runtime.objects.PyCode;
import org.pyston.runtime.objects.PyDict;
import org.pyston.runtime.objects.PyException;
import org.pyston.runtime.objects.PyFrame;
import org.pyston.runtime.objects.PyModule;
import org.pyston.runtime.objects.Singletons;
import org.pyston.runtime.objects.StdStreams;
import org.pyston.runtime.objects.Tracebacks;

/**
 * One Python context, run the way {@code python3} runs a program: {@code __main__}, the exit
 * status, the traceback of an uncaught exception on stderr. Contexts share no mutable state;
 * close one to flush its streams.
 *
 * <p>{@link NoTierException} is not a Python error: it propagates out of the run methods so the
 * host can say that no execution tier is available.
 */
public final class PythonContext implements AutoCloseable {
    private final ExecutionContext ctx;

    public PythonContext(ContextOptions options) {
        trace("context: creating");
        ctx = new ExecutionContext(options.ladder, options.compiler);
        ctx.stdout = options.stdout;
        ctx.stderr = options.stderr;
        ctx.stdin = options.stdin;
        ctx.builtins = Builtins.createModule(ctx);
        trace("context: builtins created");
        List<String> argv = options.argv == null ? List.of("") : options.argv;
        List<String> path = new ArrayList<>();
        String first = argv.isEmpty() ? "" : argv.get(0);
        if (options.isolated) {
            // -I: no script folder or current folder in front (safe_path)
        } else if (first.isEmpty() || first.equals("-c") || first.equals("-m") || first.equals("-")) {
            path.add(first.equals("-m") ? Path.of("").toAbsolutePath().toString() : "");
        } else {
            Path parent = Path.of(first).toAbsolutePath().getParent();
            path.add(parent == null ? "" : parent.toString());
        }
        ctx.sys = org.pyston.runtime.objects.SysAccess.createSys(ctx, argv,
                options.executable == null ? "pyston" : options.executable, options.xoptions, path);
        ctx.modules.put("sys", ctx.sys);
        ctx.modules.put("builtins", ctx.builtins);
        trace("context: sys created");
        String importTime = options.ignoreEnvironment || options.isolated ? null : System.getenv("PYTHONPROFILEIMPORTTIME");
        ctx.imports.profileImportTime(options.xoptions.containsKey("importtime")
                || importTime != null && !importTime.isEmpty());
        org.pyston.runtime.objects.ImportSystem.initSys(ctx.sys, path.isEmpty() ? null : path.get(0), options.xoptions,
                options.ignoreEnvironment || options.isolated);
        if (!options.searchPath.isEmpty() && ctx.sys.dict.getStr("path") instanceof org.pyston.runtime.objects.PyList sp) {
            for (int i = options.searchPath.size() - 1; i >= 0; i--) {
                sp.insert(path.isEmpty() ? 0 : 1, Path.of(options.searchPath.get(i)).toAbsolutePath().normalize().toString());
            }
        }
        org.pyston.runtime.modules.SysAttributes.setFlags(ctx.sys, options);
        org.pyston.runtime.objects.ImportSystem.install(ctx);
        trace("context: import system installed");
        if (!options.noSite) {
            importSite();
            trace("context: site imported");
        }
    }

    /** {@code -Dpyston.trace.boot=true}: the launcher's boot trace continued through context creation. */
    private static final boolean TRACE = Boolean.getBoolean("pyston.trace.boot");

    private static void trace(String phase) {
        if (TRACE) {
            long cpu = -1;
            try {
                String stat = Files.readString(Path.of("/proc/self/stat"), StandardCharsets.US_ASCII);
                String[] f = stat.substring(stat.lastIndexOf(')') + 2).split(" ");
                cpu = (Long.parseLong(f[11]) + Long.parseLong(f[12])) * 10; // USER_HZ ticks
            } catch (IOException | RuntimeException e) {
                // no /proc: wall time only
            }
            long t0 = Long.getLong("pyston.trace.t0", 0L); // the launcher's start, when it set it
            System.err.printf("[boot %6.1f ms, cpu %5d ms] %s%n", (System.nanoTime() - t0) / 1e6, cpu, phase);
        }
    }

    /**
     * {@code import site}, as CPython's start-up does unless -S: the installation's
     * site-packages folders join sys.path, their .pth files run, sitecustomize is imported.
     * A failure is reported as CPython's fatal start-up error is, and the program still runs.
     */
    private void importSite() {
        try {
            Abstract.call(ctx.builtinsDict.getStr("__import__"), new Object[] {"site"}, null);
        } catch (PyException e) {
            flushStdout();
            ctx.stderr.println("Fatal Python error: init_import_site: Failed to import the site module");
            uncaught(e.exception);
        }
    }

    /** Like {@code python3 FILE}. */
    public int runFile(String file) {
        byte[] source;
        try {
            source = Files.readAllBytes(Path.of(file));
        } catch (IOException e) {
            String why = e instanceof java.nio.file.NoSuchFileException ? "[Errno 2] No such file or directory"
                    : e.getMessage();
            ctx.stderr.println(ctx.sys.dict.getStr("executable") + ": can't open file "
                    + Abstract.repr(Path.of(file).toAbsolutePath().toString()) + ": " + why);
            return 2;
        }
        return run(() -> ctx.compiler.compile(source, file, SourceCompiler.Mode.EXEC, 0), file);
    }

    /** Like {@code python3 -c CODE}. */
    public int runCommand(String code) {
        return runSource(code, "<string>");
    }

    /** Runs source text as {@code __main__}. */
    public int runSource(String source, String filename) {
        return run(() -> ctx.compiler.compile(source, filename, SourceCompiler.Mode.EXEC, 0), null);
    }

    /**
     * Like {@code python3 -m MODULE}: as CPython, {@code runpy._run_module_as_main} finds the
     * module (a package runs its {@code __main__}), sets {@code __spec__}, {@code __package__} and
     * {@code sys.argv[0]}, and runs it in the {@code __main__} module; "No module named ..." and
     * similar come from runpy as {@code SystemExit}.
     */
    public int runModule(String module) {
        int status = guarded(() -> {
            PyModule main = new PyModule("__main__");
            main.set("__builtins__", ctx.builtins);
            main.set("__package__", Singletons.NONE);
            ctx.modules.put("__main__", main);
            Object runpy = org.pyston.runtime.objects.Imports.importModule(ctx, "runpy", Singletons.NONE, 0, main.dict);
            Abstract.call(Abstract.getAttr(runpy, "_run_module_as_main"), new Object[] {module, true}, null);
            return 0;
        });
        finalizeMain();
        return status;
    }

    /**
     * For the shell's {@code pyston:eval}: the repr of an expression's value (or "" after
     * statements); on a Python error the traceback goes to stderr and the result is null.
     */
    public String evalForShell(String code) {
        String[] result = new String[1];
        int status = guarded(() -> {
            CodeUnit unit;
            boolean expression = true;
            try {
                unit = ctx.compiler.compile(code, "<string>", SourceCompiler.Mode.EVAL, 0);
            } catch (PyException notExpression) {
                expression = false;
                unit = ctx.compiler.compile(code, "<string>", SourceCompiler.Mode.EXEC, 0);
            }
            PyModule main = mainModule();
            Object value = ctx.run(new PyFrame(ctx, new PyCode(unit), main.dict, null, null, null));
            result[0] = expression && value != Singletons.NONE ? Abstract.repr(value) : "";
            return 0;
        });
        return status == 0 ? result[0] : null;
    }

    private PyModule mainModule() {
        Object m = ctx.modules.get("__main__");
        if (m instanceof PyModule pm) {
            return pm;
        }
        PyModule main = new PyModule("__main__");
        main.set("__builtins__", ctx.builtins);
        ctx.modules.put("__main__", main);
        return main;
    }

    /** Work that may raise; returns the exit status. */
    private interface Body {
        int run() throws Exception;
    }

    private interface UnitSource {
        CodeUnit compile();
    }

    private int run(UnitSource source, String file) {
        int status = guarded(() -> {
            PyModule main = new PyModule("__main__");
            if (file != null) {
                main.set("__file__", file);
            }
            CodeUnit unit = source.compile();
            return execMain(unit, main);
        });
        finalizeMain();
        return status;
    }

    /** Interpreter shutdown: the atexit functions run, then the suspended generators left in {@code __main__}'s globals are finalized. */
    private void finalizeMain() {
        guarded(() -> {
            org.pyston.runtime.modules.NativeModules.shutdown(ctx);
            return 0;
        });
        if (ctx.modules.get("__main__") instanceof PyModule main) {
            org.pyston.runtime.objects.Coroutines.finalizeGlobals(ctx, main.dict);
            org.pyston.runtime.io.IoModule.finalizeAll(ctx); // file objects dropped unclosed
            flushStdout();
        }
    }

    private int execMain(CodeUnit unit, PyModule main) {
        main.set("__builtins__", ctx.builtins);
        main.set("__package__", Singletons.NONE);
        ctx.modules.put("__main__", main);
        ctx.run(new PyFrame(ctx, new PyCode(unit), main.dict, null, null, null));
        return 0;
    }

    private int guarded(Body body) {
        try {
            return body.run();
        } catch (PyException e) {
            return uncaught(e.exception);
        } catch (NoTierException e) {
            throw e;
        } catch (Exception | Error e) {
            flushStdout();
            if (System.getenv("PYSTON_DEBUG") != null) {
                e.printStackTrace();
            }
            ctx.stderr.println("SystemError: internal error in the Pyston runtime: " + e);
            ctx.stderr.flush();
            return 1;
        } finally {
            flushStdout();
        }
    }

    private void flushStdout() {
        StdStreams.flushAll(ctx);
        ctx.stdout.flush();
        ctx.stderr.flush();
    }

    /** Text for sys.stderr (the context's stderr when the program removed it or it fails), as CPython's last resort. */
    private void writeError(String text) {
        Object err = StdStreams.stderr(ctx);
        try {
            if (err != null && err != Singletons.NONE) {
                StdStreams.write(ctx, err, text);
                StdStreams.flush(ctx, err);
                return;
            }
        } catch (PyException broken) {
            // fall through to the context's stream
        }
        ctx.stderr.print(text);
        ctx.stderr.flush();
    }

    /** CPython's handling of an exception that reached the top: SystemExit or a traceback. */
    private int uncaught(PyBaseException e) {
        flushStdout();
        if (e.type().isSubtypeOf(Errors.SYSTEM_EXIT)) {
            Object code = e.args.size() == 0 ? Singletons.NONE : e.args.size() == 1 ? e.args.get(0) : e.args;
            if (code == Singletons.NONE) {
                return 0;
            }
            if (code instanceof Long l) {
                return (int) (l & 0xff);
            }
            if (code instanceof Boolean b) {
                return b ? 1 : 0;
            }
            writeError(Abstract.str(code) + "\n");
            return 1;
        }
        Object hook = ctx.sys.dict.getStr("excepthook");
        if (hook != null && hook != ctx.sys.dict.getStr("__excepthook__")) {
            // a program's sys.excepthook reports the exception, as CPython's PyErr_Print
            try {
                Abstract.call(hook, new Object[] {e.type(), e, org.pyston.runtime.objects.PyTraceback.orNone(e.traceback)}, null);
                flushStdout();
                return 1;
            } catch (PyException failed) {
                writeError("Error in sys.excepthook:\n" + tracebackText(failed.exception) + "\nOriginal exception was:\n");
            }
        }
        writeError(tracebackText(e));
        return 1;
    }

    private String tracebackText(PyBaseException e) {
        StringBuilder sb = new StringBuilder();
        try {
            Tracebacks.print(ctx, e, sb);
        } catch (PyException nested) {
            sb.append(e.type().name).append('\n');
        }
        return sb.toString();
    }

    @Override
    public void close() {
        flushStdout();
        ctx.stderr.flush();
    }

    /**
     * {@code SyntaxError <lineno> <message>} for a Python SyntaxError (for {@code --dump-ast}),
     * or null when {@code e} is something else.
     */
    public static String syntaxErrorSummary(RuntimeException e) {
        if (e instanceof PyException pe && pe.matches(Errors.SYNTAX_ERROR)) {
            Object line = pe.exception.dict.get("lineno");
            Object msg = pe.exception.dict.get("msg");
            return "SyntaxError " + line + " " + msg;
        }
        return null;
    }

    /** The context's {@code sys.modules}, for hosts that pre-load modules. */
    public PyDict modules() {
        return ctx.modules;
    }
}
