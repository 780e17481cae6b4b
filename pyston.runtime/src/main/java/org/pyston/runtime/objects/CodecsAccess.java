package org.pyston.runtime.objects;

/**
 * The codecs of {@link Codecs} for the native {@code _codecs} module: the same encoders,
 * decoders and error handlers that {@code str.encode} and {@code bytes.decode} use; and the
 * bytes of buffers for the native modules that read and write them.
 */
public final class CodecsAccess {
    private CodecsAccess() {
    }

    /** Whether the runtime implements the codec itself (else it comes from Python's registry). */
    public static boolean isNative(String encoding) {
        try {
            Codecs.lookup(encoding);
            return true;
        } catch (PyException unknown) {
            return false;
        }
    }

    /** CPython's normalisation of an encoding name (lower case, runs of punctuation as '_'). */
    public static String normalize(String encoding) {
        return Codecs.normalize(encoding);
    }

    public static PyBytes encode(String s, String encoding, String errors) {
        return Codecs.encode(s, encoding, errors);
    }

    public static String decode(byte[] b, int from, int to, String encoding, String errors) {
        return Codecs.decode(b, from, to, encoding, errors);
    }

    /** The bytes of a bytes-like object: "a bytes-like object is required" otherwise. */
    public static byte[] bytesLike(Object o) {
        return BytesMethods.bytesLike(o);
    }

    public static void registerError(String name, Object handler) {
        Codecs.registerError(name, handler);
    }

    /** A handler registered from Python, or null (the built-in handlers are not in this table). */
    public static Object customHandler(String name) {
        try {
            Codecs.checkHandler(name);
        } catch (PyException unknown) {
            return null;
        }
        return Codecs.CUSTOM_HANDLERS.get(name);
    }

    public static PyException encodeError(String encoding, String object, int start, int end, String reason) {
        return Codecs.encodeError(encoding, object, start, end, reason);
    }

    public static PyException decodeError(String encoding, byte[] object, int start, int end, String reason) {
        return Codecs.decodeError(encoding, object, start, end, reason);
    }

    /**
     * Writes {@code src} into a writable buffer (bytearray, or a memoryview of one) at
     * {@code offset}, which the caller has checked against {@link #writableLength}.
     */
    public static void writeInto(Object buffer, int offset, byte[] src) {
        if (buffer instanceof PyByteArray ba) {
            System.arraycopy(src, 0, ba.data, offset, src.length);
            return;
        }
        if (buffer instanceof BufferExporter e) {
            System.arraycopy(src, 0, e.exportedArray(), offset, src.length);
            return;
        }
        ((PyMemoryView) buffer).writeBytes(offset, src, 0, src.length);
    }

    /** The length of a writable buffer: "argument must be read-write bytes-like object" otherwise. */
    public static int writableLength(Object buffer) {
        if (buffer instanceof PyByteArray ba) {
            return ba.size;
        }
        if (buffer instanceof PyMemoryView m && !m.readonly()) {
            return m.writableBytes();
        }
        if (buffer instanceof BufferExporter e) {
            return e.exportedLength(); // array.array: a writable buffer of its items
        }
        throw Errors.typeError("argument must be read-write bytes-like object, not " + Errors.typeName(buffer));
    }
}
