package org.pyston.compiler.codegen;

import java.util.ArrayDeque;
import java.util.BitSet;
import java.util.List;
import org.pyston.api.code.Opcode;

/**
 * Definite assignment of a function's locals over its control-flow graph, to drop the
 * {@code CHECK_BOUND} instructions that cannot fail.
 *
 * <p>The code generator checks every read of a local that is not a parameter; this forward
 * data-flow pass keeps a check only where some path from the function's entry leaves the local
 * unbound (a local is definitely bound where every path binds it and deletes it no more). Facts:
 * <ul>
 *   <li>parameters are bound at entry (block 0); a frame enters any other block only by an edge
 *       of the graph — a jump, a branch, a loop's two exits, a yield's resumption (block operands),
 *       or the block's exception handler — or as another tier hands over a frame that reached that
 *       block by those same edges;</li>
 *   <li>{@code MOVE local, src} binds the local when {@code src} is a temporary (the code generator
 *       only copies values it computed) or a local bound at that point; an operation that wrote
 *       its result into the local ({@link #writesLocalResult}) binds it; a passed
 *       {@code CHECK_BOUND} binds its local; {@code DELETE_FAST} unbinds, and is the only
 *       instruction that does;</li>
 *   <li>an exception can leave a block at any instruction, so its handler gets the block's entry
 *       state less the locals the block deletes anywhere.</li>
 * </ul>
 * Blocks no edge reaches keep their checks. Removing an instruction needs no other change:
 * jumps name blocks, not offsets, and the line table is built after this pass.
 */
final class BoundLocals {
    private BoundLocals() {
    }

    static void dropRedundantChecks(List<Assembler.Block> blocks, int userVregs, int parameters) {
        if (userVregs == 0 || !hasChecks(blocks)) {
            return;
        }
        int n = blocks.size();
        BitSet[] in = new BitSet[n]; // null: not reached yet
        BitSet entry = new BitSet(userVregs);
        entry.set(0, parameters);
        in[0] = entry;
        ArrayDeque<Integer> work = new ArrayDeque<>();
        boolean[] queued = new boolean[n];
        work.add(0);
        queued[0] = true;
        while (!work.isEmpty()) {
            int bi = work.poll();
            queued[bi] = false;
            Assembler.Block b = blocks.get(bi);
            BitSet state = (BitSet) in[bi].clone();
            BitSet deleted = new BitSet(userVregs);
            Assembler.IntList code = b.code;
            for (int pc = 0; pc < code.n; pc += Opcode.length(code.get(pc))) {
                int op = code.get(pc);
                String kinds = Opcode.operands(op);
                for (int k = 0; k < kinds.length(); k++) {
                    int target = code.get(pc + 1 + k);
                    if (kinds.charAt(k) == Opcode.BLOCK && target >= 0 && merge(in, target, state)) {
                        enqueue(work, queued, target);
                    }
                }
                transfer(op, code, pc, state, deleted, userVregs);
            }
            if (b.handler >= 0) {
                BitSet atAnyPoint = (BitSet) in[bi].clone();
                atAnyPoint.andNot(deleted);
                if (merge(in, b.handler, atAnyPoint)) {
                    enqueue(work, queued, b.handler);
                }
            }
        }
        for (int bi = 0; bi < n; bi++) {
            if (in[bi] != null) {
                removeChecks(blocks.get(bi), (BitSet) in[bi].clone(), userVregs);
            }
        }
    }

    private static void enqueue(ArrayDeque<Integer> work, boolean[] queued, int block) {
        if (!queued[block]) {
            queued[block] = true;
            work.add(block);
        }
    }

    private static boolean hasChecks(List<Assembler.Block> blocks) {
        for (Assembler.Block b : blocks) {
            for (int pc = 0; pc < b.code.n; pc += Opcode.length(b.code.get(pc))) {
                if (b.code.get(pc) == Opcode.CHECK_BOUND) {
                    return true;
                }
            }
        }
        return false;
    }

    /** Meets {@code state} into block {@code target}'s entry; true when that entry changed. */
    private static boolean merge(BitSet[] in, int target, BitSet state) {
        BitSet old = in[target];
        if (old == null) {
            in[target] = (BitSet) state.clone();
            return true;
        }
        int before = old.cardinality();
        old.and(state);
        return old.cardinality() != before;
    }

    private static void transfer(int op, Assembler.IntList code, int pc, BitSet state, BitSet deleted, int userVregs) {
        if (op == Opcode.MOVE) {
            int dst = code.get(pc + 1), src = code.get(pc + 2);
            if (dst >= 0 && dst < userVregs) {
                if (src >= userVregs || src >= 0 && state.get(src)) {
                    state.set(dst);
                } else {
                    state.clear(dst);
                }
            }
        } else if (writesLocalResult(op)) {
            int dst = code.get(pc + 1);
            if (dst >= 0 && dst < userVregs) {
                state.set(dst);
            }
        } else if (op == Opcode.CHECK_BOUND) {
            state.set(code.get(pc + 1));
        } else if (op == Opcode.DELETE_FAST) {
            state.clear(code.get(pc + 1));
            deleted.set(code.get(pc + 1));
        }
    }

    /**
     * The operations the code generator lets write a local directly ({@code x = a + b}): the
     * first operand is the result, never null once the instruction completes.
     */
    private static boolean writesLocalResult(int op) {
        return op == Opcode.BINARY || op == Opcode.UNARY || op == Opcode.GET_ATTR || op == Opcode.GET_ITEM
                || op == Opcode.GET_ITEM_CONST || op == Opcode.LOAD_CONST || op == Opcode.LOAD_GLOBAL
                || op == Opcode.LOAD_DEREF || op == Opcode.LOAD_NAME
                || op == Opcode.CALL || op == Opcode.CALL_EX || op == Opcode.CALL_METHOD;
    }

    /** Rewrites {@code b} without the checks of locals bound at them. */
    private static void removeChecks(Assembler.Block b, BitSet state, int userVregs) {
        Assembler.IntList code = b.code;
        Assembler.IntList lines = b.lines; // pairs: instruction start, line
        Assembler.IntList newCode = new Assembler.IntList();
        Assembler.IntList newLines = new Assembler.IntList();
        BitSet ignored = new BitSet();
        int li = 0;
        for (int pc = 0; pc < code.n; ) {
            int op = code.get(pc);
            int len = Opcode.length(op);
            while (li < lines.n && lines.get(li) < pc) {
                li += 2;
            }
            boolean redundant = op == Opcode.CHECK_BOUND && state.get(code.get(pc + 1));
            if (!redundant) {
                if (li < lines.n && lines.get(li) == pc) {
                    newLines.add(newCode.n);
                    newLines.add(lines.get(li + 1));
                }
                for (int i = 0; i < len; i++) {
                    newCode.add(code.get(pc + i));
                }
            }
            transfer(op, code, pc, state, ignored, userVregs);
            pc += len;
        }
        if (newCode.n != code.n) {
            code.a = newCode.a;
            code.n = newCode.n;
            lines.a = newLines.a;
            lines.n = newLines.n;
        }
    }
}
