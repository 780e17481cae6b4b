package org.pyston.runtime.modules;

import java.util.ArrayList;
import java.util.List;
import org.pyston.runtime.objects.Abstract;
import org.pyston.runtime.objects.Builtins;
import org.pyston.runtime.objects.Errors;
import org.pyston.runtime.objects.PyBuiltinFunction;
import org.pyston.runtime.objects.PySet;
import org.pyston.runtime.objects.PyTuple;
import org.pyston.runtime.objects.PyType;
import org.pyston.runtime.objects.Singletons;

/** {@code types.UnionType}: what {@code int | str} makes; isinstance and issubclass accept it. */
public final class UnionType extends NativeObject {
    static final PyType TYPE = Ext.type("types", "UnionType", UnionType.class, null, null);

    final PyTuple args;

    private UnionType(PyTuple args) {
        super(TYPE);
        this.args = args;
    }

    /** What may stand in a union: None, a class, a generic alias or another union. */
    private static boolean isUnionable(Object o) {
        return o == Singletons.NONE || o instanceof PyType || o instanceof GenericAlias || o instanceof UnionType;
    }

    /** {@code x | y} of two unionable operands (flattened, without duplicates), or NotImplemented. */
    static Object or(Object x, Object y) {
        if (!isUnionable(x) || !isUnionable(y)) {
            return Singletons.NOT_IMPLEMENTED;
        }
        List<Object> items = new ArrayList<>();
        for (Object o : new Object[] {x, y}) {
            Object[] parts = o instanceof UnionType u ? u.args.items : new Object[] {o};
            for (Object p : parts) {
                Object v = p == Singletons.NONE ? PyType.of(Singletons.NONE) : p;
                boolean seen = false;
                for (Object have : items) {
                    if (have == v || Abstract.eq(have, v)) {
                        seen = true;
                        break;
                    }
                }
                if (!seen) {
                    items.add(v);
                }
            }
        }
        if (items.size() == 1) {
            return items.get(0);
        }
        return new UnionType(new PyTuple(items.toArray()));
    }

    private static boolean installed;

    /** Gives {@code type} its {@code |} operators. */
    static synchronized void install() {
        if (installed) {
            return;
        }
        installed = true;
        for (String name : new String[] {"__or__", "__ror__"}) {
            boolean reflected = name.equals("__ror__");
            PyType.TYPE.define(name, new PyBuiltinFunction(name,
                    (a, k) -> reflected ? or(a[1], a[0]) : or(a[0], a[1]), true, PyType.TYPE));
        }
    }

    private static String argRepr(Object o) {
        return o == PyType.of(Singletons.NONE) ? "None" : GenericAlias.argRepr(o);
    }

    static {
        Ext.method(TYPE, "__repr__", (a, k) -> {
            UnionType u = (UnionType) a[0];
            StringBuilder sb = new StringBuilder();
            for (int i = 0; i < u.args.items.length; i++) {
                sb.append(i > 0 ? " | " : "").append(argRepr(u.args.items[i]));
            }
            return sb.toString();
        });
        Ext.getter(TYPE, "__args__", self -> ((UnionType) self).args);
        Ext.getter(TYPE, "__parameters__", self -> {
            List<Object> found = new ArrayList<>();
            for (Object arg : ((UnionType) self).args.items) {
                if (arg instanceof GenericAlias g) {
                    for (Object p : g.parameters().items) {
                        if (!found.contains(p)) {
                            found.add(p);
                        }
                    }
                }
            }
            return new PyTuple(found.toArray());
        });
        Ext.method(TYPE, "__or__", (a, k) -> or(a[0], a[1]));
        Ext.method(TYPE, "__ror__", (a, k) -> or(a[1], a[0]));
        Ext.method(TYPE, "__eq__", (a, k) -> {
            if (!(a[1] instanceof UnionType o)) {
                return Singletons.NOT_IMPLEMENTED;
            }
            return Abstract.eq(PySet.of(true, ((UnionType) a[0]).args), PySet.of(true, o.args));
        });
        Ext.method(TYPE, "__hash__", (a, k) -> Abstract.hash(PySet.of(true, ((UnionType) a[0]).args)));
        Ext.method(TYPE, "__instancecheck__", (a, k) -> {
            UnionType u = (UnionType) a[0];
            for (Object arg : u.args.items) {
                if (arg instanceof GenericAlias) {
                    throw Errors.typeError("isinstance() argument 2 cannot be a parameterized generic");
                }
            }
            for (Object arg : u.args.items) {
                if (Builtins.isInstance(a[1], arg)) {
                    return true;
                }
            }
            return false;
        });
        Ext.method(TYPE, "__subclasscheck__", (a, k) -> {
            UnionType u = (UnionType) a[0];
            if (!(a[1] instanceof PyType sub)) {
                throw Errors.typeError("issubclass() arg 1 must be a class");
            }
            for (Object arg : u.args.items) {
                if (arg instanceof GenericAlias) {
                    throw Errors.typeError("issubclass() argument 2 cannot be a parameterized generic");
                }
            }
            for (Object arg : u.args.items) {
                if (Builtins.isSubclass(sub, arg)) {
                    return true;
                }
            }
            return false;
        });
    }
}
