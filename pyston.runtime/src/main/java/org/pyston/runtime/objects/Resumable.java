package org.pyston.runtime.objects;

import java.util.List;

/**
 * The suspended frame behind a generator, a coroutine or an async generator, and the protocol
 * that resumes it: send, throw, close, and delegation.
 *
 * <p>A frame suspends in two ways, both leaving {@code nextBlock} at the block to continue:
 * YIELD hands a value out; YIELD_FROM ({@code yield from}, {@code await}) sets
 * {@link PyFrame#delegate} and hands nothing out. From then on this class, not the frame, drives
 * the delegate: sent values go to it and its values come straight out without re-entering the
 * frame, until it finishes (its result goes into {@link PyFrame#resumeReg} and the frame
 * continues) or raises (the exception is thrown into the frame at the YIELD_FROM). Delegation is
 * thus written once for every tier, and a value passing through a chain of delegating
 * generators costs one Java call per level.
 *
 * <p>While the frame runs, the exceptions it is handling sit on the context's handled stack;
 * when it suspends they are taken off and kept here (CPython's {@code gi_exc_state}), so
 * {@code sys.exc_info()} and implicit chaining in the caller do not see them.
 */
final class Resumable {
    enum Kind {
        GENERATOR("generator"), COROUTINE("coroutine"), ASYNC_GENERATOR("async generator");

        final String label;

        Kind(String label) {
            this.label = label;
        }
    }

    /** The outcome of a delegate that cannot take the exception: it is thrown into the frame. */
    private static final Object THROW_HERE = new Object();

    final PyFrame frame;
    final Kind kind;
    /** The generator, coroutine or async generator object this is the core of. */
    final PyObject object;
    /** __name__ and __qualname__ of the generator object: its function's when it was made. */
    String name;
    String qualname;
    private boolean running;
    private boolean started;
    private boolean finished;
    /** Exceptions the frame was handling when it suspended. */
    private PyBaseException[] savedHandled;
    /** Whether the last value came from the frame's own yield (not from its delegate). */
    private boolean yieldedByFrame;
    /** The frame's return value once finished, until taken. */
    private Object result = Singletons.NONE;
    /** What the delegate finished with, read right after its send/throw returned null. */
    private Object delegateResult;
    /**
     * A generator only this frame refers to (a generator expression's first iterator, made for
     * it): when the frame ends it is finalized, as CPython does when the frame is cleared.
     */
    PyGenerator owned;

    Resumable(PyObject object, PyFrame frame, Kind kind) {
        this.object = object;
        this.frame = frame;
        this.kind = kind;
        frame.owner = this;
        this.name = frame.function != null ? frame.function.name : frame.code.name;
        this.qualname = frame.function != null ? frame.function.qualname() : frame.code.qualname();
    }

    /** The core of a generator, coroutine or async generator object, else null. */
    static Resumable of(Object o) {
        return o instanceof PyGenerator g ? g.core : o instanceof PyCoroutine c ? c.core
                : o instanceof PyAsyncGenerator a ? a.core : null;
    }

    boolean isRunning() {
        return running;
    }

    boolean isFinished() {
        return finished;
    }

    boolean isSuspended() {
        return started && !finished && !running;
    }

    boolean yieldedByFrame() {
        return yieldedByFrame;
    }

    /** The object a suspended frame is delegating to (gi_yieldfrom, cr_await), or null (also while it runs). */
    Object delegate() {
        return finished || running ? null : frame.delegate;
    }

    /** gi_frame, cr_frame, ag_frame: the frame until it has finished, then None. */
    Object frameObject() {
        return finished ? Singletons.NONE : frame.asObject();
    }

    Object takeResult() {
        Object r = result;
        result = Singletons.NONE;
        return r;
    }

    /** send(value): the next value, or null when the frame returned (its value in {@link #takeResult}). */
    Object send(Object value) {
        checkNotRunning();
        if (finished) {
            if (kind == Kind.COROUTINE) {
                throw reused();
            }
            result = Singletons.NONE;
            return null;
        }
        if (!started && value != Singletons.NONE) {
            throw Errors.typeError("can't send non-None value to a just-started " + kind.label);
        }
        return advance(value, null, true);
    }

    /** throw(type[, value[, traceback]]): the next value, or null when the frame returned. */
    Object throwInto(Object[] args, boolean closeDelegateOnExit) {
        checkNotRunning();
        if (finished || !started) {
            PyBaseException exc = normalize(args);
            if (finished && kind == Kind.COROUTINE) {
                throw reused();
            }
            // a frame that never ran has no handler: the exception ends it at once
            finish();
            throw exc.toThrowable();
        }
        return advance(null, args, closeDelegateOnExit);
    }

    /** close(): GeneratorExit into the frame (after closing its delegate); it must not yield. */
    void close() {
        checkNotRunning();
        if (finished) {
            return;
        }
        if (!started) {
            finish();
            return;
        }
        Object r;
        try {
            r = advance(null, new Object[] {Errors.GENERATOR_EXIT}, true);
        } catch (PyException e) {
            if (e.matches(Errors.GENERATOR_EXIT) || e.matches(Errors.STOP_ITERATION)) {
                return;
            }
            throw e;
        }
        if (r != null) {
            throw Errors.of(Errors.RUNTIME_ERROR, kind.label + " ignored GeneratorExit");
        }
    }

    private void checkNotRunning() {
        if (running) {
            throw Errors.valueError(kind.label + " already executing");
        }
    }

    private static PyException reused() {
        return Errors.of(Errors.RUNTIME_ERROR, "cannot reuse already awaited coroutine");
    }

    /**
     * Runs the delegate and the frame until the next value; {@code throwArgs} non-null throws.
     * The caller has checked the state.
     */
    private Object advance(Object value, Object[] throwArgs, boolean closeDelegateOnExit) {
        List<PyBaseException> handled = frame.context.handled;
        int base = handled.size();
        if (savedHandled != null) {
            for (PyBaseException e : savedHandled) {
                handled.add(e);
            }
            savedHandled = null;
        }
        running = true;
        try {
            while (true) {
                PyBaseException pending = null;
                Object delegate = frame.delegate;
                if (delegate != null) {
                    Object r;
                    try {
                        // the delegating frame is on the stack while its delegate runs (the
                        // delegate's f_back), as CPython, which re-enters it for each step
                        ExecutionContext ctx = frame.context;
                        ctx.enterNested();
                        PyFrame caller = ctx.topFrame;
                        frame.back = caller;
                        ctx.topFrame = frame;
                        try {
                            r = driveDelegate(delegate, value, throwArgs, closeDelegateOnExit);
                        } catch (StackOverflowError overflow) {
                            throw Errors.of(Errors.RECURSION_ERROR, "maximum recursion depth exceeded");
                        } finally {
                            ctx.topFrame = caller;
                            frame.back = null;
                            ctx.leaveNested();
                        }
                    } catch (PyException e) {
                        throwArgs = new Object[] {e.exception};
                        r = THROW_HERE;
                    }
                    if (r == THROW_HERE) {
                        pending = normalize(throwArgs); // a bad throw() leaves the frame in its delegate
                        frame.delegate = null;
                    } else if (r != null) {
                        yieldedByFrame = false;
                        return r;
                    } else {
                        frame.delegate = null;
                        value = delegateResult;
                        delegateResult = null;
                    }
                } else if (throwArgs != null) {
                    pending = normalize(throwArgs);
                }
                if (pending == null && started && frame.resumeReg >= 0) {
                    frame.regs[frame.resumeReg] = value;
                }
                started = true;
                frame.suspended = false;
                frame.pendingThrow = pending;
                Object r;
                try {
                    r = frame.context.resume(frame);
                } catch (PyException e) {
                    finish();
                    throw escaped(e);
                }
                if (!frame.suspended) {
                    finish();
                    result = r;
                    return null;
                }
                if (frame.delegate == null) {
                    yieldedByFrame = true;
                    return r;
                }
                // a new delegation starts with next()
                value = Singletons.NONE;
                throwArgs = null;
            }
        } finally {
            running = false;
            frame.back = null; // a suspended frame has no caller (f_back is None)
            int n = handled.size();
            if (n > base) {
                if (!finished) {
                    savedHandled = handled.subList(base, n).toArray(new PyBaseException[0]);
                }
                handled.subList(base, n).clear();
            }
        }
    }

    /**
     * CPython's {@code _PyGen_Finalize} (frame.clear() of this frame): a coroutine that never ran
     * warns that it was never awaited, anything else unfinished is closed, errors reported.
     */
    void finalizeObject() {
        if (finished) {
            return;
        }
        if (kind == Kind.COROUTINE && !started) {
            PythonWarnings.warn(Errors.RUNTIME_WARNING, "coroutine '" + qualname + "' was never awaited");
            return;
        }
        try {
            close();
        } catch (PyException e) {
            Ops.writeUnraisable(frame.context, e.exception, object);
        }
    }

    /** The frame has ended: what it owned is finalized (errors reported, not raised). */
    private void finish() {
        finished = true;
        PyGenerator o = owned;
        if (o != null) {
            owned = null;
            try {
                o.close();
            } catch (PyException e) {
                Ops.writeUnraisable(frame.context, e.exception, o);
            }
        }
    }

    /** StopIteration (and StopAsyncIteration in async generators) must not leak out of a frame. */
    private PyException escaped(PyException e) {
        String what = e.matches(Errors.STOP_ITERATION) ? "StopIteration"
                : kind == Kind.ASYNC_GENERATOR && e.matches(Errors.STOP_ASYNC_ITERATION) ? "StopAsyncIteration" : null;
        if (what == null) {
            return e;
        }
        PyException re = Errors.of(Errors.RUNTIME_ERROR, kind.label + " raised " + what);
        re.exception.cause = e.exception;
        re.exception.context = e.exception;
        re.exception.suppressContext = true;
        return re;
    }

    /** One step of the delegate: send, close (GeneratorExit into a delegating frame) or throw. */
    private Object driveDelegate(Object delegate, Object value, Object[] throwArgs, boolean closeDelegateOnExit) {
        if (throwArgs == null) {
            return sendTo(delegate, value);
        } else if (closeDelegateOnExit && isGeneratorExit(throwArgs[0])) {
            closeIterator(delegate);
            return THROW_HERE;
        } else {
            return throwTo(delegate, throwArgs, closeDelegateOnExit);
        }
    }

    private Object sendTo(Object delegate, Object value) {
        if (delegate instanceof Sendable s) {
            Object r = s.send(value);
            if (r == null) {
                delegateResult = s.takeResult();
            }
            return r;
        }
        if (value == Singletons.NONE) {
            if (delegate instanceof PyIterator it) {
                Object r = it.next();
                if (r == null) {
                    delegateResult = Singletons.NONE;
                }
                return r;
            }
            return callUntilStop(PyType.of(delegate).lookup("__next__"), new Object[] {delegate});
        }
        Object send = Attributes.get(delegate, "send");
        if (send == null) {
            throw Errors.attributeError("'" + Errors.typeName(delegate) + "' object has no attribute 'send'");
        }
        return callUntilStop(send, new Object[] {value});
    }

    private Object throwTo(Object delegate, Object[] args, boolean closeDelegateOnExit) {
        if (delegate instanceof Sendable s) {
            Object r = s.throwIn(args, closeDelegateOnExit);
            if (r == null) {
                delegateResult = s.takeResult();
            }
            return r;
        }
        Object method = delegate instanceof PyIterator ? null : Attributes.get(delegate, "throw");
        if (method == null) {
            return THROW_HERE;
        }
        return callUntilStop(method, args);
    }

    /** Calls a delegate's method; StopIteration becomes null with its value as the delegate's result. */
    private Object callUntilStop(Object method, Object[] args) {
        try {
            return Abstract.call(method, args, null);
        } catch (PyException e) {
            if (e.matches(Errors.STOP_ITERATION)) {
                PyTuple a = e.exception.args;
                delegateResult = a.size() > 0 ? a.get(0) : Singletons.NONE;
                return null;
            }
            throw e;
        }
    }

    /** Closes a delegate: close() of generators and coroutines, else its close method if any. */
    static void closeIterator(Object delegate) {
        if (delegate instanceof Sendable s) {
            s.close();
            return;
        }
        if (delegate instanceof PyIterator) {
            return;
        }
        Object close = Attributes.get(delegate, "close");
        if (close != null) {
            Abstract.call(close, new Object[0], null);
        }
    }

    private static boolean isGeneratorExit(Object typeOrValue) {
        return typeOrValue instanceof PyType t ? t.isSubtypeOf(Errors.GENERATOR_EXIT)
                : typeOrValue instanceof PyBaseException e && e.type().isSubtypeOf(Errors.GENERATOR_EXIT);
    }

    /** The exception {@code throw(type[, value[, traceback]])} raises, with CPython's checks. */
    static PyBaseException normalize(Object[] args) {
        Object type = args[0];
        Object value = args.length > 1 ? args[1] : Singletons.NONE;
        Object tb = args.length > 2 ? args[2] : Singletons.NONE;
        if (tb != Singletons.NONE && !(tb instanceof PyTraceback)) {
            throw Errors.typeError("throw() third argument must be a traceback object");
        }
        PyBaseException e = normalizeValue(type, value);
        if (tb instanceof PyTraceback) {
            e.setTraceback(tb); // the frame's entry goes in front of it
        }
        return e;
    }

    private static PyBaseException normalizeValue(Object type, Object value) {
        if (type instanceof PyType t && t.isSubtypeOf(Errors.BASE_EXCEPTION)) {
            if (value instanceof PyBaseException v && v.type().isSubtypeOf(t)) {
                return v;
            }
            // an error making the instance is what gets thrown in (PyErr_NormalizeException)
            try {
                Object[] ctorArgs = value == Singletons.NONE ? new Object[0]
                        : value instanceof PyTuple tuple ? tuple.items : new Object[] {value};
                Object made = Abstract.call(t, ctorArgs, null);
                if (made instanceof PyBaseException e) {
                    return e;
                }
                throw Errors.typeError("calling " + Abstract.repr(t)
                        + " should have returned an instance of BaseException, not " + Errors.typeName(made));
            } catch (PyException failed) {
                return failed.exception;
            }
        }
        if (type instanceof PyBaseException e) {
            if (value != Singletons.NONE) {
                throw Errors.typeError("instance exception may not have a separate value");
            }
            return e;
        }
        throw Errors.typeError("exceptions must be classes or instances deriving from BaseException, not "
                + Errors.typeName(type));
    }
}
