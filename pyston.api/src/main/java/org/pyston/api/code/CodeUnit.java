package org.pyston.api.code;

import java.util.Objects;

/**
 * The compiled form of one function, module, class body, lambda or comprehension: what every
 * execution tier consumes.
 *
 * <p>A code unit is immutable and holds no AST and no object per instruction. Its instructions
 * are one contiguous {@code int[]} ({@link #code}): each instruction is an opcode word
 * followed by a fixed number of operand words (see {@link Opcode}). The instructions are
 * grouped in <em>basic blocks</em>; {@link #blockStarts} maps a block index to the offset of its
 * first instruction and jumps name block indexes, never offsets, so any tier can start or
 * continue execution at the start of any block.
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

    public final String name;
    public final String qualname;
    public final String filename;
    public final int firstLineNumber;
    public final int flags;
    public final int argCount;
    public final int posOnlyArgCount;
    public final int kwOnlyArgCount;

    /** Instructions: opcode word + operand words, blocks laid out contiguously. */
    public final int[] code;
    /** Block index → offset in {@link #code} of the block's first instruction. */
    public final int[] blockStarts;
    public final Object[] constants;
    /** Names used by global, attribute and import instructions. */
    public final String[] names;
    /** Names of the user-visible vregs {@code [0, userVregs)}, parameters first. */
    public final String[] localNames;
    /** Cell variables (locals captured by inner scopes), then free variables. */
    public final String[] cellNames;
    public final String[] freeNames;

    public final int userVregs;
    public final int crossBlockVregs;
    public final int vregCount;

    /** Compact line table, see {@link LineTable}. */
    public final byte[] lineTable;
    /**
     * Exception table: quadruples (startOffset, endOffset, handlerBlock, exceptionVreg); the
     * innermost range is listed first.
     */
    public final int[] exceptionTable;
    /** Number of dynamic-operation sites, numbered 0.., reserved for inline caches and feedback. */
    public final int siteCount;

    public CodeUnit(String name, String qualname, String filename, int firstLineNumber, int flags,
            int argCount, int posOnlyArgCount, int kwOnlyArgCount, int[] code, int[] blockStarts,
            Object[] constants, String[] names, String[] localNames, String[] cellNames,
            String[] freeNames, int userVregs, int crossBlockVregs, int vregCount, byte[] lineTable,
            int[] exceptionTable, int siteCount) {
        this.name = Objects.requireNonNull(name);
        this.qualname = Objects.requireNonNull(qualname);
        this.filename = Objects.requireNonNull(filename);
        this.firstLineNumber = firstLineNumber;
        this.flags = flags;
        this.argCount = argCount;
        this.posOnlyArgCount = posOnlyArgCount;
        this.kwOnlyArgCount = kwOnlyArgCount;
        this.code = code;
        this.blockStarts = blockStarts;
        this.constants = constants;
        this.names = intern(names);
        this.localNames = intern(localNames);
        this.cellNames = intern(cellNames);
        this.freeNames = intern(freeNames);
        for (int i = 0; i < constants.length; i++) {
            if (constants[i] instanceof String s && isIdentifierLike(s)) {
                constants[i] = s.intern();
            }
        }
        if (!(localNames.length <= userVregs && userVregs <= crossBlockVregs
                && crossBlockVregs <= vregCount)) {
            throw new IllegalArgumentException("vreg bands out of order in " + qualname);
        }
        this.userVregs = userVregs;
        this.crossBlockVregs = crossBlockVregs;
        this.vregCount = vregCount;
        this.lineTable = lineTable;
        this.exceptionTable = exceptionTable;
        this.siteCount = siteCount;
    }

    /**
     * Identifiers are interned, as CPython does: attribute and global lookups then find their
     * key in a namespace by identity instead of comparing characters.
     */
    private static String[] intern(String[] strings) {
        for (int i = 0; i < strings.length; i++) {
            strings[i] = strings[i].intern();
        }
        return strings;
    }

    private static boolean isIdentifierLike(String s) {
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

    public int blockCount() {
        return blockStarts.length;
    }

    public boolean hasFlag(int flag) {
        return (flags & flag) != 0;
    }

    @Override
    public String toString() {
        return "<code object " + name + ", file \"" + filename + "\", line " + firstLineNumber + ">";
    }
}
