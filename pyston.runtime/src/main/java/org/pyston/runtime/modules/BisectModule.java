package org.pyston.runtime.modules;

import org.pyston.runtime.objects.Abstract;
import org.pyston.runtime.objects.Errors;
import org.pyston.runtime.objects.PyList;
import org.pyston.runtime.objects.PyModule;
import org.pyston.runtime.objects.PyType;
import org.pyston.runtime.objects.Singletons;

/**
 * {@code _bisect}: binary search and insertion in sorted sequences. CPython's {@code bisect.py}
 * has a pure-Python fallback; this module exists for speed (the search loop runs here, comparing
 * with {@code <} only, as CPython's C version does, so results and the comparisons a program can
 * observe are the same).
 */
final class BisectModule {
    private BisectModule() {
    }

    private static final String[] PARAMETERS = {"a", "x", "lo", "hi", "key"};

    static PyModule create() {
        PyModule m = new PyModule("_bisect");
        m.set("__doc__", "Bisection algorithms.\n\nThis module provides support for maintaining a list in sorted order "
                + "without\nhaving to sort the list after each insertion. For long lists of items with\nexpensive "
                + "comparison operations, this can be an improvement over the more\ncommon approach.\n");
        Ext.function(m, "bisect_right", (a, k) -> {
            Object[] b = bind("bisect_right", a, k);
            return (long) bisect(b[0], b[1], lo(b[2]), hi(b[0], b[3]), key(b[4]), true);
        });
        Ext.function(m, "bisect_left", (a, k) -> {
            Object[] b = bind("bisect_left", a, k);
            return (long) bisect(b[0], b[1], lo(b[2]), hi(b[0], b[3]), key(b[4]), false);
        });
        Ext.function(m, "insort_right", (a, k) -> insort("insort_right", a, k, true));
        Ext.function(m, "insort_left", (a, k) -> insort("insort_left", a, k, false));
        return m;
    }

    private static Object[] bind(String name, Object[] args, String[] kwnames) {
        return Ext.bind(name, args, kwnames, 2, 4, PARAMETERS);
    }

    private static Object key(Object key) {
        return key == null || key == Singletons.NONE ? null : key;
    }

    private static long lo(Object lo) {
        long value = lo == null ? 0 : Abstract.index(lo);
        if (value < 0) {
            throw Errors.valueError("lo must be non-negative");
        }
        return value;
    }

    /** {@code hi}: None (or -1, as CPython's C default) means the sequence's length. */
    private static long hi(Object seq, Object hi) {
        if (hi == null || hi == Singletons.NONE) {
            return Abstract.len(seq);
        }
        if (!Abstract.isInt(hi) && PyType.of(hi).lookup("__index__") == null) {
            throw Errors.typeError("argument should be integer or None, not '" + Errors.typeName(hi) + "'");
        }
        long value = Abstract.index(hi);
        return value == -1 ? Abstract.len(seq) : value;
    }

    /** The insertion point of {@code x}: after equal items ({@code right}) or before them. */
    private static long bisect(Object seq, Object x, long lo, long hi, Object key, boolean right) {
        while (lo < hi) {
            long mid = (lo + hi) >>> 1;
            Object item = Abstract.getItem(seq, mid);
            if (key != null) {
                item = Abstract.call(key, new Object[] {item}, null);
            }
            boolean goLeft = right ? Abstract.isTrue(Abstract.compare(Abstract.CompareOp.LT, x, item))
                    : !Abstract.isTrue(Abstract.compare(Abstract.CompareOp.LT, item, x));
            if (goLeft) {
                hi = mid;
            } else {
                lo = mid + 1;
            }
        }
        return lo;
    }

    private static Object insort(String name, Object[] args, String[] kwnames, boolean right) {
        Object[] b = bind(name, args, kwnames);
        Object seq = b[0];
        Object x = b[1];
        Object key = key(b[4]);
        long lo = lo(b[2]);
        long hi = hi(seq, b[3]);
        Object probe = key == null ? x : Abstract.call(key, new Object[] {x}, null);
        long index = bisect(seq, probe, lo, hi, key, right);
        if (seq instanceof PyList list && list.type() == PyList.TYPE) {
            list.insert((int) Math.min(index, list.size), x);
        } else {
            Abstract.call(Abstract.getAttr(seq, "insert"), new Object[] {index, x}, null);
        }
        return Singletons.NONE;
    }
}
