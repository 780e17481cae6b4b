package org.pyston.runtime.objects;

/**
 * A name of {@code __slots__} (CPython's {@code member_descriptor}): a data descriptor in the
 * class dict that reads and writes one entry of the instance's slot array.
 */
public final class PyMemberDescriptor extends PyObject {
    public static final PyType TYPE = PyType.builtin("member_descriptor", PyMemberDescriptor.class);
    public final String name;
    /** The class whose {@code __slots__} named it ({@code __objclass__}). */
    public final PyType owner;
    /** Index into {@link PyInstance#slots}. */
    final int index;

    PyMemberDescriptor(String name, PyType owner, int index) {
        this.name = name;
        this.owner = owner;
        this.index = index;
    }

    @Override
    public PyType type() {
        return TYPE;
    }

    static {
        TYPE.defineMethod("__get__", (a, k) -> a.length < 2 || a[1] == Singletons.NONE ? a[0]
                : ((PyMemberDescriptor) a[0]).get(a[1]));
        TYPE.defineMethod("__set__", (a, k) -> {
            ((PyMemberDescriptor) a[0]).set(a[1], a[2]);
            return Singletons.NONE;
        });
        TYPE.defineMethod("__delete__", (a, k) -> {
            ((PyMemberDescriptor) a[0]).set(a[1], null);
            return Singletons.NONE;
        });
    }

    private PyInstance check(Object obj) {
        if (obj instanceof PyInstance i && i.type().isSubtypeOf(owner)) {
            return i;
        }
        throw Errors.typeError("descriptor '" + name + "' for '" + owner.name + "' objects doesn't apply to a '"
                + Errors.typeName(obj) + "' object");
    }

    Object get(Object obj) {
        Object v = check(obj).slots[index];
        if (v == null) {
            throw Attributes.missing(obj, name);
        }
        return v;
    }

    /** Stores {@code value}; null deletes. */
    void set(Object obj, Object value) {
        PyInstance i = check(obj);
        if (value == null && i.slots[index] == null) {
            throw Errors.attributeError(name); // CPython names only the slot here
        }
        i.slots[index] = value;
    }

    @Override
    public String toString() {
        return "<member '" + name + "' of '" + owner.name + "' objects>";
    }
}
