package org.pyston.api.tier;

import java.util.List;
import org.osgi.annotation.versioning.ProviderType;
import org.pyston.api.profile.Profile;

/**
 * The registered tiers ordered by threshold, and the policy that picks the code a function
 * runs. Implemented once, by the launcher; the runtime calls it when a function's counters cross
 * {@link Profile#nextThreshold} or its current code became invalid.
 */
@ProviderType
public interface TierLadder {
    /**
     * The code to run for this profile's unit now: the highest rung whose threshold the counters
     * reached and which compiled the unit. Publishes it in {@link Profile#current} and sets
     * {@link Profile#nextThreshold}.
     *
     * @throws NoTierException if no tier is available
     */
    CompiledCode select(Profile profile);

    /**
     * The code of the highest usable rung below tier {@code tierName} for this profile's unit,
     * compiled if need be but not published: where a tier hands a block it does not compile (the
     * interpreter, as a rule). Null when there is none.
     */
    default CompiledCode below(Profile profile, String tierName) {
        return null;
    }

    /** The rungs, lowest threshold first. */
    List<Rung> rungs();

    /** One rung of the ladder as a user sees it. */
    interface Rung {
        String name();

        int threshold();

        /** Symbolic name of the bundle that registered the tier. */
        String bundle();

        /** {@code active}, or why the rung is skipped (e.g. {@code excluded by -X tiers}). */
        String state();
    }
}
