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

    static {
        TYPE.define("cell_contents", new PyGetSetDescriptor("cell_contents", TYPE, c -> {
            Object v = ((PyCell) c).contents;
            if (v == null) {
                throw Errors.valueError("Cell is empty");
            }
            return v;
        }, (c, v) -> ((PyCell) c).contents = v)); // deleting empties the cell
        // CPython's cell_richcompare: the contents compare; an empty cell is less than a full one
        for (Abstract.CompareOp op : Abstract.CompareOp.values()) {
            TYPE.defineMethod(op.method, (a, k) -> {
                Args.positionalOnly("cell." + op.method, a, k, 1, 1, true);
                if (!(a[0] instanceof PyCell x) || !(a[1] instanceof PyCell y)) {
                    return Singletons.NOT_IMPLEMENTED;
                }
                if (x.contents != null && y.contents != null) {
                    return Abstract.compare(op, x.contents, y.contents);
                }
                return Abstract.compare(op, x.contents != null, y.contents != null);
            });
        }
        TYPE.define("__hash__", Singletons.NONE);
    }
}
