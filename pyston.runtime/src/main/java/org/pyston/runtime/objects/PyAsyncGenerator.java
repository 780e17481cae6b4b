package org.pyston.runtime.objects;

/**
 * An async generator ({@code async def} with {@code yield}). Its frame suspends for two reasons:
 * an {@code await} inside passes the awaited object's values through to the event loop, a
 * {@code yield} produces the generator's next value. The awaitables {@code __anext__()},
 * {@code asend()}, {@code athrow()} and {@code aclose()} tell them apart by
 * {@link Resumable#yieldedByFrame}: a pass-through value is yielded on, the generator's value
 * finishes the awaitable ({@code StopIteration(value)}), the generator's end raises
 * StopAsyncIteration.
 */
public final class PyAsyncGenerator extends PyObject {
    public static final PyType TYPE = PyType.builtin("async_generator", PyAsyncGenerator.class);
    final Resumable core;
    /** An asend/athrow awaitable is being driven (CPython's ag_running_async). */
    private boolean runningAsync;
    /** aclose() began, or the generator ended with StopAsyncIteration or GeneratorExit. */
    private boolean closed;

    public PyAsyncGenerator(PyFrame frame) {
        this.core = new Resumable(this, frame, Resumable.Kind.ASYNC_GENERATOR);
    }

    @Override
    public PyType type() {
        return TYPE;
    }

    static {
        TYPE.defineMethod("__aiter__", (a, k) -> a[0]);
        TYPE.defineMethod("__anext__", (a, k) -> new ASend((PyAsyncGenerator) a[0], Singletons.NONE));
        TYPE.defineMethod("asend", "asend(v) -> send 'v' in generator.", (a, k) -> new ASend((PyAsyncGenerator) a[0], a[1]));
        TYPE.defineMethod("athrow", "athrow(typ[,val[,tb]]) -> raise exception in generator.", (a, k) -> new AThrow((PyAsyncGenerator) a[0], Coroutines.throwArgs(a, "athrow")));
        TYPE.defineMethod("aclose", "aclose() -> raise GeneratorExit inside generator.", (a, k) -> new AThrow((PyAsyncGenerator) a[0], null));
        Coroutines.defineAttributes(TYPE, "ag_", g -> ((PyAsyncGenerator) g).core);
        TYPE.define("ag_running", new PyProperty(new PyBuiltinFunction("ag_running",
                (a, k) -> ((PyAsyncGenerator) a[0]).runningAsync, true), Singletons.NONE, Singletons.NONE, Singletons.NONE));
    }

    String qualname() {
        return core.qualname;
    }

    /**
     * What one resumption of the frame means for an asend/athrow awaitable: a pass-through value
     * is returned; the generator's own value becomes {@code holder.result} with null returned;
     * the generator's end raises StopAsyncIteration.
     */
    private Object unwrap(Object r, Awaitable holder) {
        if (r == null) {
            closed = true;
            runningAsync = false;
            throw Errors.of(Errors.STOP_ASYNC_ITERATION, new Object[0]);
        }
        if (core.yieldedByFrame()) {
            runningAsync = false;
            holder.result = r;
            return null;
        }
        return r;
    }

    /** An exception out of a resumption: the generator is no longer running an awaitable. */
    private PyException failed(PyException e) {
        if (e.matches(Errors.STOP_ASYNC_ITERATION) || e.matches(Errors.GENERATOR_EXIT)) {
            closed = true;
        }
        runningAsync = false;
        return e;
    }

    /** Base of the awaitables: iterator methods, __await__ returning itself, the result slot. */
    abstract static class Awaitable extends PyIterator implements Sendable {
        final PyAsyncGenerator gen;
        Object result = Singletons.NONE;
        /** 0 not started, 1 iterating, 2 done. */
        int state;

        Awaitable(PyAsyncGenerator gen) {
            this.gen = gen;
        }

        @Override
        public Object next() {
            return send(Singletons.NONE);
        }

        @Override
        public Object takeResult() {
            Object r = result;
            result = Singletons.NONE;
            return r;
        }

        @Override
        public void close() {
            state = 2;
        }
    }

    /** {@code asend(value)} and {@code __anext__()}. */
    static final class ASend extends Awaitable {
        static final PyType TYPE = PyType.builtin("async_generator_asend", ASend.class);
        private final Object sendValue;

        ASend(PyAsyncGenerator gen, Object sendValue) {
            super(gen);
            this.sendValue = sendValue;
        }

        @Override
        public PyType type() {
            return TYPE;
        }

        static {
            Coroutines.defineIteratorMethods(TYPE);
            TYPE.defineMethod("__await__", (a, k) -> a[0]);
        }

        @Override
        public Object send(Object value) {
            if (state == 2) {
                throw Errors.of(Errors.RUNTIME_ERROR, "cannot reuse already awaited __anext__()/asend()");
            }
            Object sent = value;
            if (state == 0) {
                if (gen.runningAsync) {
                    throw Errors.of(Errors.RUNTIME_ERROR, "anext(): asynchronous generator is already running");
                }
                if (sent == Singletons.NONE) {
                    sent = sendValue;
                }
                state = 1;
            }
            gen.runningAsync = true;
            Object toSend = sent;
            return finish(() -> gen.core.send(toSend));
        }

        @Override
        public Object throwIn(Object[] args, boolean closeDelegateOnExit) {
            if (state == 2) {
                throw Errors.of(Errors.RUNTIME_ERROR, "cannot reuse already awaited __anext__()/asend()");
            }
            return finish(() -> gen.core.throwInto(args, true));
        }

        private Object finish(java.util.function.Supplier<Object> resume) {
            Object r;
            try {
                r = gen.unwrap(resume.get(), this);
            } catch (PyException e) {
                state = 2;
                throw gen.failed(e);
            }
            if (r == null) {
                state = 2;
            }
            return r;
        }
    }

    /** {@code athrow(...)} and, with no arguments, {@code aclose()}. */
    static final class AThrow extends Awaitable {
        static final PyType TYPE = PyType.builtin("async_generator_athrow", AThrow.class);
        /** The throw() arguments; null for aclose(). */
        private final Object[] args;

        AThrow(PyAsyncGenerator gen, Object[] args) {
            super(gen);
            this.args = args;
        }

        @Override
        public PyType type() {
            return TYPE;
        }

        static {
            Coroutines.defineIteratorMethods(TYPE);
            TYPE.defineMethod("__await__", (a, k) -> a[0]);
        }

        private PyException reused() {
            return Errors.of(Errors.RUNTIME_ERROR, "cannot reuse already awaited aclose()/athrow()");
        }

        @Override
        public Object send(Object value) {
            if (state == 2) {
                throw reused();
            }
            if (gen.core.isFinished()) {
                state = 2;
                result = Singletons.NONE;
                return null;
            }
            if (state == 0) {
                // refusals that leave the generator as it is
                if (gen.runningAsync) {
                    state = 2;
                    throw Errors.of(Errors.RUNTIME_ERROR, (args == null ? "aclose" : "athrow")
                            + "(): asynchronous generator is already running");
                }
                if (gen.closed) {
                    state = 2;
                    throw Errors.of(Errors.STOP_ASYNC_ITERATION, new Object[0]);
                }
                if (value != Singletons.NONE) {
                    throw Errors.of(Errors.RUNTIME_ERROR, "can't send non-None value to a just-started coroutine");
                }
            }
            Object r;
            try {
                if (state == 0) {
                    state = 1;
                    gen.runningAsync = true;
                    if (args == null) {
                        gen.closed = true;
                        r = gen.core.throwInto(new Object[] {Errors.GENERATOR_EXIT}, false);
                    } else {
                        r = gen.core.throwInto(args, false);
                    }
                } else {
                    r = gen.core.send(value);
                }
            } catch (PyException e) {
                return failed(e);
            }
            return step(r);
        }

        @Override
        public Object throwIn(Object[] throwArgs, boolean closeDelegateOnExit) {
            if (state == 2) {
                throw reused();
            }
            Object r;
            try {
                r = gen.core.throwInto(throwArgs, true);
            } catch (PyException e) {
                return failed(e);
            }
            return step(r);
        }

        /** After a resumption that returned normally. */
        private Object step(Object r) {
            if (args != null) {
                try {
                    return gen.unwrap(r, this);
                } catch (PyException e) {
                    state = 2;
                    throw gen.failed(e);
                }
            }
            // aclose(): the generator must end; a value it yields is an error, an await passes through
            if (r == null) {
                gen.closed = true;
                gen.runningAsync = false;
                state = 2;
                result = Singletons.NONE;
                return null;
            }
            if (gen.core.yieldedByFrame()) {
                gen.runningAsync = false;
                state = 2;
                throw Errors.of(Errors.RUNTIME_ERROR, "async generator ignored GeneratorExit");
            }
            return r;
        }

        /** An exception out of a resumption: aclose() completes on StopAsyncIteration and GeneratorExit. */
        private Object failed(PyException e) {
            gen.failed(e);
            state = 2;
            if (args == null && (e.matches(Errors.STOP_ASYNC_ITERATION) || e.matches(Errors.GENERATOR_EXIT))) {
                result = Singletons.NONE;
                return null;
            }
            throw e;
        }
    }
}
