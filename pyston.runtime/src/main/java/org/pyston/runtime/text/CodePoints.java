package org.pyston.runtime.text;

/**
 * The code points of a Python {@code str} held in a Java {@link String}.
 *
 * <p>A Python string is a sequence of code points U+0000..U+10FFFF; a Java string is UTF-16.
 * Code points outside the BMP are a surrogate pair, as in Java. Python strings may also hold
 * <em>surrogate code points</em> (U+D800..U+DFFF, e.g. from a backslash-u escape in a literal or the
 * {@code surrogateescape} error handler), and two of them side by side must stay two code
 * points: the escapes of U+D83D and U+DE00 side by side are not U+1F600. So a surrogate code point is stored as two
 * <em>low</em> surrogates: U+DC00 + (n >> 9) then U+DE00 + (n & 0x1FF), n = cp - 0xD800. Two
 * low surrogates never form a pair, a high surrogate only ever starts a real pair, and the
 * first char of the escape (U+DC00..U+DC03) is never the second one (U+DE00..U+DFFF), so the
 * form is self-synchronising: {@code indexOf}, {@code startsWith}, {@code equals} and
 * {@code hashCode} of Java work unchanged on it. Only code that counts or decodes code points
 * must go through this class. A lone surrogate that reaches us raw from a Java API counts as
 * itself (one code point).
 *
 * <p>Strings without any surrogate char ("plain") are the fast path everywhere: their code
 * point indices are char indices. For long strings the plain check and a code point index are
 * cached (a few entries keyed by the string's identity), so {@code s[i]} and {@code len(s)} in a
 * loop stay O(1) (CPython knows both from the string's header; a Java String has no room for them).
 */
public final class CodePoints {
    private CodePoints() {
    }

    /** First char of the escape of a surrogate code point. */
    private static final char ESC_FIRST = 0xDC00;
    /** Second char of the escape of a surrogate code point. */
    private static final char ESC_SECOND = 0xDE00;

    /** Strings at least this long get a cached index. */
    private static final int CACHED_MIN = 48;
    /** Code points between two recorded char offsets of a cached index. */
    private static final int STRIDE_SHIFT = 5;

    /** The cached facts of one long string; weakly held, so the cache never keeps a string alive. */
    private static final class Index extends java.lang.ref.WeakReference<String> {
        final int length;
        /** {@code marks[k]} is the char offset of code point {@code k << STRIDE_SHIFT}; null when plain. */
        final int[] marks;

        Index(String s, int length, int[] marks) {
            super(s);
            this.length = length;
            this.marks = marks;
        }
    }

    // Racy by design: entries are immutable and a lost update only costs a rebuild.
    private static final Index[] CACHE = new Index[32];

    private static boolean isEscFirst(char c) {
        return c >= ESC_FIRST && c <= ESC_FIRST + 3;
    }

    private static boolean isEscSecond(char c) {
        return c >= ESC_SECOND && c <= 0xDFFF;
    }

    /** True when {@code s} holds no surrogate char: each char is one code point. */
    public static boolean isPlain(String s) {
        if (s.length() >= CACHED_MIN) {
            return index(s).marks == null;
        }
        return scanPlain(s);
    }

    private static boolean scanPlain(String s) {
        for (int i = 0, n = s.length(); i < n; i++) {
            if (Character.isSurrogate(s.charAt(i))) {
                return false;
            }
        }
        return true;
    }

    private static Index index(String s) {
        int slot = s.hashCode() & (CACHE.length - 1);
        Index ix = CACHE[slot];
        if (ix != null && ix.get() == s) {
            return ix;
        }
        ix = build(s);
        CACHE[slot] = ix;
        return ix;
    }

    private static Index build(String s) {
        int n = s.length();
        if (scanPlain(s)) {
            return new Index(s, n, null);
        }
        int[] marks = new int[(n >> STRIDE_SHIFT) + 1];
        int count = 0;
        for (int i = 0; i < n; count++) {
            if ((count & ((1 << STRIDE_SHIFT) - 1)) == 0) {
                marks[count >> STRIDE_SHIFT] = i;
            }
            i += width(s, i);
        }
        return new Index(s, count, marks);
    }

    /** The number of chars of the code point starting at char {@code i} (1 or 2). */
    public static int width(String s, int i) {
        char c = s.charAt(i);
        if (!Character.isSurrogate(c) || i + 1 >= s.length()) {
            return 1;
        }
        char d = s.charAt(i + 1);
        if (Character.isHighSurrogate(c) ? Character.isLowSurrogate(d) : isEscFirst(c) && isEscSecond(d)) {
            return 2;
        }
        return 1;
    }

    /** The number of chars a code point takes (1 or 2). */
    public static int charCount(int cp) {
        return cp >= 0x10000 || (cp >= 0xD800 && cp <= 0xDFFF) ? 2 : 1;
    }

    /** {@code len(s)}. */
    public static int length(String s) {
        int n = s.length();
        if (n >= CACHED_MIN) {
            return index(s).length;
        }
        int count = 0;
        for (int i = 0; i < n; count++) {
            i += Character.isSurrogate(s.charAt(i)) ? width(s, i) : 1;
        }
        return count;
    }

    /** The code point starting at char {@code i}. */
    public static int codePointAt(String s, int i) {
        char c = s.charAt(i);
        if (!Character.isSurrogate(c) || i + 1 >= s.length()) {
            return c;
        }
        char d = s.charAt(i + 1);
        if (Character.isHighSurrogate(c)) {
            return Character.isLowSurrogate(d) ? Character.toCodePoint(c, d) : c;
        }
        if (isEscFirst(c) && isEscSecond(d)) {
            return 0xD800 + ((c - ESC_FIRST) << 9) + (d - ESC_SECOND);
        }
        return c;
    }

    /** The code point ending just before char {@code end}. */
    public static int codePointBefore(String s, int end) {
        return codePointAt(s, startBefore(s, end));
    }

    /** The char index where the code point ending at char {@code end} starts. */
    public static int startBefore(String s, int end) {
        char d = s.charAt(end - 1);
        if (end >= 2 && Character.isLowSurrogate(d)) {
            char c = s.charAt(end - 2);
            if (Character.isHighSurrogate(c)) {
                return end - 2;
            }
            if (isEscFirst(c) && isEscSecond(d) && !(end >= 3 && Character.isHighSurrogate(s.charAt(end - 3)))) {
                return end - 2;
            }
        }
        return end - 1;
    }

    /** The char index of code point {@code cpIndex} (0..length; length gives s.length()). */
    public static int charIndex(String s, int cpIndex) {
        int n = s.length();
        int i = 0, k = 0;
        if (n >= CACHED_MIN) {
            Index ix = index(s);
            if (ix.marks == null) {
                return cpIndex;
            }
            if (cpIndex >= ix.length) {
                return n;
            }
            i = ix.marks[cpIndex >> STRIDE_SHIFT];
            k = cpIndex & ~((1 << STRIDE_SHIFT) - 1);
        }
        for (; k < cpIndex && i < n; k++) {
            i += width(s, i);
        }
        return i;
    }

    /** The code point index of char index {@code charIndex} (a code point boundary). */
    public static int cpIndex(String s, int charIndex) {
        int i = 0, count = 0;
        if (s.length() >= CACHED_MIN) {
            Index ix = index(s);
            if (ix.marks == null) {
                return charIndex;
            }
            // the last recorded offset at or before charIndex, then a short walk
            int k = java.util.Arrays.binarySearch(ix.marks, 0, ((ix.length - 1) >> STRIDE_SHIFT) + 1, charIndex);
            k = k >= 0 ? k : -k - 2;
            i = ix.marks[k];
            count = k << STRIDE_SHIFT;
        } else if (scanPlain(s)) {
            return charIndex;
        }
        for (; i < charIndex; count++) {
            i += width(s, i);
        }
        return count;
    }

    /** Appends code point {@code cp} in this class's form. */
    public static StringBuilder append(StringBuilder sb, int cp) {
        if (cp < 0xD800) {
            return sb.append((char) cp);
        }
        if (cp <= 0xDFFF) {
            int n = cp - 0xD800;
            return sb.append((char) (ESC_FIRST + (n >> 9))).append((char) (ESC_SECOND + (n & 0x1FF)));
        }
        return sb.appendCodePoint(cp);
    }

    /** {@code chr(cp)}. */
    public static String valueOf(int cp) {
        if (cp < 0xD800 || (cp > 0xDFFF && cp < 0x10000)) {
            return String.valueOf((char) cp);
        }
        return append(new StringBuilder(2), cp).toString();
    }

    /** The code points of {@code s}. */
    public static int[] toArray(String s) {
        if (isPlain(s)) {
            int[] r = new int[s.length()];
            for (int i = 0; i < r.length; i++) {
                r[i] = s.charAt(i);
            }
            return r;
        }
        int[] r = new int[length(s)];
        for (int i = 0, k = 0; k < r.length; k++) {
            r[k] = codePointAt(s, i);
            i += width(s, i);
        }
        return r;
    }

    /** The string of code points {@code cps[from..to)}. */
    public static String of(int[] cps, int from, int to) {
        StringBuilder sb = new StringBuilder(to - from);
        for (int i = from; i < to; i++) {
            append(sb, cps[i]);
        }
        return sb.toString();
    }

    /** Compares by code point, as Python's {@code <} on str (Java's compareTo orders UTF-16 units). */
    public static int compare(String a, String b) {
        int n = Math.min(a.length(), b.length());
        for (int i = 0; i < n; i++) {
            char x = a.charAt(i), y = b.charAt(i);
            if (x != y) {
                if (!Character.isSurrogate(x) && !Character.isSurrogate(y)) {
                    return x < y ? -1 : 1;
                }
                int start = i;
                if (i > 0) {
                    char p = a.charAt(i - 1);
                    if (Character.isHighSurrogate(p)
                            || isEscFirst(p) && !(i > 1 && Character.isHighSurrogate(a.charAt(i - 2)))) {
                        start = i - 1;
                    }
                }
                return Integer.compare(codePointAt(a, start), codePointAt(b, start));
            }
        }
        return Integer.compare(a.length(), b.length());
    }

    /**
     * Converts a Java string (UTF-16, possibly with raw lone surrogates, as Java APIs and
     * decoders produce) into this class's form: each lone surrogate becomes a surrogate code
     * point. Strings without surrogates are returned as they are.
     */
    public static String fromUtf16(String s) {
        if (scanPlain(s)) {
            return s;
        }
        StringBuilder sb = new StringBuilder(s.length() + 4);
        for (int i = 0, n = s.length(); i < n; i++) {
            char c = s.charAt(i);
            if (Character.isHighSurrogate(c) && i + 1 < n && Character.isLowSurrogate(s.charAt(i + 1))) {
                sb.append(c).append(s.charAt(++i));
            } else if (Character.isSurrogate(c)) {
                append(sb, c);
            } else {
                sb.append(c);
            }
        }
        return sb.toString();
    }

    /**
     * The UTF-16 form of {@code s} for Java APIs: surrogate code points become raw lone
     * surrogates (which Java's encoders then replace).
     */
    public static String toUtf16(String s) {
        if (isPlain(s)) {
            return s;
        }
        StringBuilder sb = new StringBuilder(s.length());
        for (int i = 0, n = s.length(); i < n; ) {
            int cp = codePointAt(s, i);
            i += width(s, i);
            sb.appendCodePoint(cp);
        }
        return sb.toString();
    }
}
