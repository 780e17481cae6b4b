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

    public long length() {
        if (step > 0) {
            return start < stop ? (stop - start - 1) / step + 1 : 0;
        }
        return stop < start ? (start - stop - 1) / -step + 1 : 0;
    }
}
