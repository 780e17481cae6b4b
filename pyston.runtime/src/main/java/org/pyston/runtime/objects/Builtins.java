package org.pyston.runtime.objects;

import java.math.BigDecimal;
import java.math.BigInteger;
import java.util.Arrays;
import java.util.Map;

/**
 * The {@code builtins} module's functions and the built-in types' constructors. The module is
 * made per context ({@link #createModule}); the functions close over that context only where
 * they need it ({@code print}, {@code input}, {@code __import__}).
 */
public final class Builtins {
    private Builtins() {
    }

    public static PyModule createModule(ExecutionContext ctx) {
        Methods.install();
        org.pyston.runtime.modules.GenericAlias.install();
        PyModule m = new PyModule("builtins", ctx.builtinsDict);
        PyDict d = m.dict;
        for (PyType t : new PyType[] {PyType.OBJECT, PyType.TYPE, PyType.INT, PyType.BOOL, PyType.FLOAT, PyType.STR,
            PyList.TYPE, PyTuple.TYPE, PyDict.TYPE, PySet.TYPE, PySet.FROZEN_TYPE, PyRange.TYPE, PySlice.TYPE,
            PyProperty.TYPE, PyClassMethod.TYPE, PyStaticMethod.TYPE, PyBytes.TYPE, PyByteArray.TYPE, PyMemoryView.TYPE, PyComplex.TYPE}) {
            d.put(t.name, t);
        }
        for (PyType t : Errors.ALL) {
            d.put(t.name, t);
        }
        d.put("EnvironmentError", Errors.OS_ERROR);
        d.put("IOError", Errors.OS_ERROR);
        d.put("None", Singletons.NONE);
        d.put("NotImplemented", Singletons.NOT_IMPLEMENTED);
        d.put("Ellipsis", Singletons.ELLIPSIS);
        d.put("True", Boolean.TRUE);
        d.put("False", Boolean.FALSE);
        d.put("__debug__", Boolean.TRUE);
        fn(d, "print", (a, k) -> print(ctx, a, k));
        fn(d, "len", (a, k) -> {
            Args.exact("len", a, k, 1, 1);
            return Abstract.len(a[0]);
        });
        fn(d, "repr", (a, k) -> {
            Args.exact("repr", a, k, 1, 1);
            return Abstract.reprObject(a[0]);
        });
        fn(d, "ascii", (a, k) -> {
            Object r = Abstract.reprObject(a[0]); // PyObject_ASCII: an ASCII repr is returned as it is
            return r instanceof PyValueInstance v && Strings.isAscii((String) v.value) ? r : ascii(a[0], r);
        });
        fn(d, "abs", (a, k) -> abs(a[0]));
        fn(d, "min", (a, k) -> minMax(a, k, true));
        fn(d, "max", (a, k) -> minMax(a, k, false));
        fn(d, "sum", IterBuiltins::sum);
        fn(d, "sorted", IterBuiltins::sorted);
        for (PyType t : new PyType[] {IterBuiltins.ENUMERATE, IterBuiltins.ZIP, IterBuiltins.MAP, IterBuiltins.FILTER,
            PyIterator.REVERSED}) {
            d.put(t.name, t);
        }
        fn(d, "isinstance", (a, k) -> {
            Args.positionalOnly("isinstance", a, k, 2, 2, false);
            return isInstance(a[0], a[1]);
        });
        fn(d, "issubclass", (a, k) -> {
            Args.positionalOnly("issubclass", a, k, 2, 2, false);
            if (!(a[0] instanceof PyType t)) {
                throw Errors.typeError("issubclass() arg 1 must be a class");
            }
            return isSubclass(t, a[1]);
        });
        fn(d, "hasattr", (a, k) -> {
            try {
                return Attributes.get(a[0], attributeName(a[1])) != null;
            } catch (PyException e) {
                if (e.matches(Errors.ATTRIBUTE_ERROR)) {
                    return false;
                }
                throw e;
            }
        });
        fn(d, "getattr", (a, k) -> {
            String name = attributeName(a[1]);
            try {
                return Abstract.getAttr(a[0], name);
            } catch (PyException e) {
                if (a.length > 2 && e.matches(Errors.ATTRIBUTE_ERROR)) {
                    return a[2];
                }
                throw e;
            }
        });
        fn(d, "setattr", (a, k) -> {
            Abstract.setAttr(a[0], attributeName(a[1]), a[2]);
            return Singletons.NONE;
        });
        fn(d, "delattr", (a, k) -> {
            Abstract.setAttr(a[0], attributeName(a[1]), null);
            return Singletons.NONE;
        });
        fn(d, "id", (a, k) -> (long) System.identityHashCode(a[0]));
        fn(d, "hash", (a, k) -> Abstract.hash(a[0]));
        fn(d, "iter", (a, k) -> {
            Args.exact("iter", a, k, 1, 2);
            if (a.length == 2) {
                if (!isCallable(a[0])) {
                    throw Errors.typeError("iter(v, w): v must be callable");
                }
                return new PyIterator.CallableIterator(a[0], a[1]);
            }
            return Sequences.iterObject(a[0]);
        });
        fn(d, "next", IterBuiltins::next);
        fn(d, "aiter", (a, k) -> Coroutines.aiter(a[0]));
        fn(d, "anext", (a, k) -> Coroutines.anext(a));
        fn(d, "any", (a, k) -> IterBuiltins.anyAll(a, k, true));
        fn(d, "all", (a, k) -> IterBuiltins.anyAll(a, k, false));
        fn(d, "chr", (a, k) -> {
            Args.exact("chr", a, k, 1, 1);
            if (a[0] instanceof Double) {
                throw Errors.typeError("'float' object cannot be interpreted as an integer");
            }
            long cp;
            try {
                cp = Abstract.index(a[0]);
            } catch (PyException e) {
                if (e.matches(Errors.INDEX_ERROR)) {
                    throw Errors.overflow("Python int too large to convert to C int");
                }
                throw e;
            }
            if (cp < 0 || cp > 0x10FFFF) {
                throw Errors.valueError("chr() arg not in range(0x110000)");
            }
            return Strings.chr((int) cp);
        });
        fn(d, "ord", (a, k) -> {
            Args.exact("ord", a, k, 1, 1);
            if (PyValueInstance.unwrap(a[0]) instanceof String s) { // a str or an instance of a subclass
                int n = org.pyston.runtime.text.CodePoints.length(s);
                if (n == 1) {
                    return (long) org.pyston.runtime.text.CodePoints.codePointAt(s, 0);
                }
                throw Errors.typeError("ord() expected a character, but string of length " + n + " found");
            }
            byte[] b = a[0] instanceof PyBytes || a[0] instanceof PyByteArray ? BytesMethods.buffer(a[0]) : null;
            if (b != null) {
                if (b.length == 1) {
                    return (long) (b[0] & 0xff);
                }
                throw Errors.typeError("ord() expected a character, but string of length " + b.length + " found");
            }
            throw Errors.typeError("ord() expected string of length 1, but " + Errors.typeName(a[0]) + " found");
        });
        fn(d, "hex", (a, k) -> radix(a[0], 16, "0x"));
        fn(d, "oct", (a, k) -> radix(a[0], 8, "0o"));
        fn(d, "bin", (a, k) -> radix(a[0], 2, "0b"));
        d.put("round", ROUND);
        fn(d, "divmod", (a, k) -> {
            Args.positionalOnly("divmod", a, k, 2, 2, false);
            return Abstract.divmod(a[0], a[1]);
        });
        fn(d, "pow", (a, k) -> {
            Args.onlyKeywords("pow", k, "base", "exp", "mod");
            int np = Args.positional(a, k);
            Object base = np > 0 ? a[0] : Args.keyword(a, k, "base");
            Object exp = np > 1 ? a[1] : Args.keyword(a, k, "exp");
            Object mod = np > 2 ? a[2] : Args.keyword(a, k, "mod");
            if (np > 3) {
                throw Errors.typeError("pow() takes at most 3 arguments (" + np + " given)");
            }
            if (base == null || exp == null) {
                throw Errors.typeError("pow() missing required argument '" + (base == null ? "base" : "exp")
                        + "' (pos " + (base == null ? 1 : 2) + ")");
            }
            return Numbers.ternaryPow(base, exp, mod == null ? Singletons.NONE : mod);
        });
        fn(d, "callable", (a, k) -> isCallable(a[0]));
        fn(d, "format", (a, k) -> {
            Args.positionalOnly("format", a, k, 1, 2, false);
            if (a.length > 1 && !(PyValueInstance.unwrap(a[1]) instanceof String)) {
                throw Errors.typeError("format() argument 2 must be str, not " + Errors.typeName(a[1]));
            }
            return Formatter.format(a[0], a.length > 1 ? (String) PyValueInstance.unwrap(a[1]) : "");
        });
        fn(d, "vars", (a, k) -> {
            if (a.length == 0) {
                PyFrame f = ctx.topFrame;
                return f != null ? Frames.locals(f) : new PyDict();
            }
            Object attributes = Attributes.get(a[0], "__dict__");
            if (attributes == null) {
                throw Errors.typeError("vars() argument must have __dict__ attribute");
            }
            return attributes;
        });
        fn(d, "dir", (a, k) -> dir(ctx, a));
        fn(d, "globals", (a, k) -> ctx.topFrame.globals);
        fn(d, "locals", (a, k) -> Frames.locals(ctx.topFrame));
        fn(d, "input", (a, k) -> input(ctx, a));
        fn(d, "__import__", (a, k) -> Imports.builtinImport(ctx, a, k));
        fn(d, "exec", (a, k) -> Frames.exec(ctx, a, k, false));
        fn(d, "compile", (a, k) -> Frames.compile(ctx, a, k));
        fn(d, "__build_class__", (a, k) -> Ops.buildClassBuiltin(ctx, a, k));
        fn(d, "eval", (a, k) -> Frames.exec(ctx, a, k, true));
        d.put("super", SuperObject.TYPE);
        fn(d, "breakpoint", (a, k) -> SiteBuiltins.breakpoint(ctx, a, k));
        SiteBuiltins.install(ctx, d);
        // io.open: the _io module replaces this with its own function when it is imported
        fn(d, "open", (a, k) -> Abstract.call(Abstract.getAttr(Imports.importModule(ctx, "_io", PyTuple.of("open"), 0,
                null), "open"), a, k));
        BuiltinArity.apply(d);
        return m;
    }

    /** {@code pow(base, exp, mod)} of three ints. */
    static Object modPow(Object base, Object exp, Object modulus) {
        BigInteger mod = Abstract.big(modulus);
        if (mod.signum() == 0) {
            throw Errors.valueError("pow() 3rd argument cannot be 0");
        }
        BigInteger e = Abstract.big(exp);
        BigInteger r;
        try {
            r = Abstract.big(base).modPow(e, mod.abs());
        } catch (ArithmeticException notInvertible) {
            throw Errors.valueError("base is not invertible for the given modulus");
        }
        if (mod.signum() < 0 && r.signum() != 0) {
            r = r.add(mod);
        }
        return Abstract.normalize(r);
    }

    /** The name argument of getattr/setattr/hasattr/delattr: a str (or an instance of a subclass). */
    private static String attributeName(Object name) {
        if (!(PyValueInstance.unwrap(name) instanceof String s)) {
            throw Errors.typeError("attribute name must be string, not '" + Errors.typeName(name) + "'");
        }
        return s;
    }

    public static boolean isCallable(Object o) {
        return o instanceof PyFunction || o instanceof PyBuiltinFunction || o instanceof PyType
                || o instanceof PyBoundMethod || PyType.of(o).lookup("__call__") != null
                && !(o instanceof Long || o instanceof String);
    }

    private static final PyBuiltinFunction ROUND = new PyBuiltinFunction("round", Builtins::round, false);

    static Object roundFunction() {
        return ROUND;
    }

    private static void fn(PyDict d, String name, NativeFunction f) {
        d.put(name, new PyBuiltinFunction(name, f, false));
    }

    private static Object print(ExecutionContext ctx, Object[] a, String[] k) {
        Args.onlyKeywords("print", k, "sep", "end", "file", "flush");
        int np = Args.positional(a, k);
        Object sepArg = Args.keyword(a, k, "sep");
        Object endArg = Args.keyword(a, k, "end");
        Object file = Args.keyword(a, k, "file");
        String sep = sepArg == null || sepArg == Singletons.NONE ? " " : checkStr(sepArg, "sep");
        String end = endArg == null || endArg == Singletons.NONE ? "\n" : checkStr(endArg, "end");
        if (file == null || file == Singletons.NONE) {
            file = StdStreams.stdout(ctx);
            if (file == null) {
                throw Errors.of(Errors.RUNTIME_ERROR, "lost sys.stdout");
            }
            if (file == Singletons.NONE) {
                return Singletons.NONE; // as CPython: no stdout connected, nothing printed
            }
        }
        if (file instanceof StdStreams.TextStream) {
            StringBuilder sb = new StringBuilder();
            for (int i = 0; i < np; i++) {
                if (i > 0) {
                    sb.append(sep);
                }
                sb.append(Abstract.str(a[i]));
            }
            StdStreams.write(ctx, file, sb.append(end).toString());
        } else {
            // a file object of Python's sees each piece written on its own, as CPython writes them
            for (int i = 0; i < np; i++) {
                if (i > 0) {
                    StdStreams.write(ctx, file, sep);
                }
                StdStreams.write(ctx, file, Abstract.str(a[i]));
            }
            StdStreams.write(ctx, file, end);
        }
        Object flush = Args.keyword(a, k, "flush");
        if (flush != null && Abstract.isTrue(flush)) {
            StdStreams.flush(ctx, file);
        }
        return Singletons.NONE;
    }

    private static String checkStr(Object o, String what) {
        if (!(o instanceof String s)) {
            throw Errors.typeError(what + " must be None or a string, not " + Errors.typeName(o));
        }
        return s;
    }

    /**
     * {@code input(prompt)} as CPython when stdin is not a terminal: the prompt to sys.stdout, a
     * line from {@code sys.stdin.readline()} without its newline, EOFError at the end.
     */
    private static Object input(ExecutionContext ctx, Object[] a) {
        Object stdin = Attributes.get(ctx.sys, "stdin");
        Object stdout = StdStreams.stdout(ctx);
        Object stderr = StdStreams.stderr(ctx);
        if (stdin == null || stdin == Singletons.NONE) {
            throw Errors.of(Errors.RUNTIME_ERROR, "input(): lost sys.stdin");
        }
        if (stdout == null || stdout == Singletons.NONE) {
            throw Errors.of(Errors.RUNTIME_ERROR, "input(): lost sys.stdout");
        }
        if (stderr == null || stderr == Singletons.NONE) {
            throw Errors.of(Errors.RUNTIME_ERROR, "input(): lost sys.stderr");
        }
        try {
            StdStreams.flush(ctx, stderr);
        } catch (PyException ignored) {
            // as CPython: a failing flush of stderr does not stop input()
        }
        if (a.length > 0) {
            StdStreams.write(ctx, stdout, Abstract.str(a[0]));
        }
        try {
            StdStreams.flush(ctx, stdout);
        } catch (PyException ignored) {
            // likewise
        }
        Object r = Abstract.call(Abstract.getAttr(stdin, "readline"), new Object[0], null);
        if (!(PyValueInstance.unwrap(r) instanceof String line)) {
            throw Errors.typeError("object.readline() returned non-string");
        }
        if (line.isEmpty()) {
            throw Errors.of(Errors.EOF_ERROR, "EOF when reading a line");
        }
        return line.endsWith("\n") ? line.substring(0, line.length() - 1) : line;
    }

    public static String ascii(Object o) {
        return ascii(o, Abstract.repr(o));
    }

    /** {@code ascii(o)} given {@code o}'s repr (a str, or an instance of a str subclass). */
    private static String ascii(Object o, Object repr) {
        String r = (String) PyValueInstance.unwrap(repr);
        if (Strings.isAscii(r)) {
            return r;
        }
        StringBuilder sb = new StringBuilder();
        for (int i = 0; i < r.length(); ) {
            int cp = org.pyston.runtime.text.CodePoints.codePointAt(r, i);
            i += org.pyston.runtime.text.CodePoints.width(r, i);
            if (cp < 128) {
                sb.append((char) cp);
            } else if (cp <= 0xff) {
                sb.append(String.format("\\x%02x", cp));
            } else if (cp <= 0xffff) {
                sb.append(String.format("\\u%04x", cp));
            } else {
                sb.append(String.format("\\U%08x", cp));
            }
        }
        return sb.toString();
    }

    public static Object abs(Object o) {
        if (o instanceof Long l) {
            return l == Long.MIN_VALUE ? BigInteger.valueOf(l).negate() : (Object) Math.abs(l);
        }
        if (o instanceof Double d) {
            return Math.abs(d);
        }
        if (o instanceof Boolean b) {
            return b ? 1L : 0L;
        }
        if (o instanceof BigInteger b) {
            return Abstract.normalize(b.abs());
        }
        Object m = PyType.of(o).lookup("__abs__");
        if (m == null) {
            throw Errors.typeError("bad operand type for abs(): '" + Errors.typeName(o) + "'");
        }
        return Abstract.call(m, new Object[] {o}, null);
    }

    private static Object minMax(Object[] a, String[] k, boolean min) {
        String name = min ? "min" : "max";
        if (k != null && k.length > 2) {
            throw Errors.typeError(name + "() takes at most 2 keyword arguments (" + k.length + " given)");
        }
        Args.onlyKeywords(name, k, "key", "default");
        int np = Args.positional(a, k);
        Object key = Args.keyword(a, k, "key");
        Object dflt = Args.keyword(a, k, "default");
        if (np == 0) {
            throw Errors.typeError(name + " expected at least 1 argument, got 0");
        }
        PyIterator it = np == 1 ? Abstract.iter(a[0]) : new PyIterator.ArrayIterator(Arrays.copyOf(a, np));
        if (np > 1 && dflt != null) {
            throw Errors.typeError("Cannot specify a default for " + name + "() with multiple positional arguments");
        }
        Object best = null, bestKey = null;
        for (Object v = it.next(); v != null; v = it.next()) {
            Object kv = key == null || key == Singletons.NONE ? v : Abstract.call(key, new Object[] {v}, null);
            if (best == null || Abstract.isTrue(Abstract.compare(min ? Abstract.CompareOp.LT : Abstract.CompareOp.GT,
                    kv, bestKey))) {
                best = v;
                bestKey = kv;
            }
        }
        if (best == null) {
            if (dflt != null) {
                return dflt;
            }
            throw Errors.valueError(name + "() arg is an empty sequence");
        }
        return best;
    }

    public static boolean isInstance(Object o, Object cls) {
        if (cls instanceof PyType t) {
            Object check = t.type() != PyType.TYPE ? t.type().lookup("__instancecheck__") : null;
            if (check instanceof PyFunction) {
                return Abstract.isTrue(Abstract.call(check, new Object[] {t, o}, null));
            }
            return PyType.of(o).isSubtypeOf(t);
        }
        if (cls instanceof PyTuple tuple) {
            for (Object c : tuple.items) {
                if (isInstance(o, c)) {
                    return true;
                }
            }
            return false;
        }
        Object check = PyType.of(cls).lookup("__instancecheck__");
        if (check != null && !PyBuiltinFunction.isCoreMethod(check)) {
            return Abstract.isTrue(Abstract.call(check, new Object[] {cls, o}, null));
        }
        throw Errors.typeError("isinstance() arg 2 must be a type, a tuple of types, or a union");
    }

    public static boolean isSubclass(PyType t, Object cls) {
        if (cls instanceof PyType c) {
            Object check = c.type() != PyType.TYPE ? c.type().lookup("__subclasscheck__") : null;
            if (check instanceof PyFunction) {
                return Abstract.isTrue(Abstract.call(check, new Object[] {c, t}, null));
            }
            return t.isSubtypeOf(c);
        }
        if (cls instanceof PyTuple tuple) {
            for (Object c : tuple.items) {
                if (isSubclass(t, c)) {
                    return true;
                }
            }
            return false;
        }
        Object check = PyType.of(cls).lookup("__subclasscheck__");
        if (check != null && !PyBuiltinFunction.isCoreMethod(check)) {
            return Abstract.isTrue(Abstract.call(check, new Object[] {cls, t}, null));
        }
        throw Errors.typeError("issubclass() arg 2 must be a class, a tuple of classes, or a union");
    }

    private static Object radix(Object o, int radix, String prefix) {
        long dummy = o instanceof PyObject ? Abstract.index(o) : 0;
        BigInteger b = o instanceof PyObject ? BigInteger.valueOf(dummy) : Abstract.big(checkInt(o));
        String digits = b.abs().toString(radix);
        return (b.signum() < 0 ? "-" : "") + prefix + digits;
    }

    private static Object checkInt(Object o) {
        if (!(o instanceof Long || o instanceof BigInteger || o instanceof Boolean)) {
            throw Errors.typeError("'" + Errors.typeName(o) + "' object cannot be interpreted as an integer");
        }
        return o;
    }

    private static Object round(Object[] args, String[] kwnames) {
        Object[] a = Args.parse("round", args, kwnames, 0, 1, 2, "number", "ndigits");
        Object x = a[0];
        Object nd = a[1] == null ? Singletons.NONE : a[1];
        if (x instanceof Double d) {
            if (nd == Singletons.NONE) {
                if (Double.isNaN(d)) {
                    throw Errors.valueError("cannot convert float NaN to integer");
                }
                if (Double.isInfinite(d)) {
                    throw Errors.overflow("cannot convert float infinity to integer");
                }
                return Abstract.normalize(new BigDecimal(d).setScale(0, java.math.RoundingMode.HALF_EVEN).toBigInteger());
            }
            return roundFloat(d, clampedIndex(nd));
        }
        if (x instanceof Long || x instanceof BigInteger || x instanceof Boolean) {
            if (nd == Singletons.NONE) {
                return x instanceof Boolean b ? (Object) (b ? 1L : 0L) : x;
            }
            long n = clampedIndex(nd);
            if (n >= 0) {
                return x instanceof Boolean b ? (Object) (b ? 1L : 0L) : x;
            }
            BigInteger v = Abstract.big(x);
            if (n < -(v.bitLength() + 1)) {
                return 0L; // 10**-n is beyond twice |x|: rounds to 0
            }
            return Abstract.normalize(new BigDecimal(v).setScale((int) n, java.math.RoundingMode.HALF_EVEN)
                    .toBigInteger());
        }
        if (a[1] == null) {
            a = new Object[] {x};
        }
        Object m = PyType.of(x).lookup("__round__");
        if (m == null) {
            throw Errors.typeError("type " + Errors.typeName(x) + " doesn't define __round__ method");
        }
        return Abstract.call(m, a, null);
    }

    /** An index argument as a long, ints beyond a long clamped to its range (CPython's PyNumber_AsSsize_t(o, NULL)). */
    static long clampedIndex(Object o) {
        Object v = Abstract.indexValue(o);
        if (v instanceof BigInteger b) {
            return b.signum() < 0 ? Long.MIN_VALUE : Long.MAX_VALUE;
        }
        return (Long) v;
    }

    /**
     * {@code round(x, n)} for a float: the decimal value of x correctly rounded (half to even) to
     * n digits after the point; x itself when n is beyond the digits a double can hold, zero of
     * x's sign when it is below the largest double's, OverflowError when the result is too large.
     */
    static double roundFloat(double x, long n) {
        if (Double.isNaN(x) || Double.isInfinite(x) || n > 323) {
            return x;
        }
        if (n < -308) {
            return 0.0 * x;
        }
        double r = new BigDecimal(x).setScale((int) n, java.math.RoundingMode.HALF_EVEN).doubleValue();
        if (Double.isInfinite(r)) {
            throw Errors.overflow("rounded value too large to represent");
        }
        return Math.copySign(r, x);
    }

    /** {@code dir(o)}. */
    static Object dirOf(Object o) {
        return dir(null, new Object[] {o});
    }

    private static Object dir(ExecutionContext ctx, Object[] a) {
        java.util.TreeSet<String> names = new java.util.TreeSet<>();
        if (a.length == 0) {
            // CPython: sorted(locals().keys()), through the mapping's own keys() for a __prepare__ namespace
            Object scope = Frames.locals(ctx.topFrame);
            if (!(scope instanceof PyDict d && d.type() == PyDict.TYPE)) {
                PyList keys = PyList.of(Sequences.toArray(Ops.callMethod(scope, "keys", new Object[0], null)).clone());
                Sorting.sort(keys, null, null);
                return keys;
            }
            for (Object key : ((PyDict) scope).map.keySet()) {
                names.add((String) key);
            }
        } else {
            Object o = a[0];
            Object dirMethod = PyType.of(o).lookup("__dir__");
            if (dirMethod != null && !(dirMethod instanceof PyBuiltinFunction)) {
                // the class's own __dir__: its result, sorted
                PyList l = PyList.of(Sequences.toArray(Abstract.call(dirMethod, new Object[] {o}, null)).clone());
                Sorting.sort(l, null, null);
                return l;
            }
            if (o instanceof PyModule mod && mod.dict.getStr("__dir__") != null) {
                // module.__dir__ defers to a __dir__ function in the module (PEP 562)
                PyList l = PyList.of(Sequences.toArray(Abstract.call(mod.dict.getStr("__dir__"), new Object[0], null))
                        .clone());
                Sorting.sort(l, null, null);
                return l;
            }
            if (o instanceof PyModule mod) {
                for (Object key : mod.dict.map.keySet()) {
                    names.add((String) key);
                }
            } else {
                names.addAll(defaultDir(o));
            }
        }
        PyList l = new PyList();
        for (String n : names) {
            l.append(n);
        }
        return l;
    }

    /**
     * {@code object.__dir__}: the instance's dict keys and the attributes of its class and bases;
     * for a class, the attributes along its MRO (type.__dir__).
     */
    static java.util.Set<String> defaultDir(Object o) {
        java.util.Set<String> names = new java.util.TreeSet<>();
        Map<Object, Object> inst = Attributes.instanceDict(o);
        if (inst == null && !(o instanceof PyType)) {
            // as object.__dir__: the object's __dict__ attribute (a bound method's is its function's)
            try {
                if (Attributes.get(o, "__dict__") instanceof PyDict d) {
                    inst = d.map;
                }
            } catch (PyException e) {
                if (!e.matches(Errors.ATTRIBUTE_ERROR)) {
                    throw e;
                }
            }
        }
        if (inst != null) {
            for (Object key : inst.keySet()) {
                names.add(String.valueOf(key));
            }
        }
        PyType t = o instanceof PyType pt ? pt : PyType.of(o);
        for (PyType m : t.mro) {
            names.addAll(m.ready().dict.keySet());
        }
        return names;
    }

    // ------------------------------------------------------------------ constructors

    static NativeFunction constructor(PyType t) {
        NativeFunction iteration = IterBuiltins.constructor(t);
        if (iteration != null) {
            return iteration;
        }
        if (t == PyMappingProxy.TYPE) {
            return PyMappingProxy::construct;
        }
        for (Object singleton : new Object[] {Singletons.NONE, Singletons.NOT_IMPLEMENTED, Singletons.ELLIPSIS}) {
            if (t == PyType.of(singleton)) {
                // type(None)() is None (and so for NotImplemented and Ellipsis)
                return (a, k) -> {
                    if (a.length > 0) {
                        throw Errors.typeError(t.name + " takes no arguments");
                    }
                    return singleton;
                };
            }
        }
        if (t == PyModule.TYPE) {
            return Imports::newModule;
        }
        if (t == PyCell.TYPE) {
            // types.CellType([contents]): an empty cell without an argument
            return (a, k) -> {
                if (k != null && k.length > 0) {
                    throw Errors.typeError("cell() takes no keyword arguments");
                }
                if (a.length > 1) {
                    throw Errors.typeError("cell expected at most 1 argument, got " + a.length);
                }
                return new PyCell(a.length == 0 ? null : a[0]);
            };
        }
        if (t == PyType.INT) {
            return Builtins::newInt;
        }
        if (t == PyType.FLOAT) {
            return (a, k) -> {
                Args.exact("float", a, k, 0, 1);
                return a.length == 0 ? 0.0 : toFloat(a[0]);
            };
        }
        if (t == PyComplex.TYPE) {
            return PyComplex::construct;
        }
        if (t == PyType.STR) {
            return Builtins::newStr;
        }
        if (t == PyType.BOOL) {
            return (a, k) -> a.length > 0 && Abstract.isTrue(a[0]);
        }
        if (t == PyList.TYPE) {
            return (a, k) -> {
                Args.noKeywords("list", k);
                Args.positionalCount("list", a.length, 0, 1);
                PyList l = new PyList();
                if (a.length > 0) {
                    Sequences.extend(l, a[0]);
                }
                return l;
            };
        }
        if (t == PyTuple.TYPE) {
            return (a, k) -> {
                Args.noKeywords("tuple", k);
                Args.positionalCount("tuple", a.length, 0, 1);
                if (a.length == 1 && a[0] instanceof PyTuple tu && tu.type() == PyTuple.TYPE) {
                    return tu; // immutable: tuple(t) is t
                }
                Object[] items = a.length == 0 ? PyTuple.EMPTY.items : Sequences.toArray(a[0]);
                return items.length == 0 ? PyTuple.EMPTY : new PyTuple(items.clone()); // one empty tuple, as CPython
            };
        }
        if (t == PyDict.TYPE) {
            return (a, k) -> {
                Args.positionalCount("dict", Args.positional(a, k), 0, 1);
                PyDict d = new PyDict();
                fillDict(d, a, k, 0);
                return d;
            };
        }
        if (t == PySet.TYPE || t == PySet.FROZEN_TYPE) {
            return (a, k) -> {
                Args.noKeywords(t.name, k);
                Args.positionalCount(t.name, a.length, 0, 1);
                if (t == PySet.FROZEN_TYPE && a.length == 1 && a[0] instanceof PySet s && s.type() == PySet.FROZEN_TYPE) {
                    return s; // immutable: frozenset(fs) is fs
                }
                return a.length == 0 ? new PySet(t == PySet.FROZEN_TYPE) : PySet.of(t == PySet.FROZEN_TYPE, a[0]);
            };
        }
        if (t == PyRange.TYPE) {
            return PyRange::of;
        }
        if (t == PySlice.TYPE) {
            return (a, k) -> a.length == 1 ? new PySlice(Singletons.NONE, a[0], Singletons.NONE)
                    : new PySlice(a[0], a[1], a.length > 2 ? a[2] : Singletons.NONE);
        }
        if (t == PyType.OBJECT) {
            return (a, k) -> {
                if (a.length > 0) {
                    throw Errors.typeError("object() takes no arguments");
                }
                return new PyInstance(PyType.OBJECT);
            };
        }
        if (t == PyProperty.TYPE) {
            return (a, k) -> new PyProperty(kwOrPos(a, k, 0, "fget"), kwOrPos(a, k, 1, "fset"),
                    kwOrPos(a, k, 2, "fdel"), kwOrPos(a, k, 3, "doc"));
        }
        if (t == PyClassMethod.TYPE) {
            return (a, k) -> new PyClassMethod(a[0]);
        }
        if (t == PyStaticMethod.TYPE) {
            return (a, k) -> new PyStaticMethod(a[0]);
        }
        if (t == PyByteArray.TYPE) {
            return (a, k) -> new PyByteArray(BytesMethods.construct(a, k, true));
        }
        if (t == PyBytes.TYPE) {
            return (a, k) -> {
                if (a.length == 1 && a[0] instanceof PyBytes b) {
                    return b;
                }
                return new PyBytes(BytesMethods.construct(a, k, false));
            };
        }
        if (t == PyMemoryView.TYPE) {
            return PyMemoryView::construct;
        }
        return null;
    }

    /** {@code str(object='')} and {@code str(object=b'', encoding='utf-8', errors='strict')}. */
    private static Object newStr(Object[] a, String[] k) {
        int np = Args.positional(a, k);
        if (np > 3) {
            throw Errors.typeError("str() takes at most 3 arguments (" + np + " given)");
        }
        Args.onlyKeywords("str", k, "object", "encoding", "errors");
        Object obj = np > 0 ? a[0] : Args.keyword(a, k, "object");
        Object encoding = np > 1 ? a[1] : Args.keyword(a, k, "encoding");
        Object errors = np > 2 ? a[2] : Args.keyword(a, k, "errors");
        if (encoding == null && errors == null) {
            return obj == null ? "" : Abstract.strObject(obj);
        }
        if (encoding != null && !(encoding instanceof String)) {
            throw Errors.typeError("str() argument 'encoding' must be str, not " + Errors.typeName(encoding));
        }
        if (errors != null && !(errors instanceof String)) {
            throw Errors.typeError("str() argument 'errors' must be str, not " + Errors.typeName(errors));
        }
        if (obj == null) {
            return "";
        }
        byte[] b = BytesMethods.buffer(obj);
        if (b == null) {
            throw Errors.typeError(obj instanceof String ? "decoding str is not supported"
                    : "decoding to str: need a bytes-like object, " + Errors.typeName(obj) + " found");
        }
        return Codecs.decode(b, encoding == null ? "utf-8" : (String) encoding,
                errors == null ? "strict" : (String) errors);
    }

    private static Object kwOrPos(Object[] a, String[] k, int i, String name) {
        int np = Args.positional(a, k);
        if (i < np) {
            return a[i];
        }
        Object v = Args.keyword(a, k, name);
        return v == null ? Singletons.NONE : v;
    }

    /**
     * {@code dict(...)}, {@code d.update(...)}, {@code dict.__init__}: the optional positional
     * mapping or iterable of pairs at {@code args[first]}, then the keyword arguments.
     */
    static void fillDict(PyDict d, Object[] args, String[] kwnames, int first) {
        int np = Args.positional(args, kwnames);
        if (np > first) {
            updateDict(d, args[first]);
        }
        for (int i = 0; kwnames != null && i < kwnames.length; i++) {
            d.put(kwnames[i], args[np + i]);
        }
    }

    static void updateDict(PyDict d, Object source) {
        // a dict's entries directly, unless its class iterates otherwise (OrderedDict): then by keys()
        if (source instanceof PyDict other && (other.type() == PyDict.TYPE
                || other.type().lookup("__iter__") == PyDict.TYPE.lookup("__iter__"))) {
            d.map.storeAll(other.map);
            return;
        }
        Object keys = PyType.of(source).lookup("keys");
        if (keys != null) {
            Object ks = Abstract.call(keys, new Object[] {source}, null);
            PyIterator it = Abstract.iter(ks);
            for (Object key = it.next(); key != null; key = it.next()) {
                d.put(key, Abstract.getItem(source, key));
            }
            return;
        }
        PyIterator it = Abstract.iter(source);
        int i = 0;
        for (Object pair = it.next(); pair != null; pair = it.next(), i++) {
            Object[] kv;
            try {
                kv = Sequences.toArray(pair);
            } catch (PyException e) {
                throw Errors.typeError("cannot convert dictionary update sequence element #" + i + " to a sequence");
            }
            if (kv.length != 2) {
                throw Errors.valueError("dictionary update sequence element #" + i + " has length " + kv.length
                        + "; 2 is required");
            }
            d.put(kv[0], kv[1]);
        }
    }

    private static Object newInt(Object[] a, String[] k) {
        for (int i = 0; k != null && i < k.length; i++) {
            if (!k[i].equals("base")) {
                throw Errors.typeError("'" + k[i] + "' is an invalid keyword argument for int()");
            }
        }
        int np = Args.positional(a, k);
        if (np > 2) {
            throw Errors.typeError("int() takes at most 2 arguments (" + np + " given)");
        }
        Object baseArg = np > 1 ? a[1] : Args.keyword(a, k, "base");
        if (np == 0) {
            if (baseArg != null) {
                throw Errors.typeError("int() missing string argument");
            }
            return 0L;
        }
        Object x = a[0];
        if (baseArg == null) {
            return intOf(x);
        }
        // the base is clamped to the index range (PyNumber_AsSsize_t), so a huge one is just out of range
        Object baseValue = Abstract.indexValue(baseArg);
        long base = baseValue instanceof Long l ? l : ((BigInteger) baseValue).signum() < 0 ? Long.MIN_VALUE : Long.MAX_VALUE;
        if (base != 0 && (base < 2 || base > 36)) {
            throw Errors.valueError("int() base must be >= 2 and <= 36, or 0");
        }
        x = x instanceof PyValueInstance v && v.value instanceof String s ? s : x; // a str subclass: its text
        if (!(x instanceof String || x instanceof PyBytes || x instanceof PyByteArray)) {
            throw Errors.typeError("int() can't convert non-string with explicit base");
        }
        return parseIntArgument(x, (int) base);
    }

    /**
     * {@code int(x)} (CPython's {@code PyNumber_Long}): an int as it is, then {@code __int__},
     * {@code __index__}, the deprecated {@code __trunc__}, and text or a buffer read in base 10.
     */
    static Object intOf(Object x) {
        if (x instanceof Long || x instanceof BigInteger) {
            return x;
        }
        if (x instanceof Boolean b) {
            return b ? 1L : 0L;
        }
        if (x instanceof Double d) {
            return floatToInt(d);
        }
        PyType type = PyType.of(x);
        Object method = type.lookup("__int__");
        if (method != null) {
            return Abstract.exactIntResult(Abstract.call(method, new Object[] {x}, null), "__int__");
        }
        method = type.lookup("__index__");
        if (method != null) {
            return Abstract.exactIntResult(Abstract.call(method, new Object[] {x}, null), "__index__");
        }
        method = type.lookup("__trunc__");
        if (method != null) {
            PythonWarnings.warn(Errors.DEPRECATION_WARNING, "The delegation of int() to __trunc__ is deprecated.");
            Object r = Abstract.call(method, new Object[] {x}, null);
            Object v = PyValueInstance.unwrap(r);
            if (v instanceof Long || v instanceof BigInteger) {
                return v; // an int subclass is copied to an int silently, as CPython
            }
            if (v instanceof Boolean b) {
                return b ? 1L : 0L;
            }
            if (PyType.of(r).lookup("__index__") == null) {
                throw Errors.typeError("__trunc__ returned non-Integral (type " + Errors.typeName(r) + ")");
            }
            return Abstract.indexValue(r);
        }
        if (x instanceof PyValueInstance v && v.value instanceof String s) {
            x = s; // a subclass of str
        }
        if (x instanceof String || x instanceof PyBytes || x instanceof PyByteArray) {
            return parseIntArgument(x, 10);
        }
        if (x instanceof PyMemoryView view && view.hasSimpleBuffer()) {
            return parseIntArgument(new PyBytes(view.toBytes()), 10); // other buffers: their bytes, as CPython
        }
        throw Errors.typeError("int() argument must be a string, a bytes-like object or a real number, not '"
                + Errors.typeName(x) + "'");
    }

    /** {@code int(float)}: truncation, with CPython's errors for NaN and infinities. */
    public static Object floatToInt(double d) {
        if (Double.isNaN(d)) {
            throw Errors.valueError("cannot convert float NaN to integer");
        }
        if (Double.isInfinite(d)) {
            throw Errors.overflow("cannot convert float infinity to integer");
        }
        if (Math.abs(d) < 9.2e18) {
            return (long) d;
        }
        return Abstract.normalize(new BigDecimal(d).toBigInteger());
    }

    /** {@code int(text, base)} for a str, bytes or bytearray; the error shows the argument's repr. */
    static Object parseIntArgument(Object arg, int base) {
        if (arg instanceof String str) {
            return IntParsing.parse(str, base, true);
        }
        byte[] bytes = arg instanceof PyBytes b ? b.bytes : ((PyByteArray) arg).toBytes();
        return IntParsing.parse(new String(bytes, java.nio.charset.StandardCharsets.ISO_8859_1), base, false);
    }

    static double toFloat(Object x) {
        if (x instanceof Double d) {
            return d;
        }
        if (x instanceof Long || x instanceof BigInteger || x instanceof Boolean) {
            return Abstract.toDouble(x);
        }
        if (x instanceof String s) {
            return Numbers.parseFloat(s);
        }
        if (x instanceof PyBytes || x instanceof PyByteArray || x instanceof PyMemoryView m && m.hasSimpleBuffer()) {
            byte[] text = x instanceof PyBytes b ? b.bytes : x instanceof PyByteArray ba ? ba.toBytes()
                    : ((PyMemoryView) x).simpleBytes();
            try {
                String latin1 = new String(text, java.nio.charset.StandardCharsets.ISO_8859_1);
                return Numbers.parseFloatAscii(latin1, latin1);
            } catch (PyException e) {
                throw Errors.valueError("could not convert string to float: " + Abstract.repr(x));
            }
        }
        Object f = PyType.of(x).lookup("__float__");
        if (f != null) {
            return Abstract.floatResult(x, Abstract.call(f, new Object[] {x}, null));
        }
        Object idx = PyType.of(x).lookup("__index__");
        if (idx != null) {
            return Abstract.toDouble(Abstract.call(idx, new Object[] {x}, null));
        }
        if (x instanceof PyValueInstance v && v.value instanceof String) {
            return toFloat(v.value); // a subclass of str without __float__
        }
        throw Errors.typeError("float() argument must be a string or a real number, not '" + Errors.typeName(x) + "'");
    }

    static Object floatRatio(double d) {
        if (Double.isInfinite(d)) {
            throw Errors.overflow("cannot convert Infinity to integer ratio");
        }
        if (Double.isNaN(d)) {
            throw Errors.valueError("cannot convert NaN to integer ratio");
        }
        BigDecimal bd = new BigDecimal(d);
        BigInteger num = bd.unscaledValue();
        BigInteger den = BigInteger.TEN.pow(Math.max(0, bd.scale()));
        if (bd.scale() < 0) {
            num = num.multiply(BigInteger.TEN.pow(-bd.scale()));
        }
        BigInteger g = num.gcd(den);
        return PyTuple.of(Abstract.normalize(num.divide(g)), Abstract.normalize(den.divide(g)));
    }

    static Object intToBytes(Object[] a, String[] k) {
        BigInteger v = Abstract.big(a[0]);
        long length = Args.positional(a, k) > 1 ? Abstract.index(a[1]) : Args.keyword(a, k, "length") != null
                ? Abstract.index(Args.keyword(a, k, "length")) : 1;
        Object order = Args.positional(a, k) > 2 ? a[2] : Args.keyword(a, k, "byteorder");
        boolean little = "little".equals(order);
        byte[] raw = v.toByteArray();
        byte[] out = new byte[(int) length];
        byte fillByte = (byte) (v.signum() < 0 ? 0xff : 0);
        Arrays.fill(out, fillByte);
        int start = raw.length > 1 && raw[0] == 0 ? 1 : 0;
        int n = raw.length - start;
        if (n > length) {
            throw Errors.overflow("int too big to convert");
        }
        System.arraycopy(raw, start, out, (int) length - n, n);
        if (little) {
            for (int i = 0, j = out.length - 1; i < j; i++, j--) {
                byte t = out[i];
                out[i] = out[j];
                out[j] = t;
            }
        }
        return new PyBytes(out);
    }

    static Object intFromBytes(Object[] a, String[] k) {
        byte[] b = BytesMethods.buffer(a[1]); // any bytes-like object, or an iterable of ints
        b = b == null ? BytesMethods.fromIterable(a[1], "bytes must be in range(0, 256)") : b.clone();
        Object order = Args.positional(a, k) > 2 ? a[2] : Args.keyword(a, k, "byteorder");
        if ("little".equals(order)) {
            for (int i = 0, j = b.length - 1; i < j; i++, j--) {
                byte t = b[i];
                b[i] = b[j];
                b[j] = t;
            }
        }
        Object signed = Args.keyword(a, k, "signed");
        BigInteger v = signed != null && Abstract.isTrue(signed) ? new BigInteger(b.length == 0 ? new byte[1] : b)
                : new BigInteger(1, b);
        return Abstract.normalize(v);
    }

}
