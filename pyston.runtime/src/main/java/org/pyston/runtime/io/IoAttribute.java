package org.pyston.runtime.io;

import java.util.function.BiConsumer;
import java.util.function.Function;
import org.pyston.runtime.objects.Errors;
import org.pyston.runtime.objects.PyInstance;
import org.pyston.runtime.objects.PyType;
import org.pyston.runtime.objects.Singletons;

/**
 * An attribute of the instances of an {@code _io} type ({@code closed}, {@code name},
 * {@code mode}, ...): CPython's getset descriptor, a data descriptor with its messages
 * ("attribute 'name' of '_io.TextIOWrapper' objects is not writable").
 */
final class IoAttribute extends PyInstance {
    final String name;
    final PyType owner;
    final Function<Object, Object> getter;
    /** Stores a value, null deletes; null when read-only. */
    final BiConsumer<Object, Object> setter;

    IoAttribute(PyType type, String name, PyType owner, Function<Object, Object> getter,
            BiConsumer<Object, Object> setter) {
        super(type);
        this.name = name;
        this.owner = owner;
        this.getter = getter;
        this.setter = setter;
    }

    private String ownerName() {
        return owner.module.equals("_io") ? "_io." + owner.name : owner.name;
    }

    private void check(Object obj) {
        if (!PyType.of(obj).isSubtypeOf(owner)) {
            throw Errors.typeError("descriptor '" + name + "' for '" + ownerName() + "' objects doesn't apply to a '"
                    + Errors.typeName(obj) + "' object");
        }
    }

    /** The descriptor type of one {@code _io} module. */
    static PyType defineType(IoModule io) {
        PyType t = io.newType("getset_descriptor", null, null, PyType.OBJECT);
        t.module = "builtins";
        IoModule.method(t, "__get__", (a, k) -> {
            IoAttribute d = (IoAttribute) a[0];
            if (a.length < 2 || a[1] == Singletons.NONE) {
                return d;
            }
            d.check(a[1]);
            return d.getter.apply(a[1]);
        });
        IoModule.method(t, "__set__", (a, k) -> {
            ((IoAttribute) a[0]).set(a[1], a[2]);
            return Singletons.NONE;
        });
        IoModule.method(t, "__delete__", (a, k) -> {
            ((IoAttribute) a[0]).set(a[1], null);
            return Singletons.NONE;
        });
        IoModule.method(t, "__repr__", (a, k) -> {
            IoAttribute d = (IoAttribute) a[0];
            return "<attribute '" + d.name + "' of '" + d.ownerName() + "' objects>";
        });
        return t;
    }

    private void set(Object obj, Object value) {
        check(obj);
        if (setter == null) {
            throw Errors.attributeError("attribute '" + name + "' of '" + ownerName() + "' objects is not writable");
        }
        setter.accept(obj, value);
    }
}
