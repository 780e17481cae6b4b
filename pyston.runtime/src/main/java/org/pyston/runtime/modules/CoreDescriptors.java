package org.pyston.runtime.modules;

import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.pyston.runtime.objects.Abstract;
import org.pyston.runtime.objects.Errors;
import org.pyston.runtime.objects.PyFunction;
import org.pyston.runtime.objects.PyType;
import org.pyston.runtime.objects.Singletons;

/**
 * The descriptors CPython shows for the data attributes of core types read through the type
 * ({@code FunctionType.__code__} is a getset_descriptor, {@code FunctionType.__globals__} a
 * member_descriptor; {@code types.py} takes their types from them). The runtime computes these
 * attributes directly on instances; the descriptors read and write them through the instance.
 */
public final class CoreDescriptors extends NativeObject {
    static final PyType GETSET = Ext.type("builtins", "getset_descriptor", CoreDescriptors.class, null, null);
    static final PyType MEMBER = Ext.type("builtins", "member_descriptor", CoreDescriptors.class, null, null);

    private static final Map<String, String> FUNCTION_GETSETS = Map.of("__code__", "", "__defaults__", "",
            "__kwdefaults__", "", "__annotations__", "", "__dict__", "", "__name__", "", "__qualname__", "");
    private static final Map<String, String> FUNCTION_MEMBERS = Map.of("__globals__", "", "__closure__", "",
            "__doc__", "", "__module__", "", "__builtins__", "");
    private static final Map<String, CoreDescriptors> MADE = new ConcurrentHashMap<>();

    final String name;
    final PyType owner;

    private CoreDescriptors(PyType kind, String name, PyType owner) {
        super(kind);
        this.name = name;
        this.owner = owner;
    }

    /** The descriptor of core type {@code t}'s data attribute {@code name}, or null when it has none. */
    public static Object of(PyType t, String name) {
        if (t != PyFunction.TYPE) {
            return null;
        }
        PyType kind = FUNCTION_GETSETS.containsKey(name) ? GETSET : FUNCTION_MEMBERS.containsKey(name) ? MEMBER : null;
        if (kind == null) {
            return null;
        }
        return MADE.computeIfAbsent(t.name + "." + name, key -> new CoreDescriptors(kind, name, t));
    }

    private void check(Object obj) {
        if (!PyType.of(obj).isSubtypeOf(owner)) {
            throw Errors.typeError("descriptor '" + name + "' for '" + owner.name + "' objects doesn't apply to a '"
                    + Errors.typeName(obj) + "' object");
        }
    }

    static {
        for (PyType t : new PyType[] {GETSET, MEMBER}) {
            Ext.method(t, "__get__", (a, k) -> {
                CoreDescriptors d = (CoreDescriptors) a[0];
                if (a.length < 2 || a[1] == Singletons.NONE) {
                    return d;
                }
                d.check(a[1]);
                return Abstract.getAttr(a[1], d.name);
            });
            Ext.method(t, "__set__", (a, k) -> {
                CoreDescriptors d = (CoreDescriptors) a[0];
                d.check(a[1]);
                Abstract.setAttr(a[1], d.name, a[2]);
                return Singletons.NONE;
            });
            Ext.method(t, "__delete__", (a, k) -> {
                CoreDescriptors d = (CoreDescriptors) a[0];
                d.check(a[1]);
                Abstract.setAttr(a[1], d.name, null);
                return Singletons.NONE;
            });
            Ext.getter(t, "__name__", self -> ((CoreDescriptors) self).name);
            Ext.getter(t, "__qualname__", self -> ((CoreDescriptors) self).owner.name + "." + ((CoreDescriptors) self).name);
            Ext.getter(t, "__objclass__", self -> ((CoreDescriptors) self).owner);
            Ext.getter(t, "__doc__", self -> Singletons.NONE);
            Ext.method(t, "__repr__", (a, k) -> {
                CoreDescriptors d = (CoreDescriptors) a[0];
                return "<" + (d.type() == GETSET ? "attribute" : "member") + " '" + d.name + "' of '" + d.owner.name
                        + "' objects>";
            });
        }
    }
}
