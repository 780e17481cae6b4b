package org.pyston.runtime.objects;

import java.util.function.BiConsumer;
import java.util.function.Function;

/**
 * An attribute computed by Java code (CPython's {@code getset_descriptor}): {@code object.__class__},
 * the {@code __dict__} and {@code __weakref__} of classes whose instances have a dict. A data
 * descriptor: it wins over the instance dict.
 */
public final class PyGetSetDescriptor extends PyObject {
    public static final PyType TYPE = PyType.builtin("getset_descriptor", PyGetSetDescriptor.class);
    public final String name;
    /** The class it belongs to ({@code __objclass__}). */
    public final PyType owner;
    private final Function<Object, Object> getter;
    /** Stores a value (null deletes), or null when the attribute is read-only. */
    private final BiConsumer<Object, Object> setter;
    /** {@code __doc__}, or null for None. */
    String doc;

    PyGetSetDescriptor(String name, PyType owner, Function<Object, Object> getter, BiConsumer<Object, Object> setter) {
        this.name = name;
        this.owner = owner;
        this.getter = getter;
        this.setter = setter;
    }

    @Override
    public PyType type() {
        return TYPE;
    }

    /** This descriptor with its {@code __doc__}. */
    PyGetSetDescriptor withDoc(String text) {
        this.doc = text;
        return this;
    }

    static {
        TYPE.define("__doc__", new PyGetSetDescriptor("__doc__", TYPE,
                d -> ((PyGetSetDescriptor) d).doc == null ? Singletons.NONE : ((PyGetSetDescriptor) d).doc, null));
        TYPE.defineMethod("__get__", (a, k) -> a.length < 2 || a[1] == Singletons.NONE ? a[0]
                : ((PyGetSetDescriptor) a[0]).get(a[1]));
        TYPE.define("__name__", new PyGetSetDescriptor("__name__", TYPE, d -> ((PyGetSetDescriptor) d).name, null));
        TYPE.define("__qualname__", new PyGetSetDescriptor("__qualname__", TYPE,
                d -> ((PyGetSetDescriptor) d).owner.qualname + "." + ((PyGetSetDescriptor) d).name, null));
        TYPE.define("__objclass__", new PyGetSetDescriptor("__objclass__", TYPE, d -> ((PyGetSetDescriptor) d).owner, null));
        TYPE.defineMethod("__set__", (a, k) -> {
            ((PyGetSetDescriptor) a[0]).set(a[1], a[2]);
            return Singletons.NONE;
        });
        TYPE.defineMethod("__delete__", (a, k) -> {
            ((PyGetSetDescriptor) a[0]).set(a[1], null);
            return Singletons.NONE;
        });
    }

    private void check(Object obj) {
        if (!PyType.of(obj).isSubtypeOf(owner)) {
            throw Errors.typeError("descriptor '" + name + "' for '" + owner.name + "' objects doesn't apply to a '"
                    + Errors.typeName(obj) + "' object");
        }
    }

    Object get(Object obj) {
        check(obj);
        Object v = getter.apply(obj);
        if (v == null) {
            throw Attributes.missing(obj, name);
        }
        return v;
    }

    /** Stores {@code value}; null deletes. */
    void set(Object obj, Object value) {
        check(obj);
        if (setter == null) {
            throw Errors.attributeError("attribute '" + name + "' of '" + owner.name + "' objects is not writable");
        }
        setter.accept(obj, value);
    }

    @Override
    public String toString() {
        return "<attribute '" + name + "' of '" + owner.name + "' objects>";
    }
}
