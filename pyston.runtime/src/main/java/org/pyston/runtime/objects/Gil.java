package org.pyston.runtime.objects;

import java.util.ArrayList;
import java.util.List;

/**
 * The global interpreter lock of one context, and its "eval breaker".
 *
 * <p>The runtime's objects (dicts, lists, type caches, inline caches, the context's own fields)
 * are not thread-safe, so at most one Java thread runs Python code of a context at a time: the
 * holder of this lock. It is released around blocking calls ({@link #block}: sleep, lock
 * acquisition, reads, select) and handed over periodically: a thread that has waited longer than
 * the switch interval ({@code sys.setswitchinterval}) sets {@link #breakRequested}, and the
 * holder gives the lock up at its next check. The check sits in {@code ExecutionContext}'s
 * frame entry (every call) and where a tier hands a frame back to the ladder — which every
 * tier does at loop back-edges at least every 1024 of them ({@code Profile.nextThreshold}) — so
 * neither the interpreter loop nor compiled code carries a check of its own.
 *
 * <p>The per-thread part of the context (the frame stack top, the exceptions being handled,
 * the recursion depth) stays in {@code ExecutionContext}'s fields, as for one thread; the lock
 * swaps them on each hand-over (CPython's thread-state swap), so every piece of code that reads
 * them sees its own thread's.
 *
 * <p>Until a second thread starts the lock is inactive: one thread, nothing to release, and the
 * only use of the breaker is signal delivery. Pending signals ({@link #signalArrived}) also set
 * the breaker; their Python handlers run in the main thread at the next check.
 */
public final class Gil {
    private static final ThreadLocal<Gil> CURRENT = new ThreadLocal<>();

    final ExecutionContext ctx;
    /** The thread that made the context: Python's main thread (signal handlers run there). */
    public final Thread mainThread;
    /** Checked at calls and back-edge hand-overs: a drop request or a pending signal. */
    public volatile boolean breakRequested;
    private volatile boolean dropRequested;
    private volatile boolean active;
    /** sys.getswitchinterval() in nanoseconds. */
    public volatile long switchIntervalNanos = 5_000_000;

    private Thread holder; // guarded by this
    private long switches; // guarded by this
    private int waiting; // guarded by this
    /** Set while the main thread sits in a blocking call a signal may interrupt. */
    private volatile boolean mainInterruptible;

    /** Pending signal numbers (index = signal number). */
    private final boolean[] pendingSignals = new boolean[65];
    private volatile boolean signalsPending;
    /** Runs the Python handler of a signal (set by _signal); may raise. */
    public volatile SignalHandlers signalHandlers;

    /** What _signal registers to run a pending signal's handler in the main thread. */
    public interface SignalHandlers {
        void run(int signum);
    }

    /** A blocking operation; InterruptedException means a signal arrived for the main thread. */
    public interface Blocking<T> {
        T run() throws InterruptedException;
    }

    Gil(ExecutionContext ctx) {
        this.ctx = ctx;
        this.mainThread = Thread.currentThread();
        CURRENT.set(this);
    }

    /** The lock of the context this thread runs Python code of, or null (a thread the runtime did not start). */
    public static Gil current() {
        return CURRENT.get();
    }

    /** The context this lock belongs to. */
    public ExecutionContext context() {
        return ctx;
    }

    public boolean isActive() {
        return active;
    }

    /** Before the first new thread starts: from now on the calling thread holds the lock. */
    public synchronized void activate() {
        if (!active) {
            holder = Thread.currentThread();
            switches++;
            active = true;
        }
    }

    /** The per-thread part of the context, while its thread does not hold the lock. */
    public static final class ThreadState {
        List<PyBaseException> handled;
        PyFrame topFrame;
        int depth;
        Object contextVars;
    }

    /** A fresh state for a new thread: no frames, nothing being handled. */
    public static ThreadState newThreadState() {
        ThreadState s = new ThreadState();
        s.handled = new ArrayList<>();
        return s;
    }

    /** A thread the runtime started enters the context: waits for the lock, then runs with {@code state}. */
    public void enterThread(ThreadState state) {
        CURRENT.set(this);
        take();
        restore(state);
    }

    /** A thread the runtime started leaves for good. */
    public void exitThread() {
        save();
        drop();
        CURRENT.remove();
    }

    private ThreadState save() {
        ThreadState s = new ThreadState();
        s.handled = ctx.handled;
        s.topFrame = ctx.topFrame;
        s.depth = ctx.depth;
        s.contextVars = ctx.contextVars;
        return s;
    }

    private void restore(ThreadState s) {
        ctx.handled = s.handled;
        ctx.topFrame = s.topFrame;
        ctx.depth = s.depth;
        ctx.contextVars = s.contextVars;
    }

    private synchronized void take() {
        Thread me = Thread.currentThread();
        waiting++;
        boolean interrupted = false;
        try {
            while (holder != null) {
                long seen = switches;
                long deadline = System.nanoTime() + Math.max(switchIntervalNanos, 1000);
                long left;
                while (holder != null && switches == seen && (left = deadline - System.nanoTime()) > 0) {
                    try {
                        wait(left / 1_000_000, (int) (left % 1_000_000));
                    } catch (InterruptedException e) {
                        interrupted = true;
                    }
                }
                if (holder != null && switches == seen) {
                    // the holder kept it a whole interval: ask it to let go at its next check
                    dropRequested = true;
                    breakRequested = true;
                }
            }
            holder = me;
            switches++;
            dropRequested = false;
            breakRequested = signalsPending;
            notifyAll(); // a thread that dropped on request waits for this switch
        } finally {
            waiting--;
            if (interrupted) {
                me.interrupt(); // a signal for the main thread: seen by its next blocking call
            }
        }
    }

    private synchronized void drop() {
        holder = null;
        notifyAll();
    }

    /** Runs a blocking operation without the lock; signals arriving meanwhile run their handlers (which may raise). */
    public <T> T block(Blocking<T> op) {
        boolean main = Thread.currentThread() == mainThread;
        while (true) {
            ThreadState s = active ? save() : null;
            if (s != null) {
                drop();
            }
            boolean interrupted = false;
            T result = null;
            if (main) {
                mainInterruptible = true;
                if (signalsPending) {
                    interrupted = true;
                }
            }
            try {
                if (!interrupted) {
                    result = op.run();
                }
            } catch (InterruptedException e) {
                interrupted = true;
            } finally {
                if (main) {
                    mainInterruptible = false;
                    Thread.interrupted(); // a late interrupt must not hit the next wait
                }
                if (s != null) {
                    take();
                    restore(s);
                }
            }
            if (!interrupted) {
                return result;
            }
            runPendingSignals(); // PEP 475: retry when the handlers did not raise
        }
    }

    /** An I/O call that may block. */
    public interface IoCall<T> {
        T run() throws java.io.IOException;
    }

    /**
     * Runs a read that may block (a pipe, a terminal) without the running thread's interpreter
     * lock, so other threads run meanwhile; nothing to release before a second thread exists.
     */
    public static <T> T io(IoCall<T> op) throws java.io.IOException {
        Gil g = CURRENT.get();
        if (g == null || !g.active) {
            return op.run();
        }
        ThreadState s = g.save();
        g.drop();
        try {
            return op.run();
        } finally {
            g.take();
            g.restore(s);
        }
    }

    /** A signal arrived (called on the JVM's signal thread): the main thread runs its handler at the next check. */
    public void signalArrived(int signum) {
        synchronized (pendingSignals) {
            pendingSignals[signum] = true;
        }
        signalsPending = true;
        breakRequested = true;
        if (mainInterruptible) {
            mainThread.interrupt();
        }
    }

    /** The check point: gives the lock to a waiting thread when asked; in the main thread runs pending signal handlers. */
    public void serviceBreak() {
        if (dropRequested && active) {
            yieldToOthers();
        }
        if (signalsPending && Thread.currentThread() == mainThread) {
            runPendingSignals();
        }
        breakRequested = dropRequested || signalsPending;
    }

    private void yieldToOthers() {
        ThreadState s = save();
        synchronized (this) {
            dropRequested = false;
            holder = null;
            notifyAll();
            long seen = switches;
            boolean interrupted = false;
            // CPython's FORCE_SWITCHING: do not take it back before a waiting thread had it
            while (switches == seen && waiting > 0) {
                try {
                    wait(1);
                } catch (InterruptedException e) {
                    interrupted = true;
                }
            }
            if (interrupted) {
                Thread.currentThread().interrupt();
            }
        }
        take();
        restore(s);
    }

    /** Runs the handlers of the pending signals (main thread only); the first that raises ends it. */
    public void runPendingSignals() {
        if (Thread.currentThread() != mainThread || !signalsPending) {
            return;
        }
        signalsPending = false;
        for (int sig = 1; sig < pendingSignals.length; sig++) {
            boolean pending;
            synchronized (pendingSignals) {
                pending = pendingSignals[sig];
                pendingSignals[sig] = false;
            }
            if (pending) {
                SignalHandlers h = signalHandlers;
                if (h != null) {
                    try {
                        h.run(sig);
                    } catch (RuntimeException | Error e) {
                        // the rest stay pending for the next check
                        synchronized (pendingSignals) {
                            for (int j = sig + 1; j < pendingSignals.length; j++) {
                                if (pendingSignals[j]) {
                                    signalsPending = true;
                                    breakRequested = true;
                                }
                            }
                        }
                        throw e;
                    }
                } else if (sig == 2) {
                    throw Errors.of(Errors.KEYBOARD_INTERRUPT, new Object[0]);
                }
            }
        }
    }
}
