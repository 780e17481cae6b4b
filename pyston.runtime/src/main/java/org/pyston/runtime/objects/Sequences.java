package org.pyston.runtime.objects;

import java.util.Arrays;

/** Operations on the built-in containers: items, slices, iteration, length, membership. */
final class Sequences {
    private Sequences() {
    }

    static Object binaryOp(Abstract.BinaryOp op, Object a, Object b) {
        if (a instanceof PyByteArray || b instanceof PyByteArray) {
            Object x = a instanceof PyByteArray ba ? new PyBytes(ba.data) : a;
            Object y = b instanceof PyByteArray bb ? new PyBytes(bb.data) : b;
            Object r = binaryOp(op, x, y);
            return r instanceof PyBytes rb && (a instanceof PyByteArray || op == Abstract.BinaryOp.MUL)
                    ? new PyByteArray(rb.bytes) : r;
        }
        if (a instanceof PyBytes ba) {
            if (op == Abstract.BinaryOp.ADD && b instanceof PyBytes) {
                return BytesMethods.concat(ba, b);
            }
            if (op == Abstract.BinaryOp.MUL && Abstract.isInt(b)) {
                return new PyBytes(BytesMethods.latin1(ba.bytes).repeat((int) Math.max(0, Abstract.index(b)))
                        .getBytes(java.nio.charset.StandardCharsets.ISO_8859_1));
            }
            if (op == Abstract.BinaryOp.MOD) {
                Object fmtArgs = b;
                if (b instanceof PyTuple t) {
                    Object[] items = t.items.clone();
                    for (int i = 0; i < items.length; i++) {
                        if (items[i] instanceof PyBytes ib) {
                            items[i] = BytesMethods.latin1(ib.bytes);
                        }
                    }
                    fmtArgs = new PyTuple(items);
                } else if (b instanceof PyBytes bb) {
                    fmtArgs = BytesMethods.latin1(bb.bytes);
                }
                return BytesMethods.bytes(Formatter.percent(BytesMethods.latin1(ba.bytes), fmtArgs));
            }
        } else if (b instanceof PyBytes bb && op == Abstract.BinaryOp.MUL && Abstract.isInt(a)) {
            return binaryOp(op, b, a);
        }
        if ((a instanceof PyDictView va && va.kind != 1 || b instanceof PyDictView vb && vb.kind != 1)
                && (op == Abstract.BinaryOp.AND || op == Abstract.BinaryOp.OR || op == Abstract.BinaryOp.SUB
                || op == Abstract.BinaryOp.XOR)) {
            return binaryOp(op, Builtins.toSet(a, false), Builtins.toSet(b, false));
        }
        if (op == Abstract.BinaryOp.ADD) {
            if (a instanceof PyList x && b instanceof PyList y) {
                Object[] r = Arrays.copyOf(x.items, x.size + y.size);
                System.arraycopy(y.items, 0, r, x.size, y.size);
                return new PyList(r, r.length);
            }
            if (a instanceof PyTuple x && b instanceof PyTuple y) {
                Object[] r = Arrays.copyOf(x.items, x.items.length + y.items.length);
                System.arraycopy(y.items, 0, r, x.items.length, y.items.length);
                return new PyTuple(r);
            }
        } else if (op == Abstract.BinaryOp.MUL) {
            Object seq = a instanceof PyList || a instanceof PyTuple ? a : b;
            Object n = seq == a ? b : a;
            if ((seq instanceof PyList || seq instanceof PyTuple) && Abstract.isInt(n)) {
                Object[] items = seq instanceof PyList l ? Arrays.copyOf(l.items, l.size) : ((PyTuple) seq).items;
                long count = Math.max(0, Abstract.index(n));
                Object[] r = new Object[Math.toIntExact(items.length * count)];
                for (int i = 0; i < count; i++) {
                    System.arraycopy(items, 0, r, i * items.length, items.length);
                }
                return seq instanceof PyList ? new PyList(r, r.length) : new PyTuple(r);
            }
        } else if (a instanceof PySet x && b instanceof PySet y) {
            PySet r = new PySet(x.frozen);
            switch (op) {
                case OR:
                    r.set.addAll(x.set);
                    r.set.addAll(y.set);
                    return r;
                case AND:
                    for (Object k : x.set) {
                        if (y.set.contains(k)) {
                            r.set.add(k);
                        }
                    }
                    return r;
                case SUB:
                    for (Object k : x.set) {
                        if (!y.set.contains(k)) {
                            r.set.add(k);
                        }
                    }
                    return r;
                case XOR:
                    for (Object k : x.set) {
                        if (!y.set.contains(k)) {
                            r.set.add(k);
                        }
                    }
                    for (Object k : y.set) {
                        if (!x.set.contains(k)) {
                            r.set.add(k);
                        }
                    }
                    return r;
                default:
                    return null;
            }
        } else if (op == Abstract.BinaryOp.OR && a instanceof PyDict x && b instanceof PyDict y) {
            PyDict r = new PyDict();
            r.map.putAll(x.map);
            r.map.putAll(y.map);
            return r;
        }
        return null;
    }

    static void extend(PyList l, Object iterable) {
        // exact lists and tuples are copied; a subclass may define __iter__
        if (iterable instanceof PyList o && o.type() == PyList.TYPE) {
            l.extend(Arrays.copyOf(o.items, o.size), o.size);
            return;
        }
        if (iterable instanceof PyTuple t && t.type() == PyTuple.TYPE) {
            l.extend(t.items, t.items.length);
            return;
        }
        PyIterator it = iter(iterable);
        for (Object v = it.next(); v != null; v = it.next()) {
            l.append(v);
        }
    }

    static void repeatInPlace(PyList l, long n) {
        Object[] items = l.toArray();
        l.size = 0;
        for (long i = 0; i < n; i++) {
            l.extend(items, items.length);
        }
    }

    static Object[] toArray(Object iterable) {
        if (iterable instanceof PyTuple t && t.type() == PyTuple.TYPE) {
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
            x = l.items;
            n = l.size;
            y = r.items;
            m = r.size;
        } else if (a instanceof PyTuple l && b instanceof PyTuple r) {
            x = l.items;
            n = x.length;
            y = r.items;
            m = y.length;
        } else if ((a instanceof PyBytes || a instanceof PyByteArray) && (b instanceof PyBytes || b instanceof PyByteArray)) {
            PyBytes bx = a instanceof PyByteArray xa ? new PyBytes(xa.data) : (PyBytes) a;
            PyBytes by = b instanceof PyByteArray ya ? new PyBytes(ya.data) : (PyBytes) b;
            int c = java.util.Arrays.compareUnsigned(bx.bytes, by.bytes);
            switch (op) {
                case LT: return c < 0;
                case LE: return c <= 0;
                case EQ: return c == 0;
                case NE: return c != 0;
                case GT: return c > 0;
                default: return c >= 0;
            }
        } else if (a instanceof PySet s && b instanceof PySet t) {
            switch (op) {
                case EQ: return s.set.equals(t.set);
                case NE: return !s.set.equals(t.set);
                case LE: return t.set.containsAll(s.set);
                case LT: return t.set.containsAll(s.set) && t.set.size() > s.set.size();
                case GE: return s.set.containsAll(t.set);
                default: return s.set.containsAll(t.set) && s.set.size() > t.set.size();
            }
        } else if (a instanceof PyDict d && b instanceof PyDict e && (op == Abstract.CompareOp.EQ
                || op == Abstract.CompareOp.NE)) {
            boolean same = d.size() == e.size();
            if (same) {
                for (java.util.Map.Entry<Object, Object> en : d.entries()) {
                    Object other = e.map.get(en.getKey());
                    if (other == null || !Abstract.eq(en.getValue(), other)) {
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
            switch (op) {
                case LT: return n < m;
                case LE: return n <= m;
                case EQ: return n == m;
                case NE: return n != m;
                case GT: return n > m;
                default: return n >= m;
            }
        }
        if (op == Abstract.CompareOp.EQ) {
            return false;
        }
        if (op == Abstract.CompareOp.NE) {
            return true;
        }
        return Abstract.compare(op, x[i], y[i]);
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
                Object[] r = slice(l.items, l.size, s);
                return new PyList(r, r.length);
            }
            return l.items[Abstract.seqIndex(key, l.size, "list")];
        }
        if (obj instanceof PyTuple t) {
            if (key instanceof PySlice s) {
                return new PyTuple(slice(t.items, t.items.length, s));
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
        if (obj instanceof PyBytes b) {
            return BytesMethods.getItem(b, key);
        }
        if (obj instanceof PyByteArray ba) {
            Object r = BytesMethods.getItem(new PyBytes(ba.data), key);
            return r instanceof PyBytes rb ? new PyByteArray(rb.bytes) : r;
        }
        if (obj instanceof PyRange r) {
            if (key instanceof PySlice sl) {
                long[] idx = sl.indices(r.length());
                return new PyRange(r.start + idx[0] * r.step, r.start + idx[1] * r.step, r.step * idx[2]);
            }
            int i = Abstract.seqIndex(key, (int) Math.min(Integer.MAX_VALUE, r.length()), "range object");
            return r.start + i * r.step;
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
            if (key instanceof PySlice) {
                PyList l = ba.asList();
                setItem(l, key, PyByteArray.bytesOf(value) == null ? value : new PyByteArray(PyByteArray.bytesOf(value)).asList());
                ba.setFrom(l);
            } else {
                ba.data[Abstract.seqIndex(key, ba.data.length, "bytearray")] = PyByteArray.toByte(value);
            }
            return;
        }
        Object m = PyType.of(obj).lookup("__setitem__");
        if (m == null) {
            throw Errors.typeError("'" + Errors.typeName(obj) + "' object does not support item assignment");
        }
        Abstract.call(m, new Object[] {obj, key, value}, null);
    }

    private static void setSlice(PyList l, PySlice s, Object value) {
        Object[] newItems = value == l ? l.toArray() : toArray(value);
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
            PyList l = ba.asList();
            delItem(l, key);
            ba.setFrom(l);
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
        Object iterMethod = override(o, "__iter__");
        if (iterMethod != null) {
            Object it = Abstract.call(iterMethod, new Object[] {o}, null);
            return it instanceof PyIterator pi ? pi : new PyIterator.ProtocolIterator(it, PyType.of(it).lookup("__next__"));
        }
        return builtinIter(o);
    }

    /** The built-in operation, without looking for an override in a derived class. */
    static PyIterator builtinIter(Object o) {
        if (o instanceof PyList l) {
            return new PyIterator.ArrayIterator(l);
        }
        if (o instanceof PyTuple t) {
            return new PyIterator.ArrayIterator(t.items);
        }
        if (o instanceof PyRange r) {
            return new PyIterator.RangeIterator(r);
        }
        if (o instanceof String s) {
            return new PyIterator.StrIterator(s);
        }
        if (o instanceof PyByteArray ba) {
            return iter(new PyBytes(ba.data.clone()));
        }
        if (o instanceof PyBytes b) {
            int[] i = {0};
            return new PyIterator.FunctionIterator(() -> i[0] < b.bytes.length ? (Object) (long) (b.bytes[i[0]++] & 0xff) : null);
        }
        if (o instanceof PyDict d) {
            return new PyIterator.DictIterator(d, 0);
        }
        if (o instanceof PySet s) {
            java.util.Iterator<Object> it = new java.util.ArrayList<>(s.set).iterator();
            return new PyIterator.FunctionIterator(() -> it.hasNext() ? PyDict.unwrap(it.next()) : null);
        }
        if (o instanceof PyIterator i) {
            return i;
        }
        PyType t = PyType.of(o);
        Object m = t.lookup("__iter__");
        if (m != null && m != Singletons.NONE) {
            Object it = Abstract.call(m, new Object[] {o}, null);
            if (it instanceof PyIterator pi) {
                return pi;
            }
            Object next = PyType.of(it).lookup("__next__");
            if (next == null) {
                throw Errors.typeError("iter() returned non-iterator of type '" + Errors.typeName(it) + "'");
            }
            return new PyIterator.ProtocolIterator(it, next);
        }
        Object getitem = t.lookup("__getitem__");
        if (getitem != null && !(o instanceof PyType)) {
            long[] i = {0};
            return new PyIterator.FunctionIterator(() -> {
                try {
                    return Abstract.call(getitem, new Object[] {o, i[0]++}, null);
                } catch (PyException e) {
                    if (e.matches(Errors.INDEX_ERROR) || e.matches(Errors.STOP_ITERATION)) {
                        return null;
                    }
                    throw e;
                }
            });
        }
        throw Errors.typeError("'" + t.name + "' object is not iterable");
    }

    static long len(Object o) {
        Object lenMethod = override(o, "__len__");
        if (lenMethod != null) {
            return checkedLength(Abstract.call(lenMethod, new Object[] {o}, null));
        }
        return builtinLen(o);
    }

    /** The built-in operation, without looking for an override in a derived class. */
    static long builtinLen(Object o) {
        if (o instanceof String s) {
            return s.codePointCount(0, s.length());
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
            return s.set.size();
        }
        if (o instanceof PyRange r) {
            return r.length();
        }
        if (o instanceof PyBytes b) {
            return b.bytes.length;
        }
        if (o instanceof PyByteArray ba) {
            return ba.data.length;
        }
        Object m = PyType.of(o).lookup("__len__");
        if (m == null) {
            throw Errors.typeError("object of type '" + Errors.typeName(o) + "' has no len()");
        }
        return checkedLength(Abstract.call(m, new Object[] {o}, null));
    }

    /** The result of a {@code __len__} as CPython checks it. */
    private static long checkedLength(Object r) {
        long n = Abstract.index(r);
        if (n < 0) {
            throw Errors.valueError("__len__() should return >= 0");
        }
        return n;
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
        if (container instanceof PyByteArray ba) {
            return contains(new PyBytes(ba.data), item instanceof PyByteArray ib ? new PyBytes(ib.data) : item);
        }
        if (container instanceof PyBytes b) {
            if (item instanceof PyBytes sub) {
                return BytesMethods.latin1(b.bytes).contains(BytesMethods.latin1(sub.bytes));
            }
            if (!Abstract.isInt(item)) {
                throw Errors.typeError("a bytes-like object is required, not '" + Errors.typeName(item) + "'");
            }
            long v = Abstract.index(item);
            if (v < 0 || v > 255) {
                throw Errors.valueError("byte must be in range(0, 256)");
            }
            for (byte x : b.bytes) {
                if ((x & 0xff) == v) {
                    return true;
                }
            }
            return false;
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
        if (container instanceof PyRange r && item instanceof Long v) {
            if (r.step > 0 ? v >= r.start && v < r.stop : v <= r.start && v > r.stop) {
                return (v - r.start) % r.step == 0;
            }
            return false;
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
