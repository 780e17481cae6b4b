package org.pyston.runtime.objects;

/**
 * A generator: a suspended frame resumed by {@code send}. The frame runs through the tier ladder
 * like any other ({@link ExecutionContext#resume}); a YIELD leaves it suspended at the block
 * after the yield with {@link PyFrame#resumeReg} naming the vreg for the sent value.
 */
public final class PyGenerator extends PyIterator {
    public static final PyType TYPE = PyType.builtin("generator", PyGenerator.class);
    private final PyFrame frame;
    private boolean running;
    private boolean started;
    private boolean finished;

    public PyGenerator(PyFrame frame) {
        this.frame = frame;
    }

    @Override
    public PyType type() {
        return TYPE;
    }

    static {
        TYPE.defineMethod("send", (a, k) -> {
            Object r = ((PyGenerator) a[0]).send(a[1]);
            if (r == null) {
                throw ((PyGenerator) a[0]).stopIteration();
            }
            return r;
        });
        TYPE.defineMethod("throw", (a, k) -> {
            Object exc = a[1];
            if (exc instanceof PyType t) {
                exc = Abstract.call(t, a.length > 2 && a[2] != Singletons.NONE ? new Object[] {a[2]} : new Object[0], null);
            }
            Object r = ((PyGenerator) a[0]).throwInto((PyBaseException) exc);
            if (r == null) {
                throw ((PyGenerator) a[0]).stopIteration();
            }
            return r;
        });
        TYPE.defineMethod("close", (a, k) -> {
            ((PyGenerator) a[0]).close();
            return Singletons.NONE;
        });
        TYPE.defineMethod("__next__", (a, k) -> {
            Object r = ((PyGenerator) a[0]).next();
            if (r == null) {
                throw ((PyGenerator) a[0]).stopIteration();
            }
            return r;
        });
        TYPE.defineMethod("__iter__", (a, k) -> a[0]);
    }

    private Object returnValue = Singletons.NONE;

    PyException stopIteration() {
        Object v = returnValue;
        returnValue = Singletons.NONE;
        return new PyBaseException(Errors.STOP_ITERATION, v == Singletons.NONE ? PyTuple.EMPTY : PyTuple.of(v))
                .toThrowable();
    }

    /** The value returned by the generator (after exhaustion). */
    public Object returnValue() {
        return returnValue;
    }

    @Override
    public Object next() {
        return send(Singletons.NONE);
    }

    /** Resumes with {@code value}; the yielded value, or null when the generator returned. */
    public Object send(Object value) {
        if (finished) {
            returnValue = Singletons.NONE;
            return null;
        }
        if (!started && value != Singletons.NONE) {
            throw Errors.typeError("can't send non-None value to a just-started generator");
        }
        return resume(value, null);
    }

    public Object throwInto(PyBaseException exc) {
        if (finished) {
            throw exc.toThrowable();
        }
        return resume(null, exc);
    }

    public void close() {
        if (finished || !started) {
            finished = true;
            return;
        }
        try {
            Object r = resume(null, new PyBaseException(Errors.GENERATOR_EXIT, PyTuple.EMPTY));
            if (r != null) {
                throw Errors.of(Errors.RUNTIME_ERROR, "generator ignored GeneratorExit");
            }
        } catch (PyException e) {
            if (!e.matches(Errors.GENERATOR_EXIT) && !e.matches(Errors.STOP_ITERATION)) {
                throw e;
            }
        }
    }

    private Object resume(Object value, PyBaseException exc) {
        if (running) {
            throw Errors.valueError("generator already executing");
        }
        running = true;
        try {
            if (started && frame.resumeReg >= 0) {
                frame.regs[frame.resumeReg] = value;
            }
            started = true;
            frame.suspended = false;
            frame.pendingThrow = exc;
            Object r = frame.context.resume(frame);
            if (frame.suspended) {
                return r;
            }
            finished = true;
            returnValue = r;
            return null;
        } catch (PyException e) {
            finished = true;
            if (e.matches(Errors.STOP_ITERATION)) {
                PyException re = Errors.of(Errors.RUNTIME_ERROR, "generator raised StopIteration");
                re.exception.cause = e.exception;
                re.exception.context = e.exception;
                throw re;
            }
            throw e;
        } finally {
            running = false;
        }
    }
}
