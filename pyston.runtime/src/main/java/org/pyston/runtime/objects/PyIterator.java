package org.pyston.runtime.objects;

/**
 * Base of the built-in iterators: {@link #next()} returns the next value or null when
 * exhausted, so loops over built-in iterables raise no StopIteration.
 */
public abstract class PyIterator extends PyObject {
    public static final PyType TYPE = PyType.builtin("iterator", PyIterator.class);
    /** The iterators of lists and ranges carry CPython's type names (seen in messages such as len()'s). */
    public static final PyType LIST_ITERATOR = PyType.builtin("list_iterator", PyIterator.class, TYPE);
    public static final PyType RANGE_ITERATOR = PyType.builtin("range_iterator", PyIterator.class, TYPE);

    public abstract Object next();

    @Override
    public PyType type() {
        return TYPE;
    }

    /** Over the first {@code size} elements of an array (list, tuple). */
    public static final class ArrayIterator extends PyIterator {
        private final PyList list;
        private final Object[] array;
        private int index;

        public ArrayIterator(PyList list) {
            this.list = list;
            this.array = null;
        }

        public ArrayIterator(Object[] array) {
            this.list = null;
            this.array = array;
        }

        @Override
        public PyType type() {
            return list != null ? LIST_ITERATOR : TYPE;
        }

        @Override
        public Object next() {
            if (list != null) {
                return index < list.size ? list.items[index++] : null;
            }
            return index < array.length ? array[index++] : null;
        }
    }

    public static final class RangeIterator extends PyIterator {
        private long next;
        private final long step;
        private long remaining;

        public RangeIterator(PyRange r) {
            this.next = r.start;
            this.step = r.step;
            this.remaining = r.length();
        }

        @Override
        public PyType type() {
            return RANGE_ITERATOR;
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

    public static final class StrIterator extends PyIterator {
        private final String s;
        private int index;

        public StrIterator(String s) {
            this.s = s;
        }

        @Override
        public Object next() {
            if (index >= s.length()) {
                return null;
            }
            int cp = s.codePointAt(index);
            int n = Character.charCount(cp);
            String r = s.substring(index, index + n);
            index += n;
            return r;
        }
    }

    /** Over a snapshot-free view of a dict's keys; detects size changes like CPython. */
    public static final class DictIterator extends PyIterator {
        private final PyDict dict;
        private final java.util.Iterator<java.util.Map.Entry<Object, Object>> it;
        private final int size;
        private final int kind; // 0 keys, 1 values, 2 items

        public DictIterator(PyDict dict, int kind) {
            this.dict = dict;
            this.it = dict.map.entrySet().iterator();
            this.size = dict.size();
            this.kind = kind;
        }

        @Override
        public Object next() {
            if (dict.size() != size) {
                throw Errors.of(Errors.RUNTIME_ERROR, "dictionary changed size during iteration");
            }
            if (!it.hasNext()) {
                return null;
            }
            java.util.Map.Entry<Object, Object> e;
            try {
                e = it.next();
            } catch (java.util.ConcurrentModificationException cme) {
                throw Errors.of(Errors.RUNTIME_ERROR, "dictionary changed size during iteration");
            }
            Object k = PyDict.unwrap(e.getKey());
            return kind == 0 ? k : kind == 1 ? e.getValue() : PyTuple.of(k, e.getValue());
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

    /** iter(callable, sentinel) and sequences with only __getitem__. */
    public static final class FunctionIterator extends PyIterator {
        private final java.util.function.Supplier<Object> supplier;

        public FunctionIterator(java.util.function.Supplier<Object> supplier) {
            this.supplier = supplier;
        }

        @Override
        public Object next() {
            return supplier.get();
        }
    }
}
