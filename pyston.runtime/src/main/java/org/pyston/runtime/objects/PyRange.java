package org.pyston.runtime.objects;

import java.math.BigInteger;

/**
 * {@code range}: over longs when the bounds, step and length fit (the common case, with
 * {@link #start}, {@link #stop}, {@link #step} usable directly), otherwise over BigIntegers.
 */
public final class PyRange extends PyObject {
    public static final PyType TYPE = PyType.builtin("range", PyRange.class);
    /** The bounds and step; meaningful only when {@link #isLong()}. */
    public final long start, stop, step;
    private final long length;
    /** start, stop, step, length when one of them does not fit a long; else null. */
    private final BigInteger[] big;

    public PyRange(long start, long stop, long step) {
        if (step == 0) {
            throw Errors.valueError("range() arg 3 must not be zero");
        }
        long len = longLength(start, stop, step);
        if (len >= 0) {
            this.start = start;
            this.stop = stop;
            this.step = step;
            this.length = len;
            this.big = null;
        } else {
            PyRange r = new PyRange(BigInteger.valueOf(start), BigInteger.valueOf(stop), BigInteger.valueOf(step));
            this.start = r.start;
            this.stop = r.stop;
            this.step = r.step;
            this.length = r.length;
            this.big = r.big;
        }
    }

    /** The length of a long range when the arithmetic cannot overflow (the common case), else -1. */
    private static long longLength(long start, long stop, long step) {
        // (Math.abs(Long.MIN_VALUE) is negative: compare both bounds instead)
        long limit = 1L << 62;
        if (start >= limit || start <= -limit || stop >= limit || stop <= -limit || step == Long.MIN_VALUE) {
            return -1;
        }
        long span = step > 0 ? stop - start : start - stop;
        return span <= 0 ? 0 : (span - 1) / Math.abs(step) + 1;
    }

    private PyRange(BigInteger start, BigInteger stop, BigInteger step) {
        if (step.signum() == 0) {
            throw Errors.valueError("range() arg 3 must not be zero");
        }
        BigInteger len = lengthOf(start, stop, step);
        if (start.bitLength() < 64 && stop.bitLength() < 64 && step.bitLength() < 64 && len.bitLength() < 64) {
            this.start = start.longValue();
            this.stop = stop.longValue();
            this.step = step.longValue();
            this.length = len.longValue();
            this.big = null;
        } else {
            this.start = 0;
            this.stop = 0;
            this.step = 1;
            this.length = 0;
            this.big = new BigInteger[] {start, stop, step, len};
        }
    }

    /** {@code range(...)} with the arguments as given (1 to 3 of them). */
    static PyRange of(Object[] args, String[] kwnames) {
        if (kwnames != null && kwnames.length > 0) {
            throw Errors.typeError("range() takes no keyword arguments");
        }
        if (args.length == 0) {
            throw Errors.typeError("range expected at least 1 argument, got 0");
        }
        if (args.length > 3) {
            throw Errors.typeError("range expected at most 3 arguments, got " + args.length);
        }
        if (args.length == 1 && args[0] instanceof Long stop) {
            return new PyRange(0, stop, 1);
        }
        if (args.length >= 2 && args[0] instanceof Long start && args[1] instanceof Long stop
                && (args.length == 2 || args[2] instanceof Long)) {
            return new PyRange(start, stop, args.length == 2 ? 1 : (Long) args[2]);
        }
        if (args.length == 1) {
            return new PyRange(BigInteger.ZERO, bigIndex(args[0]), BigInteger.ONE);
        }
        return new PyRange(bigIndex(args[0]), bigIndex(args[1]), args.length > 2 ? bigIndex(args[2]) : BigInteger.ONE);
    }

    private static BigInteger bigIndex(Object o) {
        return Abstract.big(Abstract.indexValue(o));
    }

    private static BigInteger lengthOf(BigInteger start, BigInteger stop, BigInteger step) {
        BigInteger span = step.signum() > 0 ? stop.subtract(start) : start.subtract(stop);
        if (span.signum() <= 0) {
            return BigInteger.ZERO;
        }
        return span.subtract(BigInteger.ONE).divide(step.abs()).add(BigInteger.ONE);
    }

    @Override
    public PyType type() {
        return TYPE;
    }

    static {
        TYPE.defineMethod("index", (a, k) -> {
            PyRange r = (PyRange) a[0];
            if (Abstract.isInt(a[1])) {
                BigInteger i = r.positionOf(Abstract.big(a[1]));
                if (i != null) {
                    return Abstract.normalize(i);
                }
                throw Errors.valueError(Abstract.repr(a[1]) + " is not in range");
            }
            long i = 0;
            PyIterator it = r.iterator();
            for (Object v = it.next(); v != null; v = it.next(), i++) {
                if (v == a[1] || Abstract.eq(v, a[1])) {
                    return i;
                }
            }
            throw Errors.valueError("sequence.index(x): x not in sequence");
        });
        TYPE.defineMethod("count", (a, k) -> {
            PyRange r = (PyRange) a[0];
            if (Abstract.isInt(a[1])) {
                return r.positionOf(Abstract.big(a[1])) != null ? 1L : 0L;
            }
            long n = 0;
            PyIterator it = r.iterator();
            for (Object v = it.next(); v != null; v = it.next()) {
                if (v == a[1] || Abstract.eq(v, a[1])) {
                    n++;
                }
            }
            return n;
        });
        TYPE.defineMethod("__reduce__", (a, k) -> {
            PyRange r = (PyRange) a[0];
            return PyTuple.of(TYPE, PyTuple.of(r.startValue(), r.stopValue(), r.stepValue()));
        });
        TYPE.defineMethod("__reversed__", (a, k) -> ((PyRange) a[0]).reversed());
        TYPE.defineMethod("__iter__", (a, k) -> ((PyRange) a[0]).iterator());
        TYPE.defineMethod("__len__", (a, k) -> ((PyRange) a[0]).length());
        TYPE.defineMethod("__contains__", (a, k) -> ((PyRange) a[0]).contains(a[1]));
        TYPE.defineMethod("__getitem__", (a, k) -> ((PyRange) a[0]).getItem(a[1]));
        TYPE.defineMethod("__hash__", (a, k) -> ((PyRange) a[0]).hash());
        TYPE.defineMethod("__eq__", (a, k) -> a[1] instanceof PyRange r ? (Object) ((PyRange) a[0]).sameValues(r)
                : Singletons.NOT_IMPLEMENTED);
        TYPE.defineMethod("__ne__", (a, k) -> a[1] instanceof PyRange r ? (Object) !((PyRange) a[0]).sameValues(r)
                : Singletons.NOT_IMPLEMENTED);
    }

    /** Whether the bounds, step and length fit longs (then the long fields hold them). */
    public boolean isLong() {
        return big == null;
    }

    public Object startValue() {
        return big == null ? (Object) start : Abstract.normalize(big[0]);
    }

    public Object stopValue() {
        return big == null ? (Object) stop : Abstract.normalize(big[1]);
    }

    public Object stepValue() {
        return big == null ? (Object) step : Abstract.normalize(big[2]);
    }

    /** The length as a Python int. */
    public Object lengthValue() {
        return big == null ? (Object) length : Abstract.normalize(big[3]);
    }

    /** len(): OverflowError when the length does not fit, as CPython. */

    /** Ranges are equal when they give the same numbers (start and step matter only as far as they are used). */
    boolean sameSequence(PyRange o) {
        Object n = lengthValue();
        if (!Abstract.eq(n, o.lengthValue())) {
            return false;
        }
        if (Abstract.eq(n, 0L)) {
            return true;
        }
        return Abstract.eq(startValue(), o.startValue()) && (Abstract.eq(n, 1L) || Abstract.eq(stepValue(), o.stepValue()));
    }

    public long length() {
        if (big != null) {
            if (big[3].bitLength() >= 64) {
                throw Errors.overflow("Python int too large to convert to C ssize_t");
            }
            return big[3].longValue();
        }
        return length;
    }

    public boolean isEmpty() {
        return big == null ? length == 0 : big[3].signum() == 0;
    }

    private BigInteger bigStart() {
        return big == null ? BigInteger.valueOf(start) : big[0];
    }

    private BigInteger bigStep() {
        return big == null ? BigInteger.valueOf(step) : big[2];
    }

    private BigInteger bigLength() {
        return big == null ? BigInteger.valueOf(length) : big[3];
    }

    public PyIterator iterator() {
        // CPython's range_iterator only where one more step from the end cannot overflow a C long
        // (its reduction computes start + len * step); else longrange_iterator
        if (big == null && (length == 0 || (step > 0 ? stop <= Long.MAX_VALUE - (step - 1)
                : stop >= Long.MIN_VALUE + (-1 - step)))) {
            return new PyIterator.RangeIterator(start, step, length);
        }
        return new PyIterator.LongRangeIterator(bigStart(), bigStep(), bigLength());
    }

    /** reversed(range): from the last value down, by the negated step. */
    PyIterator reversed() {
        // CPython's checks: -step and start - step must not overflow a C long
        boolean fits = big == null && step != Long.MIN_VALUE
                && (step > 0 ? start >= Long.MIN_VALUE + step : start <= Long.MAX_VALUE + step);
        if (fits && length > 0) {
            long last = start + (length - 1) * step; // within [start, stop): no overflow
            return new PyIterator.RangeIterator(last, -step, length);
        } else if (fits) {
            return new PyIterator.RangeIterator(start, 1, 0);
        }
        BigInteger len = bigLength();
        BigInteger last = bigStart().add(len.subtract(BigInteger.ONE).multiply(bigStep()));
        return new PyIterator.LongRangeIterator(last, bigStep().negate(), len);
    }

    /** The position of int {@code v} in the range, or null when absent. */
    private BigInteger positionOf(BigInteger v) {
        BigInteger offset = v.subtract(bigStart());
        BigInteger[] qr = offset.divideAndRemainder(bigStep());
        if (qr[1].signum() != 0 || qr[0].signum() < 0 || qr[0].compareTo(bigLength()) >= 0) {
            return null;
        }
        return qr[0];
    }

    boolean contains(Object item) {
        if (big == null && item instanceof Long l) {
            long v = l;
            if (step > 0 ? v >= start && v < stop : v <= start && v > stop) {
                long offset = v - start; // v lies between start and stop, so only a huge span overflows
                return (step > 0) == (offset >= 0) ? offset % step == 0 : positionOf(BigInteger.valueOf(v)) != null;
            }
            return false;
        }
        if (Abstract.isInt(item)) {
            return positionOf(Abstract.big(item)) != null;
        }
        PyIterator it = iterator();
        for (Object v = it.next(); v != null; v = it.next()) {
            if (v == item || Abstract.eq(v, item)) {
                return true;
            }
        }
        return false;
    }

    /** r[i] and r[slice]. */
    Object getItem(Object key) {
        if (key instanceof PySlice s) {
            BigInteger[] idx = s.bigIndices(bigLength());
            BigInteger step = bigStep();
            return new PyRange(bigStart().add(idx[0].multiply(step)), bigStart().add(idx[1].multiply(step)),
                    step.multiply(idx[2]));
        }
        if (!(Abstract.isInt(key) || key instanceof PyObject && PyType.of(key).lookup("__index__") != null)) {
            throw Errors.typeError("range indices must be integers or slices, not " + Errors.typeName(key));
        }
        if (big == null && key instanceof Long l) {
            long i = l < 0 ? l + length : l;
            if (i < 0 || i >= length) {
                throw Errors.indexError("range object index out of range");
            }
            return start + i * step;
        }
        BigInteger i = Abstract.big(Abstract.indexValue(key));
        if (i.signum() < 0) {
            i = i.add(bigLength());
        }
        if (i.signum() < 0 || i.compareTo(bigLength()) >= 0) {
            throw Errors.indexError("range object index out of range");
        }
        return Abstract.normalize(bigStart().add(i.multiply(bigStep())));
    }

    /** Ranges are equal when they produce the same values, as CPython. */
    boolean sameValues(PyRange o) {
        if (!bigLength().equals(o.bigLength())) {
            return false;
        }
        if (isEmpty()) {
            return true;
        }
        if (!bigStart().equals(o.bigStart())) {
            return false;
        }
        return bigLength().equals(BigInteger.ONE) || bigStep().equals(o.bigStep());
    }

    /** hash((len, start, step)), with start and step None where they do not matter (so equal ranges hash alike). */
    long hash() {
        Object len = lengthValue();
        if (isEmpty()) {
            return Abstract.hash(PyTuple.of(len, Singletons.NONE, Singletons.NONE));
        }
        if (bigLength().equals(BigInteger.ONE)) {
            return Abstract.hash(PyTuple.of(len, startValue(), Singletons.NONE));
        }
        return Abstract.hash(PyTuple.of(len, startValue(), stepValue()));
    }

    @Override
    public String toString() {
        Object st = stepValue();
        return st.equals(1L) ? "range(" + startValue() + ", " + stopValue() + ")"
                : "range(" + startValue() + ", " + stopValue() + ", " + st + ")";
    }
}
