package org.pyston.api.tier;

/** Thrown by {@link ExecutionTier#compile} for a code unit the tier will not compile. */
public class TierDeclinedException extends Exception {
    private static final long serialVersionUID = 1L;

    public TierDeclinedException(String reason) {
        super(reason, null, false, false);
    }
}
