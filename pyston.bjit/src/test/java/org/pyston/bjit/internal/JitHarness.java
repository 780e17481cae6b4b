package org.pyston.bjit.internal;

import java.io.ByteArrayOutputStream;
import java.io.InputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.pyston.api.ic.InlineCaches;
import org.pyston.api.profile.Profile;
import org.pyston.api.tier.CompiledCode;
import org.pyston.api.tier.ExecutionTier;
import org.pyston.api.tier.TierLadder;
import org.pyston.compiler.internal.CompilerService;
import org.pyston.interp.internal.InterpreterTier;
import org.pyston.runtime.api.ContextOptions;
import org.pyston.runtime.api.PythonContext;

/**
 * Runs Python programs with the interpreter and the baseline JIT, without OSGi: for this bundle's
 * tests and by hand: {@code java ... JitHarness [-X threshold=bjit:N] [-X tiers=interp]
 * [-X stats=PATH] [-X ic=off] FILE [ARGS]}.
 */
public final class JitHarness {
    /** The two-rung ladder the launcher would build from the interpreter and this tier. */
    static final class TwoRungs implements TierLadder {
        final InterpreterTier interp = new InterpreterTier();
        final BaselineJitTier bjit;
        final int bjitThreshold;
        /** When set, only code units of this file go to the baseline JIT (statcheck tests count the program's own code, not the import system's). */
        final String onlyFile;

        TwoRungs(BaselineJitTier bjit, int bjitThreshold) {
            this(bjit, bjitThreshold, null);
        }

        TwoRungs(BaselineJitTier bjit, int bjitThreshold, String onlyFile) {
            this.bjit = bjit;
            this.bjitThreshold = bjitThreshold;
            if (bjit != null) {
                bjit.thresholdInForce(bjitThreshold);
            }
            this.onlyFile = onlyFile;
        }

        @Override
        public CompiledCode select(Profile profile) {
            int heat = profile.heat();
            boolean jit = bjit != null && heat >= bjitThreshold
                    && (onlyFile == null || onlyFile.equals(profile.code.filename));
            ExecutionTier tier = jit ? bjit : interp;
            CompiledCode c = profile.current;
            if (c == null || !c.isValid() || !c.tierName().equals(tier.name())) {
                try {
                    c = tier.compile(profile.code, profile);
                } catch (org.pyston.api.tier.TierDeclinedException e) {
                    throw new IllegalStateException(e);
                }
                profile.current = c;
            }
            profile.nextThreshold = jit || bjit == null ? heat + 1024 : bjitThreshold;
            return c;
        }

        @Override
        public CompiledCode below(Profile profile, String tierName) {
            return tierName.equals(BaselineJitTier.NAME) ? interp.compile(profile.code, profile) : null;
        }

        @Override
        public List<Rung> rungs() {
            return List.of();
        }
    }

    /** Result of one run. */
    public record Run(int status, String stdout, String stderr) {
    }

    /** Runs {@code file} with the baseline JIT at {@code threshold} and the given inline caches (or none). */
    public static Run run(String file, List<String> args, int threshold, InlineCaches caches) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        BaselineJitTier bjit = newTier(caches);
        int status = run(file, args, new TwoRungs(bjit, threshold), new PrintStream(out, true, StandardCharsets.UTF_8),
                new PrintStream(err, true, StandardCharsets.UTF_8));
        return new Run(status, out.toString(StandardCharsets.UTF_8), err.toString(StandardCharsets.UTF_8));
    }

    static BaselineJitTier newTier(InlineCaches caches) {
        BaselineJitTier bjit = new BaselineJitTier();
        bjit.configure(Map.of());
        if (caches != null) {
            bjit.setCaches(caches);
        }
        return bjit;
    }

    static int run(String file, List<String> args, TierLadder ladder, PrintStream out, PrintStream err) {
        if (ladder instanceof TwoRungs two && two.bjit != null) {
            two.bjit.setLadder(ladder);
        }
        ContextOptions o = new ContextOptions();
        o.ladder = ladder;
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

    /** The inline-cache service, when its bundle's classes are on the class path (they are in tests). */
    static InlineCaches inlineCaches() {
        try {
            return (InlineCaches) Class.forName("org.pyston.ic.internal.InlineCacheService").getConstructor()
                    .newInstance();
        } catch (ReflectiveOperationException | LinkageError e) {
            return null;
        }
    }

    public static void main(String[] a) throws Exception {
        int threshold = BaselineJitTier.DEFAULT_THRESHOLD;
        boolean jit = true;
        boolean ic = true;
        String stats = null;
        int i = 0;
        while (i + 1 < a.length && a[i].equals("-X")) {
            String x = a[i + 1];
            if (x.startsWith("threshold=bjit:")) {
                threshold = Integer.parseInt(x.substring("threshold=bjit:".length()));
            } else if (x.equals("tiers=interp")) {
                jit = false;
            } else if (x.startsWith("stats=")) {
                stats = x.substring("stats=".length());
            } else if (x.equals("ic=off")) {
                ic = false;
            }
            i += 2;
        }
        InlineCaches caches = ic ? inlineCaches() : null;
        BaselineJitTier bjit = jit ? newTier(caches) : null;
        PrintStream out = new PrintStream(new java.io.FileOutputStream(java.io.FileDescriptor.out), false,
                StandardCharsets.UTF_8);
        int status = run(a[i], List.of(a).subList(i + 1, a.length), new TwoRungs(bjit, threshold), out, System.err);
        out.flush();
        if (stats != null) {
            Files.writeString(Path.of(stats), statsJson(bjit, caches));
        }
        System.exit(status);
    }

    static String statsJson(BaselineJitTier bjit, InlineCaches caches) {
        StringBuilder sb = new StringBuilder("{\"tiers\": {");
        if (bjit != null) {
            sb.append("\"bjit\": {\"functions_compiled\": ").append(bjit.stats.functions.sum());
            for (Map.Entry<String, Number> e : bjit.statistics().entrySet()) {
                sb.append(", \"").append(e.getKey()).append("\": ").append(e.getValue());
            }
            sb.append('}');
        }
        sb.append("}");
        if (caches != null) {
            InlineCaches.Statistics s = caches.statistics();
            sb.append(", \"ic\": {\"sites\": ").append(s.sites()).append(", \"hits\": ").append(s.hits())
                    .append(", \"misses\": ").append(s.misses()).append(", \"slots\": ").append(s.slots())
                    .append(", \"megamorphic_sites\": ").append(s.megamorphicSites())
                    .append(", \"invalidations\": ").append(s.invalidations())
                    .append(", \"megamorphic_calls\": ").append(s.megamorphicCalls())
                    .append(", \"hit_rate\": ").append(String.format(java.util.Locale.ROOT, "%.4f", s.hitRate())).append('}');
        }
        return sb.append(", \"deopts\": 0}\n").toString();
    }
}
