package org.pyston.runtime.objects;

import java.util.LinkedHashSet;

/** {@code set} and {@code frozenset}, with the same key rules as {@link PyDict}. */
public final class PySet extends PyObject {
    public static final PyType TYPE = PyType.builtin("set", PySet.class);
    public static final PyType FROZEN_TYPE = PyType.builtin("frozenset", PySet.class);
    public final LinkedHashSet<Object> set = new LinkedHashSet<>();
    public final boolean frozen;

    public PySet(boolean frozen) {
        this.frozen = frozen;
    }

    @Override
    public PyType type() {
        return frozen ? FROZEN_TYPE : TYPE;
    }

    public void add(Object o) {
        set.add(PyDict.wrap(o));
    }

    public boolean contains(Object o) {
        return set.contains(PyDict.wrap(o));
    }

    public boolean remove(Object o) {
        return set.remove(PyDict.wrap(o));
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof PySet s && s.set.equals(set);
    }

    @Override
    public int hashCode() {
        return (int) Abstract.hash(this);
    }
}
