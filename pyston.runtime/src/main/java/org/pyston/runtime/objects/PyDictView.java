package org.pyston.runtime.objects;

/** {@code dict.keys()}, {@code values()}, {@code items()}: live views. */
public final class PyDictView extends PyObject {
    public static final PyType KEYS = PyType.builtin("dict_keys", PyDictView.class);
    public static final PyType VALUES = PyType.builtin("dict_values", PyDictView.class);
    public static final PyType ITEMS = PyType.builtin("dict_items", PyDictView.class);
    public final PyDict dict;
    public final int kind;

    public PyDictView(PyDict dict, int kind) {
        this.dict = dict;
        this.kind = kind;
    }

    @Override
    public PyType type() {
        return kind == 0 ? KEYS : kind == 1 ? VALUES : ITEMS;
    }

    static {
        for (PyType t : new PyType[] {KEYS, VALUES, ITEMS}) {
            t.defineMethod("__iter__", (a, k) -> new PyIterator.DictIterator(((PyDictView) a[0]).dict, ((PyDictView) a[0]).kind));
            t.defineMethod("__reversed__", (a, k) -> new PyIterator.DictIterator(((PyDictView) a[0]).dict,
                    ((PyDictView) a[0]).kind, true));
            t.defineMethod("__len__", (a, k) -> (long) ((PyDictView) a[0]).dict.size());
            // the dict the view shows, read-only
            t.define("mapping", new PyGetSetDescriptor("mapping", t, v -> PyMappingProxy.of(((PyDictView) v).dict), null));
            t.defineMethod("__contains__", (a, k) -> ((PyDictView) a[0]).contains(a[1]));
        }
        for (PyType t : new PyType[] {KEYS, ITEMS}) {
            t.defineMethod("isdisjoint", (a, k) -> {
                Object self = a[0], other = a[1];
                if (other == self) {
                    return ((PyDictView) self).dict.size() == 0;
                }
                // iterate over the smaller when both sizes are known
                if ((other instanceof PySet || other instanceof PyDictView) && Abstract.len(other) > Abstract.len(self)) {
                    Object swap = self;
                    self = other;
                    other = swap;
                }
                PyIterator it = Abstract.iter(other);
                for (Object v = it.next(); v != null; v = it.next()) {
                    if (Abstract.contains(self, v)) {
                        return false;
                    }
                }
                return true;
            });
        }
    }

    boolean contains(Object item) {
        if (kind == PyIterator.KEYS) {
            return dict.containsKey(item);
        }
        if (kind == PyIterator.ITEMS) {
            if (!(item instanceof PyTuple t) || t.size() != 2) {
                return false;
            }
            Object v = dict.get(t.get(0));
            return v != null && (v == t.get(1) || Abstract.eq(v, t.get(1)));
        }
        for (java.util.Map.Entry<Object, Object> e : dict.entries()) {
            if (e.getValue() == item || Abstract.eq(e.getValue(), item)) {
                return true;
            }
        }
        return false;
    }

    /** keys() and items() views are set-like (comparisons and set operators with sets and each other). */
    boolean isSetLike() {
        return kind != PyIterator.VALUES;
    }
}
