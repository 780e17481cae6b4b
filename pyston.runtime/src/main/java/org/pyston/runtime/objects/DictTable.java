package org.pyston.runtime.objects;

import java.util.AbstractMap;
import java.util.AbstractSet;
import java.util.Arrays;
import java.util.Iterator;
import java.util.Map;
import java.util.NoSuchElementException;
import java.util.Set;

/**
 * The storage of a {@code dict}: a compact, insertion-ordered hash table with Python's key
 * semantics. Entries live in parallel arrays in insertion order (a deleted entry leaves a hole);
 * a separate open-addressed index maps hashes to entry positions. Keys compare by Python's
 * {@code __hash__}/{@code __eq__}, so {@code 1}, {@code 1.0} and {@code True} are one key, and the
 * first key object inserted is the one kept.
 *
 * <p>{@code str} and small {@code int} keys take fast paths: their hash is computed without a
 * call, and two of them compare with Java's {@code equals}. As a {@link Map} it is a live view
 * with Python keys (never null).
 */
public final class DictTable extends AbstractMap<Object, Object> {
    /** Index slot of a deleted entry (the probe sequence goes on past it). */
    private static final int DELETED = -1;
    private static final int MIN_INDEX = 8;
    /** Slots: 0 empty, {@link #DELETED}, or entry position + 1. Null until the first insertion. */
    private int[] index;
    private Object[] keys;
    private Object[] values;
    private long[] hashes;
    /** Entry positions in use, live or deleted. */
    private int used;
    /** Live entries. */
    private int count;
    /**
     * Changes whenever a key is added or removed or entries move (never for a value update): a
     * cache that remembered a key's position, or its absence, is valid while this is unchanged.
     */
    private int layout;

    public DictTable() {
    }

    /** Sized for {@code capacity} entries without growing. */
    public DictTable(int capacity) {
        if (capacity > 0) {
            allocate(indexLengthFor(capacity));
        }
    }

    /** The hash a key is filed under: Python's hash (str and small ints without a call). */
    static long hashOf(Object key) {
        if (key instanceof String s) {
            return s.hashCode(); // Python's hash of a str here
        }
        if (key instanceof Long l) {
            long v = l;
            if (v == (int) v && v != -1) {
                return v; // Python's hash of an int this small is the int itself
            }
        }
        return Abstract.hash(key);
    }

    private static int indexLengthFor(int entries) {
        int n = MIN_INDEX;
        while (n * 2 / 3 < entries) {
            n <<= 1;
        }
        return n;
    }

    private void allocate(int indexLength) {
        index = new int[indexLength];
        int capacity = indexLength * 2 / 3;
        keys = new Object[capacity];
        values = new Object[capacity];
        hashes = new long[capacity];
        used = 0;
        count = 0;
        layout++;
    }

    // ------------------------------------------------------------------ lookup

    /** The position of {@code key}'s entry, or -1. */
    int find(Object key, long hash) {
        restart:
        while (true) {
            int[] idx = index;
            if (idx == null) {
                return -1;
            }
            int mask = idx.length - 1;
            int i = (int) (hash & mask);
            long perturb = hash;
            while (true) {
                int e = idx[i];
                if (e == 0) {
                    return -1;
                }
                if (e > 0 && hashes[e - 1] == hash) {
                    int p = e - 1;
                    Object k = keys[p];
                    if (k == key) {
                        return p;
                    }
                    if (k instanceof String ks && key instanceof String) {
                        if (ks.equals(key)) {
                            return p;
                        }
                    } else if (k instanceof Long && key instanceof Long) {
                        if (k.equals(key)) {
                            return p;
                        }
                    } else {
                        Object[] keysBefore = keys;
                        boolean equal = Abstract.eq(k, key);
                        if (index != idx || keys != keysBefore || keys[p] != k) {
                            continue restart; // __eq__ changed the table: look again, as CPython
                        }
                        if (equal) {
                            return p;
                        }
                    }
                }
                perturb >>>= 5;
                i = (int) ((i * 5L + perturb + 1) & mask);
            }
        }
    }

    /** See {@link #layout}. */
    public int layout() {
        return layout;
    }

    /** The entry position of a str key, or -1 (valid while {@link #layout()} is unchanged). */
    public int positionOfStr(String key) {
        return find(key, key.hashCode());
    }

    /** The value of a str key (namespaces, attributes): no hashing call, no Python comparison for str keys. */
    public Object getStr(String key) {
        int e = probeStr(key);
        if (e >= 0) {
            return values[e];
        }
        if (e == ABSENT) {
            return null;
        }
        int p = find(key, key.hashCode()); // a non-str key with the same hash: Python's comparison
        return p < 0 ? null : values[p];
    }

    /**
     * Replaces the value of a str key already present ({@code obj.x = v} on an instance that has
     * {@code x}); false when it is absent or a non-str key shares its hash (then {@link #store}).
     * Only the value changes, as {@code store} does for a present key.
     */
    public boolean replaceStr(String key, Object value) {
        int e = probeStr(key);
        if (e < 0) {
            return false;
        }
        values[e] = value;
        return true;
    }

    /**
     * Sets a str key ({@code obj.x = v} on an instance, the first store of a new attribute
     * included) with one probe: the value replaced when the key is present, the entry appended
     * when it is absent; false, and nothing stored, when a non-str key shares its hash (then
     * {@link #store}).
     */
    public boolean storeStr(String key, Object value) {
        int e = probeStr(key);
        if (e >= 0) {
            values[e] = value;
            return true;
        }
        if (e == NOT_STR) {
            return false;
        }
        append(key, key.hashCode(), value);
        return true;
    }

    /** {@link #probeStr}: no entry has the key. */
    private static final int ABSENT = -1;
    /** {@link #probeStr}: a non-str key with the key's hash came first; only Python's comparison can tell. */
    private static final int NOT_STR = -2;

    /** The entry of a str key found by identity or String.equals, or ABSENT, or NOT_STR. */
    private int probeStr(String key) {
        int[] idx = index;
        if (idx == null) {
            return ABSENT;
        }
        long hash = key.hashCode();
        int mask = idx.length - 1;
        int i = (int) (hash & mask);
        long perturb = hash;
        while (true) {
            int e = idx[i];
            if (e == 0) {
                return ABSENT;
            }
            if (e > 0 && hashes[e - 1] == hash) {
                Object k = keys[e - 1];
                if (k == key || k instanceof String s && s.equals(key)) {
                    return e - 1;
                }
                if (!(k instanceof String)) {
                    return NOT_STR;
                }
            }
            perturb >>>= 5;
            i = (int) ((i * 5L + perturb + 1) & mask);
        }
    }

    /** The value of {@code key}, or null. */
    public Object lookup(Object key) {
        if (key instanceof String s) {
            return getStr(s);
        }
        long hash = hashOf(key);
        int p = find(key, hash);
        return p < 0 ? null : values[p];
    }

    /** The key object stored for {@code key} (the first inserted of equal keys), or null. */
    public Object storedKey(Object key) {
        int p = find(key, hashOf(key));
        return p < 0 ? null : keys[p];
    }

    // ------------------------------------------------------------------ change

    /** Sets {@code key} to {@code value}; returns the previous value or null. */
    public Object store(Object key, Object value) {
        return store(key, hashOf(key), value);
    }

    /**
     * dict.setdefault: the value of {@code key}, or {@code value} stored for it when absent, with
     * one hash of the key and one lookup (as CPython: the key's methods run once).
     */
    public Object storeIfAbsent(Object key, Object value) {
        long hash = hashOf(key);
        int p = find(key, hash);
        if (p >= 0) {
            return values[p];
        }
        append(key, hash, value);
        return value;
    }

    Object store(Object key, long hash, Object value) {
        int p = find(key, hash);
        if (p >= 0) {
            Object old = values[p];
            values[p] = value;
            return old;
        }
        append(key, hash, value);
        return null;
    }

    private void append(Object key, long hash, Object value) {
        if (index == null) {
            allocate(MIN_INDEX);
        } else if (used == keys.length) {
            rebuild(indexLengthFor(Math.max(count * 2, count + 1)));
        }
        int[] idx = index;
        int mask = idx.length - 1;
        int i = (int) (hash & mask);
        long perturb = hash;
        while (idx[i] > 0) {
            perturb >>>= 5;
            i = (int) ((i * 5L + perturb + 1) & mask);
        }
        idx[i] = used + 1;
        keys[used] = key;
        values[used] = value;
        hashes[used] = hash;
        used++;
        count++;
        layout++;
    }

    /** Compacts the entries (dropping holes) into an index of {@code indexLength} slots. */
    private void rebuild(int indexLength) {
        Object[] oldKeys = keys;
        Object[] oldValues = values;
        long[] oldHashes = hashes;
        int oldUsed = used;
        int live = count;
        allocate(indexLength);
        int mask = indexLength - 1;
        int n = 0;
        for (int p = 0; p < oldUsed; p++) {
            if (oldKeys[p] == null) {
                continue;
            }
            long hash = oldHashes[p];
            keys[n] = oldKeys[p];
            values[n] = oldValues[p];
            hashes[n] = hash;
            int i = (int) (hash & mask);
            long perturb = hash;
            while (index[i] != 0) {
                perturb >>>= 5;
                i = (int) ((i * 5L + perturb + 1) & mask);
            }
            index[i] = ++n;
        }
        used = n;
        count = live;
        layout++;
    }

    /** Removes {@code key}; returns its value or null when absent. */
    public Object delete(Object key) {
        long hash = hashOf(key);
        int p = find(key, hash);
        if (p < 0) {
            return null;
        }
        Object old = values[p];
        removeAt(p);
        return old;
    }

    /** Removes the live entry at position {@code p}. */
    private void removeAt(int p) {
        int[] idx = index;
        int mask = idx.length - 1;
        long hash = hashes[p];
        int i = (int) (hash & mask);
        long perturb = hash;
        while (idx[i] != p + 1) {
            perturb >>>= 5;
            i = (int) ((i * 5L + perturb + 1) & mask);
        }
        idx[i] = DELETED;
        keys[p] = null;
        values[p] = null;
        count--;
        layout++;
    }

    /** Removes the last inserted entry and returns {key, value}, or null when empty (dict.popitem). */
    Object[] popLast() {
        int p = used - 1;
        while (p >= 0 && keys[p] == null) {
            p--;
        }
        if (p < 0) {
            return null;
        }
        Object[] item = {keys[p], values[p]};
        removeAt(p);
        return item;
    }

    @Override
    public void clear() {
        index = null;
        keys = null;
        values = null;
        hashes = null;
        used = 0;
        count = 0;
        layout++;
    }

    /** Adds every entry of {@code other}, reusing its hashes (dict.update, dict.copy, ...). */
    void storeAll(DictTable other) {
        if (other == this) {
            return;
        }
        if (count == 0 && other.count == other.used && other.index != null) {
            index = other.index.clone();
            keys = other.keys.clone();
            values = other.values.clone();
            hashes = other.hashes.clone();
            used = other.used;
            count = other.count;
            layout++;
            return;
        }
        int n = other.used;
        int otherLayout = other.layout;
        Object[] ks = other.keys, vs = other.values;
        long[] hs = other.hashes;
        for (int p = 0; p < n; p++) {
            if (ks[p] != null) {
                store(ks[p], hs[p], vs[p]);
                if (other.layout != otherLayout) {
                    // a key's __eq__ added or removed keys of the dict being merged in
                    throw Errors.of(Errors.RUNTIME_ERROR, "dict mutated during update");
                }
            }
        }
    }

    // ------------------------------------------------------------------ iteration by position

    /** Entry positions in use (live or holes): iterate {@code 0 <= p < positions()}. */
    int positions() {
        return used;
    }

    /** The key at entry position {@code p}, or null for a hole (or a position past the end). */
    Object keyAt(int p) {
        return p < used ? keys[p] : null;
    }

    /** The value at entry position {@code p} (null for a hole), e.g. one found by {@link #positionOfStr}. */
    public Object valueAt(int p) {
        return values[p];
    }

    long hashAt(int p) {
        return hashes[p];
    }

    // ------------------------------------------------------------------ Map

    @Override
    public int size() {
        return count;
    }

    @Override
    public Object get(Object key) {
        return lookup(key);
    }

    @Override
    public boolean containsKey(Object key) {
        return find(key, hashOf(key)) >= 0;
    }

    @Override
    public Object put(Object key, Object value) {
        return store(key, value);
    }

    @Override
    public Object remove(Object key) {
        return delete(key);
    }

    @Override
    public Set<Map.Entry<Object, Object>> entrySet() {
        return new AbstractSet<>() {
            @Override
            public Iterator<Map.Entry<Object, Object>> iterator() {
                return new EntryIterator();
            }

            @Override
            public int size() {
                return count;
            }
        };
    }

    @Override
    public boolean equals(Object o) {
        return this == o;
    }

    @Override
    public int hashCode() {
        return System.identityHashCode(this);
    }

    /** Live entries in order; an entry's setValue writes through. */
    private final class EntryIterator implements Iterator<Map.Entry<Object, Object>> {
        private int next = skipHoles(0);
        private int last = -1;

        private int skipHoles(int p) {
            while (p < used && keys[p] == null) {
                p++;
            }
            return p;
        }

        @Override
        public boolean hasNext() {
            return next < used;
        }

        @Override
        public Map.Entry<Object, Object> next() {
            if (next >= used) {
                throw new NoSuchElementException();
            }
            int p = next;
            last = p;
            next = skipHoles(p + 1);
            Object key = keys[p];
            return new AbstractMap.SimpleEntry<>(key, values[p]) {
                @Override
                public Object setValue(Object value) {
                    if (keys[p] == key) {
                        values[p] = value;
                    }
                    return super.setValue(value);
                }
            };
        }

        @Override
        public void remove() {
            if (last < 0 || keys[last] == null) {
                throw new IllegalStateException();
            }
            removeAt(last);
            last = -1;
        }
    }

    @Override
    public String toString() {
        return "DictTable" + Arrays.toString(Arrays.copyOf(keys == null ? new Object[0] : keys, used));
    }
}
