package org.pyston.runtime.modules;

import java.util.concurrent.Semaphore;
import java.util.concurrent.TimeUnit;
import org.pyston.runtime.objects.Abstract;
import org.pyston.runtime.objects.Errors;
import org.pyston.runtime.objects.PyBaseException;
import org.pyston.runtime.objects.PyModule;
import org.pyston.runtime.objects.PyTuple;
import org.pyston.runtime.objects.PyType;
import org.pyston.runtime.objects.Singletons;

/**
 * {@code _thread}: locks (a plain lock any thread may release, and the reentrant lock) and thread
 * identities; Python threads are Java threads. Starting new threads waits for the runtime to run
 * several Python threads in one context and raises NotImplementedError until then.
 */
final class ThreadModule {
    private ThreadModule() {
    }

    /** CPython's limit for lock timeouts (seconds). */
    private static final double TIMEOUT_MAX = 9223372036.0;

    static PyModule create() {
        PyModule m = new PyModule("_thread");
        m.set("LockType", LOCK);
        m.set("lock", LOCK);
        m.set("RLock", RLOCK);
        m.set("error", Errors.RUNTIME_ERROR);
        m.set("TIMEOUT_MAX", TIMEOUT_MAX);
        Ext.function(m, "allocate_lock", (a, k) -> {
            Ext.positionalOnly("allocate_lock", a, k, 0, 0);
            return new Lock(LOCK);
        });
        Ext.function(m, "allocate", (a, k) -> new Lock(LOCK));
        Ext.function(m, "get_ident", (a, k) -> Thread.currentThread().getId());
        Ext.function(m, "get_native_id", (a, k) -> Thread.currentThread().getId());
        Ext.function(m, "_count", (a, k) -> 0L);
        // the lock threading's Thread._tstate_lock waits on; the main thread's is never released
        Ext.function(m, "_set_sentinel", (a, k) -> {
            Ext.positionalOnly("_set_sentinel", a, k, 0, 0);
            return new Lock(LOCK);
        });
        Ext.function(m, "stack_size", (a, k) -> 0L);
        Ext.function(m, "daemon_threads_allowed", (a, k) -> true);
        Ext.function(m, "start_new_thread", (a, k) -> {
            throw new PyBaseException(Errors.NOT_IMPLEMENTED_ERROR,
                    PyTuple.of("starting threads is not supported yet")).toThrowable();
        });
        Ext.function(m, "start_new", (a, k) -> {
            throw new PyBaseException(Errors.NOT_IMPLEMENTED_ERROR,
                    PyTuple.of("starting threads is not supported yet")).toThrowable();
        });
        return m;
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
            throw Errors.valueError("timeout value must be a non-negative number");
        }
        if (timeout > TIMEOUT_MAX) {
            throw Errors.overflow("timeout value is too large");
        }
        if (!blocking) {
            return 0;
        }
        return timeout == -1 ? -1 : (long) (timeout * 1e9);
    }

    private static boolean acquire(Semaphore s, long nanos) {
        if (nanos == 0) {
            return s.tryAcquire();
        }
        try {
            if (nanos < 0) {
                s.acquire();
                return true;
            }
            return s.tryAcquire(nanos, TimeUnit.NANOSECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw Errors.of(Errors.KEYBOARD_INTERRUPT, new Object[0]);
        }
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
}
