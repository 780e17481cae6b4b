package org.pyston.runtime.objects;

import java.util.Arrays;

/** {@code list.sort}/{@code sorted}: stable (TimSort), key function, reverse, CPython's errors. */
final class Sorting {
    private Sorting() {
    }

    static void sort(PyList list, Object key, Object reverse) {
        boolean rev = reverse != null && Abstract.isTrue(reverse);
        int n = list.size;
        Object[] items = Arrays.copyOf(list.items, n);
        Object[] keys = items;
        if (key != null && key != Singletons.NONE) {
            keys = new Object[n];
            for (int i = 0; i < n; i++) {
                keys[i] = Abstract.call(key, new Object[] {items[i]}, null);
            }
        }
        Integer[] order = new Integer[n];
        for (int i = 0; i < n; i++) {
            order[i] = rev ? n - 1 - i : i;
        }
        final Object[] k = keys;
        // Reverse stability as CPython: reverse, sort stably, reverse back.
        Arrays.sort(order, (x, y) -> {
            if (Abstract.isTrue(Abstract.compare(Abstract.CompareOp.LT, k[x], k[y]))) {
                return -1;
            }
            if (Abstract.isTrue(Abstract.compare(Abstract.CompareOp.LT, k[y], k[x]))) {
                return 1;
            }
            return 0;
        });
        Object[] sorted = new Object[n];
        for (int i = 0; i < n; i++) {
            sorted[rev ? n - 1 - i : i] = items[order[i]];
        }
        if (list.size != n) {
            throw Errors.valueError("list modified during sort");
        }
        System.arraycopy(sorted, 0, list.items, 0, n);
    }
}
