package org.pyston.runtime.io;

import java.io.ByteArrayOutputStream;
import org.pyston.runtime.objects.Abstract;
import org.pyston.runtime.objects.Buffers;
import org.pyston.runtime.objects.Errors;
import org.pyston.runtime.objects.PyBytes;
import org.pyston.runtime.objects.PyException;
import org.pyston.runtime.objects.PyInstance;
import org.pyston.runtime.objects.PyIterator;
import org.pyston.runtime.objects.PyList;
import org.pyston.runtime.objects.PyType;
import org.pyston.runtime.objects.Singletons;

/**
 * An instance of {@code _io._IOBase} or of a class deriving from it, and the methods of the four
 * abstract bases {@code _IOBase}, {@code _RawIOBase}, {@code _BufferedIOBase} and
 * {@code _TextIOBase}. The bases' methods work through the object's own Python-level methods
 * ({@code readline} calls {@code self.read}, {@code close} calls {@code self.flush}, ...), so they
 * serve classes written in Python as they do in CPython; the concrete types override them with
 * direct implementations.
 */
public class IoBase extends PyInstance {
    final IoModule io;
    /** CPython's {@code __IOBase_closed}: set by {@code _IOBase.close}. */
    boolean ioBaseClosed;
    /** Listed as holding data not written yet (see {@link IoModule#holdsPendingData}). */
    boolean registeredPending;

    IoBase(IoModule io, PyType type) {
        super(type);
        this.io = io;
    }

    static IoBase self(Object o) {
        return (IoBase) o;
    }

    /** {@code self.closed} as Python sees it (derived classes may override the attribute). */
    static boolean closedAttribute(Object self) {
        return Abstract.isTrue(Abstract.getAttr(self, "closed"));
    }

    /** ValueError "I/O operation on closed file." when {@code self.closed}. */
    static void checkClosed(Object self) {
        if (closedAttribute(self)) {
            throw IoModule.closedFile();
        }
    }

    static void define(IoModule io) {
        PyType t = io.ioBase = io.newType("_IOBase", cls -> new IoBase(io, cls),
                "The abstract base class for all I/O classes.");
        PyType raw = io.rawIOBase = io.newType("_RawIOBase", null, "Base class for raw binary I/O.", t);
        PyType buffered = io.bufferedIOBase = io.newType("_BufferedIOBase", null, "Base class for buffered IO objects.",
                t);
        PyType text = io.textIOBase = io.newType("_TextIOBase", null, "Base class for text I/O.", t);
        t.defineLazily(() -> defineBase(io, t));
        raw.defineLazily(() -> defineRaw(io, raw));
        buffered.defineLazily(() -> defineBuffered(io, buffered));
        text.defineLazily(() -> defineText(io, text));
    }

    private static void defineBase(IoModule io, PyType t) {
        io.getter(t, "closed", o -> self(o).ioBaseClosed);
        IoModule.method(t, "seek", (a, k) -> {
            throw io.unsupported("seek");
        });
        IoModule.method(t, "tell", (a, k) -> {
            IoModule.exactArgs("tell", a, k, 0, 0);
            return IoModule.call(a[0], "seek", 0L, 1L);
        });
        IoModule.method(t, "truncate", (a, k) -> {
            throw io.unsupported("truncate");
        });
        IoModule.method(t, "flush", (a, k) -> {
            if (self(a[0]).ioBaseClosed) {
                throw IoModule.closedFile();
            }
            return Singletons.NONE;
        });
        IoModule.method(t, "close", (a, k) -> {
            IoBase s = self(a[0]);
            if (s.ioBaseClosed) {
                return Singletons.NONE;
            }
            try {
                IoModule.call(s, "flush");
            } finally {
                s.ioBaseClosed = true;
            }
            return Singletons.NONE;
        });
        IoModule.method(t, "seekable", (a, k) -> false);
        IoModule.method(t, "readable", (a, k) -> false);
        IoModule.method(t, "writable", (a, k) -> false);
        IoModule.method(t, "_checkClosed", (a, k) -> {
            checkClosed(a[0]);
            return Singletons.NONE;
        });
        IoModule.method(t, "_checkSeekable", (a, k) -> checkAble(io, a[0], "seekable", "File or stream is not seekable."));
        IoModule.method(t, "_checkReadable", (a, k) -> checkAble(io, a[0], "readable", "File or stream is not readable."));
        IoModule.method(t, "_checkWritable", (a, k) -> checkAble(io, a[0], "writable", "File or stream is not writable."));
        IoModule.method(t, "fileno", (a, k) -> {
            throw io.unsupported("fileno");
        });
        IoModule.method(t, "isatty", (a, k) -> {
            checkClosed(a[0]);
            return false;
        });
        IoModule.method(t, "__del__", (a, k) -> {
            // CPython's finalizer: close, with any error ignored
            try {
                if (!closedAttribute(a[0])) {
                    IoModule.call(a[0], "close");
                }
            } catch (PyException ignored) {
                // reported as unraisable by CPython; not the caller's error
            }
            return Singletons.NONE;
        });
        IoModule.method(t, "__enter__", (a, k) -> {
            checkClosed(a[0]);
            return a[0];
        });
        IoModule.method(t, "__exit__", (a, k) -> IoModule.call(a[0], "close"));
        IoModule.method(t, "__iter__", (a, k) -> {
            checkClosed(a[0]);
            return a[0];
        });
        IoModule.method(t, "__next__", (a, k) -> {
            Object line = IoModule.call(a[0], "readline");
            if (Abstract.len(line) == 0) {
                throw Errors.of(Errors.STOP_ITERATION, new Object[0]);
            }
            return line;
        });
        IoModule.method(t, "readline", (a, k) -> {
            IoModule.exactArgs("readline", a, k, 0, 1);
            return readline(a[0], IoModule.sizeArg(IoModule.arg(a, 1)));
        });
        IoModule.method(t, "readlines", (a, k) -> {
            IoModule.exactArgs("readlines", a, k, 0, 1);
            return readlines(a[0], IoModule.sizeArg(IoModule.arg(a, 1)));
        });
        IoModule.method(t, "writelines", (a, k) -> {
            IoModule.exactArgs("writelines", a, k, 1, 1);
            checkClosed(a[0]);
            PyIterator it = Abstract.iter(a[1]);
            for (Object line = it.next(); line != null; line = it.next()) {
                IoModule.call(a[0], "write", line);
            }
            return Singletons.NONE;
        });
    }

    private static void defineRaw(IoModule io, PyType raw) {
        IoModule.method(raw, "read", (a, k) -> {
            IoModule.exactArgs("read", a, k, 0, 1);
            long n = IoModule.sizeArg(IoModule.arg(a, 1));
            if (n < 0) {
                return IoModule.call(a[0], "readall");
            }
            Object b = Buffers.byteArray(new byte[(int) n]);
            Object got = IoModule.call(a[0], "readinto", b);
            if (got == Singletons.NONE) {
                return got;
            }
            long m = Abstract.index(got);
            if (m < 0 || m > n) {
                throw Errors.valueError("readinto returned " + m + " outside buffer size " + n);
            }
            return new PyBytes(java.util.Arrays.copyOf(Buffers.bytesLike(b), (int) m));
        });
        IoModule.method(raw, "readall", (a, k) -> {
            ByteArrayOutputStream all = new ByteArrayOutputStream();
            boolean any = false;
            while (true) {
                Object data = IoModule.call(a[0], "read", (long) IoModule.DEFAULT_BUFFER_SIZE);
                if (data == Singletons.NONE) {
                    if (!any) {
                        return Singletons.NONE;
                    }
                    break;
                }
                if (!(data instanceof PyBytes b)) {
                    throw Errors.typeError("read() should return bytes");
                }
                if (b.bytes.length == 0) {
                    break;
                }
                any = true;
                all.write(b.bytes, 0, b.bytes.length);
            }
            return new PyBytes(all.toByteArray());
        });
        IoModule.method(raw, "readinto", (a, k) -> {
            throw Errors.of(Errors.NOT_IMPLEMENTED_ERROR, new Object[0]);
        });
        IoModule.method(raw, "write", (a, k) -> {
            throw Errors.of(Errors.NOT_IMPLEMENTED_ERROR, new Object[0]);
        });
    }

    private static void defineBuffered(IoModule io, PyType buffered) {
        for (String name : new String[] {"read", "read1", "write", "detach"}) {
            IoModule.method(buffered, name, (a, k) -> {
                throw io.unsupported(name);
            });
        }
        IoModule.method(buffered, "readinto", (a, k) -> readintoVia(a, k, "readinto", "read"));
        IoModule.method(buffered, "readinto1", (a, k) -> readintoVia(a, k, "readinto1", "read1"));
    }

    private static void defineText(IoModule io, PyType text) {
        for (String name : new String[] {"detach", "read", "readline", "write"}) {
            IoModule.method(text, name, (a, k) -> {
                throw io.unsupported(name);
            });
        }
        for (String name : new String[] {"encoding", "newlines", "errors"}) {
            io.getter(text, name, o -> Singletons.NONE);
        }
    }

    private static Object checkAble(IoModule io, Object self, String method, String message) {
        Object r = IoModule.call(self, method);
        if (r != Boolean.TRUE) {
            throw io.unsupported(message);
        }
        return r;
    }

    /** {@code _BufferedIOBase.readinto(b)}: {@code self.read(len(b))} copied into b. */
    private static Object readintoVia(Object[] a, String[] k, String name, String reader) {
        IoModule.exactArgs(name, a, k, 1, 1);
        int n = writable(a[1], name);
        Object data = IoModule.call(a[0], reader, (long) n);
        if (!(data instanceof PyBytes b)) {
            throw Errors.typeError("read() should return bytes");
        }
        if (b.bytes.length > n) {
            throw Errors.valueError("read() returned too much data: " + n + " bytes requested, " + b.bytes.length
                    + " returned");
        }
        Buffers.write(a[1], 0, b.bytes, 0, b.bytes.length);
        return (long) b.bytes.length;
    }

    /** The length of a writable buffer argument of {@code method}. */
    static int writable(Object buffer, String method) {
        int n = Buffers.writableLength(buffer);
        if (n < 0) {
            throw Errors.typeError(method + "() argument must be read-write bytes-like object, not "
                    + Errors.typeName(buffer));
        }
        return n;
    }

    /** {@code _IOBase.readline}: through {@code self.peek} (when there is one) and {@code self.read}. */
    static Object readline(Object self, long limit) {
        Object peek = lookupOptional(self, "peek");
        ByteArrayOutputStream line = new ByteArrayOutputStream();
        while (limit < 0 || line.size() < limit) {
            long want = 1;
            if (peek != null) {
                Object ahead = Abstract.call(peek, new Object[] {1L}, null);
                if (!(ahead instanceof PyBytes pb)) {
                    throw IoModule.osError("peek() should have returned a bytes object, not '"
                            + Errors.typeName(ahead) + "'");
                }
                byte[] b = pb.bytes;
                if (b.length > 0) {
                    int n = 0;
                    int stop = limit >= 0 ? (int) Math.min(b.length, limit) : b.length; // CPython compares with the whole limit
                    while (n < stop) {
                        if (b[n++] == '\n') {
                            break;
                        }
                    }
                    want = n;
                }
            }
            Object got = IoModule.call(self, "read", want);
            if (!(got instanceof PyBytes gb)) {
                throw IoModule.osError("read() should have returned a bytes object, not '" + Errors.typeName(got) + "'");
            }
            if (gb.bytes.length == 0) {
                break;
            }
            line.write(gb.bytes, 0, gb.bytes.length);
            if (gb.bytes[gb.bytes.length - 1] == '\n') {
                break;
            }
        }
        return new PyBytes(line.toByteArray());
    }

    /** An attribute of {@code self}, or null when it has none. */
    static Object lookupOptional(Object self, String name) {
        try {
            return Abstract.getAttr(self, name);
        } catch (PyException e) {
            if (e.matches(Errors.ATTRIBUTE_ERROR)) {
                return null;
            }
            throw e;
        }
    }

    /** {@code _IOBase.readlines(hint)}: the lines of {@code iter(self)}, up to the first past {@code hint} characters. */
    static PyList readlines(Object self, long hint) {
        PyList lines = new PyList();
        PyIterator it = Abstract.iter(self);
        long total = 0;
        for (Object line = it.next(); line != null; line = it.next()) {
            lines.append(line);
            if (hint > 0) {
                total += Abstract.len(line);
                if (total > hint) {
                    break;
                }
            }
        }
        return lines;
    }
}
