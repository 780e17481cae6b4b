package org.pyston.launcher.internal;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.osgi.framework.BundleContext;
import org.osgi.framework.ServiceReference;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.osgi.service.component.annotations.ReferenceCardinality;
import org.osgi.service.component.annotations.ReferencePolicy;
import org.osgi.service.component.annotations.ReferencePolicyOption;
import org.pyston.api.code.CodeUnit;
import org.pyston.api.ic.InlineCaches;
import org.pyston.api.profile.Profile;
import org.pyston.api.tier.CompiledCode;
import org.pyston.api.tier.ExecutionTier;
import org.pyston.api.tier.NoTierException;
import org.pyston.api.tier.TierDeclinedException;
import org.pyston.api.tier.TierLadder;

/**
 * The tier ladder: every registered {@link ExecutionTier}, ordered by threshold, and the policy
 * that picks the code a function runs.
 *
 * <p>Tiers come and go as services (dynamic, multiple, greedy reference). The ladder keeps an
 * immutable snapshot of its rungs in a volatile field, rebuilt on every change, so
 * {@link #select} never locks. {@code select} walks from the highest rung the profile's heat
 * has reached down to the interpreter, compiling with the first tier that accepts the unit, and
 * publishes the result in the profile together with the heat at which to ask again: the next
 * rung's threshold, or, on the top rung, a periodic re-check ({@link #RECHECK_INTERVAL}) so
 * that a tier registered later is picked up by code that is already running.
 *
 * <p>Which tiers may run and their thresholds can be overridden for the whole framework
 * ({@code -X tiers=…}, {@code -X threshold=NAME:N} become the framework properties
 * {@value #TIERS_PROPERTY} and {@value #THRESHOLDS_PROPERTY}); otherwise a tier's threshold is its
 * service property, which follows its Configuration Admin configuration.
 */
@Component(service = {TierLadder.class, TierLadderComponent.class})
public final class TierLadderComponent implements TierLadder {
    public static final String TIERS_PROPERTY = "pyston.tiers";
    public static final String THRESHOLDS_PROPERTY = "pyston.thresholds";
    static final int RECHECK_INTERVAL = 1024;

    /** One registered tier with the threshold in force. */
    record TierRung(ExecutionTier tier, String name, int threshold, int configured, String bundle, boolean allowed)
            implements Rung {
        @Override
        public String state() {
            return allowed ? "active" : "excluded by -X tiers";
        }
    }

    private final Map<ServiceReference<ExecutionTier>, ExecutionTier> tiers = new HashMap<>();
    /** Compilations per tier name, for {@code -X stats}. */
    private final Map<String, TierStats> stats = new java.util.concurrent.ConcurrentHashMap<>();

    /** What one tier compiled: code units, time, and the dynamic-operation sites they hold. */
    static final class TierStats {
        final java.util.concurrent.atomic.AtomicInteger functions = new java.util.concurrent.atomic.AtomicInteger();
        final java.util.concurrent.atomic.AtomicLong nanos = new java.util.concurrent.atomic.AtomicLong();
        final java.util.concurrent.atomic.AtomicLong sites = new java.util.concurrent.atomic.AtomicLong();
    }
    private volatile List<TierRung> rungs = List.of();
    /** Rungs a profile may use, lowest threshold first (the allowed subset of {@link #rungs}). */
    private volatile TierRung[] usable = new TierRung[0];
    private Set<String> allowedNames; // null = all
    private Map<String, Integer> thresholdOverrides = Map.of();

    @Activate
    void activate(BundleContext context) {
        allowedNames = parseAllowed(context.getProperty(TIERS_PROPERTY));
        thresholdOverrides = parseThresholds(context.getProperty(THRESHOLDS_PROPERTY));
        rebuild();
    }

    static Set<String> parseAllowed(String spec) {
        if (spec == null || spec.isBlank()) {
            return null;
        }
        return Set.copyOf(Arrays.asList(spec.trim().split("\\s*,\\s*")));
    }

    /** Parses {@code bjit:25,opt:2500}. */
    static Map<String, Integer> parseThresholds(String spec) {
        if (spec == null || spec.isBlank()) {
            return Map.of();
        }
        Map<String, Integer> result = new HashMap<>();
        for (String part : spec.trim().split("\\s*,\\s*")) {
            int colon = part.indexOf(':');
            if (colon <= 0) {
                throw new IllegalArgumentException("threshold must be NAME:N, got '" + part + "'");
            }
            result.put(part.substring(0, colon), Integer.parseInt(part.substring(colon + 1).trim()));
        }
        return result;
    }

    @Reference(cardinality = ReferenceCardinality.MULTIPLE, policy = ReferencePolicy.DYNAMIC,
            policyOption = ReferencePolicyOption.GREEDY)
    void addTier(ServiceReference<ExecutionTier> ref, ExecutionTier tier) {
        synchronized (tiers) {
            tiers.put(ref, tier);
        }
        rebuild();
    }

    void updatedTier(ServiceReference<ExecutionTier> ref, ExecutionTier tier) {
        rebuild();
    }

    void removeTier(ServiceReference<ExecutionTier> ref, ExecutionTier tier) {
        synchronized (tiers) {
            tiers.remove(ref);
        }
        rebuild();
    }

    private void rebuild() {
        List<TierRung> list = new ArrayList<>();
        synchronized (tiers) {
            for (Map.Entry<ServiceReference<ExecutionTier>, ExecutionTier> e : tiers.entrySet()) {
                ServiceReference<ExecutionTier> ref = e.getKey();
                ExecutionTier tier = e.getValue();
                String name = stringProperty(ref, ExecutionTier.NAME_PROPERTY, tier.name());
                Integer override = thresholdOverrides.get(name);
                int configured = intProperty(ref, ExecutionTier.THRESHOLD_PROPERTY, tier.threshold());
                int threshold = override != null ? override : configured;
                boolean allowed = allowedNames == null || allowedNames.contains(name);
                list.add(new TierRung(tier, name, threshold, configured, ref.getBundle() == null ? "?"
                        : ref.getBundle().getSymbolicName(), allowed));
            }
        }
        // equal thresholds (-X threshold=bjit:0) keep the configured order: the interpreter stays rung 0
        list.sort((a, b) -> a.threshold != b.threshold ? Integer.compare(a.threshold, b.threshold)
                : a.configured != b.configured ? Integer.compare(a.configured, b.configured)
                : a.name.compareTo(b.name));
        for (TierRung rung : list) {
            rung.tier.thresholdInForce(rung.threshold);
        }
        rungs = Collections.unmodifiableList(list);
        usable = list.stream().filter(TierRung::allowed).toArray(TierRung[]::new);
    }

    private static String stringProperty(ServiceReference<?> ref, String key, String fallback) {
        Object v = ref.getProperty(key);
        return v == null ? fallback : v.toString();
    }

    private static int intProperty(ServiceReference<?> ref, String key, int fallback) {
        Object v = ref.getProperty(key);
        if (v instanceof Number n) {
            return n.intValue();
        }
        if (v instanceof String s) {
            try {
                return Integer.parseInt(s.trim());
            } catch (NumberFormatException ignored) {
                return fallback;
            }
        }
        return fallback;
    }

    @Override
    public CompiledCode select(Profile profile) {
        TierRung[] ladder = usable;
        if (ladder.length == 0) {
            throw new NoTierException(noTierMessage());
        }
        int heat = profile.heat();
        int top = ladder.length - 1;
        while (top > 0 && ladder[top].threshold > heat) {
            top--;
        }
        CodeUnit code = profile.code;
        for (int i = top; i >= 0; i--) {
            TierRung rung = ladder[i];
            if (rung.threshold > heat && i > 0) {
                continue;
            }
            CompiledCode current = profile.current;
            CompiledCode chosen;
            if (current != null && current.isValid() && current.tierName().equals(rung.name)) {
                chosen = current;
            } else {
                long start = System.nanoTime();
                try {
                    chosen = rung.tier.compile(code, profile);
                } catch (TierDeclinedException declined) {
                    continue;
                }
                TierStats s = stats.computeIfAbsent(rung.name, n -> new TierStats());
                s.functions.incrementAndGet();
                s.nanos.addAndGet(System.nanoTime() - start);
                s.sites.addAndGet(code.siteCount);
            }
            profile.current = chosen;
            profile.nextThreshold = i + 1 < ladder.length ? ladder[i + 1].threshold
                    : saturatedAdd(heat, RECHECK_INTERVAL);
            return chosen;
        }
        throw new NoTierException("no execution tier would compile " + code.qualname()
                + " (tiers: " + names(ladder) + ")");
    }

    @Override
    public CompiledCode below(Profile profile, String tierName) {
        TierRung[] ladder = usable;
        int i = ladder.length - 1;
        while (i >= 0 && !ladder[i].name.equals(tierName)) {
            i--;
        }
        for (i--; i >= 0; i--) {
            try {
                return ladder[i].tier.compile(profile.code, profile);
            } catch (TierDeclinedException declined) {
                // try the next rung down
            }
        }
        return null;
    }

    private static int saturatedAdd(int a, int b) {
        long r = (long) a + b;
        return r > Integer.MAX_VALUE ? Integer.MAX_VALUE : (int) r;
    }

    private String noTierMessage() {
        List<TierRung> all = rungs;
        if (all.isEmpty()) {
            return "no execution tier is available: no bundle registers an ExecutionTier service"
                    + " (is the pyston.interp bundle installed and started?)";
        }
        return "no execution tier is available: every registered tier (" + names(all.toArray(new TierRung[0]))
                + ") is excluded by -X tiers=" + String.join(",", allowedNames);
    }

    private static String names(TierRung[] rungs) {
        StringBuilder sb = new StringBuilder();
        for (TierRung r : rungs) {
            if (sb.length() > 0) {
                sb.append(", ");
            }
            sb.append(r.name);
        }
        return sb.toString();
    }

    /**
     * The {@code -X stats} JSON of ARCHITECTURE.md's command-line contract: per tier what the
     * ladder counted (functions compiled, its compile time) merged with what the tier reports
     * ({@link ExecutionTier#statistics}: blocks, code bytes, OSR entries, its own compile time when
     * it compiles lazily), and the inline-cache service's counters when it runs.
     */
    public String statsJson() {
        StringBuilder sb = new StringBuilder("{\"tiers\": {");
        boolean first = true;
        for (TierRung r : rungs) {
            TierStats s = stats.getOrDefault(r.name, new TierStats());
            Map<String, Number> values = new java.util.LinkedHashMap<>();
            values.put("functions_compiled", s.functions.get());
            values.put("blocks_compiled", 0);
            values.put("compile_ms", s.nanos.get() / 1e6);
            values.put("code_bytes", 0);
            values.put("osr_entries", 0);
            for (Map.Entry<String, Number> e : r.tier.statistics().entrySet()) {
                values.merge(e.getKey(), e.getValue(), (a, b) -> a instanceof Double || b instanceof Double
                        ? (Number) (a.doubleValue() + b.doubleValue()) : (Number) (a.longValue() + b.longValue()));
            }
            if (!first) {
                sb.append(", ");
            }
            first = false;
            sb.append('"').append(r.name).append("\": {");
            boolean firstValue = true;
            for (Map.Entry<String, Number> e : values.entrySet()) {
                if (!firstValue) {
                    sb.append(", ");
                }
                firstValue = false;
                Number v = e.getValue();
                sb.append('"').append(e.getKey()).append("\": ").append(v instanceof Double || v instanceof Float
                        ? String.format(java.util.Locale.ROOT, "%.3f", v.doubleValue()) : v.toString());
            }
            sb.append('}');
        }
        InlineCaches ic = caches;
        InlineCaches.Statistics c = ic == null ? new InlineCaches.Statistics(0, 0, 0, 0, 0, 0, 0) : ic.statistics();
        sb.append("}, \"ic\": {\"sites\": ").append(c.sites()).append(", \"hits\": ").append(c.hits())
                .append(", \"misses\": ").append(c.misses()).append(", \"slots\": ").append(c.slots())
                .append(", \"megamorphic_sites\": ").append(c.megamorphicSites()).append(", \"invalidations\": ")
                .append(c.invalidations()).append(", \"megamorphic_calls\": ").append(c.megamorphicCalls())
                .append(", \"hit_rate\": ").append(String.format(java.util.Locale.ROOT, "%.4f", c.hitRate()))
                .append("}, \"deopts\": 0}");
        return sb.toString();
    }

    private volatile InlineCaches caches;

    @Reference(cardinality = ReferenceCardinality.OPTIONAL, policy = ReferencePolicy.DYNAMIC,
            policyOption = ReferencePolicyOption.GREEDY)
    void setCaches(InlineCaches caches) {
        this.caches = caches;
    }

    void unsetCaches(InlineCaches caches) {
        if (this.caches == caches) {
            this.caches = null;
        }
    }

    @Override
    public List<Rung> rungs() {
        return List.copyOf(rungs);
    }
}
