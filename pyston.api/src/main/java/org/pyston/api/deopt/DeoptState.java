package org.pyston.api.deopt;

import org.pyston.api.code.CodeUnit;

/**
 * The live state optimized code hands back when one of its guesses fails: the block to continue
 * at and the values of the user-visible vregs (and the cross-block vregs live there). The runtime
 * writes it into a shared-format frame and the rung below continues from {@link #block}.
 */
public final class DeoptState {
    public final CodeUnit code;
    public final int block;
    /** Values for vregs {@code [0, values.length)}. */
    public final Object[] values;
    public final String reason;

    public DeoptState(CodeUnit code, int block, Object[] values, String reason) {
        this.code = code;
        this.block = block;
        this.values = values;
        this.reason = reason;
    }
}
