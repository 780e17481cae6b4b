package org.pyston.runtime.modules;

import java.util.IdentityHashMap;
import java.util.Map;
import org.pyston.runtime.objects.Abstract;
import org.pyston.runtime.objects.Errors;
import org.pyston.runtime.objects.PyDict;
import org.pyston.runtime.objects.PyTuple;
import org.pyston.runtime.objects.PyType;
import org.pyston.runtime.objects.Singletons;

/** {@code types.SimpleNamespace}: attributes in a dict, given as keywords; the type of sys.implementation. */
public final class SimpleNamespace extends NativeObject {
    static final PyType TYPE = Ext.type("types", "SimpleNamespace", SimpleNamespace.class, null,
            (cls, a, k) -> new SimpleNamespace(cls));

    SimpleNamespace(PyType type) {
        super(type);
    }

    @Override
    boolean typeHasDict() {
        return true;
    }

    /** A namespace with the given attributes, in order. */
    public static SimpleNamespace of(Map<String, Object> attributes) {
        SimpleNamespace ns = new SimpleNamespace(TYPE);
        for (Map.Entry<String, Object> e : attributes.entrySet()) {
            ns.instanceDict().put(e.getKey(), e.getValue());
        }
        return ns;
    }

    private static final ThreadLocal<Map<Object, Boolean>> IN_REPR = ThreadLocal.withInitial(IdentityHashMap::new);

    static {
        Ext.method(TYPE, "__init__", (a, k) -> {
            int nkw = k == null ? 0 : k.length;
            if (a.length - nkw > 1) {
                throw Errors.typeError("no positional arguments expected");
            }
            PyDict d = ((SimpleNamespace) a[0]).instanceDict();
            for (int i = 0; i < nkw; i++) {
                d.put(k[i], a[a.length - nkw + i]);
            }
            return Singletons.NONE;
        });
        Ext.method(TYPE, "__repr__", (a, k) -> {
            SimpleNamespace ns = (SimpleNamespace) a[0];
            String name = ns.type() == TYPE ? "namespace" : ns.type().name;
            Map<Object, Boolean> active = IN_REPR.get();
            if (active.containsKey(ns)) {
                return name + "(...)";
            }
            active.put(ns, Boolean.TRUE);
            try {
                StringBuilder sb = new StringBuilder(name).append('(');
                boolean first = true;
                for (Map.Entry<Object, Object> e : ns.instanceDict().entries()) {
                    if (e.getKey() instanceof String key) {
                        sb.append(first ? "" : ", ").append(key).append('=').append(Abstract.repr(e.getValue()));
                        first = false;
                    }
                }
                return sb.append(')').toString();
            } finally {
                active.remove(ns);
            }
        });
        Ext.method(TYPE, "__eq__", (a, k) -> a[1] instanceof SimpleNamespace o
                ? (Object) Abstract.eq(((SimpleNamespace) a[0]).instanceDict(), o.instanceDict()) : Singletons.NOT_IMPLEMENTED);
        Ext.method(TYPE, "__ne__", (a, k) -> a[1] instanceof SimpleNamespace o
                ? (Object) !Abstract.eq(((SimpleNamespace) a[0]).instanceDict(), o.instanceDict())
                : Singletons.NOT_IMPLEMENTED);
        TYPE.define("__hash__", Singletons.NONE);
        Ext.method(TYPE, "__reduce__", (a, k) -> {
            SimpleNamespace ns = (SimpleNamespace) a[0];
            return PyTuple.of(ns.type(), PyTuple.EMPTY, ns.instanceDict());
        });
    }
}
