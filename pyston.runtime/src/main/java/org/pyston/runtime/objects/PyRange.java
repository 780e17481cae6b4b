package org.pyston.runtime.objects;

/** {@code range} over longs. */
public final class PyRange extends PyObject {
    public static final PyType TYPE = PyType.builtin("range", PyRange.class);
    public final long start, stop, step;

    public PyRange(long start, long stop, long step) {
        if (step == 0) {
            throw Errors.valueError("range() arg 3 must not be zero");
        }
        this.start = start;
        this.stop = stop;
        this.step = step;
    }

    @Override
    public PyType type() {
        return TYPE;
    }

    static {
        TYPE.defineMethod("index", (a, k) -> {
            PyRange r = (PyRange) a[0];
            if (a[1] instanceof Long v && Abstract.contains(r, v)) {
                return (v - r.start) / r.step;
            }
            throw Errors.valueError(Abstract.repr(a[1]) + " is not in range");
        });
        TYPE.defineMethod("count", (a, k) -> Abstract.contains(a[0], a[1]) ? 1L : 0L);
    }

    /** Ranges are equal when they give the same numbers (start and step matter only as far as they are used). */
    boolean sameSequence(PyRange o) {
        long n = length();
        if (n != o.length()) {
            return false;
        }
        return n == 0 || start == o.start && (n == 1 || step == o.step);
    }

    /** Hashes as CPython: the tuple (length, start, step) with the unused parts None. */
    long hash() {
        long n = length();
        return Abstract.hash(PyTuple.of(n, n == 0 ? Singletons.NONE : (Object) start,
                n <= 1 ? Singletons.NONE : (Object) step));
    }

    public long length() {
        if (step > 0) {
            return start < stop ? (stop - start - 1) / step + 1 : 0;
        }
        return stop < start ? (start - stop - 1) / -step + 1 : 0;
    }
}
