package org.pyston.runtime.objects;

import java.util.Map;

/**
 * Attribute lookup with descriptors, written once: data descriptors on the type, then the
 * instance dict, then non-data descriptors (functions bind) and plain class attributes, then
 * {@code __getattr__}. {@link #get} returns null when the attribute is missing.
 */
final class Attributes {
    private Attributes() {
    }

    static Object get(Object obj, String name) {
        if (obj instanceof SuperObject sup) {
            Object v = sup.lookup(name);
            if (v != null) {
                return v;
            }
        }
        if (obj instanceof PyModule m) {
            Object v = m.dict.getStr(name);
            if (v != null) {
                return v;
            }
            if (name.equals("__dict__")) {
                return m.dict;
            }
            Object getattr = m.dict.getStr("__getattr__");
            if (getattr != null) {
                return Abstract.call(getattr, new Object[] {name}, null);
            }
            return null;
        }
        if (obj instanceof PyType t) {
            return typeAttribute(t, name);
        }
        if (obj instanceof CustomAttributes c) {
            return c.getAttribute(name);
        }
        PyType type = PyType.of(obj);
        Object getattribute = type.customGetattribute();
        if (getattribute != null) {
            try {
                return Abstract.call(getattribute, new Object[] {obj, name}, null);
            } catch (PyException e) {
                if (!e.matches(Errors.ATTRIBUTE_ERROR)) {
                    throw e;
                }
                Object ga = type.lookup("__getattr__");
                if (ga != null) {
                    return Abstract.call(ga, new Object[] {obj, name}, null);
                }
                throw e;
            }
        }
        Object v = genericGet(obj, type, name);
        if (v == null && !type.isBuiltin) {
            Object ga = type.lookup("__getattr__");
            if (ga != null) {
                return Abstract.call(ga, new Object[] {obj, name}, null);
            }
        }
        return v;
    }

    static Object genericGet(Object obj, PyType type, String name) {
        Object classAttr = type.lookup(name);
        if (classAttr instanceof PyProperty p) {
            return p.get(obj);
        }
        if (classAttr != null && isDataDescriptor(classAttr)) {
            return Abstract.call(PyType.of(classAttr).lookup("__get__"), new Object[] {classAttr, obj, type}, null);
        }
        Map<Object, Object> dict = instanceDict(obj);
        if (dict != null) {
            Object v = dict.get(name);
            if (v != null) {
                return v;
            }
        }
        if (classAttr != null) {
            return bind(classAttr, obj, type);
        }
        return Special.get(obj, name);
    }

    private static boolean isDataDescriptor(Object attr) {
        if (attr instanceof PyInstance || attr instanceof PyObject p && p.type().extension) {
            PyType t = PyType.of(attr);
            return t.lookup("__get__") != null && (t.lookup("__set__") != null || t.lookup("__delete__") != null);
        }
        return false;
    }

    /** What a class attribute becomes when read through an instance. */
    static Object bind(Object attr, Object obj, PyType type) {
        if (attr instanceof PyFunction) {
            return new PyBoundMethod(attr, obj);
        }
        if (attr instanceof PyBuiltinFunction b && b.isMethod) {
            return new PyBoundMethod(attr, obj);
        }
        if (attr instanceof PyClassMethod c) {
            return new PyBoundMethod(c.function, type);
        }
        if (attr instanceof PyStaticMethod s) {
            return s.function;
        }
        if (attr instanceof PyInstance || attr instanceof PyObject p && p.type().extension) {
            Object get = PyType.of(attr).lookup("__get__");
            if (get != null) {
                return Abstract.call(get, new Object[] {attr, obj, type}, null);
            }
        }
        return attr;
    }

    static Object typeAttribute(PyType t, String name) {
        Object meta = t.type().lookup(name);
        if (meta instanceof PyProperty p) {
            return p.get(t);
        }
        for (PyType m : t.mro) {
            Object v = m.ready().dict.get(name);
            if (v != null) {
                if (v instanceof PyClassMethod c) {
                    return new PyBoundMethod(c.function, t);
                }
                if (v instanceof PyStaticMethod s) {
                    return s.function;
                }
                if (v instanceof PyInstance || v instanceof PyObject p && p.type().extension) {
                    Object get = PyType.of(v).lookup("__get__");
                    if (get != null) {
                        return Abstract.call(get, new Object[] {v, Singletons.NONE, t}, null);
                    }
                }
                return v;
            }
        }
        switch (name) {
            case "__name__":
                return t.name;
            case "__qualname__":
                return t.qualname;
            case "__module__":
                return t.module;
            case "__mro__":
                return new PyTuple(t.mro.clone());
            case "__bases__":
                return new PyTuple(t.bases.clone());
            case "__base__":
                return t.bases.length == 0 ? Singletons.NONE : t.bases[0];
            case "__class__":
                return t.type();
            case "__dict__": {
                PyDict d = new PyDict();
                for (Map.Entry<String, Object> e : t.ready().dict.entrySet()) {
                    d.put(e.getKey(), e.getValue());
                }
                return d;
            }
            case "__doc__":
                return Singletons.NONE;
            default:
                break;
        }
        if (meta != null && t.type() != PyType.TYPE) {
            return bind(meta, t, t.type());
        }
        Object descriptor = org.pyston.runtime.modules.CoreDescriptors.of(t, name);
        if (descriptor != null) {
            return descriptor;
        }
        if (meta instanceof PyBuiltinFunction b && b.isMethod) {
            return new PyBoundMethod(b, t);
        }
        if (meta instanceof PyFunction) {
            return new PyBoundMethod(meta, t);
        }
        return null;
    }

    @SuppressWarnings({"unchecked", "rawtypes"})
    static Map<Object, Object> instanceDict(Object obj) {
        if (obj instanceof PyInstance i) {
            return i.dict.map;
        }
        if (obj instanceof PyFunction f) {
            return (Map) f.dict;
        }
        if (obj instanceof PyDict d && d.type() != PyDict.TYPE) {
            if (d.attributes == null) {
                d.attributes = new PyDict();
            }
            return d.attributes.map;
        }
        if (obj instanceof PyList l && l.type() != PyList.TYPE) {
            if (l.attributes == null) {
                l.attributes = new PyDict();
            }
            return l.attributes.map;
        }
        if (obj instanceof PyBaseException e) {
            return (Map) e.dict;
        }
        if (obj instanceof HasDict h) {
            PyDict d = h.instanceDict();
            return d == null ? null : d.map;
        }
        return null;
    }

    static void set(Object obj, String name, Object value) {
        if (obj instanceof PyType t) {
            t.setAttribute(name, value);
            return;
        }
        if (obj instanceof PyModule m) {
            if (value == null) {
                if (m.dict.remove(name) == null) {
                    throw Errors.attributeError("module '" + m.name + "' has no attribute '" + name + "'");
                }
            } else {
                m.dict.put(name, value);
            }
            return;
        }
        if (obj instanceof CustomAttributes c) {
            c.setAttribute(name, value);
            return;
        }
        PyType type = PyType.of(obj);
        if (!type.isBuiltin) {
            Object setattr = type.lookup(value == null ? "__delattr__" : "__setattr__");
            if (setattr instanceof PyFunction) {
                Abstract.call(setattr, value == null ? new Object[] {obj, name} : new Object[] {obj, name, value}, null);
                return;
            }
        }
        genericSet(obj, type, name, value);
    }

    /** object.__setattr__/__delattr__: descriptors, then the instance dict (no user override). */
    static void genericSet(Object obj, PyType type, String name, Object value) {
        if (obj instanceof PyFunction f && value != null) {
            switch (name) {
                case "__defaults__":
                    f.defaults = value == Singletons.NONE ? null : Sequences.toArray(value).clone();
                    return;
                case "__kwdefaults__":
                    f.kwdefaults = value == Singletons.NONE ? null : (PyDict) value;
                    return;
                case "__doc__":
                    f.doc = value;
                    return;
                case "__name__":
                    f.name = Strings.strArg(value, "__name__");
                    return;
                case "__qualname__":
                    f.qualname = Strings.strArg(value, "__qualname__");
                    return;
                case "__module__":
                    f.module = value;
                    return;
                default:
                    break;
            }
        }
        if (obj instanceof PyBaseException e && value != null) {
            switch (name) {
                case "args":
                    e.args = value instanceof PyTuple t ? t : new PyTuple(Sequences.toArray(value).clone());
                    return;
                case "__cause__":
                    e.cause = value == Singletons.NONE ? null : value;
                    e.suppressContext = true;
                    return;
                case "__context__":
                    e.context = value == Singletons.NONE ? null : value;
                    return;
                case "__suppress_context__":
                    e.suppressContext = Abstract.isTrue(value);
                    return;
                case "__traceback__":
                    return;
                default:
                    break;
            }
        }
        Object classAttr = type.lookup(name);
        if (classAttr instanceof PyProperty p) {
            if (value == null) {
                p.delete(obj);
            } else {
                p.set(obj, value);
            }
            return;
        }
        if (classAttr instanceof PyInstance || classAttr instanceof PyObject p && p.type().extension) {
            Object set = PyType.of(classAttr).lookup(value == null ? "__delete__" : "__set__");
            if (set != null) {
                Abstract.call(set, value == null ? new Object[] {classAttr, obj} : new Object[] {classAttr, obj, value}, null);
                return;
            }
        }
        Map<Object, Object> dict = instanceDict(obj);
        if (dict == null) {
            if (value != null && Coroutines.setNameAttribute(obj, name, value)) {
                return;
            }
            if (obj instanceof PyObject && type.lookup(name) != null || !(obj instanceof PyObject)) {
                throw Errors.attributeError("'" + type.name + "' object attribute '" + name + "' is read-only");
            }
            throw Errors.attributeError("'" + type.name + "' object has no attribute '" + name + "'");
        }
        if (obj instanceof PyInstance && type.lookup("__slots__") != null && !hasDictSlot(type)) {
            boolean allowed = false;
            for (PyType t : type.mro) {
                Object slots = t.dict.get("__slots__");
                if (slots != null) {
                    for (Object s : Sequences.toArray(slots instanceof String ? PyTuple.of(slots) : slots)) {
                        allowed |= name.equals(s);
                    }
                }
            }
            if (!allowed) {
                throw Errors.attributeError("'" + type.name + "' object has no attribute '" + name + "'");
            }
        }
        if (value == null) {
            if (dict.remove(name) == null) {
                throw Errors.attributeError("'" + type.name + "' object has no attribute '" + name + "'");
            }
        } else {
            dict.put(name, value);
        }
    }

    private static boolean hasDictSlot(PyType type) {
        for (PyType t : type.mro) {
            if (!t.isBuiltin && !t.dict.containsKey("__slots__")) {
                return true;
            }
        }
        return false;
    }

    static PyException missing(Object obj, String name) {
        if (obj instanceof PyModule m) {
            PyException e = Errors.attributeError("module '" + m.name + "' has no attribute '" + name + "'");
            return e;
        }
        if (obj instanceof PyType t) {
            return Errors.attributeError("type object '" + t.name + "' has no attribute '" + name + "'");
        }
        return Errors.attributeError("'" + Errors.typeName(obj) + "' object has no attribute '" + name + "'");
    }
}
