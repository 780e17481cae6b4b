package org.pyston.api.frame;

import org.pyston.api.code.CodeUnit;

/**
 * The one activation record shared by the interpreter and the baseline JIT (and written by the
 * optimizing JIT when it deoptimizes): the vreg array plus the index of the block to run next.
 *
 * <p>A tier runs a frame from {@link #nextBlock}; when it stops (return, yield, an exception, or
 * handing a block to another tier) the registers and {@code nextBlock} are all another tier needs
 * to continue. Fields are public and plain because every tier reads and writes them on its hot
 * path. Runtime objects (globals, builtins, the current exception) are typed {@code Object}: this
 * contract does not depend on the runtime; the runtime subclasses the frame to add what it needs.
 */
public class Frame {
    public final CodeUnit code;
    /** The vregs, {@code code.vregCount} long. */
    public final Object[] regs;
    /** Cells for {@code code.cellNames} followed by those for {@code code.freeNames}. */
    public final Object[] cells;
    /** The block to run next when this frame is entered or re-entered. */
    public int nextBlock;
    /**
     * Offset of the instruction being executed, for line numbers and exception handlers; in a
     * suspended generator, of the YIELD/YIELD_FROM it suspended at (where throw() raises).
     */
    public int pc;
    /** The caller's frame (null at the bottom), for tracebacks and {@code sys._getframe}. */
    public Frame back;

    public Frame(CodeUnit code, Object[] cells) {
        this.code = code;
        this.regs = new Object[code.vregCount];
        this.cells = cells;
    }

    /** The source line of the instruction at {@link #pc}. */
    public int lineNumber() {
        return org.pyston.api.code.LineTable.lineAt(code, pc);
    }
}
