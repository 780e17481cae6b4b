package org.pyston.runtime.objects;

import java.util.Arrays;

/**
 * {@code bytearray}: mutable bytes. Item and slice mutation reuse the list operations on a list
 * of ints (bytearrays are rarely hot); the bytes-like methods are {@code bytes}'s, with results
 * made bytearrays again.
 */
public final class PyByteArray extends PyObject {
    public static final PyType TYPE = PyType.builtin("bytearray", PyByteArray.class);
    byte[] data;
    /** The memoryviews' exports of this bytearray's buffer; null until the first view. */
    PyMemoryView.Exports exports;

    public PyByteArray(byte[] data) {
        this.data = data;
    }

    public int size() {
        return data.length;
    }

    /** CPython's rule: while a memoryview exports the buffer, the size cannot change (BufferError). */
    void checkResize(int newLength) {
        if (exports != null && newLength != size()) {
            exports.refuseResize();
        }
    }

    @Override
    public PyType type() {
        return TYPE;
    }

    public byte[] toBytes() {
        return data.clone();
    }

    PyList asList() {
        Object[] items = new Object[data.length];
        for (int i = 0; i < data.length; i++) {
            items[i] = (long) (data[i] & 0xff);
        }
        return new PyList(items, items.length);
    }

    void setFrom(PyList l) {
        byte[] r = new byte[l.size];
        for (int i = 0; i < l.size; i++) {
            r[i] = toByte(l.items[i]);
        }
        checkResize(r.length);
        data = r;
    }

    static byte toByte(Object o) {
        long v = Abstract.index(o);
        if (v < 0 || v > 255) {
            throw Errors.valueError("byte must be in range(0, 256)");
        }
        return (byte) v;
    }

    /** The bytes of a bytes-like object, or of an iterable of ints. */
    static byte[] bytesOf(Object o) {
        if (o instanceof PyBytes b) {
            return b.bytes;
        }
        if (o instanceof PyByteArray ba) {
            return ba.data.clone();
        }
        if (o instanceof PyMemoryView m) {
            return m.simpleBytes();
        }
        if (o instanceof String) {
            throw Errors.typeError("can't extend bytearray with str");
        }
        Object[] items = Sequences.toArray(o);
        byte[] r = new byte[items.length];
        for (int i = 0; i < r.length; i++) {
            r[i] = toByte(items[i]);
        }
        return r;
    }

    private static PyByteArray self(Object[] a) {
        return (PyByteArray) a[0];
    }

    private static Object toArray(Object r) {
        if (r instanceof PyBytes b) {
            return new PyByteArray(b.bytes);
        }
        if (r instanceof PyList l) {
            Object[] items = l.toArray();
            for (int i = 0; i < items.length; i++) {
                items[i] = toArray(items[i]);
            }
            return PyList.of(items);
        }
        if (r instanceof PyTuple t) {
            Object[] items = t.items.clone();
            for (int i = 0; i < items.length; i++) {
                items[i] = toArray(items[i]);
            }
            return new PyTuple(items);
        }
        return r;
    }

    static {
        PyType t = TYPE;
        t.defineMethod("append", (a, k) -> {
            PyByteArray b = self(a);
            byte v = toByte(a[1]);
            b.checkResize(b.data.length + 1);
            b.data = Arrays.copyOf(b.data, b.data.length + 1);
            b.data[b.data.length - 1] = v;
            return Singletons.NONE;
        });
        t.defineMethod("extend", (a, k) -> {
            PyByteArray b = self(a);
            byte[] more = bytesOf(a[1]);
            b.checkResize(b.data.length + more.length);
            byte[] r = Arrays.copyOf(b.data, b.data.length + more.length);
            System.arraycopy(more, 0, r, b.data.length, more.length);
            b.data = r;
            return Singletons.NONE;
        });
        for (String listMethod : new String[] {"pop", "insert", "remove", "reverse", "clear"}) {
            t.defineMethod(listMethod, (a, k) -> {
                PyByteArray b = self(a);
                PyList l = b.asList();
                Object[] args = a.clone();
                args[0] = l;
                if (listMethod.equals("insert")) {
                    args[2] = (long) (toByte(a[2]) & 0xff);
                }
                if (listMethod.equals("remove")) {
                    args[1] = (long) (toByte(a[1]) & 0xff);
                    try {
                        ((PyBuiltinFunction) PyList.TYPE.lookup(listMethod)).call(args, k);
                    } catch (PyException e) {
                        throw Errors.valueError("value not found in bytearray");
                    }
                    b.setFrom(l);
                    return Singletons.NONE;
                }
                Object r;
                try {
                    r = ((PyBuiltinFunction) PyList.TYPE.lookup(listMethod)).call(args, k);
                } catch (PyException e) {
                    if (e.matches(Errors.INDEX_ERROR) && listMethod.equals("pop")) {
                        throw Errors.indexError(b.data.length == 0 ? "pop from empty bytearray" : "pop index out of range");
                    }
                    throw e;
                }
                b.setFrom(l);
                return r;
            });
        }
        t.defineMethod("copy", (a, k) -> new PyByteArray(self(a).data.clone()));
        for (String name : new String[] {"split", "rsplit", "strip", "lstrip", "rstrip", "replace", "startswith",
            "endswith", "find", "rfind", "index", "rindex", "count", "partition", "rpartition", "center", "ljust",
            "rjust", "zfill", "splitlines", "upper", "lower", "decode", "hex", "join", "removeprefix", "removesuffix"}) {
            t.defineMethod(name, (a, k) -> {
                Object[] args = a.clone();
                args[0] = new PyBytes(self(a).data);
                for (int i = 1; i < args.length; i++) {
                    if (args[i] instanceof PyByteArray ba) {
                        args[i] = new PyBytes(ba.data);
                    } else if ((name.equals("index") || name.equals("count") || name.equals("find")) && i == 1
                            && Abstract.isInt(args[i])) {
                        args[i] = new PyBytes(new byte[] {toByte(args[i])});
                    }
                }
                Object r = ((PyBuiltinFunction) PyBytes.TYPE.lookup(name)).call(args, k);
                return name.equals("decode") || name.equals("hex") ? r : toArray(r);
            });
        }
    }
}
