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

    static {
        // classes may derive from them (CPython's tp_new takes the class); instances pickle by __reduce__
        ENUMERATE.setAllocator(IterBuiltins::enumerate);
        ZIP.setAllocator(IterBuiltins::zip);
        MAP.setAllocator(IterBuiltins::map);
        FILTER.setAllocator(IterBuiltins::filter);
        PyIterator.REVERSED.setAllocator((cls, a, k) -> {
            Args.noKeywords("reversed", k);
            Args.positionalCount("reversed", a.length, 1, 1);
            return reversed(cls, a[0]);
        });
    }

    /** The constructor of one of the iterator types here (or {@code reversed}), or null. */
    static NativeFunction constructor(PyType t) {
        if (t == ENUMERATE || t == ZIP || t == MAP || t == FILTER || t == PyIterator.REVERSED) {
            return (a, k) -> t.allocator.allocate(t, a, k);
        }
        return null;
    }

    static Object enumerate(PyType cls, Object[] a, String[] k) {
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
        return new Enumerate(cls, Abstract.iter(iterable), start);
    }

    static final class Enumerate extends NativeIterator {
        private final PyIterator source;
        private Object count;

        Enumerate(PyType type, PyIterator source, Object start) {
            super(type);
            this.source = source;
            this.count = start;
        }

        @Override
        public Object next() {
            Object v = source.next();
            if (v == null) {
                return null;
            }
            Object i = count;
            count = i instanceof Long l && l != Long.MAX_VALUE ? (Object) (l + 1)
                    : Abstract.normalize(Abstract.big(i).add(BigInteger.ONE));
            return PyTuple.of(i, v);
        }

        @Override
        public Object reduce() {
            return PyTuple.of(type(), PyTuple.of(source, count));
        }
    }

    static Object zip(PyType cls, Object[] a, String[] k) {
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
        return new Zip(cls, its, strict);
    }

    static final class Zip extends NativeIterator {
        private final PyIterator[] sources;
        private boolean strict;
        private boolean done;

        Zip(PyType type, PyIterator[] sources, boolean strict) {
            super(type);
            this.sources = sources;
            this.strict = strict;
            this.done = sources.length == 0;
        }

        @Override
        public Object next() {
            if (done) {
                return null;
            }
            Object[] row = new Object[sources.length];
            for (int i = 0; i < sources.length; i++) {
                row[i] = sources[i].next();
                if (row[i] == null) {
                    done = true;
                    if (strict) {
                        strictCheck(sources, i);
                    }
                    return null;
                }
            }
            return new PyTuple(row);
        }

        @Override
        public Object reduce() {
            PyTuple args = new PyTuple(sources.clone());
            return strict ? PyTuple.of(type(), args, true) : PyTuple.of(type(), args);
        }

        @Override
        public boolean setState(Object state) {
            strict = Abstract.isTrue(state);
            return true;
        }
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

    static Object map(PyType cls, Object[] a, String[] k) {
        a = Args.constructorPositionals(cls, "map", a, k);
        if (a.length < 2) {
            throw Errors.typeError("map() must have at least two arguments.");
        }
        PyIterator[] its = new PyIterator[a.length - 1];
        for (int i = 1; i < a.length; i++) {
            its[i - 1] = Abstract.iter(a[i]);
        }
        return new MapIterator(cls, a[0], its);
    }

    static final class MapIterator extends NativeIterator {
        private final Object function;
        private final PyIterator[] sources;

        MapIterator(PyType type, Object function, PyIterator[] sources) {
            super(type);
            this.function = function;
            this.sources = sources;
        }

        @Override
        public Object next() {
            Object[] row = new Object[sources.length];
            for (int i = 0; i < sources.length; i++) {
                row[i] = sources[i].next();
                if (row[i] == null) {
                    return null;
                }
            }
            return Abstract.call(function, row, null);
        }

        @Override
        public Object reduce() {
            Object[] args = new Object[sources.length + 1];
            args[0] = function;
            System.arraycopy(sources, 0, args, 1, sources.length);
            return PyTuple.of(type(), new PyTuple(args));
        }
    }

    static Object filter(PyType cls, Object[] a, String[] k) {
        a = Args.constructorPositionals(cls, "filter", a, k);
        Args.positionalCount("filter", a.length, 2, 2);
        return new Filter(cls, a[0], Abstract.iter(a[1]));
    }

    static final class Filter extends NativeIterator {
        private final Object function;
        private final PyIterator source;

        Filter(PyType type, Object function, PyIterator source) {
            super(type);
            this.function = function;
            this.source = source;
        }

        @Override
        public Object next() {
            for (Object v = source.next(); v != null; v = source.next()) {
                boolean keep = function == Singletons.NONE || function == PyType.BOOL ? Abstract.isTrue(v)
                        : Abstract.isTrue(Abstract.call(function, new Object[] {v}, null));
                if (keep) {
                    return v;
                }
            }
            return null;
        }

        @Override
        public Object reduce() {
            return PyTuple.of(type(), PyTuple.of(function, source));
        }
    }

    static Object reversed(Object o) {
        return reversed(PyIterator.REVERSED, o);
    }

    /** {@code reversed(seq)}, or an instance of the class {@code cls} deriving from it. */
    static Object reversed(PyType cls, Object o) {
        // a type's __reversed__ answers for any cls, as CPython's reversed_new
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
            return new Reversed(cls, o, Abstract.len(o) - 1);
        }
        throw Errors.typeError("'" + t.name + "' object is not reversible");
    }

    /** reversed() over a sequence: {@code seq[len-1]} down to {@code seq[0]}. */
    static final class Reversed extends NativeIterator {
        private Object sequence;
        private long index;

        Reversed(PyType type, Object sequence, long last) {
            super(type);
            this.sequence = sequence;
            this.index = last;
        }

        @Override
        public Object next() {
            if (sequence == null || index < 0) {
                sequence = null;
                return null;
            }
            try {
                return Abstract.getItem(sequence, index--);
            } catch (PyException e) {
                if (e.matches(Errors.INDEX_ERROR) || e.matches(Errors.STOP_ITERATION)) {
                    sequence = null;
                    return null;
                }
                throw e;
            }
        }

        @Override
        Object lengthHint() {
            return sequence == null ? 0L : Math.max(0, Math.min(index + 1, Abstract.len(sequence)));
        }

        @Override
        public Object reduce() {
            return sequence == null ? PyTuple.of(type(), PyTuple.of(PyTuple.EMPTY))
                    : PyTuple.of(type(), PyTuple.of(sequence), index);
        }

        @Override
        public boolean setState(Object state) {
            long i = Abstract.index(state);
            if (sequence != null) {
                long n = Abstract.len(sequence);
                index = i < -1 ? -1 : Math.min(i, n - 1);
            }
            return true;
        }
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
