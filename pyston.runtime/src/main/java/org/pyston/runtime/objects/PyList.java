package org.pyston.runtime.objects;

import java.util.Arrays;

/** {@code list}: a growable array (its own, so the tiers can index it without bounds wrappers). */
public final class PyList extends PyObject implements SlotHolder {
    public static final PyType TYPE = PyType.builtin("list", PyList.class);
    public Object[] items;
    public int size;
    /** {@link #TYPE}, or the class when this is an instance of a subclass of list. */
    private final PyType type;
    /** Attributes of an instance of a subclass (created on first use). */
    PyDict attributes;
    /** The values of a subclass's {@code __slots__}, or null. */
    private Object[] slots;

    public PyList() {
        this.items = new Object[4];
        this.type = TYPE;
    }

    /** An instance of {@code type}, a subclass of list. */
    public PyList(PyType type) {
        this.items = new Object[4];
        this.type = type;
        this.slots = type.slotCount() == 0 ? null : new Object[type.slotCount()];
    }

    @Override
    public Object[] slotValues() {
        return slots;
    }

    public PyList(Object[] items, int size) {
        this.items = items;
        this.size = size;
        this.type = TYPE;
    }

    public static PyList of(Object... items) {
        return new PyList(items.clone(), items.length);
    }

    @Override
    public PyType type() {
        return type;
    }

    public void append(Object o) {
        if (size == items.length) {
            items = Arrays.copyOf(items, Math.max(8, size * 2));
        }
        items[size++] = o;
    }

    public Object get(int i) {
        return items[i];
    }

    public void insert(int index, Object o) {
        if (size == items.length) {
            items = Arrays.copyOf(items, Math.max(8, size * 2));
        }
        System.arraycopy(items, index, items, index + 1, size - index);
        items[index] = o;
        size++;
    }

    public Object remove(int index) {
        Object o = items[index];
        System.arraycopy(items, index + 1, items, index, size - index - 1);
        items[--size] = null;
        return o;
    }

    public Object[] toArray() {
        return Arrays.copyOf(items, size);
    }

    public void extend(Object[] more, int n) {
        if (size + n > items.length) {
            items = Arrays.copyOf(items, Math.max(size + n, size * 2));
        }
        System.arraycopy(more, 0, items, size, n);
        size += n;
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
