package org.pyston.runtime.objects;

/** {@code exc.__traceback__}: a view of the recorded traceback entries. */
public final class PyTraceback extends PyObject {
    public static final PyType TYPE = PyType.builtin("traceback", PyTraceback.class);
    public final PyBaseException exception;

    public PyTraceback(PyBaseException exception) {
        this.exception = exception;
    }

    @Override
    public PyType type() {
        return TYPE;
    }
}
