package org.pyston.runtime.objects;

import java.math.BigInteger;

/**
 * A monomorphic cache for one attribute site ({@code obj.name}, {@code obj.name(...)},
 * {@code obj.name = v}) of the interpreter: it remembers, for the last receiver type and that
 * type's version, what the class-side lookup along the MRO found, so a hit costs two compares and
 * at most the one instance-dict lookup Python's rules require.
 *
 * <p>Only outcomes whose meaning the cache can state exactly are cached: a class attribute that
 * is absent, a plain function (binds), a built-in method, or a value that is not a descriptor.
 * Everything else (properties, member descriptors of {@code __slots__}, getset descriptors such
 * as {@code __class__} and {@code __dict__}, other data descriptors, custom {@code
 * __getattribute__}/{@code __setattr__}, modules, types, super objects) marks the site for the
 * generic path of {@link Attributes}, which stays the one definition of attribute semantics. The
 * instance dict is consulted only for instances whose class gives them one (not for classes whose
 * {@code __slots__} leave it out). A type's version changes whenever it or a base changes, which
 * invalidates the entry; an instance whose {@code __class__} is reassigned has another type, so
 * it misses.
 *
 * <p>Thread confinement: sites are written without synchronization; a torn entry is impossible
 * because a hit re-checks the type and version read from one immutable {@link Entry}.
 */
public final class AttributeSite {
    /** What the class-side lookup of one (type, version) found. */
    private static final class Entry {
        final PyType type;
        final int version;
        /** The attribute found on the class, or null when the class has none. */
        final Object classAttr;
        /** Whether instances of the type have an instance dict to consult (not with __slots__ alone). */
        final boolean instanceDict;
        /** Whether {@code obj.name = v} is a plain instance-dict store (no __setattr__, __slots__, dunder). */
        final boolean directStore;

        Entry(PyType type, int version, Object classAttr, boolean instanceDict, boolean directStore) {
            this.type = type;
            this.version = version;
            this.classAttr = classAttr;
            this.instanceDict = instanceDict;
            this.directStore = directStore;
        }
    }

    private final String name;
    private Entry entry;
    /** Receivers seen that the cache cannot describe: stop trying after a few. */
    private int uncacheable;
    public long hits;
    public long misses;

    public AttributeSite(String name) {
        this.name = name;
    }

    /** {@code obj.name}. */
    public Object get(Object obj) {
        Entry e = lookup(obj);
        if (e != null) {
            hits++;
            if (e.instanceDict) {
                Object v = ownAttribute(obj);
                if (v != null) {
                    return v;
                }
            }
            Object attr = e.classAttr;
            if (attr instanceof PyFunction || attr instanceof PyBuiltinFunction b && b.isMethod) {
                return new PyBoundMethod(attr, obj);
            }
            if (attr != null) {
                return attr;
            }
        }
        misses++;
        return Abstract.getAttr(obj, name);
    }

    /** {@code obj.name(args...)}: a plain method is called with the receiver prepended, no bound method. */
    public Object callMethod(Object obj, Object[] args, String[] kwnames) {
        Entry e = lookup(obj);
        if (e != null) {
            hits++;
            Object attr = e.classAttr;
            Object own = e.instanceDict ? ownAttribute(obj) : null;
            if (own != null) {
                return Abstract.call(own, args, kwnames);
            }
            if (attr instanceof PyFunction f) {
                return f.call(prepend(obj, args), kwnames);
            }
            if (attr instanceof PyBuiltinFunction b && b.isMethod) {
                return b.call(prepend(obj, args), kwnames);
            }
            if (attr != null) {
                return Abstract.call(attr, args, kwnames);
            }
        }
        misses++;
        return Ops.callMethod(obj, name, args, kwnames);
    }

    /**
     * {@code obj.name(...)} with positional arguments in vregs {@code [first, first + n)}: a method
     * defined in Python gets the receiver and the arguments copied straight into its frame.
     */
    public Object callMethod(Object obj, Object[] regs, int first, int n) {
        Entry e = lookup(obj);
        if (e != null && (!e.instanceDict || ownAttribute(obj) == null)) {
            if (e.classAttr instanceof PyFunction f) {
                hits++;
                return f.callWithSelf(obj, regs, first, n);
            }
            if (e.classAttr instanceof PyBuiltinFunction b && b.isMethod) {
                hits++;
                Object[] full = new Object[n + 1];
                full[0] = obj;
                System.arraycopy(regs, first, full, 1, n);
                return b.call(full, null);
            }
        }
        Object[] args = new Object[n];
        System.arraycopy(regs, first, args, 0, n);
        return callMethod(obj, args, null);
    }

    /** {@code obj.name = value}: straight into the instance dict when the class has nothing to say. */
    public void set(Object obj, Object value) {
        Entry e = lookup(obj);
        if (e != null && e.directStore) {
            hits++;
            ((PyInstance) obj).dict.map.put(name, value); // directStore implies the class gives a dict
            return;
        }
        misses++;
        Abstract.setAttr(obj, name, value);
    }

    /** The instance-dict entry of an instance whose class gives it a dict (null when absent). */
    private Object ownAttribute(Object obj) {
        PyDict d = ((PyInstance) obj).dict;
        return d == null ? null : d.map.get(name);
    }

    private static Object[] prepend(Object obj, Object[] args) {
        Object[] full = new Object[args.length + 1];
        full[0] = obj;
        System.arraycopy(args, 0, full, 1, args.length);
        return full;
    }

    /** The entry for obj's type, filling the cache on a miss; null when this receiver goes generic. */
    private Entry lookup(Object obj) {
        Entry e = entry;
        if (e != null) {
            PyType t = typeOf(obj);
            if (t == e.type && t.version() == e.version) {
                return e;
            }
        }
        return fill(obj);
    }

    /** Python type of the receivers a site caches (the common values); null for the rest. */
    private static PyType typeOf(Object obj) {
        if (obj instanceof PyInstance i) {
            return i.type();
        }
        if (obj instanceof PyObject p) {
            return p instanceof PyType || p instanceof PyModule || p instanceof SuperObject ? null : p.type();
        }
        return obj instanceof String ? PyType.STR : obj instanceof Long ? PyType.INT
                : obj instanceof Double ? PyType.FLOAT : null;
    }

    private Entry fill(Object obj) {
        if (uncacheable > 8) {
            return null;
        }
        PyType t = typeOf(obj);
        boolean cacheable = t != null && t.customGetattribute() == null
                && (obj instanceof PyInstance || t.isBuiltin && !(obj instanceof PyBaseException));
        Object attr = cacheable ? t.lookup(name) : null;
        if (!cacheable || !isPlain(attr)) {
            uncacheable++;
            entry = null;
            return null;
        }
        // instances carry a dict only when their class gives them one (__slots__ may leave it out)
        boolean instance = obj instanceof PyInstance && t.instancesHaveDict();
        Object setattr = t.lookup("__setattr__");
        boolean directStore = instance && !(name.startsWith("__") && name.endsWith("__"))
                && (setattr == null || setattr instanceof PyBuiltinFunction) && t.lookup("__slots__") == null;
        Entry e = new Entry(t, t.version(), attr, instance, directStore);
        entry = e;
        return e;
    }

    /** Class attributes whose meaning through an instance the cache states exactly. */
    private static boolean isPlain(Object attr) {
        return attr == null || attr instanceof PyFunction || attr instanceof PyBuiltinFunction
                || attr instanceof Long || attr instanceof String || attr instanceof Double || attr instanceof Boolean
                || attr instanceof BigInteger || attr instanceof PyTuple t && t.type() == PyTuple.TYPE
                || attr == Singletons.NONE;
    }
}
