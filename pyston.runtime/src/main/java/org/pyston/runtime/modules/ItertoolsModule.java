package org.pyston.runtime.modules;

import java.math.BigInteger;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.pyston.runtime.objects.Abstract;
import org.pyston.runtime.objects.Args;
import org.pyston.runtime.objects.Errors;
import org.pyston.runtime.objects.NativeIterator;
import org.pyston.runtime.objects.PyException;
import org.pyston.runtime.objects.PyIterator;
import org.pyston.runtime.objects.PyList;
import org.pyston.runtime.objects.PyModule;
import org.pyston.runtime.objects.PyTuple;
import org.pyston.runtime.objects.PyType;
import org.pyston.runtime.objects.Singletons;

/**
 * {@code itertools}: each iterator is an extension type with CPython's name, arguments, errors
 * and (for count and repeat) repr. Iterables are consumed lazily exactly where CPython consumes
 * them (product and the combinatoric iterators take their pools at construction).
 */
final class ItertoolsModule {
    private ItertoolsModule() {
    }

    private static final String M = "itertools";

    static PyModule create() {
        PyModule m = new PyModule(M);
        for (PyType t : new PyType[] {COUNT, CYCLE, REPEAT, ACCUMULATE, CHAIN, COMPRESS, DROPWHILE, FILTERFALSE,
            GROUPBY, GROUPER, ISLICE, PAIRWISE, STARMAP, TAKEWHILE, TEE, ZIP_LONGEST, PRODUCT, PERMUTATIONS,
            COMBINATIONS, COMBINATIONS_WITH_REPLACEMENT}) {
            Ext.addType(m, t);
        }
        Ext.function(m, "tee", (a, k) -> {
            Ext.positionalOnly("tee", a, k, 1, 2);
            long n = a.length > 1 ? Abstract.index(a[1]) : 2;
            if (n < 0) {
                throw Errors.valueError("n must be >= 0");
            }
            Object[] result = new Object[(int) n];
            if (n == 0) {
                return new PyTuple(result);
            }
            PyIterator it = Abstract.iter(a[0]);
            // a tee's own iterator is the first result, as CPython reuses an iterator with __copy__
            Tee first = it instanceof Tee t ? t : new Tee(TEE, new TeeSource(it));
            result[0] = first;
            for (int i = 1; i < n; i++) {
                result[i] = first.copy();
            }
            return new PyTuple(result);
        });
        return m;
    }

    /** A value that can count: an int, a float, or an object with a numeric conversion method. */
    private static boolean isNumber(Object o) {
        if (o instanceof Long || o instanceof BigInteger || o instanceof Double || o instanceof Boolean) {
            return true;
        }
        PyType t = PyType.of(o);
        return t.lookup("__index__") != null || t.lookup("__int__") != null || t.lookup("__float__") != null
                || t.lookup("__complex__") != null;
    }

    // ------------------------------------------------------------------ count

    static final PyType COUNT = Ext.iteratorType(M, "count", Count.class, (cls, a, k) -> {
        Object[] b = Ext.bind("count", a, k, 0, 2, "start", "step");
        Object start = b[0] == null ? 0L : b[0];
        Object step = b[1] == null ? 1L : b[1];
        if (!isNumber(start) || !isNumber(step)) {
            throw Errors.typeError("a number is required");
        }
        return new Count(cls, start, step);
    });

    static {
        Ext.method(COUNT, "__repr__", (a, k) -> {
            Count c = (Count) a[0];
            Object step = c.step;
            boolean unitStep = step instanceof Long l && l == 1;
            return Ext.typeName(c) + "(" + Abstract.repr(c.current) + (unitStep ? "" : ", " + Abstract.repr(step)) + ")";
        });
    }

    static final class Count extends NativeIterator {
        private Object current;
        private final Object step;

        Count(PyType type, Object start, Object step) {
            super(type);
            this.current = start instanceof Boolean b ? (Object) (b ? 1L : 0L) : start;
            this.step = step instanceof Boolean b ? (Object) (b ? 1L : 0L) : step;
        }

        @Override
        public Object next() {
            Object v = current;
            if (v instanceof Long x && step instanceof Long y) {
                long r = x + y;
                current = ((x ^ r) & (y ^ r)) < 0 ? Abstract.normalize(BigInteger.valueOf(x).add(BigInteger.valueOf(y)))
                        : (Object) r;
            } else {
                current = Abstract.binaryOp(Abstract.BinaryOp.ADD, v, step);
            }
            return v;
        }

        @Override
        public Object reduce() {
            boolean unitStep = step instanceof Long l && l == 1;
            return PyTuple.of(type(), unitStep ? PyTuple.of(current) : PyTuple.of(current, step));
        }
    }

    // ------------------------------------------------------------------ cycle

    static final PyType CYCLE = Ext.iteratorType(M, "cycle", Cycle.class, (cls, a, k) -> {
        a = Args.constructorPositionals(cls, "cycle", a, k);
        Ext.positionalOnly("cycle", a, null, 1, 1);
        return new Cycle(cls, Abstract.iter(a[0]));
    });

    static final class Cycle extends NativeIterator {
        private PyIterator source;
        private List<Object> saved = new ArrayList<>();
        private int index;
        /** Set by __setstate__: the source's values are saved already (CPython's firstpass). */
        private boolean firstPass;

        Cycle(PyType type, PyIterator source) {
            super(type);
            this.source = source;
        }

        @Override
        public Object next() {
            if (source != null) {
                Object v = source.next();
                if (v != null) {
                    if (!firstPass) {
                        saved.add(v);
                    }
                    return v;
                }
                source = null;
            }
            if (saved.isEmpty()) {
                return null;
            }
            Object v = saved.get(index);
            index = (index + 1) % saved.size();
            return v;
        }

        @Override
        public Object reduce() {
            PyList list = PyList.of(saved.toArray());
            if (source == null) {
                PyIterator it = Abstract.iter(list);
                for (int i = 0; i < index; i++) {
                    it.next();
                }
                return PyTuple.of(type(), PyTuple.of(it), PyTuple.of(list, true));
            }
            return PyTuple.of(type(), PyTuple.of(source), PyTuple.of(list, firstPass));
        }

        @Override
        public boolean setState(Object state) {
            if (!(state instanceof PyTuple t)) {
                throw Errors.typeError("state is not a tuple");
            }
            if (t.size() != 2 || !(t.get(0) instanceof PyList list)) {
                throw Errors.typeError("cycle.__setstate__ expects a (list, bool) tuple");
            }
            saved = new ArrayList<>(java.util.Arrays.asList(list.toArray()));
            firstPass = Abstract.isTrue(t.get(1));
            index = 0;
            return true;
        }
    }

    // ------------------------------------------------------------------ repeat

    static final PyType REPEAT = Ext.iteratorType(M, "repeat", Repeat.class, (cls, a, k) -> {
        Object[] b = Ext.bind("repeat", a, k, 1, 2, "object", "times");
        long times = b[1] == null ? -1 : Math.max(0, Abstract.index(b[1]));
        return new Repeat(cls, b[0], times);
    });

    static {
        Ext.method(REPEAT, "__repr__", (a, k) -> {
            Repeat r = (Repeat) a[0];
            return Ext.typeName(r) + "(" + Abstract.repr(r.value) + (r.remaining < 0 ? "" : ", " + r.remaining) + ")";
        });
        Ext.method(REPEAT, "__length_hint__", (a, k) -> {
            Repeat r = (Repeat) a[0];
            if (r.remaining < 0) {
                throw Errors.typeError("len() of unsized object");
            }
            return r.remaining;
        });
    }

    static final class Repeat extends NativeIterator {
        private final Object value;
        /** Values still to give, or -1 for ever. */
        private long remaining;

        Repeat(PyType type, Object value, long times) {
            super(type);
            this.value = value;
            this.remaining = times;
        }

        @Override
        public Object next() {
            if (remaining == 0) {
                return null;
            }
            if (remaining > 0) {
                remaining--;
            }
            return value;
        }

        @Override
        public Object reduce() {
            return PyTuple.of(type(), remaining < 0 ? PyTuple.of(value) : PyTuple.of(value, remaining));
        }
    }

    // ------------------------------------------------------------------ accumulate

    static final PyType ACCUMULATE = Ext.iteratorType(M, "accumulate", Accumulate.class, (cls, a, k) -> {
        Object[] b = Ext.bind("accumulate", a, k, 1, 2, "iterable", "func", "initial");
        Object func = b[1] == null || b[1] == Singletons.NONE ? null : b[1];
        Object initial = b[2] == null || b[2] == Singletons.NONE ? null : b[2];
        return new Accumulate(cls, Abstract.iter(b[0]), func, initial);
    });

    static final class Accumulate extends NativeIterator {
        private final PyIterator source;
        private final Object func;
        private Object total;
        private Object initial;

        Accumulate(PyType type, PyIterator source, Object func, Object initial) {
            super(type);
            this.source = source;
            this.func = func;
            this.initial = initial;
        }

        @Override
        public Object next() {
            if (initial != null) {
                total = initial;
                initial = null;
                return total;
            }
            Object v = source.next();
            if (v == null) {
                return null;
            }
            if (total == null) {
                total = v;
            } else if (func == null) {
                total = Abstract.binaryOp(Abstract.BinaryOp.ADD, total, v);
            } else {
                total = Abstract.call(func, new Object[] {total, v}, null);
            }
            return total;
        }

        @Override
        public Object reduce() {
            Object f = func == null ? Singletons.NONE : func;
            if (initial != null) {
                Object rest = new Chain(CHAIN, Abstract.iter(PyTuple.of(PyTuple.of(initial), source)));
                return PyTuple.of(type(), PyTuple.of(rest, f), Singletons.NONE);
            }
            return PyTuple.of(type(), PyTuple.of(source, f), total == null ? Singletons.NONE : total);
        }

        @Override
        public boolean setState(Object state) {
            total = state == Singletons.NONE ? null : state;
            return true;
        }
    }

    // ------------------------------------------------------------------ chain

    static final PyType CHAIN = Ext.iteratorType(M, "chain", Chain.class, (cls, a, k) -> {
        Object[] p = Args.constructorPositionals(cls, "chain", a, k);
        return new Chain(cls, Abstract.iter(new PyTuple(p.clone())));
    });

    static {
        Ext.classMethod(CHAIN, "from_iterable", (a, k) -> {
            Ext.positionalOnly("from_iterable", Arrays.copyOfRange(a, 1, a.length), k, 1, 1);
            return new Chain((PyType) a[0], Abstract.iter(a[1]));
        });
    }

    static final class Chain extends NativeIterator {
        /** The iterables still to go, or null once exhausted. */
        private PyIterator sources;
        private PyIterator active;

        Chain(PyType type, PyIterator sources) {
            super(type);
            this.sources = sources;
        }

        @Override
        public Object next() {
            while (sources != null) {
                if (active == null) {
                    Object iterable = sources.next();
                    if (iterable == null) {
                        sources = null;
                        return null;
                    }
                    active = Abstract.iter(iterable);
                }
                Object v = active.next();
                if (v != null) {
                    return v;
                }
                active = null;
            }
            return null;
        }

        @Override
        public Object reduce() {
            if (sources == null) {
                return PyTuple.of(type(), PyTuple.EMPTY);
            }
            return PyTuple.of(type(), PyTuple.EMPTY, active == null ? PyTuple.of(sources) : PyTuple.of(sources, active));
        }

        @Override
        public boolean setState(Object state) {
            if (!(state instanceof PyTuple t)) {
                throw Errors.typeError("state is not a tuple");
            }
            if (t.size() < 1 || t.size() > 2) {
                throw Errors.typeError("function takes at most 2 arguments (" + t.size() + " given)");
            }
            if (!(t.get(0) instanceof PyIterator src) || t.size() == 2 && !(t.get(1) instanceof PyIterator)) {
                throw Errors.typeError("Arguments must be iterators.");
            }
            sources = src;
            active = t.size() == 2 ? (PyIterator) t.get(1) : null;
            return true;
        }
    }

    // ------------------------------------------------------------------ compress, dropwhile, takewhile, filterfalse

    static final PyType COMPRESS = Ext.iteratorType(M, "compress", Compress.class, (cls, a, k) -> {
        Object[] b = Ext.bind("compress", a, k, 2, 2, "data", "selectors");
        return new Compress(cls, Abstract.iter(b[0]), Abstract.iter(b[1]));
    });

    static final class Compress extends NativeIterator {
        private final PyIterator data;
        private final PyIterator selectors;

        Compress(PyType type, PyIterator data, PyIterator selectors) {
            super(type);
            this.data = data;
            this.selectors = selectors;
        }

        @Override
        public Object next() {
            while (true) {
                Object d = data.next();
                if (d == null) {
                    return null;
                }
                Object s = selectors.next();
                if (s == null) {
                    return null;
                }
                if (Abstract.isTrue(s)) {
                    return d;
                }
            }
        }

        @Override
        public Object reduce() {
            return PyTuple.of(type(), PyTuple.of(data, selectors));
        }
    }

    static final PyType DROPWHILE = Ext.iteratorType(M, "dropwhile", DropWhile.class, (cls, a, k) -> {
        a = Args.constructorPositionals(cls, "dropwhile", a, k);
        Ext.positionalOnly("dropwhile", a, null, 2, 2);
        return new DropWhile(cls, a[0], Abstract.iter(a[1]));
    });

    static final class DropWhile extends NativeIterator {
        private final Object predicate;
        private final PyIterator source;
        private boolean dropping = true;

        DropWhile(PyType type, Object predicate, PyIterator source) {
            super(type);
            this.predicate = predicate;
            this.source = source;
        }

        @Override
        public Object next() {
            while (true) {
                Object v = source.next();
                if (v == null) {
                    return null;
                }
                if (!dropping) {
                    return v;
                }
                if (!Abstract.isTrue(Abstract.call(predicate, new Object[] {v}, null))) {
                    dropping = false;
                    return v;
                }
            }
        }

        @Override
        public Object reduce() {
            return PyTuple.of(type(), PyTuple.of(predicate, source), dropping ? 0L : 1L);
        }

        @Override
        public boolean setState(Object state) {
            dropping = !Abstract.isTrue(state);
            return true;
        }
    }

    static final PyType TAKEWHILE = Ext.iteratorType(M, "takewhile", TakeWhile.class, (cls, a, k) -> {
        a = Args.constructorPositionals(cls, "takewhile", a, k);
        Ext.positionalOnly("takewhile", a, null, 2, 2);
        return new TakeWhile(cls, a[0], Abstract.iter(a[1]));
    });

    static final class TakeWhile extends NativeIterator {
        private final Object predicate;
        private final PyIterator source;
        private boolean stopped;

        TakeWhile(PyType type, Object predicate, PyIterator source) {
            super(type);
            this.predicate = predicate;
            this.source = source;
        }

        @Override
        public Object next() {
            if (stopped) {
                return null;
            }
            Object v = source.next();
            if (v == null) {
                return null;
            }
            if (Abstract.isTrue(Abstract.call(predicate, new Object[] {v}, null))) {
                return v;
            }
            stopped = true;
            return null;
        }

        @Override
        public Object reduce() {
            return PyTuple.of(type(), PyTuple.of(predicate, source), stopped ? 1L : 0L);
        }

        @Override
        public boolean setState(Object state) {
            stopped = Abstract.isTrue(state);
            return true;
        }
    }

    static final PyType FILTERFALSE = Ext.iteratorType(M, "filterfalse", FilterFalse.class, (cls, a, k) -> {
        a = Args.constructorPositionals(cls, "filterfalse", a, k);
        Ext.positionalOnly("filterfalse", a, null, 2, 2);
        return new FilterFalse(cls, a[0] == Singletons.NONE ? null : a[0], Abstract.iter(a[1]));
    });

    static final class FilterFalse extends NativeIterator {
        private final Object predicate;
        private final PyIterator source;

        FilterFalse(PyType type, Object predicate, PyIterator source) {
            super(type);
            this.predicate = predicate;
            this.source = source;
        }

        @Override
        public Object next() {
            while (true) {
                Object v = source.next();
                if (v == null) {
                    return null;
                }
                Object test = predicate == null ? v : Abstract.call(predicate, new Object[] {v}, null);
                if (!Abstract.isTrue(test)) {
                    return v;
                }
            }
        }

        @Override
        public Object reduce() {
            return PyTuple.of(type(), PyTuple.of(predicate == null ? Singletons.NONE : predicate, source));
        }
    }

    // ------------------------------------------------------------------ groupby

    static final PyType GROUPBY = Ext.iteratorType(M, "groupby", GroupBy.class, (cls, a, k) -> {
        Object[] b = Ext.bind("groupby", a, k, 1, 2, "iterable", "key");
        return new GroupBy(cls, Abstract.iter(b[0]), b[1] == null || b[1] == Singletons.NONE ? null : b[1]);
    });

    static final PyType GROUPER = Ext.iteratorType(M, "_grouper", Grouper.class, (cls, a, k) -> {
        Ext.positionalOnly("_grouper", a, k, 2, 2);
        if (!(a[0] instanceof GroupBy parent)) {
            throw Errors.typeError("_grouper() argument 1 must be itertools.groupby, not " + Errors.typeName(a[0]));
        }
        return new Grouper(cls, parent, a[1]);
    });

    /**
     * CPython's groupby: the current value and its key, the key of the group being handed out,
     * and the one grouper still valid (an older grouper stops once the groupby moved on).
     */
    static final class GroupBy extends NativeIterator {
        private final PyIterator source;
        private final Object keyFunction;
        private Object targetKey;
        private Object currentKey;
        private Object currentValue;
        private Grouper currentGrouper;

        GroupBy(PyType type, PyIterator source, Object keyFunction) {
            super(type);
            this.source = source;
            this.keyFunction = keyFunction;
        }

        /** Reads the next value and its key; false when the source is exhausted. */
        boolean step() {
            Object v = source.next();
            if (v == null) {
                return false;
            }
            Object key = keyFunction == null ? v : Abstract.call(keyFunction, new Object[] {v}, null);
            currentValue = v;
            currentKey = key;
            return true;
        }

        @Override
        public Object next() {
            currentGrouper = null;
            while (true) {
                if (currentKey != null) {
                    if (targetKey == null || !Abstract.eq(targetKey, currentKey)) {
                        break;
                    }
                }
                if (!step()) {
                    return null;
                }
            }
            targetKey = currentKey;
            Grouper g = new Grouper(GROUPER, this, targetKey);
            currentGrouper = g;
            return PyTuple.of(currentKey, g);
        }
    }

    static final class Grouper extends NativeIterator {
        private final GroupBy parent;
        private final Object targetKey;

        Grouper(PyType type, GroupBy parent, Object targetKey) {
            super(type);
            this.parent = parent;
            this.targetKey = targetKey;
        }

        @Override
        public Object next() {
            if (parent.currentGrouper != this) {
                return null;
            }
            if (parent.currentValue == null && !parent.step()) {
                return null;
            }
            if (!Abstract.eq(targetKey, parent.currentKey)) {
                return null;
            }
            Object v = parent.currentValue;
            parent.currentValue = null;
            return v;
        }
    }

    // ------------------------------------------------------------------ islice

    static final PyType ISLICE = Ext.iteratorType(M, "islice", ISlice.class, (cls, a, k) -> {
        a = Args.constructorPositionals(cls, "islice", a, k);
        Ext.positionalOnly("islice", a, null, 2, 4);
        long start = 0, stop = -1, step = 1;
        if (a.length == 2) {
            stop = sliceIndex(a[1], "Stop argument");
        } else {
            start = sliceIndex(a[1], "Indices");
            stop = sliceIndex(a[2], "Stop argument");
            if (a.length == 4 && a[3] != Singletons.NONE) {
                step = -1;
                try {
                    step = Abstract.index(a[3]);
                } catch (PyException e) {
                    if (!e.matches(Errors.TYPE_ERROR) && !e.matches(Errors.OVERFLOW_ERROR)
                            && !e.matches(Errors.INDEX_ERROR)) {
                        throw e;
                    }
                }
                if (step < 1) {
                    throw Errors.valueError("Step for islice() must be a positive integer or None.");
                }
            }
            if (start < 0) {
                start = 0; // None
            }
        }
        return new ISlice(cls, Abstract.iter(a[0]), start, stop, step);
    });

    /** An islice bound: None is -1; anything but None or an int in [0, sys.maxsize] is a ValueError. */
    private static long sliceIndex(Object o, String what) {
        if (o == Singletons.NONE) {
            return -1;
        }
        long v = -1;
        try {
            v = Abstract.index(o);
        } catch (PyException e) {
            if (!e.matches(Errors.TYPE_ERROR) && !e.matches(Errors.OVERFLOW_ERROR) && !e.matches(Errors.INDEX_ERROR)) {
                throw e;
            }
        }
        if (v < 0) {
            throw Errors.valueError(what + " for islice() must be None or an integer: 0 <= x <= sys.maxsize.");
        }
        return v;
    }

    static final class ISlice extends NativeIterator {
        private PyIterator source;
        /** Position of the next value to give, the bound (-1: none), the step, values read so far. */
        private long nextIndex;
        private final long stop;
        private final long step;
        private long count;

        ISlice(PyType type, PyIterator source, long start, long stop, long step) {
            super(type);
            this.source = source;
            this.nextIndex = start;
            this.stop = stop;
            this.step = step;
        }

        @Override
        public Object next() {
            if (source == null) {
                return null;
            }
            while (count < nextIndex) {
                if (source.next() == null) {
                    source = null;
                    return null;
                }
                count++;
            }
            if (stop != -1 && count >= stop) {
                source = null;
                return null;
            }
            Object v = source.next();
            if (v == null) {
                source = null;
                return null;
            }
            count++;
            long old = nextIndex;
            nextIndex += step;
            if (nextIndex < old || stop != -1 && nextIndex > stop) {
                nextIndex = stop;
            }
            return v;
        }

        @Override
        public Object reduce() {
            if (source == null) {
                return PyTuple.of(type(), PyTuple.of(Abstract.iter(new PyList()), 0L), 0L);
            }
            return PyTuple.of(type(), PyTuple.of(source, nextIndex, stop == -1 ? Singletons.NONE : (Object) stop, step),
                    count);
        }

        @Override
        public boolean setState(Object state) {
            count = Abstract.index(state);
            return true;
        }
    }

    // ------------------------------------------------------------------ pairwise, starmap

    static final PyType PAIRWISE = Ext.iteratorType(M, "pairwise", Pairwise.class, (cls, a, k) -> {
        Ext.positionalOnly("pairwise", a, k, 1, 1);
        return new Pairwise(cls, Abstract.iter(a[0]));
    });

    static final class Pairwise extends NativeIterator {
        private PyIterator source;
        private Object previous;

        Pairwise(PyType type, PyIterator source) {
            super(type);
            this.source = source;
        }

        @Override
        public Object next() {
            // The source may call back into this iterator (CPython's test_pairwise_reenter): work
            // on local copies and re-read the fields after each call out, as CPython does.
            PyIterator it = source;
            if (it == null) {
                return null;
            }
            Object old = previous;
            if (old == null) {
                old = it.next();
                previous = old;
                if (old == null) {
                    source = null;
                    return null;
                }
                it = source;
                if (it == null) {
                    previous = null;
                    return null;
                }
            }
            Object v = it.next();
            if (v == null) {
                source = null;
                previous = null;
                return null;
            }
            previous = v;
            return PyTuple.of(old, v);
        }
    }

    static final PyType STARMAP = Ext.iteratorType(M, "starmap", StarMap.class, (cls, a, k) -> {
        a = Args.constructorPositionals(cls, "starmap", a, k);
        Ext.positionalOnly("starmap", a, null, 2, 2);
        return new StarMap(cls, a[0], Abstract.iter(a[1]));
    });

    static final class StarMap extends NativeIterator {
        private final Object function;
        private final PyIterator source;

        StarMap(PyType type, Object function, PyIterator source) {
            super(type);
            this.function = function;
            this.source = source;
        }

        @Override
        public Object next() {
            Object args = source.next();
            if (args == null) {
                return null;
            }
            Object[] items = args instanceof PyTuple t ? t.items : Abstract.iterToList(args).toArray();
            return Abstract.call(function, items, null);
        }

        @Override
        public Object reduce() {
            return PyTuple.of(type(), PyTuple.of(function, source));
        }
    }

    // ------------------------------------------------------------------ tee

    static final PyType TEE = Ext.iteratorType(M, "_tee", Tee.class, (cls, a, k) -> {
        Ext.positionalOnly("_tee", a, k, 1, 1);
        PyIterator it = Abstract.iter(a[0]);
        return it instanceof Tee t ? t.copy() : new Tee(cls, new TeeSource(it));
    });

    static {
        Ext.method(TEE, "__copy__", (a, k) -> ((Tee) a[0]).copy());
    }

    /** The iterator the tees of one tee() call share, and the values read from it that a tee has yet to give. */
    static final class TeeSource {
        final PyIterator iterator;
        boolean running;

        TeeSource(PyIterator iterator) {
            this.iterator = iterator;
        }
    }

    /** One value read from a tee's source; {@link #next} is filled in when the first tee moves past it. */
    static final class TeeLink {
        Object value;
        TeeLink next;
    }

    static final class Tee extends NativeIterator {
        private final TeeSource source;
        /** The link of the last value given; its successor holds the next value, once read. */
        private TeeLink position;

        Tee(PyType type, TeeSource source) {
            this(type, source, new TeeLink());
        }

        private Tee(PyType type, TeeSource source, TeeLink position) {
            super(type);
            this.source = source;
            this.position = position;
        }

        Tee copy() {
            return new Tee(TEE, source, position);
        }

        @Override
        public Object next() {
            TeeLink following = position.next;
            if (following == null) {
                if (source.running) {
                    throw Errors.of(Errors.RUNTIME_ERROR, "cannot re-enter the tee iterator");
                }
                source.running = true;
                Object v;
                try {
                    v = source.iterator.next();
                } finally {
                    source.running = false;
                }
                if (v == null) {
                    return null;
                }
                following = new TeeLink();
                following.value = v;
                position.next = following;
            }
            position = following;
            return following.value;
        }
    }

    // ------------------------------------------------------------------ zip_longest

    static final PyType ZIP_LONGEST = Ext.iteratorType(M, "zip_longest", ZipLongest.class, (cls, a, k) -> {
        Object fill = Singletons.NONE;
        int npos = a.length;
        if (k != null && k.length > 0) {
            npos = a.length - k.length;
            for (int i = 0; i < k.length; i++) {
                if (!k[i].equals("fillvalue")) {
                    throw Errors.typeError("zip_longest() got an unexpected keyword argument");
                }
                fill = a[npos + i];
            }
        }
        PyIterator[] its = new PyIterator[npos];
        for (int i = 0; i < npos; i++) {
            its[i] = Abstract.iter(a[i]);
        }
        return new ZipLongest(cls, its, fill);
    });

    static final class ZipLongest extends NativeIterator {
        private final PyIterator[] iterators;
        private final Object fill;
        private int active;

        ZipLongest(PyType type, PyIterator[] iterators, Object fill) {
            super(type);
            this.iterators = iterators;
            this.fill = fill;
            this.active = iterators.length;
        }

        @Override
        public Object next() {
            if (iterators.length == 0 || active == 0) {
                return null;
            }
            Object[] items = new Object[iterators.length];
            for (int i = 0; i < iterators.length; i++) {
                PyIterator it = iterators[i];
                Object v = it == null ? null : it.next();
                if (v == null) {
                    if (it != null) {
                        iterators[i] = null;
                        if (--active == 0) {
                            return null;
                        }
                    }
                    v = fill;
                }
                items[i] = v;
            }
            return new PyTuple(items);
        }
    }

    // ------------------------------------------------------------------ combinatorics

    static final PyType PRODUCT = Ext.iteratorType(M, "product", Product.class, (cls, a, k) -> {
        long repeat = 1;
        int npos = a.length;
        if (k != null && k.length > 0) {
            npos = a.length - k.length;
            for (int i = 0; i < k.length; i++) {
                if (!k[i].equals("repeat")) {
                    throw Errors.typeError("'" + k[i] + "' is an invalid keyword argument for product()");
                }
                repeat = Abstract.index(a[npos + i]);
            }
            if (repeat < 0) {
                throw Errors.valueError("repeat argument cannot be negative");
            }
        }
        Object[][] distinct = new Object[npos][];
        for (int i = 0; i < npos; i++) {
            distinct[i] = Abstract.iterToList(a[i]).toArray();
        }
        if (npos > 0 && repeat > Integer.MAX_VALUE / npos) {
            throw Errors.overflow("repeat argument too large");
        }
        Object[][] pools = new Object[(int) (npos * repeat)][];
        for (int r = 0; r < repeat; r++) {
            System.arraycopy(distinct, 0, pools, r * npos, npos);
        }
        return new Product(cls, pools);
    });

    static final class Product extends NativeIterator {
        private final Object[][] pools;
        private int[] indices;
        private boolean done;

        Product(PyType type, Object[][] pools) {
            super(type);
            this.pools = pools;
        }

        @Override
        public Object next() {
            if (done) {
                return null;
            }
            if (indices == null) {
                for (Object[] p : pools) {
                    if (p.length == 0) {
                        done = true;
                        return null;
                    }
                }
                indices = new int[pools.length];
            } else {
                int i = pools.length - 1;
                while (i >= 0) {
                    if (++indices[i] < pools[i].length) {
                        break;
                    }
                    indices[i] = 0;
                    i--;
                }
                if (i < 0) {
                    done = true;
                    return null;
                }
            }
            Object[] r = new Object[pools.length];
            for (int i = 0; i < r.length; i++) {
                r[i] = pools[i][indices[i]];
            }
            return new PyTuple(r);
        }
    }

    /** The r argument of permutations (None: the pool's size). */
    private static int permutationLength(Object r, int n) {
        if (r == null || r == Singletons.NONE) {
            return n;
        }
        if (!(r instanceof Long || r instanceof BigInteger || r instanceof Boolean)) {
            throw Errors.typeError("Expected int as r");
        }
        long v = Abstract.index(r);
        if (v < 0) {
            throw Errors.valueError("r must be non-negative");
        }
        return (int) Math.min(v, Integer.MAX_VALUE);
    }

    static final PyType PERMUTATIONS = Ext.iteratorType(M, "permutations", Permutations.class, (cls, a, k) -> {
        Object[] b = Ext.bind("permutations", a, k, 1, 2, "iterable", "r");
        Object[] pool = Abstract.iterToList(b[0]).toArray();
        return new Permutations(cls, pool, permutationLength(b[1], pool.length));
    });

    static final class Permutations extends NativeIterator {
        private final Object[] pool;
        private final int r;
        private int[] indices;
        private int[] cycles;
        private boolean done;

        Permutations(PyType type, Object[] pool, int r) {
            super(type);
            this.pool = pool;
            this.r = r;
            this.done = r > pool.length;
        }

        @Override
        public Object next() {
            if (done) {
                return null;
            }
            int n = pool.length;
            if (indices == null) {
                indices = new int[n];
                cycles = new int[r];
                for (int i = 0; i < n; i++) {
                    indices[i] = i;
                }
                for (int i = 0; i < r; i++) {
                    cycles[i] = n - i;
                }
            } else {
                if (n == 0) {
                    done = true;
                    return null;
                }
                int i = r - 1;
                for (; i >= 0; i--) {
                    cycles[i]--;
                    if (cycles[i] == 0) {
                        int first = indices[i];
                        System.arraycopy(indices, i + 1, indices, i, n - i - 1);
                        indices[n - 1] = first;
                        cycles[i] = n - i;
                    } else {
                        int j = cycles[i];
                        int t = indices[i];
                        indices[i] = indices[n - j];
                        indices[n - j] = t;
                        break;
                    }
                }
                if (i < 0) {
                    done = true;
                    return null;
                }
            }
            Object[] out = new Object[r];
            for (int i = 0; i < r; i++) {
                out[i] = pool[indices[i]];
            }
            return new PyTuple(out);
        }
    }

    private static int combinationLength(Object r) {
        long v = Abstract.index(r);
        if (v < 0) {
            throw Errors.valueError("r must be non-negative");
        }
        return (int) Math.min(v, Integer.MAX_VALUE);
    }

    static final PyType COMBINATIONS = Ext.iteratorType(M, "combinations", Combinations.class, (cls, a, k) -> {
        Object[] b = Ext.bind("combinations", a, k, 2, 2, "iterable", "r");
        Object[] pool = Abstract.iterToList(b[0]).toArray();
        return new Combinations(cls, pool, combinationLength(b[1]), false);
    });

    static final PyType COMBINATIONS_WITH_REPLACEMENT = Ext.iteratorType(M, "combinations_with_replacement",
            Combinations.class, (cls, a, k) -> {
                Object[] b = Ext.bind("combinations_with_replacement", a, k, 2, 2, "iterable", "r");
                Object[] pool = Abstract.iterToList(b[0]).toArray();
                return new Combinations(cls, pool, combinationLength(b[1]), true);
            });

    static final class Combinations extends NativeIterator {
        private final Object[] pool;
        private final int r;
        private final boolean replacement;
        private int[] indices;
        private boolean done;

        Combinations(PyType type, Object[] pool, int r, boolean replacement) {
            super(type);
            this.pool = pool;
            this.r = r;
            this.replacement = replacement;
            this.done = replacement ? pool.length == 0 && r > 0 : r > pool.length;
        }

        @Override
        public Object next() {
            if (done) {
                return null;
            }
            int n = pool.length;
            if (indices == null) {
                indices = new int[r];
                for (int i = 0; i < r; i++) {
                    indices[i] = replacement ? 0 : i;
                }
            } else {
                int i = r - 1;
                if (replacement) {
                    while (i >= 0 && indices[i] == n - 1) {
                        i--;
                    }
                    if (i < 0) {
                        done = true;
                        return null;
                    }
                    int v = indices[i] + 1;
                    for (int j = i; j < r; j++) {
                        indices[j] = v;
                    }
                } else {
                    while (i >= 0 && indices[i] == i + n - r) {
                        i--;
                    }
                    if (i < 0) {
                        done = true;
                        return null;
                    }
                    indices[i]++;
                    for (int j = i + 1; j < r; j++) {
                        indices[j] = indices[j - 1] + 1;
                    }
                }
            }
            Object[] out = new Object[r];
            for (int i = 0; i < r; i++) {
                out[i] = pool[indices[i]];
            }
            return new PyTuple(out);
        }
    }
}
