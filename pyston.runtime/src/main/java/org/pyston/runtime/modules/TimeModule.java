package org.pyston.runtime.modules;

import org.pyston.runtime.objects.Abstract;
import org.pyston.runtime.objects.Errors;
import org.pyston.runtime.objects.NativeFunction;
import org.pyston.runtime.objects.PyBuiltinFunction;
import org.pyston.runtime.objects.PyModule;
import org.pyston.runtime.objects.Singletons;

/** {@code time}: clocks and sleep (struct_time and strftime come with the runtime-library issue). */
final class TimeModule {
    private TimeModule() {
    }

    private static final long EPOCH_NANOS = System.currentTimeMillis() * 1_000_000L - System.nanoTime();

    static PyModule create() {
        PyModule m = new PyModule("time");
        fn(m, "time", (a, k) -> (System.nanoTime() + EPOCH_NANOS) / 1e9);
        fn(m, "time_ns", (a, k) -> System.nanoTime() + EPOCH_NANOS);
        fn(m, "perf_counter", (a, k) -> System.nanoTime() / 1e9);
        fn(m, "perf_counter_ns", (a, k) -> System.nanoTime());
        fn(m, "monotonic", (a, k) -> System.nanoTime() / 1e9);
        fn(m, "monotonic_ns", (a, k) -> System.nanoTime());
        fn(m, "process_time", (a, k) -> processCpuNanos() / 1e9);
        fn(m, "process_time_ns", (a, k) -> processCpuNanos());
        fn(m, "thread_time", (a, k) -> threadCpuNanos() / 1e9);
        fn(m, "thread_time_ns", (a, k) -> threadCpuNanos());
        fn(m, "sleep", (a, k) -> {
            double s = toSeconds(a[0]);
            if (s < 0) {
                throw Errors.valueError("sleep length must be non-negative");
            }
            sleep((long) (s * 1e9));
            return Singletons.NONE;
        });
        return m;
    }

    /**
     * Sleeps without the interpreter lock; a signal for the main thread runs its handler, and
     * the sleep goes on for the time left unless the handler raised (PEP 475).
     */
    static void sleep(long nanos) {
        long deadline = System.nanoTime() + nanos;
        org.pyston.runtime.objects.Gil gil = org.pyston.runtime.objects.Gil.current();
        org.pyston.runtime.objects.Gil.Blocking<Object> wait = () -> {
            long left = deadline - System.nanoTime();
            if (left > 0) {
                Thread.sleep(left / 1_000_000, (int) (left % 1_000_000));
            }
            return null;
        };
        if (gil != null) {
            gil.block(wait);
            return;
        }
        try {
            wait.run();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    /** CPU time (user + system) of the process: all its threads, as CPython's process_time. */
    private static long processCpuNanos() {
        return ProcessHandle.current().info().totalCpuDuration().map(java.time.Duration::toNanos)
                .orElseGet(TimeModule::threadCpuNanos);
    }

    /** CPU time of the calling thread (the wall clock where the JVM cannot measure it). */
    private static long threadCpuNanos() {
        java.lang.management.ThreadMXBean threads = java.lang.management.ManagementFactory.getThreadMXBean();
        return threads.isCurrentThreadCpuTimeSupported() ? threads.getCurrentThreadCpuTime() : System.nanoTime();
    }

    private static double toSeconds(Object o) {
        if (o instanceof Double d) {
            return d;
        }
        return Abstract.index(o);
    }

    private static void fn(PyModule m, String name, NativeFunction f) {
        m.set(name, new PyBuiltinFunction(name, f, false));
    }
}
