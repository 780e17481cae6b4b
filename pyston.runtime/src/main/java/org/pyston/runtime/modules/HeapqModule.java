package org.pyston.runtime.modules;

import org.pyston.runtime.objects.Abstract;
import org.pyston.runtime.objects.Errors;
import org.pyston.runtime.objects.PyException;
import org.pyston.runtime.objects.PyList;
import org.pyston.runtime.objects.PyModule;
import org.pyston.runtime.objects.PyType;
import org.pyston.runtime.objects.Singletons;

/**
 * {@code _heapq}: the heap operations on a list. CPython's {@code heapq.py} has a pure-Python
 * fallback; this module exists for speed. It works on the list's storage directly, compares with
 * {@code <} only and makes the same sequence of comparisons and swaps as CPython's C module (the
 * heap a program sees after each operation is the same), and re-reads the storage after every
 * comparison because a {@code __lt__} may change the list ("list changed size during iteration").
 */
final class HeapqModule {
    private HeapqModule() {
    }

    static PyModule create() {
        PyModule m = new PyModule("_heapq");
        m.set("__doc__", "Heap queue algorithm (a.k.a. priority queue).\n\nHeaps are arrays for which "
                + "a[k] <= a[2*k+1] and a[k] <= a[2*k+2] for\nall k, counting elements from 0.\n");
        Ext.function(m, "heappush", (a, k) -> {
            Ext.positionalOnly("heappush", a, k, 2, 2);
            PyList heap = list("heappush", a[0]);
            heap.append(a[1]);
            siftDown(heap, 0, heap.size - 1, false);
            return Singletons.NONE;
        });
        Ext.function(m, "heappop", (a, k) -> pop(checkedList("heappop", a, k), false));
        Ext.function(m, "_heappop_max", (a, k) -> pop(checkedList("_heappop_max", a, k), true));
        Ext.function(m, "heapreplace", (a, k) -> {
            Ext.positionalOnly("heapreplace", a, k, 2, 2);
            return replace(list("heapreplace", a[0]), a[1], false);
        });
        Ext.function(m, "_heapreplace_max", (a, k) -> {
            Ext.positionalOnly("_heapreplace_max", a, k, 2, 2);
            return replace(list("_heapreplace_max", a[0]), a[1], true);
        });
        Ext.function(m, "heappushpop", (a, k) -> {
            Ext.positionalOnly("heappushpop", a, k, 2, 2);
            return pushPop(list("heappushpop", a[0]), a[1]);
        });
        Ext.function(m, "heapify", (a, k) -> {
            heapify(checkedList("heapify", a, k), false);
            return Singletons.NONE;
        });
        Ext.function(m, "_heapify_max", (a, k) -> {
            heapify(checkedList("_heapify_max", a, k), true);
            return Singletons.NONE;
        });
        return m;
    }

    /** The single list argument of a one-argument function: "NAME() argument must be list, not T". */
    private static PyList checkedList(String name, Object[] args, String[] kwnames) {
        if (kwnames != null && kwnames.length > 0) {
            throw Errors.typeError(name + "() takes no keyword arguments");
        }
        if (args.length != 1) {
            throw Errors.typeError(name + "() takes exactly one argument (" + args.length + " given)");
        }
        if (!(args[0] instanceof PyList l) || !PyType.of(l).isSubtypeOf(PyList.TYPE)) {
            throw Errors.typeError(name + "() argument must be list, not " + Errors.typeName(args[0]));
        }
        return l;
    }

    private static PyList list(String name, Object heap) {
        if (!(heap instanceof PyList l) || !PyType.of(l).isSubtypeOf(PyList.TYPE)) {
            throw Errors.typeError(name + "() argument 1 must be list, not " + Errors.typeName(heap));
        }
        return l;
    }

    /** {@code a < b}, or {@code b < a} for the max-heap variants. */
    private static boolean before(Object a, Object b, boolean max) {
        return max ? Abstract.isTrue(Abstract.compare(Abstract.CompareOp.LT, b, a))
                : Abstract.isTrue(Abstract.compare(Abstract.CompareOp.LT, a, b));
    }

    private static PyException changedSize() {
        return Errors.of(Errors.RUNTIME_ERROR, "list changed size during iteration");
    }

    private static PyException empty() {
        return Errors.indexError("index out of range");
    }

    /** Moves the item at {@code pos} up towards {@code start} while it sorts before its parent. */
    private static void siftDown(PyList heap, int start, int pos, boolean max) {
        int size = heap.size;
        if (pos >= size) {
            throw empty();
        }
        while (pos > start) {
            int parentPos = (pos - 1) >> 1;
            boolean smaller = before(heap.items[pos], heap.items[parentPos], max);
            if (size != heap.size) {
                throw changedSize();
            }
            if (!smaller) {
                break;
            }
            Object[] items = heap.items;
            Object parent = items[parentPos];
            items[parentPos] = items[pos];
            items[pos] = parent;
            pos = parentPos;
        }
    }

    /** Moves the smaller child up until {@code pos} is a leaf, then the item there back up (CPython's _siftup). */
    private static void siftUp(PyList heap, int pos, boolean max) {
        int end = heap.size;
        int start = pos;
        if (pos >= end) {
            throw empty();
        }
        int limit = end >> 1;
        while (pos < limit) {
            int child = 2 * pos + 1;
            if (child + 1 < end) {
                boolean leftFirst = before(heap.items[child], heap.items[child + 1], max);
                if (end != heap.size) {
                    throw changedSize();
                }
                if (!leftFirst) {
                    child++;
                }
            }
            Object[] items = heap.items;
            Object tmp = items[child];
            items[child] = items[pos];
            items[pos] = tmp;
            pos = child;
        }
        siftDown(heap, start, pos, max);
    }

    private static Object pop(PyList heap, boolean max) {
        int n = heap.size;
        if (n == 0) {
            throw empty();
        }
        Object last = heap.remove(n - 1);
        if (n == 1) {
            return last;
        }
        Object top = heap.items[0];
        heap.items[0] = last;
        siftUp(heap, 0, max);
        return top;
    }

    private static Object replace(PyList heap, Object item, boolean max) {
        if (heap.size == 0) {
            throw empty();
        }
        Object top = heap.items[0];
        heap.items[0] = item;
        siftUp(heap, 0, max);
        return top;
    }

    private static Object pushPop(PyList heap, Object item) {
        if (heap.size == 0) {
            return item;
        }
        Object top = heap.items[0];
        boolean topFirst = before(top, item, false);
        if (!topFirst) {
            return item;
        }
        if (heap.size == 0) {
            throw empty();
        }
        top = heap.items[0];
        heap.items[0] = item;
        siftUp(heap, 0, false);
        return top;
    }

    /**
     * Heapify in CPython's order: bottom-up siftUps, and for large lists its cache-friendly order
     * (the subtrees of one row first), which gives the same heap as CPython's for the same input.
     */
    private static void heapify(PyList heap, boolean max) {
        int n = heap.size;
        if (n > 2500) {
            int m = n >> 1; // first childless node
            int leftmost = Integer.highestOneBit(m + 1) - 1; // leftmost node in the row of m
            int mhalf = m >> 1; // parent of the first childless node
            for (int i = leftmost - 1; i >= mhalf; i--) {
                siftUpChain(heap, i, max);
            }
            for (int i = m - 1; i >= leftmost; i--) {
                siftUpChain(heap, i, max);
            }
            return;
        }
        for (int i = n / 2 - 1; i >= 0; i--) {
            siftUp(heap, i, max);
        }
    }

    /** siftUp of {@code i}, then of its ancestors for as long as the node is a left child. */
    private static void siftUpChain(PyList heap, int i, boolean max) {
        int j = i;
        while (true) {
            siftUp(heap, j, max);
            if ((j & 1) == 0) {
                break;
            }
            j >>= 1;
        }
    }
}
