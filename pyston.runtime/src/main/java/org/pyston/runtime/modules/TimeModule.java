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
            try {
                Thread.sleep((long) (s * 1000), (int) ((s * 1e9) % 1_000_000));
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
            return Singletons.NONE;
        });
        return m;
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
