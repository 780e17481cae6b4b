package org.pyston.api.deopt;

/**
 * Thrown by optimized code at a failing guard (Nashorn's way of deoptimizing on the JVM): no
 * stack trace, carries the {@link DeoptState} to continue from.
 */
public final class DeoptException extends RuntimeException {
    private static final long serialVersionUID = 1L;
    public final transient DeoptState state;

    public DeoptException(DeoptState state) {
        super(state.reason, null, false, false);
        this.state = state;
    }
}
