package org.pyston.compiler.ast;

import java.util.Arrays;

/** A bytes literal's value as {@code Constant.value}. */
public final class BytesValue {
    private final byte[] bytes;

    public BytesValue(byte[] bytes) {
        this.bytes = bytes;
    }

    /** The bytes (do not modify). */
    public byte[] bytes() {
        return bytes;
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof BytesValue b && Arrays.equals(bytes, b.bytes);
    }

    @Override
    public int hashCode() {
        return Arrays.hashCode(bytes);
    }
}
