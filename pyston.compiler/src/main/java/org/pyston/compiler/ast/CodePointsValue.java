package org.pyston.compiler.ast;

import java.util.Arrays;

/**
 * A str literal's value as {@code Constant.value} when a Java {@code String} cannot hold it: it
 * has a high-surrogate code point directly followed by a low-surrogate one (written as escapes,
 * {@code '\ud800\udc00'}), which Python keeps as two code points and UTF-16 would read as one
 * character. Every other str literal is a {@code String}.
 */
public final class CodePointsValue {
    private final int[] codePoints;

    public CodePointsValue(int[] codePoints) {
        this.codePoints = codePoints;
    }

    /** The code points (do not modify). */
    public int[] codePoints() {
        return codePoints;
    }

    /**
     * The value as a Java string, where each surrogate pair becomes the one character it encodes:
     * the runtime's {@code str} is a Java {@code String} and cannot keep them apart.
     */
    @Override
    public String toString() {
        return new String(codePoints, 0, codePoints.length);
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof CodePointsValue c && Arrays.equals(codePoints, c.codePoints);
    }

    @Override
    public int hashCode() {
        return Arrays.hashCode(codePoints);
    }
}
