package org.pyston.runtime.modules;

import java.lang.ref.ReferenceQueue;
import java.lang.ref.WeakReference;
import java.util.Collections;
import java.util.Map;
import java.util.Set;
import java.util.WeakHashMap;
import org.pyston.runtime.objects.Abstract;
import org.pyston.runtime.objects.CustomAttributes;
import org.pyston.runtime.objects.Errors;
import org.pyston.runtime.objects.HasDict;
import org.pyston.runtime.objects.PyAsyncGenerator;
import org.pyston.runtime.objects.PyBaseException;
import org.pyston.runtime.objects.PyBoundMethod;
import org.pyston.runtime.objects.PyBuiltinFunction;
import org.pyston.runtime.objects.PyCode;
import org.pyston.runtime.objects.PyCoroutine;
import org.pyston.runtime.objects.PyDict;
import org.pyston.runtime.objects.PyException;
import org.pyston.runtime.objects.PyFunction;
import org.pyston.runtime.objects.PyGenerator;
import org.pyston.runtime.objects.PyInstance;
import org.pyston.runtime.objects.PyIterator;
import org.pyston.runtime.objects.PyList;
import org.pyston.runtime.objects.PyModule;
import org.pyston.runtime.objects.PyObject;
import org.pyston.runtime.objects.PySet;
import org.pyston.runtime.objects.PyType;
import org.pyston.runtime.objects.Singletons;

/**
 * {@code _weakref}: weak references on the JVM's own ({@link WeakReference}). A referent goes away
 * when the garbage collector finds it unreachable, not at the moment its last reference is
 * dropped as in CPython; callbacks of references whose referent went away run the next time a
 * weak reference is made or {@code gc.collect()} runs, on that thread.
 */
final class WeakrefModule {
    private WeakrefModule() {
    }

    private static final String M = "weakref";

    /** Extension types whose instances (not only those of derived classes) can be weakly referenced. */
    private static final Set<PyType> WEAKREFABLE = Collections.newSetFromMap(new java.util.concurrent.ConcurrentHashMap<>());

    static void allowWeakReferences(PyType t) {
        WEAKREFABLE.add(t);
    }

    static PyModule create() {
        PyModule m = new PyModule("_weakref");
        m.set("ref", REF);
        m.set("ReferenceType", REF);
        m.set("ProxyType", PROXY);
        m.set("CallableProxyType", CALLABLE_PROXY);
        Ext.function(m, "proxy", (a, k) -> {
            Ext.positionalOnly("proxy", a, k, 1, 2);
            checkWeakrefable(a[0]);
            Object callback = a.length > 1 && a[1] != Singletons.NONE ? a[1] : null;
            return new Proxy(org.pyston.runtime.objects.Builtins.isCallable(a[0]) ? CALLABLE_PROXY : PROXY, a[0], callback);
        });
        Ext.function(m, "getweakrefcount", (a, k) -> {
            throw new PyBaseException(Errors.NOT_IMPLEMENTED_ERROR,
                    org.pyston.runtime.objects.PyTuple.of("weakref.getweakrefcount is not supported")).toThrowable();
        });
        Ext.function(m, "getweakrefs", (a, k) -> {
            throw new PyBaseException(Errors.NOT_IMPLEMENTED_ERROR,
                    org.pyston.runtime.objects.PyTuple.of("weakref.getweakrefs is not supported")).toThrowable();
        });
        Ext.function(m, "_remove_dead_weakref", (a, k) -> {
            Ext.positionalOnly("_remove_dead_weakref", a, k, 2, 2);
            if (!(a[0] instanceof PyDict d)) {
                throw Errors.typeError("_remove_dead_weakref() argument 1 must be dict, not " + Errors.typeName(a[0]));
            }
            Object v = d.get(a[1]);
            if (v == null) {
                throw new PyBaseException(Errors.KEY_ERROR, org.pyston.runtime.objects.PyTuple.of(a[1])).toThrowable();
            }
            if (v instanceof Ref r && r.referent() == null) {
                d.remove(a[1]);
            }
            return Singletons.NONE;
        });
        return m;
    }

    // ------------------------------------------------------------------ dead references

    /** Slots of references whose referent the collector cleared; their callbacks are due. */
    private static final ReferenceQueue<Object> CLEARED = new ReferenceQueue<>();

    /** The JVM reference behind a weak reference or proxy; it knows its owner to run the callback. */
    static final class Slot extends WeakReference<Object> {
        final Object owner;

        Slot(Object referent, Object owner, boolean withCallback) {
            super(referent, withCallback ? CLEARED : null);
            this.owner = owner;
        }
    }

    /** Runs the callbacks of references whose referents went away (errors are reported, as CPython's). */
    static void runCallbacks() {
        java.lang.ref.Reference<?> r;
        while ((r = CLEARED.poll()) != null) {
            Object owner = ((Slot) r).owner;
            Object callback = owner instanceof Ref ref ? ref.callback : ((Proxy) owner).callback;
            if (callback != null) {
                try {
                    Abstract.call(callback, new Object[] {owner}, null);
                } catch (PyException e) {
                    // CPython prints "Exception ignored in: <callback>" and carries on
                    System.err.println("Exception ignored in: " + Abstract.repr(callback));
                }
            }
        }
    }

    /** TypeError unless CPython's type of {@code o} can be weakly referenced. */
    static void checkWeakrefable(Object o) {
        if (!isWeakrefable(o)) {
            throw Errors.typeError("cannot create weak reference to '" + Errors.typeName(o) + "' object");
        }
    }

    private static boolean isWeakrefable(Object o) {
        if (!(o instanceof PyObject p) || o instanceof Singletons.Singleton) {
            return false;
        }
        PyType t = p.type();
        if (o instanceof PyInstance) {
            return t != PyType.OBJECT;
        }
        if (o instanceof PyType || o instanceof PyFunction || o instanceof PyBuiltinFunction || o instanceof PyBoundMethod
                || o instanceof PySet || o instanceof PyGenerator || o instanceof PyCoroutine
                || o instanceof PyAsyncGenerator || o instanceof PyModule || o instanceof PyCode) {
            return true;
        }
        if (!t.isBuiltin) {
            return true; // instances of classes made in Python
        }
        return WEAKREFABLE.contains(t);
    }

    // ------------------------------------------------------------------ ref

    static final PyType REF = Ext.type(M, "ReferenceType", Ref.class, null, (cls, a, k) -> {
        int npos = a.length - (k == null ? 0 : k.length);
        if (npos < 1 || npos > 2) {
            throw Errors.typeError("__new__ expected " + (npos < 1 ? "at least 1 argument" : "at most 2 arguments")
                    + ", got " + npos);
        }
        if (cls.isBuiltin && k != null && k.length > 0) {
            throw Errors.typeError("ref() takes no keyword arguments");
        }
        runCallbacks();
        checkWeakrefable(a[0]);
        Object callback = npos > 1 && a[1] != Singletons.NONE ? a[1] : null;
        return new Ref(cls, a[0], callback);
    });

    static {
        Ext.method(REF, "__init__", (a, k) -> Singletons.NONE);
        Ext.method(REF, "__call__", (a, k) -> {
            Ext.positionalOnly("weakref", java.util.Arrays.copyOfRange(a, 1, a.length), k, 0, 0);
            Object o = ((Ref) a[0]).referent();
            return o == null ? Singletons.NONE : o;
        });
        Ext.method(REF, "__hash__", (a, k) -> ((Ref) a[0]).hash());
        Ext.method(REF, "__eq__", (a, k) -> compareRefs(a[0], a[1], true));
        Ext.method(REF, "__ne__", (a, k) -> compareRefs(a[0], a[1], false));
        Ext.method(REF, "__repr__", (a, k) -> {
            Ref r = (Ref) a[0];
            Object o = r.referent();
            String at = "<weakref at " + Ref.address(r) + "; ";
            if (o == null) {
                return at + "dead>";
            }
            Object name = null;
            try {
                name = org.pyston.runtime.objects.Abstract.getAttr(o, "__name__");
            } catch (PyException e) {
                if (!e.matches(Errors.ATTRIBUTE_ERROR)) {
                    throw e;
                }
            }
            return at + "to '" + Errors.typeName(o) + "' at " + Ref.address(o)
                    + (name == null ? "" : " (" + Abstract.str(name) + ")") + ">";
        });
        Ext.getter(REF, "__callback__", self -> {
            Object cb = ((Ref) self).callback;
            return cb == null ? Singletons.NONE : cb;
        });
        Ext.classMethod(REF, "__class_getitem__", (a, k) -> a[0]);
    }

    private static Object compareRefs(Object a, Object b, boolean equal) {
        if (!(b instanceof Ref rb)) {
            return Singletons.NOT_IMPLEMENTED;
        }
        Ref ra = (Ref) a;
        Object x = ra.referent(), y = rb.referent();
        if (x == null || y == null) {
            return (ra == rb) == equal;
        }
        return Abstract.compare(equal ? Abstract.CompareOp.EQ : Abstract.CompareOp.NE, x, y);
    }

    static final class Ref extends NativeObject {
        private final Slot slot;
        final Object callback;
        /** hash(referent), kept once computed: it must survive the referent. */
        private Long hash;

        Ref(PyType type, Object referent, Object callback) {
            super(type);
            this.callback = callback;
            this.slot = new Slot(referent, this, callback != null);
        }

        Object referent() {
            return slot.get();
        }

        long hash() {
            if (hash == null) {
                Object o = referent();
                if (o == null) {
                    throw Errors.typeError("weak object has gone away");
                }
                hash = Abstract.hash(o);
            }
            return hash;
        }

        static String address(Object o) {
            return "0x" + String.format("%012x", System.identityHashCode(o));
        }
    }

    // ------------------------------------------------------------------ proxies

    static final PyType PROXY = Ext.type(M, "ProxyType", Proxy.class, null, null);
    static final PyType CALLABLE_PROXY = Ext.type(M, "CallableProxyType", Proxy.class, null, null);

    /** The special methods a proxy forwards to its referent, with the operation that does it. */
    static {
        for (PyType t : new PyType[] {PROXY, CALLABLE_PROXY}) {
            t.isFinal = true;
            Ext.method(t, "__repr__", (a, k) -> {
                Proxy p = (Proxy) a[0];
                Object o = p.slot.get();
                return "<weakproxy at " + Ref.address(p) + "; "
                        + (o == null ? "dead>" : "to '" + Errors.typeName(o) + "' at " + Ref.address(o) + ">");
            });
            Ext.method(t, "__str__", (a, k) -> Abstract.str(((Proxy) a[0]).target()));
            Ext.method(t, "__bool__", (a, k) -> Abstract.isTrue(((Proxy) a[0]).target()));
            Ext.method(t, "__len__", (a, k) -> Abstract.len(((Proxy) a[0]).target()));
            Ext.method(t, "__hash__", (a, k) -> {
                throw Errors.typeError("unhashable type: '" + Errors.typeName(a[0]) + "'");
            });
            Ext.method(t, "__getitem__", (a, k) -> Abstract.getItem(((Proxy) a[0]).target(), a[1]));
            Ext.method(t, "__setitem__", (a, k) -> {
                Abstract.setItem(((Proxy) a[0]).target(), a[1], a[2]);
                return Singletons.NONE;
            });
            Ext.method(t, "__delitem__", (a, k) -> {
                Abstract.delItem(((Proxy) a[0]).target(), a[1]);
                return Singletons.NONE;
            });
            Ext.method(t, "__contains__", (a, k) -> Abstract.contains(((Proxy) a[0]).target(), a[1]));
            Ext.method(t, "__iter__", (a, k) -> org.pyston.runtime.objects.Abstract.iter(((Proxy) a[0]).target()));
            Ext.method(t, "__next__", (a, k) -> {
                Object v = Abstract.next(((Proxy) a[0]).target());
                if (v == null) {
                    throw Errors.of(Errors.STOP_ITERATION, new Object[0]);
                }
                return v;
            });
            for (Abstract.CompareOp op : Abstract.CompareOp.values()) {
                Ext.method(t, op.method, (a, k) -> Abstract.compare(op, unwrap(a[0]), unwrap(a[1])));
            }
            for (Abstract.BinaryOp op : Abstract.BinaryOp.values()) {
                Ext.method(t, op.method, (a, k) -> Abstract.binaryOp(op, unwrap(a[0]), unwrap(a[1])));
                Ext.method(t, op.reflected, (a, k) -> Abstract.binaryOp(op, unwrap(a[1]), unwrap(a[0])));
                Ext.method(t, op.inplace, (a, k) -> {
                    Abstract.inplaceOp(op, ((Proxy) a[0]).target(), unwrap(a[1]));
                    return a[0];
                });
            }
            Ext.method(t, "__neg__", (a, k) -> Abstract.unaryOp(1, ((Proxy) a[0]).target()));
            Ext.method(t, "__pos__", (a, k) -> Abstract.unaryOp(2, ((Proxy) a[0]).target()));
            Ext.method(t, "__invert__", (a, k) -> Abstract.unaryOp(3, ((Proxy) a[0]).target()));
            Ext.method(t, "__index__", (a, k) -> Abstract.indexValue(((Proxy) a[0]).target()));
        }
        Ext.method(CALLABLE_PROXY, "__call__", (a, k) -> Abstract.call(((Proxy) a[0]).target(),
                java.util.Arrays.copyOfRange(a, 1, a.length), k));
    }

    private static Object unwrap(Object o) {
        return o instanceof Proxy p ? p.target() : o;
    }

    static final class Proxy extends PyObject implements CustomAttributes {
        private final PyType type;
        final Slot slot;
        final Object callback;

        Proxy(PyType type, Object referent, Object callback) {
            this.type = type;
            this.callback = callback;
            this.slot = new Slot(referent, this, callback != null);
        }

        @Override
        public PyType type() {
            return type;
        }

        Object target() {
            Object o = slot.get();
            if (o == null) {
                throw Errors.of(Errors.REFERENCE_ERROR, "weakly-referenced object no longer exists");
            }
            return o;
        }

        @Override
        public Object getAttribute(String name) {
            return Abstract.getAttr(target(), name);
        }

        @Override
        public void setAttribute(String name, Object value) {
            Abstract.setAttr(target(), name, value);
        }
    }
}
