package org.pyston.runtime.codecache;

import java.io.ByteArrayOutputStream;
import java.lang.reflect.Constructor;
import java.lang.reflect.Field;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Modifier;
import java.math.BigInteger;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.pyston.api.code.CodeUnit;
import org.pyston.runtime.objects.Errors;
import org.pyston.runtime.objects.PyBytes;
import org.pyston.runtime.objects.PyCode;
import org.pyston.runtime.objects.PyComplex;
import org.pyston.runtime.objects.PySet;
import org.pyston.runtime.objects.PyTuple;
import org.pyston.runtime.objects.PyType;
import org.pyston.runtime.objects.Singletons;

/**
 * Our serialized form of a code unit (with its nested units and constants): what the code cache
 * stores and what {@code marshal.dumps}/{@code loads} of a code object may use. It is ours, not
 * CPython's marshal format, and says so in its header.
 *
 * <p><b>Layout.</b> {@code "PYSTCODE"}, the format version (u16), the <em>schema fingerprint</em>
 * (u32), then one value. A code unit is written field by field in the order {@link CodeUnit}
 * declares its instance fields, each by its Java type (int, String, String[], Object[] of
 * constants, and primitive arrays of any element type), and read back through the constructor
 * whose parameters are exactly those field types in that order. Nothing here names a field, so
 * when the code unit's encoding changes (say {@code int[] code} becomes {@code char[]}) the
 * serializer follows without an edit; the fingerprint (a hash of the field names and types)
 * changes with it, so data written for the old layout is refused rather than misread.
 *
 * <p>Constants are tagged values: None, Ellipsis, bool, int (64-bit or big), float, complex, str,
 * bytes, tuple, frozenset, code, and the built-in exception types (the code generator refers to
 * {@code StopAsyncIteration}; they are written by name). A constant of any other type makes {@link #serialize}
 * throw {@link UnsupportedOperationException}; {@link #deserialize} throws
 * {@link IllegalArgumentException} on anything malformed, so callers can treat a bad file as
 * absent.
 */
public final class CodeSerializer {
    private CodeSerializer() {
    }

    /**
     * Bump when the tags or the layout below change, or the meaning of an instruction's operands
     * (3: BINARY's in-place flag is bit 7); the fingerprint covers CodeUnit's fields and the
     * opcode table's names and operand kinds.
     */
    public static final int FORMAT_VERSION = 3;
    private static final byte[] MAGIC = "PYSTCODE".getBytes(StandardCharsets.US_ASCII);

    private static final byte NONE = 'N', ELLIPSIS = '.', TRUE = 'T', FALSE = 'F', INT = 'i', BIG_INT = 'I',
            FLOAT = 'f', COMPLEX = 'x', ASCII = 'a', STR = 'u', BYTES = 'b', TUPLE = '(', FROZENSET = 'z',
            CODE = 'c', NULL = '0', EXCEPTION_TYPE = 'E';

    private static final Field[] FIELDS;
    private static final Constructor<CodeUnit> CONSTRUCTOR;
    /** Why code units cannot be serialized (null when they can). */
    private static final String UNSUPPORTED;
    public static final int SCHEMA;

    static {
        List<Field> fields = new ArrayList<>();
        for (Field f : CodeUnit.class.getDeclaredFields()) {
            if (!Modifier.isStatic(f.getModifiers())) {
                f.setAccessible(true); // private counts of the packed tables are fields too
                fields.add(f);
            }
        }
        FIELDS = fields.toArray(new Field[0]);
        Class<?>[] types = new Class<?>[FIELDS.length];
        StringBuilder schema = new StringBuilder();
        String unsupported = null;
        for (int i = 0; i < FIELDS.length; i++) {
            types[i] = FIELDS[i].getType();
            schema.append(FIELDS[i].getName()).append(':').append(types[i].getName()).append(';');
            if (!supportedFieldType(types[i])) {
                unsupported = "field " + FIELDS[i].getName() + " has type " + types[i].getName();
            }
        }
        Constructor<CodeUnit> constructor = null;
        try {
            constructor = CodeUnit.class.getConstructor(types);
        } catch (NoSuchMethodException e) {
            unsupported = "no constructor taking CodeUnit's fields in declaration order";
        }
        CONSTRUCTOR = constructor;
        UNSUPPORTED = unsupported;
        // the instruction set too: a changed opcode table makes older code unreadable as well
        for (int op = 0; op < org.pyston.api.code.Opcode.COUNT; op++) {
            schema.append(org.pyston.api.code.Opcode.name(op)).append(org.pyston.api.code.Opcode.operands(op)).append(';');
        }
        SCHEMA = schema.toString().hashCode();
    }

    private static boolean supportedFieldType(Class<?> t) {
        return t == int.class || t == char.class || t == String.class || t == String[].class || t == Object[].class
                || t.isArray() && t.getComponentType().isPrimitive();
    }

    /** Whether this build's code units can be serialized at all (else the cache stays off). */
    public static boolean supported() {
        return UNSUPPORTED == null;
    }

    /** The built-in exception type called {@code name}, or null. */
    private static PyType exceptionType(String name) {
        for (PyType t : Errors.ALL) {
            if (t.name.equals(name)) {
                return t;
            }
        }
        return null;
    }

    /**
     * The marshal type code of our code objects ({@code marshal.dumps(code)} is this byte, the
     * length as a little-endian u32, then {@link #serialize}'s bytes); CPython does not use it, so
     * neither side misreads the other's code objects. Code cache files hold this form after
     * their pyc header, which is what importlib hands to {@code marshal.loads}.
     */
    public static final int MARSHAL_TYPE = 'P';

    /**
     * The pyc magic number of code compiled by the compiler of {@code compilerRevision}
     * ({@code importlib.util.MAGIC_NUMBER} here): CPython's magic names its bytecode version, ours
     * names this format's version, the code unit schema and the compiler
     * ({@code SourceCompiler.revision()}), so a cache file written for another layout or by
     * another compiler fails importlib's magic check and is recompiled, never misread or reused
     * stale. Outside CPython's range (3000-3999 for 3.x); 4096 values, so two revisions meet
     * once in 4096 changes.
     */
    public static int pycMagic(String compilerRevision) {
        return 0x7000 + (((FORMAT_VERSION * 31 + SCHEMA) * 31 + compilerRevision.hashCode()) & 0x0fff);
    }

    /** {@code marshal.dumps(code)} for a code unit. */
    public static byte[] marshal(CodeUnit unit) {
        byte[] payload = serialize(unit);
        byte[] out = new byte[5 + payload.length];
        out[0] = (byte) MARSHAL_TYPE;
        for (int i = 0; i < 4; i++) {
            out[1 + i] = (byte) (payload.length >>> (8 * i));
        }
        System.arraycopy(payload, 0, out, 5, payload.length);
        return out;
    }

    /** The code unit of {@link #marshal}'s form at {@code offset} in {@code data} (nothing may follow it). */
    public static CodeUnit unmarshal(byte[] data, int offset) {
        if (data.length - offset < 5 || (data[offset] & 0x7f) != MARSHAL_TYPE) {
            throw new IllegalArgumentException("not a marshalled Pyston code object");
        }
        long n = (data[offset + 1] & 0xffL) | (data[offset + 2] & 0xffL) << 8 | (data[offset + 3] & 0xffL) << 16
                | (data[offset + 4] & 0xffL) << 24;
        if (n != data.length - offset - 5) {
            throw new IllegalArgumentException("truncated or malformed serialized code");
        }
        return deserialize(data, offset + 5);
    }

    // ------------------------------------------------------------------ writing

    /** The serialized form of {@code unit}, header included. */
    public static byte[] serialize(CodeUnit unit) {
        return serializeValue(new PyCode(unit));
    }

    /**
     * The serialized form of a value made only of the constant kinds listed above (for
     * {@code marshal} of code objects and of tuples holding them).
     */
    public static byte[] serializeValue(Object value) {
        if (UNSUPPORTED != null) {
            throw new UnsupportedOperationException("code units cannot be serialized: " + UNSUPPORTED);
        }
        Writer w = new Writer();
        w.bytes(MAGIC);
        w.u16(FORMAT_VERSION);
        w.i32(SCHEMA);
        w.value(value);
        return w.toByteArray();
    }

    private static final class Writer extends ByteArrayOutputStream {
        Writer() {
            super(8192);
        }

        void bytes(byte[] b) {
            write(b, 0, b.length);
        }

        void u8(int v) {
            write(v);
        }

        void u16(int v) {
            write(v >>> 8);
            write(v);
        }

        void i32(int v) {
            write(v >>> 24);
            write(v >>> 16);
            write(v >>> 8);
            write(v);
        }

        void i64(long v) {
            i32((int) (v >>> 32));
            i32((int) v);
        }

        void str(String s) {
            int n = s.length();
            boolean ascii = true;
            for (int i = 0; i < n && ascii; i++) {
                ascii = s.charAt(i) < 0x80;
            }
            if (ascii) {
                u8(ASCII);
                i32(n);
                ensureCapacity(count + n);
                s.getBytes(0, n, buf, count); // deprecated but exact for ASCII
                count += n;
            } else {
                // UTF-16 units as they are: the runtime's str form (with its surrogate encoding) round-trips
                u8(STR);
                i32(n);
                for (int i = 0; i < n; i++) {
                    u16(s.charAt(i));
                }
            }
        }

        private void ensureCapacity(int min) {
            if (min > buf.length) {
                buf = Arrays.copyOf(buf, Math.max(min, buf.length * 2));
            }
        }

        void value(Object v) {
            if (v == null) {
                u8(NULL);
            } else if (v == Singletons.NONE) {
                u8(NONE);
            } else if (v == Singletons.ELLIPSIS) {
                u8(ELLIPSIS);
            } else if (v instanceof Boolean b) {
                u8(b ? TRUE : FALSE);
            } else if (v instanceof Long l) {
                u8(INT);
                i64(l);
            } else if (v instanceof BigInteger b) {
                u8(BIG_INT);
                byte[] mag = b.toByteArray();
                i32(mag.length);
                bytes(mag);
            } else if (v instanceof Double d) {
                u8(FLOAT);
                i64(Double.doubleToRawLongBits(d));
            } else if (v instanceof PyComplex c && c.getClass() == PyComplex.class) {
                u8(COMPLEX);
                i64(Double.doubleToRawLongBits(c.real));
                i64(Double.doubleToRawLongBits(c.imag));
            } else if (v instanceof String s) {
                str(s);
            } else if (v instanceof PyBytes b && b.getClass() == PyBytes.class) {
                u8(BYTES);
                i32(b.bytes.length);
                bytes(b.bytes);
            } else if (v instanceof PyTuple t && t.getClass() == PyTuple.class) {
                u8(TUPLE);
                i32(t.items.length);
                for (Object item : t.items) {
                    value(item);
                }
            } else if (v instanceof PySet s && s.frozen && s.type() == PySet.FROZEN_TYPE) {
                u8(FROZENSET);
                Object[] items = s.toArray();
                i32(items.length);
                for (Object item : items) {
                    value(item);
                }
            } else if (v instanceof PyCode c) {
                u8(CODE);
                unit(c.unit);
            } else if (v instanceof PyType t && exceptionType(t.name) == t) {
                u8(EXCEPTION_TYPE);
                str(t.name);
            } else {
                throw new UnsupportedOperationException("cannot serialize a constant of Java type "
                        + v.getClass().getName());
            }
        }

        void unit(CodeUnit unit) {
            try {
                for (Field f : FIELDS) {
                    field(f.getType(), f.get(unit));
                }
            } catch (IllegalAccessException e) {
                throw new UnsupportedOperationException(e);
            }
        }

        void field(Class<?> type, Object v) {
            if (type == int.class) {
                i32((Integer) v);
            } else if (type == char.class) {
                i32((Character) v);
            } else if (type == String.class) {
                value(v);
            } else if (type == String[].class || type == Object[].class) {
                Object[] a = (Object[]) v;
                if (a == null) {
                    i32(-1);
                    return;
                }
                i32(a.length);
                for (Object item : a) {
                    value(item);
                }
            } else {
                primitiveArray(type.getComponentType(), v);
            }
        }

        void primitiveArray(Class<?> element, Object array) {
            if (array == null) {
                i32(-1);
                return;
            }
            int n = java.lang.reflect.Array.getLength(array);
            i32(n);
            if (element == byte.class) {
                bytes((byte[]) array);
            } else if (element == int.class) {
                for (int x : (int[]) array) {
                    i32(x);
                }
            } else if (element == char.class) {
                for (char x : (char[]) array) {
                    u16(x);
                }
            } else if (element == short.class) {
                for (short x : (short[]) array) {
                    u16(x);
                }
            } else if (element == long.class) {
                for (long x : (long[]) array) {
                    i64(x);
                }
            } else if (element == boolean.class) {
                for (boolean x : (boolean[]) array) {
                    u8(x ? 1 : 0);
                }
            } else if (element == float.class) {
                for (float x : (float[]) array) {
                    i32(Float.floatToRawIntBits(x));
                }
            } else {
                for (double x : (double[]) array) {
                    i64(Double.doubleToRawLongBits(x));
                }
            }
        }
    }

    // ------------------------------------------------------------------ reading

    /** The code unit serialized in {@code data} (from {@code offset}). */
    public static CodeUnit deserialize(byte[] data, int offset) {
        Object v = deserializeValue(data, offset);
        if (!(v instanceof PyCode c)) {
            throw new IllegalArgumentException("serialized value is not a code unit");
        }
        return c.unit;
    }

    /** The value serialized in {@code data} (from {@code offset}); rejects other formats and versions. */
    public static Object deserializeValue(byte[] data, int offset) {
        if (UNSUPPORTED != null) {
            throw new IllegalArgumentException("code units cannot be serialized: " + UNSUPPORTED);
        }
        try {
            ByteBuffer in = ByteBuffer.wrap(data, offset, data.length - offset);
            byte[] magic = new byte[MAGIC.length];
            in.get(magic);
            if (!Arrays.equals(magic, MAGIC)) {
                throw new IllegalArgumentException("not serialized Pyston code");
            }
            int version = in.getShort() & 0xffff;
            int schema = in.getInt();
            if (version != FORMAT_VERSION || schema != SCHEMA) {
                throw new IllegalArgumentException("serialized code of another format version");
            }
            Object v = new Reader(in).value();
            if (in.hasRemaining()) {
                throw new IllegalArgumentException("trailing data after serialized code");
            }
            return v;
        } catch (java.nio.BufferUnderflowException | NegativeArraySizeException | ClassCastException
                | NullPointerException e) {
            throw new IllegalArgumentException("truncated or malformed serialized code", e);
        }
    }

    private static final class Reader {
        private final ByteBuffer in;

        Reader(ByteBuffer in) {
            this.in = in;
        }

        private int length() {
            int n = in.getInt();
            if (n < 0 || n > in.remaining()) {
                throw new IllegalArgumentException("bad length in serialized code");
            }
            return n;
        }

        Object value() {
            byte tag = in.get();
            switch (tag) {
                case NULL:
                    return null;
                case NONE:
                    return Singletons.NONE;
                case ELLIPSIS:
                    return Singletons.ELLIPSIS;
                case TRUE:
                    return Boolean.TRUE;
                case FALSE:
                    return Boolean.FALSE;
                case INT:
                    return in.getLong();
                case BIG_INT: {
                    byte[] mag = new byte[length()];
                    in.get(mag);
                    return new BigInteger(mag);
                }
                case FLOAT:
                    return Double.longBitsToDouble(in.getLong());
                case COMPLEX:
                    return new PyComplex(Double.longBitsToDouble(in.getLong()), Double.longBitsToDouble(in.getLong()));
                case ASCII: {
                    int n = length();
                    String s = new String(in.array(), in.arrayOffset() + in.position(), n, StandardCharsets.ISO_8859_1);
                    in.position(in.position() + n);
                    return s;
                }
                case STR: {
                    int n = in.getInt();
                    if (n < 0 || n > in.remaining() / 2) {
                        throw new IllegalArgumentException("bad length in serialized code");
                    }
                    char[] cs = new char[n];
                    in.asCharBuffer().get(cs);
                    in.position(in.position() + 2 * n);
                    return new String(cs);
                }
                case BYTES: {
                    byte[] b = new byte[length()];
                    in.get(b);
                    return new PyBytes(b);
                }
                case TUPLE: {
                    Object[] items = new Object[length()];
                    for (int i = 0; i < items.length; i++) {
                        items[i] = value();
                    }
                    return new PyTuple(items);
                }
                case FROZENSET: {
                    int n = length();
                    PySet s = new PySet(true);
                    for (int i = 0; i < n; i++) {
                        s.add(value());
                    }
                    return s;
                }
                case CODE:
                    return new PyCode(unit());
                case EXCEPTION_TYPE: {
                    PyType t = exceptionType((String) value());
                    if (t == null) {
                        throw new IllegalArgumentException("unknown exception type in serialized code");
                    }
                    return t;
                }
                default:
                    throw new IllegalArgumentException("bad tag " + tag + " in serialized code");
            }
        }

        CodeUnit unit() {
            Object[] args = new Object[FIELDS.length];
            for (int i = 0; i < FIELDS.length; i++) {
                args[i] = field(FIELDS[i].getType());
            }
            try {
                return CONSTRUCTOR.newInstance(args);
            } catch (InvocationTargetException e) {
                throw new IllegalArgumentException("inconsistent serialized code unit: " + e.getCause(), e.getCause());
            } catch (ReflectiveOperationException e) {
                throw new IllegalArgumentException(e);
            }
        }

        Object field(Class<?> type) {
            if (type == int.class) {
                return in.getInt();
            }
            if (type == char.class) {
                return (char) in.getInt();
            }
            if (type == String.class) {
                return (String) value();
            }
            if (type == String[].class || type == Object[].class) {
                int n = in.getInt();
                if (n == -1) {
                    return null;
                }
                if (n < 0 || n > in.remaining()) {
                    throw new IllegalArgumentException("bad length in serialized code");
                }
                Object[] a = type == String[].class ? new String[n] : new Object[n];
                for (int i = 0; i < n; i++) {
                    a[i] = value();
                }
                return a;
            }
            return primitiveArray(type.getComponentType());
        }

        Object primitiveArray(Class<?> element) {
            int n = in.getInt();
            if (n == -1) {
                return null;
            }
            if (n < 0 || n > in.remaining()) {
                throw new IllegalArgumentException("bad length in serialized code");
            }
            if (element == byte.class) {
                byte[] a = new byte[n];
                in.get(a);
                return a;
            }
            if (element == int.class) {
                int[] a = new int[n];
                in.asIntBuffer().get(a);
                in.position(in.position() + 4 * n);
                return a;
            }
            if (element == char.class) {
                char[] a = new char[n];
                in.asCharBuffer().get(a);
                in.position(in.position() + 2 * n);
                return a;
            }
            if (element == short.class) {
                short[] a = new short[n];
                in.asShortBuffer().get(a);
                in.position(in.position() + 2 * n);
                return a;
            }
            if (element == long.class) {
                long[] a = new long[n];
                in.asLongBuffer().get(a);
                in.position(in.position() + 8 * n);
                return a;
            }
            if (element == boolean.class) {
                boolean[] a = new boolean[n];
                for (int i = 0; i < n; i++) {
                    a[i] = in.get() != 0;
                }
                return a;
            }
            if (element == float.class) {
                float[] a = new float[n];
                in.asFloatBuffer().get(a);
                in.position(in.position() + 4 * n);
                return a;
            }
            double[] a = new double[n];
            in.asDoubleBuffer().get(a);
            in.position(in.position() + 8 * n);
            return a;
        }
    }
}
