package org.pyston.runtime.modules;

import java.math.BigInteger;
import java.util.Arrays;
import org.pyston.runtime.objects.Abstract;
import org.pyston.runtime.objects.BufferExporter;
import org.pyston.runtime.objects.Errors;
import org.pyston.runtime.objects.NativeIterator;
import org.pyston.runtime.objects.PyBytes;
import org.pyston.runtime.objects.PyIterator;
import org.pyston.runtime.objects.PyList;
import org.pyston.runtime.objects.PyMemoryView;
import org.pyston.runtime.objects.PyModule;
import org.pyston.runtime.objects.PyObject;
import org.pyston.runtime.objects.PySlice;
import org.pyston.runtime.objects.PyTuple;
import org.pyston.runtime.objects.PyType;
import org.pyston.runtime.objects.Singletons;
import org.pyston.runtime.text.CodePoints;

/**
 * {@code array}: typed arrays of machine values. The items live in one byte array in native
 * (little-endian) order, which is also what the buffer protocol ({@link BufferExporter}) hands
 * to memoryview, bytes() and file writes, so views write through. Values are converted with
 * CPython's checks and messages per typecode (they differ from struct's and memoryview's).
 */
final class ArrayModule {
    private ArrayModule() {
    }

    static final String TYPECODES = "bBuhHiIlLqQfd";

    static PyModule create() {
        PyModule m = new PyModule("array");
        m.set("array", ARRAY);
        m.set("ArrayType", ARRAY);
        m.set("typecodes", TYPECODES);
        m.set("_array_reconstructor", RECONSTRUCTOR);
        return m;
    }

    /** _array_reconstructor(cls, typecode, mformat_code, items): what __reduce_ex__ (protocol 3+) names. */
    static final org.pyston.runtime.objects.PyBuiltinFunction RECONSTRUCTOR = new org.pyston.runtime.objects.PyBuiltinFunction(
            "_array_reconstructor", (a, k) -> {
            Ext.positionalOnly("_array_reconstructor", a, k, 4, 4);
            if (!(a[0] instanceof PyType cls) || !cls.isSubtypeOf(ArrayModule.ARRAY)) {
                throw Errors.typeError("first argument must be a type object, not " + Errors.typeName(a[0]));
            }
            Array r = new Array(cls, typecode(a[1]));
            if (Abstract.index(a[2]) != mformat(r.code)) {
                throw Errors.of(Errors.NOT_IMPLEMENTED_ERROR, "_array_reconstructor: machine formats other than this "
                        + "machine's are not supported yet");
            }
            r.frombytes(org.pyston.runtime.objects.Buffers.bytesLike(a[3]));
            return r;
        }, false);

    static int itemSize(char c) {
        switch (c) {
            case 'b': case 'B':
                return 1;
            case 'h': case 'H':
                return 2;
            case 'i': case 'I': case 'f': case 'u':
                return 4;
            default:
                return 8;
        }
    }

    private static char typecode(Object o) {
        if (!(o instanceof String s) || s.codePointCount(0, s.length()) != 1) {
            throw Errors.typeError("array() argument 1 must be a unicode character, not " + Errors.typeName(o));
        }
        if (s.length() != 1 || TYPECODES.indexOf(s.charAt(0)) < 0) {
            throw Errors.valueError("bad typecode (must be b, B, u, h, H, i, I, l, L, q, Q, f or d)");
        }
        return s.charAt(0);
    }

    static final PyType ARRAY = Ext.type("array", "array", Array.class, null, ArrayModule::construct);

    static {
        ARRAY.collectionFlags = PyType.SEQUENCE;
    }

    private static Object construct(PyType cls, Object[] a, String[] k) {
        if (k != null && k.length > 0 && cls == ARRAY) {
            throw Errors.typeError("array.array() takes no keyword arguments");
        }
        if (a.length < 1 || a.length > 2) {
            throw Errors.typeError("array() takes at most 2 arguments (" + a.length + " given)");
        }
        char code = typecode(a[0]);
        Array r = new Array(cls, code);
        if (a.length == 2) {
            Object init = a[1];
            if (init instanceof String s) {
                if (code != 'u') {
                    throw Errors.typeError("cannot use a str to initialize an array with typecode '" + code + "'");
                }
                r.fromunicode(s);
            } else if (init instanceof Array other && other.code == 'u' && code != 'u') {
                throw Errors.typeError("cannot use a unicode array to initialize an array with typecode '" + code + "'");
            } else if (init instanceof PyBytes || init instanceof org.pyston.runtime.objects.PyByteArray) {
                r.frombytes(org.pyston.runtime.objects.Buffers.bytesLike(init));
            } else {
                r.extendItems(init);
            }
        }
        return r;
    }

    /** One array; {@code data[0, n * size)} holds the items. */
    static final class Array extends NativeObject implements BufferExporter {
        final char code;
        final int size;
        byte[] data = new byte[0];
        int n;

        Array(PyType type, char code) {
            super(type);
            this.code = code;
            this.size = itemSize(code);
        }

        @Override
        boolean typeHasDict() {
            return false;
        }

        /** Views exporting the items: while there are any the array cannot change size, as CPython. */
        int exports;

        @Override
        public byte[] exportedArray() {
            return data;
        }

        @Override
        public int exportedLength() {
            return n * size;
        }

        @Override
        public void exportsChanged(int delta) {
            exports += delta;
        }

        @Override
        public String exportedFormat() {
            return String.valueOf(code == 'u' ? 'w' : code); // CPython's format for the wchar_t items of 'u'
        }

        @Override
        public int exportedItemSize() {
            return size;
        }

        /** Before a change of size. */
        void checkResizable() {
            if (exports > 0) {
                throw Errors.of(Errors.BUFFER_ERROR, "cannot resize an array that is exporting buffers");
            }
        }

        void ensure(int items) {
            if (items * size > data.length) {
                data = Arrays.copyOf(data, Math.max(items * size, data.length * 2 + 16));
            }
        }

        Object get(int i) {
            if (code == 'u') {
                return new String(Character.toChars((int) readLong(i * 4, 4)));
            }
            return PyMemoryView.unpackItem(String.valueOf(code), data, i * size);
        }

        private long readLong(int at, int bytes) {
            long v = 0;
            for (int k = bytes - 1; k >= 0; k--) {
                v = (v << 8) | (data[at + k] & 0xFF);
            }
            return v;
        }

        private void writeLong(int at, int bytes, long v) {
            for (int k = 0; k < bytes; k++) {
                data[at + k] = (byte) (v >>> (8 * k));
            }
        }

        void set(int i, Object v) {
            int at = i * size;
            switch (code) {
                case 'f':
                    writeLong(at, 4, Float.floatToRawIntBits((float) real(v)));
                    return;
                case 'd':
                    writeLong(at, 8, Double.doubleToRawLongBits(real(v)));
                    return;
                case 'u': {
                    if (!(v instanceof String s) || CodePoints.length(s) != 1) {
                        throw Errors.typeError("array item must be unicode character");
                    }
                    writeLong(at, 4, s.codePointAt(0));
                    return;
                }
                default:
                    writeLong(at, size, integer(code, v));
            }
        }

        private static double real(Object v) {
            if (!(v instanceof Double || Abstract.isInt(v) || v instanceof PyObject
                    && PyType.of(v).lookup("__float__") != null)) {
                throw Errors.typeError("must be real number, not " + Errors.typeName(v));
            }
            return Abstract.asDouble(v);
        }

        /** The value for an integer typecode, with array's range messages (CPython's, typecode by typecode). */
        private static long integer(char code, Object v) {
            Object iv = Abstract.indexValue(v);
            BigInteger big = iv instanceof Long l ? BigInteger.valueOf(l) : (BigInteger) iv;
            boolean fitsLong = big.bitLength() < 64;
            long x = big.longValue();
            switch (code) {
                case 'b':
                    longOrFail(fitsLong);
                    if (x > Short.MAX_VALUE || x < Short.MIN_VALUE) {
                        throw range("signed short integer", x > 0);
                    }
                    if (x > 127 || x < -128) {
                        throw range("signed char", x > 0);
                    }
                    return x;
                case 'B':
                    longOrFail(fitsLong);
                    if (x > 255 || x < 0) {
                        throw range("unsigned byte integer", x > 0);
                    }
                    return x;
                case 'h':
                    longOrFail(fitsLong);
                    if (x > Short.MAX_VALUE || x < Short.MIN_VALUE) {
                        throw range("signed short integer", x > 0);
                    }
                    return x;
                case 'H':
                    longOrFail(fitsLong);
                    if (x > 65535 || x < 0) {
                        throw range("unsigned short", x > 0);
                    }
                    return x;
                case 'i':
                    longOrFail(fitsLong);
                    if (x > Integer.MAX_VALUE || x < Integer.MIN_VALUE) {
                        throw range("signed integer", x > 0);
                    }
                    return x;
                case 'I':
                case 'L':
                    if (big.signum() < 0) {
                        throw Errors.overflow("can't convert negative value to unsigned int");
                    }
                    if (big.bitLength() > 64) {
                        throw Errors.overflow("Python int too large to convert to C unsigned long");
                    }
                    if (code == 'I' && big.bitLength() > 32) {
                        throw Errors.overflow("unsigned int is greater than maximum");
                    }
                    return big.longValue();
                case 'l':
                    longOrFail(fitsLong);
                    return x;
                case 'q':
                    if (!fitsLong) {
                        throw Errors.overflow("int too big to convert");
                    }
                    return x;
                default: // Q
                    if (big.signum() < 0) {
                        throw Errors.overflow("can't convert negative int to unsigned");
                    }
                    if (big.bitLength() > 64) {
                        throw Errors.overflow("int too big to convert");
                    }
                    return big.longValue();
            }
        }

        private static void longOrFail(boolean fits) {
            if (!fits) {
                throw Errors.overflow("Python int too large to convert to C long");
            }
        }

        private static RuntimeException range(String what, boolean high) {
            return Errors.overflow(what + " is " + (high ? "greater than maximum" : "less than minimum"));
        }

        void append(Object v) {
            checkResizable();
            ensure(n + 1);
            set(n, v);
            n++;
        }

        void insert(int i, Object v) {
            checkResizable();
            ensure(n + 1);
            System.arraycopy(data, i * size, data, (i + 1) * size, (n - i) * size);
            n++;
            try {
                set(i, v);
            } catch (RuntimeException e) {
                System.arraycopy(data, (i + 1) * size, data, i * size, (n - i - 1) * size);
                n--;
                throw e;
            }
        }

        void delete(int from, int count) {
            checkResizable();
            System.arraycopy(data, (from + count) * size, data, from * size, (n - from - count) * size);
            n -= count;
        }

        void frombytes(byte[] b) {
            checkResizable();
            if (b.length % size != 0) {
                throw Errors.valueError("bytes length not a multiple of item size");
            }
            ensure(n + b.length / size);
            System.arraycopy(b, 0, data, n * size, b.length);
            n += b.length / size;
        }

        void fromunicode(String s) {
            if (code != 'u') {
                throw Errors.valueError("fromunicode() may only be called on unicode type arrays");
            }
            checkResizable();
            int[] cps = s.codePoints().toArray();
            ensure(n + cps.length);
            for (int cp : cps) {
                writeLong(n * 4, 4, cp);
                n++;
            }
        }

        void extendItems(Object iterable) {
            if (iterable instanceof Array other) {
                if (other.code != code) {
                    throw Errors.typeError("can only extend with array of same kind");
                }
                byte[] copy = Arrays.copyOf(other.data, other.n * other.size);
                ensure(n + other.n);
                System.arraycopy(copy, 0, data, n * size, copy.length);
                n += copy.length / size;
                return;
            }
            PyIterator it = Abstract.iter(iterable);
            for (Object v = it.next(); v != null; v = it.next()) {
                append(v);
            }
        }

        Object[] items() {
            Object[] r = new Object[n];
            for (int i = 0; i < n; i++) {
                r[i] = get(i);
            }
            return r;
        }

        Array copy(int from, int count, int step) {
            Array r = new Array(ARRAY, code);
            r.ensure(count);
            for (int i = 0; i < count; i++) {
                System.arraycopy(data, (from + i * step) * size, r.data, i * size, size);
            }
            r.n = count;
            return r;
        }

        String tounicode() {
            if (code != 'u') {
                throw Errors.valueError("tounicode() may only be called on unicode type arrays");
            }
            StringBuilder sb = new StringBuilder();
            for (int i = 0; i < n; i++) {
                sb.appendCodePoint((int) readLong(i * 4, 4));
            }
            return sb.toString();
        }
    }

    private static Array self(Object o) {
        return (Array) o;
    }

    private static Array arrayArg(Object o, String message) {
        if (!(o instanceof Array a)) {
            throw Errors.typeError(message.replace("%s", Errors.typeName(o)));
        }
        return a;
    }

    private static final PyType ITERATOR = Ext.iteratorType("array", "arrayiterator", ArrayIterator.class, null);

    static final class ArrayIterator extends NativeIterator {
        final Array array;
        int index;

        ArrayIterator(Array array) {
            super(ITERATOR);
            this.array = array;
        }

        @Override
        public Object next() {
            if (array == null || index >= array.n) {
                return null;
            }
            return array.get(index++);
        }
    }

    static {
        PyType t = ARRAY;
        WeakrefModule.allowWeakReferences(t);
        Ext.getter(t, "typecode", o -> String.valueOf(self(o).code));
        Ext.getter(t, "itemsize", o -> (long) self(o).size);
        Ext.method(t, "__len__", (a, k) -> (long) self(a[0]).n);
        Ext.method(t, "__iter__", (a, k) -> new ArrayIterator(self(a[0])));
        Ext.method(t, "append", (a, k) -> {
            Ext.positionalOnly("append", a, k, 2, 2);
            self(a[0]).append(a[1]);
            return Singletons.NONE;
        });
        Ext.method(t, "extend", (a, k) -> {
            Ext.positionalOnly("extend", a, k, 2, 2);
            self(a[0]).extendItems(a[1]);
            return Singletons.NONE;
        });
        Ext.method(t, "fromlist", (a, k) -> {
            Ext.positionalOnly("fromlist", a, k, 2, 2);
            if (!(a[1] instanceof PyList list)) {
                throw Errors.typeError("arg must be list");
            }
            Array s = self(a[0]);
            int before = s.n;
            try {
                for (Object v : list.toArray()) {
                    s.append(v);
                }
            } catch (RuntimeException e) {
                s.n = before;
                throw e;
            }
            return Singletons.NONE;
        });
        Ext.method(t, "frombytes", (a, k) -> {
            Ext.positionalOnly("frombytes", a, k, 2, 2);
            self(a[0]).frombytes(org.pyston.runtime.objects.Buffers.bytesLike(a[1]));
            return Singletons.NONE;
        });
        Ext.method(t, "fromunicode", (a, k) -> {
            Ext.positionalOnly("fromunicode", a, k, 2, 2);
            if (!(a[1] instanceof String s)) {
                throw Errors.typeError("fromunicode() argument must be str, not " + Errors.typeName(a[1]));
            }
            self(a[0]).fromunicode(s);
            return Singletons.NONE;
        });
        Ext.method(t, "fromfile", (a, k) -> {
            Ext.positionalOnly("fromfile", a, k, 3, 3);
            Array s = self(a[0]);
            long count = Abstract.index(a[2]);
            if (count < 0) {
                throw Errors.valueError("negative count");
            }
            byte[] b = org.pyston.runtime.objects.Buffers.bytesLike(
                    org.pyston.runtime.objects.Ops.callMethod(a[1], "read", new Object[] {count * s.size}, null));
            int whole = b.length - b.length % s.size;
            s.frombytes(Arrays.copyOf(b, whole));
            if (b.length != count * s.size) {
                throw Errors.of(Errors.EOF_ERROR, "read() didn't return enough bytes");
            }
            return Singletons.NONE;
        });
        Ext.method(t, "tobytes", (a, k) -> new PyBytes(Arrays.copyOf(self(a[0]).data, self(a[0]).n * self(a[0]).size)));
        Ext.method(t, "tofile", (a, k) -> {
            Ext.positionalOnly("tofile", a, k, 2, 2);
            Array s = self(a[0]);
            org.pyston.runtime.objects.Ops.callMethod(a[1], "write",
                    new Object[] {new PyBytes(Arrays.copyOf(s.data, s.n * s.size))}, null);
            return Singletons.NONE;
        });
        Ext.method(t, "tolist", (a, k) -> PyList.of(self(a[0]).items()));
        Ext.method(t, "tounicode", (a, k) -> self(a[0]).tounicode());
        Ext.method(t, "buffer_info", (a, k) -> PyTuple.of((long) System.identityHashCode(self(a[0]).data),
                (long) self(a[0]).n));
        Ext.method(t, "byteswap", (a, k) -> {
            Array s = self(a[0]);
            for (int i = 0; i < s.n; i++) {
                for (int lo = i * s.size, hi = lo + s.size - 1; lo < hi; lo++, hi--) {
                    byte tmp = s.data[lo];
                    s.data[lo] = s.data[hi];
                    s.data[hi] = tmp;
                }
            }
            return Singletons.NONE;
        });
        Ext.method(t, "reverse", (a, k) -> {
            Array s = self(a[0]);
            byte[] tmp = new byte[s.size];
            for (int lo = 0, hi = s.n - 1; lo < hi; lo++, hi--) {
                System.arraycopy(s.data, lo * s.size, tmp, 0, s.size);
                System.arraycopy(s.data, hi * s.size, s.data, lo * s.size, s.size);
                System.arraycopy(tmp, 0, s.data, hi * s.size, s.size);
            }
            return Singletons.NONE;
        });
        Ext.method(t, "count", (a, k) -> {
            Ext.positionalOnly("count", a, k, 2, 2);
            Array s = self(a[0]);
            long c = 0;
            for (int i = 0; i < s.n; i++) {
                if (Abstract.eq(s.get(i), a[1])) {
                    c++;
                }
            }
            return c;
        });
        Ext.method(t, "index", (a, k) -> {
            Ext.positionalOnly("index", a, k, 2, 4);
            Array s = self(a[0]);
            int start = a.length > 2 ? clampIndex(Abstract.index(a[2]), s.n) : 0;
            int stop = a.length > 3 ? clampIndex(Abstract.index(a[3]), s.n) : s.n;
            for (int i = start; i < stop; i++) {
                if (Abstract.eq(s.get(i), a[1])) {
                    return (long) i;
                }
            }
            throw Errors.valueError("array.index(x): x not in array");
        });
        Ext.method(t, "__contains__", (a, k) -> {
            Array s = self(a[0]);
            for (int i = 0; i < s.n; i++) {
                if (Abstract.eq(s.get(i), a[1])) {
                    return true;
                }
            }
            return false;
        });
        Ext.method(t, "remove", (a, k) -> {
            Ext.positionalOnly("remove", a, k, 2, 2);
            Array s = self(a[0]);
            for (int i = 0; i < s.n; i++) {
                if (Abstract.eq(s.get(i), a[1])) {
                    s.delete(i, 1);
                    return Singletons.NONE;
                }
            }
            throw Errors.valueError("array.remove(x): x not in array");
        });
        Ext.method(t, "pop", (a, k) -> {
            Ext.positionalOnly("pop", a, k, 1, 2);
            Array s = self(a[0]);
            long i = a.length > 1 ? Abstract.index(a[1]) : -1;
            if (s.n == 0) {
                throw Errors.indexError("pop from empty array");
            }
            if (i < 0) {
                i += s.n;
            }
            if (i < 0 || i >= s.n) {
                throw Errors.indexError("pop index out of range");
            }
            Object v = s.get((int) i);
            s.delete((int) i, 1);
            return v;
        });
        Ext.method(t, "insert", (a, k) -> {
            Ext.positionalOnly("insert", a, k, 3, 3);
            Array s = self(a[0]);
            s.insert(clampIndex(Abstract.index(a[1]), s.n), a[2]);
            return Singletons.NONE;
        });
        Ext.method(t, "__getitem__", (a, k) -> {
            Array s = self(a[0]);
            if (a[1] instanceof PySlice sl) {
                long[] idx = sl.indices(s.n);
                return s.copy((int) idx[0], (int) idx[3], (int) idx[2]);
            }
            return s.get(Abstract.seqIndex(a[1], s.n, "array"));
        });
        Ext.method(t, "__setitem__", (a, k) -> {
            Array s = self(a[0]);
            if (a[1] instanceof PySlice sl) {
                Array v = arrayArg(a[2], "can only assign array (not \"%s\") to array slice");
                if (v.code != s.code) {
                    throw Errors.typeError("bad argument type for built-in operation");
                }
                Array src = v.copy(0, v.n, 1);
                long[] idx = sl.indices(s.n);
                int start = (int) idx[0];
                int step = (int) idx[2];
                int count = (int) idx[3];
                if (step == 1) {
                    int stop = Math.max(start, (int) idx[1]);
                    int removed = stop - start;
                    s.ensure(s.n - removed + src.n);
                    System.arraycopy(s.data, stop * s.size, s.data, (start + src.n) * s.size, (s.n - stop) * s.size);
                    System.arraycopy(src.data, 0, s.data, start * s.size, src.n * s.size);
                    s.n += src.n - removed;
                    return Singletons.NONE;
                }
                if (src.n != count) {
                    throw Errors.valueError("attempt to assign array of size " + src.n + " to extended slice of size "
                            + count);
                }
                for (int i = 0; i < count; i++) {
                    System.arraycopy(src.data, i * s.size, s.data, (start + i * step) * s.size, s.size);
                }
                return Singletons.NONE;
            }
            s.set(Abstract.seqIndex(a[1], s.n, "array"), a[2]);
            return Singletons.NONE;
        });
        Ext.method(t, "__delitem__", (a, k) -> {
            Array s = self(a[0]);
            if (a[1] instanceof PySlice sl) {
                long[] idx = sl.indices(s.n);
                int start = (int) idx[0];
                int step = (int) idx[2];
                int count = (int) idx[3];
                if (step < 0) {
                    start = start + (count - 1) * step;
                    step = -step;
                }
                for (int i = count - 1; i >= 0; i--) {
                    s.delete(start + i * step, 1);
                }
                return Singletons.NONE;
            }
            s.delete(Abstract.seqIndex(a[1], s.n, "array"), 1);
            return Singletons.NONE;
        });
        Ext.method(t, "__add__", (a, k) -> {
            Array s = self(a[0]);
            if (!(a[1] instanceof Array v)) {
                throw Errors.typeError("can only append array (not \"" + Errors.typeName(a[1]) + "\") to array");
            }
            if (v.code != s.code) {
                throw Errors.typeError("bad argument type for built-in operation");
            }
            Array r = s.copy(0, s.n, 1);
            r.extendItems(v);
            return r;
        });
        Ext.method(t, "__iadd__", (a, k) -> {
            Array s = self(a[0]);
            if (!(a[1] instanceof Array v)) {
                throw Errors.typeError("can only extend array with array (not \"" + Errors.typeName(a[1]) + "\")");
            }
            if (v.code != s.code) {
                throw Errors.typeError("can only extend with array of same kind");
            }
            s.extendItems(v);
            return s;
        });
        for (String name : new String[] {"__mul__", "__rmul__"}) {
            Ext.method(t, name, (a, k) -> {
                Array s = self(a[0]);
                if (!(Abstract.isInt(a[1]) || a[1] instanceof PyObject && PyType.of(a[1]).lookup("__index__") != null)) {
                    return Singletons.NOT_IMPLEMENTED;
                }
                long times = Math.max(0, Abstract.index(a[1]));
                if (times * s.n * s.size > Integer.MAX_VALUE - 16) {
                    throw Errors.of(Errors.MEMORY_ERROR, new Object[0]);
                }
                Array r = new Array(ARRAY, s.code);
                r.ensure((int) (times * s.n));
                for (int i = 0; i < times; i++) {
                    System.arraycopy(s.data, 0, r.data, i * s.n * s.size, s.n * s.size);
                }
                r.n = (int) times * s.n;
                return r;
            });
        }
        Ext.method(t, "__imul__", (a, k) -> {
            Array s = self(a[0]);
            long times = Math.max(0, Abstract.index(a[1]));
            byte[] once = Arrays.copyOf(s.data, s.n * s.size);
            int n = s.n;
            s.n = 0;
            for (int i = 0; i < times; i++) {
                s.frombytes(once);
            }
            s.n = (int) times * n;
            return s;
        });
        for (Abstract.CompareOp op : Abstract.CompareOp.values()) {
            Ext.method(t, "__" + op.name().toLowerCase() + "__", (a, k) -> compare(op, self(a[0]), a[1]));
        }
        Ext.method(t, "__repr__", (a, k) -> {
            Array s = self(a[0]);
            String name = PyType.of(s).name;
            if (s.n == 0) {
                return name + "('" + s.code + "')";
            }
            return name + "('" + s.code + "', " + Abstract.repr(s.code == 'u' ? s.tounicode() : PyList.of(s.items()))
                    + ")";
        });
        Ext.method(t, "__copy__", (a, k) -> self(a[0]).copy(0, self(a[0]).n, 1));
        Ext.method(t, "__deepcopy__", (a, k) -> self(a[0]).copy(0, self(a[0]).n, 1));
        Ext.method(t, "__reduce_ex__", (a, k) -> {
            Ext.positionalOnly("__reduce_ex__", a, k, 2, 2);
            Array s = self(a[0]);
            Object dict = s.instanceDict();
            Object state = dict == null || ((org.pyston.runtime.objects.PyDict) dict).size() == 0 ? Singletons.NONE
                    : dict;
            // (cls, (typecode, list)) for every protocol: CPython names _array_reconstructor from protocol 3
            // on, which needs built-in functions to pickle by name, not there yet; this form loads the same
            Abstract.index(a[1]);
            return PyTuple.of(PyType.of(s), PyTuple.of(String.valueOf(s.code), PyList.of(s.items())), state);
        });
        Ext.classMethod(t, "__class_getitem__", (a, k) -> new GenericAlias(GenericAlias.TYPE, a[0], a[1]));
        Ext.method(t, "__hash__", (a, k) -> {
            throw Errors.typeError("unhashable type: '" + Errors.typeName(a[0]) + "'");
        });
    }

    /** CPython's machine format codes for _array_reconstructor (little-endian ones). */
    private static int mformat(char code) {
        switch (code) {
            case 'b': return 1;
            case 'B': return 0;
            case 'h': return 5;
            case 'H': return 4;
            case 'i': return 9;
            case 'I': return 8;
            case 'l': case 'q': return 13;
            case 'L': case 'Q': return 12;
            case 'f': return 14;
            case 'd': return 16;
            default: return 20; // UTF-32 little-endian
        }
    }

    private static int clampIndex(long i, int n) {
        if (i < 0) {
            i += n;
        }
        return (int) Math.max(0, Math.min(i, n));
    }

    private static Object compare(Abstract.CompareOp op, Array x, Object other) {
        if (!(other instanceof Array y)) {
            return Singletons.NOT_IMPLEMENTED;
        }
        if (x.n != y.n && (op == Abstract.CompareOp.EQ || op == Abstract.CompareOp.NE)) {
            return op == Abstract.CompareOp.NE;
        }
        int common = Math.min(x.n, y.n);
        for (int i = 0; i < common; i++) {
            Object a = x.get(i);
            Object b = y.get(i);
            if (!Abstract.eq(a, b)) {
                if (op == Abstract.CompareOp.EQ) {
                    return false;
                }
                if (op == Abstract.CompareOp.NE) {
                    return true;
                }
                return Abstract.compare(op, a, b);
            }
        }
        int c = Integer.compare(x.n, y.n);
        switch (op) {
            case LT: return c < 0;
            case LE: return c <= 0;
            case EQ: return c == 0;
            case NE: return c != 0;
            case GT: return c > 0;
            default: return c >= 0;
        }
    }
}
