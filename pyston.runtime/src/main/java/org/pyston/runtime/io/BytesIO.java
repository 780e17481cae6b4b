package org.pyston.runtime.io;

import java.util.Arrays;
import org.pyston.runtime.objects.Abstract;
import org.pyston.runtime.objects.Args;
import org.pyston.runtime.objects.Buffers;
import org.pyston.runtime.objects.Errors;
import org.pyston.runtime.objects.PyBytes;
import org.pyston.runtime.objects.PyDict;
import org.pyston.runtime.objects.PyIterator;
import org.pyston.runtime.objects.PyList;
import org.pyston.runtime.objects.PyTuple;
import org.pyston.runtime.objects.PyType;
import org.pyston.runtime.objects.Singletons;
import org.pyston.runtime.objects.BufferExporter;
import org.pyston.runtime.objects.PyMemoryView;

/**
 * {@code BytesIO}: a growable byte array with a position. {@code getbuffer()} is a memoryview
 * that writes through; while one is unreleased, writes, truncation and closing are refused
 * (BufferError), as CPython.
 */
final class BytesIO extends IoBase implements BufferExporter {
    /** {@code buf[0..size)} is the content; null once closed. */
    byte[] buf = new byte[0];
    int size;
    int pos;
    /** Unreleased memoryviews of the buffer (getbuffer()). */
    private int exports;

    BytesIO(IoModule io, PyType type) {
        super(io, type);
    }

    static BytesIO open(Object o) {
        BytesIO b = (BytesIO) o;
        if (b.buf == null) {
            throw IoModule.closedFile();
        }
        return b;
    }

    @Override
    public byte[] exportedArray() {
        return buf;
    }

    @Override
    public int exportedLength() {
        return size;
    }

    @Override
    public void exportsChanged(int delta) {
        exports += delta;
    }

    /** CPython's CHECK_EXPORTS: the buffer may not change while views of it exist. */
    void checkExports() {
        if (exports > 0) {
            throw Errors.of(Errors.BUFFER_ERROR, "Existing exports of data: object cannot be re-sized");
        }
    }

    void reset(byte[] initial) {
        checkExports();
        buf = initial == null ? new byte[0] : initial.clone();
        size = buf.length;
        pos = 0;
    }

    private int remaining() {
        return Math.max(size - pos, 0);
    }

    byte[] read(long n) {
        int avail = remaining();
        int take = n < 0 || n > avail ? avail : (int) n;
        byte[] r = Arrays.copyOfRange(buf, Math.min(pos, size), Math.min(pos, size) + take);
        pos += take;
        return r;
    }

    /** Length of the line at the position (up to and with '\n', at most {@code limit} when >= 0). */
    private int lineLength(long limit) {
        if (pos >= size) {
            return 0;
        }
        int end = size;
        if (limit >= 0 && limit < size - pos) {
            end = pos + (int) limit;
        }
        for (int i = pos; i < end; i++) {
            if (buf[i] == '\n') {
                return i + 1 - pos;
            }
        }
        return end - pos;
    }

    byte[] readline(long limit) {
        int n = lineLength(limit);
        byte[] r = Arrays.copyOfRange(buf, pos, pos + n);
        pos += n;
        return r;
    }

    long write(byte[] data) {
        checkExports();
        int n = data.length;
        if (n == 0) {
            return 0;
        }
        long end = (long) pos + n;
        if (end > Integer.MAX_VALUE - 8) {
            throw Errors.of(Errors.OVERFLOW_ERROR, "new buffer size too large");
        }
        if (end > buf.length) {
            buf = Arrays.copyOf(buf, (int) Math.max(end, Math.min(Integer.MAX_VALUE - 8L, buf.length * 2L)));
        }
        if (pos > size) {
            Arrays.fill(buf, size, pos, (byte) 0);
        }
        System.arraycopy(data, 0, buf, pos, n);
        pos += n;
        size = Math.max(size, pos);
        return n;
    }

    static void define(IoModule io) {
        PyType t = io.bytesIO = io.newType("BytesIO", cls -> new BytesIO(io, cls),
                "Buffered I/O implementation using an in-memory bytes buffer.", io.bufferedIOBase);
        t.defineLazily(() -> defineMethods(io, t));
    }

    private static void defineMethods(IoModule io, PyType t) {
        IoModule.method(t, "__init__", (a, k) -> {
            Object[] v = Args.parse("BytesIO", a, k, 1, 0, 1, "initial_bytes");
            BytesIO b = (BytesIO) a[0];
            b.reset(null);
            if (v[0] != null && v[0] != Singletons.NONE) {
                b.write(Buffers.bytesLike(v[0]));
                b.pos = 0;
            }
            return Singletons.NONE;
        });
        IoModule.method(t, "getvalue", (a, k) -> {
            BytesIO b = open(a[0]);
            return new PyBytes(Arrays.copyOf(b.buf, b.size));
        });
        IoModule.method(t, "getbuffer", (a, k) -> {
            IoModule.exactArgs("getbuffer", a, k, 0, 0);
            return PyMemoryView.export(open(a[0]));
        });
        for (String name : new String[] {"read", "read1"}) {
            IoModule.method(t, name, (a, k) -> {
                IoModule.exactArgs(name, a, k, 0, 1);
                BytesIO b = open(a[0]);
                return new PyBytes(b.read(IoModule.sizeArg(IoModule.arg(a, 1))));
            });
        }
        IoModule.method(t, "readinto", (a, k) -> {
            IoModule.exactArgs("readinto", a, k, 1, 1);
            int len = IoBase.writable(a[1], "readinto");
            BytesIO b = open(a[0]);
            int n = Math.min(len, b.remaining());
            Buffers.write(a[1], 0, b.buf, b.pos, n);
            b.pos += n;
            return (long) n;
        });
        IoModule.method(t, "readline", (a, k) -> {
            IoModule.exactArgs("readline", a, k, 0, 1);
            BytesIO b = open(a[0]);
            return new PyBytes(b.readline(IoModule.sizeArg(IoModule.arg(a, 1))));
        });
        IoModule.method(t, "readlines", (a, k) -> {
            IoModule.exactArgs("readlines", a, k, 0, 1);
            BytesIO b = open(a[0]);
            long hint = IoModule.sizeArg(IoModule.arg(a, 1));
            PyList lines = new PyList();
            long total = 0;
            int n;
            while ((n = b.lineLength(-1)) != 0) {
                lines.append(new PyBytes(Arrays.copyOfRange(b.buf, b.pos, b.pos + n)));
                b.pos += n;
                total += n;
                if (hint > 0 && total >= hint) {
                    break;
                }
            }
            return lines;
        });
        IoModule.method(t, "write", (a, k) -> {
            IoModule.exactArgs("write", a, k, 1, 1);
            BytesIO b = open(a[0]);
            return b.write(Buffers.bytesLike(a[1]));
        });
        IoModule.method(t, "writelines", (a, k) -> {
            IoModule.exactArgs("writelines", a, k, 1, 1);
            BytesIO b = open(a[0]);
            PyIterator it = Abstract.iter(a[1]);
            for (Object line = it.next(); line != null; line = it.next()) {
                b.write(Buffers.bytesLike(line));
            }
            return Singletons.NONE;
        });
        IoModule.method(t, "seek", (a, k) -> {
            IoModule.exactArgs("seek", a, k, 1, 2);
            BytesIO b = open(a[0]);
            long target = Abstract.index(a[1]);
            long whence = a.length > 2 ? Abstract.index(a[2]) : 0;
            if (target < 0 && whence == 0) {
                throw Errors.valueError("negative seek value " + target);
            }
            if (whence == 1) {
                target += b.pos;
            } else if (whence == 2) {
                target += b.size;
            } else if (whence != 0) {
                throw Errors.valueError("invalid whence (" + whence + ", should be 0, 1 or 2)");
            }
            if (target < 0) {
                target = 0;
            }
            if (target > Integer.MAX_VALUE - 8) {
                throw Errors.of(Errors.OVERFLOW_ERROR, "new position too large");
            }
            b.pos = (int) target;
            return target;
        });
        IoModule.method(t, "tell", (a, k) -> (long) open(a[0]).pos);
        IoModule.method(t, "truncate", (a, k) -> {
            IoModule.exactArgs("truncate", a, k, 0, 1);
            BytesIO b = open(a[0]);
            b.checkExports();
            Object arg = IoModule.arg(a, 1);
            long n = arg == null || arg == Singletons.NONE ? b.pos : IoModule.sizeArg(arg);
            if (n < 0) {
                throw Errors.valueError("negative size value " + n);
            }
            if (n < b.size) {
                b.size = (int) n;
            }
            return n;
        });
        for (String name : new String[] {"readable", "writable", "seekable"}) {
            IoModule.method(t, name, (a, k) -> {
                open(a[0]);
                return true;
            });
        }
        IoModule.method(t, "isatty", (a, k) -> {
            open(a[0]);
            return false;
        });
        IoModule.method(t, "flush", (a, k) -> {
            open(a[0]);
            return Singletons.NONE;
        });
        IoModule.method(t, "close", (a, k) -> {
            ((BytesIO) a[0]).checkExports();
            ((BytesIO) a[0]).buf = null;
            return Singletons.NONE;
        });
        io.getter(t, "closed", o -> ((BytesIO) o).buf == null);
        IoModule.method(t, "__iter__", (a, k) -> a[0]);
        IoModule.method(t, "__next__", (a, k) -> {
            BytesIO b = open(a[0]);
            byte[] line = b.readline(-1);
            if (line.length == 0) {
                throw Errors.of(Errors.STOP_ITERATION, new Object[0]);
            }
            return new PyBytes(line);
        });
        IoModule.method(t, "__getstate__", (a, k) -> {
            BytesIO b = open(a[0]);
            PyDict d = b.dict;
            return PyTuple.of(new PyBytes(Arrays.copyOf(b.buf, b.size)), (long) b.pos,
                    d == null || d.size() == 0 ? Singletons.NONE : Abstract.call(PyDict.TYPE, new Object[] {d}, null));
        });
        IoModule.method(t, "__setstate__", (a, k) -> {
            BytesIO b = (BytesIO) a[0];
            if (!(a[1] instanceof PyTuple st) || st.size() < 3) {
                throw Errors.typeError(Open.typeName(b) + ".__setstate__ argument should be 3-tuple, got "
                        + Errors.typeName(a[1]));
            }
            b.reset(Buffers.bytesLike(st.get(0)));
            if (!IoModule.isIndex(st.get(1))) {
                throw Errors.typeError("second item of state must be an integer, not " + Errors.typeName(st.get(1)));
            }
            long p = Abstract.index(st.get(1));
            if (p < 0) {
                throw Errors.valueError("position value cannot be negative");
            }
            b.pos = (int) p;
            if (st.get(2) != Singletons.NONE) {
                if (!(st.get(2) instanceof PyDict d)) {
                    throw Errors.typeError("third item of state should be a dict, got a " + Errors.typeName(st.get(2)));
                }
                for (java.util.Map.Entry<Object, Object> e : d.entries()) {
                    b.dict.put(e.getKey(), e.getValue());
                }
            }
            return Singletons.NONE;
        });
        IoModule.method(t, "__sizeof__", (a, k) -> (long) (48 + (((BytesIO) a[0]).buf == null ? 0
                : ((BytesIO) a[0]).buf.length)));
    }
}
