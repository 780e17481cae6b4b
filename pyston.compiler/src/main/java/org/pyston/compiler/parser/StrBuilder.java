package org.pyston.compiler.parser;

import java.util.Arrays;
import org.pyston.compiler.ast.CodePointsValue;

/**
 * The value of a str literal (or of adjacent literals) as it is decoded, in UTF-16, remembering
 * where a low surrogate written as an escape follows a high surrogate written as an escape: Python
 * keeps those as two code points ({@code '\ud800' '\udc00'} has length 2), UTF-16 would read them
 * as one character. Such values become a {@link CodePointsValue}, all others a {@code String}.
 */
final class StrBuilder {
    private final StringBuilder chars = new StringBuilder();
    /** Indexes in {@link #chars} of low surrogates that are code points of their own. */
    private int[] loneLows = new int[0];
    private int loneLowCount;

    /** Appends text whose surrogate pairs are the characters they encode (source text, decoded literals). */
    void append(CharSequence text) {
        if (text.length() > 0) {
            markIfSplit(text.charAt(0));
            chars.append(text);
        }
    }

    /** Appends {@code text[start, end)}, as {@link #append(CharSequence)}. */
    void append(CharSequence text, int start, int end) {
        if (start < end) {
            markIfSplit(text.charAt(start));
            chars.append(text, start, end);
        }
    }

    /** Appends one code point, as an escape gives it (a surrogate stays a code point of its own). */
    void appendCodePoint(int cp) {
        if (cp <= 0xffff) {
            markIfSplit((char) cp);
        }
        chars.appendCodePoint(cp);
    }

    void append(char c) {
        markIfSplit(c);
        chars.append(c);
    }

    /**
     * A low surrogate appended right after a high surrogate is a code point of its own: a high
     * surrogate at the end of the text so far cannot be the first half of a pair (pairs are
     * appended whole), so it came alone, from an escape.
     */
    private void markIfSplit(char next) {
        int n = chars.length();
        if (Character.isLowSurrogate(next) && n > 0 && Character.isHighSurrogate(chars.charAt(n - 1))) {
            if (loneLowCount == loneLows.length) {
                loneLows = Arrays.copyOf(loneLows, Math.max(4, 2 * loneLowCount));
            }
            loneLows[loneLowCount++] = n;
        }
    }

    int length() {
        return chars.length();
    }

    void clear() {
        chars.setLength(0);
        loneLowCount = 0;
    }

    /** The value: a {@code String}, or a {@link CodePointsValue} when the text has a split pair. */
    Object value() {
        if (loneLowCount == 0) {
            return chars.toString();
        }
        int[] cps = new int[chars.length()];
        int count = 0;
        int nextLone = 0;
        for (int i = 0; i < chars.length(); i++) {
            char c = chars.charAt(i);
            if (Character.isHighSurrogate(c) && i + 1 < chars.length() && Character.isLowSurrogate(chars.charAt(i + 1))
                    && !(nextLone < loneLowCount && loneLows[nextLone] == i + 1)) {
                cps[count++] = Character.toCodePoint(c, chars.charAt(i + 1));
                i++;
            } else {
                if (nextLone < loneLowCount && loneLows[nextLone] == i) {
                    nextLone++;
                }
                cps[count++] = c;
            }
        }
        return new CodePointsValue(Arrays.copyOf(cps, count));
    }
}
