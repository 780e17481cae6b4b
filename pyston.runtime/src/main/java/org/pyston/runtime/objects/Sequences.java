package org.pyston.runtime.objects;

import java.util.Arrays;

/**
 * Operations on the built-in containers: items, slices, iteration, length, membership. The public
 * methods are the built-in types' own operations on exact instances, without the dispatch of the
 * generic ones: what inline caches call once their guards have checked the types.
 */
public final class Sequences {
    private Sequences() {
    }

    /** {@code a + b} of two lists. */
    public static PyList concat(PyList a, PyList b) {
        Object[] r = Arrays.copyOf(a.items, a.size + b.size);
        System.arraycopy(b.items, 0, r, a.size, b.size);
        return new PyList(r, r.length);
    }

    /** {@code a + b} of two tuples. */
    public static PyTuple concat(PyTuple a, PyTuple b) {
        // immutable: an exact tuple plus an empty one is itself, as CPython
        if (b.items.length == 0 && a.type() == PyTuple.TYPE) {
            return a;
        }
        if (a.items.length == 0 && b.type() == PyTuple.TYPE) {
            return b;
        }
        Object[] r = Arrays.copyOf(a.items, a.items.length + b.items.length);
        System.arraycopy(b.items, 0, r, a.items.length, b.items.length);
        return new PyTuple(r);
    }

    /** {@code a | b}, {@code a & b}, {@code a - b}, {@code a ^ b} of two sets or frozensets (the result has a's kind). */
    public static PySet setOperation(Abstract.BinaryOp op, PySet a, PySet b) {
        switch (op) {
            case OR: {
                PySet r = a.copy();
                r.update(b);
                return r;
            }
            case AND:
                return a.intersection(b);
            case SUB:
                return a.difference(b);
            case XOR:
                return a.symmetricDifference(b);
            default:
                throw new IllegalArgumentException("not a set operation: " + op);
        }
    }

    /** {@code l[s]} of a list. */
    public static PyList slice(PyList l, PySlice s) {
        Object[] r = slice(l.items, l.size, s);
        return new PyList(r, r.length);
    }

    /** {@code t[s]} of a tuple. */
    public static PyTuple slice(PyTuple t, PySlice s) {
        return new PyTuple(slice(t.items, t.items.length, s));
    }

    /** {@code l[s] = value} of a list. */
    public static void assignSlice(PyList l, PySlice s, Object value) {
        setSlice(l, s, value);
    }

    static Object binaryOp(Abstract.BinaryOp op, Object a, Object b) {
        if (a instanceof PyBytes || a instanceof PyByteArray || b instanceof PyBytes || b instanceof PyByteArray) {
            Object r = BytesMethods.binaryOp(op, a, b);
            if (r != null) {
                return r;
            }
        }
        if ((a instanceof PyDictView va && va.isSetLike() || b instanceof PyDictView vb && vb.isSetLike())
                && (op == Abstract.BinaryOp.AND || op == Abstract.BinaryOp.OR || op == Abstract.BinaryOp.SUB
                || op == Abstract.BinaryOp.XOR)) {
            return viewSetOp(op, a, b);
        }
        if (op == Abstract.BinaryOp.ADD) {
            if (a instanceof PyList x && b instanceof PyList y) {
                return concat(x, y);
            }
            if (a instanceof PyTuple x && b instanceof PyTuple y) {
                return concat(x, y);
            }
        } else if (op == Abstract.BinaryOp.MUL) {
            Object seq = a instanceof PyList || a instanceof PyTuple ? a : b;
            Object n = seq == a ? b : a;
            if ((seq instanceof PyList || seq instanceof PyTuple) && Abstract.isInt(n)) {
                Object[] items = seq instanceof PyList l ? Arrays.copyOf(l.items, l.size) : ((PyTuple) seq).items;
                int count = repeatCount(items.length, n);
                if (seq instanceof PyTuple t && (count == 1 || items.length == 0) && t.type() == PyTuple.TYPE) {
                    return t; // immutable: as CPython, an exact tuple repeated once (or empty) is itself
                }
                if (seq instanceof PyTuple && count == 0) {
                    return PyTuple.EMPTY;
                }
                Object[] r = new Object[items.length * count];
                for (int i = 0; i < count; i++) {
                    System.arraycopy(items, 0, r, i * items.length, items.length);
                }
                return seq instanceof PyList ? new PyList(r, r.length) : new PyTuple(r);
            }
        } else if (a instanceof PySet x && b instanceof PySet y) {
            switch (op) {
                case OR:
                case AND:
                case SUB:
                case XOR:
                    return setOperation(op, x, y);
                default:
                    return null;
            }
        } else if (op == Abstract.BinaryOp.OR && a instanceof PyDict x && b instanceof PyDict y
                && !ownsOperator(x, "__or__") && !ownsOperator(y, "__ror__")) {
            PyDict r = new PyDict();
            r.map.storeAll(x.map);
            r.map.storeAll(y.map);
            return r;
        }
        return null;
    }

    /** Whether a dict's class (a subclass, as Counter or defaultdict) implements the operator itself. */
    private static boolean ownsOperator(PyDict d, String method) {
        return d.type() != PyDict.TYPE && !PyBuiltinFunction.isCoreMethod(d.type().lookup(method));
    }

    /** A set operator with a keys() or items() view as an operand: a set, as CPython's. */
    private static PySet viewSetOp(Abstract.BinaryOp op, Object a, Object b) {
        if (op == Abstract.BinaryOp.AND) {
            Object self = a instanceof PyDictView ? a : b;
            Object other = self == a ? b : a;
            if (other instanceof PySet s && s.type() == PySet.TYPE && len(self) <= s.size()) {
                return s.intersection(self);
            }
            if (other instanceof PyDictView v && v.isSetLike() && len(other) > len(self)) {
                Object swap = self;
                self = other;
                other = swap;
            }
            PySet result = new PySet(false);
            PyIterator it = iter(other);
            for (Object v = it.next(); v != null; v = it.next()) {
                if (contains(self, v)) {
                    result.add(v);
                }
            }
            return result;
        }
        PySet result = PySet.of(false, a instanceof PyDictView v && v.kind == PyIterator.KEYS ? v.dict : a);
        switch (op) {
            case OR:
                result.update(b);
                break;
            case SUB:
                result.differenceUpdate(b);
                break;
            default:
                result.symmetricDifferenceUpdate(b);
                break;
        }
        return result;
    }

    static void extend(PyList l, Object iterable) {
        if (iterable instanceof PyList o && o.type() == PyList.TYPE) {
            l.extend(Arrays.copyOf(o.items, o.size), o.size);
            return;
        }
        if (iterable instanceof PyTuple t && !(t instanceof PyTuple.OfSubclass)) {
            l.extend(t.items, t.items.length);
            return;
        }
        PyIterator it = iter(iterable);
        for (Object v = it.next(); v != null; v = it.next()) {
            l.append(v);
        }
    }

    static void repeatInPlace(PyList l, Object n) {
        Object[] items = l.toArray();
        int count = repeatCount(items.length, n);
        l.size = 0;
        for (int i = 0; i < count; i++) {
            l.extend(items, items.length);
        }
        if (count == 0) {
            Arrays.fill(l.items, null);
        }
    }

    /** How many copies {@code seq * n} makes of {@code length} items: CPython's OverflowError and MemoryError. */
    private static int repeatCount(int length, Object n) {
        if (n instanceof java.math.BigInteger) {
            throw Errors.overflow("cannot fit 'int' into an index-sized integer");
        }
        long count = Math.max(0, Abstract.index(n));
        if (length > 0 && count > (Integer.MAX_VALUE - 8) / length) {
            throw Errors.of(Errors.MEMORY_ERROR, PyTuple.EMPTY.items);
        }
        return length == 0 ? 0 : (int) count;
    }

    /** The items of an iterable (a tuple's own array: do not change it). Subclasses iterate, as CPython. */
    static Object[] toArray(Object iterable) {
        if (iterable instanceof PyTuple t && !(t instanceof PyTuple.OfSubclass)) {
            return t.items;
        }
        if (iterable instanceof PyList l && l.type() == PyList.TYPE) {
            return l.toArray();
        }
        PyList tmp = new PyList();
        extend(tmp, iterable);
        return tmp.toArray();
    }

    static Object compare(Abstract.CompareOp op, Object a, Object b) {
        Object[] x = null, y = null;
        int n = 0, m = 0;
        if (a instanceof PyList l && b instanceof PyList r) {
            return compareLists(op, l, r);
        } else if (a instanceof PyTuple l && b instanceof PyTuple r) {
            x = l.items;
            n = x.length;
            y = r.items;
            m = y.length;
        } else if (a instanceof PyMemoryView || b instanceof PyMemoryView) {
            return PyMemoryView.compare(op, a, b);
        } else if ((a instanceof PyBytes || a instanceof PyByteArray) && (b instanceof PyBytes || b instanceof PyByteArray)) {
            int c = java.util.Arrays.compareUnsigned(BytesMethods.buffer(a), BytesMethods.buffer(b));
            switch (op) {
                case LT: return c < 0;
                case LE: return c <= 0;
                case EQ: return c == 0;
                case NE: return c != 0;
                case GT: return c > 0;
                default: return c >= 0;
            }
        } else if (a instanceof PySlice r && b instanceof PySlice t) {
            // slices compare as their (start, stop, step) tuples
            return Abstract.compare(op, PyTuple.of(r.start, r.stop, r.step), PyTuple.of(t.start, t.stop, t.step));
        } else if (a instanceof PyRange r && b instanceof PyRange t && (op == Abstract.CompareOp.EQ
                || op == Abstract.CompareOp.NE)) {
            boolean same = r.sameSequence(t);
            return op == Abstract.CompareOp.EQ ? same : !same;
        } else if (a instanceof PySet s && b instanceof PySet t) {
            switch (op) {
                case EQ: return s.size() == t.size() && s.isSubset(t);
                case NE: return !(s.size() == t.size() && s.isSubset(t));
                case LE: return s.isSubset(t);
                case LT: return s.size() < t.size() && s.isSubset(t);
                case GE: return t.isSubset(s);
                default: return s.size() > t.size() && t.isSubset(s);
            }
        } else if ((a instanceof PyDictView || b instanceof PyDictView) && isSetLike(a) && isSetLike(b)) {
            long la = len(a), lb = len(b);
            switch (op) {
                case EQ: return la == lb && allContainedIn(a, b);
                case NE: return !(la == lb && allContainedIn(a, b));
                case LT: return la < lb && allContainedIn(a, b);
                case LE: return la <= lb && allContainedIn(a, b);
                case GT: return la > lb && allContainedIn(b, a);
                default: return la >= lb && allContainedIn(b, a);
            }
        } else if (a instanceof PyRange r && b instanceof PyRange q) {
            if (op == Abstract.CompareOp.EQ || op == Abstract.CompareOp.NE) {
                return r.sameValues(q) == (op == Abstract.CompareOp.EQ);
            }
            return null;
        } else if (a instanceof PySlice s && b instanceof PySlice t) {
            return compare(op, PyTuple.of(s.start, s.stop, s.step), PyTuple.of(t.start, t.stop, t.step));
        } else if (a instanceof PyDict d && b instanceof PyDict e && (op == Abstract.CompareOp.EQ
                || op == Abstract.CompareOp.NE)) {
            boolean same = d.size() == e.size();
            if (same) {
                for (java.util.Map.Entry<Object, Object> en : d.entries()) {
                    Object other = e.get(en.getKey());
                    if (other == null || en.getValue() != other && !Abstract.eq(en.getValue(), other)) {
                        same = false;
                        break;
                    }
                }
            }
            return op == Abstract.CompareOp.EQ ? same : !same;
        } else {
            return null;
        }
        int i = 0;
        while (i < n && i < m && (x[i] == y[i] || Abstract.eq(x[i], y[i]))) {
            i++;
        }
        if (i >= n || i >= m) {
            return compareLengths(op, n, m);
        }
        if (op == Abstract.CompareOp.EQ) {
            return false;
        }
        if (op == Abstract.CompareOp.NE) {
            return true;
        }
        return Abstract.compare(op, x[i], y[i]);
    }

    /** The comparison of two sequences one of which is a prefix of the other: their lengths decide. */
    private static boolean compareLengths(Abstract.CompareOp op, int n, int m) {
        switch (op) {
            case LT: return n < m;
            case LE: return n <= m;
            case EQ: return n == m;
            case NE: return n != m;
            case GT: return n > m;
            default: return n >= m;
        }
    }

    /**
     * Lists compare as CPython's: lists of different lengths are unequal without comparing items,
     * and the items and lengths are read afresh after each comparison (an item's {@code __eq__}
     * may change either list).
     */
    private static Object compareLists(Abstract.CompareOp op, PyList a, PyList b) {
        if (a.size != b.size && (op == Abstract.CompareOp.EQ || op == Abstract.CompareOp.NE)) {
            return op == Abstract.CompareOp.NE;
        }
        int i = 0;
        while (i < a.size && i < b.size) {
            Object x = a.items[i], y = b.items[i];
            if (x != y && !Abstract.eq(x, y)) {
                break;
            }
            i++;
        }
        if (i >= a.size || i >= b.size) {
            int n = a.size, m = b.size;
            return compareLengths(op, n, m);
        }
        if (op == Abstract.CompareOp.EQ) {
            return false;
        }
        if (op == Abstract.CompareOp.NE) {
            return true;
        }
        return Abstract.compare(op, a.items[i], b.items[i]);
    }

    private static boolean isSetLike(Object o) {
        return o instanceof PySet || o instanceof PyDictView v && v.isSetLike();
    }

    private static boolean allContainedIn(Object a, Object b) {
        PyIterator it = iter(a);
        for (Object v = it.next(); v != null; v = it.next()) {
            if (!contains(b, v)) {
                return false;
            }
        }
        return true;
    }

    private static Object[] slice(Object[] items, int size, PySlice s) {
        long[] idx = s.indices(size);
        int count = (int) idx[3];
        Object[] r = new Object[count];
        long j = idx[0];
        for (int k = 0; k < count; k++, j += idx[2]) {
            r[k] = items[(int) j];
        }
        return r;
    }

    /**
     * A special method that a class derived from a built-in container (list, dict, tuple, set)
     * defines in Python, or null: it overrides the built-in operation.
     */
    static Object override(Object obj, String name) {
        if (obj instanceof PyObject p && !(p instanceof PyInstance) && !p.type().isBuiltin) {
            Object m = p.type().lookup(name);
            return m instanceof PyFunction ? m : null;
        }
        return null;
    }

    static Object getItem(Object obj, Object key) {
        Object getitem = override(obj, "__getitem__");
        if (getitem != null) {
            return Abstract.call(getitem, new Object[] {obj, key}, null);
        }
        return builtinGetItem(obj, key);
    }

    /** The built-in operation, without looking for an override in a derived class. */
    static Object builtinGetItem(Object obj, Object key) {
        if (obj instanceof PyList l) {
            if (key instanceof PySlice s) {
                return slice(l, s);
            }
            return l.items[Abstract.seqIndex(key, l.size, "list")];
        }
        if (obj instanceof PyTuple t) {
            if (key instanceof PySlice s) {
                return slice(t, s);
            }
            return t.items[Abstract.seqIndex(key, t.items.length, "tuple")];
        }
        if (obj instanceof PyDict d) {
            Object v = d.get(key);
            if (v == null) {
                Object missing = d.type() == PyDict.TYPE ? null : d.type().lookup("__missing__");
                if (missing != null) {
                    return Abstract.call(missing, new Object[] {d, key}, null);
                }
                throw new PyBaseException(Errors.KEY_ERROR, PyTuple.of(key)).toThrowable();
            }
            return v;
        }
        if (obj instanceof String s) {
            return Strings.getItem(s, key);
        }
        if (obj instanceof PyBytes || obj instanceof PyByteArray) {
            return BytesMethods.getItem(obj, key);
        }
        if (obj instanceof PyRange r) {
            return r.getItem(key);
        }
        if (obj instanceof PyType t) {
            Object m = t.type().lookup("__getitem__"); // a metaclass's
            if (m != null) {
                return Abstract.call(m, new Object[] {t, key}, null);
            }
            Object classGetItem = Attributes.typeAttribute(t, "__class_getitem__");
            if (classGetItem != null) {
                return Abstract.call(classGetItem, new Object[] {key}, null);
            }
            throw Errors.typeError("type '" + t.name + "' is not subscriptable");
        }
        Object m = PyType.of(obj).lookup("__getitem__");
        if (m == null) {
            throw Errors.typeError("'" + Errors.typeName(obj) + "' object is not subscriptable");
        }
        return Abstract.call(m, new Object[] {obj, key}, null);
    }

    static void setItem(Object obj, Object key, Object value) {
        Object setitem = override(obj, "__setitem__");
        if (setitem != null) {
            Abstract.call(setitem, new Object[] {obj, key, value}, null);
            return;
        }
        builtinSetItem(obj, key, value);
    }

    /** The built-in operation, without looking for an override in a derived class. */
    static void builtinSetItem(Object obj, Object key, Object value) {
        if (obj instanceof PyList l) {
            if (key instanceof PySlice s) {
                setSlice(l, s, value);
                return;
            }
            l.items[Abstract.seqIndex(key, l.size, "list assignment")] = value;
            return;
        }
        if (obj instanceof PyDict d) {
            d.put(key, value);
            return;
        }
        if (obj instanceof PyByteArray ba) {
            ba.setItem(key, value);
            return;
        }
        Object m = PyType.of(obj).lookup("__setitem__");
        if (m == null) {
            throw Errors.typeError("'" + Errors.typeName(obj) + "' object does not support item assignment");
        }
        Abstract.call(m, new Object[] {obj, key, value}, null);
    }

    private static void setSlice(PyList l, PySlice s, Object value) {
        Object[] newItems;
        if (value == l) {
            newItems = l.toArray();
        } else if (value instanceof PyList || value instanceof PyTuple) {
            newItems = toArray(value);
        } else {
            PyIterator it;
            try {
                it = iter(value);
            } catch (PyException e) {
                if (e.matches(Errors.TYPE_ERROR)) {
                    throw Errors.typeError("can only assign an iterable");
                }
                throw e;
            }
            PyList tmp = new PyList();
            for (Object v = it.next(); v != null; v = it.next()) {
                tmp.append(v);
            }
            newItems = tmp.toArray();
        }
        long[] idx = s.indices(l.size);
        if (idx[2] == 1) {
            int start = (int) idx[0];
            int stop = Math.max(start, (int) idx[1]);
            Object[] r = new Object[l.size - (stop - start) + newItems.length];
            System.arraycopy(l.items, 0, r, 0, start);
            System.arraycopy(newItems, 0, r, start, newItems.length);
            System.arraycopy(l.items, stop, r, start + newItems.length, l.size - stop);
            l.items = r.length == 0 ? new Object[4] : r;
            l.size = r.length;
            return;
        }
        if (newItems.length != idx[3]) {
            throw Errors.valueError("attempt to assign sequence of size " + newItems.length
                    + " to extended slice of size " + idx[3]);
        }
        long j = idx[0];
        for (int k = 0; k < newItems.length; k++, j += idx[2]) {
            l.items[(int) j] = newItems[k];
        }
    }

    static void delItem(Object obj, Object key) {
        Object delitem = override(obj, "__delitem__");
        if (delitem != null) {
            Abstract.call(delitem, new Object[] {obj, key}, null);
            return;
        }
        builtinDelItem(obj, key);
    }

    /** The built-in operation, without looking for an override in a derived class. */
    static void builtinDelItem(Object obj, Object key) {
        if (obj instanceof PyList l) {
            if (key instanceof PySlice s) {
                long[] idx = s.indices(l.size);
                if (idx[3] == 0) {
                    return;
                }
                java.util.Set<Integer> gone = new java.util.HashSet<>();
                long j = idx[0];
                for (int k = 0; k < idx[3]; k++, j += idx[2]) {
                    gone.add((int) j);
                }
                int w = 0;
                for (int r = 0; r < l.size; r++) {
                    if (!gone.contains(r)) {
                        l.items[w++] = l.items[r];
                    }
                }
                Arrays.fill(l.items, w, l.size, null);
                l.size = w;
                return;
            }
            l.remove(Abstract.seqIndex(key, l.size, "list assignment"));
            return;
        }
        if (obj instanceof PyByteArray ba) {
            ba.delItem(key);
            return;
        }
        if (obj instanceof PyDict d) {
            if (d.remove(key) == null) {
                throw new PyBaseException(Errors.KEY_ERROR, PyTuple.of(key)).toThrowable();
            }
            return;
        }
        Object m = PyType.of(obj).lookup("__delitem__");
        if (m == null) {
            throw Errors.typeError("'" + Errors.typeName(obj) + "' object doesn't support item deletion");
        }
        Abstract.call(m, new Object[] {obj, key}, null);
    }

    static PyIterator iter(Object o) {
        Object it = iterObject(o);
        return it instanceof PyIterator pi ? pi : new PyIterator.ProtocolIterator(it, PyType.of(it).lookup("__next__"));
    }

    /** {@code iter(o)}: a built-in iterator, or the object a Python {@code __iter__} returned. */
    static Object iterObject(Object o) {
        Object m = override(o, "__iter__");
        if (m != null) {
            return checkedIterator(Abstract.call(m, new Object[] {o}, null));
        }
        return builtinIter(o);
    }

    static Object builtinIter(Object o) {
        if (o instanceof PyList l) {
            return new PyIterator.ArrayIterator(l);
        }
        if (o instanceof PyTuple t) {
            return new PyIterator.ArrayIterator(t.items);
        }
        if (o instanceof PyRange r) {
            return r.iterator();
        }
        if (o instanceof String s) {
            return new PyIterator.StrIterator(s);
        }
        if (o instanceof PyByteArray ba) {
            return new PyIterator.BytesIterator(ba);
        }
        if (o instanceof PyBytes b) {
            return new PyIterator.BytesIterator(b);
        }
        if (o instanceof PyDict d) {
            return new PyIterator.DictIterator(d, PyIterator.KEYS);
        }
        if (o instanceof PySet s) {
            return new PyIterator.SetIterator(s);
        }
        if (o instanceof PyDictView v) {
            return new PyIterator.DictIterator(v.dict, v.kind);
        }
        if (o instanceof PyIterator i) {
            return i;
        }
        PyType t = PyType.of(o);
        Object m = t.lookup("__iter__");
        if (m != null && m != Singletons.NONE) {
            return checkedIterator(Abstract.call(m, new Object[] {o}, null));
        }
        Object getitem = m == null ? t.lookup("__getitem__") : null;
        if (getitem != null && !(o instanceof PyType)) {
            return new PyIterator.SequenceIterator(o, getitem);
        }
        throw Errors.typeError("'" + t.name + "' object is not iterable");
    }

    private static Object checkedIterator(Object it) {
        if (!(it instanceof PyIterator) && PyType.of(it).lookup("__next__") == null) {
            throw Errors.typeError("iter() returned non-iterator of type '" + Errors.typeName(it) + "'");
        }
        return it;
    }

    static long len(Object o) {
        Object override = override(o, "__len__");
        if (override != null) {
            return lengthResult(Abstract.call(override, new Object[] {o}, null));
        }
        return builtinLen(o);
    }

    /** The built-in operation, without looking for an override in a derived class. */
    static long builtinLen(Object o) {
        if (o instanceof String s) {
            return org.pyston.runtime.text.CodePoints.length(s);
        }
        if (o instanceof PyList l) {
            return l.size;
        }
        if (o instanceof PyTuple t) {
            return t.items.length;
        }
        if (o instanceof PyDict d) {
            return d.size();
        }
        if (o instanceof PySet s) {
            return s.size();
        }
        if (o instanceof PyDictView v) {
            return v.dict.size();
        }
        if (o instanceof PyRange r) {
            return r.length();
        }
        if (o instanceof PyBytes b) {
            return b.bytes.length;
        }
        if (o instanceof PyByteArray ba) {
            return ba.size;
        }
        Object m = PyType.of(o).lookup("__len__");
        if (m == null) {
            throw Errors.typeError("object of type '" + Errors.typeName(o) + "' has no len()");
        }
        return lengthResult(Abstract.call(m, new Object[] {o}, null));
    }

    /** What a Python {@code __len__} returned, checked as CPython checks it. */
    static long lengthResult(Object r) {
        Object n = Abstract.indexValue(r);
        if (Abstract.big(n).signum() < 0) {
            throw Errors.valueError("__len__() should return >= 0");
        }
        if (!(n instanceof Long l)) {
            throw Errors.overflow("cannot fit 'int' into an index-sized integer");
        }
        return l;
    }

    static boolean contains(Object container, Object item) {
        Object containsMethod = override(container, "__contains__");
        if (containsMethod != null) {
            return Abstract.isTrue(Abstract.call(containsMethod, new Object[] {container, item}, null));
        }
        return builtinContains(container, item);
    }

    /** The built-in operation, without looking for an override in a derived class. */
    static boolean builtinContains(Object container, Object item) {
        if (container instanceof PyDict d) {
            return d.containsKey(item);
        }
        if (container instanceof PySet s) {
            return s.contains(item);
        }
        if (container instanceof PyDictView v) {
            return v.contains(item);
        }
        if (container instanceof PyBytes || container instanceof PyByteArray) {
            return BytesMethods.contains(container, item);
        }
        if (container instanceof String s) {
            if (!(PyValueInstance.unwrap(item) instanceof String t)) {
                throw Errors.typeError("'in <string>' requires string as left operand, not " + Errors.typeName(item));
            }
            return s.contains(t);
        }
        if (container instanceof PyList l) {
            for (int i = 0; i < l.size; i++) {
                if (l.items[i] == item || Abstract.eq(l.items[i], item)) {
                    return true;
                }
            }
            return false;
        }
        if (container instanceof PyTuple t) {
            for (Object x : t.items) {
                if (x == item || Abstract.eq(x, item)) {
                    return true;
                }
            }
            return false;
        }
        if (container instanceof PyRange r) {
            return r.contains(item);
        }
        Object m = PyType.of(container).lookup("__contains__");
        if (m != null) {
            return Abstract.isTrue(Abstract.call(m, new Object[] {container, item}, null));
        }
        if (!Ops.isIterable(container)) {
            throw Errors.typeError("argument of type '" + Errors.typeName(container) + "' is not iterable");
        }
        PyIterator it = iter(container);
        for (Object v = it.next(); v != null; v = it.next()) {
            if (v == item || Abstract.eq(v, item)) {
                return true;
            }
        }
        return false;
    }
}
