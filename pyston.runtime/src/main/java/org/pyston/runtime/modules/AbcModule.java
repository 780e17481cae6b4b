package org.pyston.runtime.modules;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Set;
import java.util.WeakHashMap;
import java.util.concurrent.atomic.AtomicLong;
import org.pyston.runtime.objects.Abstract;
import org.pyston.runtime.objects.Builtins;
import org.pyston.runtime.objects.Errors;
import org.pyston.runtime.objects.PyException;
import org.pyston.runtime.objects.PyModule;
import org.pyston.runtime.objects.PySet;
import org.pyston.runtime.objects.PyTuple;
import org.pyston.runtime.objects.PyType;
import org.pyston.runtime.objects.Singletons;

/**
 * {@code _abc}: the machinery of {@code abc.ABCMeta} (registration, the subclass check with its
 * positive and negative caches, the abstract method set). Classes are held weakly in the
 * registries and caches, as CPython does.
 */
final class AbcModule {
    private AbcModule() {
    }

    /** CPython's abc_invalidation_counter: bumped by every register(), it voids all negative caches. */
    private static final AtomicLong INVALIDATION_COUNTER = new AtomicLong();

    static final PyType ABC_DATA = Ext.type("_abc", "_abc_data", AbcData.class, null,
            (cls, a, k) -> new AbcData(cls));

    /** The state ABCMeta keeps per class in {@code _abc_impl}. */
    static final class AbcData extends NativeObject {
        final Set<PyType> registry = weakSet();
        final Set<PyType> cache = weakSet();
        Set<PyType> negativeCache = weakSet();
        long negativeCacheVersion = INVALIDATION_COUNTER.get();

        AbcData(PyType type) {
            super(type);
        }

        private static Set<PyType> weakSet() {
            return Collections.synchronizedSet(Collections.newSetFromMap(new WeakHashMap<>()));
        }
    }

    static PyModule create() {
        PyModule m = new PyModule("_abc");
        m.set("_abc_data", ABC_DATA);
        Ext.function(m, "get_cache_token", (a, k) -> INVALIDATION_COUNTER.get());
        Ext.function(m, "_abc_init", (a, k) -> {
            Ext.positionalOnly("_abc_init", a, k, 1, 1);
            abcInit(a[0]);
            return Singletons.NONE;
        });
        Ext.function(m, "_abc_register", (a, k) -> {
            Ext.positionalOnly("_abc_register", a, k, 2, 2);
            return register(a[0], a[1]);
        });
        Ext.function(m, "_abc_instancecheck", (a, k) -> {
            Ext.positionalOnly("_abc_instancecheck", a, k, 2, 2);
            return instanceCheck(a[0], a[1]);
        });
        Ext.function(m, "_abc_subclasscheck", (a, k) -> {
            Ext.positionalOnly("_abc_subclasscheck", a, k, 2, 2);
            return subclassCheck(a[0], a[1]);
        });
        Ext.function(m, "_get_dump", (a, k) -> {
            Ext.positionalOnly("_get_dump", a, k, 1, 1);
            AbcData d = data(a[0]);
            return PyTuple.of(setOf(d.registry), setOf(d.cache), setOf(d.negativeCache), d.negativeCacheVersion);
        });
        Ext.function(m, "_reset_registry", (a, k) -> {
            Ext.positionalOnly("_reset_registry", a, k, 1, 1);
            data(a[0]).registry.clear();
            return Singletons.NONE;
        });
        Ext.function(m, "_reset_caches", (a, k) -> {
            Ext.positionalOnly("_reset_caches", a, k, 1, 1);
            AbcData d = data(a[0]);
            d.cache.clear();
            d.negativeCache.clear();
            return Singletons.NONE;
        });
        return m;
    }

    private static PySet setOf(Set<PyType> types) {
        PySet s = new PySet(false);
        synchronized (types) {
            for (PyType t : types) {
                s.add(t);
            }
        }
        return s;
    }

    private static AbcData data(Object cls) {
        Object impl = Abstract.getAttr(cls, "_abc_impl");
        if (!(impl instanceof AbcData d)) {
            throw Errors.typeError("_abc_impl is set to a wrong type");
        }
        return d;
    }

    /** getattr(value, "__isabstractmethod__", False) as a truth value. */
    private static boolean isAbstract(Object value) {
        Object flag;
        try {
            flag = Abstract.getAttr(value, "__isabstractmethod__");
        } catch (PyException e) {
            if (e.matches(Errors.ATTRIBUTE_ERROR)) {
                return false;
            }
            throw e;
        }
        return Abstract.isTrue(flag);
    }

    /** Sets {@code __abstractmethods__} and {@code _abc_impl} of a new abstract base class. */
    private static void abcInit(Object self) {
        List<Object> abstracts = new ArrayList<>();
        Object ns = Abstract.getAttr(self, "__dict__");
        for (Object key : Abstract.iterToList(Abstract.call(Abstract.getAttr(ns, "keys"), new Object[0], null))) {
            if (isAbstract(Abstract.getItem(ns, key))) {
                abstracts.add(key);
            }
        }
        Object bases = Abstract.getAttr(self, "__bases__");
        if (!(bases instanceof PyTuple baseTuple)) {
            throw Errors.typeError("__bases__ is not tuple");
        }
        for (Object base : baseTuple.items) {
            Object baseAbstracts;
            try {
                baseAbstracts = Abstract.getAttr(base, "__abstractmethods__");
            } catch (PyException e) {
                if (e.matches(Errors.ATTRIBUTE_ERROR)) {
                    continue;
                }
                throw e;
            }
            for (Object name : Abstract.iterToList(baseAbstracts)) {
                Object value;
                try {
                    value = Abstract.getAttr(self, Abstract.str(name));
                } catch (PyException e) {
                    if (e.matches(Errors.ATTRIBUTE_ERROR)) {
                        continue;
                    }
                    throw e;
                }
                if (isAbstract(value)) {
                    abstracts.add(name);
                }
            }
        }
        Abstract.setAttr(self, "__abstractmethods__", PySet.of(true, new PyTuple(abstracts.toArray())));
        if (self instanceof PyType t && t.dict.containsKey("__abc_tpflags__")) {
            // CPython moves these flags (sequence/mapping, for pattern matching) into the type's flags
            Object flags = t.dict.get("__abc_tpflags__");
            if (flags instanceof Long l) {
                t.collectionFlags = (int) (l & (PyType.SEQUENCE | PyType.MAPPING));
            }
            t.setAttribute("__abc_tpflags__", null);
        }
        Abstract.setAttr(self, "_abc_impl", new AbcData(ABC_DATA));
    }

    private static Object register(Object self, Object subclass) {
        if (!(subclass instanceof PyType sub)) {
            throw Errors.typeError("Can only register classes");
        }
        if (Builtins.isSubclass(sub, self)) {
            return subclass; // already a subclass
        }
        if (self instanceof PyType selfType && Builtins.isSubclass(selfType, subclass)) {
            throw Errors.of(Errors.RUNTIME_ERROR, "Refusing to create an inheritance cycle");
        }
        data(self).registry.add(sub);
        INVALIDATION_COUNTER.incrementAndGet();
        if (self instanceof PyType abc && abc.collectionFlags != 0) {
            sub.setCollectionFlagRecursive(abc.collectionFlags);
        }
        return subclass;
    }

    private static Object instanceCheck(Object self, Object instance) {
        AbcData d = data(self);
        Object subclass = Abstract.getAttr(instance, "__class__");
        if (subclass instanceof PyType st && d.cache.contains(st)) {
            return true;
        }
        PyType subtype = PyType.of(instance);
        Object check = Abstract.getAttr(self, "__subclasscheck__");
        if (subtype == subclass) {
            if (d.negativeCacheVersion == INVALIDATION_COUNTER.get() && d.negativeCache.contains(subtype)) {
                return false;
            }
            return Abstract.call(check, new Object[] {subclass}, null);
        }
        Object r = Abstract.call(check, new Object[] {subclass}, null);
        if (Abstract.isTrue(r)) {
            return r;
        }
        return Abstract.call(check, new Object[] {subtype}, null);
    }

    private static Object subclassCheck(Object self, Object subclass) {
        if (!(subclass instanceof PyType sub)) {
            throw Errors.typeError("issubclass() arg 1 must be a class");
        }
        AbcData d = data(self);
        if (d.cache.contains(sub)) {
            return true;
        }
        long counter = INVALIDATION_COUNTER.get();
        if (d.negativeCacheVersion < counter) {
            d.negativeCache.clear();
            d.negativeCacheVersion = counter;
        } else if (d.negativeCache.contains(sub)) {
            return false;
        }
        Object ok = Abstract.call(Abstract.getAttr(self, "__subclasshook__"), new Object[] {subclass}, null);
        if (ok == Boolean.TRUE) {
            d.cache.add(sub);
            return true;
        }
        if (ok == Boolean.FALSE) {
            d.negativeCache.add(sub);
            return false;
        }
        if (ok != Singletons.NOT_IMPLEMENTED) {
            throw Errors.of(Errors.ASSERTION_ERROR, "__subclasshook__ must return either False, True, or NotImplemented");
        }
        for (PyType m : sub.mro) {
            if (m == self) {
                d.cache.add(sub);
                return true;
            }
        }
        List<PyType> registered;
        synchronized (d.registry) {
            registered = new ArrayList<>(d.registry);
        }
        for (PyType r : registered) {
            if (Builtins.isSubclass(sub, r)) {
                d.cache.add(sub);
                return true;
            }
        }
        Object subclasses = Abstract.call(Abstract.getAttr(self, "__subclasses__"), new Object[0], null);
        for (Object s : Abstract.iterToList(subclasses)) {
            if (Builtins.isSubclass(sub, s)) {
                d.cache.add(sub);
                return true;
            }
        }
        d.negativeCache.add(sub);
        return false;
    }
}
