package org.pyston.runtime.objects;

/**
 * {@code exc.__traceback__}: a view of the recorded traceback entries from {@link #index} on,
 * innermost last; {@code tb_next} is the view from the next entry.
 */
public final class PyTraceback extends PyObject {
    public static final PyType TYPE = PyType.builtin("traceback", PyTraceback.class);
    public final PyBaseException exception;
    /** The entry this traceback object stands for. */
    public final int index;

    public PyTraceback(PyBaseException exception) {
        this(exception, 0);
    }

    public PyTraceback(PyBaseException exception, int index) {
        this.exception = exception;
        this.index = index;
    }

    @Override
    public PyType type() {
        return TYPE;
    }

    /**
     * {@code tb.tb_next = value}: the chain after this entry becomes {@code value}'s (None: it
     * ends here). Traceback objects are views of their exception's entries, so this edits the
     * exception's traceback, as relinking CPython's chain does.
     */
    void setNext(Object value) {
        if (value == null) {
            throw Errors.typeError("can't delete tb_next attribute");
        }
        if (value != Singletons.NONE && !(value instanceof PyTraceback)) {
            throw Errors.typeError("expected traceback object or None, got '" + Errors.typeName(value) + "'");
        }
        java.util.List<PyBaseException.TracebackEntry> entries = exception.traceback;
        java.util.List<PyBaseException.TracebackEntry> rest = java.util.List.of();
        if (value instanceof PyTraceback next) {
            if (next.exception == exception && next.index <= index) {
                throw Errors.valueError("traceback loop detected");
            }
            java.util.List<PyBaseException.TracebackEntry> from = next.exception.traceback;
            rest = new java.util.ArrayList<>(from.subList(Math.min(next.index, from.size()), from.size()));
        }
        if (index + 1 < entries.size()) {
            entries.subList(index + 1, entries.size()).clear();
        }
        entries.addAll(rest);
    }

    /** tb_frame, tb_lineno, tb_next, tb_lasti (-1: this runtime keeps no instruction offsets for them). */
    Object attribute(String name) {
        PyBaseException.TracebackEntry entry = exception.traceback.get(index);
        switch (name) {
            case "tb_frame":
                return entry.frame() == null ? Singletons.NONE : entry.frame().asObject();
            case "tb_lineno":
                return (long) entry.lineno();
            case "tb_next":
                return index + 1 < exception.traceback.size() ? new PyTraceback(exception, index + 1) : Singletons.NONE;
            case "tb_lasti":
                return -1L;
            default:
                return null;
        }
    }
}
