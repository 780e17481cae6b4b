package org.pyston.runtime.objects;

/**
 * {@code memoryview} over {@code bytes} and {@code bytearray}: one-dimensional, format 'B'.
 * It reads and writes the underlying object directly; a view into a bytearray that has
 * shrunk since raises IndexError rather than reading stale bytes (CPython refuses the resize
 * instead, which needs the view's lifetime). Multi-dimensional views and {@code cast} are not
 * there yet and raise NotImplementedError.
 */
public final class PyMemoryView extends PyObject {
    public static final PyType TYPE = PyType.builtin("memoryview", PyMemoryView.class);

    /** The exporting object: a PyBytes, a PyByteArray or a {@link BufferExporter}. */
    final Object obj;
    /** Byte offset of item 0. */
    final int start;
    /** Number of items. */
    final int length;
    /** Bytes from one item to the next. */
    final int step;
    /** The struct format of an item and its size in bytes. */
    final String format;
    final int itemsize;
    boolean released;

    PyMemoryView(Object obj, int start, int length, int step) {
        this(obj, start, length, step, "B", 1);
    }

    PyMemoryView(Object obj, int start, int length, int step, String format, int itemsize) {
        this.obj = obj;
        this.start = start;
        this.length = length;
        this.step = step;
        this.format = format;
        this.itemsize = itemsize;
    }

    static PyMemoryView of(Object o) {
        if (o instanceof PyMemoryView m) {
            m.check();
            return new PyMemoryView(m.obj, m.start, m.length, m.step, m.format, m.itemsize);
        }
        if (o instanceof PyBytes b) {
            return new PyMemoryView(b, 0, b.bytes.length, 1);
        }
        if (o instanceof PyByteArray ba) {
            return new PyMemoryView(ba, 0, ba.size, 1);
        }
        if (o instanceof BufferExporter e) {
            int size = e.bufferItemSize();
            return new PyMemoryView(o, 0, e.bufferSize() / size, size, e.bufferFormat(), size);
        }
        throw Errors.typeError("memoryview: a bytes-like object is required, not '" + Errors.typeName(o) + "'");
    }

    @Override
    public PyType type() {
        return TYPE;
    }

    void check() {
        if (released) {
            throw Errors.valueError("operation forbidden on released memoryview object");
        }
    }

    boolean readonly() {
        return obj instanceof PyBytes || obj instanceof BufferExporter e && e.bufferReadonly();
    }

    byte[] array() {
        if (obj instanceof PyBytes b) {
            return b.bytes;
        }
        return obj instanceof PyByteArray ba ? ba.data : ((BufferExporter) obj).bufferBytes();
    }

    int limit() {
        if (obj instanceof PyBytes b) {
            return b.bytes.length;
        }
        return obj instanceof PyByteArray ba ? ba.size : ((BufferExporter) obj).bufferSize();
    }

    /** The byte offset of item {@code i}. */
    private int offset(int i) {
        int at = start + i * step;
        if (at < 0 || at + itemsize > limit()) {
            throw Errors.indexError("index out of range");
        }
        return at;
    }

    /** Writes byte {@code index} of the viewed bytes (items in order). */
    void setByte(int index, byte value) {
        array()[offset(index / itemsize) + index % itemsize] = value;
    }

    /** A copy of the viewed bytes. */
    byte[] toBytes() {
        check();
        byte[] r = new byte[length * itemsize];
        byte[] a = array();
        for (int i = 0; i < length; i++) {
            System.arraycopy(a, offset(i), r, i * itemsize, itemsize);
        }
        return r;
    }

    /** The size of a struct format's item in native mode, or -1 when memoryview does not support it. */
    static int formatSize(String f) {
        switch (f) {
            case "b": case "B": case "c": case "?":
                return 1;
            case "h": case "H":
                return 2;
            case "i": case "I": case "f":
                return 4;
            case "l": case "L": case "q": case "Q": case "n": case "N": case "d": case "P":
                return 8;
            default:
                return -1;
        }
    }

    private static long readLong(byte[] a, int at, int size) {
        long v = 0;
        for (int k = size - 1; k >= 0; k--) {
            v = (v << 8) | (a[at + k] & 0xFF);
        }
        return v;
    }

    private static void writeLong(byte[] a, int at, int size, long v) {
        for (int k = 0; k < size; k++) {
            a[at + k] = (byte) (v >>> (8 * k));
        }
    }

    /** The item at byte offset {@code at} of {@code a}, as struct's native unpacking gives it. */
    public static Object unpack(String format, byte[] a, int at) {
        if (formatSize(format) < 0) {
            throw Errors.of(Errors.NOT_IMPLEMENTED_ERROR, "memoryview: format " + format + " not supported");
        }
        switch (format) {
            case "B": return (long) (a[at] & 0xFF);
            case "b": return (long) a[at];
            case "c": return new PyBytes(new byte[] {a[at]});
            case "?": return a[at] != 0;
            case "h": return (long) (short) readLong(a, at, 2);
            case "H": return readLong(a, at, 2);
            case "i": return (long) (int) readLong(a, at, 4);
            case "I": return readLong(a, at, 4);
            case "f": return (double) Float.intBitsToFloat((int) readLong(a, at, 4));
            case "d": return Double.longBitsToDouble(readLong(a, at, 8));
            case "l": case "q": case "n": return readLong(a, at, 8);
            default: { // L Q N P: unsigned 64-bit
                long v = readLong(a, at, 8);
                return v >= 0 ? (Object) v : Abstract.normalize(new java.math.BigInteger(Long.toUnsignedString(v)));
            }
        }
    }

    /** Stores {@code value} as one item; errors name {@code who} ("memoryview" or "array"). */
    static void pack(String format, byte[] a, int at, Object value) {
        if (formatSize(format) < 0) {
            throw Errors.of(Errors.NOT_IMPLEMENTED_ERROR, "memoryview: format " + format + " not supported");
        }
        switch (format) {
            case "f": case "d": {
                if (!(value instanceof Double || Abstract.isInt(value) || value instanceof PyObject
                        && PyType.of(value).lookup("__float__") != null)) {
                    throw Errors.typeError("memoryview: invalid type for format '" + format + "'");
                }
                double d = Abstract.asDouble(value);
                if (format.equals("f")) {
                    writeLong(a, at, 4, Float.floatToRawIntBits((float) d));
                } else {
                    writeLong(a, at, 8, Double.doubleToRawLongBits(d));
                }
                return;
            }
            case "?":
                a[at] = (byte) (Abstract.isTrue(value) ? 1 : 0);
                return;
            case "c": {
                if (!(value instanceof PyBytes b)) {
                    throw Errors.typeError("memoryview: invalid type for format 'c'");
                }
                if (b.bytes.length != 1) {
                    throw Errors.valueError("memoryview: invalid value for format 'c'");
                }
                a[at] = b.bytes[0];
                return;
            }
            default:
                break;
        }
        if (!(Abstract.isInt(value) || value instanceof PyObject && PyType.of(value).lookup("__index__") != null)) {
            throw Errors.typeError("memoryview: invalid type for format '" + format + "'");
        }
        Object n = Abstract.indexValue(value);
        int size = formatSize(format);
        boolean unsigned = Character.isUpperCase(format.charAt(0));
        java.math.BigInteger big = n instanceof Long l ? java.math.BigInteger.valueOf(l) : (java.math.BigInteger) n;
        java.math.BigInteger min = unsigned ? java.math.BigInteger.ZERO : java.math.BigInteger.ONE.shiftLeft(8 * size - 1).negate();
        java.math.BigInteger max = unsigned ? java.math.BigInteger.ONE.shiftLeft(8 * size).subtract(java.math.BigInteger.ONE)
                : java.math.BigInteger.ONE.shiftLeft(8 * size - 1).subtract(java.math.BigInteger.ONE);
        if (big.compareTo(min) < 0 || big.compareTo(max) > 0) {
            throw Errors.valueError("memoryview: invalid value for format '" + format + "'");
        }
        writeLong(a, at, size, big.longValue());
    }

    Object getItem(Object key) {
        check();
        if (key instanceof PySlice sl) {
            long[] idx = sl.indices(length);
            return new PyMemoryView(obj, start + (int) idx[0] * step, (int) idx[3], step * (int) idx[2], format, itemsize);
        }
        if (!(Abstract.isInt(key) || key instanceof PyObject && PyType.of(key).lookup("__index__") != null)) {
            throw Errors.typeError("memoryview: invalid slice key");
        }
        int i = Abstract.seqIndex(key, length, "index");
        return unpack(format, array(), offset(i));
    }

    void setItem(Object key, Object value) {
        check();
        if (readonly()) {
            throw Errors.typeError("cannot modify read-only memory");
        }
        byte[] a = array();
        if (key instanceof PySlice sl) {
            long[] idx = sl.indices(length);
            byte[] with = value instanceof PyMemoryView v ? v.toBytes() : BytesMethods.bytesLike(value);
            if (value instanceof PyMemoryView v && !v.format.equals(format)
                    || value instanceof BufferExporter e && !e.bufferFormat().equals(format)
                    || with.length != idx[3] * itemsize) {
                throw Errors.valueError("memoryview assignment: lvalue and rvalue have different structures");
            }
            for (int k = 0; k < idx[3]; k++) {
                System.arraycopy(with, k * itemsize, a, offset((int) (idx[0] + k * idx[2])), itemsize);
            }
            return;
        }
        int i = Abstract.seqIndex(key, length, "index");
        pack(format, a, offset(i), value);
    }

    /** The items as Python values. */
    Object[] items() {
        check();
        byte[] a = array();
        Object[] items = new Object[length];
        for (int i = 0; i < length; i++) {
            items[i] = unpack(format, a, offset(i));
        }
        return items;
    }

    /** memoryview.cast(format): C-contiguous one-dimensional views, one side a byte format, as CPython. */
    PyMemoryView cast(Object fmt, Object shape) {
        check();
        if (!(fmt instanceof String f)) {
            throw Errors.typeError("memoryview: format argument must be a string");
        }
        if (step != itemsize) {
            throw Errors.typeError("memoryview: casts are restricted to C-contiguous views");
        }
        String target = f.startsWith("@") ? f.substring(1) : f;
        int size = formatSize(target);
        if (size < 0) {
            throw Errors.valueError("memoryview: destination format must be a native single character format prefixed with an optional '@'");
        }
        boolean bytesFrom = format.equals("B") || format.equals("b") || format.equals("c");
        boolean bytesTo = target.equals("B") || target.equals("b") || target.equals("c");
        if (!bytesFrom && !bytesTo) {
            throw Errors.typeError("memoryview: cannot cast between two non-byte formats");
        }
        int nbytes = length * itemsize;
        if (nbytes % size != 0) {
            throw Errors.typeError("memoryview: length is not a multiple of itemsize");
        }
        if (shape != null && shape != Singletons.NONE) {
            Object[] dims = Sequences.toArray(shape);
            if (dims.length != 1 || Abstract.index(dims[0]) * size != nbytes) {
                throw Errors.of(Errors.NOT_IMPLEMENTED_ERROR, "memoryview.cast: multi-dimensional shapes are not supported yet");
            }
        }
        return new PyMemoryView(obj, start, nbytes / size, size, target, size);
    }

    static {
        PyType t = TYPE;
        t.defineMethod("tobytes", (a, k) -> new PyBytes(((PyMemoryView) a[0]).toBytes()));
        t.defineMethod("tolist", (a, k) -> PyList.of(((PyMemoryView) a[0]).items()));
        t.defineMethod("hex", (a, k) -> {
            Object[] full = a.clone();
            full[0] = new PyBytes(((PyMemoryView) a[0]).toBytes());
            return ((PyBuiltinFunction) PyBytes.TYPE.lookup("hex")).call(full, k);
        });
        t.defineMethod("release", (a, k) -> {
            ((PyMemoryView) a[0]).released = true;
            return Singletons.NONE;
        });
        t.defineMethod("__enter__", (a, k) -> {
            ((PyMemoryView) a[0]).check();
            return a[0];
        });
        t.defineMethod("__exit__", (a, k) -> {
            ((PyMemoryView) a[0]).released = true;
            return false;
        });
        t.defineMethod("__len__", (a, k) -> {
            ((PyMemoryView) a[0]).check();
            return (long) ((PyMemoryView) a[0]).length;
        });
        t.defineMethod("__getitem__", (a, k) -> ((PyMemoryView) a[0]).getItem(a[1]));
        t.defineMethod("__setitem__", (a, k) -> {
            ((PyMemoryView) a[0]).setItem(a[1], a[2]);
            return Singletons.NONE;
        });
        t.defineMethod("__eq__", (a, k) -> {
            PyMemoryView m = (PyMemoryView) a[0];
            if (m.released) {
                return a[0] == a[1];
            }
            if (a[1] instanceof PyMemoryView || a[1] instanceof BufferExporter) {
                PyMemoryView o = of(a[1]);
                if (o.released) {
                    return false;
                }
                if (m.format.equals(o.format)) {
                    return java.util.Arrays.equals(m.toBytes(), o.toBytes());
                }
                Object[] x = m.items();
                Object[] y = o.items();
                if (x.length != y.length) {
                    return false;
                }
                for (int i = 0; i < x.length; i++) {
                    if (!Abstract.eq(x[i], y[i])) {
                        return false;
                    }
                }
                return true;
            }
            byte[] other = BytesMethods.buffer(a[1]);
            if (other == null) {
                return Singletons.NOT_IMPLEMENTED;
            }
            if (m.format.equals("B")) {
                return java.util.Arrays.equals(m.toBytes(), other);
            }
            Object[] x = m.items();
            if (x.length != other.length) {
                return false;
            }
            for (int i = 0; i < x.length; i++) {
                if (!Abstract.eq(x[i], (long) (other[i] & 0xFF))) {
                    return false;
                }
            }
            return true;
        });
        t.defineMethod("__hash__", (a, k) -> {
            PyMemoryView m = (PyMemoryView) a[0];
            if (!m.readonly()) {
                throw Errors.valueError("cannot hash writable memoryview object");
            }
            if (!(m.format.equals("B") || m.format.equals("b") || m.format.equals("c"))) {
                throw Errors.valueError("memoryview: hashing is restricted to formats 'B', 'b' or 'c'");
            }
            return Abstract.hash(new PyBytes(m.toBytes()));
        });
        t.defineMethod("cast", (a, k) -> {
            int kw = k == null ? 0 : k.length;
            Object[] b = new Object[2];
            for (int i = 1; i < a.length - kw; i++) {
                b[i - 1] = a[i];
            }
            for (int i = 0; i < kw; i++) {
                int slot = k[i].equals("format") ? 0 : k[i].equals("shape") ? 1 : -1;
                if (slot < 0) {
                    throw Errors.typeError("cast() got an unexpected keyword argument '" + k[i] + "'");
                }
                b[slot] = a[a.length - kw + i];
            }
            if (b[0] == null) {
                throw Errors.typeError("cast() missing required argument 'format' (pos 1)");
            }
            return ((PyMemoryView) a[0]).cast(b[0], b[1]);
        });
        t.define("obj", new PyProperty(new PyBuiltinFunction("obj", (a, k) -> ((PyMemoryView) a[0]).obj, true),
                Singletons.NONE, Singletons.NONE, Singletons.NONE));
        t.define("nbytes", property("nbytes", m -> (long) m.length * m.itemsize));
        t.define("readonly", property("readonly", m -> m.readonly()));
        t.define("itemsize", property("itemsize", m -> (long) m.itemsize));
        t.define("ndim", property("ndim", m -> 1L));
        t.define("format", property("format", m -> m.format));
        t.define("shape", property("shape", m -> PyTuple.of((long) m.length)));
        t.define("strides", property("strides", m -> PyTuple.of((long) m.step)));
        t.define("contiguous", property("contiguous", m -> m.step == m.itemsize));
        t.define("c_contiguous", property("c_contiguous", m -> m.step == m.itemsize));
    }

    private static PyProperty property(String name, java.util.function.Function<PyMemoryView, Object> getter) {
        return new PyProperty(new PyBuiltinFunction(name, (a, k) -> {
            PyMemoryView m = (PyMemoryView) a[0];
            m.check();
            return getter.apply(m);
        }, true), Singletons.NONE, Singletons.NONE, Singletons.NONE);
    }

    @Override
    public String toString() {
        return "<" + (released ? "released " : "") + "memory at 0x" + String.format("%012x", System.identityHashCode(this))
                + ">";
    }
}
