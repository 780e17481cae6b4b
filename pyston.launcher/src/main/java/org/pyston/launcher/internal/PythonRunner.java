package org.pyston.launcher.internal;

import java.io.InputStream;
import java.io.PrintStream;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.pyston.api.compile.SourceCompiler;
import org.pyston.api.tier.NoTierException;
import org.pyston.api.tier.TierLadder;
import org.pyston.runtime.api.ContextOptions;
import org.pyston.runtime.api.PythonContext;

/**
 * Makes a fresh {@link PythonContext} for one program run (CLI or shell command) and turns the
 * launcher-level failures — no tier, no compiler — into one clear line on stderr and status 1.
 */
final class PythonRunner {
    private final TierLadder ladder;
    private final SourceCompiler compiler;

    PythonRunner(TierLadder ladder, SourceCompiler compiler) {
        this.ladder = ladder;
        this.compiler = compiler;
    }

    /** One program run; {@code body} gets the context and returns the exit status. */
    interface Body {
        int run(PythonContext context);
    }

    int run(List<String> argv, Map<String, String> xoptions, InputStream in, PrintStream out, PrintStream err,
            Body body) {
        return run(argv, xoptions, null, in, out, err, body);
    }

    /** With the command line's flags (-S, -s, -E, -I, -B, -v, -q, -i, -O) when {@code flags} is not null. */
    int run(List<String> argv, Map<String, String> xoptions, org.pyston.launcher.boot.PythonOptions flags,
            InputStream in, PrintStream out, PrintStream err, Body body) {
        if (compiler == null) {
            err.println("pyston: no Python compiler is available (is the pyston.compiler bundle started?)");
            return 1;
        }
        ContextOptions options = new ContextOptions();
        options.ladder = ladder;
        options.compiler = compiler;
        options.stdin = in;
        options.stdout = out;
        options.stderr = err;
        options.argv = new ArrayList<>(argv);
        options.executable = executable();
        options.xoptions.putAll(xoptions);
        if (flags != null) {
            options.noSite = flags.noSite;
            options.noUserSite = flags.noUserSite;
            options.ignoreEnvironment = flags.ignoreEnvironment;
            options.isolated = flags.isolated;
            options.dontWriteBytecode = flags.dontWriteBytecode;
            options.verbose = flags.verbose;
            options.quiet = flags.quiet;
            options.inspect = flags.inspect;
            options.optimize = flags.optimize;
        }
        try (PythonContext context = new PythonContext(options)) {
            return body.run(context);
        } catch (NoTierException e) {
            out.flush();
            err.println("pyston: " + e.getMessage());
            return 1;
        } finally {
            out.flush();
            err.flush();
        }
    }

    private static String executable() {
        String exe = System.getProperty("pyston.executable");
        return exe != null ? exe : "pyston";
    }
}
