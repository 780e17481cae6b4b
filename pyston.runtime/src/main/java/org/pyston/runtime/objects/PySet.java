package org.pyston.runtime.objects;

import java.util.Arrays;

/**
 * {@code set} and {@code frozenset}: an open-addressed table laid out and probed as CPython's
 * (linear probes, then perturbation; the same growth and resize points), so the iteration order of
 * keys with deterministic hashes (ints, floats, tuples of them) is CPython's. Keys follow the same
 * rules as {@link PyDict}'s: Python's hash and equality, and the first equal key inserted is kept.
 */
public final class PySet extends PyObject implements SlotHolder {
    public static final PyType TYPE = PyType.builtin("set", PySet.class);
    public static final PyType FROZEN_TYPE = PyType.builtin("frozenset", PySet.class);
    private static final int MIN_SIZE = 8;
    private static final int LINEAR_PROBES = 9;
    private static final int PERTURB_SHIFT = 5;
    /** The key of a slot whose key was removed (probe sequences go on past it). */
    private static final Object DUMMY = new Object();

    public final boolean frozen;
    /** {@link #TYPE}, {@link #FROZEN_TYPE}, or the class when this is an instance of a subclass. */
    private final PyType type;
    /** Attributes of an instance of a subclass (created on first use). */
    PyDict attributes;
    /** The values of a subclass's {@code __slots__}, or null. */
    private Object[] slots;
    /** Slots: null (never used), {@link #DUMMY}, or a key. */
    private Object[] table = new Object[MIN_SIZE];
    private long[] hashes = new long[MIN_SIZE];
    private int mask = MIN_SIZE - 1;
    /** Slots holding a key or a dummy. */
    private int fill;
    /** Slots holding a key. */
    private int used;
    /** Where pop() looks first. */
    private int finger;

    public PySet(boolean frozen) {
        this.frozen = frozen;
        this.type = frozen ? FROZEN_TYPE : TYPE;
    }

    /** An empty instance of {@code type}, a subclass of set or frozenset. */
    public PySet(PyType type) {
        this.frozen = type.isSubtypeOf(FROZEN_TYPE);
        this.type = type;
        this.slots = type.slotCount() == 0 ? null : new Object[type.slotCount()];
    }

    /** A set (or frozenset) of the items of {@code iterable}. */
    public static PySet of(boolean frozen, Object iterable) {
        PySet s = new PySet(frozen);
        s.update(iterable);
        return s;
    }

    @Override
    public Object[] slotValues() {
        return slots;
    }

    @Override
    public PyType type() {
        return type;
    }

    /** Python's hash of a key, without a call for str and small ints. */
    static long hashOf(Object key) {
        if (key instanceof String s) {
            return s.hashCode();
        }
        if (key instanceof Long l && l != -1 && l == (int) (long) l) {
            return l;
        }
        return Abstract.hash(key);
    }

    public int size() {
        return used;
    }

    // ------------------------------------------------------------------ the table

    /** The slot holding {@code key}, or -1. */
    private int find(Object key, long hash) {
        restart:
        while (true) {
            Object[] t = table;
            int m = mask;
            long perturb = hash;
            long i = hash & m;
            while (true) {
                int slot = (int) i;
                int probes = slot + LINEAR_PROBES <= m ? LINEAR_PROBES : 0;
                do {
                    Object k = t[slot];
                    if (k == null) {
                        return -1;
                    }
                    if (k != DUMMY && hashes[slot] == hash) {
                        if (k == key) {
                            return slot;
                        }
                        if (k instanceof String ks && key instanceof String) {
                            if (ks.equals(key)) {
                                return slot;
                            }
                        } else if (k instanceof Long && key instanceof Long) {
                            if (k.equals(key)) {
                                return slot;
                            }
                        } else {
                            boolean equal = Abstract.eq(k, key);
                            if (table != t || t[slot] != k) {
                                continue restart; // __eq__ changed the set: look again
                            }
                            if (equal) {
                                return slot;
                            }
                        }
                    }
                    slot++;
                } while (probes-- > 0);
                perturb >>>= PERTURB_SHIFT;
                i = (i * 5 + 1 + perturb) & m;
            }
        }
    }

    /** Adds {@code key} unless an equal key is present; true when added. */
    private boolean add(Object key, long hash) {
        restart:
        while (true) {
            Object[] t = table;
            int m = mask;
            long perturb = hash;
            long i = hash & m;
            int freeSlot = -1;
            while (true) {
                int slot = (int) i;
                int probes = slot + LINEAR_PROBES <= m ? LINEAR_PROBES : 0;
                do {
                    Object k = t[slot];
                    if (k == null) {
                        if (freeSlot >= 0) {
                            t[freeSlot] = key;
                            hashes[freeSlot] = hash;
                            used++;
                            return true;
                        }
                        t[slot] = key;
                        hashes[slot] = hash;
                        fill++;
                        used++;
                        if ((long) fill * 5 >= (long) m * 3) {
                            resize(used > 50000 ? used * 2 : used * 4);
                        }
                        return true;
                    }
                    if (k == DUMMY) {
                        if (freeSlot < 0) {
                            freeSlot = slot;
                        }
                    } else if (hashes[slot] == hash) {
                        if (k == key) {
                            return false;
                        }
                        if (k instanceof String ks && key instanceof String) {
                            if (ks.equals(key)) {
                                return false;
                            }
                        } else if (k instanceof Long && key instanceof Long) {
                            if (k.equals(key)) {
                                return false;
                            }
                        } else {
                            boolean equal = Abstract.eq(k, key);
                            if (table != t || t[slot] != k) {
                                continue restart;
                            }
                            if (equal) {
                                return false;
                            }
                        }
                    }
                    slot++;
                } while (probes-- > 0);
                perturb >>>= PERTURB_SHIFT;
                i = (i * 5 + 1 + perturb) & m;
            }
        }
    }

    /** Puts a key known to be absent into a table without dummies. */
    private static void insertClean(Object[] t, long[] hs, int m, Object key, long hash) {
        long perturb = hash;
        long i = hash & m;
        while (true) {
            int slot = (int) i;
            if (t[slot] == null) {
                t[slot] = key;
                hs[slot] = hash;
                return;
            }
            if (slot + LINEAR_PROBES <= m) {
                for (int j = 1; j <= LINEAR_PROBES; j++) {
                    if (t[slot + j] == null) {
                        t[slot + j] = key;
                        hs[slot + j] = hash;
                        return;
                    }
                }
            }
            perturb >>>= PERTURB_SHIFT;
            i = (i * 5 + 1 + perturb) & m;
        }
    }

    /** Moves the keys into a table of the smallest power of two above {@code minUsed} (min 8). */
    private void resize(int minUsed) {
        int size = MIN_SIZE;
        while (size <= minUsed) {
            size <<= 1;
        }
        Object[] oldTable = table;
        long[] oldHashes = hashes;
        table = new Object[size];
        hashes = new long[size];
        mask = size - 1;
        for (int s = 0; s < oldTable.length; s++) {
            Object k = oldTable[s];
            if (k != null && k != DUMMY) {
                insertClean(table, hashes, mask, k, oldHashes[s]);
            }
        }
        fill = used;
    }

    private boolean discard(Object key, long hash) {
        int slot = find(key, hash);
        if (slot < 0) {
            return false;
        }
        table[slot] = DUMMY;
        used--;
        return true;
    }

    // ------------------------------------------------------------------ element operations

    public void add(Object key) {
        add(key, hashOf(key));
    }

    public boolean contains(Object key) {
        long hash;
        try {
            hash = hashOf(key);
        } catch (PyException e) {
            PySet asFrozen = asKey(key, e);
            return find(asFrozen, asFrozen.frozenHash()) >= 0;
        }
        return find(key, hash) >= 0;
    }

    /** Removes {@code key}; false when it was absent. */
    public boolean remove(Object key) {
        long hash;
        try {
            hash = hashOf(key);
        } catch (PyException e) {
            PySet asFrozen = asKey(key, e);
            return discard(asFrozen, asFrozen.frozenHash());
        }
        return discard(key, hash);
    }

    /**
     * A set that could not be hashed ({@code unhashable}: a TypeError), looked up or removed as a
     * key, stands for the equal frozenset, as CPython; any other failure is rethrown.
     */
    private static PySet asKey(Object key, PyException unhashable) {
        if (key instanceof PySet s && unhashable.matches(Errors.TYPE_ERROR)) {
            return s.copy(true);
        }
        throw unhashable;
    }

    /** Removes and returns an arbitrary key (the next one after the last popped, as CPython); null when empty. */
    public Object pop() {
        if (used == 0) {
            return null;
        }
        int slot = finger & mask;
        while (table[slot] == null || table[slot] == DUMMY) {
            slot = slot == mask ? 0 : slot + 1;
        }
        Object key = table[slot];
        table[slot] = DUMMY;
        used--;
        finger = slot + 1;
        return key;
    }

    public void clear() {
        table = new Object[MIN_SIZE];
        hashes = new long[MIN_SIZE];
        mask = MIN_SIZE - 1;
        fill = 0;
        used = 0;
        finger = 0;
    }

    /** The keys in table order (the iteration order). */
    public Object[] toArray() {
        Object[] r = new Object[used];
        int n = 0;
        for (Object k : table) {
            if (k != null && k != DUMMY) {
                r[n++] = k;
            }
        }
        return r;
    }

    /** Slots to iterate: {@code 0 <= slot < slots()}. */
    int slots() {
        return table.length;
    }

    /** The hash of the key in {@code slot} (one {@link #keyAt} found). */
    long hashAt(int slot) {
        return hashes[slot];
    }

    /** The key in {@code slot}, or null when it holds none. */
    Object keyAt(int slot) {
        Object[] t = table;
        if (slot >= t.length) {
            return null;
        }
        Object k = t[slot];
        return k == DUMMY ? null : k;
    }

    // ------------------------------------------------------------------ whole-set operations

    /** Adds all items of {@code iterable} (set.update with one argument, set(iterable)). */
    public void update(Object iterable) {
        if (iterable instanceof PySet other) {
            merge(other);
            return;
        }
        if (iterable instanceof PyDict d && d.type() == PyDict.TYPE) {
            int n = d.size();
            if ((long) (fill + n) * 5 >= (long) mask * 3) {
                resize((used + n) * 2);
            }
            DictTable m = d.map;
            for (int p = 0; p < m.positions(); p++) {
                Object k = m.keyAt(p);
                if (k != null) {
                    add(k, m.hashAt(p)); // the dict's hash of the key: no second __hash__ call
                }
            }
            return;
        }
        PyIterator it = Abstract.iter(iterable);
        for (Object v = it.next(); v != null; v = it.next()) {
            add(v);
        }
    }

    private void merge(PySet other) {
        if (other == this || other.used == 0) {
            return;
        }
        if ((long) (fill + other.used) * 5 >= (long) mask * 3) {
            resize((used + other.used) * 2);
        }
        Object[] ot = other.table;
        long[] oh = other.hashes;
        if (fill == 0 && mask == other.mask && other.fill == other.used) {
            System.arraycopy(ot, 0, table, 0, ot.length);
            System.arraycopy(oh, 0, hashes, 0, oh.length);
            fill = other.fill;
            used = other.used;
            return;
        }
        if (fill == 0) {
            for (int s = 0; s < ot.length; s++) {
                if (ot[s] != null && ot[s] != DUMMY) {
                    insertClean(table, hashes, mask, ot[s], oh[s]);
                }
            }
            fill = other.used;
            used = other.used;
            return;
        }
        for (int s = 0; s < ot.length; s++) {
            if (ot[s] != null && ot[s] != DUMMY) {
                add(ot[s], oh[s]);
            }
        }
    }

    /** A new set of the same kind (set or frozenset) with the same keys. */
    public PySet copy() {
        return copy(frozen);
    }

    PySet copy(boolean asFrozen) {
        PySet r = new PySet(asFrozen);
        r.merge(this);
        return r;
    }

    /** Keys of this set also in {@code other}; the result is of this set's kind. */
    public PySet intersection(Object other) {
        if (other == this) {
            return copy();
        }
        PySet result = new PySet(frozen);
        if (other instanceof PySet o) {
            PySet small = this, large = o;
            if (o.used > used) {
                small = o;
                large = this;
            }
            Object[] t = small.table;
            long[] h = small.hashes;
            for (int s = 0; s < t.length; s++) {
                Object k = t[s];
                if (k != null && k != DUMMY && large.find(k, h[s]) >= 0) {
                    result.add(k, h[s]);
                }
            }
            return result;
        }
        PyIterator it = Abstract.iter(other);
        for (Object v = it.next(); v != null; v = it.next()) {
            long hash = hashOf(v);
            if (find(v, hash) >= 0) {
                result.add(v, hash);
            }
        }
        return result;
    }

    public void intersectionUpdate(Object other) {
        takeContents(intersection(other));
    }

    private void takeContents(PySet from) {
        table = from.table;
        hashes = from.hashes;
        mask = from.mask;
        fill = from.fill;
        used = from.used;
    }

    /** Keys of this set not in {@code other}. */
    public PySet difference(Object other) {
        int otherSize;
        if (other instanceof PySet o) {
            otherSize = o.used;
        } else if (other instanceof PyDict d && d.type() == PyDict.TYPE) {
            otherSize = d.size();
        } else {
            PySet r = copy();
            r.differenceUpdate(other);
            return r;
        }
        if ((used >> 2) > otherSize) {
            PySet r = copy();
            r.differenceUpdate(other);
            return r;
        }
        PySet result = new PySet(frozen);
        Object[] t = table;
        long[] h = hashes;
        for (int s = 0; s < t.length; s++) {
            Object k = t[s];
            if (k != null && k != DUMMY) {
                boolean inOther = other instanceof PySet o ? o.find(k, h[s]) >= 0 : ((PyDict) other).map.find(k, h[s]) >= 0;
                if (!inOther) {
                    result.add(k, h[s]);
                }
            }
        }
        return result;
    }

    public void differenceUpdate(Object other) {
        if (other == this) {
            clear();
            return;
        }
        if (other instanceof PySet o) {
            PySet keys = (o.used >> 3) > used ? intersection(o) : o;
            Object[] t = keys.table;
            long[] h = keys.hashes;
            for (int s = 0; s < t.length; s++) {
                Object k = t[s];
                if (k != null && k != DUMMY) {
                    discard(k, h[s]);
                }
            }
        } else {
            PyIterator it = Abstract.iter(other);
            for (Object v = it.next(); v != null; v = it.next()) {
                remove(v);
            }
        }
        if (fill - used > mask / 4) {
            resize(used > 50000 ? used * 2 : used * 4); // sweep the dummies away
        }
    }

    /** Keys in exactly one of the two; the result is of this set's kind. */
    public PySet symmetricDifference(Object other) {
        PySet result = of(frozen, other);
        result.symmetricDifferenceUpdate(this);
        return result;
    }

    public void symmetricDifferenceUpdate(Object other) {
        if (other == this) {
            clear();
            return;
        }
        PySet o = other instanceof PySet s ? s : of(false, other);
        Object[] t = o.table;
        long[] h = o.hashes;
        for (int s = 0; s < t.length; s++) {
            Object k = t[s];
            if (k != null && k != DUMMY && !discard(k, h[s])) {
                add(k, h[s]);
            }
        }
    }

    /**
     * {@code self op= other} for the set operators (|, &, -, ^) with a set or frozenset operand:
     * this set, changed in place; null for any other operator.
     */
    public PySet inplace(Abstract.BinaryOp op, PySet other) {
        switch (op) {
            case OR -> update(other);
            case AND -> intersectionUpdate(other);
            case SUB -> differenceUpdate(other);
            case XOR -> symmetricDifferenceUpdate(other);
            default -> {
                return null;
            }
        }
        return this;
    }

    /** Every key of this set is in {@code other}. */
    public boolean isSubset(PySet other) {
        if (used > other.used) {
            return false;
        }
        Object[] t = table;
        long[] h = hashes;
        for (int s = 0; s < t.length; s++) {
            Object k = t[s];
            if (k != null && k != DUMMY && other.find(k, h[s]) < 0) {
                return false;
            }
        }
        return true;
    }

    public boolean isDisjoint(Object other) {
        if (other instanceof PySet o) {
            PySet small = used <= o.used ? this : o;
            PySet large = small == this ? o : this;
            Object[] t = small.table;
            long[] h = small.hashes;
            for (int s = 0; s < t.length; s++) {
                Object k = t[s];
                if (k != null && k != DUMMY && large.find(k, h[s]) >= 0) {
                    return false;
                }
            }
            return true;
        }
        PyIterator it = Abstract.iter(other);
        for (Object v = it.next(); v != null; v = it.next()) {
            if (contains(v)) {
                return false;
            }
        }
        return true;
    }

    /** The frozenset hash, computed as CPython's so equal values hash alike across implementations. */
    long frozenHash() {
        long h = 0;
        for (int s = 0; s < table.length; s++) {
            Object k = table[s];
            if (k != null && k != DUMMY) {
                h ^= shuffleBits(hashes[s]);
            }
        }
        // CPython folds the empty and dummy slots in and out again; only the live ones remain.
        h ^= ((long) used + 1) * 1927868237L;
        h ^= (h >>> 11) ^ (h >>> 25);
        h = h * 69069L + 907133923L;
        return h == -1 ? 590923713L : h;
    }

    private static long shuffleBits(long h) {
        return ((h ^ 89869747L) ^ (h << 16)) * 3644798167L;
    }

    @Override
    public String toString() {
        return Arrays.toString(toArray());
    }
}
