package org.pyston.runtime.objects;

/**
 * A generator: a suspended frame resumed by {@code send}. The frame runs through the tier ladder
 * like any other ({@link ExecutionContext#resume}); {@link Resumable} holds the protocol shared
 * with coroutines and async generators.
 */
public final class PyGenerator extends PyIterator implements Sendable {
    public static final PyType TYPE = PyType.builtin("generator", PyGenerator.class);
    final Resumable core;
    /**
     * Which generators a frame created after a point, and which frame that was: a for loop over
     * a generator made right there owns it and closes it when the loop is left early, as
     * CPython's reference counting finalizes it (see {@link Ops#closeOwnedIterator}).
     */
    final long serial;
    final PyFrame creator;

    public PyGenerator(PyFrame frame) {
        this.core = new Resumable(this, frame, Resumable.Kind.GENERATOR);
        ExecutionContext ctx = frame.context;
        this.serial = ++ctx.generatorSerial;
        this.creator = ctx.topFrame;
    }

    @Override
    public PyType type() {
        return TYPE;
    }

    static {
        TYPE.defineMethod("send", "send(arg) -> send 'arg' into generator,\nreturn next yielded value or raise StopIteration.", (a, k) -> ((PyGenerator) a[0]).sendOrStop(a[1]));
        TYPE.defineMethod("throw", "throw(value)\nthrow(type[,value[,tb]])\n\nRaise exception in generator, return next yielded value or raise\nStopIteration.", (a, k) -> {
            PyGenerator g = (PyGenerator) a[0];
            Object r = g.throwIn(Coroutines.throwArgs(a, "throw"), true);
            if (r == null) {
                throw g.stopIteration();
            }
            return r;
        });
        TYPE.defineMethod("close", "close() -> raise GeneratorExit inside generator.", (a, k) -> {
            ((PyGenerator) a[0]).close();
            return Singletons.NONE;
        });
        TYPE.defineMethod("__next__", "Implement next(self).", (a, k) -> ((PyGenerator) a[0]).sendOrStop(Singletons.NONE));
        TYPE.defineMethod("__iter__", "Implement iter(self).", (a, k) -> a[0]);
        Coroutines.defineAttributes(TYPE, "gi_", g -> ((PyGenerator) g).core);
    }

    private Object sendOrStop(Object value) {
        Object r = send(value);
        if (r == null) {
            throw stopIteration();
        }
        return r;
    }

    /** {@code StopIteration(return value)} once the generator has finished. */
    PyException stopIteration() {
        return Sendable.stopIteration(core.takeResult());
    }

    /** The value returned by the generator (after exhaustion). */
    public Object returnValue() {
        return core.takeResult();
    }

    /** A generator whose code was made awaitable ({@code types.coroutine}). */
    boolean isIterableCoroutine() {
        return core.frame.code.hasFlag(org.pyston.api.code.CodeUnit.ITERABLE_COROUTINE);
    }

    @Override
    public Object next() {
        return core.send(Singletons.NONE);
    }

    /** Resumes with {@code value}; the yielded value, or null when the generator returned. */
    @Override
    public Object send(Object value) {
        return core.send(value);
    }

    @Override
    public Object throwIn(Object[] args, boolean closeDelegateOnExit) {
        return core.throwInto(args, closeDelegateOnExit);
    }

    @Override
    public void close() {
        core.close();
    }

    @Override
    public Object takeResult() {
        return core.takeResult();
    }

    String qualname() {
        return core.qualname;
    }
}
