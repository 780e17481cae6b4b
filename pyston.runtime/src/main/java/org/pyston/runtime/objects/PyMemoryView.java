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

    /** The exporting object: a PyBytes or PyByteArray. */
    final Object obj;
    final int start;
    final int length;
    final int step;
    boolean released;

    PyMemoryView(Object obj, int start, int length, int step) {
        this.obj = obj;
        this.start = start;
        this.length = length;
        this.step = step;
    }

    static PyMemoryView of(Object o) {
        if (o instanceof PyMemoryView m) {
            m.check();
            return new PyMemoryView(m.obj, m.start, m.length, m.step);
        }
        if (o instanceof PyBytes b) {
            return new PyMemoryView(b, 0, b.bytes.length, 1);
        }
        if (o instanceof PyByteArray ba) {
            return new PyMemoryView(ba, 0, ba.size, 1);
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
        return obj instanceof PyBytes;
    }

    private byte[] array() {
        return obj instanceof PyBytes b ? b.bytes : ((PyByteArray) obj).data;
    }

    private int offset(int i) {
        int at = start + i * step;
        int limit = obj instanceof PyBytes b ? b.bytes.length : ((PyByteArray) obj).size;
        if (at < 0 || at >= limit) {
            throw Errors.indexError("index out of range");
        }
        return at;
    }

    /** A copy of the viewed bytes. */
    byte[] toBytes() {
        check();
        byte[] r = new byte[length];
        byte[] a = array();
        for (int i = 0; i < length; i++) {
            r[i] = a[offset(i)];
        }
        return r;
    }

    Object getItem(Object key) {
        check();
        if (key instanceof PySlice sl) {
            long[] idx = sl.indices(length);
            return new PyMemoryView(obj, start + (int) idx[0] * step, (int) idx[3], step * (int) idx[2]);
        }
        if (!(Abstract.isInt(key) || key instanceof PyObject && PyType.of(key).lookup("__index__") != null)) {
            throw Errors.typeError("memoryview: invalid slice key");
        }
        int i = Abstract.seqIndex(key, length, "index");
        return (long) (array()[offset(i)] & 0xFF);
    }

    void setItem(Object key, Object value) {
        check();
        if (readonly()) {
            throw Errors.typeError("cannot modify read-only memory");
        }
        byte[] a = array();
        if (key instanceof PySlice sl) {
            long[] idx = sl.indices(length);
            byte[] with = BytesMethods.bytesLike(value);
            if (with.length != idx[3]) {
                throw Errors.valueError("memoryview assignment: lvalue and rvalue have different structures");
            }
            for (int k = 0; k < with.length; k++) {
                a[offset((int) (idx[0] + k * idx[2]))] = with[k];
            }
            return;
        }
        int i = Abstract.seqIndex(key, length, "index");
        if (!Abstract.isInt(value)) {
            throw Errors.typeError("memoryview: invalid type for format 'B'");
        }
        long v = Abstract.index(value);
        if (v < 0 || v > 255) {
            throw Errors.valueError("memoryview: invalid value for format 'B'");
        }
        a[offset(i)] = (byte) v;
    }

    static {
        PyType t = TYPE;
        t.defineMethod("tobytes", (a, k) -> new PyBytes(((PyMemoryView) a[0]).toBytes()));
        t.defineMethod("tolist", (a, k) -> {
            byte[] b = ((PyMemoryView) a[0]).toBytes();
            Object[] items = new Object[b.length];
            for (int i = 0; i < b.length; i++) {
                items[i] = (long) (b[i] & 0xFF);
            }
            return PyList.of(items);
        });
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
            byte[] other = BytesMethods.buffer(a[1]);
            return other == null ? Singletons.NOT_IMPLEMENTED : (Object) java.util.Arrays.equals(m.toBytes(), other);
        });
        t.defineMethod("__hash__", (a, k) -> {
            PyMemoryView m = (PyMemoryView) a[0];
            if (!m.readonly()) {
                throw Errors.valueError("cannot hash writable memoryview object");
            }
            return Abstract.hash(new PyBytes(m.toBytes()));
        });
        t.defineMethod("cast", (a, k) -> {
            throw Errors.of(Errors.NOT_IMPLEMENTED_ERROR, "memoryview.cast is not supported yet");
        });
        t.define("obj", new PyProperty(new PyBuiltinFunction("obj", (a, k) -> ((PyMemoryView) a[0]).obj, true),
                Singletons.NONE, Singletons.NONE, Singletons.NONE));
        t.define("nbytes", property("nbytes", m -> (long) m.length));
        t.define("readonly", property("readonly", m -> m.readonly()));
        t.define("itemsize", property("itemsize", m -> 1L));
        t.define("ndim", property("ndim", m -> 1L));
        t.define("format", property("format", m -> "B"));
        t.define("shape", property("shape", m -> PyTuple.of((long) m.length)));
        t.define("strides", property("strides", m -> PyTuple.of((long) m.step)));
        t.define("contiguous", property("contiguous", m -> m.step == 1));
        t.define("c_contiguous", property("c_contiguous", m -> m.step == 1));
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
