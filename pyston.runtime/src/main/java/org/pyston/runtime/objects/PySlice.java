package org.pyston.runtime.objects;

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
        TYPE.defineMethod("indices", (a, k) -> {
            long[] r = ((PySlice) a[0]).indices(Abstract.index(a[1]));
            return PyTuple.of(r[0], r[1], r[2]);
        });
    }

    /** Resolves against a sequence length: {start, stop, step, count} as CPython's PySlice_AdjustIndices. */
    public long[] indices(long length) {
        long stepV = step == Singletons.NONE ? 1 : Abstract.index(step);
        if (stepV == 0) {
            throw Errors.valueError("slice step cannot be zero");
        }
        long lower = stepV < 0 ? -1 : 0;
        long upper = stepV < 0 ? length - 1 : length;
        long startV, stopV;
        if (start == Singletons.NONE) {
            startV = stepV < 0 ? upper : lower;
        } else {
            startV = Abstract.index(start);
            if (startV < 0) {
                startV = Math.max(startV + length, lower);
            } else {
                startV = Math.min(startV, upper);
            }
        }
        if (stop == Singletons.NONE) {
            stopV = stepV < 0 ? lower : upper;
        } else {
            stopV = Abstract.index(stop);
            if (stopV < 0) {
                stopV = Math.max(stopV + length, lower);
            } else {
                stopV = Math.min(stopV, upper);
            }
        }
        long count;
        if (stepV > 0) {
            count = startV < stopV ? (stopV - startV - 1) / stepV + 1 : 0;
        } else {
            count = stopV < startV ? (startV - stopV - 1) / -stepV + 1 : 0;
        }
        return new long[] {startV, stopV, stepV, count};
    }
}
