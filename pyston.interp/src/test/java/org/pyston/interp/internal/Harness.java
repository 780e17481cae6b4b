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
        return run(file, args, out, err, false);
    }

    /** {@code noSite}: as python3 -S (no {@code import site} at start-up). */
    static int run(String file, List<String> args, PrintStream out, PrintStream err, boolean noSite) {
        ContextOptions o = new ContextOptions();
        o.noSite = noSite;
        o.ladder = new InterpreterOnly();
        o.compiler = new CompilerService();
        o.stdin = InputStream.nullInputStream();
        o.stdout = out;
        o.stderr = err;
        List<String> argv = new ArrayList<>();
        argv.add(file);
        argv.addAll(args);
        o.argv = argv;
        o.executable = "pyston";
        try (PythonContext c = new PythonContext(o)) {
            return c.runFile(file);
        }
    }

    public static void main(String[] a) {
        PrintStream out = new PrintStream(new java.io.FileOutputStream(java.io.FileDescriptor.out), false,
                StandardCharsets.UTF_8);
        boolean noSite = a.length > 1 && a[0].equals("-S");
        int first = noSite ? 1 : 0;
        int status = run(a[first], List.of(a).subList(first + 1, a.length), out, System.err, noSite);
        out.flush();
        System.exit(status);
    }
}
