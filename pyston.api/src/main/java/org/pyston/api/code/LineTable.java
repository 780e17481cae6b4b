package org.pyston.api.code;

/**
 * Encoding of a code unit's line table (stored in {@link CodeUnit#code} after the instructions):
 * the unit's first line number (unsigned LEB128), then a sequence of entries, each an unsigned
 * LEB128 "instruction offset delta" (bytes) followed by a signed (zig-zag) LEB128 "line delta",
 * starting from offset 0 and the first line. An entry means: from this offset on, the
 * line is the accumulated line. Compact (two bytes for most entries) and decoded only when a
 * line number is needed (tracebacks, tracing), never on the hot path.
 */
public final class LineTable {
    private LineTable() {
    }

    /** The line of the instruction at {@code offset}. */
    public static int lineAt(CodeUnit code, int offset) {
        Entries e = new Entries(code);
        int line = code.firstLineNumber();
        int at = 0;
        while (e.next() && at + e.offsetDelta <= offset) {
            at += e.offsetDelta;
            line += e.lineDelta;
        }
        return line;
    }

    /** Reads a table's entries in order, after the first line number. */
    private static final class Entries {
        private final CodeUnit code;
        private final int length;
        private int i;
        /** The entry read last. */
        int offsetDelta, lineDelta;

        Entries(CodeUnit code) {
            this.code = code;
            this.length = code.lineTableLength();
            unsigned(); // the first line number
        }

        /** Reads the next entry; false at the end of the table. */
        boolean next() {
            if (i >= length) {
                return false;
            }
            offsetDelta = unsigned();
            int zz = unsigned();
            lineDelta = (zz >>> 1) ^ -(zz & 1);
            return true;
        }

        private int unsigned() {
            int value = 0, shift = 0, b;
            do {
                b = code.lineTableByte(i++);
                value |= (b & 0x7f) << shift;
                shift += 7;
            } while ((b & 0x80) != 0);
            return value;
        }
    }

    /** The index of the instruction at byte offset {@code pc} (its position in instruction order). */
    public static int instructionIndex(CodeUnit code, int pc) {
        int i = 0;
        for (int at = 0; at < pc && at < code.codeLength; at = code.next(at)) {
            i++;
        }
        return i;
    }

    /** The line of each instruction, in instruction order, in one pass over the table. */
    public static int[] instructionLines(CodeUnit code) {
        int count = instructionIndex(code, code.codeLength);
        int[] lines = new int[count];
        Entries e = new Entries(code);
        int line = code.firstLineNumber();
        // the next entry: from offset nextAt on, the line is line + nextDelta
        int nextAt = Integer.MAX_VALUE, nextDelta = 0, at = 0;
        int pc = 0;
        for (int k = 0; k < count; k++, pc = code.next(pc)) {
            while (true) {
                if (nextAt == Integer.MAX_VALUE && e.next()) {
                    nextAt = at + e.offsetDelta;
                    nextDelta = e.lineDelta;
                }
                if (nextAt > pc) {
                    break;
                }
                at = nextAt;
                line += nextDelta;
                nextAt = Integer.MAX_VALUE;
            }
            lines[k] = line;
        }
        return lines;
    }

    /**
     * Builds a line table's entries (the code unit puts the first line number before them); the
     * compiler calls {@link #mark} as it emits instructions.
     */
    public static final class Builder {
        private final java.io.ByteArrayOutputStream out = new java.io.ByteArrayOutputStream();
        private int lastOffset;
        private int lastLine;

        public Builder(int firstLine) {
            this.lastLine = firstLine;
        }

        /** From {@code offset} on, instructions belong to {@code line}. */
        public void mark(int offset, int line) {
            if (line == lastLine) {
                return;
            }
            writeUnsigned(offset - lastOffset);
            int d = line - lastLine;
            writeUnsigned((d << 1) ^ (d >> 31));
            lastOffset = offset;
            lastLine = line;
        }

        private void writeUnsigned(int v) {
            while ((v & ~0x7f) != 0) {
                out.write((v & 0x7f) | 0x80);
                v >>>= 7;
            }
            out.write(v);
        }

        public byte[] build() {
            return out.toByteArray();
        }
    }
}
