package org.pyston.runtime.objects;

/** An instance of a class defined in Python (without a built-in base other than object). */
public final class PyInstance extends PyObject {
    private PyType type;
    /** The instance's {@code __dict__} (live: writes through it are attribute writes). */
    public final PyDict dict = new PyDict();

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
