package org.pyston.runtime.objects;

import java.math.BigInteger;

/** {@code slice(start, stop, step)}. */
public final class PySlice extends PyObject {
    public static final PyType TYPE = PyType.builtin("slice", PySlice.class);
    public final Object start, stop, step;

    public PySlice(Object start, Object stop, Object step) {
        this.start = start;
        this.stop = stop;
        this.step = step;
    }

    @Override
    public PyType type() {
        return TYPE;
    }

    static {
        TYPE.define("__hash__", Singletons.NONE); // slices are unhashable in 3.11
        // pickle and copy rebuild it as slice(start, stop, step)
        TYPE.defineMethod("__reduce__", (a, k) -> {
            PySlice s = (PySlice) a[0];
            return PyTuple.of(TYPE, PyTuple.of(s.start, s.stop, s.step));
        });
        TYPE.defineMethod("indices", (a, k) -> {
            Object length = Abstract.indexValue(a[1]);
            BigInteger n = Abstract.big(length);
            if (n.signum() < 0) {
                throw Errors.valueError("length should not be negative");
            }
            BigInteger[] r = ((PySlice) a[0]).bigIndices(n);
            return PyTuple.of(Abstract.normalize(r[0]), Abstract.normalize(r[1]), Abstract.normalize(r[2]));
        });
    }

    /** A slice bound or step as an int: None is null; other non-ints are CPython's TypeError. */
    private static Object bound(Object v) {
        if (v == Singletons.NONE) {
            return null;
        }
        if (!(Abstract.isInt(v) || v instanceof PyObject && PyType.of(v).lookup("__index__") != null)) {
            throw Errors.typeError("slice indices must be integers or None or have an __index__ method");
        }
        return Abstract.indexValue(v);
    }

    /** A bound clamped into the long range (what a sequence of any real length sees alike). */
    private static long clamped(Object v) {
        if (v instanceof Long l) {
            return l;
        }
        return ((BigInteger) v).signum() < 0 ? Long.MIN_VALUE : Long.MAX_VALUE;
    }

    /** Resolves against a sequence length: {start, stop, step, count} as CPython's PySlice_AdjustIndices. */
    public long[] indices(long length) {
        Object stepBound = bound(step);
        long stepV = stepBound == null ? 1 : Math.max(-Long.MAX_VALUE, clamped(stepBound));
        if (stepV == 0) {
            throw Errors.valueError("slice step cannot be zero");
        }
        Object startBound = bound(start);
        Object stopBound = bound(stop);
        long lower = stepV < 0 ? -1 : 0;
        long upper = stepV < 0 ? length - 1 : length;
        long startV = startBound == null ? (stepV < 0 ? upper : lower) : adjust(clamped(startBound), length, lower, upper);
        long stopV = stopBound == null ? (stepV < 0 ? lower : upper) : adjust(clamped(stopBound), length, lower, upper);
        long count;
        if (stepV > 0) {
            count = startV < stopV ? (stopV - startV - 1) / stepV + 1 : 0;
        } else {
            count = stopV < startV ? (startV - stopV - 1) / -stepV + 1 : 0;
        }
        return new long[] {startV, stopV, stepV, count};
    }

    private static long adjust(long v, long length, long lower, long upper) {
        if (v < 0) {
            v += length;
            return v < lower ? lower : v;
        }
        return v > upper ? upper : v;
    }

    /** {start, stop, step} against a length of any size (slice.indices, range slicing). */
    public BigInteger[] bigIndices(BigInteger length) {
        Object stepBound = bound(step);
        BigInteger stepV = stepBound == null ? BigInteger.ONE : Abstract.big(stepBound);
        if (stepV.signum() == 0) {
            throw Errors.valueError("slice step cannot be zero");
        }
        Object startBound = bound(start);
        Object stopBound = bound(stop);
        BigInteger lower = stepV.signum() < 0 ? BigInteger.ONE.negate() : BigInteger.ZERO;
        BigInteger upper = stepV.signum() < 0 ? length.subtract(BigInteger.ONE) : length;
        BigInteger startV = startBound == null ? (stepV.signum() < 0 ? upper : lower)
                : adjust(Abstract.big(startBound), length, lower, upper);
        BigInteger stopV = stopBound == null ? (stepV.signum() < 0 ? lower : upper)
                : adjust(Abstract.big(stopBound), length, lower, upper);
        return new BigInteger[] {startV, stopV, stepV};
    }

    private static BigInteger adjust(BigInteger v, BigInteger length, BigInteger lower, BigInteger upper) {
        if (v.signum() < 0) {
            v = v.add(length);
            return v.compareTo(lower) < 0 ? lower : v;
        }
        return v.compareTo(upper) > 0 ? upper : v;
    }
}
