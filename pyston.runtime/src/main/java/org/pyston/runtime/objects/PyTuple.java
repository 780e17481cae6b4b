package org.pyston.runtime.objects;

/** {@code tuple}: an immutable array. */
public class PyTuple extends PyObject {
    public static final PyType TYPE = PyType.builtin("tuple", PyTuple.class);
    public static final PyTuple EMPTY = new PyTuple(new Object[0]);
    public final Object[] items;

    public PyTuple(Object[] items) {
        this.items = items;
    }

    public static PyTuple of(Object... items) {
        return items.length == 0 ? EMPTY : new PyTuple(items);
    }

    @Override
    public PyType type() {
        return TYPE;
    }

    public int size() {
        return items.length;
    }

    public Object get(int i) {
        return items[i];
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof PyTuple t && Abstract.sequenceEquals(items, items.length, t.items, t.items.length);
    }

    @Override
    public int hashCode() {
        return (int) Abstract.hash(this);
    }

    @Override
    public String toString() {
        return Abstract.repr(this);
    }
}
