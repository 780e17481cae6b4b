package org.pyston.runtime.objects;

/**
 * An iterator a delegating frame drives directly from Java ({@code yield from}, {@code await}):
 * generators, coroutines and the awaitables of coroutines and async generators. The methods
 * are Python's {@code send}/{@code throw}/{@code close}, except that finishing is not an
 * exception: {@link #send} and {@link #throwIn} return null, and {@link #takeResult} gives what
 * {@code StopIteration.value} would carry.
 */
interface Sendable {
    /** The next value, or null when finished. */
    Object send(Object value);

    /**
     * {@code throw(*args)} (type[, value[, traceback]], as given); {@code closeDelegateOnExit}
     * false is the async generators' aclose(), which throws GeneratorExit into an awaited object
     * instead of closing it.
     */
    Object throwIn(Object[] args, boolean closeDelegateOnExit);

    void close();

    /** The result after {@link #send} or {@link #throwIn} returned null (once; None afterwards). */
    Object takeResult();

    /** {@code raise StopIteration(result)} for the Python-level methods. */
    static PyException stopIteration(Object result) {
        return new PyBaseException(Errors.STOP_ITERATION, result == Singletons.NONE ? PyTuple.EMPTY : PyTuple.of(result))
                .toThrowable();
    }
}
