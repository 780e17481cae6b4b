package org.pyston.api.code;

import java.util.Objects;

/**
 * The compiled form of one function, module, class body, lambda or comprehension: what every
 * execution tier consumes.
 *
 * <p>A code unit is immutable and holds no AST and no object per instruction. Its instructions
 * are one contiguous run of <em>bytes</em> at the start of {@link #code} ({@code [0,
 * codeLength)}): each instruction is an opcode byte followed by one byte per operand (see
 * {@link Opcode}), or, when an operand does not fit a byte, the same instruction in a wide form.
 * The instructions are grouped in <em>basic blocks</em>; {@link #blockStart} maps a block index
 * to the offset (in bytes) of its first instruction and jumps name block indexes, never offsets,
 * so any tier can start or continue execution at the start of any block.
 *
 * <p>Encoding of an instruction:
 * <pre>
 *   op a0 a1 ..             narrow form: operand bytes 0..254 are themselves ({@link #MAX_NARROW}),
 *                           the byte 0xFF ({@link #ABSENT}) is an absent operand
 *   WIDE op a0:2 a1:2 ..    {@link #WIDE} prefix (0xFF): every operand in 2 bytes, high byte first,
 *                           0..65,534, 0xFFFF absent
 *   WIDE4 op a0:4 a1:4 ..   {@link #WIDE4} prefix (0xFE): every operand in 4 bytes, high byte first,
 *                           -1 absent
 * </pre>
 * The assembler takes the narrowest form that holds all of an instruction's operands, so the
 * wide forms only appear in large units (2% of the standard library's instructions). An absent
 * operand is what the assembler writes as -1 (no register, no constant); operands are never
 * negative otherwise. Opcodes are below 0x80, so a negative opcode byte is a prefix.
 *
 * <p>Layout of {@link #code} (one array per unit: the tables cost no array headers of their own):
 * <pre>
 *   [0, codeLength)                  instructions
 *   then blockCount() entries        block start offsets: 2 bytes each (high first) when
 *                                    codeLength &lt;= 0xFFFF, else 4
 *   then handlerCount() entries      exception table: start, end, handler block, exception vreg,
 *                                    innermost range first; fields of 2 bytes when codeLength
 *                                    and vregCount are &lt;= 0xFFFF, else 4
 *   then the rest                    the line table: the first line number, then its entries (see
 *                                    {@link LineTable})
 * </pre>
 * Read the tables through {@link #blockStart}, {@link #handlerAt} and {@link LineTable}.
 *
 * <p>Tiers decode through {@link #opcode}, {@link #operand} (-1 for an absent operand, whatever
 * the form), {@link #next} and {@link #blockEnd}, with the operand kinds of {@link
 * Opcode#operands}, or their static forms on a {@code byte[]}; only the interpreter's dispatch
 * loop reads the bytes of the narrow form directly (and hands any prefixed instruction to the
 * generic decoding). Instructions end at {@link #codeLength}, not at {@code code.length}:
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

    /** The operand byte of an absent operand in the narrow form (-1 when decoded by {@link #operand}). */
    public static final int ABSENT = 0xFF;
    /** The largest operand value the narrow form holds in its byte. */
    public static final int MAX_NARROW = 0xFE;
    /** The largest operand value of the {@link #WIDE} form (0xFFFF is absent there). */
    public static final int MAX_WIDE = 0xFFFE;
    /** Prefix bytes of the wide forms: operands of 2 and of 4 bytes. */
    public static final byte WIDE = (byte) 0xFF, WIDE4 = (byte) 0xFE;

    public final String name;
    /**
     * What comes before {@link #name} in the qualified name: the enclosing scope's qualified name
     * and "." or ".&lt;locals&gt;.", one string for all the units of a scope (the module's code
     * units share equal strings); null at the top level, where the qualified name is the name.
     * 16,600 prefixes instead of 63,181 qualified names in the standard library; see {@link #qualname()}.
     */
    public final String qualnamePrefix;
    public final String filename;
    // Flags and counts that stay small are unsigned 16-bit (char); they read as ints in
    // arithmetic; widen with (int) before printing or concatenating one. The first line number
    // is the line table's first entry (see firstLineNumber()): with these, the object is 72 bytes.
    public final char flags;
    public final char argCount;
    public final char posOnlyArgCount;
    public final char kwOnlyArgCount;

    /**
     * Instructions (bytes, see above), blocks laid out contiguously, in {@code [0, codeLength)};
     * then the block, exception and line tables.
     */
    public final byte[] code;
    /** Bytes of instructions at the start of {@link #code}. */
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
    public final int vregCount;

    /** Number of dynamic-operation sites, numbered 0.., reserved for inline caches and feedback. */
    public final int siteCount;

    /**
     * The compiling constructor: {@code code} holds the encoded instructions only; blockStarts
     * (byte offsets), lineTable and exceptionTable (quadruples start, end, handler block,
     * exception vreg; innermost first) are packed after them, see the class comment. A count
     * beyond what the layout holds (more than 65,535 blocks, exception-table entries, parameters
     * or locals) is an IllegalArgumentException; the compiler checks first.
     */
    public CodeUnit(String name, String qualname, String filename, int firstLineNumber, int flags,
            int argCount, int posOnlyArgCount, int kwOnlyArgCount, byte[] code, int[] blockStarts,
            Object[] constants, String[] localNames, String[] cellNames,
            String[] freeNames, int userVregs, int crossBlockVregs, int vregCount, byte[] lineTable,
            int[] exceptionTable, int siteCount) {
        this.name = name.intern();
        this.qualnamePrefix = prefixOf(qualname, name);
        this.filename = Objects.requireNonNull(filename);
        this.flags = count(flags);
        this.argCount = count(argCount);
        this.posOnlyArgCount = count(posOnlyArgCount);
        this.kwOnlyArgCount = count(kwOnlyArgCount);
        this.codeLength = code.length;
        this.blockCount = count(blockStarts.length);
        this.handlerCount = count(exceptionTable.length / 4);
        this.vregCount = vregCount;
        this.code = pack(code, blockStarts, exceptionTable, firstLineNumber, lineTable,
                tableWidth(code.length, vregCount));
        this.constants = constants;
        this.localNames = intern(localNames);
        this.cellNames = intern(cellNames);
        this.freeNames = intern(freeNames);
        internConstants(constants);
        if (!(localNames.length <= userVregs && userVregs <= crossBlockVregs
                && crossBlockVregs <= vregCount)) {
            throw new IllegalArgumentException("vreg bands out of order in " + qualname());
        }
        this.userVregs = count(userVregs);
        this.crossBlockVregs = count(crossBlockVregs);
        this.siteCount = siteCount;
    }

    /**
     * The restoring constructor: every field as it is, in declaration order, for a code unit
     * read back from its serialized form (the runtime's code cache writes the fields in this
     * order and finds this constructor by their types, so the two stay in step when a field is
     * added). Strings are interned again, as the compiling constructor does.
     */
    public CodeUnit(String name, String qualnamePrefix, String filename, char flags, char argCount,
            char posOnlyArgCount, char kwOnlyArgCount, byte[] code, int codeLength,
            char blockCount, char handlerCount, Object[] constants, String[] localNames,
            String[] cellNames, String[] freeNames, char userVregs, char crossBlockVregs,
            int vregCount, int siteCount) {
        this.name = name.intern();
        this.qualnamePrefix = qualnamePrefix == null ? null : qualnamePrefix.intern();
        this.filename = Objects.requireNonNull(filename);
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
        internConstants(constants);
        if (!(localNames.length <= userVregs && userVregs <= crossBlockVregs
                && crossBlockVregs <= vregCount) || codeLength < 0 || siteCount < 0
                || (long) codeLength + (long) blockCount * tableWidth(codeLength, vregCount)
                        + 4L * handlerCount * tableWidth(codeLength, vregCount) >= code.length) {
            throw new IllegalArgumentException("inconsistent code unit " + qualname());
        }
        this.userVregs = userVregs;
        this.crossBlockVregs = crossBlockVregs;
        this.vregCount = vregCount;
        this.siteCount = siteCount;
    }

    /**
     * This unit under another identity ({@code code.replace(co_name=..., co_qualname=...,
     * co_filename=..., co_flags=...)}): the same instructions and tables, which those fields do
     * not enter.
     */
    public CodeUnit withIdentity(String newName, String newQualname, String newFilename, int newFlags) {
        return new CodeUnit(newName, prefixOf(newQualname, newName), newFilename, count(newFlags), argCount,
                posOnlyArgCount, kwOnlyArgCount, code, codeLength, blockCount, handlerCount, constants,
                localNames, cellNames, freeNames, userVregs, crossBlockVregs, vregCount, siteCount);
    }

    /**
     * The prefix of {@code qualname} before {@code name} (interned: the units of one scope, and
     * equal scopes anywhere, share it), or null when the qualified name is the name.
     */
    private static String prefixOf(String qualname, String name) {
        if (qualname.equals(name)) {
            return null;
        }
        if (!qualname.endsWith(name) || !qualname.regionMatches(qualname.length() - name.length() - 1, ".", 0, 1)) {
            throw new IllegalArgumentException("qualified name " + qualname + " does not end with ." + name);
        }
        return qualname.substring(0, qualname.length() - name.length()).intern();
    }

    /**
     * The qualified name ({@code co_qualname}), made on each call from {@link #qualnamePrefix}
     * and {@link #name}: read for reprs, tracebacks and {@code __qualname__}, which functions ask
     * for only when it is read, so loading code creates none.
     */
    public String qualname() {
        return qualnamePrefix == null ? name : qualnamePrefix.concat(name);
    }

    /** A count kept in 16 bits. */
    private static char count(int n) {
        if (n < 0 || n > 0xFFFF) {
            throw new IllegalArgumentException("count out of range for a code unit: " + n);
        }
        return (char) n;
    }

    /** Bytes of a block-table entry and of an exception-table field: 2 while offsets and vregs fit. */
    private static int tableWidth(int codeLength, int vregCount) {
        return codeLength <= 0xFFFF && vregCount <= 0xFFFF ? 2 : 4;
    }

    private static byte[] pack(byte[] code, int[] blockStarts, int[] exceptionTable, int firstLine, byte[] lineTable,
            int width) {
        if (firstLine < 0) {
            throw new IllegalArgumentException("negative first line number: " + firstLine);
        }
        int n = code.length;
        int firstLineBytes = (32 - Integer.numberOfLeadingZeros(firstLine | 1) + 6) / 7;
        byte[] all = new byte[n + width * (blockStarts.length + exceptionTable.length) + firstLineBytes
                + lineTable.length];
        System.arraycopy(code, 0, all, 0, n);
        int blockWidth = n <= 0xFFFF ? 2 : 4;
        for (int b : blockStarts) {
            n = put(all, n, b, blockWidth);
        }
        for (int v : exceptionTable) {
            n = put(all, n, v, width);
        }
        for (int v = firstLine; ; v >>>= 7) { // unsigned LEB128, as the line table's entries
            if ((v & ~0x7f) == 0) {
                all[n++] = (byte) v;
                break;
            }
            all[n++] = (byte) (v & 0x7f | 0x80);
        }
        System.arraycopy(lineTable, 0, all, n, lineTable.length);
        return all;
    }

    private static int put(byte[] a, int at, int v, int width) {
        if (v < 0 || width == 2 && v > 0xFFFF) {
            throw new IllegalArgumentException("code unit table entry out of range: " + v);
        }
        if (width == 4) {
            a[at++] = (byte) (v >>> 24);
            a[at++] = (byte) (v >>> 16);
        }
        a[at++] = (byte) (v >>> 8);
        a[at++] = (byte) v;
        return at;
    }

    /**
     * Identifiers are interned, as CPython does: attribute and global lookups then find their
     * key in a namespace by identity instead of comparing characters. Interned strings are one
     * object per JVM: {@link #name}, the names among the constants, {@link #localNames}, {@link #cellNames},
     * {@link #freeNames} and the string constants {@link #internsConstant} accepts.
     */
    /** String constants that look like identifiers become the JVM's interned instances (shared with names). */
    private static void internConstants(Object[] constants) {
        for (int i = 0; i < constants.length; i++) {
            if (constants[i] instanceof String s && internsConstant(s)) {
                constants[i] = s.intern();
            }
        }
    }

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

    // ------------------------------------------------------------------ decoding

    /** The opcode of the instruction at {@code pc}. */
    public int opcode(int pc) {
        return opcode(code, pc);
    }

    /** Operand {@code k} (0-based) of the instruction at {@code pc}; -1 for an absent one. */
    public int operand(int pc, int k) {
        return operand(code, pc, k);
    }

    /** The offset of the instruction after the one at {@code pc}. */
    public int next(int pc) {
        return next(code, pc);
    }

    /** The opcode of the instruction at {@code pc} of an instruction array, whatever its form. */
    public static int opcode(byte[] code, int pc) {
        int b = code[pc];
        return b >= 0 ? b : code[pc + 1];
    }

    /** Operand {@code k} of the instruction at {@code pc} of an instruction array, whatever its form; -1 if absent. */
    public static int operand(byte[] code, int pc, int k) {
        int b = code[pc];
        if (b >= 0) {
            int v = code[pc + 1 + k] & 0xff;
            return v == ABSENT ? -1 : v;
        }
        if (b == WIDE) {
            int at = pc + 2 + 2 * k;
            int v = (code[at] & 0xff) << 8 | code[at + 1] & 0xff;
            return v == 0xFFFF ? -1 : v;
        }
        return readInt(code, pc + 2 + 4 * k);
    }

    /** The offset of the instruction after the one at {@code pc} of an instruction array. */
    public static int next(byte[] code, int pc) {
        int b = code[pc];
        if (b >= 0) {
            return pc + Opcode.length(b);
        }
        return pc + 2 + (b == WIDE ? 2 : 4) * (Opcode.length(code[pc + 1]) - 1);
    }

    private static int readInt(byte[] code, int at) {
        return code[at] << 24 | (code[at + 1] & 0xff) << 16 | (code[at + 2] & 0xff) << 8 | code[at + 3] & 0xff;
    }

    private int readTable(int at, int width) {
        return width == 2 ? (code[at] & 0xff) << 8 | code[at + 1] & 0xff : readInt(code, at);
    }

    /** The offset of block {@code b}'s first instruction. */
    public int blockStart(int b) {
        return blockStart(code, codeLength, b);
    }

    /**
     * The offset of block {@code b}'s first instruction, for a loop that keeps {@link #code} and
     * {@link #codeLength} in locals (the interpreter's jumps).
     */
    public static int blockStart(byte[] code, int codeLength, int b) {
        if (codeLength <= 0xFFFF) {
            int at = codeLength + 2 * b;
            return (code[at] & 0xff) << 8 | code[at + 1] & 0xff;
        }
        return readInt(code, codeLength + 4 * b);
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
        return handlerField(i, 0);
    }

    /** The offset after the last instruction entry {@code i} covers. */
    public int handlerEnd(int i) {
        return handlerField(i, 1);
    }

    /** The handler block of entry {@code i}. */
    public int handlerBlock(int i) {
        return handlerField(i, 2);
    }

    /** The vreg that receives the exception for entry {@code i}. */
    public int handlerReg(int i) {
        return handlerField(i, 3);
    }

    private int handlerField(int i, int field) {
        int width = tableWidth(codeLength, vregCount);
        return readTable(handlerBase() + width * (4 * i + field), width);
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
        return codeLength + blockCount * (codeLength <= 0xFFFF ? 2 : 4);
    }

    private int lineTableBase() {
        return handlerBase() + 4 * handlerCount * tableWidth(codeLength, vregCount);
    }

    /** The line of the unit's first line ({@code co_firstlineno}): the line table's first entry. */
    public int firstLineNumber() {
        int v = 0;
        for (int i = 0, shift = 0; ; i++, shift += 7) {
            int b = lineTableByte(i);
            v |= (b & 0x7f) << shift;
            if ((b & 0x80) == 0) {
                return v;
            }
        }
    }

    /** Bytes of the line table, its first line included (for {@link LineTable}). */
    int lineTableLength() {
        return code.length - lineTableBase();
    }

    /** Byte {@code i} of the line table. */
    int lineTableByte(int i) {
        return code[lineTableBase() + i] & 0xff;
    }

    public boolean hasFlag(int flag) {
        return (flags & flag) != 0;
    }

    @Override
    public String toString() {
        return "<code object " + name + ", file \"" + filename + "\", line " + firstLineNumber() + ">";
    }
}
