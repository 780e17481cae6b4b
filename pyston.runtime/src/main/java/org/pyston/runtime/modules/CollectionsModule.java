package org.pyston.runtime.modules;

import java.util.Arrays;
import java.util.IdentityHashMap;
import java.util.Map;
import org.pyston.runtime.objects.Abstract;
import org.pyston.runtime.objects.Builtins;
import org.pyston.runtime.objects.Errors;
import org.pyston.runtime.objects.NativeIterator;
import org.pyston.runtime.objects.PyBaseException;
import org.pyston.runtime.objects.PyDict;
import org.pyston.runtime.objects.PyException;
import org.pyston.runtime.objects.PyIterator;
import org.pyston.runtime.objects.PyModule;
import org.pyston.runtime.objects.PySlice;
import org.pyston.runtime.objects.PyTuple;
import org.pyston.runtime.objects.PyType;
import org.pyston.runtime.objects.Singletons;

/**
 * {@code _collections}: deque (a ring buffer with an optional bound), defaultdict (a dict whose
 * missing keys come from a factory), _count_elements (Counter's loop) and _tuplegetter
 * (namedtuple's field descriptor). OrderedDict is collections/__init__.py's pure-Python one.
 */
final class CollectionsModule {
    private CollectionsModule() {
    }

    static PyModule create() {
        PyModule m = new PyModule("_collections");
        m.set("deque", DEQUE);
        m.set("defaultdict", DEFAULTDICT);
        m.set("_deque_iterator", DEQUE_ITERATOR);
        m.set("_deque_reverse_iterator", DEQUE_REVERSE_ITERATOR);
        m.set("_tuplegetter", TUPLEGETTER);
        Ext.function(m, "_count_elements", (a, k) -> {
            Ext.positionalOnly("_count_elements", a, k, 2, 2);
            countElements(a[0], a[1]);
            return Singletons.NONE;
        });
        return m;
    }

    private static final ThreadLocal<Map<Object, Boolean>> IN_REPR = ThreadLocal.withInitial(IdentityHashMap::new);

    // ------------------------------------------------------------------ deque

    static final PyType DEQUE = Ext.type("collections", "deque", Deque.class, null, (cls, a, k) -> new Deque(cls));

    static {
        DEQUE.collectionFlags = PyType.SEQUENCE;
    }

    /** A ring buffer: {@code size} items from {@code head}, and a mutation count its iterators check. */
    static final class Deque extends NativeObject {
        Object[] items = new Object[8];
        int head;
        int size;
        /** -1: unbounded. */
        long maxlen = -1;
        /** Changes with every mutation that moves items: iterators notice. */
        long state;

        Deque(PyType type) {
            super(type);
        }

        Object get(int i) {
            return items[(head + i) & (items.length - 1)];
        }

        void set(int i, Object v) {
            items[(head + i) & (items.length - 1)] = v;
        }

        private void grow() {
            if (size == items.length) {
                Object[] bigger = new Object[items.length * 2];
                for (int i = 0; i < size; i++) {
                    bigger[i] = get(i);
                }
                items = bigger;
                head = 0;
            }
        }

        void append(Object v) {
            state++;
            if (maxlen == 0) {
                return;
            }
            if (size == maxlen) {
                popLeft();
            }
            grow();
            set(size++, v);
        }

        void appendLeft(Object v) {
            state++;
            if (maxlen == 0) {
                return;
            }
            if (size == maxlen) {
                pop();
            }
            grow();
            head = (head - 1) & (items.length - 1);
            items[head] = v;
            size++;
        }

        Object pop() {
            if (size == 0) {
                throw Errors.indexError("pop from an empty deque");
            }
            state++;
            Object v = get(size - 1);
            set(size - 1, null);
            size--;
            return v;
        }

        Object popLeft() {
            if (size == 0) {
                throw Errors.indexError("pop from an empty deque");
            }
            state++;
            Object v = items[head];
            items[head] = null;
            head = (head + 1) & (items.length - 1);
            size--;
            return v;
        }

        void clear() {
            state++;
            items = new Object[8];
            head = 0;
            size = 0;
        }

        void rotate(long n) {
            if (size <= 1) {
                return;
            }
            state++;
            int shift = (int) Math.floorMod(n, (long) size);
            if (shift == 0) {
                return;
            }
            Object[] copy = toArray();
            for (int i = 0; i < size; i++) {
                set((i + shift) % size, copy[i]);
            }
        }

        Object[] toArray() {
            Object[] r = new Object[size];
            for (int i = 0; i < size; i++) {
                r[i] = get(i);
            }
            return r;
        }

        void extend(Object iterable, boolean left) {
            if (iterable == this) {
                iterable = new PyTuple(toArray());
            }
            PyIterator it = Abstract.iter(iterable);
            for (Object v = it.next(); v != null; v = it.next()) {
                if (left) {
                    appendLeft(v);
                } else {
                    append(v);
                }
            }
        }

        /** Removes the item at {@code i}, shifting the shorter side. */
        void removeAt(int i) {
            state++;
            Object[] all = toArray();
            clearKeepingState();
            for (int j = 0; j < all.length; j++) {
                if (j != i) {
                    grow();
                    set(size++, all[j]);
                }
            }
        }

        private void clearKeepingState() {
            items = new Object[Math.max(8, Integer.highestOneBit(Math.max(1, size)) * 2)];
            head = 0;
            size = 0;
        }

        Deque copyAs(PyType t) {
            Deque d = new Deque(t);
            d.maxlen = maxlen;
            for (int i = 0; i < size; i++) {
                d.append(get(i));
            }
            return d;
        }
    }

    private static Deque deque(Object o) {
        return (Deque) o;
    }

    /** Index of a deque item: ints only (no slices), wrapping negatives. */
    private static int dequeIndex(Deque d, Object key) {
        if (!(key instanceof Long || key instanceof Boolean || key instanceof java.math.BigInteger)
                && (key instanceof PySlice || PyType.of(key).lookup("__index__") == null)) {
            throw Errors.typeError("sequence index must be integer, not '" + Errors.typeName(key) + "'");
        }
        long i;
        try {
            i = Abstract.index(key);
        } catch (PyException e) {
            throw Errors.indexError("deque index out of range");
        }
        if (i < 0) {
            i += d.size;
        }
        if (i < 0 || i >= d.size) {
            throw Errors.indexError("deque index out of range");
        }
        return (int) i;
    }

    private static long maxlenArgument(Object o) {
        if (o == null || o == Singletons.NONE) {
            return -1;
        }
        if (!(o instanceof Long || o instanceof Boolean || o instanceof java.math.BigInteger)) {
            throw Errors.typeError("an integer is required");
        }
        long n = Abstract.index(o);
        if (n < 0) {
            throw Errors.valueError("maxlen must be non-negative");
        }
        return n;
    }

    /** The item equal to {@code x}, found by identity or ==; RuntimeError if the deque changes meanwhile. */
    private static int find(Deque d, Object x, int start, int stop) {
        long state = d.state;
        for (int i = Math.max(0, start); i < Math.min(stop, d.size); i++) {
            Object v = d.get(i);
            boolean equal = OperatorModule.identical(v, x) || Abstract.eq(v, x);
            if (d.state != state) {
                throw Errors.of(Errors.RUNTIME_ERROR, "deque mutated during iteration");
            }
            if (equal) {
                return i;
            }
        }
        return -1;
    }

    private static String dequeRepr(Deque d) {
        Map<Object, Boolean> active = IN_REPR.get();
        String name = Ext.typeName(d);
        if (active.containsKey(d)) {
            return "[...]";
        }
        active.put(d, Boolean.TRUE);
        try {
            StringBuilder sb = new StringBuilder(name).append("([");
            Object[] all = d.toArray();
            for (int i = 0; i < all.length; i++) {
                sb.append(i > 0 ? ", " : "").append(Abstract.repr(all[i]));
            }
            sb.append(']');
            if (d.maxlen >= 0) {
                sb.append(", maxlen=").append(d.maxlen);
            }
            return sb.append(')').toString();
        } finally {
            active.remove(d);
        }
    }

    private static Object compareDeques(Abstract.CompareOp op, Object a, Object b) {
        if (!(b instanceof Deque db)) {
            return Singletons.NOT_IMPLEMENTED;
        }
        return Abstract.compare(op, new org.pyston.runtime.objects.PyList(deque(a).toArray(), deque(a).size),
                new org.pyston.runtime.objects.PyList(db.toArray(), db.size));
    }

    static {
        PyType t = DEQUE;
        WeakrefModule.allowWeakReferences(t);
        GenericAlias.classGetItem(t);
        t.define("__hash__", Singletons.NONE);
        Ext.method(t, "__init__", (a, k) -> {
            Object[] b = Ext.bind("deque", Arrays.copyOfRange(a, 1, a.length), k, 0, 2, "iterable", "maxlen");
            Deque d = deque(a[0]);
            long maxlen = maxlenArgument(b[1]);
            if (d.size > 0) {
                d.clear();
            }
            d.maxlen = maxlen;
            if (b[0] != null) {
                d.extend(b[0], false);
            }
            return Singletons.NONE;
        });
        Ext.getter(t, "maxlen", self -> deque(self).maxlen < 0 ? Singletons.NONE : (Object) deque(self).maxlen);
        Ext.method(t, "append", (a, k) -> {
            Ext.positionalOnly("append", Arrays.copyOfRange(a, 1, a.length), k, 1, 1);
            deque(a[0]).append(a[1]);
            return Singletons.NONE;
        });
        Ext.method(t, "appendleft", (a, k) -> {
            Ext.positionalOnly("appendleft", Arrays.copyOfRange(a, 1, a.length), k, 1, 1);
            deque(a[0]).appendLeft(a[1]);
            return Singletons.NONE;
        });
        Ext.method(t, "pop", (a, k) -> deque(a[0]).pop());
        Ext.method(t, "popleft", (a, k) -> deque(a[0]).popLeft());
        Ext.method(t, "extend", (a, k) -> {
            deque(a[0]).extend(a[1], false);
            return Singletons.NONE;
        });
        Ext.method(t, "extendleft", (a, k) -> {
            deque(a[0]).extend(a[1], true);
            return Singletons.NONE;
        });
        Ext.method(t, "clear", (a, k) -> {
            deque(a[0]).clear();
            return Singletons.NONE;
        });
        Ext.method(t, "copy", (a, k) -> deque(a[0]).copyAs(PyType.of(a[0])));
        Ext.method(t, "__copy__", (a, k) -> deque(a[0]).copyAs(PyType.of(a[0])));
        Ext.method(t, "count", (a, k) -> {
            Deque d = deque(a[0]);
            long n = 0;
            long state = d.state;
            for (int i = 0; i < d.size; i++) {
                Object v = d.get(i);
                boolean equal = OperatorModule.identical(v, a[1]) || Abstract.eq(v, a[1]);
                if (d.state != state) {
                    throw Errors.of(Errors.RUNTIME_ERROR, "deque mutated during iteration");
                }
                if (equal) {
                    n++;
                }
            }
            return n;
        });
        Ext.method(t, "index", (a, k) -> {
            Ext.positionalOnly("index", Arrays.copyOfRange(a, 1, a.length), k, 1, 3);
            Deque d = deque(a[0]);
            long start = a.length > 2 ? Abstract.index(a[2]) : 0;
            long stop = a.length > 3 ? Abstract.index(a[3]) : d.size;
            if (start < 0) {
                start = Math.max(0, start + d.size);
            }
            if (stop < 0) {
                stop = Math.max(0, stop + d.size);
            }
            int i = find(d, a[1], (int) Math.min(start, d.size), (int) Math.min(stop, d.size));
            if (i < 0) {
                throw Errors.valueError(Abstract.repr(a[1]) + " is not in deque");
            }
            return (long) i;
        });
        Ext.method(t, "insert", (a, k) -> {
            Ext.positionalOnly("insert", Arrays.copyOfRange(a, 1, a.length), k, 2, 2);
            Deque d = deque(a[0]);
            if (d.size == d.maxlen) {
                throw Errors.indexError("deque already at its maximum size");
            }
            long i = Abstract.index(a[1]);
            if (i < 0) {
                i = Math.max(0, i + d.size);
            }
            i = Math.min(i, d.size);
            Object[] all = d.toArray();
            d.clear();
            for (int j = 0; j <= all.length; j++) {
                if (j == i) {
                    d.append(a[2]);
                }
                if (j < all.length) {
                    d.append(all[j]);
                }
            }
            return Singletons.NONE;
        });
        Ext.method(t, "remove", (a, k) -> {
            Deque d = deque(a[0]);
            int i = find(d, a[1], 0, d.size);
            if (i < 0) {
                throw Errors.valueError(Abstract.repr(a[1]) + " is not in deque");
            }
            d.removeAt(i);
            return Singletons.NONE;
        });
        Ext.method(t, "reverse", (a, k) -> {
            Deque d = deque(a[0]);
            Object[] all = d.toArray();
            for (int i = 0; i < all.length; i++) {
                d.set(i, all[all.length - 1 - i]);
            }
            return Singletons.NONE;
        });
        Ext.method(t, "rotate", (a, k) -> {
            Ext.positionalOnly("rotate", Arrays.copyOfRange(a, 1, a.length), k, 0, 1);
            deque(a[0]).rotate(a.length > 1 ? Abstract.index(a[1]) : 1);
            return Singletons.NONE;
        });
        Ext.method(t, "__len__", (a, k) -> (long) deque(a[0]).size);
        Ext.method(t, "__bool__", (a, k) -> deque(a[0]).size != 0);
        Ext.method(t, "__getitem__", (a, k) -> {
            Deque d = deque(a[0]);
            return d.get(dequeIndex(d, a[1]));
        });
        Ext.method(t, "__setitem__", (a, k) -> {
            Deque d = deque(a[0]);
            d.set(dequeIndex(d, a[1]), a[2]);
            return Singletons.NONE;
        });
        Ext.method(t, "__delitem__", (a, k) -> {
            Deque d = deque(a[0]);
            d.removeAt(dequeIndex(d, a[1]));
            return Singletons.NONE;
        });
        Ext.method(t, "__contains__", (a, k) -> {
            Deque d = deque(a[0]);
            return find(d, a[1], 0, d.size) >= 0;
        });
        Ext.method(t, "__iter__", (a, k) -> new DequeIterator(CollectionsModule.DEQUE_ITERATOR, deque(a[0]), false));
        Ext.method(t, "__reversed__", (a, k) -> new DequeIterator(CollectionsModule.DEQUE_REVERSE_ITERATOR, deque(a[0]), true));
        Ext.method(t, "__repr__", (a, k) -> dequeRepr(deque(a[0])));
        for (Abstract.CompareOp op : Abstract.CompareOp.values()) {
            Ext.method(t, op.method, (a, k) -> compareDeques(op, a[0], a[1]));
        }
        Ext.method(t, "__add__", (a, k) -> {
            if (!(a[1] instanceof Deque other)) {
                throw Errors.typeError("can only concatenate deque (not \"" + Errors.typeName(a[1]) + "\") to deque");
            }
            Deque r = deque(a[0]).copyAs(PyType.of(a[0]));
            r.extend(other, false);
            return r;
        });
        Ext.method(t, "__iadd__", (a, k) -> {
            deque(a[0]).extend(a[1], false);
            return a[0];
        });
        Ext.method(t, "__mul__", (a, k) -> repeat(deque(a[0]).copyAs(PyType.of(a[0])), a[1]));
        Ext.method(t, "__rmul__", (a, k) -> repeat(deque(a[0]).copyAs(PyType.of(a[0])), a[1]));
        Ext.method(t, "__imul__", (a, k) -> repeat(deque(a[0]), a[1]));
        Ext.method(t, "__reduce__", (a, k) -> {
            Deque d = deque(a[0]);
            Object args = d.maxlen < 0 ? PyTuple.EMPTY : PyTuple.of(PyTuple.EMPTY, d.maxlen);
            PyDict dict = d.instanceDict();
            return PyTuple.of(PyType.of(d), args, dict == null || dict.size() == 0 ? Singletons.NONE : dict,
                    new DequeIterator(CollectionsModule.DEQUE_ITERATOR, d, false));
        });
    }

    private static Object repeat(Deque d, Object times) {
        if (!(times instanceof Long || times instanceof Boolean || times instanceof java.math.BigInteger)
                && PyType.of(times).lookup("__index__") == null) {
            return Singletons.NOT_IMPLEMENTED;
        }
        long n = Abstract.index(times);
        Object[] once = d.toArray();
        if (n <= 0) {
            d.clear();
            return d;
        }
        for (long i = 1; i < n; i++) {
            for (Object v : once) {
                d.append(v);
            }
        }
        return d;
    }

    static final PyType DEQUE_ITERATOR = Ext.iteratorType("_collections", "_deque_iterator", DequeIterator.class, null);
    static final PyType DEQUE_REVERSE_ITERATOR = Ext.iteratorType("_collections", "_deque_reverse_iterator",
            DequeIterator.class, null);

    static {
        for (PyType t : new PyType[] {DEQUE_ITERATOR, DEQUE_REVERSE_ITERATOR}) {
            Ext.method(t, "__length_hint__", (a, k) -> (long) ((DequeIterator) a[0]).remaining);
        }
    }

    static final class DequeIterator extends NativeIterator {
        private final Deque deque;
        private final long state;
        private final boolean reverse;
        private int index;
        private int remaining;

        DequeIterator(PyType type, Deque deque, boolean reverse) {
            super(type);
            this.deque = deque;
            this.state = deque.state;
            this.reverse = reverse;
            this.remaining = deque.size;
        }

        @Override
        public Object next() {
            if (deque.state != state) {
                remaining = 0;
                throw Errors.of(Errors.RUNTIME_ERROR, "deque mutated during iteration");
            }
            if (remaining == 0) {
                return null;
            }
            remaining--;
            int i = index++;
            return deque.get(reverse ? deque.size - 1 - i : i);
        }
    }

    // ------------------------------------------------------------------ defaultdict

    static final PyType DEFAULTDICT = Ext.type("collections", "defaultdict", DefaultDict.class, PyDict.TYPE,
            (cls, a, k) -> new DefaultDict(cls));

    /** A dict with the factory its missing keys' values come from (null: None, missing keys raise KeyError). */
    public static final class DefaultDict extends PyDict {
        Object factory;

        DefaultDict(PyType type) {
            super(type);
        }

        DefaultDict copyAs(PyType t) {
            DefaultDict d = new DefaultDict(t);
            d.factory = factory;
            for (Map.Entry<Object, Object> e : entries()) {
                d.put(e.getKey(), e.getValue());
            }
            return d;
        }
    }

    private static Object factoryOrNone(DefaultDict d) {
        return d.factory == null ? Singletons.NONE : d.factory;
    }

    static {
        PyType t = DEFAULTDICT;
        GenericAlias.classGetItem(t);
        Ext.method(t, "__init__", (a, k) -> {
            DefaultDict d = (DefaultDict) a[0];
            int npos = a.length - (k == null ? 0 : k.length);
            Object factory = null;
            int restStart = 1;
            if (npos > 1) {
                factory = a[1] == Singletons.NONE ? null : a[1];
                if (factory != null && !Builtins.isCallable(factory)) {
                    throw Errors.typeError("first argument must be callable or None");
                }
                restStart = 2;
            }
            d.factory = factory;
            Object[] rest = new Object[a.length - restStart + 1];
            rest[0] = d;
            System.arraycopy(a, restStart, rest, 1, a.length - restStart);
            Abstract.call(PyDict.TYPE.lookup("__init__"), rest, k);
            return Singletons.NONE;
        });
        Ext.method(t, "__missing__", (a, k) -> {
            DefaultDict d = (DefaultDict) a[0];
            if (d.factory == null) {
                throw new PyBaseException(Errors.KEY_ERROR, PyTuple.of(a[1])).toThrowable();
            }
            Object v = Abstract.call(d.factory, new Object[0], null);
            Abstract.setItem(d, a[1], v);
            return v;
        });
        t.define("default_factory", new org.pyston.runtime.objects.PyProperty(
                new org.pyston.runtime.objects.PyBuiltinFunction("default_factory",
                        (a, k) -> factoryOrNone((DefaultDict) a[0]), false),
                new org.pyston.runtime.objects.PyBuiltinFunction("default_factory", (a, k) -> {
                    ((DefaultDict) a[0]).factory = a[1] == Singletons.NONE ? null : a[1];
                    return Singletons.NONE;
                }, false), Singletons.NONE, Singletons.NONE));
        Ext.method(t, "copy", (a, k) -> ((DefaultDict) a[0]).copyAs(PyType.of(a[0])));
        Ext.method(t, "__copy__", (a, k) -> ((DefaultDict) a[0]).copyAs(PyType.of(a[0])));
        Ext.method(t, "__repr__", (a, k) -> {
            DefaultDict d = (DefaultDict) a[0];
            Map<Object, Boolean> active = IN_REPR.get();
            String factory;
            if (d.factory == null) {
                factory = "None";
            } else if (active.containsKey(d.factory)) {
                factory = "...";
            } else {
                active.put(d.factory, Boolean.TRUE);
                try {
                    factory = Abstract.repr(d.factory);
                } finally {
                    active.remove(d.factory);
                }
            }
            PyDict plain = new PyDict();
            for (Map.Entry<Object, Object> e : d.entries()) {
                plain.put(e.getKey(), e.getValue());
            }
            String body;
            if (active.containsKey(d)) {
                body = "{...}";
            } else {
                active.put(d, Boolean.TRUE);
                try {
                    body = Abstract.repr(plain);
                } finally {
                    active.remove(d);
                }
            }
            return Ext.typeName(d) + "(" + factory + ", " + body + ")";
        });
        Ext.method(t, "__reduce__", (a, k) -> {
            DefaultDict d = (DefaultDict) a[0];
            Object args = d.factory == null ? PyTuple.EMPTY : PyTuple.of(d.factory);
            Object items = Abstract.call(Abstract.getAttr(d, "items"), new Object[0], null);
            return PyTuple.of(PyType.of(d), args, Singletons.NONE, Singletons.NONE, Abstract.iter(items));
        });
        Ext.method(t, "__or__", (a, k) -> {
            if (!(a[1] instanceof PyDict other)) {
                return Singletons.NOT_IMPLEMENTED;
            }
            DefaultDict r = ((DefaultDict) a[0]).copyAs(PyType.of(a[0]));
            for (Map.Entry<Object, Object> e : other.entries()) {
                r.put(e.getKey(), e.getValue());
            }
            return r;
        });
        Ext.method(t, "__ror__", (a, k) -> {
            if (!(a[1] instanceof PyDict other)) {
                return Singletons.NOT_IMPLEMENTED;
            }
            DefaultDict self = (DefaultDict) a[0];
            DefaultDict r = new DefaultDict(PyType.of(self));
            r.factory = self.factory;
            for (Map.Entry<Object, Object> e : other.entries()) {
                r.put(e.getKey(), e.getValue());
            }
            for (Map.Entry<Object, Object> e : self.entries()) {
                r.put(e.getKey(), e.getValue());
            }
            return r;
        });
    }

    // ------------------------------------------------------------------ _count_elements, _tuplegetter

    /** Counter's tally: mapping[elem] = mapping.get(elem, 0) + 1 for each element. */
    private static void countElements(Object mapping, Object iterable) {
        PyIterator it = Abstract.iter(iterable);
        boolean plain = mapping instanceof PyDict d && (d.type() == PyDict.TYPE
                || PyType.of(d).lookup("get") == PyDict.TYPE.lookup("get")
                && PyType.of(d).lookup("__setitem__") == PyDict.TYPE.lookup("__setitem__"));
        if (plain) {
            PyDict d = (PyDict) mapping;
            for (Object v = it.next(); v != null; v = it.next()) {
                Object old = d.get(v);
                d.put(v, old == null ? (Object) 1L : Abstract.binaryOp(Abstract.BinaryOp.ADD, old, 1L));
            }
            return;
        }
        Object get = Abstract.getAttr(mapping, "get");
        for (Object v = it.next(); v != null; v = it.next()) {
            Object old = Abstract.call(get, new Object[] {v, 0L}, null);
            Abstract.setItem(mapping, v, Abstract.binaryOp(Abstract.BinaryOp.ADD, old, 1L));
        }
    }

    static final PyType TUPLEGETTER = Ext.type("_collections", "_tuplegetter", TupleGetter.class, null,
            (cls, a, k) -> {
                Ext.positionalOnly("_tuplegetter", a, k, 2, 2);
                return new TupleGetter(cls, Abstract.index(a[0]), a[1]);
            });

    /** namedtuple's field: item {@code index} of the tuple, read-only. */
    static final class TupleGetter extends NativeObject {
        final long index;
        Object doc;

        TupleGetter(PyType type, long index, Object doc) {
            super(type);
            this.index = index;
            this.doc = doc;
        }
    }

    static {
        PyType t = TUPLEGETTER;
        Ext.method(t, "__get__", (a, k) -> {
            TupleGetter g = (TupleGetter) a[0];
            Object obj = a.length > 1 ? a[1] : Singletons.NONE;
            if (obj == Singletons.NONE) {
                return g;
            }
            if (!(obj instanceof PyTuple tuple)) {
                throw Errors.typeError("descriptor for index '" + g.index + "' for tuple subclasses doesn't apply to '"
                        + Errors.typeName(obj) + "' object");
            }
            if (g.index < 0 || g.index >= tuple.items.length) {
                throw Errors.indexError("tuple index out of range");
            }
            return tuple.items[(int) g.index];
        });
        Ext.method(t, "__set__", (a, k) -> {
            throw Errors.attributeError("can't set attribute");
        });
        Ext.method(t, "__delete__", (a, k) -> {
            throw Errors.attributeError("can't delete attribute");
        });
        t.define("__doc__", new org.pyston.runtime.objects.PyProperty(
                new org.pyston.runtime.objects.PyBuiltinFunction("__doc__", (a, k) -> ((TupleGetter) a[0]).doc, false),
                new org.pyston.runtime.objects.PyBuiltinFunction("__doc__", (a, k) -> {
                    ((TupleGetter) a[0]).doc = a[1];
                    return Singletons.NONE;
                }, false), Singletons.NONE, Singletons.NONE));
        Ext.method(t, "__reduce__", (a, k) -> {
            TupleGetter g = (TupleGetter) a[0];
            return PyTuple.of(PyType.of(g), PyTuple.of(g.index, g.doc));
        });
    }
}
