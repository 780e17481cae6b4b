package org.pyston.runtime.modules;

import java.util.Arrays;

/**
 * The matcher of {@code _sre}: runs the code CPython's {@code re._compiler} produces (the same
 * opcodes, the same semantics as CPython's sre_lib.h) over a text of code points (or bytes).
 *
 * <p>How it works: {@link #match} runs the code from an instruction to the SUCCESS that ends the
 * (sub)pattern, with the position in the text, and answers the end position or -1. A choice point
 * (BRANCH, the repeats) tries its alternatives by calling {@code match} on the rest of the
 * pattern, so the Java stack is the backtracking stack; group marks are saved before each
 * alternative and restored after a failed one. General repeats (REPEAT ... MAX_UNTIL/MIN_UNTIL)
 * keep their count in a chain of {@link Repeat} records as sre's repeat contexts do: the UNTIL
 * instruction at the end of the body decides whether to match the body again or the tail.
 */
final class SreEngine {
    // opcodes (re._constants.OPCODES)
    static final int FAILURE = 0, SUCCESS = 1, ANY = 2, ANY_ALL = 3, ASSERT = 4, ASSERT_NOT = 5, AT = 6, BRANCH = 7,
            CATEGORY = 8, CHARSET = 9, BIGCHARSET = 10, GROUPREF = 11, GROUPREF_EXISTS = 12, IN = 13, INFO = 14,
            JUMP = 15, LITERAL = 16, MARK = 17, MAX_UNTIL = 18, MIN_UNTIL = 19, NOT_LITERAL = 20, NEGATE = 21,
            RANGE = 22, REPEAT = 23, REPEAT_ONE = 24, SUBPATTERN = 25, MIN_REPEAT_ONE = 26, ATOMIC_GROUP = 27,
            POSSESSIVE_REPEAT = 28, POSSESSIVE_REPEAT_ONE = 29, GROUPREF_IGNORE = 30, IN_IGNORE = 31,
            LITERAL_IGNORE = 32, NOT_LITERAL_IGNORE = 33, GROUPREF_LOC_IGNORE = 34, IN_LOC_IGNORE = 35,
            LITERAL_LOC_IGNORE = 36, NOT_LITERAL_LOC_IGNORE = 37, GROUPREF_UNI_IGNORE = 38, IN_UNI_IGNORE = 39,
            LITERAL_UNI_IGNORE = 40, NOT_LITERAL_UNI_IGNORE = 41, RANGE_UNI_IGNORE = 42;
    // at codes
    static final int AT_BEGINNING = 0, AT_BEGINNING_LINE = 1, AT_BEGINNING_STRING = 2, AT_BOUNDARY = 3,
            AT_NON_BOUNDARY = 4, AT_END = 5, AT_END_LINE = 6, AT_END_STRING = 7, AT_LOC_BOUNDARY = 8,
            AT_LOC_NON_BOUNDARY = 9, AT_UNI_BOUNDARY = 10, AT_UNI_NON_BOUNDARY = 11;
    static final long MAXREPEAT = 4294967295L;

    private final int[] code;
    private final int[] text;
    /** The end of the text the match may use (endpos). */
    private final int end;
    /** Where the search started (for must-advance). */
    private int start;
    /** fullmatch: a top-level SUCCESS must be at the end. */
    private final boolean matchAll;
    /** After an empty match, the next match at the same place must not be empty. */
    private boolean mustAdvance;
    /** Group boundaries: marks[2g] start, marks[2g+1] end of group g+1; -1 unset. */
    int[] marks;
    /** The highest mark index set (-1: none); marks above it count as unset. */
    int lastmark = -1;
    /** The last group closed (1-based), or -1. */
    int lastindex = -1;
    private Repeat repeat;

    /** One general repeat being matched: its instruction, the count so far, the position of the last iteration. */
    private static final class Repeat {
        final int pc;
        int count = -1;
        int lastPtr = -1;
        final Repeat prev;

        Repeat(int pc, Repeat prev) {
            this.pc = pc;
            this.prev = prev;
        }
    }

    SreEngine(int[] code, int[] text, int end, int groups, boolean matchAll) {
        this.code = code;
        this.text = text;
        this.end = end;
        this.matchAll = matchAll;
        this.marks = new int[Math.max(2, 2 * groups)];
    }

    private void reset() {
        Arrays.fill(marks, -1);
        lastmark = -1;
        lastindex = -1;
        repeat = null;
    }

    /** The match starting exactly at {@code pos}: its end, or -1. */
    int matchAt(int pos, boolean mustAdvance) {
        reset();
        this.start = pos;
        this.mustAdvance = mustAdvance;
        return match(0, pos, true);
    }

    /** The first match at or after {@code pos}: its start (the end is {@link #lastEnd}), or -1. */
    int search(int pos, boolean mustAdvance) {
        long minLength = 0;
        int body = 0;
        if (code.length > 0 && code[0] == INFO) {
            minLength = code[3] & 0xffffffffL;
            body = 1 + code[1];
        }
        // a pattern anchored at the beginning of the string can match only there (sre's search)
        boolean anchored = body + 1 < code.length && code[body] == AT
                && (code[body + 1] == AT_BEGINNING || code[body + 1] == AT_BEGINNING_STRING);
        for (int p = pos; p <= end; p++) {
            if (anchored && p > pos) {
                return -1;
            }
            if (end - p < minLength) {
                return -1;
            }
            reset();
            this.start = p;
            this.mustAdvance = mustAdvance && p == pos;
            int e = match(0, p, true);
            if (e >= 0) {
                lastEnd = e;
                return p;
            }
        }
        return -1;
    }

    int lastEnd;

    // ------------------------------------------------------------------ characters

    static boolean isDigit(int ch) {
        return ch < 128 && ch >= '0' && ch <= '9';
    }

    static boolean isSpace(int ch) {
        return ch < 128 && (ch == ' ' || ch >= 9 && ch <= 13);
    }

    static boolean isWord(int ch) {
        return ch < 128 && (Character.isLetterOrDigit(ch) || ch == '_');
    }

    static boolean isUniDigit(int ch) {
        return Character.getType(ch) == Character.DECIMAL_DIGIT_NUMBER;
    }

    static boolean isUniSpace(int ch) {
        if (ch >= 9 && ch <= 13 || ch >= 0x1c && ch <= 0x20 || ch == 0x85) {
            return true;
        }
        int t = Character.getType(ch);
        return t == Character.SPACE_SEPARATOR || t == Character.LINE_SEPARATOR || t == Character.PARAGRAPH_SEPARATOR;
    }

    static boolean isUniWord(int ch) {
        if (ch == '_' || Character.isLetter(ch)) {
            return true;
        }
        int t = Character.getType(ch);
        return t == Character.DECIMAL_DIGIT_NUMBER || t == Character.LETTER_NUMBER || t == Character.OTHER_NUMBER;
    }

    static boolean isUniLinebreak(int ch) {
        return ch == '\n' || ch == 0x0b || ch == 0x0c || ch == '\r' || ch == 0x1c || ch == 0x1d || ch == 0x1e
                || ch == 0x85 || ch == 0x2028 || ch == 0x2029;
    }

    static int lowerAscii(int ch) {
        return ch < 128 && ch >= 'A' && ch <= 'Z' ? ch + 32 : ch;
    }

    static int upperAscii(int ch) {
        return ch < 128 && ch >= 'a' && ch <= 'z' ? ch - 32 : ch;
    }

    static int lowerUnicode(int ch) {
        return Character.toLowerCase(ch);
    }

    /**
     * CPython's {@code _PyUnicode_ToUppercase}: the simple mapping, or for a character whose full
     * uppercase is several characters ({@code '\ufb05'.upper() == 'ST'}) the first of them.
     */
    static int upperUnicode(int ch) {
        if (ch < 0x80) {
            return Character.toUpperCase(ch);
        }
        StringBuilder sb = new StringBuilder(3);
        org.pyston.runtime.text.Unicode.appendUpper(sb, ch);
        return sb.codePointAt(0);
    }

    static boolean category(int category, int ch) {
        switch (category) {
            case 0: return isDigit(ch);
            case 1: return !isDigit(ch);
            case 2: return isSpace(ch);
            case 3: return !isSpace(ch);
            case 4: return isWord(ch);
            case 5: return !isWord(ch);
            case 6: return ch == '\n';
            case 7: return ch != '\n';
            case 8: return ch < 256 && (Character.isLetterOrDigit(ch) || ch == '_') && ch < 128;
            case 9: return !(ch < 128 && (Character.isLetterOrDigit(ch) || ch == '_'));
            case 10: return isUniDigit(ch);
            case 11: return !isUniDigit(ch);
            case 12: return isUniSpace(ch);
            case 13: return !isUniSpace(ch);
            case 14: return isUniWord(ch);
            case 15: return !isUniWord(ch);
            case 16: return isUniLinebreak(ch);
            case 17: return !isUniLinebreak(ch);
            default: throw new IllegalStateException("sre: unknown category " + category);
        }
    }

    /** Whether {@code ch} is in the set starting at {@code pc} (ended by FAILURE). */
    boolean inCharset(int pc, int ch) {
        boolean ok = true;
        while (true) {
            switch (code[pc++]) {
                case FAILURE:
                    return !ok;
                case LITERAL:
                    if (ch == code[pc]) {
                        return ok;
                    }
                    pc++;
                    break;
                case CATEGORY:
                    if (category(code[pc], ch)) {
                        return ok;
                    }
                    pc++;
                    break;
                case CHARSET:
                    if (ch < 256 && (code[pc + (ch >> 5)] & (1 << (ch & 31))) != 0) {
                        return ok;
                    }
                    pc += 8;
                    break;
                case RANGE:
                    if (code[pc] <= ch && ch <= code[pc + 1]) {
                        return ok;
                    }
                    pc += 2;
                    break;
                case RANGE_UNI_IGNORE: {
                    if (code[pc] <= ch && ch <= code[pc + 1]) {
                        return ok;
                    }
                    int u = upperUnicode(ch);
                    if (code[pc] <= u && u <= code[pc + 1]) {
                        return ok;
                    }
                    pc += 2;
                    break;
                }
                case NEGATE:
                    ok = !ok;
                    break;
                case BIGCHARSET: {
                    int count = code[pc++];
                    if (ch < 65536) {
                        int blockIndex = ch >> 8;
                        int block = (code[pc + (blockIndex >> 2)] >>> ((blockIndex & 3) * 8)) & 0xff;
                        int word = code[pc + 64 + block * 8 + ((ch & 255) >> 5)];
                        if ((word & (1 << (ch & 31))) != 0) {
                            return ok;
                        }
                    }
                    pc += 64 + count * 8;
                    break;
                }
                default:
                    throw new IllegalStateException("sre: internal error in charset");
            }
        }
    }

    private boolean inCharsetLocIgnore(int pc, int ch) {
        return inCharset(pc, ch) || inCharset(pc, lowerAscii(ch)) || inCharset(pc, upperAscii(ch));
    }

    private boolean at(int ptr, int atCode) {
        switch (atCode) {
            case AT_BEGINNING:
            case AT_BEGINNING_STRING:
                return ptr == 0;
            case AT_BEGINNING_LINE:
                return ptr == 0 || text[ptr - 1] == '\n';
            case AT_END:
                return ptr == end || ptr + 1 == end && text[ptr] == '\n';
            case AT_END_LINE:
                return ptr == end || text[ptr] == '\n';
            case AT_END_STRING:
                return ptr == end;
            case AT_BOUNDARY:
            case AT_LOC_BOUNDARY:
            case AT_NON_BOUNDARY:
            case AT_LOC_NON_BOUNDARY: {
                if (end == 0) {
                    return false;
                }
                boolean before = ptr > 0 && isWord(text[ptr - 1]);
                boolean here = ptr < end && isWord(text[ptr]);
                return atCode == AT_BOUNDARY || atCode == AT_LOC_BOUNDARY ? before != here : before == here;
            }
            case AT_UNI_BOUNDARY:
            case AT_UNI_NON_BOUNDARY: {
                if (end == 0) {
                    return false;
                }
                boolean before = ptr > 0 && isUniWord(text[ptr - 1]);
                boolean here = ptr < end && isUniWord(text[ptr]);
                return atCode == AT_UNI_BOUNDARY ? before != here : before == here;
            }
            default:
                throw new IllegalStateException("sre: unknown at code " + atCode);
        }
    }

    /** Whether the one-character item at {@code pc} matches {@code ch}. */
    private boolean matchesOne(int pc, int ch) {
        switch (code[pc]) {
            case ANY:
                return ch != '\n';
            case ANY_ALL:
                return true;
            case LITERAL:
                return ch == code[pc + 1];
            case NOT_LITERAL:
                return ch != code[pc + 1];
            case LITERAL_IGNORE:
                return lowerAscii(ch) == code[pc + 1];
            case NOT_LITERAL_IGNORE:
                return lowerAscii(ch) != code[pc + 1];
            case LITERAL_UNI_IGNORE:
                return lowerUnicode(ch) == code[pc + 1];
            case NOT_LITERAL_UNI_IGNORE:
                return lowerUnicode(ch) != code[pc + 1];
            case LITERAL_LOC_IGNORE:
                return charLocIgnore(code[pc + 1], ch);
            case NOT_LITERAL_LOC_IGNORE:
                return !charLocIgnore(code[pc + 1], ch);
            case IN:
                return inCharset(pc + 2, ch);
            case IN_IGNORE:
                return inCharset(pc + 2, lowerAscii(ch));
            case IN_UNI_IGNORE:
                return inCharset(pc + 2, lowerUnicode(ch));
            case IN_LOC_IGNORE:
                return inCharsetLocIgnore(pc + 2, ch);
            case CATEGORY:
                return category(code[pc + 1], ch);
            default:
                return false;
        }
    }

    private static boolean charLocIgnore(int pattern, int ch) {
        return ch == pattern || lowerAscii(ch) == pattern || upperAscii(ch) == pattern;
    }

    /** How many times (up to {@code max}) the single-width item at {@code pc} matches from {@code ptr}. */
    private int count(int pc, int ptr, long max) {
        int limit = max == MAXREPEAT || ptr + max > end ? end : (int) (ptr + max);
        int p = ptr;
        switch (code[pc]) {
            case ANY: case ANY_ALL: case LITERAL: case NOT_LITERAL: case LITERAL_IGNORE: case NOT_LITERAL_IGNORE:
            case LITERAL_UNI_IGNORE: case NOT_LITERAL_UNI_IGNORE: case LITERAL_LOC_IGNORE: case NOT_LITERAL_LOC_IGNORE:
            case IN: case IN_IGNORE: case IN_UNI_IGNORE: case IN_LOC_IGNORE: case CATEGORY:
                while (p < limit && matchesOne(pc, text[p])) {
                    p++;
                }
                return p - ptr;
            default:
                // a general single-width item: match it where it is
                while (p < limit) {
                    int[] saved = saveMarks();
                    int e = match(pc, p, false);
                    if (e <= p) {
                        restoreMarks(saved);
                        break;
                    }
                    p = e;
                }
                return p - ptr;
        }
    }

    private int[] saveMarks() {
        int[] s = Arrays.copyOf(marks, marks.length + 2);
        s[marks.length] = lastmark;
        s[marks.length + 1] = lastindex;
        return s;
    }

    private void restoreMarks(int[] s) {
        System.arraycopy(s, 0, marks, 0, marks.length);
        lastmark = s[marks.length];
        lastindex = s[marks.length + 1];
    }

    private void setMark(int index, int ptr) {
        if ((index & 1) != 0) {
            lastindex = index / 2 + 1;
        }
        if (index >= marks.length) {
            marks = Arrays.copyOf(marks, index + 2);
            Arrays.fill(marks, marks.length - 2, marks.length, -1);
        }
        if (index > lastmark) {
            for (int j = lastmark + 1; j < index; j++) {
                marks[j] = -1;
            }
            lastmark = index;
        }
        marks[index] = ptr;
    }

    private boolean groupMatches(int group, int ptr, int[] endOut, int mode) {
        int g = group * 2;
        if (g >= lastmark) {
            return false;
        }
        int p = marks[g], e = marks[g + 1];
        if (p < 0 || e < 0 || e < p) {
            return false;
        }
        int q = ptr;
        while (p < e) {
            if (q >= end) {
                return false;
            }
            int a = text[q], b = text[p];
            boolean same;
            switch (mode) {
                case 1: same = lowerAscii(a) == lowerAscii(b); break;
                case 2: same = lowerUnicode(a) == lowerUnicode(b); break;
                case 3: same = a == b || lowerAscii(a) == lowerAscii(b); break;
                default: same = a == b; break;
            }
            if (!same) {
                return false;
            }
            p++;
            q++;
        }
        endOut[0] = q;
        return true;
    }

    // ------------------------------------------------------------------ the matcher

    /** Matches the code from {@code pc} at {@code ptr} up to its SUCCESS: the end position, or -1. */
    int match(int pc, int ptr, boolean toplevel) {
        while (true) {
            int op = code[pc];
            switch (op) {
                case FAILURE:
                    return -1;
                case SUCCESS:
                    if (toplevel && (matchAll && ptr != end || mustAdvance && ptr == start)) {
                        return -1;
                    }
                    return ptr;
                case AT:
                    if (!at(ptr, code[pc + 1])) {
                        return -1;
                    }
                    pc += 2;
                    break;
                case CATEGORY:
                    if (ptr >= end || !category(code[pc + 1], text[ptr])) {
                        return -1;
                    }
                    pc += 2;
                    ptr++;
                    break;
                case ANY:
                    if (ptr >= end || text[ptr] == '\n') {
                        return -1;
                    }
                    pc++;
                    ptr++;
                    break;
                case ANY_ALL:
                    if (ptr >= end) {
                        return -1;
                    }
                    pc++;
                    ptr++;
                    break;
                case LITERAL: case NOT_LITERAL: case LITERAL_IGNORE: case NOT_LITERAL_IGNORE: case LITERAL_UNI_IGNORE:
                case NOT_LITERAL_UNI_IGNORE: case LITERAL_LOC_IGNORE: case NOT_LITERAL_LOC_IGNORE:
                    if (ptr >= end || !matchesOne(pc, text[ptr])) {
                        return -1;
                    }
                    pc += 2;
                    ptr++;
                    break;
                case IN: case IN_IGNORE: case IN_UNI_IGNORE: case IN_LOC_IGNORE:
                    if (ptr >= end || !matchesOne(pc, text[ptr])) {
                        return -1;
                    }
                    pc += 1 + code[pc + 1];
                    ptr++;
                    break;
                case INFO: {
                    long min = code[pc + 3] & 0xffffffffL;
                    if (min != 0 && end - ptr < min) {
                        return -1;
                    }
                    pc += 1 + code[pc + 1];
                    break;
                }
                case JUMP:
                    pc += 1 + code[pc + 1];
                    break;
                case MARK:
                    setMark(code[pc + 1], ptr);
                    pc += 2;
                    break;
                case BRANCH: {
                    int[] saved = saveMarks();
                    for (int alt = pc + 1; code[alt] != 0; alt += code[alt]) {
                        int first = code[alt + 1];
                        if (first == LITERAL && (ptr >= end || text[ptr] != code[alt + 2])) {
                            continue;
                        }
                        if (first == IN && (ptr >= end || !inCharset(alt + 3, text[ptr]))) {
                            continue;
                        }
                        int r = match(alt + 1, ptr, toplevel);
                        if (r >= 0) {
                            return r;
                        }
                        restoreMarks(saved);
                    }
                    return -1;
                }
                case REPEAT_ONE:
                case MIN_REPEAT_ONE:
                case POSSESSIVE_REPEAT_ONE:
                    return repeatOne(op, pc, ptr, toplevel);
                case REPEAT: {
                    Repeat rep = new Repeat(pc, repeat);
                    repeat = rep;
                    int r = match(pc + 1 + code[pc + 1], ptr, toplevel);
                    repeat = rep.prev;
                    return r;
                }
                case MAX_UNTIL:
                    return maxUntil(pc, ptr, toplevel);
                case MIN_UNTIL:
                    return minUntil(pc, ptr, toplevel);
                case POSSESSIVE_REPEAT:
                    return possessiveRepeat(pc, ptr, toplevel);
                case ATOMIC_GROUP: {
                    int r = match(pc + 2, ptr, false);
                    if (r < 0) {
                        return -1;
                    }
                    ptr = r;
                    pc += 1 + code[pc + 1];
                    break;
                }
                case GROUPREF: case GROUPREF_IGNORE: case GROUPREF_UNI_IGNORE: case GROUPREF_LOC_IGNORE: {
                    int mode = op == GROUPREF ? 0 : op == GROUPREF_IGNORE ? 1 : op == GROUPREF_UNI_IGNORE ? 2 : 3;
                    int[] out = new int[1];
                    if (!groupMatches(code[pc + 1], ptr, out, mode)) {
                        return -1;
                    }
                    ptr = out[0];
                    pc += 2;
                    break;
                }
                case GROUPREF_EXISTS: {
                    int g = code[pc + 1] * 2;
                    boolean exists = g < lastmark && marks[g] >= 0 && marks[g + 1] >= 0 && marks[g] <= marks[g + 1];
                    pc = exists ? pc + 3 : pc + 1 + code[pc + 2];
                    break;
                }
                case ASSERT: {
                    int back = code[pc + 2];
                    if (ptr - back < 0) {
                        return -1;
                    }
                    int r = match(pc + 3, ptr - back, false);
                    if (r < 0) {
                        return -1;
                    }
                    pc += 1 + code[pc + 1];
                    break;
                }
                case ASSERT_NOT: {
                    int back = code[pc + 2];
                    if (ptr - back >= 0) {
                        int[] saved = saveMarks();
                        Repeat savedRepeat = repeat;
                        int r = match(pc + 3, ptr - back, false);
                        repeat = savedRepeat;
                        restoreMarks(saved);
                        if (r >= 0) {
                            return -1;
                        }
                    }
                    pc += 1 + code[pc + 1];
                    break;
                }
                default:
                    throw new IllegalStateException("sre: unknown opcode " + op);
            }
        }
    }

    /** REPEAT_ONE/MIN_REPEAT_ONE/POSSESSIVE_REPEAT_ONE skip min max item SUCCESS tail. */
    private int repeatOne(int op, int pc, int ptr, boolean toplevel) {
        int skip = code[pc + 1];
        long min = code[pc + 2] & 0xffffffffL;
        long max = code[pc + 3] & 0xffffffffL;
        int item = pc + 4;
        int tail = pc + 1 + skip;
        if (ptr + min > end) {
            return -1;
        }
        if (op == MIN_REPEAT_ONE) {
            int count = 0;
            if (min > 0) {
                count = count(item, ptr, min);
                if (count < min) {
                    return -1;
                }
                ptr += count;
            }
            if (code[tail] == SUCCESS && !(toplevel && (matchAll && ptr != end || mustAdvance && ptr == start))) {
                return ptr;
            }
            int[] saved = saveMarks();
            while (max == MAXREPEAT || count <= max) {
                int r = match(tail, ptr, toplevel);
                if (r >= 0) {
                    return r;
                }
                restoreMarks(saved);
                if (!(max == MAXREPEAT || count < max)) {
                    break;
                }
                int c = count(item, ptr, 1);
                if (c == 0) {
                    break;
                }
                ptr++;
                count++;
            }
            return -1;
        }
        int count = count(item, ptr, max);
        if (count < min) {
            return -1;
        }
        ptr += count;
        if (op == POSSESSIVE_REPEAT_ONE) {
            return match(tail, ptr, toplevel);
        }
        if (code[tail] == SUCCESS && !(toplevel && (matchAll && ptr != end || mustAdvance && ptr == start))) {
            return ptr;
        }
        int[] saved = saveMarks();
        if (code[tail] == LITERAL) {
            int ch = code[tail + 1];
            while (true) {
                while (count >= min && (ptr >= end || text[ptr] != ch)) {
                    ptr--;
                    count--;
                }
                if (count < min) {
                    return -1;
                }
                int r = match(tail, ptr, toplevel);
                if (r >= 0) {
                    return r;
                }
                restoreMarks(saved);
                ptr--;
                count--;
            }
        }
        while (count >= min) {
            int r = match(tail, ptr, toplevel);
            if (r >= 0) {
                return r;
            }
            restoreMarks(saved);
            ptr--;
            count--;
        }
        return -1;
    }

    private int maxUntil(int pc, int ptr, boolean toplevel) {
        Repeat rep = repeat;
        if (rep == null) {
            throw new IllegalStateException("sre: MAX_UNTIL without REPEAT");
        }
        long min = code[rep.pc + 2] & 0xffffffffL;
        long max = code[rep.pc + 3] & 0xffffffffL;
        int body = rep.pc + 4;
        int count = rep.count + 1;
        if (count < min) {
            rep.count = count;
            int r = match(body, ptr, toplevel);
            if (r >= 0) {
                return r;
            }
            rep.count = count - 1;
            return -1;
        }
        if ((count < max || max == MAXREPEAT) && ptr != rep.lastPtr) {
            rep.count = count;
            int[] saved = saveMarks();
            int oldLast = rep.lastPtr;
            rep.lastPtr = ptr;
            int r = match(body, ptr, toplevel);
            rep.lastPtr = oldLast;
            if (r >= 0) {
                return r;
            }
            restoreMarks(saved);
            rep.count = count - 1;
        }
        repeat = rep.prev;
        int r = match(pc + 1, ptr, toplevel);
        repeat = rep;
        return r;
    }

    private int minUntil(int pc, int ptr, boolean toplevel) {
        Repeat rep = repeat;
        if (rep == null) {
            throw new IllegalStateException("sre: MIN_UNTIL without REPEAT");
        }
        long min = code[rep.pc + 2] & 0xffffffffL;
        long max = code[rep.pc + 3] & 0xffffffffL;
        int body = rep.pc + 4;
        int count = rep.count + 1;
        if (count < min) {
            rep.count = count;
            int r = match(body, ptr, toplevel);
            if (r >= 0) {
                return r;
            }
            rep.count = count - 1;
            return -1;
        }
        int[] saved = saveMarks();
        repeat = rep.prev;
        int r = match(pc + 1, ptr, toplevel);
        if (r >= 0) {
            return r;
        }
        repeat = rep;
        restoreMarks(saved);
        if (count >= max && max != MAXREPEAT || ptr == rep.lastPtr) {
            return -1;
        }
        rep.count = count;
        int oldLast = rep.lastPtr;
        rep.lastPtr = ptr;
        r = match(body, ptr, toplevel);
        rep.lastPtr = oldLast;
        if (r >= 0) {
            return r;
        }
        rep.count = count - 1;
        return -1;
    }

    /** POSSESSIVE_REPEAT skip min max body SUCCESS tail: as many bodies as match, never given back. */
    private int possessiveRepeat(int pc, int ptr, boolean toplevel) {
        int skip = code[pc + 1];
        long min = code[pc + 2] & 0xffffffffL;
        long max = code[pc + 3] & 0xffffffffL;
        int body = pc + 4;
        Repeat savedRepeat = repeat;
        long count = 0;
        while (count < min) {
            int r = match(body, ptr, false);
            if (r < 0) {
                repeat = savedRepeat;
                return -1;
            }
            ptr = r;
            count++;
        }
        int last = -1;
        while ((count < max || max == MAXREPEAT) && ptr != last) {
            int[] saved = saveMarks();
            last = ptr;
            int r = match(body, ptr, false);
            if (r < 0) {
                restoreMarks(saved);
                break;
            }
            ptr = r;
            count++;
        }
        repeat = savedRepeat;
        return match(pc + 1 + skip + 1, ptr, toplevel);
    }
}
