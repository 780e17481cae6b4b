package org.pyston.api.tier;

import org.osgi.annotation.versioning.ConsumerType;
import org.pyston.api.code.CodeUnit;
import org.pyston.api.profile.Profile;

/**
 * An execution tier: the service every tier bundle registers (interpreter, baseline JIT,
 * optimizing JIT, research backends). The launcher orders the registered tiers by threshold into
 * the tier ladder; a function whose call or back-edge count reaches a tier's threshold is compiled
 * by that tier.
 *
 * <p>Service properties: {@value #NAME_PROPERTY} (the tier's name) and
 * {@value #THRESHOLD_PROPERTY} (its rung) let the ladder order tiers without calling them;
 * the threshold is configuration: a tier component takes it from its configuration PID
 * {@code pyston.tier.<name>} (Configuration Admin; the launcher's {@code pyston:threshold}
 * command writes there) and keeps the service property in step, without restarting; the
 * command line's {@code -X threshold=NAME:N} overrides both in the ladder.
 */
@ConsumerType
public interface ExecutionTier {
    String NAME_PROPERTY = "pyston.tier.name";
    String THRESHOLD_PROPERTY = "pyston.tier.threshold";
    /** Configuration PID of a tier is this prefix plus its name. */
    String PID_PREFIX = "pyston.tier.";

    /** Short name: {@code interp}, {@code bjit}, {@code opt}, or a research backend's own. */
    String name();

    /** Calls (or loop back-edges) after which this tier takes over a function. */
    int threshold();

    /**
     * The ladder tells the tier the threshold it uses for it: {@link #threshold()} or the command
     * line's override. 0 asks for compiled code from a function's first call (the tier is forced),
     * which a tier that compiles in the background honours by compiling in the foreground.
     */
    default void thresholdInForce(int threshold) {
    }

    /**
     * Compiles a code unit. The result runs frames of that unit from any block. A tier that
     * cannot compile a unit throws {@link TierDeclinedException}; the ladder then keeps the
     * code of the rung below.
     */
    CompiledCode compile(CodeUnit code, Profile profile) throws TierDeclinedException;

    /**
     * What the tier did beyond what the ladder sees, for {@code -X stats}: by the keys of the
     * architecture's stats contract ({@code blocks_compiled}, {@code code_bytes},
     * {@code compile_ms}, {@code osr_entries}) and any others. Empty by default.
     */
    default java.util.Map<String, Number> statistics() {
        return java.util.Map.of();
    }
}
