package org.pyston.runtime.modules;

import java.util.concurrent.Semaphore;
import java.util.concurrent.TimeUnit;
import org.pyston.runtime.objects.Abstract;
import org.pyston.runtime.objects.Errors;
import org.pyston.runtime.objects.ExecutionContext;
import org.pyston.runtime.objects.Gil;
import org.pyston.runtime.objects.PyException;
import org.pyston.runtime.objects.PyDict;
import org.pyston.runtime.objects.PyBaseException;
import org.pyston.runtime.objects.PyModule;
import org.pyston.runtime.objects.PyTuple;
import org.pyston.runtime.objects.PyType;
import org.pyston.runtime.objects.Singletons;

/**
 * {@code _thread}: Python threads are Java threads that take the context's global interpreter
 * lock ({@link Gil}) to run Python code; locks (a plain lock any thread may release, and the
 * reentrant lock) give the interpreter lock up while they wait; thread identities, the count of
 * running threads, the sentinel lock threading's join waits on, thread-local objects and the
 * default threading.excepthook.
 */
final class ThreadModule {
    private ThreadModule() {
    }

    /** CPython's limit for lock timeouts (seconds). */
    private static final double TIMEOUT_MAX = 9223372036.0;
    /** Java stack of a new thread unless stack_size() asks for more: deep Python recursion needs it, as the main thread's -Xss. */
    private static final long DEFAULT_STACK = 64L << 20;

    /** Per-context state: threads running, the requested stack size, each thread's sentinel lock. */
    static final class State {
        final java.util.concurrent.atomic.AtomicLong count = new java.util.concurrent.atomic.AtomicLong();
        long stackSize;
        int started;
    }

    private static final java.util.Map<ExecutionContext, State> STATES = java.util.Collections.synchronizedMap(
            new java.util.WeakHashMap<>());
    /** The sentinel lock of the running thread (_set_sentinel), released when the thread ends. */
    private static final ThreadLocal<Lock> SENTINEL = new ThreadLocal<>();

    static PyType EXCEPTHOOK_ARGS = StructSeq.newType("_thread", "_ExceptHookArgs",
            new String[] {"exc_type", "exc_value", "exc_traceback", "thread"}, 4, true);

    static PyModule create(ExecutionContext ctx) {
        State state = STATES.computeIfAbsent(ctx, c -> new State());
        PyModule m = new PyModule("_thread");
        m.set("LockType", LOCK);
        m.set("lock", LOCK);
        m.set("RLock", RLOCK);
        m.set("_local", LOCAL);
        m.set("_ExceptHookArgs", EXCEPTHOOK_ARGS);
        m.set("error", Errors.RUNTIME_ERROR);
        m.set("TIMEOUT_MAX", TIMEOUT_MAX);
        Ext.function(m, "allocate_lock", (a, k) -> {
            Ext.positionalOnly("allocate_lock", a, k, 0, 0);
            return new Lock(LOCK);
        });
        Ext.function(m, "allocate", (a, k) -> {
            Ext.positionalOnly("allocate", a, k, 0, 0);
            return new Lock(LOCK);
        });
        Ext.function(m, "get_ident", (a, k) -> Thread.currentThread().getId());
        Ext.function(m, "get_native_id", (a, k) -> nativeId());
        Ext.function(m, "_count", (a, k) -> state.count.get());
        Ext.function(m, "_set_sentinel", (a, k) -> {
            Ext.positionalOnly("_set_sentinel", a, k, 0, 0);
            Lock sentinel = new Lock(LOCK);
            SENTINEL.set(sentinel);
            return sentinel;
        });
        Ext.function(m, "stack_size", (a, k) -> {
            Ext.positionalOnly("stack_size", a, k, 0, 1);
            long old = state.stackSize;
            if (a.length == 1) {
                long size = Abstract.index(a[0]);
                if (size != 0 && size < 32768) {
                    throw Errors.valueError("size not valid: " + size + " bytes");
                }
                state.stackSize = size;
            }
            return old;
        });
        for (String name : new String[] {"start_new_thread", "start_new"}) {
            Ext.function(m, name, (a, k) -> startNewThread(ctx, state, name, a, k));
        }
        for (String name : new String[] {"exit", "exit_thread"}) {
            Ext.function(m, name, (a, k) -> {
                throw Errors.of(Errors.SYSTEM_EXIT, new Object[0]);
            });
        }
        Ext.function(m, "interrupt_main", (a, k) -> {
            Object[] b = Ext.bind("interrupt_main", a, k, 0, 1, "signum");
            long signum = b[0] == null ? 2 : Abstract.index(b[0]);
            if (signum < 1 || signum > 64) {
                throw Errors.valueError("signal number out of range");
            }
            ctx.gil.signalArrived((int) signum);
            return Singletons.NONE;
        });
        Ext.function(m, "_excepthook", (a, k) -> {
            Ext.positionalOnly("_excepthook", a, k, 1, 1);
            return exceptHook(ctx, a[0]);
        });
        return m;
    }

    /**
     * At exit, before the atexit functions: {@code threading._shutdown()} when threading was
     * imported (it joins the non-daemon threads), as CPython's finalization; an error there is
     * reported, not raised. Daemon threads are left waiting for the interpreter lock, which the
     * main thread keeps.
     */
    static void joinThreads(ExecutionContext ctx) {
        Object threading = ctx.modules.get("threading");
        if (threading == null) {
            return;
        }
        try {
            org.pyston.runtime.objects.Ops.callMethod(threading, "_shutdown", new Object[0], null);
        } catch (PyException e) {
            org.pyston.runtime.objects.Ops.writeUnraisable(ctx, e.exception, threading);
        }
    }

    /** start_new_thread(function, args[, kwargs]): a Java thread that runs the call holding the context's lock. */
    private static Object startNewThread(ExecutionContext ctx, State state, String fname, Object[] a, String[] k) {
        if (k != null && k.length > 0) {
            throw Errors.typeError(fname + "() takes no keyword arguments");
        }
        if (a.length < 2 || a.length > 3) {
            throw Errors.typeError(fname + " expected " + (a.length < 2 ? "at least 2" : "at most 3") + " arguments, got "
                    + a.length);
        }
        Object function = a[0];
        if (!org.pyston.runtime.objects.Builtins.isCallable(function)) {
            throw Errors.typeError("first arg must be callable");
        }
        if (!(a[1] instanceof PyTuple)) {
            throw Errors.typeError("2nd arg must be a tuple");
        }
        Object kwargs = a.length == 3 ? a[2] : null;
        if (kwargs != null && !(kwargs instanceof org.pyston.runtime.objects.PyDict)) {
            throw Errors.typeError("optional 3rd arg must be a dictionary");
        }
        Object args = a[1];
        Gil gil = ctx.gil;
        gil.activate();
        Gil.ThreadState fresh = Gil.newThreadState();
        state.count.incrementAndGet();
        Runnable body = () -> {
            gil.enterThread(fresh);
            try {
                org.pyston.runtime.objects.Ops.callEx(function, args, kwargs == null ? null : PyTuple.of(kwargs));
            } catch (PyException e) {
                if (!e.matches(Errors.SYSTEM_EXIT)) {
                    unraisable(ctx, e.exception, function);
                }
            } catch (StackOverflowError e) {
                unraisable(ctx, Errors.of(Errors.RECURSION_ERROR, "maximum recursion depth exceeded").exception,
                        function);
            } catch (RuntimeException | Error e) {
                unraisable(ctx, Errors.of(Errors.SYSTEM_ERROR, "internal error in the Pyston runtime: " + e).exception,
                        function);
            } finally {
                state.count.decrementAndGet();
                Lock sentinel = SENTINEL.get();
                SENTINEL.remove();
                if (sentinel != null && sentinel.permit.availablePermits() == 0) {
                    sentinel.permit.release();
                }
                gil.exitThread();
            }
        };
        Thread t = new Thread(null, body, "Dummy-" + (++state.started), Math.max(state.stackSize, DEFAULT_STACK));
        t.setDaemon(true); // threading._shutdown joins the non-daemon ones, as CPython at exit
        try {
            t.start();
        } catch (OutOfMemoryError e) {
            state.count.decrementAndGet();
            throw Errors.of(Errors.RUNTIME_ERROR, "can't start new thread");
        }
        return t.getId();
    }

    /** "Exception ignored in thread started by: f" and the traceback (sys.unraisablehook's default). */
    private static void unraisable(ExecutionContext ctx, PyBaseException e, Object function) {
        try {
            StringBuilder out = new StringBuilder("Exception ignored in thread started by: ")
                    .append(Abstract.repr(function)).append('\n');
            org.pyston.runtime.objects.Tracebacks.printAlone(ctx, e, out);
            org.pyston.runtime.objects.StdStreams.write(ctx, ctx.sys.dict.getStr("stderr"), out.toString());
            org.pyston.runtime.objects.StdStreams.flush(ctx, ctx.sys.dict.getStr("stderr"));
        } catch (PyException ignored) {
            // nowhere to report it
        }
    }

    /** threading.excepthook's default: "Exception in thread NAME:" and the traceback on sys.stderr (or the thread's). */
    private static Object exceptHook(ExecutionContext ctx, Object args) {
        if (!(args instanceof StructSeq) || PyType.of(args) != EXCEPTHOOK_ARGS) {
            throw Errors.typeError("_thread._excepthook argument type must be ExceptHookArgs");
        }
        PyTuple t = (PyTuple) args;
        Object excType = t.items[0];
        Object value = t.items[1];
        Object thread = t.items[3];
        if (excType == Errors.SYSTEM_EXIT) {
            return Singletons.NONE; // silently ignored
        }
        Object file = ctx.sys.dict.getStr("stderr");
        if (file == null || file == Singletons.NONE) {
            if (thread == Singletons.NONE) {
                return Singletons.NONE;
            }
            file = Abstract.getAttr(thread, "_stderr");
            if (file == Singletons.NONE) {
                return Singletons.NONE;
            }
        }
        StringBuilder out = new StringBuilder("Exception in thread ");
        if (thread != Singletons.NONE) {
            out.append(Abstract.str(Abstract.getAttr(thread, "name")));
        } else {
            out.append(Thread.currentThread().getId());
        }
        out.append(":\n");
        org.pyston.runtime.objects.StdStreams.write(ctx, file, out.toString());
        org.pyston.runtime.objects.StdStreams.flush(ctx, file);
        if (value instanceof PyBaseException e) {
            StringBuilder tb = new StringBuilder();
            org.pyston.runtime.objects.Tracebacks.print(ctx, e, tb);
            org.pyston.runtime.objects.StdStreams.write(ctx, file, tb.toString());
        } else if (excType != Singletons.NONE) {
            org.pyston.runtime.objects.StdStreams.write(ctx, file, Abstract.str(excType) + "\n");
        }
        org.pyston.runtime.objects.StdStreams.flush(ctx, file);
        return Singletons.NONE;
    }

    private static final ThreadLocal<Long> NATIVE_ID = new ThreadLocal<>();

    /** The kernel's id of the running thread (Linux: /proc/thread-self names it); the Java id elsewhere. */
    private static long nativeId() {
        Long id = NATIVE_ID.get();
        if (id == null) {
            try {
                String link = java.nio.file.Files.readSymbolicLink(java.nio.file.Path.of("/proc/thread-self")).toString();
                id = Long.parseLong(link.substring(link.lastIndexOf('/') + 1));
            } catch (java.io.IOException | RuntimeException e) {
                id = Thread.currentThread().getId();
            }
            NATIVE_ID.set(id);
        }
        return id;
    }

    /** acquire(blocking=True, timeout=-1) arguments as a wait in nanoseconds: -1 forever, 0 no wait. */
    private static long waitNanos(String owner, Object[] a, String[] k) {
        Object[] b = Ext.bind("acquire", java.util.Arrays.copyOfRange(a, 1, a.length), k, 0, 2, "blocking", "timeout");
        boolean blocking = b[0] == null || Abstract.isTrue(b[0]);
        double timeout = b[1] == null ? -1 : Abstract.asDouble(b[1]);
        if (!blocking && timeout != -1) {
            throw Errors.valueError("can't specify a timeout for a non-blocking call");
        }
        if (timeout < 0 && timeout != -1) {
            throw Errors.valueError("timeout value must be positive");
        }
        if (timeout > TIMEOUT_MAX) {
            throw Errors.overflow("timestamp out of range for platform time_t");
        }
        if (!blocking) {
            return 0;
        }
        return timeout == -1 ? -1 : (long) (timeout * 1e9);
    }

    /**
     * Takes a permit: at once if free, else waiting without the interpreter lock (other threads
     * run meanwhile); a signal for the main thread runs its handler and the wait goes on with
     * the time left (PEP 475), unless the handler raises.
     */
    private static boolean acquire(Semaphore s, long nanos) {
        if (s.tryAcquire()) {
            return true;
        }
        if (nanos == 0) {
            return false;
        }
        Gil gil = Gil.current();
        if (gil == null) {
            try {
                if (nanos < 0) {
                    s.acquire();
                    return true;
                }
                return s.tryAcquire(nanos, TimeUnit.NANOSECONDS);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return false;
            }
        }
        long deadline = System.nanoTime() + nanos;
        return gil.block(() -> {
            if (nanos < 0) {
                s.acquire();
                return true;
            }
            return s.tryAcquire(Math.max(0, deadline - System.nanoTime()), TimeUnit.NANOSECONDS);
        });
    }

    private static String address(Object o) {
        return "0x" + String.format("%012x", System.identityHashCode(o));
    }

    // ------------------------------------------------------------------ lock

    static final PyType LOCK = Ext.type("_thread", "lock", Lock.class, null, null);

    static {
        WeakrefModule.allowWeakReferences(LOCK);
        for (String name : new String[] {"acquire", "acquire_lock", "__enter__"}) {
            Ext.method(LOCK, name, (a, k) -> acquire(((Lock) a[0]).permit, waitNanos("lock", a, k)));
        }
        for (String name : new String[] {"release", "release_lock"}) {
            Ext.method(LOCK, name, (a, k) -> ((Lock) a[0]).release());
        }
        Ext.method(LOCK, "__exit__", (a, k) -> ((Lock) a[0]).release());
        for (String name : new String[] {"locked", "locked_lock"}) {
            Ext.method(LOCK, name, (a, k) -> ((Lock) a[0]).permit.availablePermits() == 0);
        }
        Ext.method(LOCK, "_at_fork_reinit", (a, k) -> {
            ((Lock) a[0]).permit.drainPermits();
            ((Lock) a[0]).permit.release();
            return Singletons.NONE;
        });
        Ext.method(LOCK, "__repr__", (a, k) -> "<" + (((Lock) a[0]).permit.availablePermits() == 0 ? "locked" : "unlocked")
                + " _thread.lock object at " + address(a[0]) + ">");
    }

    static final class Lock extends NativeObject {
        final Semaphore permit = new Semaphore(1);

        Lock(PyType type) {
            super(type);
        }

        Object release() {
            synchronized (permit) {
                if (permit.availablePermits() != 0) {
                    throw Errors.of(Errors.RUNTIME_ERROR, "release unlocked lock");
                }
                permit.release();
            }
            return Singletons.NONE;
        }
    }

    // ------------------------------------------------------------------ RLock

    static final PyType RLOCK = Ext.type("_thread", "RLock", RLock.class, null, (cls, a, k) -> new RLock(cls));

    static {
        WeakrefModule.allowWeakReferences(RLOCK);
        Ext.method(RLOCK, "acquire", (a, k) -> ((RLock) a[0]).acquire(waitNanos("RLock", a, k)));
        Ext.method(RLOCK, "__enter__", (a, k) -> ((RLock) a[0]).acquire(waitNanos("RLock", a, k)));
        Ext.method(RLOCK, "release", (a, k) -> ((RLock) a[0]).release());
        Ext.method(RLOCK, "__exit__", (a, k) -> ((RLock) a[0]).release());
        Ext.method(RLOCK, "_is_owned", (a, k) -> ((RLock) a[0]).owner == Thread.currentThread());
        Ext.method(RLOCK, "_recursion_count", (a, k) -> {
            RLock r = (RLock) a[0];
            return r.owner == Thread.currentThread() ? r.count : 0L;
        });
        Ext.method(RLOCK, "_release_save", (a, k) -> {
            RLock r = (RLock) a[0];
            if (r.count == 0) {
                throw Errors.of(Errors.RUNTIME_ERROR, "cannot release un-acquired lock");
            }
            PyTuple state = PyTuple.of(r.count, r.owner.getId());
            r.count = 0;
            r.owner = null;
            r.permit.release();
            return state;
        });
        Ext.method(RLOCK, "_acquire_restore", (a, k) -> {
            RLock r = (RLock) a[0];
            acquire(r.permit, -1);
            r.owner = Thread.currentThread();
            r.count = Abstract.index(((PyTuple) a[1]).items[0]);
            return Singletons.NONE;
        });
        Ext.method(RLOCK, "_at_fork_reinit", (a, k) -> {
            RLock r = (RLock) a[0];
            r.permit.drainPermits();
            r.permit.release();
            r.owner = null;
            r.count = 0;
            return Singletons.NONE;
        });
        Ext.method(RLOCK, "__repr__", (a, k) -> {
            RLock r = (RLock) a[0];
            Thread owner = r.owner;
            return "<" + (owner != null ? "locked" : "unlocked") + " " + PyType.of(r).module + "." + PyType.of(r).name
                    + " object owner=" + (owner == null ? 0 : owner.getId()) + " count=" + r.count + " at "
                    + address(r) + ">";
        });
    }

    static final class RLock extends NativeObject {
        final Semaphore permit = new Semaphore(1);
        volatile Thread owner;
        long count;

        RLock(PyType type) {
            super(type);
        }

        Object acquire(long nanos) {
            Thread me = Thread.currentThread();
            if (owner == me) {
                count++;
                return true;
            }
            if (!ThreadModule.acquire(permit, nanos)) {
                return false;
            }
            owner = me;
            count = 1;
            return true;
        }

        Object release() {
            if (owner != Thread.currentThread() || count == 0) {
                throw Errors.of(Errors.RUNTIME_ERROR, "cannot release un-acquired lock");
            }
            if (--count == 0) {
                owner = null;
                permit.release();
            }
            return Singletons.NONE;
        }
    }

    // ------------------------------------------------------------------ _local

    static final PyType LOCAL = Ext.type("_thread", "_local", Local.class, null, Local::allocate);

    static {
        WeakrefModule.allowWeakReferences(LOCAL);
    }

    /**
     * threading.local: attributes live in a dict per thread (its instance dict is the running
     * thread's); a thread that touches the object for the first time gets a fresh dict and, in a
     * class deriving from it with its own {@code __init__}, the constructor's arguments run
     * {@code __init__} again for that thread, as CPython's _thread._local does.
     */
    static final class Local extends NativeObject {
        private final java.util.Map<Thread, PyDict> dicts = new java.util.WeakHashMap<>();
        private final Object[] initArgs;
        private final String[] initKw;

        Local(PyType type, Object[] args, String[] kw) {
            super(type);
            this.initArgs = args;
            this.initKw = kw;
            dicts.put(Thread.currentThread(), new PyDict());
        }

        static Object allocate(PyType cls, Object[] a, String[] k) {
            if ((a.length > 0 || (k != null && k.length > 0)) && initIsObjects(cls)) {
                throw Errors.typeError("Initialization arguments are not supported");
            }
            return new Local(cls, a, k);
        }

        private static boolean initIsObjects(PyType cls) {
            return cls.lookup("__init__") == PyType.OBJECT.lookup("__init__");
        }

        @Override
        boolean typeHasDict() {
            return true;
        }

        @Override
        public PyDict instanceDict() {
            Thread me = Thread.currentThread();
            PyDict d;
            synchronized (dicts) {
                d = dicts.get(me);
                if (d != null) {
                    return d;
                }
                d = new PyDict();
                dicts.put(me, d);
            }
            PyType cls = type();
            if (!initIsObjects(cls)) {
                Object[] args = new Object[initArgs.length + 1];
                args[0] = this;
                System.arraycopy(initArgs, 0, args, 1, initArgs.length);
                Abstract.call(cls.lookup("__init__"), args, initKw);
            }
            return d;
        }
    }
}
