package org.pyston.runtime.objects;

/**
 * {@code mappingproxy}: a read-only view of a mapping. {@code C.__dict__} is one over a class's
 * attributes (reads see the class as it is now; writes go through {@code setattr} on the class,
 * never here); {@code types.MappingProxyType(m)} makes one over any mapping.
 */
public final class PyMappingProxy extends PyObject {
    public static final PyType TYPE = PyType.builtin("mappingproxy", PyMappingProxy.class);
    /** The class whose attributes this shows, or null for a view of {@link #mapping}. */
    public final PyType owner;
    private final Object mapping;

    PyMappingProxy(PyType owner) {
        this.owner = owner;
        this.mapping = null;
    }

    private PyMappingProxy(Object mapping) {
        this.owner = null;
        this.mapping = mapping;
    }

    @Override
    public PyType type() {
        return TYPE;
    }

    /** A read-only view of {@code mapping} (a dict view's {@code mapping}). */
    static PyMappingProxy of(Object mapping) {
        return new PyMappingProxy(mapping);
    }

    /** {@code mappingproxy(mapping)}: CPython accepts any mapping but a list or tuple. */
    static Object construct(Object[] args, String[] kwnames) {
        Object m = Args.parse("mappingproxy", args, kwnames, 0, 1, 1, "mapping")[0];
        Object v = PyValueInstance.unwrap(m);
        if (v instanceof PyList || v instanceof PyTuple || PyType.of(m).lookup("__getitem__") == null) {
            throw Errors.typeError("mappingproxy() argument must be a mapping, not " + Errors.typeName(m));
        }
        return new PyMappingProxy(m);
    }

    /** What the view shows: the class's attributes now (as a dict copy), or the mapping itself. */
    Object snapshot() {
        return owner != null ? Attributes.typeDict(owner) : mapping;
    }

    private static Object target(Object[] a) {
        if (a.length == 0 || !(a[0] instanceof PyMappingProxy p)) {
            throw Errors.typeError("descriptor requires a 'mappingproxy' object");
        }
        return p.snapshot();
    }

    private static Object[] rest(Object[] a) {
        Object[] rest = new Object[a.length - 1];
        System.arraycopy(a, 1, rest, 0, rest.length);
        return rest;
    }

    static {
        TYPE.defineMethod("__getitem__", (a, k) -> Abstract.getItem(target(a), a[1]));
        TYPE.defineMethod("__contains__", (a, k) -> Abstract.contains(target(a), a[1]));
        TYPE.defineMethod("__iter__", (a, k) -> Abstract.iter(target(a)));
        TYPE.defineMethod("__len__", (a, k) -> Abstract.len(target(a)));
        TYPE.defineMethod("__repr__", (a, k) -> "mappingproxy(" + Abstract.repr(target(a)) + ")");
        TYPE.defineMethod("__str__", (a, k) -> Abstract.str(target(a)));
        TYPE.defineMethod("__eq__", (a, k) -> Abstract.compare(Abstract.CompareOp.EQ, target(a),
                a[1] instanceof PyMappingProxy p ? p.snapshot() : a[1]));
        TYPE.defineMethod("__ne__", (a, k) -> Abstract.compare(Abstract.CompareOp.NE, target(a),
                a[1] instanceof PyMappingProxy p ? p.snapshot() : a[1]));
        TYPE.defineMethod("__or__", (a, k) -> Abstract.binaryOp(Abstract.BinaryOp.OR, target(a),
                a[1] instanceof PyMappingProxy p ? p.snapshot() : a[1]));
        TYPE.defineMethod("__ror__", (a, k) -> Abstract.binaryOp(Abstract.BinaryOp.OR,
                a[1] instanceof PyMappingProxy p ? p.snapshot() : a[1], target(a)));
        TYPE.defineMethod("__reversed__", (a, k) -> IterBuiltins.reversed(target(a)));
        for (String name : new String[] {"keys", "values", "items", "get", "copy"}) {
            TYPE.defineMethod(name, (a, k) -> Ops.callMethod(target(a), name, rest(a), k));
        }
        TYPE.define("__hash__", Singletons.NONE);
    }
}
