package org.pyston.compiler.codegen;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.BitSet;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.pyston.api.code.CodeUnit;
import org.pyston.api.code.LineTable;
import org.pyston.api.code.Opcode;
import org.pyston.compiler.parser.PythonSyntaxError;
import org.pyston.runtime.objects.PyTuple;

/**
 * Collects the instructions of one code unit in basic blocks and assembles the immutable
 * {@link CodeUnit}: lays the blocks out contiguously, renumbers vregs into the three bands
 * (user-visible | live across blocks | block-local), builds the line table and the exception
 * table, and numbers the dynamic-operation sites.
 *
 * <p>Temporaries are handed out stack-wise while an expression is compiled ({@link #temp}); values
 * that must survive a block boundary (loop iterators, and/or results, exception slots) are
 * asked for as such ({@link #crossTemp}). Both are numbered in their own space during
 * compilation and shifted into their bands at assembly, which keeps consecutive ranges (call
 * arguments, tuple items) consecutive. No block may read a block-local temporary it did not write
 * (the baseline JIT keeps them in JVM locals): the baseline JIT's {@code TemporariesContractTest}
 * checks every code unit of the standard library. Jumps name block indexes, so layout needs no
 * patching.
 */
final class Assembler {
    /** One basic block under construction. */
    static final class Block {
        final int index;
        final IntList code = new IntList();
        final IntList lines = new IntList(); // line per instruction start
        /** Handler block and exception vreg covering this block, or -1. */
        int handler = -1;
        int handlerReg = -1;
        boolean terminated;

        Block(int index) {
            this.index = index;
        }
    }

    /** A growable int array. */
    static final class IntList {
        int[] a = new int[16];
        int n;

        void add(int v) {
            if (n == a.length) {
                a = Arrays.copyOf(a, n * 2);
            }
            a[n++] = v;
        }

        int get(int i) {
            return a[i];
        }

        void set(int i, int v) {
            a[i] = v;
        }
    }

    final List<Block> blocks = new ArrayList<>();
    Block current;
    final int userVregs;
    /** The user vregs bound when the frame starts (a function's parameters come first). */
    int parameters;
    private static final int CROSS_BASE = 1 << 24;
    private static final int LOCAL_BASE = 1 << 25;
    private int nextTemp = LOCAL_BASE;
    private int maxTemp = LOCAL_BASE;
    private int nextCross = CROSS_BASE;
    private int maxCross = CROSS_BASE;
    /** While set, every temporary is a cross-block one (statements whose expressions branch). */
    boolean crossMode;
    private final List<Object> constants = new ArrayList<>();
    private final Map<Object, Integer> constantIndex = new HashMap<>();
    private final Map<String, Integer> nameIndex = new HashMap<>();
    private int sites;
    int line;

    /**
     * What the code units of one module share, as CPython's per-compilation constant cache:
     * equal constants (by the code generator's key), equal tuples of names (keyword names,
     * fromlists), equal name arrays. All are immutable, so sharing is invisible.
     */
    static final class ModulePool {
        private final Map<Object, Object> constants = new HashMap<>();
        private final Map<List<Object>, PyTuple> nameTuples = new HashMap<>();
        private final Map<List<String>, String[]> nameArrays = new HashMap<>();

        String[] names(String[] a) {
            if (a.length == 0) {
                return NO_STRINGS;
            }
            String[] known = nameArrays.putIfAbsent(Arrays.asList(a), a);
            return known != null ? known : a;
        }
    }

    final ModulePool pool;

    Assembler(int userVregs, int firstLine, ModulePool pool) {
        this.pool = pool;
        this.userVregs = userVregs;
        this.line = firstLine;
        current = newBlock();
    }

    Block newBlock() {
        Block b = new Block(blocks.size());
        blocks.add(b);
        return b;
    }

    /** Continues emission in {@code b}. */
    void use(Block b) {
        current = b;
    }

    /** A vreg whose value lives across block boundaries. */
    int crossTemp() {
        return crossTemps(1);
    }

    private int crossTemps(int count) {
        int first = nextCross;
        nextCross += count;
        maxCross = Math.max(maxCross, nextCross);
        return first;
    }

    int temp() {
        return temps(1);
    }

    /** Consecutive temporaries. */
    int temps(int count) {
        if (crossMode) {
            return crossTemps(count);
        }
        int first = nextTemp;
        nextTemp += count;
        if (nextTemp > maxTemp) {
            maxTemp = nextTemp;
        }
        return first;
    }

    /** The allocation state, to release everything allocated after it. */
    long mark() {
        return ((long) nextCross << 32) | (nextTemp & 0xffffffffL);
    }

    void release(long mark) {
        nextCross = (int) (mark >>> 32);
        nextTemp = (int) mark;
    }

    int constant(Object value, Object key) {
        Integer i = constantIndex.get(key);
        if (i == null) {
            i = constants.size();
            Object known = pool.constants.putIfAbsent(key, value);
            constants.add(known != null ? known : value);
            constantIndex.put(key, i);
        }
        return i;
    }

    /**
     * A constant the code generator does not key (code units, messages, tuples of names); tuples
     * of strings are shared as equal ones in the module, the rest is never shared.
     */
    int uniqueConstant(Object value) {
        if (value instanceof PyTuple t && allStrings(t.items)) {
            List<Object> key = Arrays.asList(t.items);
            PyTuple known = pool.nameTuples.putIfAbsent(key, t);
            return constant(known != null ? known : t, List.of("tuple of names", key));
        }
        constants.add(value);
        return constants.size() - 1;
    }

    private static boolean allStrings(Object[] items) {
        for (Object o : items) {
            if (!(o instanceof String)) {
                return false;
            }
        }
        return true;
    }

    /** A name operand: the constant slot of the interned name (its own slot, never a str constant's). */
    int name(String n) {
        Integer i = nameIndex.get(n);
        if (i == null) {
            i = constants.size();
            constants.add(n.intern());
            nameIndex.put(n, i);
        }
        return i;
    }

    int site() {
        return sites++;
    }

    /** Appends one instruction to the current block (a fresh block after a terminator). */
    void emit(int op, int... operands) {
        if (current.terminated) {
            current = newBlock();
            current.handler = blocks.get(blocks.size() - 2).handler;
            current.handlerReg = blocks.get(blocks.size() - 2).handlerReg;
        }
        if (operands.length != Opcode.length(op) - 1) {
            throw new IllegalArgumentException(Opcode.name(op) + " takes " + (Opcode.length(op) - 1) + " operands");
        }
        if (op == Opcode.RETURN && returnsConstant(current, operands[0])) {
            return;
        }
        current.lines.add(current.code.n);
        current.lines.add(line);
        current.code.add(op);
        for (int o : operands) {
            current.code.add(o);
        }
        if (Opcode.isTerminator(op)) {
            current.terminated = true;
        }
    }

    /**
     * Turns "LOAD_CONST t, k" just before "RETURN t" into "RETURN_CONST k" when t is a temporary
     * (dead once the frame returns): a word less and one dispatch less on most function exits.
     */
    private boolean returnsConstant(Block b, int reg) {
        if (b.lines.n == 0 || reg < CROSS_BASE) {
            return false;
        }
        int last = b.lines.get(b.lines.n - 2);
        if (b.code.get(last) != Opcode.LOAD_CONST || b.code.get(last + 1) != reg) {
            return false;
        }
        int k = b.code.get(last + 2);
        b.code.n = last;
        b.code.add(Opcode.RETURN_CONST);
        b.code.add(k);
        b.lines.set(b.lines.n - 1, line);
        b.terminated = true;
        return true;
    }

    void jump(Block target) {
        if (!current.terminated) {
            emit(Opcode.JUMP, target.index);
        }
    }

    CodeUnit assemble(String name, String qualname, String filename, int firstLine, int flags, int argCount,
            int posOnly, int kwOnly, String[] localNames, String[] cellNames, String[] freeNames) {
        // Blocks that fall off the end return None (the code generator adds explicit returns;
        // unreachable empty blocks get one too so every block is terminated).
        for (Block b : blocks) {
            if (!b.terminated) {
                Block save = current;
                current = b;
                int none = constant(org.pyston.runtime.objects.Singletons.NONE, NONE_KEY);
                int t = temp();
                emit(Opcode.LOAD_CONST, t, none);
                emit(Opcode.RETURN, t);
                current = save;
            }
        }
        BoundLocals.dropRedundantChecks(blocks, userVregs, parameters);
        int crossCount = maxCross - CROSS_BASE;
        int crossEnd = userVregs + crossCount;
        int vregCount = crossEnd + (maxTemp - LOCAL_BASE);
        // Layout: each block encoded in turn (its instructions' forms decide its length in bytes).
        ByteCode out = new ByteCode();
        LineTable.Builder lines = new LineTable.Builder(firstLine);
        List<int[]> handlers = new ArrayList<>();
        int[] number = layoutNumbers();
        int reached = 0;
        for (int k : number) {
            reached += k >= 0 ? 1 : 0;
        }
        int[] blockStarts = new int[reached];
        Block[] laidOut = new Block[reached];
        for (Block b : blocks) {
            if (number[b.index] >= 0) {
                laidOut[number[b.index]] = b;
            }
        }
        for (Block b : laidOut) {
            int base = out.n;
            blockStarts[number[b.index]] = base;
            int[] at = encode(b.code, out, crossEnd, number);
            for (int i = 0; i < b.lines.n; i += 2) {
                lines.mark(at[b.lines.get(i)], b.lines.get(i + 1));
            }
            if (b.handler >= 0) {
                int reg = band(b.handlerReg, crossEnd);
                int handler = number[b.handler];
                int[] last = handlers.isEmpty() ? null : handlers.get(handlers.size() - 1);
                if (last != null && last[1] == base && last[2] == handler && last[3] == reg) {
                    last[1] = out.n;
                } else {
                    handlers.add(new int[] {base, out.n, handler, reg});
                }
            }
        }
        byte[] code = java.util.Arrays.copyOf(out.a, out.n);
        checkCount("blocks", reached, filename, firstLine);
        checkCount("exception-table entries", handlers.size(), filename, firstLine);
        checkCount("parameters", argCount + kwOnly, filename, firstLine);
        checkCount("local and cross-block variables", crossEnd, filename, firstLine);
        int[] exceptionTable = handlers.isEmpty() ? NO_INTS : new int[handlers.size() * 4];
        for (int i = 0; i < handlers.size(); i++) {
            System.arraycopy(handlers.get(i), 0, exceptionTable, i * 4, 4);
        }
        byte[] lineTable = lines.build();
        for (Object c : constants) {
            internTupleItems(c);
        }
        return new CodeUnit(name, qualname, filename, firstLine, flags, argCount, posOnly, kwOnly, code, blockStarts,
                constants.isEmpty() ? NO_OBJECTS : constants.toArray(),
                pool.names(localNames), pool.names(cellNames),
                pool.names(freeNames), userVregs, crossEnd, Math.max(vregCount, userVregs),
                lineTable.length == 0 ? NO_BYTES : lineTable, exceptionTable, sites);
    }

    /**
     * The number each block gets in the unit, which is also its place in the layout: a topological
     * order of the control-flow graph without its loop back-edges, keeping the order the blocks
     * were made in wherever the graph allows. Then a jump goes to a block that does not start
     * later exactly when it closes a loop, which is how the tiers recognize the back-edges they
     * count towards tier-up (and where the baseline JIT checks its code's validity). In the order
     * of making, a merge block made before the blocks that jump to it (the end of an {@code and}
     * chain or of a chained comparison) was a jump backwards: functions without a loop counted
     * as hot loops.
     *
     * <p>Loop back-edges are the edges to a block still on the path of a depth-first search from
     * the entry (in Python's structured control flow, the jumps to a loop's header). Successors
     * are the block operands of the instructions and the block's exception handler. Blocks no
     * path reaches (code after a return, a loop's exit that only a break would take) are left
     * out, as CPython's compiler leaves them out: their number is -1. The entry stays first.
     */
    private int[] layoutNumbers() {
        int n = blocks.size();
        int[][] successors = new int[n][];
        for (Block b : blocks) {
            successors[b.index] = successors(b);
        }
        // depth-first search from the entry: colour 1 = on the path, 2 = done
        byte[] colour = new byte[n];
        BitSet[] backEdges = new BitSet[n];
        int[] stack = new int[n];
        int[] nextSuccessor = new int[n];
        int depth = 0;
        stack[depth++] = 0;
        colour[0] = 1;
        while (depth > 0) {
            int u = stack[depth - 1];
            if (nextSuccessor[u] < successors[u].length) {
                int v = successors[u][nextSuccessor[u]++];
                if (colour[v] == 0) {
                    colour[v] = 1;
                    stack[depth++] = v;
                } else if (colour[v] == 1) {
                    if (backEdges[u] == null) {
                        backEdges[u] = new BitSet();
                    }
                    backEdges[u].set(nextSuccessor[u] - 1);
                }
            } else {
                colour[u] = 2;
                depth--;
            }
        }
        // Kahn's algorithm over the reached blocks and their forward edges, lowest index first
        int[] incoming = new int[n];
        for (int u = 0; u < n; u++) {
            if (colour[u] != 0) {
                for (int i = 0; i < successors[u].length; i++) {
                    if (backEdges[u] == null || !backEdges[u].get(i)) {
                        incoming[successors[u][i]]++;
                    }
                }
            }
        }
        int[] number = new int[n];
        int next = 0;
        java.util.PriorityQueue<Integer> ready = new java.util.PriorityQueue<>();
        ready.add(0);
        while (!ready.isEmpty()) {
            int u = ready.poll();
            number[u] = next++;
            for (int i = 0; i < successors[u].length; i++) {
                if ((backEdges[u] == null || !backEdges[u].get(i)) && --incoming[successors[u][i]] == 0) {
                    ready.add(successors[u][i]);
                }
            }
        }
        for (int u = 0; u < n; u++) {
            if (colour[u] == 0) {
                number[u] = -1;
            }
        }
        return number;
    }

    /** The blocks control can go to from {@code b}: its instructions' block operands, then its handler. */
    private static int[] successors(Block b) {
        IntList out = new IntList();
        int[] a = b.code.a;
        for (int pc = 0; pc < b.code.n; ) {
            String kinds = Opcode.operands(a[pc]);
            for (int k = 0; k < kinds.length(); k++) {
                if (kinds.charAt(k) == Opcode.BLOCK && a[pc + 1 + k] >= 0) {
                    out.add(a[pc + 1 + k]);
                }
            }
            pc += kinds.length() + 1;
        }
        if (b.handler >= 0) {
            out.add(b.handler);
        }
        return Arrays.copyOf(out.a, out.n);
    }

    // Most code units have no cell, free or exception-handler entries: the empty arrays are shared
    // (16 bytes each, several per unit otherwise).
    private static final int[] NO_INTS = {};
    private static final byte[] NO_BYTES = {};
    private static final Object[] NO_OBJECTS = {};
    private static final String[] NO_STRINGS = {};

    /**
     * Identifier-like strings inside constant tuples (keyword names of calls, import fromlists,
     * literal tuples) are interned as CodeUnit interns top-level ones: CPython does the same.
     */
    private static void internTupleItems(Object c) {
        if (c instanceof PyTuple t) {
            Object[] items = t.items;
            for (int i = 0; i < items.length; i++) {
                if (items[i] instanceof String s && CodeUnit.internsConstant(s)) {
                    items[i] = s.intern();
                } else {
                    internTupleItems(items[i]);
                }
            }
        }
    }

    private int band(int reg, int crossEnd) {
        if (reg >= LOCAL_BASE) {
            return crossEnd + (reg - LOCAL_BASE);
        }
        if (reg >= CROSS_BASE) {
            return userVregs + (reg - CROSS_BASE);
        }
        return reg;
    }

    /** The constant-pool key of None. */
    static final Object NONE_KEY = new Object();

    /** A growing byte array (the unit's instructions while they are encoded). */
    private static final class ByteCode {
        byte[] a = new byte[256];
        int n;

        void add(int b) {
            if (n == a.length) {
                a = java.util.Arrays.copyOf(a, 2 * n);
            }
            a[n++] = (byte) b;
        }
    }

    /** A count the code unit keeps in 16 bits: beyond it, a NotImplementedError at compile time. */
    private static void checkCount(String what, int n, String filename, int firstLine) {
        if (n > 0xFFFF) {
            throw new PythonSyntaxError("NotImplementedError", "code unit too large: " + n + " " + what
                    + " (at most 65,535 in one code unit)", filename, firstLine, 1, null, firstLine, 1);
        }
    }

    /**
     * Appends one block's instructions to {@code out} in the narrowest form that holds each
     * instruction's operands (see {@link CodeUnit}): vregs shifted into their bands, an absent
     * operand (-1) as the form's absent value. Returns the byte offset of each of the block's
     * word positions that starts an instruction (and of its end), for the line table.
     */
    private int[] encode(IntList in, ByteCode out, int crossEnd, int[] blockNumber) {
        int[] a = in.a;
        int[] at = new int[in.n + 1];
        int[] values = new int[8];
        int pc = 0;
        while (pc < in.n) {
            at[pc] = out.n;
            int op = a[pc];
            String kinds = Opcode.operands(op);
            int max = -1;
            for (int k = 0; k < kinds.length(); k++) {
                int v = a[pc + 1 + k];
                if (v >= 0 && kinds.charAt(k) == Opcode.REG) {
                    v = band(v, crossEnd);
                } else if (v >= 0 && kinds.charAt(k) == Opcode.BLOCK) {
                    v = blockNumber[v];
                }
                values[k] = v < 0 ? -1 : v;
                max = Math.max(max, values[k]);
            }
            if (max <= CodeUnit.MAX_NARROW) {
                out.add(op);
                for (int k = 0; k < kinds.length(); k++) {
                    out.add(values[k] < 0 ? CodeUnit.ABSENT : values[k]);
                }
            } else if (max <= CodeUnit.MAX_WIDE) {
                out.add(CodeUnit.WIDE);
                out.add(op);
                for (int k = 0; k < kinds.length(); k++) {
                    int v = values[k] < 0 ? 0xFFFF : values[k];
                    out.add(v >>> 8);
                    out.add(v);
                }
            } else {
                out.add(CodeUnit.WIDE4);
                out.add(op);
                for (int k = 0; k < kinds.length(); k++) {
                    int v = values[k];
                    out.add(v >>> 24);
                    out.add(v >>> 16);
                    out.add(v >>> 8);
                    out.add(v);
                }
            }
            pc += kinds.length() + 1;
        }
        at[in.n] = out.n;
        return at;
    }
}
