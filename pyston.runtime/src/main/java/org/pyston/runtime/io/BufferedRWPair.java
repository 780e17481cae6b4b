package org.pyston.runtime.io;

import org.pyston.runtime.objects.Abstract;
import org.pyston.runtime.objects.Args;
import org.pyston.runtime.objects.Errors;
import org.pyston.runtime.objects.PyException;
import org.pyston.runtime.objects.PyType;
import org.pyston.runtime.objects.Singletons;

/** {@code BufferedRWPair(reader, writer, buffer_size)}: a BufferedReader and a BufferedWriter over two raw streams. */
final class BufferedRWPair extends IoBase {
    Buffered reader, writer;

    BufferedRWPair(IoModule io, PyType type) {
        super(io, type);
    }

    static BufferedRWPair self(Object o) {
        BufferedRWPair p = (BufferedRWPair) o;
        if (p.reader == null) {
            throw IoModule.uninitialized();
        }
        return p;
    }

    static void define(IoModule io) {
        PyType t = io.bufferedRWPair = io.newType("BufferedRWPair", cls -> new BufferedRWPair(io, cls),
                "A buffered reader object and buffered writer object put together to form a sequential IO object.",
                io.bufferedIOBase);
        t.defineLazily(() -> defineMethods(io, t));
    }

    private static void defineMethods(IoModule io, PyType t) {
        IoModule.method(t, "__init__", (a, k) -> {
            if (k != null && k.length > 0 && PyType.of(a[0]) == t) {
                throw Errors.typeError("BufferedRWPair() takes no keyword arguments");
            }
            Args.positionalOnly("BufferedRWPair", a, k, 2, 3, true);
            BufferedRWPair p = (BufferedRWPair) a[0];
            long size = a.length > 3 ? Abstract.index(a[3]) : IoModule.DEFAULT_BUFFER_SIZE;
            if (IoModule.call(a[1], "readable") != Boolean.TRUE) {
                throw io.unsupported("File or stream is not readable.");
            }
            if (IoModule.call(a[2], "writable") != Boolean.TRUE) {
                throw io.unsupported("File or stream is not writable.");
            }
            Buffered r = new Buffered(io, io.bufferedReader);
            r.init(a[1], size);
            Buffered w = new Buffered(io, io.bufferedWriter);
            w.init(a[2], size);
            p.reader = r;
            p.writer = w;
            return Singletons.NONE;
        });
        for (String name : new String[] {"read", "peek", "read1", "readinto", "readinto1", "readable"}) {
            IoModule.method(t, name, (a, k) -> forward(self(a[0]).reader, name, a, k));
        }
        for (String name : new String[] {"write", "flush", "writable"}) {
            IoModule.method(t, name, (a, k) -> forward(self(a[0]).writer, name, a, k));
        }
        IoModule.method(t, "isatty", (a, k) -> {
            BufferedRWPair p = self(a[0]);
            Object w = IoModule.call(p.writer, "isatty");
            return w != Boolean.FALSE ? w : IoModule.call(p.reader, "isatty");
        });
        IoModule.method(t, "close", (a, k) -> {
            BufferedRWPair p = self(a[0]);
            PyException first = null;
            try {
                IoModule.call(p.writer, "close");
            } catch (PyException e) {
                first = e;
            }
            try {
                IoModule.call(p.reader, "close");
            } catch (PyException e) {
                if (first != null) {
                    e.exception.context = first.exception;
                }
                throw e;
            }
            if (first != null) {
                throw first;
            }
            return Singletons.NONE;
        });
        io.getter(t, "closed", o -> {
            BufferedRWPair p = (BufferedRWPair) o;
            if (p.writer == null) {
                throw Errors.of(Errors.RUNTIME_ERROR, "the BufferedRWPair object is being garbage-collected");
            }
            return Abstract.getAttr(p.writer, "closed");
        });
    }

    private static Object forward(Buffered target, String name, Object[] a, String[] k) {
        Object[] rest = java.util.Arrays.copyOfRange(a, 1, a.length);
        return Abstract.call(Abstract.getAttr(target, name), rest, k);
    }
}
