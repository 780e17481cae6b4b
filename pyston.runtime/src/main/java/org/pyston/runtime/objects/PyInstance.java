package org.pyston.runtime.objects;

import java.util.HashMap;

/** An instance of a class defined in Python (without a built-in base other than object). */
public final class PyInstance extends PyObject {
    private PyType type;
    public final HashMap<String, Object> dict = new HashMap<>();

    public PyInstance(PyType type) {
        this.type = type;
    }

    @Override
    public PyType type() {
        return type;
    }

    public void setType(PyType type) {
        this.type = type;
    }

    @Override
    public boolean equals(Object o) {
        return this == o;
    }

    @Override
    public int hashCode() {
        return System.identityHashCode(this);
    }
}
