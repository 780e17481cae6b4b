package org.pyston.runtime.io;

import java.util.Arrays;
import org.pyston.runtime.objects.Abstract;
import org.pyston.runtime.objects.Args;
import org.pyston.runtime.objects.Errors;
import org.pyston.runtime.objects.PyDict;
import org.pyston.runtime.objects.PyTuple;
import org.pyston.runtime.objects.PyType;
import org.pyston.runtime.objects.PyValueInstance;
import org.pyston.runtime.objects.Singletons;
import org.pyston.runtime.text.CodePoints;

/**
 * {@code StringIO}: text in memory, kept as code points ({@code buf[0..size)}) so that positions
 * are code point offsets as in CPython. Newline handling as CPython's: with {@code newline=None}
 * writes translate \r and \r\n to \n; with '' lines end at any of them; '\r' and '\r\n' are
 * written for each \n.
 */
final class StringIO extends IoBase {
    int[] buf = new int[0];
    int size;
    int pos;
    boolean initialized, closed;
    String readnl;
    boolean readuniversal, readtranslate;
    String writenl;
    NewlineDecoder decoder;

    StringIO(IoModule io, PyType type) {
        super(io, type);
    }

    static StringIO open(Object o) {
        StringIO s = (StringIO) o;
        if (!s.initialized) {
            throw IoModule.uninitialized();
        }
        if (s.closed) {
            throw Errors.valueError("I/O operation on closed file");
        }
        return s;
    }

    void init(Object value, Object newlineArg) {
        String newline = "\n";
        if (newlineArg == Singletons.NONE) {
            newline = null;
        } else if (newlineArg != null) {
            if (!(PyValueInstance.unwrap(newlineArg) instanceof String s)) {
                throw Errors.typeError("newline must be str or None, not " + Errors.typeName(newlineArg));
            }
            newline = s;
        }
        if (newline != null && !newline.isEmpty() && !newline.equals("\n") && !newline.equals("\r")
                && !newline.equals("\r\n")) {
            throw Errors.valueError("illegal newline value: " + Abstract.repr(newlineArg));
        }
        if (value != null && value != Singletons.NONE && !(PyValueInstance.unwrap(value) instanceof String)) {
            throw Errors.typeError("initial_value must be str or None, not " + Errors.typeName(value));
        }
        initialized = false;
        readnl = newline;
        readuniversal = newline == null || newline.isEmpty();
        readtranslate = newline == null;
        writenl = newline != null && newline.startsWith("\r") ? newline : null;
        decoder = null;
        if (readuniversal) {
            decoder = new NewlineDecoder(io.newlineDecoder);
            decoder.decoder = Singletons.NONE;
            decoder.translate = readtranslate;
            decoder.initialized = true;
        }
        buf = new int[0];
        size = 0;
        pos = 0;
        if (value != null && value != Singletons.NONE) {
            String v = (String) PyValueInstance.unwrap(value);
            if (!v.isEmpty()) {
                write(v);
            }
        }
        pos = 0;
        closed = false;
        initialized = true;
    }

    void write(String text) {
        String decoded = decoder != null ? decoder.newlines(text, true) : text;
        if (writenl != null) {
            decoded = decoded.replace("\n", writenl);
        }
        int[] cps = CodePoints.toArray(decoded);
        int len = cps.length;
        if ((long) pos + len > Integer.MAX_VALUE - 8) {
            throw Errors.of(Errors.OVERFLOW_ERROR, "new position too large");
        }
        if (pos + len > buf.length) {
            buf = Arrays.copyOf(buf, (int) Math.max(pos + len, Math.min(Integer.MAX_VALUE - 8L, buf.length * 2L)));
        }
        if (pos > size) {
            Arrays.fill(buf, size, pos, 0);
        }
        System.arraycopy(cps, 0, buf, pos, len);
        pos += len;
        size = Math.max(size, pos);
    }

    String read(long n) {
        int avail = Math.max(size - pos, 0);
        int take = n < 0 || n > avail ? avail : (int) n;
        if (take == 0) {
            return "";
        }
        String r = CodePoints.of(buf, pos, pos + take);
        pos += take;
        return r;
    }

    String readline(long limit) {
        if (pos >= size) {
            return "";
        }
        int n = size - pos;
        if (limit >= 0 && limit < n) {
            n = (int) limit;
        }
        int len = lineEnd(n);
        String r = CodePoints.of(buf, pos, pos + len);
        pos += len;
        return r;
    }

    /** The length of the line at the position within {@code n} code points (CPython's find_line_ending). */
    private int lineEnd(int n) {
        int start = pos, end = pos + n;
        if (readtranslate || !readuniversal && readnl.length() == 1) {
            int nl = readtranslate ? '\n' : readnl.charAt(0);
            for (int i = start; i < end; i++) {
                if (buf[i] == nl) {
                    return i - start + 1;
                }
            }
            return n;
        }
        if (readuniversal) {
            for (int i = start; i < end; i++) {
                if (buf[i] == '\n') {
                    return i - start + 1;
                }
                if (buf[i] == '\r') {
                    return i + 1 < end && buf[i + 1] == '\n' ? i - start + 2 : i - start + 1;
                }
            }
            return n;
        }
        for (int i = start; i + 1 < end; i++) { // "\r\n"
            if (buf[i] == '\r' && buf[i + 1] == '\n') {
                return i - start + 2;
            }
        }
        return n;
    }

    String value() {
        return CodePoints.of(buf, 0, size);
    }

    static void define(IoModule io) {
        PyType t = io.stringIO = io.newType("StringIO", cls -> new StringIO(io, cls),
                "Text I/O implementation using an in-memory buffer.", io.textIOBase);
        t.defineLazily(() -> defineMethods(io, t));
    }

    private static void defineMethods(IoModule io, PyType t) {
        IoModule.method(t, "__init__", (a, k) -> {
            Object[] v = Args.parse("StringIO", a, k, 1, 0, 2, "initial_value", "newline");
            ((StringIO) a[0]).init(v[0], v[1]);
            return Singletons.NONE;
        });
        IoModule.method(t, "getvalue", (a, k) -> open(a[0]).value());
        IoModule.method(t, "read", (a, k) -> {
            IoModule.exactArgs("read", a, k, 0, 1);
            long n = IoModule.sizeArg(IoModule.arg(a, 1));
            return open(a[0]).read(n);
        });
        IoModule.method(t, "readline", (a, k) -> {
            IoModule.exactArgs("readline", a, k, 0, 1);
            long n = IoModule.sizeArg(IoModule.arg(a, 1));
            return open(a[0]).readline(n);
        });
        IoModule.method(t, "write", (a, k) -> {
            IoModule.exactArgs("write", a, k, 1, 1);
            StringIO s = (StringIO) a[0];
            if (!s.initialized) {
                throw IoModule.uninitialized();
            }
            if (!(PyValueInstance.unwrap(a[1]) instanceof String text)) {
                throw Errors.typeError("string argument expected, got '" + Errors.typeName(a[1]) + "'");
            }
            open(s);
            if (!text.isEmpty()) {
                s.write(text);
            }
            return (long) CodePoints.length(text);
        });
        IoModule.method(t, "tell", (a, k) -> (long) open(a[0]).pos);
        IoModule.method(t, "seek", (a, k) -> {
            IoModule.exactArgs("seek", a, k, 1, 2);
            StringIO s = (StringIO) a[0];
            if (!s.initialized) {
                throw IoModule.uninitialized();
            }
            long target = Abstract.index(a[1]);
            long whence = a.length > 2 ? Abstract.index(a[2]) : 0;
            open(s);
            if (whence != 0 && whence != 1 && whence != 2) {
                throw Errors.valueError("Invalid whence (" + whence + ", should be 0, 1 or 2)");
            } else if (target < 0 && whence == 0) {
                throw Errors.valueError("Negative seek position " + target);
            } else if (whence != 0 && target != 0) {
                throw IoModule.osError("Can't do nonzero cur-relative seeks");
            }
            if (whence == 1) {
                target = s.pos;
            } else if (whence == 2) {
                target = s.size;
            }
            if (target > Integer.MAX_VALUE - 8) {
                throw Errors.of(Errors.OVERFLOW_ERROR, "new position too large");
            }
            s.pos = (int) target;
            return target;
        });
        IoModule.method(t, "truncate", (a, k) -> {
            IoModule.exactArgs("truncate", a, k, 0, 1);
            StringIO s = open(a[0]);
            Object arg = IoModule.arg(a, 1);
            long n = arg == null || arg == Singletons.NONE ? s.pos : IoModule.sizeArg(arg);
            if (n < 0) {
                throw Errors.valueError("Negative size value " + n);
            }
            if (n < s.size) {
                s.size = (int) n;
            }
            return n;
        });
        for (String name : new String[] {"readable", "writable", "seekable"}) {
            IoModule.method(t, name, (a, k) -> {
                open(a[0]);
                return true;
            });
        }
        IoModule.method(t, "close", (a, k) -> {
            StringIO s = (StringIO) a[0];
            s.closed = true;
            s.buf = new int[0];
            return Singletons.NONE;
        });
        io.getter(t, "closed", o -> {
            StringIO s = (StringIO) o;
            if (!s.initialized) {
                throw IoModule.uninitialized();
            }
            return s.closed;
        });
        io.getter(t, "line_buffering", o -> {
            open(o);
            return false;
        });
        io.getter(t, "newlines", o -> {
            StringIO s = open(o);
            return s.decoder == null ? Singletons.NONE : s.decoder.newlinesAttribute();
        });
        IoModule.method(t, "__next__", (a, k) -> {
            StringIO s = open(a[0]);
            Object line;
            if (s.type() == io.stringIO) {
                line = s.readline(-1);
            } else {
                line = IoModule.call(s, "readline");
                if (!(PyValueInstance.unwrap(line) instanceof String)) {
                    throw IoModule.osError("readline() should have returned a str object, not '"
                            + Errors.typeName(line) + "'");
                }
            }
            if (((String) PyValueInstance.unwrap(line)).isEmpty()) {
                throw Errors.of(Errors.STOP_ITERATION, new Object[0]);
            }
            return line;
        });
        IoModule.method(t, "__getstate__", (a, k) -> {
            StringIO s = open(a[0]);
            PyDict d = s.dict;
            return PyTuple.of(s.value(), s.readnl == null ? Singletons.NONE : s.readnl, (long) s.pos,
                    d == null || d.size() == 0 ? Singletons.NONE : Abstract.call(PyDict.TYPE, new Object[] {d}, null));
        });
        IoModule.method(t, "__setstate__", (a, k) -> {
            StringIO s = (StringIO) a[0];
            if (!(a[1] instanceof PyTuple st) || st.size() < 4) {
                throw Errors.typeError(Open.typeName(s) + ".__setstate__ argument should be 4-tuple, got "
                        + Errors.typeName(a[1]));
            }
            s.init(st.get(0), st.get(1)); // records the newlines seen, as CPython's __init__ call
            String v = (String) PyValueInstance.unwrap(st.get(0));
            int[] cps = CodePoints.toArray(v); // the value as it was, without newline translation
            s.buf = cps;
            s.size = cps.length;
            long p = Abstract.index(st.get(2));
            if (p < 0) {
                throw Errors.valueError("position value cannot be negative");
            }
            s.pos = (int) p;
            if (st.get(3) instanceof PyDict d) {
                for (java.util.Map.Entry<Object, Object> e : d.entries()) {
                    s.dict.put(e.getKey(), e.getValue());
                }
            }
            return Singletons.NONE;
        });
    }
}
