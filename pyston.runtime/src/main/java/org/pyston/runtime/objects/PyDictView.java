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
        KEYS.defineMethod("__iter__", (a, k) -> new PyIterator.DictIterator(((PyDictView) a[0]).dict, 0));
        VALUES.defineMethod("__iter__", (a, k) -> new PyIterator.DictIterator(((PyDictView) a[0]).dict, 1));
        ITEMS.defineMethod("__iter__", (a, k) -> new PyIterator.DictIterator(((PyDictView) a[0]).dict, 2));
        for (PyType t : new PyType[] {KEYS, VALUES, ITEMS}) {
            t.defineMethod("__len__", (a, k) -> (long) ((PyDictView) a[0]).dict.size());
        }
        KEYS.defineMethod("__contains__", (a, k) -> ((PyDictView) a[0]).dict.containsKey(a[1]));
        ITEMS.defineMethod("__contains__", (a, k) -> {
            if (!(a[1] instanceof PyTuple t) || t.size() != 2) {
                return false;
            }
            Object v = ((PyDictView) a[0]).dict.get(t.get(0));
            return v != null && Abstract.eq(v, t.get(1));
        });
    }
}
