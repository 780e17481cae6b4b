package org.pyston.runtime.objects;

import java.math.BigInteger;
import java.nio.ByteOrder;

/**
 * The item formats a {@code memoryview} can have in CPython 3.11: the native single-character
 * struct formats, optionally prefixed by '@' ({@code cast} accepts no others; 'e' came in 3.12).
 * Sizes are those of CPython on a 64-bit Unix (LP64), byte order the platform's, so a view
 * reads the bytes as CPython on the same machine does.
 */
final class MemoryFormats {
    private MemoryFormats() {
    }

    private static final boolean LITTLE = ByteOrder.nativeOrder() == ByteOrder.LITTLE_ENDIAN;
    private static final BigInteger TWO_64 = BigInteger.ONE.shiftLeft(64);

    /** The format character of a format string ('@' stripped), or 0 when it is not a native single character. */
    static char code(String format) {
        String f = format.startsWith("@") ? format.substring(1) : format;
        return f.length() == 1 && itemsize(f.charAt(0)) > 0 ? f.charAt(0) : 0;
    }

    /** Bytes per item of a format character; -1 for characters memoryview does not know. */
    static int itemsize(char code) {
        switch (code) {
            case 'c': case 'b': case 'B': case '?':
                return 1;
            case 'h': case 'H':
                return 2;
            case 'i': case 'I': case 'f':
                return 4;
            case 'l': case 'L': case 'q': case 'Q': case 'n': case 'N': case 'd': case 'P':
                return 8;
            default:
                return -1;
        }
    }

    /** 'B', 'b' and 'c': the formats a cast may reinterpret freely and that hash as bytes. */
    static boolean isByteFormat(char code) {
        return code == 'B' || code == 'b' || code == 'c';
    }

    private static long readRaw(byte[] a, int pos, int size) {
        long v = 0;
        for (int i = 0; i < size; i++) {
            int b = a[pos + (LITTLE ? size - 1 - i : i)] & 0xff;
            v = (v << 8) | b;
        }
        return v;
    }

    private static void writeRaw(byte[] a, int pos, int size, long v) {
        for (int i = 0; i < size; i++) {
            a[pos + (LITTLE ? i : size - 1 - i)] = (byte) v;
            v >>>= 8;
        }
    }

    /** The Python value of the item at {@code pos}, as struct.unpack gives it. */
    static Object unpack(char code, byte[] a, int pos) {
        switch (code) {
            case 'B':
                return (long) (a[pos] & 0xff);
            case 'b':
                return (long) a[pos];
            case 'c':
                return new PyBytes(new byte[] {a[pos]});
            case '?':
                return a[pos] != 0;
            case 'h':
                return (long) (short) readRaw(a, pos, 2);
            case 'H':
                return readRaw(a, pos, 2);
            case 'i':
                return (long) (int) readRaw(a, pos, 4);
            case 'I':
                return readRaw(a, pos, 4);
            case 'l': case 'q': case 'n':
                return readRaw(a, pos, 8);
            case 'L': case 'Q': case 'N': case 'P': {
                long v = readRaw(a, pos, 8);
                return v >= 0 ? (Object) v : Abstract.normalize(BigInteger.valueOf(v).add(TWO_64));
            }
            case 'f':
                return (double) Float.intBitsToFloat((int) readRaw(a, pos, 4));
            case 'd':
                return Double.longBitsToDouble(readRaw(a, pos, 8));
            default:
                throw new IllegalStateException("format " + code);
        }
    }

    /** Stores {@code value} as one item at {@code pos}, with memoryview's errors for a wrong type or value. */
    static void pack(char code, String format, byte[] a, int pos, Object value) {
        switch (code) {
            case 'c':
                if (!(value instanceof PyBytes b)) {
                    throw invalidType(format);
                }
                if (b.bytes.length != 1) {
                    throw invalidValue(format);
                }
                a[pos] = b.bytes[0];
                return;
            case '?':
                a[pos] = (byte) (Abstract.isTrue(value) ? 1 : 0);
                return;
            case 'f':
                // a plain C cast, as CPython 3.11's memoryview: too large a value becomes an infinity
                writeRaw(a, pos, 4, Float.floatToRawIntBits((float) realValue(value, format)));
                return;
            case 'd':
                writeRaw(a, pos, 8, Double.doubleToRawLongBits(realValue(value, format)));
                return;
            default:
                break;
        }
        BigInteger v = intValue(value, format);
        int size = itemsize(code);
        boolean signed = code == 'b' || code == 'h' || code == 'i' || code == 'l' || code == 'q' || code == 'n';
        BigInteger min;
        BigInteger max;
        if (code == 'P') {
            // a pointer takes any value of a C long or an unsigned long, as PyLong_AsVoidPtr
            min = BigInteger.valueOf(Long.MIN_VALUE);
            max = TWO_64.subtract(BigInteger.ONE);
        } else if (signed) {
            min = BigInteger.ONE.shiftLeft(size * 8 - 1).negate();
            max = BigInteger.ONE.shiftLeft(size * 8 - 1).subtract(BigInteger.ONE);
        } else {
            min = BigInteger.ZERO;
            max = BigInteger.ONE.shiftLeft(size * 8).subtract(BigInteger.ONE);
        }
        if (v.compareTo(min) < 0 || v.compareTo(max) > 0) {
            throw invalidValue(format);
        }
        writeRaw(a, pos, size, v.longValue());
    }

    private static BigInteger intValue(Object value, String format) {
        Object v;
        try {
            v = Abstract.indexValue(value);
        } catch (PyException e) {
            if (e.matches(Errors.TYPE_ERROR)) {
                throw invalidType(format);
            }
            throw e;
        }
        return Abstract.big(v);
    }

    /** PyFloat_AsDouble's rule: floats, ints, and objects with __float__ or __index__. */
    private static double realValue(Object value, String format) {
        try {
            if (value instanceof Double d) {
                return d;
            }
            if (Abstract.isInt(value)) {
                return Abstract.toDouble(value);
            }
            if (value instanceof PyObject && PyType.of(value).lookup("__float__") != null) {
                return Abstract.asDouble(value);
            }
            if (value instanceof PyObject && PyType.of(value).lookup("__index__") != null) {
                return Abstract.toDouble(Abstract.indexValue(value));
            }
        } catch (PyException e) {
            if (e.matches(Errors.OVERFLOW_ERROR) || e.matches(Errors.VALUE_ERROR)) {
                throw invalidValue(format);
            }
            if (e.matches(Errors.TYPE_ERROR)) {
                throw invalidType(format);
            }
            throw e;
        }
        throw invalidType(format);
    }

    static PyException invalidType(String format) {
        return Errors.typeError("memoryview: invalid type for format '" + format + "'");
    }

    static PyException invalidValue(String format) {
        return Errors.valueError("memoryview: invalid value for format '" + format + "'");
    }
}
