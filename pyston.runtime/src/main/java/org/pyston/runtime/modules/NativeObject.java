package org.pyston.runtime.modules;

import org.pyston.runtime.objects.HasDict;
import org.pyston.runtime.objects.PyDict;
import org.pyston.runtime.objects.PyObject;
import org.pyston.runtime.objects.PyType;
import org.pyston.runtime.objects.SlotHolder;

/**
 * Base of the instances of extension types: the type (the extension type or a class deriving from
 * it) and a {@code __dict__} for instances of derived classes, or for every instance when the
 * extension type has one ({@link #typeHasDict}).
 */
abstract class NativeObject extends PyObject implements HasDict, SlotHolder {
    private final PyType type;
    private PyDict dict;
    /** The values of a deriving class's {@code __slots__}, or null. */
    private final Object[] slots;

    NativeObject(PyType type) {
        this.type = type;
        this.slots = type.slotCount() == 0 ? null : new Object[type.slotCount()];
    }

    @Override
    public final Object[] slotValues() {
        return slots;
    }

    @Override
    public final PyType type() {
        return type;
    }

    /** Whether instances of the extension type itself have a {@code __dict__} (false unless overridden). */
    boolean typeHasDict() {
        return false;
    }

    @Override
    public PyDict instanceDict() {
        if (type.isBuiltin ? !typeHasDict() : !type.instancesHaveDict()) {
            return null;
        }
        if (dict == null) {
            dict = new PyDict();
        }
        return dict;
    }
}
