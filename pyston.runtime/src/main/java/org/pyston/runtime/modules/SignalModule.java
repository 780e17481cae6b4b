package org.pyston.runtime.modules;

import java.lang.reflect.Method;
import java.lang.reflect.Proxy;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.TimeUnit;
import org.pyston.runtime.objects.Abstract;
import org.pyston.runtime.objects.Errors;
import org.pyston.runtime.objects.ExecutionContext;
import org.pyston.runtime.objects.Gil;
import org.pyston.runtime.objects.PyBaseException;
import org.pyston.runtime.objects.PyFrame;
import org.pyston.runtime.objects.PyModule;
import org.pyston.runtime.objects.PySet;
import org.pyston.runtime.objects.PyTuple;
import org.pyston.runtime.objects.PyType;
import org.pyston.runtime.objects.Singletons;

/**
 * {@code _signal}: Python signal handlers on the JVM's signal dispatching.
 *
 * <p>Process signals reach Java through {@code sun.misc.Signal} (module jdk.unsupported, loaded
 * reflectively from the system class loader so the bundle needs no import of it): the JVM's
 * signal thread only marks the signal pending in the context's {@link Gil}, and the Python
 * handler runs in the main thread at its next check point (a call, a loop's hand-over, or the
 * end of a blocking call the signal interrupted), as CPython runs handlers between bytecodes.
 * Signals the JVM keeps for itself (SEGV, BUS, FPE, ILL, QUIT, ...) cannot get a Python handler
 * and raise NotImplementedError saying so. {@code alarm}/{@code setitimer(ITIMER_REAL)} are a
 * JVM timer that raises SIGALRM in the process when it expires, so the default action and a
 * Python handler behave as with the kernel's timer; the CPU-time timers are not available.
 * Handlers are installed in the JVM when Python sets them (SIGINT's default_int_handler when
 * this module is created), so a program that never imports {@code signal} leaves Ctrl-C to the
 * JVM (exit status 130, no traceback).
 */
final class SignalModule {
    private SignalModule() {
    }

    static final int NSIG = 65;
    static final long SIG_DFL = 0;
    static final long SIG_IGN = 1;
    private static final int SIGINT = 2;
    private static final int SIGALRM = 14;

    /** Linux signal numbers and the names the JVM and Python know them by. */
    private static final String[] NAMES = new String[NSIG];
    /** strsignal texts (glibc's). */
    private static final String[] DESCRIPTIONS = {null, "Hangup", "Interrupt", "Quit", "Illegal instruction",
        "Trace/breakpoint trap", "Aborted", "Bus error", "Floating point exception", "Killed", "User defined signal 1",
        "Segmentation fault", "User defined signal 2", "Broken pipe", "Alarm clock", "Terminated", "Stack fault",
        "Child exited", "Continued", "Stopped (signal)", "Stopped", "Stopped (tty input)", "Stopped (tty output)",
        "Urgent I/O condition", "CPU time limit exceeded", "File size limit exceeded", "Virtual timer expired",
        "Profiling timer expired", "Window changed", "I/O possible", "Power failure", "Bad system call"};

    static {
        String[] names = {null, "HUP", "INT", "QUIT", "ILL", "TRAP", "ABRT", "BUS", "FPE", "KILL", "USR1", "SEGV",
            "USR2", "PIPE", "ALRM", "TERM", "STKFLT", "CHLD", "CONT", "STOP", "TSTP", "TTIN", "TTOU", "URG", "XCPU",
            "XFSZ", "VTALRM", "PROF", "WINCH", "IO", "PWR", "SYS"};
        System.arraycopy(names, 0, NAMES, 0, names.length);
    }

    /** The Python-level handler of each signal in one context (index = signal number). */
    static final class State implements Gil.SignalHandlers {
        final ExecutionContext ctx;
        final Object[] handlers = new Object[NSIG];
        Object defaultIntHandler;
        ScheduledFuture<?> timer;
        long timerDeadline;
        long timerInterval;

        State(ExecutionContext ctx) {
            this.ctx = ctx;
        }

        @Override
        public void run(int signum) {
            Object h = handlers[signum];
            if (h == null || h instanceof Long) {
                return; // SIG_DFL/SIG_IGN set after the signal arrived
            }
            PyFrame top = ctx.topFrame;
            Abstract.call(h, new Object[] {(long) signum, top == null ? Singletons.NONE : top.asObject()}, null);
        }
    }

    private static final java.util.Map<ExecutionContext, State> STATES = java.util.Collections.synchronizedMap(
            new java.util.WeakHashMap<>());

    static PyModule create(ExecutionContext ctx) {
        State state = STATES.computeIfAbsent(ctx, State::new);
        PyModule m = new PyModule("_signal");
        m.set("NSIG", (long) NSIG);
        m.set("SIG_DFL", SIG_DFL);
        m.set("SIG_IGN", SIG_IGN);
        m.set("SIG_BLOCK", 0L);
        m.set("SIG_UNBLOCK", 1L);
        m.set("SIG_SETMASK", 2L);
        m.set("ITIMER_REAL", 0L);
        m.set("ITIMER_VIRTUAL", 1L);
        m.set("ITIMER_PROF", 2L);
        for (int i = 1; i < NSIG; i++) {
            if (NAMES[i] != null) {
                m.set("SIG" + NAMES[i], (long) i);
            }
        }
        m.set("SIGIOT", 6L);
        m.set("SIGCLD", 17L);
        m.set("SIGPOLL", 29L);
        m.set("SIGRTMIN", 34L);
        m.set("SIGRTMAX", 64L);
        PyType itimerError = BinasciiModule.exceptionType("signal", "itimer_error", Errors.OS_ERROR);
        m.set("ItimerError", itimerError);

        Object defaultInt = Ext.function(m, "default_int_handler", (a, k) -> {
            throw Errors.of(Errors.KEYBOARD_INTERRUPT, new Object[0]);
        });
        state.defaultIntHandler = defaultInt;
        for (int i = 1; i < NSIG; i++) {
            state.handlers[i] = SIG_DFL;
        }
        state.handlers[13] = SIG_IGN; // CPython ignores SIGPIPE (writes fail with EPIPE instead) and SIGXFSZ
        state.handlers[25] = SIG_IGN;
        state.handlers[SIGINT] = defaultInt;
        ctx.gil.signalHandlers = state;
        try {
            JvmSignals.install(ctx.gil, SIGINT, JvmSignals.PYTHON);
        } catch (org.pyston.runtime.objects.PyException notOnThisJvm) {
            // (-Xrs, or no jdk.unsupported): Ctrl-C stays the JVM's; signal.signal says why when asked
        }

        Ext.function(m, "signal", (a, k) -> {
            Ext.positionalOnly("signal", a, k, 2, 2);
            int signum = signalNumber(a[0]);
            Object handler = a[1];
            int action;
            if (handler instanceof Long || handler instanceof Boolean) {
                long v = Abstract.index(handler);
                if (v != SIG_DFL && v != SIG_IGN) {
                    throw Errors.typeError("signal handler must be signal.SIG_IGN, signal.SIG_DFL, or a callable object");
                }
                action = v == SIG_DFL ? JvmSignals.DEFAULT : JvmSignals.IGNORE;
                handler = v;
            } else if (org.pyston.runtime.objects.Builtins.isCallable(handler)) {
                action = JvmSignals.PYTHON;
            } else {
                throw Errors.typeError("signal handler must be signal.SIG_IGN, signal.SIG_DFL, or a callable object");
            }
            if (Thread.currentThread() != ctx.gil.mainThread) {
                throw Errors.valueError("signal only works in main thread of the main interpreter");
            }
            if (signum == 9 || signum == 19) {
                throw org.pyston.runtime.io.OsErrors.of(22, null);
            }
            JvmSignals.install(ctx.gil, signum, action);
            Object old = state.handlers[signum];
            state.handlers[signum] = handler;
            return old;
        });
        Ext.function(m, "getsignal", (a, k) -> {
            Ext.positionalOnly("getsignal", a, k, 1, 1);
            return state.handlers[signalNumber(a[0])];
        });
        Ext.function(m, "raise_signal", (a, k) -> {
            Ext.positionalOnly("raise_signal", a, k, 1, 1);
            int signum = signalNumber(a[0]);
            if (state.handlers[signum] instanceof Long l && l == SIG_IGN) {
                return Singletons.NONE;
            }
            if (!(state.handlers[signum] instanceof Long) && Thread.currentThread() == ctx.gil.mainThread) {
                // a Python handler: delivered now, as the kernel delivers a signal raised at itself
                ctx.gil.signalArrived(signum);
                ctx.gil.runPendingSignals();
                return Singletons.NONE;
            }
            JvmSignals.raise(signum);
            return Singletons.NONE;
        });
        Ext.function(m, "strsignal", (a, k) -> {
            Ext.positionalOnly("strsignal", a, k, 1, 1);
            int signum = signalNumber(a[0]);
            if (signum < DESCRIPTIONS.length) {
                return DESCRIPTIONS[signum];
            }
            if (signum < 34) {
                return Singletons.NONE;
            }
            return "Real-time signal " + (signum - 34);
        });
        Ext.function(m, "valid_signals", (a, k) -> {
            Ext.positionalOnly("valid_signals", a, k, 0, 0);
            PySet s = new PySet(false);
            for (int i = 1; i < NSIG; i++) {
                if (i != 32 && i != 33) {
                    s.add((long) i);
                }
            }
            return s;
        });
        Ext.function(m, "set_wakeup_fd", (a, k) -> {
            Object[] b = Ext.bind("set_wakeup_fd", a, k, 1, 1, "fd", "warn_on_full_buffer");
            long fd = Abstract.index(b[0]);
            if (Thread.currentThread() != ctx.gil.mainThread) {
                throw Errors.valueError("set_wakeup_fd only works in main thread of the main interpreter");
            }
            if (fd != -1) {
                throw Errors.of(Errors.NOT_IMPLEMENTED_ERROR,
                        "signal.set_wakeup_fd: writing to a descriptor when a signal arrives is not supported yet");
            }
            return -1L;
        });
        Ext.function(m, "siginterrupt", (a, k) -> {
            Ext.positionalOnly("siginterrupt", a, k, 2, 2);
            signalNumber(a[0]);
            Abstract.isTrue(a[1]); // system calls are always restarted here (PEP 475); the flag changes nothing
            return Singletons.NONE;
        });
        Ext.function(m, "pause", (a, k) -> {
            Ext.positionalOnly("pause", a, k, 0, 0);
            // sleeps until a signal's handler has run (it may raise)
            ctx.gil.block(() -> {
                Thread.sleep(Long.MAX_VALUE);
                return null;
            });
            return Singletons.NONE;
        });
        Ext.function(m, "alarm", (a, k) -> {
            Ext.positionalOnly("alarm", a, k, 1, 1);
            long seconds = Abstract.index(a[0]);
            double[] old = setTimer(state, seconds, 0);
            return (long) Math.ceil(old[0] > 0 && old[0] < 1 ? 1 : Math.rint(old[0]));
        });
        Ext.function(m, "setitimer", (a, k) -> {
            Ext.positionalOnly("setitimer", a, k, 2, 3);
            long which = Abstract.index(a[0]);
            double seconds = Abstract.asDouble(a[1]);
            double interval = a.length > 2 ? Abstract.asDouble(a[2]) : 0;
            checkWhich(itimerError, which);
            double[] old = setTimer(state, seconds, interval);
            return PyTuple.of(old[0], old[1]);
        });
        Ext.function(m, "getitimer", (a, k) -> {
            Ext.positionalOnly("getitimer", a, k, 1, 1);
            checkWhich(itimerError, Abstract.index(a[0]));
            double[] now = timerState(state);
            return PyTuple.of(now[0], now[1]);
        });
        return m;
    }

    /**
     * os.kill: a signal to this process goes through the JVM ({@code Signal.raise}), so it is
     * handled as if the kernel sent it; another process gets it from kill(1), the JVM having no
     * call for that (SIGTERM/SIGKILL use ProcessHandle.destroy); signal 0 checks the process exists.
     */
    static void kill(long pid, long sig) {
        if (sig < 0 || sig >= NSIG) {
            throw org.pyston.runtime.io.OsErrors.of(22, null);
        }
        if (pid == ProcessHandle.current().pid() && sig != 0) {
            JvmSignals.raise((int) sig);
            return;
        }
        java.util.Optional<ProcessHandle> target = pid > 0 ? ProcessHandle.of(pid) : java.util.Optional.empty();
        if (pid > 0 && target.isEmpty()) {
            throw org.pyston.runtime.io.OsErrors.of(3, null); // ESRCH
        }
        if (sig == 0) {
            return;
        }
        if (pid > 0 && sig == 15) {
            target.get().destroy();
            return;
        }
        if (pid > 0 && sig == 9) {
            target.get().destroyForcibly();
            return;
        }
        try {
            Process p = new ProcessBuilder("kill", "-" + sig, Long.toString(pid)).redirectErrorStream(true).start();
            String out = new String(p.getInputStream().readAllBytes(), java.nio.charset.StandardCharsets.UTF_8);
            if (p.waitFor() != 0) {
                throw org.pyston.runtime.io.OsErrors.of(out.contains("ermitted") ? 1 : 3, null);
            }
        } catch (java.io.IOException | InterruptedException e) {
            throw Errors.of(Errors.NOT_IMPLEMENTED_ERROR, "os.kill of another process needs kill(1): " + e.getMessage());
        }
    }

    private static void checkWhich(PyType itimerError, long which) {
        if (which == 1 || which == 2) {
            throw Errors.of(Errors.NOT_IMPLEMENTED_ERROR,
                    "ITIMER_VIRTUAL and ITIMER_PROF (CPU-time timers) are not available on the JVM");
        }
        if (which != 0) {
            throw ((PyBaseException) Abstract.call(itimerError, new Object[] {22L, "Invalid argument"}, null))
                    .toThrowable();
        }
    }

    private static int signalNumber(Object o) {
        long n = Abstract.index(o);
        if (n < 1 || n >= NSIG) {
            throw Errors.valueError("signal number out of range");
        }
        return (int) n;
    }

    private static ScheduledExecutorService timers;

    private static synchronized ScheduledExecutorService timers() {
        if (timers == null) {
            timers = java.util.concurrent.Executors.newSingleThreadScheduledExecutor(r -> {
                Thread t = new Thread(r, "pyston-itimer");
                t.setDaemon(true);
                return t;
            });
        }
        return timers;
    }

    /** (seconds left, interval) of the real-time timer. */
    private static synchronized double[] timerState(State s) {
        if (s.timer == null || s.timer.isDone()) {
            return new double[] {0.0, 0.0};
        }
        long left = Math.max(1000, s.timerDeadline - System.nanoTime());
        return new double[] {left / 1e9, s.timerInterval / 1e9};
    }

    /** Arms (or with 0 disarms) the real-time timer; returns the previous (left, interval). */
    private static synchronized double[] setTimer(State s, double seconds, double interval) {
        double[] old = timerState(s);
        if (s.timer != null) {
            s.timer.cancel(false);
            s.timer = null;
        }
        if (seconds > 0) {
            long delay = (long) (seconds * 1e9);
            long every = (long) (Math.max(0, interval) * 1e9);
            s.timerDeadline = System.nanoTime() + delay;
            s.timerInterval = every;
            Runnable fire = () -> {
                synchronized (SignalModule.class) {
                    s.timerDeadline = System.nanoTime() + every;
                }
                try {
                    JvmSignals.raise(SIGALRM);
                } catch (RuntimeException cannot) {
                    // nothing to raise it with: the timer expires unseen
                }
            };
            s.timer = every > 0 ? timers().scheduleAtFixedRate(fire, delay, every, TimeUnit.NANOSECONDS)
                    : timers().schedule(fire, delay, TimeUnit.NANOSECONDS);
        }
        return old;
    }

    /** sun.misc.Signal through reflection: handlers that wake the context's lock, SIG_DFL, SIG_IGN, raise. */
    static final class JvmSignals {
        static final int DEFAULT = 0;
        static final int IGNORE = 1;
        static final int PYTHON = 2;
        private static Class<?> signalClass;
        private static Method handle;
        private static Method raise;
        private static Object sigDfl;
        private static Object sigIgn;
        private static Object proxy;
        /** Which context's lock gets each signal (the last to install a Python handler for it). */
        private static final Gil[] TARGETS = new Gil[NSIG];
        /** Signals whose handler is ours (a Python handler, or an ignored shutdown signal); guarded by TARGETS. */
        private static final boolean[] PROXIED = new boolean[NSIG];
        /** Deliveries to our handler per signal, so a signal a process sends itself is seen as delivered (guarded by itself). */
        private static final long[] DELIVERED = new long[NSIG];

        private static synchronized boolean load() {
            if (signalClass != null) {
                return true;
            }
            try {
                ClassLoader system = ClassLoader.getSystemClassLoader();
                Class<?> sig = Class.forName("sun.misc.Signal", true, system);
                Class<?> handler = Class.forName("sun.misc.SignalHandler", true, system);
                handle = sig.getMethod("handle", sig, handler);
                raise = sig.getMethod("raise", sig);
                sigDfl = handler.getField("SIG_DFL").get(null);
                sigIgn = handler.getField("SIG_IGN").get(null);
                proxy = Proxy.newProxyInstance(system, new Class<?>[] {handler}, (p, method, args) -> {
                    switch (method.getName()) {
                        case "handle": {
                            int n = (Integer) sig.getMethod("getNumber").invoke(args[0]);
                            Gil g = null;
                            if (n > 0 && n < NSIG) {
                                synchronized (TARGETS) {
                                    g = TARGETS[n];
                                }
                            }
                            if (g != null) {
                                g.signalArrived(n);
                            }
                            if (n > 0 && n < NSIG) {
                                synchronized (DELIVERED) {
                                    DELIVERED[n]++;
                                    DELIVERED.notifyAll();
                                }
                            }
                            return null;
                        }
                        case "hashCode":
                            return System.identityHashCode(p);
                        case "equals":
                            return p == args[0];
                        default:
                            return "pyston signal handler";
                    }
                });
                signalClass = sig;
                return true;
            } catch (ReflectiveOperationException | RuntimeException | LinkageError e) {
                return false;
            }
        }

        private static Object signal(int signum) throws ReflectiveOperationException {
            String name = NAMES[signum];
            if (name == null) {
                throw Errors.of(Errors.NOT_IMPLEMENTED_ERROR, "signal " + signum + " cannot be handled on the JVM");
            }
            return signalClass.getConstructor(String.class).newInstance(name);
        }

        static void install(Gil gil, int signum, int action) {
            if (!load()) {
                throw Errors.of(Errors.NOT_IMPLEMENTED_ERROR, "signal handling needs the JVM's jdk.unsupported module");
            }
            try {
                // HotSpot never again installs a handler for a shutdown signal (HUP, INT, TERM) it finds
                // ignored by the OS, so ignoring one is done here: our handler stays, with no target.
                boolean ignoreHere = action == IGNORE && (signum == 1 || signum == SIGINT || signum == 15);
                Object h = action == PYTHON || ignoreHere ? proxy : action == IGNORE ? sigIgn : sigDfl;
                synchronized (TARGETS) {
                    TARGETS[signum] = ignoreHere ? null : gil;
                    PROXIED[signum] = h == proxy;
                }
                handle.invoke(null, signal(signum), h);
            } catch (java.lang.reflect.InvocationTargetException e) {
                if (e.getCause() instanceof IllegalArgumentException why) {
                    // "Signal already used by VM or OS: SIGQUIT"
                    throw Errors.of(Errors.NOT_IMPLEMENTED_ERROR, "SIG" + NAMES[signum] + " cannot get a Python handler: "
                            + why.getMessage());
                }
                throw Errors.of(Errors.SYSTEM_ERROR, String.valueOf(e.getCause()));
            } catch (ReflectiveOperationException e) {
                throw Errors.of(Errors.SYSTEM_ERROR, String.valueOf(e));
            }
        }

        /**
         * Waits (a second at most) until the JVM's signal thread has passed signal {@code signum}
         * to our handler. A signal a process sends itself is delivered before kill() returns on
         * POSIX systems, and CPython runs its Python handler at the next instruction; the JVM hands
         * signals to a thread of its own, so without this wait the handler could run statements later
         * (after the program changed the signal's disposition again).
         */
        private static void awaitDelivery(int signum, long before) {
            long deadline = System.nanoTime() + 1_000_000_000L;
            boolean interrupted = false;
            synchronized (DELIVERED) {
                long left;
                while (DELIVERED[signum] == before && (left = deadline - System.nanoTime()) > 0) {
                    try {
                        DELIVERED.wait(Math.max(1, left / 1_000_000));
                    } catch (InterruptedException e) {
                        interrupted = true; // a signal for the main thread: its next blocking call sees it
                    }
                }
            }
            if (interrupted) {
                Thread.currentThread().interrupt();
            }
        }

        static void raise(int signum) {
            if (!load()) {
                throw Errors.of(Errors.NOT_IMPLEMENTED_ERROR, "signal handling needs the JVM's jdk.unsupported module");
            }
            try {
                boolean ours;
                synchronized (TARGETS) {
                    ours = PROXIED[signum];
                }
                long before;
                synchronized (DELIVERED) {
                    before = DELIVERED[signum];
                }
                raise.invoke(null, signal(signum));
                if (ours) {
                    awaitDelivery(signum, before);
                }
            } catch (java.lang.reflect.InvocationTargetException e) {
                throw Errors.of(Errors.NOT_IMPLEMENTED_ERROR, "SIG" + NAMES[signum] + " cannot be raised on the JVM: "
                        + e.getCause().getMessage());
            } catch (ReflectiveOperationException e) {
                throw Errors.of(Errors.SYSTEM_ERROR, String.valueOf(e));
            }
        }
    }
}
