package org.pyston.bjit.internal;

import java.lang.invoke.SwitchPoint;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.concurrent.Executor;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.LongAdder;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Deactivate;
import org.osgi.service.component.annotations.Modified;
import org.osgi.service.component.annotations.Reference;
import org.osgi.service.component.annotations.ReferenceCardinality;
import org.osgi.service.component.annotations.ReferencePolicy;
import org.osgi.service.component.annotations.ReferencePolicyOption;
import org.pyston.api.code.CodeUnit;
import org.pyston.api.ic.InlineCaches;
import org.pyston.api.profile.Profile;
import org.pyston.api.tier.CompiledCode;
import org.pyston.api.tier.ExecutionTier;
import org.pyston.api.tier.TierLadder;

/**
 * The baseline JIT tier ({@code bjit}, rung 25 by default, configuration PID
 * {@code pyston.tier.bjit}). Compiling a unit is cheap: it creates the unit's
 * {@link BaselineCode}, which compiles blocks as frames reach them. All code of one activation
 * shares one {@link SwitchPoint}: deactivating the component invalidates it, and every running
 * frame leaves the generated code at its next block start for the ladder's next rung down.
 *
 * <p>The inline-cache service is optional and dynamic: code compiled while it is present links
 * its sites through it; without it, sites call the generic operations.
 */
@Component(service = ExecutionTier.class, configurationPid = ExecutionTier.PID_PREFIX + BaselineJitTier.NAME,
        property = {ExecutionTier.NAME_PROPERTY + "=" + BaselineJitTier.NAME,
            ExecutionTier.THRESHOLD_PROPERTY + ":Integer=25"})
public final class BaselineJitTier implements ExecutionTier {
    public static final String NAME = "bjit";
    static final int DEFAULT_THRESHOLD = 25;

    /** Counters for {@code -X stats}. */
    static final class Stats {
        final LongAdder functions = new LongAdder();
        final LongAdder blocks = new LongAdder();
        final LongAdder classes = new LongAdder();
        final LongAdder codeBytes = new LongAdder();
        final LongAdder compileNanos = new LongAdder();
        final LongAdder osrEntries = new LongAdder();
        final LongAdder blocksInterpreted = new LongAdder();
        final LongAdder compileFailures = new LongAdder();
        final LongAdder backgroundGenerations = new LongAdder();

        void recordGeneration(int newBlocks, int bytes, long nanos) {
            classes.increment();
            blocks.add(newBlocks);
            codeBytes.add(bytes);
            compileNanos.add(nanos);
        }
    }

    /** Configuration property: whether blocks are compiled on a background thread (default true). */
    static final String BACKGROUND_PROPERTY = "pyston.bjit.background";

    final Stats stats = new Stats();
    private volatile int threshold = DEFAULT_THRESHOLD;
    /** The threshold the ladder uses for this tier (the command line may override the configured one). */
    private volatile int thresholdInForce = DEFAULT_THRESHOLD;
    private volatile boolean background = true;
    /** The compiler thread, started at the first background request; null until then and after deactivation. */
    private ExecutorService compilerThread;
    private volatile SwitchPoint validity = new SwitchPoint();
    private volatile InlineCaches caches;
    private volatile TierLadder ladder;

    public BaselineJitTier() {
    }

    @Reference
    void setLadder(TierLadder ladder) {
        this.ladder = ladder;
    }

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

    @Activate
    @Modified
    void configure(Map<String, Object> properties) {
        Object t = properties.get(THRESHOLD_PROPERTY);
        threshold = t instanceof Number n ? n.intValue()
                : t instanceof String s ? Integer.parseInt(s.trim()) : DEFAULT_THRESHOLD;
        Object bg = properties.get(BACKGROUND_PROPERTY);
        background = bg == null || Boolean.parseBoolean(bg.toString().trim());
        if (validity.hasBeenInvalidated()) {
            validity = new SwitchPoint();
        }
    }

    /** All code of this activation becomes invalid: frames leave it at their next block start. */
    @Deactivate
    void deactivate() {
        SwitchPoint.invalidateAll(new SwitchPoint[] {validity});
        synchronized (this) {
            if (compilerThread != null) {
                compilerThread.shutdownNow();
                compilerThread = null;
            }
        }
    }

    @Override
    public String name() {
        return NAME;
    }

    @Override
    public int threshold() {
        return threshold;
    }

    @Override
    public void thresholdInForce(int threshold) {
        thresholdInForce = threshold;
    }

    /**
     * The executor compiling blocks off the running thread, or null when blocks are compiled where
     * they are reached: when configured so, and when the tier's threshold in force is 0, which asks
     * for compiled code from a function's first call (forcing the tier; the tests' mode).
     * A frame reaching a block not compiled yet runs it in the interpreter meanwhile, as a block
     * the tier declines, so a function that tiers up never waits for the compiler.
     */
    synchronized Executor backgroundCompiler() {
        if (!background || thresholdInForce <= 0 || validity.hasBeenInvalidated()) {
            return null;
        }
        if (compilerThread == null) {
            compilerThread = Executors.newSingleThreadExecutor(task -> {
                Thread t = new Thread(task, "pyston-bjit-compiler");
                t.setDaemon(true);
                return t;
            });
        }
        return compilerThread;
    }

    /** Waits until the background compiler has finished what was asked of it so far (tests). */
    void awaitBackgroundCompiles() throws InterruptedException, java.util.concurrent.ExecutionException {
        ExecutorService executor;
        synchronized (this) {
            executor = compilerThread;
        }
        if (executor != null) {
            executor.submit(() -> { }).get();
        }
    }

    @Override
    public CompiledCode compile(CodeUnit code, Profile profile) {
        stats.functions.increment();
        return new BaselineCode(this, code, profile, validity);
    }

    /** The inline-cache service, or null while none runs. */
    InlineCaches caches() {
        return caches;
    }

    /** The rung below this tier for the unit (where blocks this tier does not compile run). */
    CompiledCode codeBelow(Profile profile) {
        TierLadder l = ladder;
        return l == null ? null : l.below(profile, NAME);
    }

    @Override
    public Map<String, Number> statistics() {
        Map<String, Number> m = new LinkedHashMap<>();
        m.put("blocks_compiled", stats.blocks.sum());
        m.put("code_bytes", stats.codeBytes.sum());
        m.put("compile_ms", stats.compileNanos.sum() / 1e6);
        m.put("osr_entries", stats.osrEntries.sum());
        m.put("classes_generated", stats.classes.sum());
        m.put("blocks_interpreted", stats.blocksInterpreted.sum());
        m.put("compile_failures", stats.compileFailures.sum());
        m.put("background_generations", stats.backgroundGenerations.sum());
        return m;
    }
}
