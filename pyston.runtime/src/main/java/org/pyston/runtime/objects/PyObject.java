package org.pyston.runtime.objects;

/** Base of every Python value that is not a plain Java value (see the package comment). */
public abstract class PyObject {
    public abstract PyType type();
}
