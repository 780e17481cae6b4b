package org.pyston.interp.internal;

import java.io.ByteArrayOutputStream;
import java.io.InputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.pyston.api.profile.Profile;
import org.pyston.api.tier.CompiledCode;
import org.pyston.api.tier.TierLadder;
import org.pyston.compiler.internal.CompilerService;
import org.pyston.runtime.api.ContextOptions;
import org.pyston.runtime.api.PythonContext;

/**
 * Runs Python programs with the interpreter as the only tier, without OSGi: for the bundle's
 * own tests and for running a program by hand ({@code java ... Harness FILE [ARGS]}).
 */
public final class Harness {
    /** A one-rung ladder: the interpreter. */
    static final class InterpreterOnly implements TierLadder {
        private final InterpreterTier tier = new InterpreterTier();

        InterpreterOnly() {
            tier.configure(Map.of());
        }

        @Override
        public CompiledCode select(Profile profile) {
            CompiledCode c = profile.current;
            if (c == null || !c.isValid()) {
                c = tier.compile(profile.code, profile);
                profile.current = c;
            }
            profile.nextThreshold = profile.heat() + 1024; // as the launcher's top rung: the GIL's check point
            return c;
        }

        @Override
        public List<Rung> rungs() {
            return List.of();
        }
    }

    /** Result of one run. */
    public record Run(int status, String stdout, String stderr) {
    }

    public static Run run(String file, List<String> args) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        int status = run(file, args, new PrintStream(out, true, StandardCharsets.UTF_8),
                new PrintStream(err, true, StandardCharsets.UTF_8));
        return new Run(status, out.toString(StandardCharsets.UTF_8), err.toString(StandardCharsets.UTF_8));
    }

    static int run(String file, List<String> args, PrintStream out, PrintStream err) {
        return run(file, null, args, List.of(), out, err, false);
    }

    /** Like {@code python3 -m MODULE ARGS}, with {@code searchPath} on sys.path after the current directory. */
    public static Run runModule(String module, List<String> args, List<String> searchPath) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        int status = run(null, module, args, searchPath, new PrintStream(out, true, StandardCharsets.UTF_8),
                new PrintStream(err, true, StandardCharsets.UTF_8), false);
        return new Run(status, out.toString(StandardCharsets.UTF_8), err.toString(StandardCharsets.UTF_8));
    }

    /** Runs {@code file}, or {@code module} as {@code -m} does when file is null; {@code noSite} as python3 -S. */
    static int run(String file, String module, List<String> args, List<String> searchPath, PrintStream out,
            PrintStream err, boolean noSite) {
        ContextOptions o = new ContextOptions();
        o.searchPath = searchPath;
        o.noSite = noSite;
        o.ladder = new InterpreterOnly();
        o.compiler = new CompilerService();
        o.stdin = InputStream.nullInputStream();
        o.stdout = out;
        o.stderr = err;
        List<String> argv = new ArrayList<>();
        argv.add(file == null ? "-m" : file);
        argv.addAll(args);
        o.argv = argv;
        o.executable = "pyston";
        try (PythonContext c = new PythonContext(o)) {
            return file == null ? c.runModule(module) : c.runFile(file);
        }
    }

    /** {@code Harness [-S] FILE [ARGS]} or {@code Harness [-S] -m MODULE [ARGS]}. */
    public static void main(String[] a) {
        PrintStream out = new PrintStream(new java.io.FileOutputStream(java.io.FileDescriptor.out), false,
                StandardCharsets.UTF_8);
        boolean noSite = a.length >= 2 && a[0].equals("-S");
        int i = noSite ? 1 : 0;
        boolean module = a.length >= i + 2 && a[i].equals("-m");
        int status = module ? run(null, a[i + 1], List.of(a).subList(i + 2, a.length), List.of(), out, System.err, noSite)
                : run(a[i], null, List.of(a).subList(i + 1, a.length), List.of(), out, System.err, noSite);
        out.flush();
        System.exit(status);
    }
}
