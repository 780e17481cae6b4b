package org.pyston.runtime.modules;

import java.math.BigInteger;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.pyston.runtime.objects.Abstract;
import org.pyston.runtime.objects.CodecsAccess;
import org.pyston.runtime.objects.Errors;
import org.pyston.runtime.objects.PyBaseException;
import org.pyston.runtime.objects.PyBytes;
import org.pyston.runtime.objects.PyException;
import org.pyston.runtime.objects.PyIterator;
import org.pyston.runtime.objects.NativeIterator;
import org.pyston.runtime.objects.PyModule;
import org.pyston.runtime.objects.PyTuple;
import org.pyston.runtime.objects.PyType;
import org.pyston.runtime.objects.Singletons;

/**
 * {@code _struct}: packing values into bytes and back by a format string, with native ('@':
 * this platform's x86-64/LP64 sizes and alignment, little-endian) and standard ('=', '<', '>',
 * '!') layouts, the Struct type (a compiled format), and CPython's messages.
 */
final class StructModule {
    private StructModule() {
    }

    /** One code of a format: its character, count (a length for 's' and 'p'), size and offset. */
    private record Item(char code, int count, int size, int offset) {
    }

    /** A parsed format: the items (pad bytes left out), the total size, the byte order. */
    private record Layout(String format, Item[] items, int size, boolean little, boolean nativeSizes, int values) {
    }

    private static final Map<String, Layout> CACHE = new ConcurrentHashMap<>();

    static PyModule create() {
        PyModule m = new PyModule("_struct");
        PyType error = BinasciiModule.exceptionType("struct", "error", Errors.EXCEPTION);
        m.set("error", error);
        PyType structType = structType(error);
        m.set("Struct", structType);
        Ext.function(m, "calcsize", (a, k) -> {
            Ext.positionalOnly("calcsize", a, k, 1, 1);
            return (long) layout(a[0], error).size;
        });
        Ext.function(m, "pack", (a, k) -> {
            if (a.length == 0) {
                throw Errors.typeError("pack expected at least 1 argument, got 0");
            }
            return new PyBytes(pack(layout(a[0], error), a, 1, error));
        });
        Ext.function(m, "pack_into", (a, k) -> {
            if (a.length < 3) {
                throw Errors.typeError("pack_into expected at least 3 arguments, got " + a.length);
            }
            packInto(layout(a[0], error), a[1], a[2], a, 3, error);
            return Singletons.NONE;
        });
        Ext.function(m, "unpack", (a, k) -> {
            Ext.positionalOnly("unpack", a, k, 2, 2);
            return unpack(layout(a[0], error), CodecsAccess.bytesLike(a[1]), error);
        });
        Ext.function(m, "unpack_from", (a, k) -> {
            Object[] v = Ext.bind("unpack_from", a, k, 2, 3, "format", "buffer", "offset");
            return unpackFrom(layout(v[0], error), v[1], v[2], error);
        });
        Ext.function(m, "iter_unpack", (a, k) -> {
            Ext.positionalOnly("iter_unpack", a, k, 2, 2);
            return iterUnpack(layout(a[0], error), a[1], error);
        });
        Ext.function(m, "_clearcache", (a, k) -> {
            CACHE.clear();
            return Singletons.NONE;
        });
        return m;
    }

    // ------------------------------------------------------------------ Struct

    static final class Struct extends NativeObject {
        Layout layout;

        Struct(PyType type) {
            super(type);
        }
    }

    private static PyType structType(PyType error) {
        PyType t = Ext.type("_struct", "Struct", Struct.class, null, (cls, a, k) -> new Struct(cls));
        Ext.method(t, "__init__", (a, k) -> {
            Object[] v = Ext.bind("Struct", java.util.Arrays.copyOfRange(a, 1, a.length), k, 1, 1, "format");
            ((Struct) a[0]).layout = layout(v[0], error);
            return Singletons.NONE;
        });
        Ext.getter(t, "format", self -> layoutOf(self).format);
        Ext.getter(t, "size", self -> (long) layoutOf(self).size);
        Ext.method(t, "pack", (a, k) -> new PyBytes(pack(layoutOf(a[0]), a, 1, error)));
        Ext.method(t, "pack_into", (a, k) -> {
            if (a.length < 3) {
                throw Errors.typeError("pack_into expected at least 2 arguments, got " + (a.length - 1));
            }
            packInto(layoutOf(a[0]), a[1], a[2], a, 3, error);
            return Singletons.NONE;
        });
        Ext.method(t, "unpack", (a, k) -> {
            Ext.positionalOnly("unpack", a, k, 2, 2);
            return unpack(layoutOf(a[0]), CodecsAccess.bytesLike(a[1]), error);
        });
        Ext.method(t, "unpack_from", (a, k) -> {
            Object[] v = Ext.bind("unpack_from", java.util.Arrays.copyOfRange(a, 1, a.length), k, 1, 2, "buffer", "offset");
            return unpackFrom(layoutOf(a[0]), v[0], v[1], error);
        });
        Ext.method(t, "iter_unpack", (a, k) -> {
            Ext.positionalOnly("iter_unpack", a, k, 2, 2);
            return iterUnpack(layoutOf(a[0]), a[1], error);
        });
        return t;
    }

    private static Layout layoutOf(Object self) {
        Layout l = ((Struct) self).layout;
        if (l == null) {
            throw Errors.valueError("Struct object is not initialized");
        }
        return l;
    }

    // ------------------------------------------------------------------ formats

    private static RuntimeException error(PyType error, String message) {
        return ((PyBaseException) Abstract.call(error, new Object[] {message}, null)).toThrowable();
    }

    private static Layout layout(Object format, PyType error) {
        String f;
        if (format instanceof String s) {
            f = s;
        } else if (format instanceof PyBytes b) {
            f = new String(b.bytes, java.nio.charset.StandardCharsets.ISO_8859_1);
        } else {
            throw Errors.typeError("Struct() argument 1 must be a str or bytes object, not " + Errors.typeName(format));
        }
        if (f.indexOf('\0') >= 0) {
            throw error(error, "embedded null character");
        }
        Layout cached = CACHE.get(f);
        if (cached != null) {
            return cached;
        }
        Layout l = parse(f, error);
        if (CACHE.size() > 256) {
            CACHE.clear();
        }
        CACHE.put(f, l);
        return l;
    }

    private static Layout parse(String f, PyType error) {
        int i = 0;
        boolean nativeSizes = true, little = true;
        if (!f.isEmpty()) {
            switch (f.charAt(0)) {
                case '@': i = 1; break;
                case '=': case '<': i = 1; nativeSizes = false; break;
                case '>': case '!': i = 1; nativeSizes = false; little = false; break;
                default: break;
            }
        }
        List<Item> items = new ArrayList<>();
        int size = 0, values = 0;
        while (i < f.length()) {
            char c = f.charAt(i);
            if (Character.isWhitespace(c)) {
                i++;
                continue;
            }
            int count = 1;
            if (c >= '0' && c <= '9') {
                long n = 0;
                while (i < f.length() && Character.isDigit(f.charAt(i))) {
                    n = n * 10 + (f.charAt(i++) - '0');
                    if (n > Integer.MAX_VALUE) {
                        throw error(error, "total struct size too long");
                    }
                }
                if (i == f.length()) {
                    throw error(error, "repeat count given without format specifier");
                }
                count = (int) n;
                c = f.charAt(i);
            }
            i++;
            int itemSize = itemSize(c, nativeSizes);
            if (itemSize < 0) {
                throw error(error, "bad char in struct format");
            }
            if (nativeSizes && itemSize > 1 && c != 's' && c != 'p' && c != 'x') {
                size = (size + itemSize - 1) / itemSize * itemSize; // native alignment
            }
            if (c == 's' || c == 'p') {
                items.add(new Item(c, count, count, size));
                size += count;
                values++;
            } else if (c == 'x') {
                size += count;
            } else {
                for (int j = 0; j < count; j++) {
                    items.add(new Item(c, 1, itemSize, size));
                    size += itemSize;
                }
                values += count;
            }
        }
        return new Layout(f, items.toArray(new Item[0]), size, little, nativeSizes, values);
    }

    private static int itemSize(char c, boolean nativeSizes) {
        switch (c) {
            case 'x': case 'c': case 'b': case 'B': case '?': case 's': case 'p':
                return 1;
            case 'h': case 'H': case 'e':
                return 2;
            case 'i': case 'I': case 'f':
                return 4;
            case 'l': case 'L':
                return nativeSizes ? 8 : 4;
            case 'q': case 'Q': case 'd':
                return 8;
            case 'n': case 'N': case 'P':
                return nativeSizes ? 8 : -1;
            default:
                return -1;
        }
    }

    // ------------------------------------------------------------------ packing

    private static byte[] pack(Layout l, Object[] a, int first, PyType error) {
        int given = a.length - first;
        if (given != l.values) {
            throw error(error, "pack expected " + l.values + " items for packing (got " + given + ")");
        }
        byte[] out = new byte[l.size];
        int v = first;
        for (Item it : l.items) {
            packItem(l, it, a[v++], out, 0, error);
        }
        return out;
    }

    private static void packInto(Layout l, Object buffer, Object offsetArg, Object[] a, int first, PyType error) {
        int given = a.length - first;
        if (given != l.values) {
            throw error(error, "pack_into expected " + l.values + " items for packing (got " + given + ")");
        }
        int length = CodecsAccess.writableLength(buffer);
        long offset = Abstract.index(offsetArg);
        if (offset < 0) {
            if (offset + l.size > 0) {
                throw error(error, "no space to pack " + l.size + " bytes at offset " + offset);
            }
            if (offset + length < 0) {
                throw error(error, "offset " + offset + " out of range for " + length + "-byte buffer");
            }
            offset += length;
        }
        if (length - offset < l.size) {
            throw error(error, "pack_into requires a buffer of at least " + Long.toUnsignedString(l.size + offset)
                    + " bytes for packing " + l.size + " bytes at offset " + offset + " (actual buffer size is "
                    + length + ")");
        }
        CodecsAccess.writeInto(buffer, (int) offset, pack(l, a, first, error));
    }

    private static void packItem(Layout l, Item it, Object v, byte[] out, int base, PyType error) {
        int at = base + it.offset;
        switch (it.code) {
            case 'c': {
                byte[] b = v instanceof PyBytes pb ? pb.bytes : null;
                if (b == null || b.length != 1) {
                    throw error(error, "char format requires a bytes object of length 1");
                }
                out[at] = b[0];
                return;
            }
            case 's':
            case 'p': {
                byte[] b = v instanceof PyBytes pb ? pb.bytes : null;
                if (b == null && !(v instanceof org.pyston.runtime.objects.PyObject) ) {
                    throw error(error, "argument for '" + it.code + "' must be a bytes object");
                }
                if (b == null) {
                    try {
                        b = CodecsAccess.bytesLike(v);
                    } catch (PyException notBytes) {
                        throw error(error, "argument for '" + it.code + "' must be a bytes object");
                    }
                }
                if (it.code == 's') {
                    System.arraycopy(b, 0, out, at, Math.min(b.length, it.count));
                } else if (it.count > 0) {
                    int n = Math.min(b.length, it.count - 1);
                    System.arraycopy(b, 0, out, at + 1, n);
                    out[at] = (byte) Math.min(n, 255);
                }
                return;
            }
            case '?':
                out[at] = (byte) (Abstract.isTrue(v) ? 1 : 0);
                return;
            case 'e':
                put(out, at, 2, halfBits(floatArg(v, error)), l.little);
                return;
            case 'f': {
                double d = floatArg(v, error);
                float x = (float) d;
                if (Float.isInfinite(x) && !Double.isInfinite(d)) {
                    throw Errors.overflow("float too large to pack with f format");
                }
                put(out, at, 4, Float.floatToIntBits(x) & 0xFFFFFFFFL, l.little);
                return;
            }
            case 'd':
                put(out, at, 8, Double.doubleToLongBits(floatArg(v, error)), l.little);
                return;
            default:
                put(out, at, it.size, integer(l, it, v, error), l.little);
        }
    }

    private static double floatArg(Object v, PyType error) {
        if (!(v instanceof Double) && PyType.of(v).lookup("__float__") == null && PyType.of(v).lookup("__index__") == null) {
            throw error(error, "required argument is not a float");
        }
        return Abstract.asDouble(v);
    }

    /** An integer code's value as the bits to store, after CPython's range check. */
    private static long integer(Layout l, Item it, Object v, PyType error) {
        Object n;
        if (Abstract.isInt(v)) {
            n = v instanceof Boolean b ? (b ? 1L : 0L) : v;
        } else if (PyType.of(v).lookup("__index__") != null) {
            n = Abstract.index(v) ;
        } else {
            throw error(error, "required argument is not an integer");
        }
        BigInteger big = n instanceof BigInteger b ? b : BigInteger.valueOf((Long) n);
        char c = it.code;
        boolean unsigned = Character.isUpperCase(c) || c == 'P';
        int bits = it.size * 8;
        BigInteger min = unsigned ? BigInteger.ZERO : BigInteger.ONE.shiftLeft(bits - 1).negate();
        BigInteger max = unsigned ? BigInteger.ONE.shiftLeft(bits).subtract(BigInteger.ONE)
                : BigInteger.ONE.shiftLeft(bits - 1).subtract(BigInteger.ONE);
        if (c == 'P') {
            min = LONG_MIN; // a pointer takes any C long or unsigned long
        }
        if (big.compareTo(min) >= 0 && big.compareTo(max) <= 0) {
            return big.longValue();
        }
        throw error(error, rangeMessage(l, c, big, min, max));
    }

    private static final BigInteger LONG_MIN = BigInteger.valueOf(Long.MIN_VALUE);
    private static final BigInteger LONG_MAX = BigInteger.valueOf(Long.MAX_VALUE);
    private static final BigInteger ULONG_MAX = BigInteger.ONE.shiftLeft(64).subtract(BigInteger.ONE);

    /**
     * CPython's message for an integer out of a code's range, which depends on the C conversion
     * its packing function uses: the byte codes (and, in the native and little-endian tables, the
     * short codes) convert to a C long and name the format in words; the other unsigned codes
     * convert to an unsigned long (a negative value is out of range); the 8-byte codes report the
     * conversion's failure.
     */
    private static String rangeMessage(Layout l, char c, BigInteger v, BigInteger min, BigInteger max) {
        boolean bigEndian = !l.little && !l.nativeSizes;
        boolean fitsLong = v.compareTo(LONG_MIN) >= 0 && v.compareTo(LONG_MAX) <= 0;
        if (c == 'P' || bigEndian && (c == 'q' || c == 'Q')) {
            return "int too large to convert";
        }
        if (max.bitLength() >= 63) {
            return "argument out of range";
        }
        boolean wordy = c == 'b' || c == 'B' || !bigEndian && (c == 'h' || c == 'H');
        if (wordy || !Character.isUpperCase(c)) {
            if (!fitsLong) {
                return "argument out of range";
            }
            String name = wordy ? (c == 'b' ? "byte" : c == 'B' ? "ubyte" : c == 'h' ? "short" : "ushort") + " format"
                    : "'" + c + "' format";
            return name + " requires " + min + " <= number <= " + max;
        }
        if (v.signum() < 0 || v.compareTo(ULONG_MAX) > 0) {
            return "argument out of range";
        }
        return "'" + c + "' format requires 0 <= number <= " + max;
    }


    private static void put(byte[] out, int at, int size, long bits, boolean little) {
        for (int i = 0; i < size; i++) {
            out[little ? at + i : at + size - 1 - i] = (byte) (bits >>> (8 * i));
        }
    }

    private static long get(byte[] in, int at, int size, boolean little) {
        long bits = 0;
        for (int i = 0; i < size; i++) {
            bits |= (long) (in[little ? at + i : at + size - 1 - i] & 0xFF) << (8 * i);
        }
        return bits;
    }

    /** IEEE 754 binary16 bits of a double, rounding to nearest even; OverflowError when too large. */
    private static long halfBits(double d) {
        if (Double.isNaN(d)) {
            return 0x7E00;
        }
        int sign = d < 0 || d == 0 && 1 / d < 0 ? 0x8000 : 0;
        double a = Math.abs(d);
        if (Double.isInfinite(a)) {
            return sign | 0x7C00;
        }
        if (a == 0) {
            return sign;
        }
        int e = Math.getExponent(a);
        if (e < -14) {
            // subnormal: units of 2**-24
            double units = a * Math.pow(2, 24);
            long r = Math.round(units);
            if (Math.abs(units - Math.floor(units) - 0.5) < 1e-300 && (r & 1) == 1) {
                r--;
            }
            return sign | r;
        }
        double mant = a / Math.pow(2, e) - 1; // in [0, 1)
        double scaled = mant * 1024;
        long m = (long) Math.floor(scaled);
        double rest = scaled - m;
        if (rest > 0.5 || rest == 0.5 && (m & 1) == 1) {
            m++;
        }
        if (m == 1024) {
            m = 0;
            e++;
        }
        if (e > 15) {
            throw Errors.overflow("float too large to pack with e format");
        }
        return sign | (long) (e + 15) << 10 | m;
    }

    private static double halfValue(long bits) {
        int sign = (bits & 0x8000) != 0 ? -1 : 1;
        int e = (int) (bits >> 10 & 0x1F);
        int m = (int) (bits & 0x3FF);
        if (e == 0) {
            return sign * m * Math.pow(2, -24);
        }
        if (e == 31) {
            return m == 0 ? sign * Double.POSITIVE_INFINITY : Double.NaN;
        }
        return sign * (1 + m / 1024.0) * Math.pow(2, e - 15);
    }

    // ------------------------------------------------------------------ unpacking

    private static PyTuple unpack(Layout l, byte[] data, PyType error) {
        if (data.length != l.size) {
            throw error(error, "unpack requires a buffer of " + l.size + " bytes");
        }
        return unpackAt(l, data, 0);
    }

    private static PyTuple unpackFrom(Layout l, Object buffer, Object offsetArg, PyType error) {
        byte[] data = CodecsAccess.bytesLike(buffer);
        long offset = offsetArg == null ? 0 : Abstract.index(offsetArg);
        if (offset < 0) {
            if (offset + data.length < 0) {
                throw error(error, "offset " + offset + " out of range for " + data.length + "-byte buffer");
            }
            if (offset + l.size > 0) {
                throw error(error, "not enough data to unpack " + l.size + " bytes at offset " + offset);
            }
            offset += data.length;
        }
        if (data.length - offset < l.size) {
            throw error(error, "unpack_from requires a buffer of at least " + Long.toUnsignedString(l.size + offset)
                    + " bytes for unpacking " + l.size + " bytes at offset " + offset + " (actual buffer size is "
                    + data.length + ")");
        }
        return unpackAt(l, data, (int) offset);
    }

    private static PyIterator iterUnpack(Layout l, Object buffer, PyType error) {
        byte[] data = CodecsAccess.bytesLike(buffer);
        if (l.size == 0) {
            throw error(error, "cannot iteratively unpack with a struct of length 0");
        }
        if (data.length % l.size != 0) {
            throw error(error, "iterative unpacking requires a buffer of a multiple of " + l.size + " bytes");
        }
        return new UnpackIterator(l, data);
    }

    static final PyType UNPACK_ITERATOR = Ext.iteratorType("_struct", "unpack_iterator", UnpackIterator.class, null);

    static {
        Ext.method(UNPACK_ITERATOR, "__length_hint__", (a, k) -> {
            UnpackIterator it = (UnpackIterator) a[0];
            return (long) ((it.data.length - it.at) / it.layout.size);
        });
    }

    /** CPython's {@code _struct.unpack_iterator}: the items of a buffer, one struct at a time. */
    static final class UnpackIterator extends NativeIterator {
        final Layout layout;
        final byte[] data;
        int at;

        UnpackIterator(Layout layout, byte[] data) {
            super(UNPACK_ITERATOR);
            this.layout = layout;
            this.data = data;
        }

        @Override
        public Object next() {
            if (at >= data.length) {
                return null;
            }
            PyTuple t = unpackAt(layout, data, at);
            at += layout.size;
            return t;
        }
    }

    private static PyTuple unpackAt(Layout l, byte[] data, int base) {
        Object[] out = new Object[l.values];
        int v = 0;
        for (Item it : l.items) {
            int at = base + it.offset;
            switch (it.code) {
                case 'c':
                    out[v++] = new PyBytes(new byte[] {data[at]});
                    break;
                case 's':
                    out[v++] = new PyBytes(java.util.Arrays.copyOfRange(data, at, at + it.count));
                    break;
                case 'p': {
                    int n = it.count == 0 ? 0 : Math.min(data[at] & 0xFF, it.count - 1);
                    out[v++] = new PyBytes(java.util.Arrays.copyOfRange(data, at + 1, at + 1 + n));
                    break;
                }
                case '?':
                    out[v++] = data[at] != 0;
                    break;
                case 'e':
                    out[v++] = halfValue(get(data, at, 2, l.little));
                    break;
                case 'f':
                    out[v++] = (double) Float.intBitsToFloat((int) get(data, at, 4, l.little));
                    break;
                case 'd':
                    out[v++] = Double.longBitsToDouble(get(data, at, 8, l.little));
                    break;
                default: {
                    long bits = get(data, at, it.size, l.little);
                    boolean unsigned = Character.isUpperCase(it.code) || it.code == 'P';
                    if (unsigned) {
                        out[v++] = it.size == 8 && bits < 0 ? Abstract.normalize(
                                BigInteger.valueOf(bits).add(BigInteger.ONE.shiftLeft(64))) : (Object) bits;
                    } else {
                        int shift = 64 - it.size * 8;
                        out[v++] = bits << shift >> shift;
                    }
                }
            }
        }
        return new PyTuple(out);
    }
}
