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

    /**
     * Python's hash: that of the str with the same code points (the bytes read as Latin-1), so
     * {@code hash(b'spam') == hash('spam')} as in CPython, whose str and bytes hash the same data.
     */
    public long pythonHash() {
        int h = 0;
        for (byte x : bytes) {
            h = 31 * h + (x & 0xff); // String.hashCode, the hash of a str here
        }
        return h;
    }

    @Override
    public int hashCode() {
        return Arrays.hashCode(bytes);
    }
}
