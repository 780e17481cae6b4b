package org.pyston.runtime.objects;

/**
 * The Java exception that carries a Python exception through Java frames. No Java stack
 * trace is filled (Python code raises and catches often); the Python traceback is recorded in
 * {@link PyBaseException#traceback} as frames unwind.
 */
public final class PyException extends RuntimeException {
    private static final long serialVersionUID = 1L;
    public final transient PyBaseException exception;

    public PyException(PyBaseException exception) {
        super(null, null, false, false);
        this.exception = exception;
    }

    @Override
    public String getMessage() {
        return exception.type().name + ": " + exception.message();
    }

    public boolean matches(PyType type) {
        return exception.type().isSubtypeOf(type);
    }
}
