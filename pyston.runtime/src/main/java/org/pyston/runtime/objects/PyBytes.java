package org.pyston.runtime.objects;

import java.util.Arrays;

/** {@code bytes}: an immutable byte array. */
public final class PyBytes extends PyObject {
    public static final PyType TYPE = PyType.builtin("bytes", PyBytes.class);
    public final byte[] bytes;

    public PyBytes(byte[] bytes) {
        this.bytes = bytes;
    }

    @Override
    public PyType type() {
        return TYPE;
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof PyBytes b && Arrays.equals(bytes, b.bytes);
    }

    @Override
    public int hashCode() {
        return Arrays.hashCode(bytes);
    }
}
