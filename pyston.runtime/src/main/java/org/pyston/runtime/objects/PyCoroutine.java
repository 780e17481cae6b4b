package org.pyston.runtime.objects;

/**
 * A coroutine ({@code async def} without {@code yield}): a suspended frame like a generator's,
 * resumed by {@code send}/{@code throw} from an event loop or by the {@code await} of another
 * coroutine. Not iterable; {@code __await__} gives the iterator view.
 */
public final class PyCoroutine extends PyObject implements Sendable {
    public static final PyType TYPE = PyType.builtin("coroutine", PyCoroutine.class);
    final Resumable core;

    /** cr_origin: where it was created, with sys.set_coroutine_origin_tracking_depth; else null. */
    final Object origin;

    public PyCoroutine(PyFrame frame) {
        this.core = new Resumable(this, frame, Resumable.Kind.COROUTINE);
        int depth = frame.context.coroutineOriginDepth;
        this.origin = depth > 0 ? origin(frame.context.topFrame, depth) : null;
    }

    /** ((filename, lineno, function name), ...) of the creating frame and its callers, up to {@code depth}. */
    private static PyTuple origin(PyFrame from, int depth) {
        java.util.List<Object> frames = new java.util.ArrayList<>();
        for (org.pyston.api.frame.Frame f = from; f != null && frames.size() < depth; f = f.back) {
            frames.add(PyTuple.of(f.code.filename, (long) f.lineNumber(), f.code.name));
        }
        return new PyTuple(frames.toArray());
    }

    @Override
    public PyType type() {
        return TYPE;
    }

    static {
        TYPE.defineMethod("send", "send(arg) -> send 'arg' into coroutine,\nreturn next iterated value or raise StopIteration.", (a, k) -> Coroutines.orStop((Sendable) a[0], ((PyCoroutine) a[0]).send(a[1])));
        TYPE.defineMethod("throw", "throw(value)\nthrow(type[,value[,traceback]])\n\nRaise exception in coroutine, return next iterated value or raise\nStopIteration.", (a, k) -> Coroutines.orStop((Sendable) a[0],
                ((PyCoroutine) a[0]).throwIn(Coroutines.throwArgs(a, "throw"), true)));
        TYPE.defineMethod("close", "close() -> raise GeneratorExit inside coroutine.", (a, k) -> {
            ((PyCoroutine) a[0]).close();
            return Singletons.NONE;
        });
        TYPE.defineMethod("__await__", (a, k) -> new Wrapper((PyCoroutine) a[0]));
        Coroutines.defineAttributes(TYPE, "cr_", c -> ((PyCoroutine) c).core);
    }

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

    /** {@code coroutine.__await__()}: the coroutine seen as an iterator (CPython's coroutine_wrapper). */
    static final class Wrapper extends PyIterator implements Sendable {
        static final PyType TYPE = PyType.builtin("coroutine_wrapper", Wrapper.class);
        final PyCoroutine coroutine;

        Wrapper(PyCoroutine coroutine) {
            this.coroutine = coroutine;
        }

        @Override
        public PyType type() {
            return TYPE;
        }

        static {
            Coroutines.defineIteratorMethods(TYPE);
        }

        @Override
        public Object next() {
            return coroutine.send(Singletons.NONE);
        }

        @Override
        public Object send(Object value) {
            return coroutine.send(value);
        }

        @Override
        public Object throwIn(Object[] args, boolean closeDelegateOnExit) {
            return coroutine.throwIn(args, closeDelegateOnExit);
        }

        @Override
        public void close() {
            coroutine.close();
        }

        @Override
        public Object takeResult() {
            return coroutine.takeResult();
        }
    }
}
