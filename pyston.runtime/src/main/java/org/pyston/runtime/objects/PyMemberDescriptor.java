package org.pyston.runtime.objects;

import java.util.function.BiConsumer;
import java.util.function.Function;

/**
 * A name of {@code __slots__} (CPython's {@code member_descriptor}): a data descriptor in the
 * class dict that reads and writes one entry of the instance's slot array; or a plain field of a
 * built-in object, as CPython's members of {@code function} ({@code __globals__}, {@code __doc__}).
 */
public final class PyMemberDescriptor extends PyObject {
    public static final PyType TYPE = PyType.builtin("member_descriptor", PyMemberDescriptor.class);
    public final String name;
    /** The class whose {@code __slots__} named it ({@code __objclass__}). */
    public final PyType owner;
    /** Index into the instance's {@link SlotHolder#slotValues}, or -1 for a field of a built-in object. */
    final int index;
    /** For a field of a built-in object: reads it, and writes it (null: read-only; a null value deletes). */
    private final Function<Object, Object> getter;
    private final BiConsumer<Object, Object> setter;

    PyMemberDescriptor(String name, PyType owner, int index) {
        this.name = name;
        this.owner = owner;
        this.index = index;
        this.getter = null;
        this.setter = null;
    }

    /** A field of the built-in type {@code owner} ({@code function.__globals__}, ...). */
    PyMemberDescriptor(String name, PyType owner, Function<Object, Object> getter, BiConsumer<Object, Object> setter) {
        this.name = name;
        this.owner = owner;
        this.index = -1;
        this.getter = getter;
        this.setter = setter;
    }

    @Override
    public PyType type() {
        return TYPE;
    }

    static {
        TYPE.defineMethod("__get__", (a, k) -> a.length < 2 || a[1] == Singletons.NONE ? a[0]
                : ((PyMemberDescriptor) a[0]).get(a[1]));
        TYPE.define("__name__", new PyGetSetDescriptor("__name__", TYPE, d -> ((PyMemberDescriptor) d).name, null));
        TYPE.define("__qualname__", new PyGetSetDescriptor("__qualname__", TYPE,
                d -> ((PyMemberDescriptor) d).owner.qualname + "." + ((PyMemberDescriptor) d).name, null));
        TYPE.define("__objclass__", new PyGetSetDescriptor("__objclass__", TYPE, d -> ((PyMemberDescriptor) d).owner, null));
        TYPE.defineMethod("__set__", (a, k) -> {
            ((PyMemberDescriptor) a[0]).set(a[1], a[2]);
            return Singletons.NONE;
        });
        TYPE.defineMethod("__delete__", (a, k) -> {
            ((PyMemberDescriptor) a[0]).set(a[1], null);
            return Singletons.NONE;
        });
    }

    private void checkType(Object obj) {
        if (!PyType.of(obj).isSubtypeOf(owner)) {
            throw Errors.typeError("descriptor '" + name + "' for '" + owner.name + "' objects doesn't apply to a '"
                    + Errors.typeName(obj) + "' object");
        }
    }

    private Object[] check(Object obj) {
        if (obj instanceof SlotHolder h && PyType.of(obj).isSubtypeOf(owner) && h.slotValues() != null) {
            return h.slotValues();
        }
        throw Errors.typeError("descriptor '" + name + "' for '" + owner.name + "' objects doesn't apply to a '"
                + Errors.typeName(obj) + "' object");
    }

    Object get(Object obj) {
        if (getter != null) {
            checkType(obj);
            return getter.apply(obj);
        }
        Object v = check(obj)[index];
        if (v == null) {
            throw Attributes.missing(obj, name);
        }
        return v;
    }

    /** Stores {@code value}; null deletes. */
    void set(Object obj, Object value) {
        if (getter != null) {
            checkType(obj);
            if (setter == null) {
                throw Errors.attributeError("readonly attribute");
            }
            setter.accept(obj, value);
            return;
        }
        Object[] slots = check(obj);
        if (value == null && slots[index] == null) {
            throw Errors.attributeError(name); // CPython names only the slot here
        }
        slots[index] = value;
    }

    @Override
    public String toString() {
        return "<member '" + name + "' of '" + owner.name + "' objects>";
    }
}
