package org.pyston.runtime.objects;

/**
 * An instance of a class defined in Python (without a built-in base other than object). Its
 * layout comes from the class: a {@code __dict__} unless {@code __slots__} leave it out, and one
 * entry per slot name (see {@link PyType#instanceLayout}).
 */
public class PyInstance extends PyObject implements SlotHolder {
    private PyType type;
    /** The instance's {@code __dict__} (live: writes through it are attribute writes), or null without one. */
    public PyDict dict;
    /** The values of the {@code __slots__} names (null: unset), or null when the class has none. */
    final Object[] slots;

    public PyInstance(PyType type) {
        this.type = type;
        this.dict = type.instancesHaveDict() ? new PyDict() : null;
        int n = type.slotCount();
        this.slots = n == 0 ? null : new Object[n];
    }

    @Override
    public PyType type() {
        return type;
    }

    @Override
    public Object[] slotValues() {
        return slots;
    }

    public void setType(PyType type) {
        this.type = type;
    }

    @Override
    public boolean equals(Object o) {
        return this == o;
    }

    @Override
    public int hashCode() {
        return System.identityHashCode(this);
    }
}
