package org.pyston.runtime.objects;

/**
 * {@code C.__dict__}: a read-only view of a class's attributes (CPython's {@code mappingproxy}).
 * Reads see the class as it is now; writes go through {@code setattr} on the class, never here.
 */
public final class PyMappingProxy extends PyObject {
    public static final PyType TYPE = PyType.builtin("mappingproxy", PyMappingProxy.class);
    public final PyType owner;

    PyMappingProxy(PyType owner) {
        this.owner = owner;
    }

    @Override
    public PyType type() {
        return TYPE;
    }

    /** The class's attributes now, as a dict (a copy: the view itself is read-only). */
    PyDict snapshot() {
        return Attributes.typeDict(owner);
    }

    private static PyDict dictOf(Object[] a) {
        if (a.length == 0 || !(a[0] instanceof PyMappingProxy p)) {
            throw Errors.typeError("descriptor requires a 'mappingproxy' object");
        }
        return p.snapshot();
    }

    static {
        TYPE.defineMethod("__getitem__", (a, k) -> Sequences.getItem(dictOf(a), a[1]));
        TYPE.defineMethod("__contains__", (a, k) -> Sequences.contains(dictOf(a), a[1]));
        TYPE.defineMethod("__iter__", (a, k) -> Sequences.iter(dictOf(a)));
        TYPE.defineMethod("__len__", (a, k) -> (long) dictOf(a).size());
        TYPE.defineMethod("__repr__", (a, k) -> "mappingproxy(" + Abstract.repr(dictOf(a)) + ")");
        TYPE.defineMethod("__eq__", (a, k) -> Abstract.compare(Abstract.CompareOp.EQ, dictOf(a),
                a[1] instanceof PyMappingProxy p ? p.snapshot() : a[1]));
        TYPE.defineMethod("copy", (a, k) -> dictOf(a));
        for (String name : new String[] {"keys", "values", "items", "get"}) {
            TYPE.defineMethod(name, (a, k) -> {
                Object[] rest = new Object[a.length - 1];
                System.arraycopy(a, 1, rest, 0, rest.length);
                return Ops.callMethod(dictOf(a), name, rest, k);
            });
        }
        TYPE.define("__hash__", Singletons.NONE);
    }
}
