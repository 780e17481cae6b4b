package org.pyston.runtime.objects;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Function;

/**
 * What generators, coroutines and async generators share beyond {@link Resumable}: the Python
 * methods and attributes of their objects and awaitables, the {@code await}/{@code async for}/
 * {@code async with} protocol steps the instructions call, and {@code aiter}/{@code anext}.
 */
public final class Coroutines {
    private Coroutines() {
    }

    /** A generator, coroutine or async generator for a frame whose code has one of those flags. */
    public static PyObject create(PyFrame frame) {
        int flags = frame.code.flags;
        if ((flags & org.pyston.api.code.CodeUnit.COROUTINE) != 0) {
            return new PyCoroutine(frame);
        }
        if ((flags & org.pyston.api.code.CodeUnit.ASYNC_GENERATOR) != 0) {
            return new PyAsyncGenerator(frame);
        }
        return new PyGenerator(frame);
    }

    /** The value, or {@code StopIteration(result)} when the object finished (r null). */
    static Object orStop(Sendable s, Object r) {
        if (r == null) {
            throw Sendable.stopIteration(s.takeResult());
        }
        return r;
    }

    /** The arguments of {@code throw(type[, value[, traceback]])} after self. */
    static Object[] throwArgs(Object[] a, String method) {
        int n = a.length - 1;
        if (n < 1) {
            throw Errors.typeError(method + " expected at least 1 argument, got " + n);
        }
        if (n > 3) {
            throw Errors.typeError(method + " expected at most 3 arguments, got " + n);
        }
        return java.util.Arrays.copyOfRange(a, 1, a.length);
    }

    /** __next__, send, throw, close and __iter__ of an iterator that is {@link Sendable}. */
    static void defineIteratorMethods(PyType type) {
        type.defineMethod("__next__", (a, k) -> orStop((Sendable) a[0], ((Sendable) a[0]).send(Singletons.NONE)));
        type.defineMethod("send", (a, k) -> orStop((Sendable) a[0], ((Sendable) a[0]).send(a[1])));
        type.defineMethod("throw", (a, k) -> orStop((Sendable) a[0],
                ((Sendable) a[0]).throwIn(throwArgs(a, "throw"), true)));
        type.defineMethod("close", (a, k) -> {
            ((Sendable) a[0]).close();
            return Singletons.NONE;
        });
        type.defineMethod("__iter__", (a, k) -> a[0]);
    }

    private static PyGetSetDescriptor readOnly(PyType type, String name, Function<Object, Object> getter) {
        return new PyGetSetDescriptor(name, type, getter, null);
    }

    /** gi_running, gi_suspended, gi_frame, gi_code and gi_yieldfrom (cr_await, ag_await) with the type's prefix, as 3.11 has them. */
    static void defineAttributes(PyType type, String prefix, Function<Object, Resumable> core) {
        String label = prefix.equals("gi_") ? "generator" : prefix.equals("cr_") ? "coroutine"
                : "async generator";
        type.define("__name__", new PyGetSetDescriptor("__name__", type, o -> core.apply(o).name,
                (o, v) -> setNameAttribute(o, "__name__", v)).withDoc("name of the " + label));
        type.define("__qualname__", new PyGetSetDescriptor("__qualname__", type, o -> core.apply(o).qualname,
                (o, v) -> setNameAttribute(o, "__qualname__", v)).withDoc("qualified name of the " + label));
        if (!prefix.equals("ag_")) {
            type.define(prefix + "running", readOnly(type, prefix + "running", o -> core.apply(o).isRunning()));
        }
        if (!prefix.equals("ag_")) {
            type.define(prefix + "suspended", readOnly(type, prefix + "suspended", o -> core.apply(o).isSuspended()));
        }
        if (prefix.equals("cr_")) {
            // where the coroutine was created: recorded only with sys.set_coroutine_origin_tracking_depth
            type.define("cr_origin", readOnly(type, "cr_origin", o -> {
                Object origin = ((PyCoroutine) o).origin;
                return origin == null ? Singletons.NONE : origin;
            }));
        }
        type.define(prefix + "frame", readOnly(type, prefix + "frame", o -> core.apply(o).frameObject()));
        type.define(prefix + "code", readOnly(type, prefix + "code", o -> core.apply(o).frame.pycode));
        String delegate = prefix.equals("gi_") ? "gi_yieldfrom" : prefix + "await";
        type.define(delegate, readOnly(type, delegate, o -> {
            Object d = core.apply(o).delegate();
            return d == null ? Singletons.NONE : d;
        }));
    }

    /** Sets (or deletes: value null) __name__ or __qualname__ of such an object. */
    private static void setNameAttribute(Object o, String attr, Object value) {
        Resumable r = Resumable.of(o);
        if (!(value instanceof String s)) {
            throw Errors.typeError(attr + " must be set to a string object");
        }
        if (attr.equals("__name__")) {
            r.name = s;
        } else {
            r.qualname = s;
        }
    }

    /**
     * At interpreter shutdown CPython clears {@code __main__}'s globals, finalizing the
     * generators they hold: suspended ones are closed (their finally blocks run), in the order
     * of the names; errors are reported, not raised.
     */
    public static void finalizeGlobals(ExecutionContext ctx, PyDict globals) {
        List<Object> values = new ArrayList<>();
        for (Map.Entry<Object, Object> e : globals.entries()) {
            values.add(e.getValue());
        }
        for (Object value : values) {
            Resumable r = Resumable.of(value);
            if (r != null && r.isSuspended()) {
                try {
                    r.close();
                } catch (PyException e) {
                    Ops.writeUnraisable(ctx, e.exception, value);
                }
            }
        }
    }

    // ------------------------------------------------------------------ await, async for, async with

    /**
     * GET_AWAITABLE: the iterator an {@code await} drives. {@code where} names the awaited value
     * in messages: 0 an await expression, 1 the result of __aenter__, 2 of __aexit__.
     */
    public static Object awaitable(Object o, int where) {
        if (o instanceof PyCoroutine c) {
            if (c.core.delegate() != null) {
                throw Errors.of(Errors.RUNTIME_ERROR, "coroutine is being awaited already");
            }
            return c;
        }
        if (o instanceof PyGenerator g && g.isIterableCoroutine()) {
            return g;
        }
        Object await = PyType.of(o).lookup("__await__");
        if (await == null) {
            String tn = Errors.typeName(o);
            throw Errors.typeError(where == 1 ? "'async with' received an object from __aenter__ that does not implement __await__: " + tn
                    : where == 2 ? "'async with' received an object from __aexit__ that does not implement __await__: " + tn
                    : "object " + tn + " can't be used in 'await' expression");
        }
        Object it = Abstract.call(await, new Object[] {o}, null);
        if (it instanceof PyCoroutine || it instanceof PyGenerator g && g.isIterableCoroutine()) {
            throw Errors.typeError("__await__() returned a coroutine");
        }
        if (!(it instanceof PyIterator) && PyType.of(it).lookup("__next__") == null) {
            throw Errors.typeError("__await__() returned non-iterator of type '" + Errors.typeName(it) + "'");
        }
        return it;
    }

    /** GET_YIELD_FROM_ITER: the iterator itself (not a wrapper), so send/throw/close reach it. */
    public static Object yieldFromIterator(Object o, int codeFlags) {
        if (o instanceof PyCoroutine) {
            if ((codeFlags & (org.pyston.api.code.CodeUnit.COROUTINE | org.pyston.api.code.CodeUnit.ITERABLE_COROUTINE)) == 0) {
                throw Errors.typeError("cannot 'yield from' a coroutine object in a non-coroutine generator");
            }
            return o;
        }
        if (o instanceof PyIterator) {
            return o;
        }
        PyType t = PyType.of(o);
        if (!t.isBuiltin) {
            Object iter = t.lookup("__iter__");
            if (iter != null && iter != Singletons.NONE) {
                Object it = Abstract.call(iter, new Object[] {o}, null);
                if (!(it instanceof PyIterator) && PyType.of(it).lookup("__next__") == null) {
                    throw Errors.typeError("iter() returned non-iterator of type '" + Errors.typeName(it) + "'");
                }
                return it;
            }
        }
        return Abstract.iter(o);
    }

    /** GET_AITER: {@code type(o).__aiter__(o)}, which must have __anext__. */
    public static Object asyncIterator(Object o) {
        Object aiter = PyType.of(o).lookup("__aiter__");
        if (aiter == null) {
            throw Errors.typeError("'async for' requires an object with __aiter__ method, got " + Errors.typeName(o));
        }
        Object it = Abstract.call(aiter, new Object[] {o}, null);
        if (PyType.of(it).lookup("__anext__") == null) {
            throw Errors.typeError("'async for' received an object from __aiter__ that does not implement __anext__: "
                    + Errors.typeName(it));
        }
        return it;
    }

    /** GET_ANEXT: the awaitable iterator of the async iterator's next value. */
    public static Object asyncNext(Object it) {
        if (it instanceof PyAsyncGenerator g) {
            return new PyAsyncGenerator.ASend(g, Singletons.NONE);
        }
        Object anext = PyType.of(it).lookup("__anext__");
        if (anext == null) {
            throw Errors.typeError("'async for' requires an iterator with __anext__ method, got " + Errors.typeName(it));
        }
        Object next = Abstract.call(anext, new Object[] {it}, null);
        try {
            return awaitable(next, 0);
        } catch (PyException e) {
            // any error getting the awaitable becomes the cause (CPython's _PyErr_FormatFromCause)
            PyException te = Errors.typeError("'async for' received an invalid object from __anext__: " + Errors.typeName(next));
            te.exception.cause = e.exception;
            te.exception.context = e.exception;
            te.exception.suppressContext = true;
            throw te;
        }
    }

    /** ASYNC_WITH_ENTER: {@code [type(mgr).__aenter__(mgr), bound __aexit__]}. */
    public static Object[] asyncWithEnter(Object mgr) {
        PyType t = PyType.of(mgr);
        Object enter = t.lookup("__aenter__");
        if (enter == null) {
            throw Errors.typeError("'" + t.name + "' object does not support the asynchronous context manager protocol");
        }
        Object exit = t.lookup("__aexit__");
        if (exit == null) {
            throw Errors.typeError("'" + t.name
                    + "' object does not support the asynchronous context manager protocol (missed __aexit__ method)");
        }
        Object entered = Abstract.call(enter, new Object[] {mgr}, null);
        return new Object[] {entered, new PyBoundMethod(exit, mgr)};
    }

    // ------------------------------------------------------------------ aiter(), anext()

    static Object aiter(Object o) {
        Object m = PyType.of(o).lookup("__aiter__");
        if (m == null) {
            throw Errors.typeError("'" + Errors.typeName(o) + "' object is not an async iterable");
        }
        Object it = Abstract.call(m, new Object[] {o}, null);
        if (PyType.of(it).lookup("__anext__") == null) {
            throw Errors.typeError("aiter() returned not an async iterator of type '" + Errors.typeName(it) + "'");
        }
        return it;
    }

    static Object anext(Object[] a) {
        Object it = a[0];
        Object m = PyType.of(it).lookup("__anext__");
        if (m == null) {
            throw Errors.typeError("'" + Errors.typeName(it) + "' object is not an async iterator");
        }
        Object awaitable = Abstract.call(m, new Object[] {it}, null);
        return a.length < 2 ? awaitable : new AnextAwaitable(awaitable, a[1]);
    }

    /** {@code anext(iterator, default)}: awaits the next value, turning StopAsyncIteration into the default. */
    static final class AnextAwaitable extends PyIterator implements Sendable {
        static final PyType TYPE = PyType.builtin("anext_awaitable", AnextAwaitable.class);
        private final Object wrapped;
        private final Object defaultValue;
        private Object iterator;
        private Object result = Singletons.NONE;

        AnextAwaitable(Object wrapped, Object defaultValue) {
            this.wrapped = wrapped;
            this.defaultValue = defaultValue;
        }

        @Override
        public PyType type() {
            return TYPE;
        }

        static {
            defineIteratorMethods(TYPE);
            TYPE.defineMethod("__await__", (a, k) -> a[0]);
        }

        private Object iterator() {
            if (iterator == null) {
                iterator = awaitable(wrapped, 0);
            }
            return iterator;
        }

        /** One step of the awaited object; StopAsyncIteration becomes the default as the result. */
        private Object step(java.util.function.Supplier<Object> resume) {
            try {
                return resume.get();
            } catch (PyException e) {
                if (e.matches(Errors.STOP_ASYNC_ITERATION)) {
                    result = defaultValue;
                    return null;
                }
                throw e;
            }
        }

        @Override
        public Object next() {
            return send(Singletons.NONE);
        }

        @Override
        public Object send(Object value) {
            return step(() -> {
                Object it = iterator();
                if (it instanceof Sendable s) {
                    Object r = s.send(value);
                    if (r == null) {
                        result = s.takeResult();
                    }
                    return r;
                }
                return callUntilStop(value == Singletons.NONE ? PyType.of(it).lookup("__next__") : Abstract.getAttr(it, "send"),
                        value == Singletons.NONE ? new Object[] {it} : new Object[] {value});
            });
        }

        @Override
        public Object throwIn(Object[] args, boolean closeDelegateOnExit) {
            return step(() -> {
                Object it = iterator();
                if (it instanceof Sendable s) {
                    Object r = s.throwIn(args, closeDelegateOnExit);
                    if (r == null) {
                        result = s.takeResult();
                    }
                    return r;
                }
                Object m = Attributes.get(it, "throw");
                if (m == null) {
                    throw Resumable.normalize(args).toThrowable();
                }
                return callUntilStop(m, args);
            });
        }

        private Object callUntilStop(Object method, Object[] args) {
            try {
                return Abstract.call(method, args, null);
            } catch (PyException e) {
                if (e.matches(Errors.STOP_ITERATION)) {
                    result = e.exception.args.size() > 0 ? e.exception.args.get(0) : Singletons.NONE;
                    return null;
                }
                throw e;
            }
        }

        @Override
        public void close() {
            Resumable.closeIterator(iterator());
        }

        @Override
        public Object takeResult() {
            Object r = result;
            result = Singletons.NONE;
            return r;
        }
    }
}
