package org.pyston.runtime.objects;

import java.math.BigInteger;
import java.util.function.Supplier;

/**
 * Base of the built-in iterators: {@link #next()} returns the next value or null when
 * exhausted, so loops over built-in iterables raise no StopIteration. Each kind has the type
 * CPython gives it ({@code list_iterator}, {@code dict_keyiterator}, ...), with {@code __iter__}
 * and {@code __next__}.
 */
public abstract class PyIterator extends PyObject {
    /** CPython's name for the iterator over a sequence that only has {@code __getitem__}. */
    public static final PyType TYPE = iteratorType("iterator");
    public static final PyType LIST_ITERATOR = iteratorType("list_iterator");
    public static final PyType LIST_REVERSE_ITERATOR = iteratorType("list_reverseiterator");
    public static final PyType TUPLE_ITERATOR = iteratorType("tuple_iterator");
    public static final PyType RANGE_ITERATOR = iteratorType("range_iterator");
    public static final PyType LONG_RANGE_ITERATOR = iteratorType("longrange_iterator");
    public static final PyType STR_ASCII_ITERATOR = iteratorType("str_ascii_iterator");
    public static final PyType STR_ITERATOR = iteratorType("str_iterator");
    public static final PyType BYTES_ITERATOR = iteratorType("bytes_iterator");
    public static final PyType BYTEARRAY_ITERATOR = iteratorType("bytearray_iterator");
    public static final PyType SET_ITERATOR = iteratorType("set_iterator");
    public static final PyType CALLABLE_ITERATOR = iteratorType("callable_iterator");
    /** The iterator of {@code reversed()} over a sequence with {@code __len__} and {@code __getitem__}. */
    public static final PyType REVERSED = iteratorType("reversed");
    private static final PyType[] DICT_ITERATORS = {
        iteratorType("dict_keyiterator"), iteratorType("dict_valueiterator"), iteratorType("dict_itemiterator"),
        iteratorType("dict_reversekeyiterator"), iteratorType("dict_reversevalueiterator"),
        iteratorType("dict_reverseitemiterator"),
    };

    /** A built-in iterator type: {@code __iter__} returns the iterator, {@code __next__} its next value. */
    public static PyType iteratorType(String name) {
        PyType t = PyType.builtin(name, PyIterator.class);
        t.defineMethod("__iter__", (a, k) -> a[0]);
        t.defineMethod("__next__", (a, k) -> {
            Object v = ((PyIterator) a[0]).next();
            if (v == null) {
                throw Errors.of(Errors.STOP_ITERATION, new Object[0]);
            }
            return v;
        });
        t.defineMethod("__length_hint__", (a, k) -> ((PyIterator) a[0]).lengthHint());
        t.defineMethod("__reduce__", (a, k) -> {
            Object r = ((PyIterator) a[0]).reduce();
            if (r == null) {
                throw Errors.typeError("cannot pickle '" + Errors.typeName(a[0]) + "' object");
            }
            return r;
        });
        t.defineMethod("__setstate__", (a, k) -> {
            if (!((PyIterator) a[0]).setState(a[1])) {
                throw Errors.attributeError("'" + Errors.typeName(a[0]) + "' object has no attribute '__setstate__'");
            }
            return Singletons.NONE;
        });
        return t;
    }

    public abstract Object next();

    /** {@code __length_hint__}: how many values are left, or NotImplemented when the iterator cannot tell. */
    Object lengthHint() {
        return Singletons.NOT_IMPLEMENTED;
    }

    /**
     * {@code __reduce__} for pickle and copy, as CPython's iterators answer it: {@code (iter, (seq,),
     * position)} for iterators over a sequence, {@code (iter, (list of what is left,))} for those over
     * a hash table, {@code (iter, (empty,))} once exhausted; null when this kind cannot be pickled.
     */
    public Object reduce() {
        return null;
    }

    /** {@code __setstate__(position)} of the iterators whose reduction has a position; false for the others. */
    public boolean setState(Object state) {
        return false;
    }

    /** {@code builtins.iter} (or another builtin) of the running context, as the reductions name it. */
    static Object builtin(String name) {
        Gil gil = Gil.current();
        Object f = gil == null ? null : gil.ctx.builtinsDict.get(name);
        if (f == null) {
            throw Errors.of(Errors.RUNTIME_ERROR, "lost builtins." + name);
        }
        return f;
    }

    /** The position a {@code __setstate__} gives, clamped to {@code [0, length]} as CPython's iterators do. */
    static int position(Object state, int length) {
        long i = Abstract.index(state);
        return (int) Math.max(0, Math.min(i, length));
    }

    /** {@code (iter, (empty,))}: how an exhausted iterator reduces. */
    static Object exhausted(Object empty) {
        return PyTuple.of(builtin("iter"), PyTuple.of(empty));
    }

    /** {@code (iter, (list of the values left in a copy of the iterator,))}. */
    static Object remaining(PyIterator copy) {
        PyList rest = new PyList();
        for (Object v = copy.next(); v != null; v = copy.next()) {
            rest.append(v);
        }
        return PyTuple.of(builtin("iter"), PyTuple.of(rest));
    }

    @Override
    public PyType type() {
        return TYPE;
    }

    /** Over a list (live: sees appends until exhausted) or over a fixed array (a tuple's items). */
    public static final class ArrayIterator extends PyIterator {
        private PyList list;
        private final Object[] array;
        private int index;

        public ArrayIterator(PyList list) {
            this.list = list;
            this.array = null;
        }

        public ArrayIterator(Object[] array) {
            this.array = array;
        }

        @Override
        public PyType type() {
            return array == null ? LIST_ITERATOR : TUPLE_ITERATOR;
        }

        @Override
        Object lengthHint() {
            return (long) (list != null ? Math.max(0, list.size - index)
                    : array != null ? Math.max(0, array.length - index) : 0);
        }

        @Override
        public Object reduce() {
            if (array != null) {
                return index < array.length ? PyTuple.of(builtin("iter"), PyTuple.of(new PyTuple(array)), (long) index)
                        : exhausted(PyTuple.EMPTY);
            }
            return list != null ? PyTuple.of(builtin("iter"), PyTuple.of(list), (long) index) : exhausted(new PyList());
        }

        @Override
        public boolean setState(Object state) {
            if (list != null) {
                index = position(state, list.size);
            } else if (array != null) {
                index = position(state, array.length);
            }
            return true;
        }

        @Override
        public Object next() {
            if (list != null) {
                if (index < list.size) {
                    return list.items[index++];
                }
                list = null; // exhausted for good, as CPython
                return null;
            }
            return array != null && index < array.length ? array[index++] : null;
        }
    }

    /** {@code reversed(list)}: from the end, seeing the list as it is at each step. */
    public static final class ListReverseIterator extends PyIterator {
        private PyList list;
        private int index;

        public ListReverseIterator(PyList list) {
            this.list = list;
            this.index = list.size - 1;
        }

        @Override
        public PyType type() {
            return LIST_REVERSE_ITERATOR;
        }

        @Override
        Object lengthHint() {
            return (long) (list != null && index >= 0 && index < list.size ? index + 1 : 0);
        }

        @Override
        public Object reduce() {
            return list != null ? PyTuple.of(builtin("reversed"), PyTuple.of(list), (long) index)
                    : exhausted(new PyList());
        }

        @Override
        public boolean setState(Object state) {
            if (list != null) {
                long i = Abstract.index(state);
                index = (int) Math.max(-1, Math.min(i, list.size - 1));
            }
            return true;
        }

        @Override
        public Object next() {
            if (list != null && index >= 0 && index < list.size) {
                return list.items[index--];
            }
            list = null;
            return null;
        }
    }

    public static final class RangeIterator extends PyIterator {
        private long next;
        private final long step;
        private long remaining;
        /** The range's first value and length (reductions name the range and the position in it). */
        private final long start, length;

        public RangeIterator(long start, long step, long length) {
            this.next = start;
            this.step = step;
            this.remaining = length;
            this.start = start;
            this.length = length;
        }

        @Override
        public PyType type() {
            return RANGE_ITERATOR;
        }

        @Override
        Object lengthHint() {
            return Math.max(0, remaining);
        }

        @Override
        public Object reduce() {
            BigInteger b = BigInteger.valueOf(start), s = BigInteger.valueOf(step);
            Object range = Abstract.call(PyRange.TYPE, new Object[] {start,
                Abstract.normalize(b.add(s.multiply(BigInteger.valueOf(length)))), step}, null);
            return PyTuple.of(builtin("iter"), PyTuple.of(range), length - remaining);
        }

        @Override
        public boolean setState(Object state) {
            long i = Math.max(0, Math.min(Abstract.index(state), length));
            remaining = length - i;
            next = start + i * step;
            return true;
        }

        @Override
        public Object next() {
            if (remaining <= 0) {
                return null;
            }
            remaining--;
            long v = next;
            next += step;
            return v;
        }
    }

    /** Over a range whose values or length do not fit a long. */
    public static final class LongRangeIterator extends PyIterator {
        private BigInteger next;
        private final BigInteger step;
        private BigInteger remaining;
        private final BigInteger start, length;

        public LongRangeIterator(BigInteger start, BigInteger step, BigInteger length) {
            this.next = start;
            this.step = step;
            this.remaining = length;
            this.start = start;
            this.length = length;
        }

        @Override
        public PyType type() {
            return LONG_RANGE_ITERATOR;
        }

        @Override
        Object lengthHint() {
            return Abstract.normalize(remaining.max(BigInteger.ZERO));
        }

        @Override
        public Object reduce() {
            Object range = Abstract.call(PyRange.TYPE, new Object[] {Abstract.normalize(start),
                Abstract.normalize(start.add(step.multiply(length))), Abstract.normalize(step)}, null);
            return PyTuple.of(builtin("iter"), PyTuple.of(range), Abstract.normalize(length.subtract(remaining)));
        }

        @Override
        public boolean setState(Object state) {
            BigInteger i = Abstract.big(state).max(BigInteger.ZERO).min(length);
            remaining = length.subtract(i);
            next = start.add(i.multiply(step));
            return true;
        }

        @Override
        public Object next() {
            if (remaining.signum() <= 0) {
                return null;
            }
            remaining = remaining.subtract(BigInteger.ONE);
            BigInteger v = next;
            next = next.add(step);
            return Abstract.normalize(v);
        }
    }

    public static final class StrIterator extends PyIterator {
        private final String s;
        private int index;

        public StrIterator(String s) {
            this.s = s;
        }

        @Override
        public PyType type() {
            // CPython 3.11 iterates ASCII-only strings with a type of their own
            return s.chars().allMatch(c -> c < 128) ? STR_ASCII_ITERATOR : STR_ITERATOR;
        }

        @Override
        Object lengthHint() {
            return (long) (org.pyston.runtime.text.CodePoints.length(s)
                    - org.pyston.runtime.text.CodePoints.cpIndex(s, Math.min(index, s.length())));
        }

        @Override
        public Object reduce() {
            return index < s.length() ? PyTuple.of(builtin("iter"), PyTuple.of(s),
                    (long) org.pyston.runtime.text.CodePoints.cpIndex(s, index)) : exhausted("");
        }

        @Override
        public boolean setState(Object state) {
            int n = org.pyston.runtime.text.CodePoints.length(s);
            index = org.pyston.runtime.text.CodePoints.charIndex(s, position(state, n));
            return true;
        }

        @Override
        public Object next() {
            if (index >= s.length()) {
                return null;
            }
            int n = org.pyston.runtime.text.CodePoints.width(s, index);
            String r = n == 1 ? Strings.ofChar(s.charAt(index)) : s.substring(index, index + n);
            index += n;
            return r;
        }
    }

    /** Over bytes (fixed) or a bytearray (as it is at each step). */
    public static final class BytesIterator extends PyIterator {
        private final PyBytes bytes;
        private PyByteArray bytearray;
        private int index;

        public BytesIterator(PyBytes bytes) {
            this.bytes = bytes;
        }

        public BytesIterator(PyByteArray bytearray) {
            this.bytes = null;
            this.bytearray = bytearray;
        }

        @Override
        public PyType type() {
            return bytes != null ? BYTES_ITERATOR : BYTEARRAY_ITERATOR;
        }

        private int size() {
            return bytes != null ? bytes.bytes.length : bytearray != null ? bytearray.size() : 0;
        }

        @Override
        Object lengthHint() {
            return (long) Math.max(0, size() - index);
        }

        @Override
        public Object reduce() {
            if (bytes != null || bytearray != null) {
                return PyTuple.of(builtin("iter"), PyTuple.of(bytes != null ? bytes : bytearray), (long) index);
            }
            return exhausted(PyTuple.EMPTY);
        }

        @Override
        public boolean setState(Object state) {
            if (bytes != null || bytearray != null) {
                index = position(state, size());
            }
            return true;
        }

        @Override
        public Object next() {
            if (bytes != null) {
                return index < bytes.bytes.length ? (Object) (long) (bytes.bytes[index++] & 0xff) : null;
            }
            if (bytearray != null && index < bytearray.size()) {
                return (long) (bytearray.data[index++] & 0xff);
            }
            bytearray = null;
            return null;
        }
    }

    /** Kinds of {@link DictIterator}. */
    public static final int KEYS = 0, VALUES = 1, ITEMS = 2;

    /**
     * Over a dict's entries in order (or reversed), reading the live table: a change of size is a
     * RuntimeError, as is finding more entries than there were (keys replaced during iteration).
     */
    public static final class DictIterator extends PyIterator {
        private PyDict dict;
        private final int kind;
        private final boolean reverse;
        /** The size the dict must keep; -1 after a change was seen (the error repeats, as CPython). */
        private int expectedSize;
        private int remaining;
        private int position;

        public DictIterator(PyDict dict, int kind) {
            this(dict, kind, false);
        }

        public DictIterator(PyDict dict, int kind, boolean reverse) {
            this.dict = dict;
            this.kind = kind;
            this.reverse = reverse;
            this.expectedSize = dict.size();
            this.remaining = expectedSize;
            this.position = reverse ? dict.map.positions() - 1 : 0;
        }

        private DictIterator(DictIterator other) {
            this.dict = other.dict;
            this.kind = other.kind;
            this.reverse = other.reverse;
            this.expectedSize = other.expectedSize;
            this.remaining = other.remaining;
            this.position = other.position;
        }

        @Override
        Object lengthHint() {
            return (long) (dict != null && dict.size() == expectedSize ? remaining : 0);
        }

        @Override
        public Object reduce() {
            return remaining(new DictIterator(this));
        }

        @Override
        public PyType type() {
            return DICT_ITERATORS[kind + (reverse ? 3 : 0)];
        }

        @Override
        public Object next() {
            PyDict d = dict;
            if (d == null) {
                return null;
            }
            DictTable table = d.map;
            if (table.size() != expectedSize) {
                expectedSize = -1;
                throw Errors.of(Errors.RUNTIME_ERROR, "dictionary changed size during iteration");
            }
            int p = position;
            Object key = null;
            if (reverse) {
                while (p >= 0 && (key = table.keyAt(p)) == null) {
                    p--;
                }
                position = p - 1;
            } else {
                int end = table.positions();
                while (p < end && (key = table.keyAt(p)) == null) {
                    p++;
                }
                position = p + 1;
            }
            if (key == null) {
                dict = null;
                return null;
            }
            if (remaining == 0) {
                dict = null;
                throw Errors.of(Errors.RUNTIME_ERROR, "dictionary keys changed during iteration");
            }
            remaining--;
            return kind == KEYS ? key : kind == VALUES ? table.valueAt(p) : PyTuple.of(key, table.valueAt(p));
        }
    }

    /** Over a set's table; a change of size is a RuntimeError, as CPython. */
    public static final class SetIterator extends PyIterator {
        private PySet set;
        /** The size the set must keep; -1 after a change was seen (the error repeats, as CPython). */
        private int expectedSize;
        private int slot;

        public SetIterator(PySet set) {
            this.set = set;
            this.expectedSize = set.size();
        }

        private SetIterator(SetIterator other) {
            this.set = other.set;
            this.expectedSize = other.expectedSize;
            this.slot = other.slot;
        }

        @Override
        Object lengthHint() {
            PySet s = set;
            if (s == null || s.size() != expectedSize) {
                return 0L;
            }
            long n = 0;
            for (int i = slot, end = s.slots(); i < end; i++) {
                if (s.keyAt(i) != null) {
                    n++;
                }
            }
            return n;
        }

        @Override
        public Object reduce() {
            return remaining(new SetIterator(this));
        }

        @Override
        public PyType type() {
            return SET_ITERATOR;
        }

        @Override
        public Object next() {
            PySet s = set;
            if (s == null) {
                return null;
            }
            if (s.size() != expectedSize) {
                expectedSize = -1;
                throw Errors.of(Errors.RUNTIME_ERROR, "Set changed size during iteration");
            }
            int end = s.slots();
            for (int i = slot; i < end; i++) {
                Object key = s.keyAt(i);
                if (key != null) {
                    slot = i + 1;
                    return key;
                }
            }
            set = null;
            return null;
        }
    }

    /** An iterator defined in Python: calls {@code __next__}, maps StopIteration to exhaustion. */
    public static final class ProtocolIterator extends PyIterator {
        private final Object iterator;
        private final Object nextMethod;

        public ProtocolIterator(Object iterator, Object nextMethod) {
            this.iterator = iterator;
            this.nextMethod = nextMethod;
        }

        @Override
        public Object next() {
            try {
                return Abstract.call(nextMethod, new Object[] {iterator}, null);
            } catch (PyException e) {
                if (e.matches(Errors.STOP_ITERATION)) {
                    return null;
                }
                throw e;
            }
        }
    }

    /**
     * {@code iter(callable, sentinel)}: calls until the result equals the sentinel (or the callable
     * raises StopIteration); then exhausted for good.
     */
    public static final class CallableIterator extends PyIterator {
        private Object callable;
        private final Object sentinel;

        public CallableIterator(Object callable, Object sentinel) {
            this.callable = callable;
            this.sentinel = sentinel;
        }

        @Override
        public PyType type() {
            return CALLABLE_ITERATOR;
        }

        @Override
        public Object reduce() {
            return callable != null ? PyTuple.of(builtin("iter"), PyTuple.of(callable, sentinel))
                    : exhausted(PyTuple.EMPTY);
        }

        @Override
        public Object next() {
            Object f = callable;
            if (f == null) {
                return null;
            }
            Object v;
            try {
                v = Abstract.call(f, new Object[0], null);
            } catch (PyException e) {
                if (e.matches(Errors.STOP_ITERATION)) {
                    callable = null;
                    return null;
                }
                throw e;
            }
            if (v == sentinel || Abstract.eq(v, sentinel)) {
                callable = null;
                return null;
            }
            return v;
        }
    }

    /** Over a sequence with {@code __getitem__} only, from index 0 to IndexError (or StopIteration). */
    public static final class SequenceIterator extends PyIterator {
        private Object sequence;
        private final Object getitem;
        private long index;

        public SequenceIterator(Object sequence, Object getitem) {
            this.sequence = sequence;
            this.getitem = getitem;
        }

        @Override
        Object lengthHint() {
            if (sequence == null) {
                return 0L;
            }
            if (PyType.of(sequence).lookup("__len__") == null) {
                return Singletons.NOT_IMPLEMENTED;
            }
            return Math.max(0, Abstract.len(sequence) - index);
        }

        @Override
        public Object reduce() {
            return sequence != null ? PyTuple.of(builtin("iter"), PyTuple.of(sequence), index)
                    : exhausted(PyTuple.EMPTY);
        }

        @Override
        public boolean setState(Object state) {
            if (sequence != null) {
                index = Math.max(0, Abstract.index(state));
            }
            return true;
        }

        @Override
        public Object next() {
            Object seq = sequence;
            if (seq == null) {
                return null;
            }
            try {
                return Abstract.call(getitem, new Object[] {seq, index++}, null);
            } catch (PyException e) {
                if (e.matches(Errors.INDEX_ERROR) || e.matches(Errors.STOP_ITERATION)) {
                    sequence = null;
                    return null;
                }
                throw e;
            }
        }
    }

    /** An iterator whose values come from a function (null: exhausted), of a given type. */
    public static final class FunctionIterator extends PyIterator {
        private final PyType type;
        private final Supplier<Object> supplier;

        public FunctionIterator(Supplier<Object> supplier) {
            this(TYPE, supplier);
        }

        public FunctionIterator(PyType type, Supplier<Object> supplier) {
            this.type = type;
            this.supplier = supplier;
        }

        @Override
        public PyType type() {
            return type;
        }

        @Override
        public Object next() {
            return supplier.get();
        }
    }
}
