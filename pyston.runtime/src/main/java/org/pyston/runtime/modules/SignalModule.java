package org.pyston.runtime.modules;

import org.pyston.runtime.objects.Abstract;
import org.pyston.runtime.objects.Builtins;
import org.pyston.runtime.objects.Errors;
import org.pyston.runtime.objects.PyBaseException;
import org.pyston.runtime.objects.PyModule;
import org.pyston.runtime.objects.PySet;
import org.pyston.runtime.objects.PyTuple;
import org.pyston.runtime.objects.Singletons;

/**
 * {@code _signal}: Linux's signal numbers, the handler table of the context (SIGINT starts with
 * {@code default_int_handler}, SIGPIPE and SIGXFSZ ignored, as CPython sets them), and
 * {@code raise_signal}, which runs a Python handler at once as CPython does for a signal raised
 * in its main thread. Delivery of the operating system's signals to Python handlers is not
 * wired to the JVM yet: a handler runs only for {@code raise_signal}, and raising a signal whose
 * handler is SIG_DFL (the OS default: end the process) is a NotImplementedError.
 */
final class SignalModule {
    private SignalModule() {
    }

    static final long SIG_DFL = 0;
    static final long SIG_IGN = 1;
    static final int NSIG = 65;

    private static final Object[][] SIGNALS = {{"SIGHUP", 1}, {"SIGINT", 2}, {"SIGQUIT", 3}, {"SIGILL", 4},
        {"SIGTRAP", 5}, {"SIGABRT", 6}, {"SIGIOT", 6}, {"SIGBUS", 7}, {"SIGFPE", 8}, {"SIGKILL", 9}, {"SIGUSR1", 10},
        {"SIGSEGV", 11}, {"SIGUSR2", 12}, {"SIGPIPE", 13}, {"SIGALRM", 14}, {"SIGTERM", 15}, {"SIGSTKFLT", 16},
        {"SIGCHLD", 17}, {"SIGCLD", 17}, {"SIGCONT", 18}, {"SIGSTOP", 19}, {"SIGTSTP", 20}, {"SIGTTIN", 21},
        {"SIGTTOU", 22}, {"SIGURG", 23}, {"SIGXCPU", 24}, {"SIGXFSZ", 25}, {"SIGVTALRM", 26}, {"SIGPROF", 27},
        {"SIGWINCH", 28}, {"SIGIO", 29}, {"SIGPOLL", 29}, {"SIGPWR", 30}, {"SIGSYS", 31}, {"SIGRTMIN", 34},
        {"SIGRTMAX", 64}};

    /** glibc's strsignal descriptions for the standard signals. */
    private static final String[] DESCRIPTIONS = {null, "Hangup", "Interrupt", "Quit", "Illegal instruction",
        "Trace/breakpoint trap", "Aborted", "Bus error", "Floating point exception", "Killed",
        "User defined signal 1", "Segmentation fault", "User defined signal 2", "Broken pipe", "Alarm clock",
        "Terminated", "Stack fault", "Child exited", "Continued", "Stopped (signal)", "Stopped", "Stopped (tty input)",
        "Stopped (tty output)", "Urgent I/O condition", "CPU time limit exceeded", "File size limit exceeded",
        "Virtual timer expired", "Profiling timer expired", "Window changed", "I/O possible", "Power failure",
        "Bad system call"};

    static PyModule create() {
        PyModule m = new PyModule("_signal");
        for (Object[] s : SIGNALS) {
            m.set((String) s[0], (long) (int) s[1]);
        }
        m.set("NSIG", (long) NSIG);
        m.set("SIG_DFL", SIG_DFL);
        m.set("SIG_IGN", SIG_IGN);
        m.set("SIG_BLOCK", 0L);
        m.set("SIG_UNBLOCK", 1L);
        m.set("SIG_SETMASK", 2L);
        Object[] handlers = new Object[NSIG];
        java.util.Arrays.fill(handlers, SIG_DFL);
        Object defaultIntHandler = Ext.function(m, "default_int_handler", (a, k) -> {
            throw new PyBaseException(Errors.KEYBOARD_INTERRUPT, PyTuple.EMPTY).toThrowable();
        });
        handlers[2] = defaultIntHandler;
        handlers[13] = SIG_IGN;
        handlers[25] = SIG_IGN;
        int[] wakeupFd = {-1};
        Ext.function(m, "signal", (a, k) -> {
            Object[] args = Ext.bind("signal", a, k, 2, 2, "signalnum", "handler");
            int signum = signalNumber(args[0]);
            Object handler = args[1];
            boolean special = handler instanceof Long l && (l == SIG_DFL || l == SIG_IGN);
            if (!special && !Builtins.isCallable(handler)) {
                throw Errors.typeError("signal handler must be signal.SIG_IGN, signal.SIG_DFL, or a callable object");
            }
            if (signum == 9 || signum == 19 || signum == 32 || signum == 33) {
                throw Errors.of(Errors.OS_ERROR, 22L, "Invalid argument");
            }
            Object old = handlers[signum];
            handlers[signum] = handler;
            return old;
        });
        Ext.function(m, "getsignal", (a, k) -> {
            Object[] args = Ext.bind("getsignal", a, k, 1, 1, "signalnum");
            Object h = handlers[signalNumber(args[0])];
            return h == null ? Singletons.NONE : h;
        });
        Ext.function(m, "raise_signal", (a, k) -> {
            Object[] args = Ext.bind("raise_signal", a, k, 1, 1, "signalnum");
            int signum = signalNumber(args[0]);
            Object h = handlers[signum];
            if (h instanceof Long l && l == SIG_IGN) {
                return Singletons.NONE;
            }
            if (h instanceof Long) {
                throw Errors.of(Errors.NOT_IMPLEMENTED_ERROR, "raise_signal(): the default action of signal "
                        + signum + " (ending the process) is not supported");
            }
            Abstract.call(h, new Object[] {(long) signum, Singletons.NONE}, null);
            return Singletons.NONE;
        });
        Ext.function(m, "strsignal", (a, k) -> {
            Object[] args = Ext.bind("strsignal", a, k, 1, 1, "signalnum");
            int signum = signalNumber(args[0]);
            if (signum < DESCRIPTIONS.length) {
                return DESCRIPTIONS[signum];
            }
            return signum >= 34 ? "Real-time signal " + (signum - 34) : Singletons.NONE;
        });
        Ext.function(m, "valid_signals", (a, k) -> {
            PySet s = new PySet(false);
            for (long i = 1; i < NSIG; i++) {
                if (i != 32 && i != 33) {
                    s.add(i);
                }
            }
            return s;
        });
        Ext.function(m, "set_wakeup_fd", (a, k) -> {
            long fd = Abstract.index(a[0]);
            if (fd < -1) {
                throw Errors.valueError("fd is not a valid file descriptor"); // not on the descriptor table
            }
            long old = wakeupFd[0];
            wakeupFd[0] = (int) fd;
            return old;
        });
        Ext.function(m, "siginterrupt", (a, k) -> {
            Object[] args = Ext.bind("siginterrupt", a, k, 2, 2, "signalnum", "flag");
            signalNumber(args[0]);
            return Singletons.NONE;
        });
        return m;
    }

    private static int signalNumber(Object o) {
        long n = Abstract.index(o);
        if (n < 1 || n >= NSIG) {
            throw Errors.valueError("signal number out of range");
        }
        return (int) n;
    }
}
