package org.pyston.runtime.modules;

import java.math.BigInteger;
import java.util.Arrays;
import org.pyston.runtime.objects.Abstract;
import org.pyston.runtime.objects.Errors;
import org.pyston.runtime.objects.NativeFunction;
import org.pyston.runtime.objects.PyByteArray;
import org.pyston.runtime.objects.PyBytes;
import org.pyston.runtime.objects.PyDict;
import org.pyston.runtime.objects.PyException;
import org.pyston.runtime.objects.PyIterator;
import org.pyston.runtime.objects.PyList;
import org.pyston.runtime.objects.PyModule;
import org.pyston.runtime.objects.PyTuple;
import org.pyston.runtime.objects.PyType;
import org.pyston.runtime.objects.Singletons;

/**
 * {@code _operator}: the operators as functions (operator.py re-exports them and adds the dunder
 * aliases), and the itemgetter, attrgetter and methodcaller types.
 */
final class OperatorModule {
    private OperatorModule() {
    }

    private static final String M = "operator";

    @FunctionalInterface
    private interface Unary {
        Object apply(Object a);
    }

    @FunctionalInterface
    private interface Binary {
        Object apply(Object a, Object b);
    }

    /** A one-argument function: "_operator.NAME() takes exactly one argument (N given)". */
    private static void unary(PyModule m, String name, Unary f) {
        Ext.function(m, name, (a, k) -> {
            if (k != null && k.length > 0) {
                throw Errors.typeError("_operator." + name + "() takes no keyword arguments");
            }
            if (a.length != 1) {
                throw Errors.typeError("_operator." + name + "() takes exactly one argument (" + a.length + " given)");
            }
            return f.apply(a[0]);
        });
    }

    /** A two-argument function: "NAME expected 2 arguments, got N". */
    private static void binary(PyModule m, String name, Binary f) {
        Ext.function(m, name, (a, k) -> {
            if (k != null && k.length > 0) {
                throw Errors.typeError("_operator." + name + "() takes no keyword arguments");
            }
            Ext.positionalOnly(name, a, null, 2, 2);
            return f.apply(a[0], a[1]);
        });
    }

    /** {@code is}, with the values the JVM may box twice compared as CPython's cached objects are. */
    static boolean identical(Object a, Object b) {
        return a == b || a instanceof Boolean && a.equals(b)
                || a instanceof Long x && b instanceof Long y && x.longValue() == y && x >= -5 && x <= 256;
    }

    /** PySequence_Check: a sequence for concatenation (has items, and is not a dict). */
    private static boolean isSequence(Object o) {
        if (o instanceof PyList || o instanceof PyTuple || o instanceof String || o instanceof PyBytes
                || o instanceof PyByteArray) {
            return true;
        }
        if (o instanceof PyDict || o instanceof Long || o instanceof Double || o instanceof Boolean
                || o instanceof BigInteger) {
            return false;
        }
        return PyType.of(o).lookup("__getitem__") != null;
    }

    static PyModule create() {
        PyModule m = new PyModule("_operator");
        for (Abstract.CompareOp op : Abstract.CompareOp.values()) {
            binary(m, op.method.substring(2, 4), (a, b) -> Abstract.compare(op, a, b));
        }
        String[][] binaries = {
            {"add", "ADD"}, {"sub", "SUB"}, {"mul", "MUL"}, {"matmul", "MATMUL"}, {"truediv", "TRUEDIV"},
            {"floordiv", "FLOORDIV"}, {"mod", "MOD"}, {"pow", "POW"}, {"lshift", "LSHIFT"}, {"rshift", "RSHIFT"},
            {"and_", "AND"}, {"or_", "OR"}, {"xor", "XOR"},
        };
        for (String[] b : binaries) {
            Abstract.BinaryOp op = Abstract.BinaryOp.valueOf(b[1]);
            binary(m, b[0], (x, y) -> Abstract.binaryOp(op, x, y));
            String inplace = "i" + (b[0].endsWith("_") ? b[0].substring(0, b[0].length() - 1) : b[0]);
            binary(m, inplace, (x, y) -> Abstract.inplaceOp(op, x, y));
        }
        binary(m, "concat", (a, b) -> {
            if (!isSequence(a)) {
                throw Errors.typeError("'" + Errors.typeName(a) + "' object can't be concatenated");
            }
            return Abstract.binaryOp(Abstract.BinaryOp.ADD, a, b);
        });
        binary(m, "iconcat", (a, b) -> {
            if (!isSequence(a)) {
                throw Errors.typeError("'" + Errors.typeName(a) + "' object can't be concatenated");
            }
            return Abstract.inplaceOp(Abstract.BinaryOp.ADD, a, b);
        });
        binary(m, "is_", (a, b) -> identical(a, b));
        binary(m, "is_not", (a, b) -> !identical(a, b));
        binary(m, "contains", (a, b) -> Abstract.contains(a, b));
        binary(m, "getitem", Abstract::getItem);
        binary(m, "delitem", (a, b) -> {
            Abstract.delItem(a, b);
            return Singletons.NONE;
        });
        Ext.function(m, "setitem", (a, k) -> {
            if (k != null && k.length > 0) {
                throw Errors.typeError("_operator.setitem() takes no keyword arguments");
            }
            Ext.positionalOnly("setitem", a, null, 3, 3);
            Abstract.setItem(a[0], a[1], a[2]);
            return Singletons.NONE;
        });
        binary(m, "countOf", (a, b) -> {
            long n = 0;
            PyIterator it = Abstract.iter(a);
            for (Object v = it.next(); v != null; v = it.next()) {
                if (identical(v, b) || Abstract.eq(v, b)) {
                    n++;
                }
            }
            return n;
        });
        binary(m, "indexOf", (a, b) -> {
            long i = 0;
            PyIterator it = Abstract.iter(a);
            for (Object v = it.next(); v != null; v = it.next(), i++) {
                if (identical(v, b) || Abstract.eq(v, b)) {
                    return i;
                }
            }
            throw Errors.valueError("sequence.index(x): x not in sequence");
        });
        unary(m, "not_", a -> !Abstract.isTrue(a));
        unary(m, "truth", Abstract::isTrue);
        unary(m, "neg", a -> Abstract.unaryOp(1, a));
        unary(m, "pos", a -> Abstract.unaryOp(2, a));
        unary(m, "inv", a -> Abstract.unaryOp(3, a));
        unary(m, "invert", a -> Abstract.unaryOp(3, a));
        unary(m, "index", Abstract::indexValue);
        unary(m, "abs", org.pyston.runtime.objects.Builtins::abs);
        Ext.function(m, "length_hint", (a, k) -> {
            Ext.positionalOnly("length_hint", a, k, 1, 2);
            long dflt = a.length > 1 ? Abstract.index(a[1]) : 0;
            return lengthHint(a[0], dflt);
        });
        Ext.function(m, "call", (a, k) -> {
            int npos = a.length - (k == null ? 0 : k.length);
            if (npos < 1) {
                throw Errors.typeError("call expected at least 1 argument, got 0");
            }
            return Abstract.call(a[0], Arrays.copyOfRange(a, 1, a.length), k);
        });
        Ext.function(m, "_compare_digest", (a, k) -> {
            Ext.positionalOnly("_compare_digest", a, k, 2, 2);
            return compareDigest(a[0], a[1]);
        });
        m.set("itemgetter", ITEMGETTER);
        m.set("attrgetter", ATTRGETTER);
        m.set("methodcaller", METHODCALLER);
        return m;
    }

    /** operator.length_hint: len() when defined, else __length_hint__ (NotImplemented: the default). */
    static long lengthHint(Object o, long dflt) {
        PyType t = PyType.of(o);
        if (!(o instanceof PyIterator) && (t.lookup("__len__") != null || o instanceof String || o instanceof PyList
                || o instanceof PyTuple || o instanceof PyDict)) {
            try {
                return Abstract.len(o);
            } catch (PyException e) {
                if (!e.matches(Errors.TYPE_ERROR)) {
                    throw e;
                }
            }
        }
        Object hint = t.lookup("__length_hint__");
        if (hint == null) {
            return dflt;
        }
        Object r;
        try {
            r = Abstract.call(hint, new Object[] {o}, null);
        } catch (PyException e) {
            if (e.matches(Errors.TYPE_ERROR)) {
                return dflt;
            }
            throw e;
        }
        if (r == Singletons.NOT_IMPLEMENTED) {
            return dflt;
        }
        if (!(r instanceof Long || r instanceof BigInteger || r instanceof Boolean)) {
            throw Errors.typeError("__length_hint__ must be an integer, not " + Errors.typeName(r));
        }
        long n = Abstract.index(r);
        if (n < 0) {
            throw Errors.valueError("__length_hint__() should return >= 0");
        }
        return n;
    }

    private static Object compareDigest(Object a, Object b) {
        byte[] x, y;
        if (a instanceof String s && b instanceof String t) {
            if (!s.chars().allMatch(c -> c < 128) || !t.chars().allMatch(c -> c < 128)) {
                throw Errors.typeError("comparing strings with non-ASCII characters is not supported");
            }
            x = s.getBytes(java.nio.charset.StandardCharsets.US_ASCII);
            y = t.getBytes(java.nio.charset.StandardCharsets.US_ASCII);
        } else if ((a instanceof PyBytes || a instanceof PyByteArray) && (b instanceof PyBytes || b instanceof PyByteArray)) {
            x = a instanceof PyBytes pa ? pa.bytes : ((PyBytes) Abstract.call(PyBytes.TYPE, new Object[] {a}, null)).bytes;
            y = b instanceof PyBytes pb ? pb.bytes : ((PyBytes) Abstract.call(PyBytes.TYPE, new Object[] {b}, null)).bytes;
        } else {
            throw Errors.typeError("unsupported operand types(s) or combination of types: '" + Errors.typeName(a)
                    + "' and '" + Errors.typeName(b) + "'");
        }
        return java.security.MessageDigest.isEqual(x, y);
    }

    // ------------------------------------------------------------------ itemgetter

    static final PyType ITEMGETTER = Ext.type(M, "itemgetter", Getter.class, null, (cls, a, k) -> {
        if (k != null && k.length > 0) {
            throw Errors.typeError("itemgetter() takes no keyword arguments");
        }
        if (a.length == 0) {
            throw Errors.typeError("itemgetter expected 1 argument, got 0");
        }
        return new Getter(cls, a.clone());
    });

    static final PyType ATTRGETTER = Ext.type(M, "attrgetter", Getter.class, null, (cls, a, k) -> {
        if (k != null && k.length > 0) {
            throw Errors.typeError("attrgetter() takes no keyword arguments");
        }
        if (a.length == 0) {
            throw Errors.typeError("attrgetter expected 1 argument, got 0");
        }
        for (Object name : a) {
            if (!(name instanceof String)) {
                throw Errors.typeError("attribute name must be a string");
            }
        }
        return new Getter(cls, a.clone());
    });

    /** itemgetter and attrgetter: the items (or attribute names) to fetch. */
    static final class Getter extends NativeObject {
        final Object[] keys;

        Getter(PyType type, Object[] keys) {
            super(type);
            this.keys = keys;
        }

        Object fetch(Object obj, Object key) {
            if (type().isSubtypeOf(ITEMGETTER)) {
                return Abstract.getItem(obj, key);
            }
            Object v = obj;
            for (String part : ((String) key).split("\\.", -1)) {
                v = Abstract.getAttr(v, part);
            }
            return v;
        }
    }

    private static NativeFunction getterCall(String name) {
        return (a, k) -> {
            Ext.positionalOnly(name, Arrays.copyOfRange(a, 1, a.length), k, 1, 1);
            Getter g = (Getter) a[0];
            if (g.keys.length == 1) {
                return g.fetch(a[1], g.keys[0]);
            }
            Object[] r = new Object[g.keys.length];
            for (int i = 0; i < r.length; i++) {
                r[i] = g.fetch(a[1], g.keys[i]);
            }
            return new PyTuple(r);
        };
    }

    private static String joinedReprs(Object[] items) {
        StringBuilder sb = new StringBuilder();
        for (int i = 0; i < items.length; i++) {
            sb.append(i > 0 ? ", " : "").append(Abstract.repr(items[i]));
        }
        return sb.toString();
    }

    static {
        Ext.method(ITEMGETTER, "__call__", getterCall("itemgetter"));
        Ext.method(ATTRGETTER, "__call__", getterCall("attrgetter"));
        for (PyType t : new PyType[] {ITEMGETTER, ATTRGETTER}) {
            Ext.method(t, "__repr__", (a, k) -> Errors.typeName(a[0]) + "(" + joinedReprs(((Getter) a[0]).keys) + ")");
            Ext.method(t, "__reduce__", (a, k) -> PyTuple.of(PyType.of(a[0]), new PyTuple(((Getter) a[0]).keys.clone())));
        }
    }

    // ------------------------------------------------------------------ methodcaller

    static final PyType METHODCALLER = Ext.type(M, "methodcaller", MethodCaller.class, null, (cls, a, k) -> {
        int nkw = k == null ? 0 : k.length;
        int npos = a.length - nkw;
        if (npos < 1) {
            throw Errors.typeError("methodcaller needs at least one argument, the method name");
        }
        if (!(a[0] instanceof String name)) {
            throw Errors.typeError("method name must be a string");
        }
        Object[] args = Arrays.copyOfRange(a, 1, a.length);
        String[] kwnames = nkw == 0 ? null : k.clone();
        return new MethodCaller(cls, name, args, kwnames);
    });

    static final class MethodCaller extends NativeObject {
        final String name;
        /** Positional arguments then keyword values, as a call passes them. */
        final Object[] args;
        final String[] kwnames;

        MethodCaller(PyType type, String name, Object[] args, String[] kwnames) {
            super(type);
            this.name = name;
            this.args = args;
            this.kwnames = kwnames;
        }
    }

    static {
        Ext.method(METHODCALLER, "__call__", (a, k) -> {
            Ext.positionalOnly("methodcaller", Arrays.copyOfRange(a, 1, a.length), k, 1, 1);
            MethodCaller mc = (MethodCaller) a[0];
            return Abstract.call(Abstract.getAttr(a[1], mc.name), mc.args, mc.kwnames);
        });
        Ext.method(METHODCALLER, "__repr__", (a, k) -> {
            MethodCaller mc = (MethodCaller) a[0];
            StringBuilder sb = new StringBuilder(Errors.typeName(mc)).append('(').append(Abstract.repr(mc.name));
            int nkw = mc.kwnames == null ? 0 : mc.kwnames.length;
            for (int i = 0; i < mc.args.length; i++) {
                sb.append(", ");
                if (i >= mc.args.length - nkw) {
                    sb.append(mc.kwnames[i - (mc.args.length - nkw)]).append('=');
                }
                sb.append(Abstract.repr(mc.args[i]));
            }
            return sb.append(')').toString();
        });
        Ext.method(METHODCALLER, "__reduce__", (a, k) -> {
            MethodCaller mc = (MethodCaller) a[0];
            int nkw = mc.kwnames == null ? 0 : mc.kwnames.length;
            Object[] positional = Arrays.copyOfRange(mc.args, 0, mc.args.length - nkw);
            if (nkw == 0) {
                Object[] all = new Object[positional.length + 1];
                all[0] = mc.name;
                System.arraycopy(positional, 0, all, 1, positional.length);
                return PyTuple.of(PyType.of(mc), new PyTuple(all));
            }
            Object[] partialArgs = new Object[2 + nkw];
            partialArgs[0] = PyType.of(mc);
            partialArgs[1] = mc.name;
            System.arraycopy(mc.args, positional.length, partialArgs, 2, nkw);
            Object partial = Abstract.call(FunctoolsModule.PARTIAL, partialArgs, mc.kwnames);
            return PyTuple.of(partial, new PyTuple(positional));
        });
    }
}
