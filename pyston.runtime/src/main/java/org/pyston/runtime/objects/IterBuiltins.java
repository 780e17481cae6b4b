package org.pyston.runtime.objects;

import java.math.BigInteger;

/**
 * The built-ins over iterables: the iterator types {@code enumerate}, {@code zip}, {@code map},
 * {@code filter}, {@code reversed}, and the functions {@code sorted}, {@code sum}, {@code next},
 * {@code any}, {@code all}, with CPython's argument checks and messages.
 */
final class IterBuiltins {
    private IterBuiltins() {
    }

    public static final PyType ENUMERATE = PyIterator.iteratorType("enumerate");
    public static final PyType ZIP = PyIterator.iteratorType("zip");
    public static final PyType MAP = PyIterator.iteratorType("map");
    public static final PyType FILTER = PyIterator.iteratorType("filter");

    /** The constructor of one of the iterator types here (or {@code reversed}), or null. */
    static NativeFunction constructor(PyType t) {
        if (t == ENUMERATE) {
            return IterBuiltins::enumerate;
        }
        if (t == ZIP) {
            return IterBuiltins::zip;
        }
        if (t == MAP) {
            return IterBuiltins::map;
        }
        if (t == FILTER) {
            return IterBuiltins::filter;
        }
        if (t == PyIterator.REVERSED) {
            return (a, k) -> {
                Args.noKeywords("reversed", k);
                Args.positionalCount("reversed", a.length, 1, 1);
                return reversed(a[0]);
            };
        }
        return null;
    }

    static Object enumerate(Object[] a, String[] k) {
        Args.onlyKeywords("enumerate", k, "iterable", "start");
        if (a.length > 2) {
            throw Errors.typeError("enumerate() takes at most 2 arguments (" + a.length + " given)");
        }
        int np = Args.positional(a, k);
        Object iterable = np > 0 ? a[0] : Args.keyword(a, k, "iterable");
        if (iterable == null) {
            throw Errors.typeError("enumerate() missing required argument 'iterable'");
        }
        Object startArg = np > 1 ? a[1] : Args.keyword(a, k, "start");
        Object start = startArg == null ? (Object) 0L : Abstract.indexValue(startArg);
        PyIterator it = Abstract.iter(iterable);
        Object[] count = {start};
        return new PyIterator.FunctionIterator(ENUMERATE, () -> {
            Object v = it.next();
            if (v == null) {
                return null;
            }
            Object i = count[0];
            count[0] = i instanceof Long l && l != Long.MAX_VALUE ? (Object) (l + 1)
                    : Abstract.normalize(Abstract.big(i).add(BigInteger.ONE));
            return PyTuple.of(i, v);
        });
    }

    static Object zip(Object[] a, String[] k) {
        int nk = k == null ? 0 : k.length;
        if (nk > 1) {
            throw Errors.typeError("zip() takes at most 1 keyword argument (" + nk + " given)");
        }
        Args.onlyKeywords("zip", k, "strict");
        Object strictArg = Args.keyword(a, k, "strict");
        boolean strict = strictArg != null && Abstract.isTrue(strictArg);
        int np = a.length - nk;
        PyIterator[] its = new PyIterator[np];
        for (int i = 0; i < np; i++) {
            its[i] = Abstract.iter(a[i]);
        }
        boolean[] done = {np == 0};
        return new PyIterator.FunctionIterator(ZIP, () -> {
            if (done[0]) {
                return null;
            }
            Object[] row = new Object[its.length];
            for (int i = 0; i < its.length; i++) {
                row[i] = its[i].next();
                if (row[i] == null) {
                    done[0] = true;
                    if (strict) {
                        strictCheck(its, i);
                    }
                    return null;
                }
            }
            return new PyTuple(row);
        });
    }

    /** zip(strict=True) after argument {@code i} ran out: all the others must have run out too. */
    private static void strictCheck(PyIterator[] its, int i) {
        if (i > 0) {
            throw Errors.valueError("zip() argument " + (i + 1) + " is shorter than argument" + (i == 1 ? " 1" : "s 1-" + i));
        }
        for (int j = 1; j < its.length; j++) {
            if (its[j].next() != null) {
                throw Errors.valueError("zip() argument " + (j + 1) + " is longer than argument" + (j == 1 ? " 1" : "s 1-" + j));
            }
        }
    }

    static Object map(Object[] a, String[] k) {
        Args.noKeywords("map", k);
        if (a.length < 2) {
            throw Errors.typeError("map() must have at least two arguments.");
        }
        Object f = a[0];
        PyIterator[] its = new PyIterator[a.length - 1];
        for (int i = 1; i < a.length; i++) {
            its[i - 1] = Abstract.iter(a[i]);
        }
        return new PyIterator.FunctionIterator(MAP, () -> {
            Object[] row = new Object[its.length];
            for (int i = 0; i < its.length; i++) {
                row[i] = its[i].next();
                if (row[i] == null) {
                    return null;
                }
            }
            return Abstract.call(f, row, null);
        });
    }

    static Object filter(Object[] a, String[] k) {
        Args.noKeywords("filter", k);
        Args.positionalCount("filter", a.length, 2, 2);
        Object f = a[0];
        PyIterator it = Abstract.iter(a[1]);
        return new PyIterator.FunctionIterator(FILTER, () -> {
            for (Object v = it.next(); v != null; v = it.next()) {
                boolean keep = f == Singletons.NONE || f == PyType.BOOL ? Abstract.isTrue(v)
                        : Abstract.isTrue(Abstract.call(f, new Object[] {v}, null));
                if (keep) {
                    return v;
                }
            }
            return null;
        });
    }

    static Object reversed(Object o) {
        if (o instanceof PyList l && l.type() == PyList.TYPE) {
            return new PyIterator.ListReverseIterator(l);
        }
        if (o instanceof PyRange r) {
            return r.reversed();
        }
        if (o instanceof PyDict d && d.type() == PyDict.TYPE) {
            return new PyIterator.DictIterator(d, PyIterator.KEYS, true);
        }
        if (o instanceof PyDictView v) {
            return new PyIterator.DictIterator(v.dict, v.kind, true);
        }
        PyType t = PyType.of(o);
        Object m = t.lookup("__reversed__");
        if (m != null && m != Singletons.NONE) {
            return Abstract.call(m, new Object[] {o}, null);
        }
        if (m == null && (o instanceof PyTuple || o instanceof String || o instanceof PyBytes || o instanceof PyByteArray
                || o instanceof PyList || !(o instanceof PyDict) && t.lookup("__getitem__") != null)) {
            long[] index = {Abstract.len(o) - 1};
            boolean[] done = {false};
            return new PyIterator.FunctionIterator(PyIterator.REVERSED, () -> {
                if (done[0] || index[0] < 0) {
                    done[0] = true;
                    return null;
                }
                try {
                    return Abstract.getItem(o, index[0]--);
                } catch (PyException e) {
                    if (e.matches(Errors.INDEX_ERROR) || e.matches(Errors.STOP_ITERATION)) {
                        done[0] = true;
                        return null;
                    }
                    throw e;
                }
            });
        }
        throw Errors.typeError("'" + t.name + "' object is not reversible");
    }

    static Object sorted(Object[] a, String[] k) {
        Args.positionalCount("sorted", Args.positional(a, k), 1, 1);
        Args.onlyKeywords("sort", k, "key", "reverse");
        PyList l = new PyList();
        Sequences.extend(l, a[0]);
        Sorting.sort(l, Args.keyword(a, k, "key"), Args.keyword(a, k, "reverse"));
        return l;
    }

    static Object sum(Object[] a, String[] k) {
        Args.onlyKeywords("sum", k, "start");
        int np = Args.positional(a, k);
        if (np == 0) {
            throw Errors.typeError("sum() takes at least 1 positional argument (0 given)");
        }
        if (a.length > 2) {
            throw Errors.typeError("sum() takes at most 2 arguments (" + a.length + " given)");
        }
        Object acc = a.length > 1 ? a[1] : (Object) 0L;
        if (acc instanceof String) {
            throw Errors.typeError("sum() can't sum strings [use ''.join(seq) instead]");
        }
        if (acc instanceof PyBytes) {
            throw Errors.typeError("sum() can't sum bytes [use b''.join(seq) instead]");
        }
        if (acc instanceof PyByteArray) {
            throw Errors.typeError("sum() can't sum bytearray [use b''.join(seq) instead]");
        }
        PyIterator it = Abstract.iter(a[0]);
        for (Object v = it.next(); v != null; v = it.next()) {
            acc = Abstract.binaryOp(Abstract.BinaryOp.ADD, acc, v);
        }
        return acc;
    }

    static Object next(Object[] a, String[] k) {
        Args.noKeywords("next", k);
        Args.positionalCount("next", a.length, 1, 2);
        Object it = a[0];
        if (it instanceof PyIterator pi) {
            Object v = pi.next();
            if (v != null) {
                return v;
            }
            if (a.length > 1) {
                return a[1];
            }
            if (pi instanceof Sendable g) {
                throw Sendable.stopIteration(g.takeResult());
            }
            throw Errors.of(Errors.STOP_ITERATION, new Object[0]);
        }
        Object nextMethod = PyType.of(it).lookup("__next__");
        if (nextMethod == null) {
            throw Errors.typeError("'" + Errors.typeName(it) + "' object is not an iterator");
        }
        try {
            return Abstract.call(nextMethod, new Object[] {it}, null);
        } catch (PyException e) {
            if (a.length > 1 && e.matches(Errors.STOP_ITERATION)) {
                return a[1];
            }
            throw e;
        }
    }

    /** any() (when {@code wanted} is true) and all() (false): stops at the first item of that truth. */
    static Object anyAll(Object[] a, String[] k, boolean wanted) {
        Args.exact(wanted ? "any" : "all", a, k, 1, 1);
        PyIterator it = Abstract.iter(a[0]);
        for (Object v = it.next(); v != null; v = it.next()) {
            if (Abstract.isTrue(v) == wanted) {
                return wanted;
            }
        }
        return !wanted;
    }
}
