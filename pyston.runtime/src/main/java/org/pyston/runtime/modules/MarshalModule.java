package org.pyston.runtime.modules;

import java.io.ByteArrayOutputStream;
import java.math.BigInteger;
import java.util.ArrayList;
import java.util.List;
import org.pyston.api.code.CodeUnit;
import org.pyston.runtime.codecache.CodeSerializer;
import org.pyston.runtime.objects.Abstract;
import org.pyston.runtime.objects.Args;
import org.pyston.runtime.objects.Buffers;
import org.pyston.runtime.objects.Codecs;
import org.pyston.runtime.objects.Errors;
import org.pyston.runtime.objects.NativeFunction;
import org.pyston.runtime.objects.PyBuiltinFunction;
import org.pyston.runtime.objects.PyBytes;
import org.pyston.runtime.objects.PyCode;
import org.pyston.runtime.objects.PyComplex;
import org.pyston.runtime.objects.PyDict;
import org.pyston.runtime.objects.PyList;
import org.pyston.runtime.objects.PyModule;
import org.pyston.runtime.objects.PySet;
import org.pyston.runtime.objects.PyTuple;
import org.pyston.runtime.objects.PyType;
import org.pyston.runtime.objects.Singletons;

/**
 * {@code marshal}: CPython's format (version 4) for values, so data written by CPython loads here
 * and the other way round; code objects are this runtime's own ({@link CodeSerializer}, under a
 * type code CPython does not use, so neither side misreads the other's code). {@code dumps}
 * writes no back-references (CPython decides them by reference counts, which the JVM does not
 * have): the output is valid marshal data that CPython reads, but not always byte-identical to
 * CPython's.
 */
final class MarshalModule {
    private MarshalModule() {
    }

    static final int VERSION = 4;
    private static final int MAX_DEPTH = 2000;
    private static final int FLAG_REF = 0x80;
    /** Our code objects: the type code, a u32 length, then {@link CodeSerializer}'s bytes. */
    private static final int TYPE_PYSTON_CODE = CodeSerializer.MARSHAL_TYPE;

    static PyModule create() {
        PyModule m = new PyModule("marshal");
        m.set("version", (long) VERSION);
        fn(m, "dumps", (a, k) -> {
            Object[] p = Args.parse("dumps", a, k, 0, 1, 2, "", "");
            return new PyBytes(dumps(p[0], p[1] == null ? VERSION : (int) Abstract.index(p[1])));
        });
        fn(m, "dump", (a, k) -> {
            Object[] p = Args.parse("dump", a, k, 0, 2, 3, "", "", "");
            byte[] data = dumps(p[0], p[2] == null ? VERSION : (int) Abstract.index(p[2]));
            Abstract.call(Abstract.getAttr(p[1], "write"), new Object[] {new PyBytes(data)}, null);
            return Singletons.NONE;
        });
        fn(m, "loads", (a, k) -> {
            Args.positionalOnly("loads", a, k, 1, 1, false);
            byte[] data = Buffers.bytesLike(a[0]);
            return new Reader(new ArraySource(data)).readObject();
        });
        fn(m, "load", (a, k) -> {
            Args.positionalOnly("load", a, k, 1, 1, false);
            return new Reader(new FileSource(a[0])).readObject();
        });
        return m;
    }

    // ------------------------------------------------------------------ writing

    static byte[] dumps(Object value, int version) {
        Writer w = new Writer(version);
        w.write(value, 0);
        return w.out.toByteArray();
    }

    private static final class Writer {
        final ByteArrayOutputStream out = new ByteArrayOutputStream();
        final int version;

        Writer(int version) {
            this.version = version;
        }

        void u8(int b) {
            out.write(b);
        }

        void i32(long v) {
            out.write((int) v);
            out.write((int) (v >>> 8));
            out.write((int) (v >>> 16));
            out.write((int) (v >>> 24));
        }

        void i64(long v) {
            i32(v);
            i32(v >>> 32);
        }

        void bytes(byte[] b) {
            out.write(b, 0, b.length);
        }

        void sized(int type, byte[] b) {
            u8(type);
            i32(b.length);
            bytes(b);
        }

        void write(Object v, int depth) {
            if (depth > MAX_DEPTH) {
                throw Errors.valueError("object too deeply nested to marshal");
            }
            if (v == Singletons.NONE) {
                u8('N');
            } else if (v == Boolean.TRUE) {
                u8('T');
            } else if (v == Boolean.FALSE) {
                u8('F');
            } else if (v == Singletons.ELLIPSIS) {
                u8('.');
            } else if (v == Errors.STOP_ITERATION) {
                u8('S');
            } else if (v instanceof Long l && PyType.of(v) == PyType.of(0L)) {
                if (l == (int) (long) l) {
                    u8('i');
                    i32(l);
                } else {
                    writeLong(BigInteger.valueOf(l));
                }
            } else if (v instanceof BigInteger b) {
                writeLong(b);
            } else if (v instanceof Double d) {
                if (version > 1) {
                    u8('g');
                    i64(Double.doubleToRawLongBits(d));
                } else {
                    byte[] s = Abstract.repr(d).getBytes(java.nio.charset.StandardCharsets.US_ASCII);
                    u8('f');
                    u8(s.length);
                    bytes(s);
                }
            } else if (v instanceof PyComplex c && c.getClass() == PyComplex.class) {
                if (version > 1) {
                    u8('y');
                    i64(Double.doubleToRawLongBits(c.real));
                    i64(Double.doubleToRawLongBits(c.imag));
                } else {
                    u8('x');
                    for (double part : new double[] {c.real, c.imag}) {
                        byte[] s = Abstract.repr(part).getBytes(java.nio.charset.StandardCharsets.US_ASCII);
                        u8(s.length);
                        bytes(s);
                    }
                }
            } else if (v instanceof String s) {
                writeStr(s);
            } else if (v instanceof PyTuple t && PyType.of(v) == PyType.of(PyTuple.EMPTY)) {
                if (version >= 4 && t.items.length < 256) {
                    u8(')');
                    u8(t.items.length);
                } else {
                    u8('(');
                    i32(t.items.length);
                }
                for (Object item : t.items) {
                    write(item, depth + 1);
                }
            } else if (v instanceof PyList l && PyType.of(v) == PyList.TYPE) {
                u8('[');
                i32(l.size);
                for (int i = 0; i < l.size; i++) {
                    write(l.items[i], depth + 1);
                }
            } else if (v instanceof PyDict d && PyType.of(v) == PyDict.TYPE) {
                u8('{');
                for (java.util.Map.Entry<Object, Object> e : d.entries()) {
                    write(e.getKey(), depth + 1);
                    write(e.getValue(), depth + 1);
                }
                u8('0');
            } else if (v instanceof PySet s && (PyType.of(v) == PySet.TYPE || PyType.of(v) == PySet.FROZEN_TYPE)) {
                Object[] items = s.toArray();
                u8(s.frozen ? '>' : '<');
                i32(items.length);
                for (Object item : items) {
                    write(item, depth + 1);
                }
            } else if (v instanceof PyCode code) {
                try {
                    bytes(CodeSerializer.marshal(code.unit));
                } catch (UnsupportedOperationException e) {
                    throw Errors.valueError("unmarshallable object");
                }
            } else if (Buffers.isBytesLike(v)) {
                sized('s', Buffers.bytesLike(v).clone());
            } else {
                throw Errors.valueError("unmarshallable object");
            }
        }

        private void writeLong(BigInteger b) {
            // 15-bit digits, least significant first; the count carries the sign
            BigInteger mag = b.abs();
            List<Integer> digits = new ArrayList<>();
            while (mag.signum() != 0) {
                digits.add(mag.intValue() & 0x7fff);
                mag = mag.shiftRight(15);
            }
            u8('l');
            i32(b.signum() < 0 ? -digits.size() : digits.size());
            for (int d : digits) {
                u8(d & 0xff);
                u8(d >>> 8);
            }
        }

        private void writeStr(String s) {
            boolean ascii = true;
            for (int i = 0; i < s.length() && ascii; i++) {
                ascii = s.charAt(i) < 0x80;
            }
            if (version >= 4 && ascii) {
                byte[] b = s.getBytes(java.nio.charset.StandardCharsets.US_ASCII);
                if (b.length < 256) {
                    u8('z');
                    u8(b.length);
                    bytes(b);
                } else {
                    sized('a', b);
                }
                return;
            }
            sized('u', Codecs.encode(s, "utf-8", "surrogatepass").bytes);
        }
    }

    // ------------------------------------------------------------------ reading

    private interface Source {
        /** Exactly {@code n} bytes, or null at the end of the data. */
        byte[] take(int n);
    }

    private static final class ArraySource implements Source {
        private final byte[] data;
        private int pos;

        ArraySource(byte[] data) {
            this.data = data;
        }

        @Override
        public byte[] take(int n) {
            if (n > data.length - pos) {
                return null;
            }
            byte[] b = java.util.Arrays.copyOfRange(data, pos, pos + n);
            pos += n;
            return b;
        }
    }

    /** Reads through the file's {@code read}, never past the end of the object, as CPython's marshal.load. */
    private static final class FileSource implements Source {
        private final Object read;

        FileSource(Object file) {
            this.read = Abstract.getAttr(file, "read");
        }

        @Override
        public byte[] take(int n) {
            Object got = Abstract.call(read, new Object[] {(long) n}, null);
            if (!Buffers.isBytesLike(got)) {
                throw Errors.typeError("file.read() returned not bytes but " + Errors.typeName(got));
            }
            byte[] b = Buffers.bytesLike(got);
            if (b.length != n) {
                if (b.length > n) {
                    throw Errors.valueError("read() returned too much data: " + n + " bytes requested, " + b.length
                            + " returned");
                }
                return null;
            }
            return b;
        }
    }

    private static final class Reader {
        private final Source in;
        private final List<Object> refs = new ArrayList<>();
        private int depth;

        Reader(Source in) {
            this.in = in;
        }

        private byte[] take(int n) {
            byte[] b = in.take(n);
            if (b == null) {
                throw Errors.of(Errors.EOF_ERROR, "marshal data too short");
            }
            return b;
        }

        private int u8() {
            return take(1)[0] & 0xff;
        }

        private int i32() {
            byte[] b = take(4);
            return (b[0] & 0xff) | (b[1] & 0xff) << 8 | (b[2] & 0xff) << 16 | (b[3] & 0xff) << 24;
        }

        private long i64() {
            return (i32() & 0xffffffffL) | ((long) i32() << 32);
        }

        private int size() {
            int n = i32();
            if (n < 0) {
                throw Errors.valueError("bad marshal data (size out of range)");
            }
            return n;
        }

        Object readObject() {
            byte[] first = in.take(1);
            if (first == null) {
                throw Errors.of(Errors.EOF_ERROR, "EOF read where object expected");
            }
            if (++depth > MAX_DEPTH) {
                depth--;
                throw Errors.valueError("recursion limit exceeded");
            }
            try {
                int code = first[0] & 0xff;
                boolean ref = (code & FLAG_REF) != 0;
                return read(code & ~FLAG_REF, ref);
            } finally {
                depth--;
            }
        }

        private Object keep(boolean ref, Object v) {
            if (ref) {
                refs.add(v);
            }
            return v;
        }

        private int reserve(boolean ref) {
            if (!ref) {
                return -1;
            }
            refs.add(null);
            return refs.size() - 1;
        }

        private Object fill(int slot, Object v) {
            if (slot >= 0) {
                refs.set(slot, v);
            }
            return v;
        }

        private Object read(int type, boolean ref) {
            switch (type) {
                case '0':
                    throw Errors.typeError("NULL object in marshal data for object");
                case 'N':
                    return Singletons.NONE;
                case 'F':
                    return Boolean.FALSE;
                case 'T':
                    return Boolean.TRUE;
                case '.':
                    return Singletons.ELLIPSIS;
                case 'S':
                    return Errors.STOP_ITERATION;
                case 'i':
                    return keep(ref, (long) i32());
                case 'l': {
                    int n = i32();
                    int count = Math.abs(n);
                    BigInteger value = BigInteger.ZERO;
                    byte[] b = take(2 * count);
                    for (int i = count - 1; i >= 0; i--) {
                        int d = (b[2 * i] & 0xff) | (b[2 * i + 1] & 0xff) << 8;
                        if (d > 0x7fff) {
                            throw Errors.valueError("bad marshal data (digit out of range in long)");
                        }
                        value = value.shiftLeft(15).or(BigInteger.valueOf(d));
                    }
                    if (count > 0 && b[2 * count - 2] == 0 && b[2 * count - 1] == 0) {
                        throw Errors.valueError("bad marshal data (unnormalized long data)");
                    }
                    return keep(ref, Abstract.normalize(n < 0 ? value.negate() : value));
                }
                case 'g':
                    return keep(ref, Double.longBitsToDouble(i64()));
                case 'f':
                    return keep(ref, parseFloat(new String(take(u8()), java.nio.charset.StandardCharsets.US_ASCII)));
                case 'y': {
                    double re = Double.longBitsToDouble(i64());
                    return keep(ref, new PyComplex(re, Double.longBitsToDouble(i64())));
                }
                case 'x': {
                    double re = parseFloat(new String(take(u8()), java.nio.charset.StandardCharsets.US_ASCII));
                    double im = parseFloat(new String(take(u8()), java.nio.charset.StandardCharsets.US_ASCII));
                    return keep(ref, new PyComplex(re, im));
                }
                case 's':
                    return keep(ref, new PyBytes(take(size())));
                case 'u':
                case 't': {
                    byte[] b = take(size());
                    String s = Codecs.decode(b, 0, b.length, "utf-8", "surrogatepass");
                    return keep(ref, type == 't' ? s.intern() : s);
                }
                case 'a':
                case 'A':
                    return keep(ref, ascii(take(size()), type == 'A'));
                case 'z':
                case 'Z':
                    return keep(ref, ascii(take(u8()), type == 'Z'));
                case ')':
                case '(': {
                    int n = type == ')' ? u8() : size();
                    int slot = reserve(ref);
                    Object[] items = new Object[n];
                    for (int i = 0; i < n; i++) {
                        items[i] = readObject();
                    }
                    return fill(slot, new PyTuple(items));
                }
                case '[': {
                    int n = size();
                    PyList l = new PyList();
                    keep(ref, l);
                    for (int i = 0; i < n; i++) {
                        l.append(readObject());
                    }
                    return l;
                }
                case '{': {
                    PyDict d = new PyDict();
                    keep(ref, d);
                    while (true) {
                        byte[] peek = in.take(1);
                        if (peek == null) {
                            throw Errors.of(Errors.EOF_ERROR, "EOF read where object expected");
                        }
                        int keyType = peek[0] & 0xff;
                        if (keyType == '0') {
                            break;
                        }
                        depth++;
                        Object key;
                        try {
                            key = read(keyType & ~FLAG_REF, (keyType & FLAG_REF) != 0);
                        } finally {
                            depth--;
                        }
                        d.put(key, readObject());
                    }
                    return d;
                }
                case '<':
                case '>': {
                    int n = size();
                    boolean frozen = type == '>';
                    int slot = frozen ? reserve(ref) : -1;
                    PySet s = new PySet(frozen);
                    if (!frozen) {
                        keep(ref, s);
                    }
                    for (int i = 0; i < n; i++) {
                        s.add(readObject());
                    }
                    return fill(slot, s);
                }
                case 'r': {
                    int index = i32();
                    if (index < 0 || index >= refs.size() || refs.get(index) == null) {
                        throw Errors.valueError("bad marshal data (invalid reference)");
                    }
                    return refs.get(index);
                }
                case TYPE_PYSTON_CODE: {
                    byte[] data = take(size());
                    try {
                        CodeUnit unit = CodeSerializer.deserialize(data, 0);
                        return keep(ref, new PyCode(unit));
                    } catch (IllegalArgumentException e) {
                        throw Errors.valueError("bad marshal data (" + e.getMessage() + ")");
                    }
                }
                case 'c':
                    throw Errors.valueError("bad marshal data (CPython code objects cannot be loaded by Pyston)");
                default:
                    throw Errors.valueError("bad marshal data (unknown type code)");
            }
        }

        private static String ascii(byte[] b, boolean interned) {
            String s = new String(b, java.nio.charset.StandardCharsets.ISO_8859_1);
            return interned ? s.intern() : s;
        }

        private static double parseFloat(String s) {
            try {
                return Double.parseDouble(s);
            } catch (NumberFormatException e) {
                throw Errors.valueError("bad marshal data (invalid float)");
            }
        }
    }

    private static void fn(PyModule m, String name, NativeFunction f) {
        m.set(name, new PyBuiltinFunction(name, f, false));
    }
}
