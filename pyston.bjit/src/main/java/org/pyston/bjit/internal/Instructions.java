package org.pyston.bjit.internal;

import org.pyston.api.code.CodeUnit;
import org.pyston.api.code.Opcode;

/**
 * The one place where the baseline JIT reads a code unit's instruction encoding: opcodes,
 * operands (by position, with {@link Opcode#operands}' kinds) and instruction boundaries. An
 * instruction is named by its offset ({@code pc}), the same number the line and exception tables
 * use.
 */
final class Instructions {
    private final CodeUnit unit;

    /** Block index starting at each offset, -1 elsewhere (blocks may fall through into the next). */
    private final int[] blockAt;

    Instructions(CodeUnit unit) {
        this.unit = unit;
        this.blockAt = new int[unit.codeLength + 1];
        java.util.Arrays.fill(blockAt, -1);
        for (int b = unit.blockCount() - 1; b >= 0; b--) {
            blockAt[unit.blockStart(b)] = b;
        }
    }

    /** The block starting at offset {@code pc}, or -1. */
    int blockAt(int pc) {
        return pc < blockAt.length ? blockAt[pc] : -1;
    }

    int blockCount() {
        return unit.blockCount();
    }

    /** Offset of block {@code b}'s first instruction. */
    int blockStart(int b) {
        return unit.blockStart(b);
    }

    int op(int pc) {
        return unit.opcode(pc);
    }

    /** Operand {@code i} (0-based) of the instruction at {@code pc}; -1 for an absent one. */
    int operand(int pc, int i) {
        return unit.operand(pc, i);
    }

    /** Offset of the instruction after the one at {@code pc}. */
    int next(int pc) {
        return unit.next(pc);
    }

    /**
     * Whether the block ends at {@code pc}: its terminator, or the instruction before the start of
     * the block it falls through to.
     */
    boolean endsBlock(int pc) {
        return Opcode.isTerminator(op(pc)) || blockAt(next(pc)) >= 0;
    }

    /** Instructions in block {@code b}, its last included. */
    int instructionCount(int b) {
        int n = 1;
        for (int pc = blockStart(b); !endsBlock(pc); pc = next(pc)) {
            n++;
        }
        return n;
    }
}
