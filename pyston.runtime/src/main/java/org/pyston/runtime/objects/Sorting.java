package org.pyston.runtime.objects;

/**
 * {@code list.sort}/{@code sorted}: a stable natural merge sort that makes the same {@code <}
 * comparisons, in the same order, as CPython 3.11's list sort (runs found ascending or strictly
 * descending, short runs extended by binary insertion to a minimum length, runs merged by the
 * "powersort" policy, merges that switch to galloping while one side keeps winning). So code that
 * watches its {@code __lt__} calls, or a comparison that raises half-way, sees what CPython shows.
 * Only {@code <} is ever asked; with a key function the keys are computed once, in list order.
 */
final class Sorting {
    private static final int MIN_GALLOP = 7;
    /** More than enough pending runs for any array length (the stack depth is logarithmic). */
    private static final int MAX_RUNS = 85;

    private final Object[] keys;
    /** The items, moved along with their keys; null when the keys are the items. */
    private final Object[] values;
    private final int length;
    private int minGallop = MIN_GALLOP;
    private final int[] runBase = new int[MAX_RUNS];
    private final int[] runLength = new int[MAX_RUNS];
    private final int[] runPower = new int[MAX_RUNS];
    private int runs;
    private Object[] tmpKeys = new Object[0];
    private Object[] tmpValues;
    /** Set by {@link #countRun}: the run found is strictly descending. */
    private boolean descending;

    private Sorting(Object[] keys, Object[] values, int length) {
        this.keys = keys;
        this.values = values;
        this.length = length;
    }

    /**
     * Sorts {@code list} in place. While it runs the list looks empty; if Python code changes the
     * list meanwhile (a key function, a {@code __lt__}), the changes are dropped and ValueError
     * is raised, as CPython does.
     */
    static void sort(PyList list, Object key, Object reverse) {
        boolean rev = reverse != null && Abstract.big(Abstract.indexValue(reverse)).signum() != 0;
        boolean keyed = key != null && key != Singletons.NONE;
        int n = list.size;
        Object[] items = list.items;
        Object[] placeholder = new Object[0];
        list.items = placeholder;
        list.size = 0;
        boolean modified;
        try {
            Object[] keys = items;
            if (keyed) {
                keys = new Object[n];
                for (int i = 0; i < n; i++) {
                    keys[i] = Abstract.call(key, new Object[] {items[i]}, null);
                }
            }
            if (n > 1) {
                if (rev) {
                    // reversing before and after a stable sort keeps equal items in their order
                    reverse(keys, 0, n);
                    if (keyed) {
                        reverse(items, 0, n);
                    }
                }
                try {
                    new Sorting(keys, keyed ? items : null, n).run();
                } finally {
                    if (rev) {
                        reverse(items, 0, n);
                    }
                }
            }
        } finally {
            modified = list.items != placeholder;
            list.items = items;
            list.size = n;
        }
        if (modified) {
            throw Errors.valueError("list modified during sort");
        }
    }

    private static boolean lessThan(Object a, Object b) {
        if (a instanceof Long x && b instanceof Long y) {
            return x < y;
        }
        return Abstract.isTrue(Abstract.compare(Abstract.CompareOp.LT, a, b));
    }

    private static void reverse(Object[] a, int lo, int hi) {
        for (int i = lo, j = hi - 1; i < j; i++, j--) {
            Object t = a[i];
            a[i] = a[j];
            a[j] = t;
        }
    }

    private void run() {
        int minRun = minRunLength(length);
        int lo = 0;
        int remaining = length;
        do {
            int n = countRun(lo, lo + remaining);
            if (descending) {
                reverse(keys, lo, lo + n);
                if (values != null) {
                    reverse(values, lo, lo + n);
                }
            }
            if (n < minRun) {
                int force = Math.min(remaining, minRun);
                binaryInsertionSort(lo, lo + force, lo + n);
                n = force;
            }
            foundNewRun(n);
            runBase[runs] = lo;
            runLength[runs] = n;
            runs++;
            lo += n;
            remaining -= n;
        } while (remaining > 0);
        while (runs > 1) {
            int i = runs - 2;
            if (i > 0 && runLength[i - 1] < runLength[i + 1]) {
                i--;
            }
            mergeAt(i);
        }
    }

    /** The minimum run length: between 32 and 64, such that n / minRun is a power of two or just below one. */
    private static int minRunLength(int n) {
        int r = 0;
        while (n >= 64) {
            r |= n & 1;
            n >>= 1;
        }
        return n + r;
    }

    /** The length of the run starting at {@code lo}: ascending (non-descending), or strictly descending. */
    private int countRun(int lo, int hi) {
        descending = false;
        if (lo + 1 == hi) {
            return 1;
        }
        int n = 2;
        if (lessThan(keys[lo + 1], keys[lo])) {
            descending = true;
            for (int i = lo + 2; i < hi && lessThan(keys[i], keys[i - 1]); i++) {
                n++;
            }
        } else {
            for (int i = lo + 2; i < hi && !lessThan(keys[i], keys[i - 1]); i++) {
                n++;
            }
        }
        return n;
    }

    /** Sorts [lo, hi) of which [lo, start) is already sorted, inserting each next item after its equals. */
    private void binaryInsertionSort(int lo, int hi, int start) {
        if (lo == start) {
            start++;
        }
        for (; start < hi; start++) {
            Object pivot = keys[start];
            int left = lo;
            int right = start;
            do {
                int mid = left + ((right - left) >> 1);
                if (lessThan(pivot, keys[mid])) {
                    right = mid;
                } else {
                    left = mid + 1;
                }
            } while (left < right);
            System.arraycopy(keys, left, keys, left + 1, start - left);
            keys[left] = pivot;
            if (values != null) {
                Object v = values[start];
                System.arraycopy(values, left, values, left + 1, start - left);
                values[left] = v;
            }
        }
    }

    /**
     * The powersort "power" of the boundary between the run at {@code s1} of length {@code n1}
     * and the next of length {@code n2}: the first bit where their midpoints, as fractions of the
     * whole length, differ.
     */
    private static int power(long s1, long n1, long n2, long n) {
        long a = 2 * s1 + n1;
        long b = a + n1 + n2;
        int result = 0;
        while (true) {
            result++;
            if (a >= n) {
                a -= n;
                b -= n;
            } else if (b >= n) {
                return result;
            }
            a <<= 1;
            b <<= 1;
        }
    }

    /** Merges pending runs deeper than the boundary with the run of length {@code n2} that follows. */
    private void foundNewRun(int n2) {
        if (runs == 0) {
            return;
        }
        int p = power(runBase[runs - 1], runLength[runs - 1], n2, length);
        while (runs > 1 && runPower[runs - 2] > p) {
            mergeAt(runs - 2);
        }
        runPower[runs - 1] = p;
    }

    /** Merges pending runs i and i + 1. */
    private void mergeAt(int i) {
        int baseA = runBase[i];
        int na = runLength[i];
        int baseB = runBase[i + 1];
        int nb = runLength[i + 1];
        runLength[i] = na + nb;
        if (i == runs - 3) {
            runBase[i + 1] = runBase[i + 2];
            runLength[i + 1] = runLength[i + 2];
            runPower[i + 1] = runPower[i + 2];
        }
        runs--;
        // the items of A before B's first are in place already; so are B's after A's last
        int k = gallopRight(keys[baseB], keys, baseA, na, 0);
        baseA += k;
        na -= k;
        if (na == 0) {
            return;
        }
        nb = gallopLeft(keys[baseA + na - 1], keys, baseB, nb, nb - 1);
        if (nb <= 0) {
            return;
        }
        if (na <= nb) {
            mergeLow(baseA, na, baseB, nb);
        } else {
            mergeHigh(baseA, na, baseB, nb);
        }
    }

    /**
     * Where {@code key} goes in the sorted {@code a[base, base + n)}, before any equal items: the
     * k with a[k-1] < key <= a[k], searched from {@code hint} outwards by doubling steps.
     */
    private static int gallopLeft(Object key, Object[] a, int base, int n, int hint) {
        int lastOfs = 0;
        int ofs = 1;
        if (lessThan(a[base + hint], key)) {
            int maxOfs = n - hint;
            while (ofs < maxOfs && lessThan(a[base + hint + ofs], key)) {
                lastOfs = ofs;
                ofs = (ofs << 1) + 1;
            }
            ofs = Math.min(ofs, maxOfs);
            lastOfs += hint;
            ofs += hint;
        } else {
            int maxOfs = hint + 1;
            while (ofs < maxOfs && !lessThan(a[base + hint - ofs], key)) {
                lastOfs = ofs;
                ofs = (ofs << 1) + 1;
            }
            ofs = Math.min(ofs, maxOfs);
            int k = lastOfs;
            lastOfs = hint - ofs;
            ofs = hint - k;
        }
        lastOfs++;
        while (lastOfs < ofs) {
            int m = lastOfs + ((ofs - lastOfs) >> 1);
            if (lessThan(a[base + m], key)) {
                lastOfs = m + 1;
            } else {
                ofs = m;
            }
        }
        return ofs;
    }

    /** Like {@link #gallopLeft} but after any equal items: a[k-1] <= key < a[k]. */
    private static int gallopRight(Object key, Object[] a, int base, int n, int hint) {
        int lastOfs = 0;
        int ofs = 1;
        if (lessThan(key, a[base + hint])) {
            int maxOfs = hint + 1;
            while (ofs < maxOfs && lessThan(key, a[base + hint - ofs])) {
                lastOfs = ofs;
                ofs = (ofs << 1) + 1;
            }
            ofs = Math.min(ofs, maxOfs);
            int k = lastOfs;
            lastOfs = hint - ofs;
            ofs = hint - k;
        } else {
            int maxOfs = n - hint;
            while (ofs < maxOfs && !lessThan(key, a[base + hint + ofs])) {
                lastOfs = ofs;
                ofs = (ofs << 1) + 1;
            }
            ofs = Math.min(ofs, maxOfs);
            lastOfs += hint;
            ofs += hint;
        }
        lastOfs++;
        while (lastOfs < ofs) {
            int m = lastOfs + ((ofs - lastOfs) >> 1);
            if (lessThan(key, a[base + m])) {
                ofs = m;
            } else {
                lastOfs = m + 1;
            }
        }
        return ofs;
    }

    private void ensureTemp(int n) {
        if (tmpKeys.length < n) {
            tmpKeys = new Object[Math.max(n, tmpKeys.length * 2)];
            if (values != null) {
                tmpValues = new Object[tmpKeys.length];
            }
        }
    }

    /** Copies {@code n} items (keys and values) between the main arrays (false) and the temporary ones (true). */
    private void move(boolean fromTemp, int from, boolean toTemp, int to, int n) {
        System.arraycopy(fromTemp ? tmpKeys : keys, from, toTemp ? tmpKeys : keys, to, n);
        if (values != null) {
            System.arraycopy(fromTemp ? tmpValues : values, from, toTemp ? tmpValues : values, to, n);
        }
    }

    /** Merges the adjacent runs A and B (A not longer than B) left to right, with A copied aside. */
    private void mergeLow(int baseA, int na, int baseB, int nb) {
        ensureTemp(na);
        move(false, baseA, true, 0, na);
        int dest = baseA;
        int a = 0; // in the temporary arrays
        int b = baseB;
        move(false, b++, false, dest++, 1);
        nb--;
        boolean lastOfA = false; // A is down to its last item, which goes after all of B's
        boolean done = false;
        try {
            merge:
            {
                if (nb == 0) {
                    break merge;
                }
                if (na == 1) {
                    lastOfA = true;
                    break merge;
                }
                int gallop = minGallop;
                while (true) {
                    int aWins = 0;
                    int bWins = 0;
                    while (true) {
                        if (lessThan(keys[b], tmpKeys[a])) {
                            move(false, b++, false, dest++, 1);
                            bWins++;
                            aWins = 0;
                            if (--nb == 0) {
                                break merge;
                            }
                            if (bWins >= gallop) {
                                break;
                            }
                        } else {
                            move(true, a++, false, dest++, 1);
                            aWins++;
                            bWins = 0;
                            if (--na == 1) {
                                lastOfA = true;
                                break merge;
                            }
                            if (aWins >= gallop) {
                                break;
                            }
                        }
                    }
                    gallop++;
                    do {
                        gallop -= gallop > 1 ? 1 : 0;
                        minGallop = gallop;
                        int k = gallopRight(keys[b], tmpKeys, a, na, 0);
                        aWins = k;
                        if (k != 0) {
                            move(true, a, false, dest, k);
                            dest += k;
                            a += k;
                            na -= k;
                            if (na == 1) {
                                lastOfA = true;
                                break merge;
                            }
                            if (na == 0) {
                                break merge; // only with an inconsistent comparison
                            }
                        }
                        move(false, b++, false, dest++, 1);
                        if (--nb == 0) {
                            break merge;
                        }
                        k = gallopLeft(tmpKeys[a], keys, b, nb, 0);
                        bWins = k;
                        if (k != 0) {
                            move(false, b, false, dest, k);
                            dest += k;
                            b += k;
                            nb -= k;
                            if (nb == 0) {
                                break merge;
                            }
                        }
                        move(true, a++, false, dest++, 1);
                        if (--na == 1) {
                            lastOfA = true;
                            break merge;
                        }
                    } while (aWins >= MIN_GALLOP || bWins >= MIN_GALLOP);
                    gallop++; // leaving galloping mode costs
                    minGallop = gallop;
                }
            }
            done = true;
        } finally {
            if (done && lastOfA) {
                move(false, b, false, dest, nb);
                move(true, a, false, dest + nb, 1);
            } else if (na > 0) {
                move(true, a, false, dest, na); // also after a failed comparison: the list keeps every item
            }
        }
    }

    /** Merges the adjacent runs A and B (A longer than B) right to left, with B copied aside. */
    private void mergeHigh(int baseA, int na, int baseB, int nb) {
        ensureTemp(nb);
        move(false, baseB, true, 0, nb);
        int dest = baseB + nb - 1;
        int a = baseA + na - 1;
        int b = nb - 1; // in the temporary arrays
        move(false, a--, false, dest--, 1);
        na--;
        boolean firstOfB = false; // B is down to its first item, which goes before all of A's
        boolean done = false;
        try {
            merge:
            {
                if (na == 0) {
                    break merge;
                }
                if (nb == 1) {
                    firstOfB = true;
                    break merge;
                }
                int gallop = minGallop;
                while (true) {
                    int aWins = 0;
                    int bWins = 0;
                    while (true) {
                        if (lessThan(tmpKeys[b], keys[a])) {
                            move(false, a--, false, dest--, 1);
                            aWins++;
                            bWins = 0;
                            if (--na == 0) {
                                break merge;
                            }
                            if (aWins >= gallop) {
                                break;
                            }
                        } else {
                            move(true, b--, false, dest--, 1);
                            bWins++;
                            aWins = 0;
                            if (--nb == 1) {
                                firstOfB = true;
                                break merge;
                            }
                            if (bWins >= gallop) {
                                break;
                            }
                        }
                    }
                    gallop++;
                    do {
                        gallop -= gallop > 1 ? 1 : 0;
                        minGallop = gallop;
                        int k = na - gallopRight(tmpKeys[b], keys, baseA, na, na - 1);
                        aWins = k;
                        if (k != 0) {
                            dest -= k;
                            a -= k;
                            move(false, a + 1, false, dest + 1, k);
                            na -= k;
                            if (na == 0) {
                                break merge;
                            }
                        }
                        move(true, b--, false, dest--, 1);
                        if (--nb == 1) {
                            firstOfB = true;
                            break merge;
                        }
                        k = nb - gallopLeft(keys[a], tmpKeys, 0, nb, nb - 1);
                        bWins = k;
                        if (k != 0) {
                            dest -= k;
                            b -= k;
                            move(true, b + 1, false, dest + 1, k);
                            nb -= k;
                            if (nb == 1) {
                                firstOfB = true;
                                break merge;
                            }
                            if (nb == 0) {
                                break merge; // only with an inconsistent comparison
                            }
                        }
                        move(false, a--, false, dest--, 1);
                        if (--na == 0) {
                            break merge;
                        }
                    } while (aWins >= MIN_GALLOP || bWins >= MIN_GALLOP);
                    gallop++;
                    minGallop = gallop;
                }
            }
            done = true;
        } finally {
            if (done && firstOfB) {
                dest -= na;
                a -= na;
                move(false, a + 1, false, dest + 1, na);
                move(true, b, false, dest, 1);
            } else if (nb > 0) {
                move(true, 0, false, dest - (nb - 1), nb);
            }
        }
    }
}
