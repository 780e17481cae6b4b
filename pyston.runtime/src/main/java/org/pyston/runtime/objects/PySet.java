package org.pyston.runtime.objects;

import java.util.LinkedHashSet;

/** {@code set} and {@code frozenset}, with the same key rules as {@link PyDict}. */
public final class PySet extends PyObject {
    public static final PyType TYPE = PyType.builtin("set", PySet.class);
    public static final PyType FROZEN_TYPE = PyType.builtin("frozenset", PySet.class);
    public final LinkedHashSet<Object> set = new LinkedHashSet<>();
    public final boolean frozen;
    /** set or frozenset, or the class when this is an instance of a subclass of one of them. */
    private final PyType type;
    /** Attributes of an instance of a subclass (created on first use). */
    PyDict attributes;

    public PySet(boolean frozen) {
        this.frozen = frozen;
        this.type = frozen ? FROZEN_TYPE : TYPE;
    }

    /** An instance of {@code type}, a subclass of set or frozenset. */
    public PySet(PyType type) {
        this.frozen = type.isSubtypeOf(FROZEN_TYPE);
        this.type = type;
    }

    @Override
    public PyType type() {
        return type;
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
