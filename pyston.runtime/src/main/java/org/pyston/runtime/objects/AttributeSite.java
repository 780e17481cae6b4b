package org.pyston.runtime.objects;

import java.math.BigInteger;

/**
 * A polymorphic cache for one attribute site ({@code obj.name}, {@code obj.name(...)},
 * {@code obj.name = v}) of the interpreter: it remembers, for up to {@link #MAX_TYPES} receiver
 * types and their versions, what the class-side lookup along the MRO found, so a hit costs a few
 * compares and at most the one instance-dict lookup Python's rules require. A site that sees
 * more types (megamorphic) goes to the generic path. Polymorphism is common: a method called on
 * the elements of a class hierarchy ({@code task.run()} over several Task subclasses).
 *
 * <p>Module receivers ({@code math.sqrt}) are cached apart: the module dict comes first for them
 * (see {@link Attributes}), so the cache keeps the entry position of the name in the module's
 * dict table, valid while the table's key layout is unchanged, as {@link GlobalSite} does for
 * globals; rebinding the module attribute needs no invalidation.
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

    /** The receiver types one site caches before it goes generic. */
    static final int MAX_TYPES = 4;
    private static final Entry[] NO_ENTRIES = new Entry[0];

    /** The entry position of the name in a module's dict table, valid while the table has {@code layout}. */
    private record ModuleEntry(DictTable table, int layout, int position) {
    }

    private final String name;
    /** The cached types, most recently added last (a new version of a cached type replaces its entry). */
    private Entry[] entries = NO_ENTRIES;
    /** Where a module receiver's dict holds the name (null until one is seen). */
    private ModuleEntry moduleEntry;
    /** Receivers seen that the cache cannot describe: stop trying after a few. */
    private int uncacheable;
    /** What {@link #callMethodCached} answers when the cache holds nothing for the receiver. */
    public static final Object NOT_CACHED = new Object();

    public AttributeSite(String name) {
        this.name = name;
    }

    /** {@code obj.name}. */
    public Object get(Object obj) {
        Entry e = lookup(obj);
        if (e != null) {
            Object v = answer(e, obj);
            if (v != null) {
                return v;
            }
        } else if (obj instanceof PyModule m) {
            Object v = moduleAttribute(m);
            if (v != null) {
                return v;
            }
        }
        return Abstract.getAttr(obj, name);
    }

    /** The module attribute {@code m.name} when the module's dict has it, else null (the generic path decides). */
    private Object moduleAttribute(PyModule m) {
        Object v = cachedModuleAttribute(m);
        if (v != null) {
            return v;
        }
        DictTable t = m.dict.map;
        int p = t.positionOfStr(name);
        if (p < 0) {
            return null;
        }
        moduleEntry = new ModuleEntry(t, t.layout(), p);
        return t.valueAt(p);
    }

    /** {@code obj.name(args...)}: a plain method is called with the receiver prepended, no bound method. */
    public Object callMethod(Object obj, Object[] args, String[] kwnames) {
        Entry e = lookup(obj);
        if (e != null) {
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
        } else if (obj instanceof PyModule m) {
            Object v = moduleAttribute(m);
            if (v != null) {
                return Abstract.call(v, args, kwnames);
            }
        }
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
                return f.callWithSelf(obj, regs, first, n);
            }
            if (e.classAttr instanceof PyBuiltinFunction b && b.isMethod) {
                return callBuiltinMethod(b, obj, regs, first, n);
            }
        } else if (e == null && obj instanceof PyModule m) {
            Object v = moduleAttribute(m);
            if (v instanceof PyFunction f) {
                return f.callFromRegisters(regs, first, n);
            }
            if (v != null) {
                Object[] args = new Object[n];
                System.arraycopy(regs, first, args, 0, n);
                return Abstract.call(v, args, null);
            }
        }
        Object[] args = new Object[n];
        System.arraycopy(regs, first, args, 0, n);
        return callMethod(obj, args, null);
    }

    /*
     * The interpreter's inline paths: what the cache already holds, answered without filling it
     * and without the generic path, so that HotSpot inlines them into the dispatch loop small (the
     * loop's inlining budget is shared by every instruction); on a miss the interpreter runs the
     * instruction's full path (get, set, callMethod), which fills the cache.
     */

    /** {@code obj.name} when the cache answers it, else null (then {@link #get}). */
    public Object getCached(Object obj) {
        Entry e = cached(obj);
        if (e == null) {
            return obj instanceof PyModule m ? cachedModuleAttribute(m) : null;
        }
        return answer(e, obj);
    }

    /** {@code obj.name} as entry {@code e} describes it; null when it has no answer (the generic path). */
    private Object answer(Entry e, Object obj) {
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
        return attr;
    }

    /**
     * {@code obj.name = value} when the cache says it is a plain instance-dict store (an existing
     * attribute replaced, or a new one added: {@code self.x = x} in {@code __init__}); false
     * otherwise (then {@link #set}).
     */
    public boolean setCached(Object obj, Object value) {
        Entry e = cached(obj);
        return e != null && e.directStore && ((PyInstance) obj).dict.map.storeStr(name, value); // directStore: a dict
    }

    /**
     * {@code obj.name(...)} with positional arguments in vregs {@code [first, first + n)} when the
     * cache knows the method (a function of the class that binds its arguments by copying);
     * otherwise {@link #NOT_CACHED} (then {@link #callMethod(Object, Object[], int, int)}).
     */
    public Object callMethodCached(Object obj, Object[] regs, int first, int n) {
        Entry e = cached(obj);
        if (e != null) {
            if (!e.instanceDict || ownAttribute(obj) == null) {
                if (e.classAttr instanceof PyFunction f && f.bindsByCopy(n + 1)) {
                    return f.callWithSelfCopying(obj, regs, first, n);
                }
            }
        }
        return NOT_CACHED; // built-in methods and module receivers too: callMethod has their paths
    }

    private static Object callBuiltinMethod(PyBuiltinFunction b, Object obj, Object[] regs, int first, int n) {
        Object[] full = new Object[n + 1];
        full[0] = obj;
        System.arraycopy(regs, first, full, 1, n);
        return b.call(full, null);
    }

    /** The module attribute at the remembered position while the module's table keeps its layout, else null. */
    private Object cachedModuleAttribute(PyModule m) {
        DictTable t = m.dict.map;
        ModuleEntry e = moduleEntry;
        return e != null && e.table == t && e.layout == t.layout() ? t.valueAt(e.position) : null;
    }

    /** The entry for obj's type when the cache has it (no filling), else null. */
    private Entry cached(Object obj) {
        PyType t = typeOf(obj);
        if (t != null) {
            for (Entry e : entries) {
                if (t == e.type && t.version() == e.version) {
                    return e;
                }
            }
        }
        return null;
    }

    /** {@code obj.name = value}: straight into the instance dict when the class has nothing to say. */
    public void set(Object obj, Object value) {
        Entry e = lookup(obj);
        if (e != null && e.directStore) {
            DictTable d = ((PyInstance) obj).dict.map; // directStore implies the class gives a dict
            if (!d.storeStr(name, value)) {
                d.put(name, value);
            }
            return;
        }
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
        Entry e = cached(obj);
        return e != null ? e : fill(obj, typeOf(obj));
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

    private Entry fill(Object obj, PyType t) {
        if (uncacheable > 8 || obj instanceof PyModule) {
            return null; // modules: see moduleAttribute
        }
        boolean cacheable = t != null && t.customGetattribute() == null
                && (obj instanceof PyInstance || t.isBuiltin && !(obj instanceof PyBaseException));
        Object attr = cacheable ? t.lookup(name) : null;
        if (!cacheable || !isPlain(attr)) {
            uncacheable++;
            return null;
        }
        // instances carry a dict only when their class gives them one (__slots__ may leave it out)
        boolean instance = obj instanceof PyInstance && t.instancesHaveDict();
        Object setattr = t.lookup("__setattr__");
        boolean directStore = instance && !(name.startsWith("__") && name.endsWith("__"))
                && (setattr == null || setattr instanceof PyBuiltinFunction) && t.lookup("__slots__") == null;
        Entry e = new Entry(t, t.version(), attr, instance, directStore);
        entries = withEntry(entries, e);
        return e;
    }

    /**
     * {@code old} with {@code e} added: replacing the entry of an older version of its type, else
     * appended; a site past {@link #MAX_TYPES} types counts as uncacheable and keeps what it has.
     */
    private Entry[] withEntry(Entry[] old, Entry e) {
        for (int i = 0; i < old.length; i++) {
            if (old[i].type == e.type) {
                Entry[] copy = old.clone();
                copy[i] = e;
                return copy;
            }
        }
        if (old.length == MAX_TYPES) {
            uncacheable++;
            return old;
        }
        Entry[] grown = java.util.Arrays.copyOf(old, old.length + 1);
        grown[old.length] = e;
        return grown;
    }

    /** Class attributes whose meaning through an instance the cache states exactly. */
    private static boolean isPlain(Object attr) {
        return attr == null || attr instanceof PyFunction || attr instanceof PyBuiltinFunction
                || attr instanceof Long || attr instanceof String || attr instanceof Double || attr instanceof Boolean
                || attr instanceof BigInteger || attr instanceof PyTuple t && t.type() == PyTuple.TYPE
                || attr == Singletons.NONE;
    }
}
