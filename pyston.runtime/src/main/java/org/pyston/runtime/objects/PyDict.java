package org.pyston.runtime.objects;

import java.util.LinkedHashMap;
import java.util.Map;

/**
 * {@code dict}: insertion ordered. Keys that are {@code str} or {@code int} ({@code String},
 * {@code Long}) are stored as they are (Java's equality and hash agree with Python's for them);
 * other keys are wrapped in {@link Key}, which uses Python's {@code __hash__}/{@code __eq__}.
 * Known gap: a {@code Long} key and an equal {@code bool}/{@code float} key are not unified.
 */
public final class PyDict extends PyObject {
    public static final PyType TYPE = PyType.builtin("dict", PyDict.class);
    public final LinkedHashMap<Object, Object> map;
    /** {@link #TYPE}, or the class when this is an instance of a subclass of dict. */
    private final PyType type;
    /** Attributes of an instance of a subclass (created on first use). */
    PyDict attributes;

    public PyDict() {
        this.map = new LinkedHashMap<>();
        this.type = TYPE;
    }

    /** An instance of {@code type}, a subclass of dict. */
    public PyDict(PyType type) {
        this.map = new LinkedHashMap<>();
        this.type = type;
    }

    public PyDict(int capacity) {
        this.map = new LinkedHashMap<>(Math.max(4, capacity * 2));
        this.type = TYPE;
    }

    @Override
    public PyType type() {
        return type;
    }

    /** A non-str, non-int key with Python's hashing and equality. */
    public static final class Key {
        public final Object value;
        private final int hash;

        Key(Object value) {
            this.value = value;
            this.hash = (int) Abstract.hash(value);
        }

        @Override
        public int hashCode() {
            return hash;
        }

        @Override
        public boolean equals(Object o) {
            Object other = o instanceof Key k ? k.value : o;
            return value == other || Abstract.equalsForKey(value, other);
        }
    }

    public static Object wrap(Object key) {
        if (key instanceof String || key instanceof Long) {
            return key;
        }
        return new Key(key);
    }

    public static Object unwrap(Object stored) {
        return stored instanceof Key k ? k.value : stored;
    }

    public Object get(Object key) {
        return map.get(wrap(key));
    }

    /** str-keyed lookup (namespaces): no wrapping. */
    public Object getStr(String key) {
        return map.get(key);
    }

    public void put(Object key, Object value) {
        map.put(wrap(key), value);
    }

    public Object remove(Object key) {
        return map.remove(wrap(key));
    }

    public boolean containsKey(Object key) {
        return map.containsKey(wrap(key));
    }

    public int size() {
        return map.size();
    }

    public Iterable<Map.Entry<Object, Object>> entries() {
        return map.entrySet();
    }
}
