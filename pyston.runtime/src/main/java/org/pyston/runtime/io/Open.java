package org.pyston.runtime.io;

import java.util.IdentityHashMap;
import java.util.Map;
import java.util.function.Supplier;
import org.pyston.runtime.objects.Abstract;
import org.pyston.runtime.objects.Args;
import org.pyston.runtime.objects.Errors;
import org.pyston.runtime.objects.PyBytes;
import org.pyston.runtime.objects.PyException;
import org.pyston.runtime.objects.PyType;
import org.pyston.runtime.objects.PyValueInstance;
import org.pyston.runtime.objects.Singletons;

/** {@code open()}, {@code open_code()}, {@code text_encoding()} and the argument conversions the types share. */
final class Open {
    private Open() {
    }

    /** The encoding of the locale (CPython's {@code locale.getencoding()}): this runtime runs in UTF-8. */
    static final String LOCALE_ENCODING = "UTF-8";

    static Object open(IoModule io, Object[] a, String[] k) {
        Object[] v = Args.parse("open", a, k, 0, 1, 8, "file", "mode", "buffering", "encoding", "errors", "newline",
                "closefd", "opener");
        Object file = v[0];
        String mode = v[1] == null ? "r" : strArg("open", "mode", 2, v[1]);
        long buffering = v[2] == null ? -1 : Abstract.index(v[2]);
        String encoding = optionalStr("open", "encoding", v[3]);
        String errors = optionalStr("open", "errors", v[4]);
        String newline = optionalStr("open", "newline", v[5]);
        boolean closefd = v[6] == null || Abstract.index(v[6]) != 0;
        Object opener = v[7] == null ? Singletons.NONE : v[7];
        if (!(PyValueInstance.unwrap(file) instanceof String) && !(file instanceof PyBytes) && !isNumber(file)) {
            file = fsPathObject(file);
        }
        boolean creating = false, reading = false, writing = false, appending = false, updating = false;
        boolean text = false, binary = false;
        for (int i = 0; i < mode.length(); i++) {
            char c = mode.charAt(i);
            if ("xrwabt+".indexOf(c) < 0 || mode.indexOf(c, i + 1) >= 0) {
                throw Errors.valueError("invalid mode: '" + mode + "'");
            }
            switch (c) {
                case 'x': creating = true; break;
                case 'r': reading = true; break;
                case 'w': writing = true; break;
                case 'a': appending = true; break;
                case '+': updating = true; break;
                case 't': text = true; break;
                default: binary = true; break;
            }
        }
        StringBuilder rawMode = new StringBuilder();
        if (creating) {
            rawMode.append('x');
        }
        if (reading) {
            rawMode.append('r');
        }
        if (writing) {
            rawMode.append('w');
        }
        if (appending) {
            rawMode.append('a');
        }
        if (updating) {
            rawMode.append('+');
        }
        if (text && binary) {
            throw Errors.valueError("can't have text and binary mode at once");
        }
        if ((creating ? 1 : 0) + (reading ? 1 : 0) + (writing ? 1 : 0) + (appending ? 1 : 0) > 1) {
            throw Errors.valueError("must have exactly one of create/read/write/append mode");
        }
        if (binary && encoding != null) {
            throw Errors.valueError("binary mode doesn't take an encoding argument");
        }
        if (binary && errors != null) {
            throw Errors.valueError("binary mode doesn't take an errors argument");
        }
        if (binary && newline != null) {
            throw Errors.valueError("binary mode doesn't take a newline argument");
        }
        if (binary && buffering == 1) {
            Warnings.warn(io, Errors.RUNTIME_WARNING, "line buffering (buffering=1) isn't supported in binary mode, "
                    + "the default buffer size will be used");
        }
        FileIO raw = new FileIO(io, io.fileIO);
        raw.init(file, rawMode.toString(), closefd, opener);
        try {
            boolean lineBuffering = false;
            boolean isatty = false;
            if (buffering < 0) {
                isatty = Abstract.isTrue(IoModule.call(raw, "isatty"));
            }
            if (buffering == 1 || isatty) {
                buffering = -1;
                lineBuffering = true;
            }
            if (buffering < 0) {
                buffering = raw.blksize;
            }
            if (buffering < 0) {
                throw Errors.valueError("invalid buffering size");
            }
            if (buffering == 0) {
                if (!binary) {
                    throw Errors.valueError("can't have unbuffered text I/O");
                }
                return raw;
            }
            Buffered buffer = new Buffered(io, updating ? io.bufferedRandom : creating || writing || appending
                    ? io.bufferedWriter : io.bufferedReader);
            buffer.init(raw, buffering);
            if (binary) {
                return buffer;
            }
            TextIOWrapper wrapper = new TextIOWrapper(io, io.textIOWrapper);
            wrapper.init(buffer, encoding, errors, newline == null ? null : newline, newline != null, lineBuffering,
                    false);
            wrapper.dict.put("mode", mode);
            return wrapper;
        } catch (PyException e) {
            try {
                raw.close();
            } catch (PyException ignored) {
                // the first error is the one to report
            }
            throw e;
        }
    }

    static Object openCode(IoModule io, Object[] a, String[] k) {
        Object[] v = Args.parse("open_code", a, k, 0, 1, 1, "path");
        if (!(PyValueInstance.unwrap(v[0]) instanceof String)) {
            throw Errors.typeError("open_code() argument 'path' must be str, not " + Errors.typeName(v[0]));
        }
        return open(io, new Object[] {v[0], "rb"}, null);
    }

    static Object textEncoding(Object[] a, String[] k) {
        Object[] v = Args.parse("text_encoding", a, k, 0, 1, 2, "encoding", "stacklevel");
        if (v[0] == Singletons.NONE) {
            return "locale";
        }
        return v[0];
    }

    // ------------------------------------------------------------------ arguments

    private static boolean isNumber(Object o) {
        return o instanceof Long || o instanceof Double || o instanceof Boolean || o instanceof java.math.BigInteger
                || o instanceof org.pyston.runtime.objects.PyObject
                        && (PyType.of(o).lookup("__index__") != null || PyType.of(o).lookup("__int__") != null
                                || PyType.of(o).lookup("__float__") != null);
    }

    /** A str argument: "F() argument 'NAME' must be str, not T". */
    static String strArg(String function, String name, int position, Object o) {
        if (PyValueInstance.unwrap(o) instanceof String s) {
            return s;
        }
        throw Errors.typeError(function + "() argument '" + name + "' must be str, not " + Errors.typeName(o));
    }

    /** A str-or-None argument (null when None or absent): "F() argument 'NAME' must be str or None, not T". */
    static String optionalStr(String function, String name, Object o) {
        if (o == null || o == Singletons.NONE) {
            return null;
        }
        if (PyValueInstance.unwrap(o) instanceof String s) {
            return s;
        }
        throw Errors.typeError(function + "() argument '" + name + "' must be str or None, not " + Errors.typeName(o));
    }

    /** An integer argument (no floats): "'T' object cannot be interpreted as an integer". */
    static long intArg(Object o) {
        return Abstract.index(o);
    }

    /** {@code os.fspath(o)}: a str or bytes, from a path-like object's {@code __fspath__}. */
    static Object fsPathObject(Object o) {
        Object u = PyValueInstance.unwrap(o);
        if (u instanceof String || o instanceof PyBytes) {
            return o;
        }
        Object m = o instanceof org.pyston.runtime.objects.PyObject ? PyType.of(o).lookup("__fspath__") : null;
        if (m == null) {
            throw Errors.typeError("expected str, bytes or os.PathLike object, not " + Errors.typeName(o));
        }
        Object r = Abstract.call(m, new Object[] {o}, null);
        if (!(PyValueInstance.unwrap(r) instanceof String) && !(r instanceof PyBytes)) {
            throw Errors.typeError("expected " + Errors.typeName(o) + ".__fspath__() to return str or bytes, not "
                    + Errors.typeName(r));
        }
        return r;
    }

    /** The file-system path of a str, bytes or path-like argument, as Java names it. */
    static String fsPath(Object o) {
        Object p = fsPathObject(o);
        String s;
        if (p instanceof PyBytes b) {
            s = org.pyston.runtime.objects.Codecs.decode(b.bytes, 0, b.bytes.length, "utf-8", "surrogateescape");
        } else {
            s = (String) PyValueInstance.unwrap(p);
        }
        if (s.indexOf('\0') >= 0) {
            throw Errors.valueError("embedded null byte");
        }
        return s;
    }

    // ------------------------------------------------------------------ reprs

    /** How reprs name the type: "_io.FileIO" for this module's types, the class name for derived classes. */
    static String typeName(Object self) {
        PyType t = PyType.of(self);
        return t.module.equals("_io") ? "_io." + t.name : t.name;
    }

    private static final ThreadLocal<Map<Object, Boolean>> IN_REPR = ThreadLocal.withInitial(IdentityHashMap::new);

    /** A repr that shows another object's repr: RuntimeError "reentrant call inside T.__repr__" when that recurses. */
    static String guardedRepr(Object self, String typeName, Supplier<String> body) {
        Map<Object, Boolean> active = IN_REPR.get();
        if (active.containsKey(self)) {
            throw Errors.of(Errors.RUNTIME_ERROR, "reentrant call inside " + typeName + ".__repr__");
        }
        active.put(self, Boolean.TRUE);
        try {
            return body.get();
        } finally {
            active.remove(self);
        }
    }
}
