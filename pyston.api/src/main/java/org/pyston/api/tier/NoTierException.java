package org.pyston.api.tier;

/**
 * No execution tier can run a code unit (none registered, or all excluded by {@code -X tiers}).
 * The launcher turns it into a clear message, never a hang.
 */
public class NoTierException extends RuntimeException {
    private static final long serialVersionUID = 1L;

    public NoTierException(String message) {
        super(message);
    }
}
