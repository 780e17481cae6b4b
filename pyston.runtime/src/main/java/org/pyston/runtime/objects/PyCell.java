package org.pyston.runtime.objects;

/** A cell: a variable shared between a function and the functions nested in it. */
public final class PyCell extends PyObject {
    public static final PyType TYPE = PyType.builtin("cell", PyCell.class);
    /** Null while the variable is unbound. */
    public Object contents;

    public PyCell(Object contents) {
        this.contents = contents;
    }

    @Override
    public PyType type() {
        return TYPE;
    }
}
