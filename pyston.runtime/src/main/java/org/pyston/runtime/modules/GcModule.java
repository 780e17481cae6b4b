package org.pyston.runtime.modules;

import org.pyston.runtime.objects.Abstract;
import org.pyston.runtime.objects.Errors;
import org.pyston.runtime.objects.PyBaseException;
import org.pyston.runtime.objects.PyList;
import org.pyston.runtime.objects.PyModule;
import org.pyston.runtime.objects.PyTuple;
import org.pyston.runtime.objects.Singletons;

/**
 * {@code gc}: the JVM's collector manages memory, so there is no cycle collector to tune:
 * {@code collect()} asks the JVM for a collection and reports 0 unreachable objects found, the
 * thresholds and the enabled flag are kept and read back, containers count as tracked.
 * Walking the heap ({@code get_objects}, {@code get_referrers}, {@code get_referents}) is not
 * possible here and raises NotImplementedError.
 */
final class GcModule {
    private GcModule() {
    }

    static PyModule create() {
        PyModule m = new PyModule("gc");
        boolean[] enabled = {true};
        long[] thresholds = {700, 10, 10};
        m.set("garbage", new PyList());
        m.set("callbacks", new PyList());
        m.set("DEBUG_STATS", 1L);
        m.set("DEBUG_COLLECTABLE", 2L);
        m.set("DEBUG_UNCOLLECTABLE", 4L);
        m.set("DEBUG_SAVEALL", 32L);
        m.set("DEBUG_LEAK", 38L);
        Ext.function(m, "enable", (a, k) -> {
            enabled[0] = true;
            return Singletons.NONE;
        });
        Ext.function(m, "disable", (a, k) -> {
            enabled[0] = false;
            return Singletons.NONE;
        });
        Ext.function(m, "isenabled", (a, k) -> enabled[0]);
        Ext.function(m, "collect", (a, k) -> {
            Object[] v = Ext.bind("collect", a, k, 0, 1, "generation");
            if (v[0] != null) {
                long g = Abstract.index(v[0]);
                if (g < 0 || g > 2) {
                    throw Errors.valueError("invalid generation");
                }
            }
            System.gc();
            return 0L;
        });
        Ext.function(m, "get_threshold", (a, k) -> PyTuple.of(thresholds[0], thresholds[1], thresholds[2]));
        Ext.function(m, "set_threshold", (a, k) -> {
            Ext.positionalOnly("set_threshold", a, k, 1, 3);
            for (int i = 0; i < a.length; i++) {
                thresholds[i] = Abstract.index(a[i]);
            }
            return Singletons.NONE;
        });
        Ext.function(m, "get_count", (a, k) -> PyTuple.of(0L, 0L, 0L));
        Ext.function(m, "get_debug", (a, k) -> 0L);
        Ext.function(m, "set_debug", (a, k) -> Singletons.NONE);
        Ext.function(m, "is_tracked", (a, k) -> {
            Ext.positionalOnly("is_tracked", a, k, 1, 1);
            // CPython's collector never tracks atomic values; containers count as tracked
            Object o = a[0];
            return !(o == Singletons.NONE || o instanceof Boolean || Abstract.isInt(o) || o instanceof Double
                    || o instanceof String || o instanceof org.pyston.runtime.objects.PyBytes);
        });
        Ext.function(m, "is_finalized", (a, k) -> {
            Ext.positionalOnly("is_finalized", a, k, 1, 1);
            return false;
        });
        Ext.function(m, "freeze", (a, k) -> Singletons.NONE);
        Ext.function(m, "unfreeze", (a, k) -> Singletons.NONE);
        Ext.function(m, "get_freeze_count", (a, k) -> 0L);
        Ext.function(m, "get_stats", (a, k) -> {
            PyList stats = new PyList();
            for (int i = 0; i < 3; i++) {
                org.pyston.runtime.objects.PyDict d = new org.pyston.runtime.objects.PyDict();
                d.put("collections", 0L);
                d.put("collected", 0L);
                d.put("uncollectable", 0L);
                stats.append(d);
            }
            return stats;
        });
        for (String name : new String[] {"get_objects", "get_referrers", "get_referents"}) {
            Ext.function(m, name, (a, k) -> {
                throw new PyBaseException(Errors.NOT_IMPLEMENTED_ERROR,
                        PyTuple.of("gc." + name + "() cannot walk the JVM's heap")).toThrowable();
            });
        }
        return m;
    }
}
