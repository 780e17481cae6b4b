package org.pyston.runtime.objects;

import java.util.Map;

/**
 * {@code dict}: insertion ordered, with Python's key semantics ({@code 1}, {@code 1.0} and
 * {@code True} are one key; the first key object inserted is kept). The entries are in a
 * {@link DictTable}, which is also their {@link Map} view ({@link #map}).
 */
public class PyDict extends PyObject implements SlotHolder {
    public static final PyType TYPE = PyType.builtin("dict", PyDict.class);
    public final DictTable map;
    /** {@link #TYPE}, or the class when this is an instance of a subclass of dict. */
    private final PyType type;
    /** Attributes of an instance of a subclass (created on first use). */
    PyDict attributes;
    /** The values of a subclass's {@code __slots__}, or null. */
    private Object[] slots;

    public PyDict() {
        this.map = new DictTable();
        this.type = TYPE;
    }

    /** An instance of {@code type}, a subclass of dict. */
    public PyDict(PyType type) {
        this.map = new DictTable();
        this.type = type;
        this.slots = type.slotCount() == 0 ? null : new Object[type.slotCount()];
    }

    @Override
    public Object[] slotValues() {
        return slots;
    }

    public PyDict(int capacity) {
        this.map = new DictTable(capacity);
        this.type = TYPE;
    }

    @Override
    public PyType type() {
        return type;
    }

    public Object get(Object key) {
        return map.lookup(key);
    }

    /** str-keyed lookup (namespaces). */
    public Object getStr(String key) {
        return map.getStr(key);
    }

    public void put(Object key, Object value) {
        map.store(key, value);
    }

    public Object remove(Object key) {
        return map.delete(key);
    }

    public boolean containsKey(Object key) {
        return map.containsKey(key);
    }

    public int size() {
        return map.size();
    }

    /** The live entries in insertion order (keys as inserted). */
    public Iterable<Map.Entry<Object, Object>> entries() {
        return map.entrySet();
    }
}
