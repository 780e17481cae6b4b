package org.pyston.runtime.objects;

/**
 * The buffer protocol for code outside this package ({@code _io}, {@code posix}): reading the
 * bytes of a bytes-like object and writing into a writable one (bytearray, a memoryview of one),
 * without copying where the representation allows.
 */
public final class Buffers {
    private Buffers() {
    }

    /**
     * The bytes of a bytes-like object, TypeError "a bytes-like object is required, not 'T'"
     * otherwise. For bytes it is the object's own array: the caller must not change it.
     */
    public static byte[] bytesLike(Object o) {
        return BytesMethods.bytesLike(o);
    }

    /** Whether {@code o} is a bytes-like object. */
    public static boolean isBytesLike(Object o) {
        return o instanceof PyBytes || o instanceof PyByteArray || o instanceof PyMemoryView || o instanceof BufferExporter;
    }

    /**
     * The length of a writable buffer, or -1 when {@code o} is not one (bytes, a read-only view, or
     * no buffer at all).
     */
    public static int writableLength(Object o) {
        if (o instanceof PyByteArray ba) {
            return ba.size;
        }
        if (o instanceof PyMemoryView m && !m.readonly()) {
            return m.writableBytes();
        }
        return -1;
    }

    /** Copies {@code src[from..from+len)} into the writable buffer {@code target} at {@code offset}. */
    public static void write(Object target, int offset, byte[] src, int from, int len) {
        if (target instanceof PyByteArray ba) {
            System.arraycopy(src, from, ba.data, offset, len);
            return;
        }
        ((PyMemoryView) target).writeBytes(offset, src, from, len);
    }

    /** A new bytearray holding {@code contents} (not copied). */
    public static PyByteArray byteArray(byte[] contents) {
        return new PyByteArray(contents);
    }
}
