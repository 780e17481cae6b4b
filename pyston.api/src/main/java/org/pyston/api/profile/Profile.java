package org.pyston.api.profile;

import org.pyston.api.code.CodeUnit;
import org.pyston.api.tier.CompiledCode;

/**
 * Everything that accumulates beside one code unit while it runs: call and back-edge counters
 * for the tier ladder, the currently published compiled code, and per-site type feedback.
 *
 * <p>Counters are plain ints updated without synchronisation: they are advisory (a lost
 * increment delays a tier-up by one call), and the hot path must not pay for atomics. The
 * published code is {@code volatile} so a tier compiled on another thread is seen at once.
 *
 * <p>Protocol for the code that runs a unit (runtime call path, interpreter back-edges): on a
 * call, bump {@link #calls}; on a loop back-edge, bump {@link #backEdges}; whenever
 * {@link #heat()} reaches {@link #nextThreshold} or {@link #current} is no longer valid, ask
 * the {@code TierLadder} again ({@code select}). At a back-edge a tier does so by returning
 * {@code CompiledCode.CONTINUE_ELSEWHERE} with {@code frame.nextBlock} set to the loop header:
 * that is on-stack replacement at a block boundary. The ladder always sets a finite
 * {@code nextThreshold}, also on the top rung, so tiers registered later are found as code runs.
 */
public final class Profile {
    public final CodeUnit code;
    public int calls;
    public int backEdges;
    /** When {@code calls + backEdges} reaches this, ask the ladder again. */
    public int nextThreshold;
    public volatile CompiledCode current;
    /** Type feedback per dynamic-operation site ({@code code.siteCount} entries). */
    public final SiteFeedback[] sites;

    public Profile(CodeUnit code) {
        this.code = code;
        this.sites = new SiteFeedback[code.siteCount];
    }

    /** The site's feedback record, created on first use. */
    public SiteFeedback site(int index) {
        SiteFeedback s = sites[index];
        if (s == null) {
            s = new SiteFeedback();
            sites[index] = s;
        }
        return s;
    }

    public int heat() {
        return calls + backEdges;
    }
}
