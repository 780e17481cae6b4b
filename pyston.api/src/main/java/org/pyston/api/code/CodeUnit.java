package org.pyston.api.code;

import java.util.Objects;

/**
 * The compiled form of one function, module, class body, lambda or comprehension: what every
 * execution tier consumes.
 *
 * <p>A code unit is immutable and holds no AST and no object per instruction. Its instructions
 * are one contiguous run of unsigned 16-bit <em>words</em> at the start of {@link #code}
 * ({@code [0, codeLength)}): each instruction is an opcode word followed by a fixed number of
 * operand words (see {@link Opcode}). The instructions are grouped in <em>basic blocks</em>;
 * {@link #blockStart} maps a block index to the offset (in words) of its first instruction and
 * jumps name block indexes, never offsets, so any tier can start or continue execution at the
 * start of any block.
 *
 * <p>Layout of {@link #code} (one array per unit: the tables cost no array headers of their own):
 * <pre>
 *   [0, codeLength)                  instructions
 *   then blockCount() x 2 words      block start offsets, high word first
 *   then handlerCount() x 6 words    exception table: start (2 words, high first), end (2 words),
 *                                    handler block, exception vreg; innermost range first
 *   then the rest                    the line table's bytes (see {@link LineTable}), two a word,
 *                                    low byte first; an odd count ends with a 0xFF high byte
 * </pre>
 * Read the tables through {@link #blockStart}, {@link #handlerAt} and {@link LineTable}.
 *
 * <p>Encoding of an operand word: the values {@code 0 .. }{@link #MAX_OPERAND} are themselves
 * (a vreg, constant, name, block or site index, or a plain integer); the word {@link #NONE}
 * ({@code 0xFFFF}) is an absent operand (no register, no constant: what the assembler writes as
 * -1). Operands are never negative otherwise. A unit needing a larger operand (more than 65,534
 * registers, constants, names, blocks or sites) is refused by the compiler with a
 * NotImplementedError (the wide instruction form is not implemented): the stdlib's largest is
 * about 4,600. 16-bit words halve the memory of the former {@code int[]} encoding and the
 * interpreter reads them as it read ints (an array load widened to int, no decoding step).
 *
 * <p>Tiers that decode generically use {@link #opcode}, {@link #operand} (which turns
 * {@link #NONE} into -1), {@link #next} and {@link #blockEnd}, with the operand kinds of
 * {@link Opcode#operands}; only the interpreter's dispatch loop reads the words directly.
 * Instructions end at {@link #codeLength}, not at {@code code.length}:
 * <pre>
 *   for (int b = 0; b &lt; u.blockCount(); b++) {
 *       for (int pc = u.blockStart(b); pc &lt; u.blockEnd(b); pc = u.next(pc)) {
 *           int op = u.opcode(pc);
 *           String kinds = Opcode.operands(op);          // e.g. "RRNS" for GET_ATTR
 *           for (int k = 0; k &lt; kinds.length(); k++) {
 *               int v = u.operand(pc, k);                // -1: absent
 *           }
 *       }
 *   }
 * </pre>
 * An {@code N} operand indexes {@link #constants} too (the name, an interned str).
 *
 * <p>Operands that name values are <em>vregs</em> (indexes into the frame's register array),
 * numbered in three bands: {@code [0, userVregs)} are the user-visible locals (parameters
 * first, as CPython's {@code co_varnames}); {@code [userVregs, crossBlockVregs)} are values
 * live across block boundaries; {@code [crossBlockVregs, vregCount)} are temporaries that live
 * inside one block and reuse slots. The interpreter uses all of them, the baseline JIT the
 * first two bands at block boundaries, optimized code only the user-visible ones when it
 * deoptimizes: a tier switch is "continue at block N with these registers".
 *
 * <p>{@link #constants} hold runtime objects (the compiler builds them through the runtime);
 * this contract does not fix their Java types. Tiers attach their compiled forms beside a code
 * unit (in its {@code Profile}), never inside it.
 */
public final class CodeUnit {
    /** {@link #flags} bits, CPython's {@code co_flags} values where CPython has one. */
    public static final int OPTIMIZED = 0x1, NEWLOCALS = 0x2, VARARGS = 0x4, VARKEYWORDS = 0x8,
            NESTED = 0x10, GENERATOR = 0x20, NOFREE = 0x40, COROUTINE = 0x80,
            ITERABLE_COROUTINE = 0x100, ASYNC_GENERATOR = 0x200;

    /** The operand word of an absent operand (-1 when decoded by {@link #operand}). */
    public static final char NONE = 0xFFFF;
    /** The largest operand value a word holds. */
    public static final int MAX_OPERAND = 0xFFFE;

    public final String name;
    public final String qualname;
    public final String filename;
    // The counts are unsigned 16-bit (char: 16 bytes less per unit than ints). They read as ints
    // in arithmetic; widen with (int) before printing or concatenating one.
    public final int firstLineNumber;
    public final int flags;
    public final char argCount;
    public final char posOnlyArgCount;
    public final char kwOnlyArgCount;

    /**
     * Instructions (opcode word + operand words, 16-bit, see above), blocks laid out contiguously,
     * in {@code [0, codeLength)}; then the block, exception and line tables.
     */
    public final char[] code;
    /** Words of instructions at the start of {@link #code}. */
    public final int codeLength;
    private final char blockCount;
    private final char handlerCount;
    /**
     * Constants, and the names global, attribute and import instructions use (an {@code N}
     * operand indexes this array too: an interned str), as Lua's one constant table.
     */
    public final Object[] constants;
    /** Names of the user-visible vregs {@code [0, userVregs)}, parameters first. */
    public final String[] localNames;
    /** Cell variables (locals captured by inner scopes), then free variables. */
    public final String[] cellNames;
    public final String[] freeNames;

    public final char userVregs;
    public final char crossBlockVregs;
    public final char vregCount;

    /** Number of dynamic-operation sites, numbered 0.., reserved for inline caches and feedback. */
    public final char siteCount;

    public CodeUnit(String name, String qualname, String filename, int firstLineNumber, int flags,
            int argCount, int posOnlyArgCount, int kwOnlyArgCount, char[] code, int[] blockStarts,
            Object[] constants, String[] localNames, String[] cellNames,
            String[] freeNames, int userVregs, int crossBlockVregs, int vregCount, byte[] lineTable,
            int[] exceptionTable, int siteCount) {
        // code, blockStarts, lineTable and exceptionTable (quadruples start, end, handler block,
        // exception vreg; innermost first) are packed into one array, see the class comment
        this.name = name.intern();
        // a top-level function's or class's qualified name is its name: one string
        this.qualname = qualname.equals(name) ? this.name : Objects.requireNonNull(qualname);
        this.filename = Objects.requireNonNull(filename);
        this.firstLineNumber = firstLineNumber;
        this.flags = flags;
        this.argCount = count(argCount);
        this.posOnlyArgCount = count(posOnlyArgCount);
        this.kwOnlyArgCount = count(kwOnlyArgCount);
        this.codeLength = code.length;
        this.blockCount = count(blockStarts.length);
        this.handlerCount = count(exceptionTable.length / 4);
        this.code = pack(code, blockStarts, exceptionTable, lineTable);
        this.constants = constants;
        this.localNames = intern(localNames);
        this.cellNames = intern(cellNames);
        this.freeNames = intern(freeNames);
        for (int i = 0; i < constants.length; i++) {
            if (constants[i] instanceof String s && internsConstant(s)) {
                constants[i] = s.intern();
            }
        }
        if (!(localNames.length <= userVregs && userVregs <= crossBlockVregs
                && crossBlockVregs <= vregCount)) {
            throw new IllegalArgumentException("vreg bands out of order in " + qualname);
        }
        this.userVregs = count(userVregs);
        this.crossBlockVregs = count(crossBlockVregs);
        this.vregCount = count(vregCount);
        this.siteCount = count(siteCount);
    }

    /**
     * The restoring constructor: every field as it is, in declaration order, for a code unit
     * read back from its serialized form (the runtime's code cache writes the fields in this
     * order and finds this constructor by their types, so the two stay in step when a field is
     * added). Strings are interned again, as the compiling constructor does.
     */
    public CodeUnit(String name, String qualname, String filename, int firstLineNumber, int flags,
            char argCount, char posOnlyArgCount, char kwOnlyArgCount, char[] code, int codeLength,
            char blockCount, char handlerCount, Object[] constants, String[] localNames,
            String[] cellNames, String[] freeNames, char userVregs, char crossBlockVregs,
            char vregCount, char siteCount) {
        this.name = name.intern();
        this.qualname = qualname.equals(name) ? this.name : qualname;
        this.filename = Objects.requireNonNull(filename);
        this.firstLineNumber = firstLineNumber;
        this.flags = flags;
        this.argCount = argCount;
        this.posOnlyArgCount = posOnlyArgCount;
        this.kwOnlyArgCount = kwOnlyArgCount;
        this.code = code;
        this.codeLength = codeLength;
        this.blockCount = blockCount;
        this.handlerCount = handlerCount;
        this.constants = constants;
        this.localNames = intern(localNames);
        this.cellNames = intern(cellNames);
        this.freeNames = intern(freeNames);
        for (int i = 0; i < constants.length; i++) {
            if (constants[i] instanceof String s && internsConstant(s)) {
                constants[i] = s.intern();
            }
        }
        if (!(localNames.length <= userVregs && userVregs <= crossBlockVregs
                && crossBlockVregs <= vregCount) || codeLength > code.length) {
            throw new IllegalArgumentException("inconsistent code unit " + qualname);
        }
        this.userVregs = userVregs;
        this.crossBlockVregs = crossBlockVregs;
        this.vregCount = vregCount;
        this.siteCount = siteCount;
    }

    /** A count that must fit a 16-bit word, as every operand does. */
    private static char count(int n) {
        if (n < 0 || n > 0xFFFF) {
            throw new IllegalArgumentException("count out of range for a code unit: " + n);
        }
        return (char) n;
    }

    private static char[] pack(char[] code, int[] blockStarts, int[] exceptionTable, byte[] lineTable) {
        int n = code.length;
        char[] all = new char[n + 2 * blockStarts.length + 6 * (exceptionTable.length / 4)
                + (lineTable.length + 1) / 2];
        System.arraycopy(code, 0, all, 0, n);
        for (int b : blockStarts) {
            all[n++] = (char) (b >>> 16);
            all[n++] = (char) b;
        }
        for (int i = 0; i < exceptionTable.length; i += 4) {
            all[n++] = (char) (exceptionTable[i] >>> 16);
            all[n++] = (char) exceptionTable[i];
            all[n++] = (char) (exceptionTable[i + 1] >>> 16);
            all[n++] = (char) exceptionTable[i + 1];
            all[n++] = checkedWord(exceptionTable[i + 2]);
            all[n++] = checkedWord(exceptionTable[i + 3]);
        }
        for (int i = 0; i < lineTable.length; i += 2) {
            all[n++] = (char) ((lineTable[i] & 0xff) | (i + 1 < lineTable.length ? lineTable[i + 1] & 0xff : 0xff) << 8);
        }
        return all;
    }

    private static char checkedWord(int v) {
        if (v < 0 || v > MAX_OPERAND) {
            throw new IllegalArgumentException("exception table entry out of range: " + v);
        }
        return (char) v;
    }

    /**
     * Identifiers are interned, as CPython does: attribute and global lookups then find their
     * key in a namespace by identity instead of comparing characters. Interned strings are one
     * object per JVM: {@link #name}, the names among the constants, {@link #localNames}, {@link #cellNames},
     * {@link #freeNames} and the string constants {@link #internsConstant} accepts.
     */
    private static String[] intern(String[] strings) {
        for (int i = 0; i < strings.length; i++) {
            strings[i] = strings[i].intern();
        }
        return strings;
    }

    /** Whether a string constant is interned: identifier-like (ASCII letters, digits, '_'), 1 to 64 chars. */
    public static boolean internsConstant(String s) {
        if (s.isEmpty() || s.length() > 64) {
            return false;
        }
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (!(c == '_' || c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z' || c >= '0' && c <= '9')) {
                return false;
            }
        }
        return true;
    }

    /** The opcode of the instruction at {@code pc}. */
    public int opcode(int pc) {
        return code[pc];
    }

    /** Operand {@code k} (0-based) of the instruction at {@code pc}; -1 for an absent one ({@link #NONE}). */
    public int operand(int pc, int k) {
        int w = code[pc + 1 + k];
        return w == NONE ? -1 : w;
    }

    /** The offset of the instruction after the one at {@code pc}. */
    public int next(int pc) {
        return pc + Opcode.length(code[pc]);
    }

    /** The offset of block {@code b}'s first instruction. */
    public int blockStart(int b) {
        return blockStart(code, codeLength, b);
    }

    /**
     * The offset of block {@code b}'s first instruction, for a loop that keeps {@link #code} and
     * {@link #codeLength} in locals (the interpreter's jumps).
     */
    public static int blockStart(char[] code, int codeLength, int b) {
        int at = codeLength + 2 * b;
        return code[at] << 16 | code[at + 1];
    }

    /** The offset just after block {@code b}'s last instruction. */
    public int blockEnd(int b) {
        return b + 1 < blockCount ? blockStart(b + 1) : codeLength;
    }

    public int blockCount() {
        return blockCount;
    }

    /** Entries of the exception table. */
    public int handlerCount() {
        return handlerCount;
    }

    /** The first instruction offset entry {@code i} of the exception table covers. */
    public int handlerStart(int i) {
        int at = handlerBase() + 6 * i;
        return code[at] << 16 | code[at + 1];
    }

    /** The offset after the last instruction entry {@code i} covers. */
    public int handlerEnd(int i) {
        int at = handlerBase() + 6 * i + 2;
        return code[at] << 16 | code[at + 1];
    }

    /** The handler block of entry {@code i}. */
    public int handlerBlock(int i) {
        return code[handlerBase() + 6 * i + 4];
    }

    /** The vreg that receives the exception for entry {@code i}. */
    public int handlerReg(int i) {
        return code[handlerBase() + 6 * i + 5];
    }

    /** The innermost exception-table entry covering the instruction at {@code pc}, or -1. */
    public int handlerAt(int pc) {
        for (int i = 0; i < handlerCount; i++) {
            if (handlerStart(i) <= pc && pc < handlerEnd(i)) {
                return i;
            }
        }
        return -1;
    }

    private int handlerBase() {
        return codeLength + 2 * blockCount;
    }

    /** Bytes of the line table (for {@link LineTable}). */
    int lineTableLength() {
        int from = handlerBase() + 6 * handlerCount;
        int n = 2 * (code.length - from);
        return n > 0 && code[code.length - 1] >>> 8 == 0xff ? n - 1 : n;
    }

    /** Byte {@code i} of the line table. */
    int lineTableByte(int i) {
        int w = code[handlerBase() + 6 * handlerCount + (i >> 1)];
        return (i & 1) == 0 ? w & 0xff : w >>> 8;
    }

    public boolean hasFlag(int flag) {
        return (flags & flag) != 0;
    }

    @Override
    public String toString() {
        return "<code object " + name + ", file \"" + filename + "\", line " + firstLineNumber + ">";
    }
}
