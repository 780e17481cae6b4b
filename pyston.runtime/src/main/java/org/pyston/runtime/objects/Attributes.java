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
        try {
            return lookup(obj, name);
        } catch (PyException e) {
            // as CPython's PyObject_GetAttr: an AttributeError from __getattr__, __getattribute__
            // or a descriptor learns the name and object if it has neither (for "Did you mean")
            if (e.matches(Errors.ATTRIBUTE_ERROR)) {
                Map<String, Object> d = e.exception.dict;
                if (!d.containsKey("name") && !d.containsKey("obj")) {
                    d.put("name", name);
                    d.put("obj", obj);
                }
            }
            throw e;
        }
    }

    private static Object lookup(Object obj, String name) {
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
            if (name.equals("__annotations__") && m.type() == PyModule.TYPE) {
                // CPython 3.10+: a module without annotations gets an empty dict on first access
                PyDict annotations = new PyDict();
                m.dict.put("__annotations__", annotations);
                return annotations;
            }
            Object typeAttr = m.type().lookup(name);
            if (typeAttr != null) {
                return bind(typeAttr, m, m.type()); // __class__, the module type's methods
            }
            Object getattr = m.dict.getStr("__getattr__");
            if (getattr != null) {
                return Abstract.call(getattr, new Object[] {name}, null);
            }
            return null;
        }
        if (obj instanceof PyType t) {
            PyType meta = t.type();
            if (meta.isBuiltin) {
                return typeAttribute(t, name);
            }
            // a metaclass's __getattr__ answers for attributes the class lacks
            Object v;
            try {
                v = typeAttribute(t, name);
            } catch (PyException e) {
                Object ga = e.matches(Errors.ATTRIBUTE_ERROR) ? meta.lookup("__getattr__") : null;
                if (ga == null) {
                    throw e;
                }
                return Abstract.call(ga, new Object[] {t, name}, null);
            }
            if (v == null) {
                Object ga = meta.lookup("__getattr__");
                if (ga != null) {
                    return Abstract.call(ga, new Object[] {t, name}, null);
                }
            }
            return v;
        }
        if (obj instanceof CustomAttributes c) {
            return c.getAttribute(name);
        }
        PyType type = PyType.of(obj);
        Object getattribute = type.customGetattribute();
        if (getattribute != null) {
            try {
                return callHook(getattribute, obj, type, name);
            } catch (PyException e) {
                if (!e.matches(Errors.ATTRIBUTE_ERROR)) {
                    throw e;
                }
                Object ga = type.lookup("__getattr__");
                if (ga != null) {
                    return callHook(ga, obj, type, name);
                }
                throw e;
            }
        }
        Object v;
        try {
            v = genericGet(obj, type, name);
        } catch (PyException e) {
            // an AttributeError from a descriptor (a property's getter) falls back on __getattr__ too
            if (type.isBuiltin || !e.matches(Errors.ATTRIBUTE_ERROR)) {
                throw e;
            }
            Object ga = type.lookup("__getattr__");
            if (ga == null) {
                throw e;
            }
            return callHook(ga, obj, type, name);
        }
        if (v == null && !type.isBuiltin) {
            Object ga = type.lookup("__getattr__");
            if (ga != null) {
                return callHook(ga, obj, type, name);
            }
        }
        return v;
    }

    /** {@code __getattribute__} or {@code __getattr__} of the class: a function gets (obj, name), another descriptor is bound first. */
    private static Object callHook(Object hook, Object obj, PyType type, String name) {
        if (hook instanceof PyFunction f) {
            return f.call(new Object[] {obj, name}, null);
        }
        return Abstract.call(bind(hook, obj, type), new Object[] {name}, null);
    }

    /** object.__getattribute__: data descriptors of the type, the instance dict, other class attributes. */
    static Object genericGet(Object obj, PyType type, String name) {
        Object classAttr = type.lookup(name);
        if (classAttr != null && isDataDescriptor(classAttr)) {
            return bind(classAttr, obj, type);
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
        Object special = Special.get(obj, name);
        if (special == null && name.equals("__doc__")) {
            return Singletons.NONE; // every object answers __doc__ (the built-in types carry no doc strings here)
        }
        return special;
    }

    /** A descriptor with {@code __get__} and {@code __set__} or {@code __delete__}: it wins over the instance dict. */
    private static boolean isDataDescriptor(Object attr) {
        if (attr instanceof PyProperty p && p.type() == PyProperty.TYPE || attr instanceof PyMemberDescriptor
                || attr instanceof PyGetSetDescriptor) {
            return true;
        }
        if (Abstract.isDerived(attr)) {
            PyType t = PyType.of(attr);
            return t.lookup("__get__") != null && (t.lookup("__set__") != null || t.lookup("__delete__") != null);
        }
        return false;
    }

    /**
     * What a class attribute becomes when read through an instance {@code obj}, or through the
     * class {@code type} itself when obj is null (the descriptor protocol's {@code __get__}).
     */
    static Object bind(Object attr, Object obj, PyType type) {
        if (attr instanceof PyFunction) {
            return obj == null ? attr : new PyBoundMethod(attr, obj);
        }
        if (attr instanceof PyBuiltinFunction b) {
            return obj != null && b.isMethod ? new PyBoundMethod(attr, obj) : attr;
        }
        if (attr instanceof PyClassMethod c && c.type() == PyClassMethod.TYPE) {
            Object f = c.function;
            if (!(f instanceof PyFunction || f instanceof PyBuiltinFunction) && PyType.of(f).lookup("__get__") != null) {
                return bind(f, type, type); // a descriptor inside (a property): CPython 3.11 chains its __get__
            }
            return new PyBoundMethod(f, type);
        }
        if (attr instanceof PyStaticMethod s && s.type() == PyStaticMethod.TYPE) {
            return s.function;
        }
        if (attr instanceof PyProperty p && p.type() == PyProperty.TYPE) {
            return obj == null ? p : p.get(obj);
        }
        if (attr instanceof PyMemberDescriptor m) {
            return obj == null ? m : m.get(obj);
        }
        if (attr instanceof PyGetSetDescriptor g) {
            return obj == null ? g : g.get(obj);
        }
        if (Abstract.isDerived(attr) || attr instanceof SuperObject) {
            // an instance of a class made in Python (possibly derived from property, classmethod, ...), super(C)
            Object get = PyType.of(attr).lookup("__get__");
            if (get != null) {
                return Abstract.call(get, new Object[] {attr, obj == null ? Singletons.NONE : obj, type}, null);
            }
        }
        return attr;
    }

    static Object typeAttribute(PyType t, String name) {
        Object meta = t.type().lookup(name);
        if (meta != null && isDataDescriptor(meta)) {
            return bind(meta, t, t.type());
        }
        for (PyType m : t.mro) {
            Object v = m.ready().dict.get(name);
            if (v != null) {
                return bind(v, null, t);
            }
        }
        if (name.equals("__doc__")) {
            return BuiltinDocs.of(t);
        }
        if (meta != null && t.type() != PyType.TYPE) {
            return bind(meta, t, t.type());
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
            return i.dict == null ? null : i.dict.map;
        }
        if (obj instanceof PyFunction f) {
            return f.dict.map;
        }
        if (obj instanceof PyDict d && d.type() != PyDict.TYPE && d.type().instancesHaveDict()) {
            if (d.attributes == null) {
                d.attributes = new PyDict();
            }
            return d.attributes.map;
        }
        if (obj instanceof PyList l && l.type() != PyList.TYPE && l.type().instancesHaveDict()) {
            if (l.attributes == null) {
                l.attributes = new PyDict();
            }
            return l.attributes.map;
        }
        if (obj instanceof PyBaseException e) {
            return (Map) e.dict;
        }
        if (obj instanceof PyTuple.OfSubclass t && t.type().instancesHaveDict()) {
            if (t.attributes == null) {
                t.attributes = new PyDict();
            }
            return t.attributes.map;
        }
        if (obj instanceof PySet s && !s.type().isBuiltin && s.type().instancesHaveDict()) {
            if (s.attributes == null) {
                s.attributes = new PyDict();
            }
            return s.attributes.map;
        }
        if (obj instanceof PyProperty p && p.type() != PyProperty.TYPE && p.type().instancesHaveDict()) {
            if (p.attributes == null) {
                p.attributes = new PyDict();
            }
            return p.attributes.map;
        }
        if (obj instanceof PyClassMethod c && (c.type() == PyClassMethod.TYPE || c.type().instancesHaveDict())) {
            return c.dict().map;
        }
        if (obj instanceof PyStaticMethod sm && (sm.type() == PyStaticMethod.TYPE || sm.type().instancesHaveDict())) {
            return sm.dict().map;
        }
        if (obj instanceof HasDict h) {
            PyDict d = h.instanceDict();
            return d == null ? null : d.map;
        }
        return null;
    }

    static void set(Object obj, String name, Object value) {
        if (obj instanceof PyType t) {
            if (!t.type().isBuiltin) {
                Object setattr = t.type().lookup(value == null ? "__delattr__" : "__setattr__");
                if (setattr instanceof PyFunction) {
                    Abstract.call(setattr, value == null ? new Object[] {t, name} : new Object[] {t, name, value}, null);
                    return;
                }
            }
            setTypeAttribute(t, name, value);
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

    /** type.__setattr__/__delattr__: the metaclass's data descriptors, then the class dict. */
    static void setTypeAttribute(PyType t, String name, Object value) {
        Object meta = t.type().lookup(name);
        if (meta != null && isDataDescriptor(meta)) {
            genericSet(t, t.type(), name, value); // __name__, __qualname__, a metaclass's property, ...
            return;
        }
        if (value == null && !t.isBuiltin && !t.dict.containsKey(name)) {
            throw missing(t, name);
        }
        t.setAttribute(name, value);
    }

    /** object.__setattr__/__delattr__: descriptors, then the instance dict (no user override). */
    static void genericSet(Object obj, PyType type, String name, Object value) {
        if (obj instanceof PyBaseException e && (value != null || name.equals("args") || name.equals("__cause__")
                || name.equals("__context__"))) {
            if (value == null) {
                throw Errors.typeError(name + " may not be deleted");
            }
            switch (name) {
                case "args":
                    e.args = value instanceof PyTuple t ? t : new PyTuple(Sequences.toArray(value).clone());
                    return;
                case "__cause__":
                    if (value != Singletons.NONE && !(value instanceof PyBaseException)) {
                        throw Errors.typeError("exception cause must be None or derive from BaseException");
                    }
                    e.cause = value == Singletons.NONE ? null : value;
                    e.suppressContext = true;
                    return;
                case "__context__":
                    if (value != Singletons.NONE && !(value instanceof PyBaseException)) {
                        throw Errors.typeError("exception context must be None or derive from BaseException");
                    }
                    e.context = value == Singletons.NONE ? null : value;
                    return;
                case "__suppress_context__":
                    e.suppressContext = Abstract.isTrue(value);
                    return;
                case "__traceback__":
                    e.setTraceback(value);
                    return;
                default:
                    break;
            }
        }
        Object classAttr = type.lookup(name);
        if (classAttr instanceof PyProperty p && p.type() == PyProperty.TYPE) {
            if (value == null) {
                p.delete(obj);
            } else {
                p.set(obj, value);
            }
            return;
        }
        if (classAttr instanceof PyMemberDescriptor m) {
            m.set(obj, value);
            return;
        }
        if (classAttr instanceof PyGetSetDescriptor g) {
            g.set(obj, value);
            return;
        }
        if (Abstract.isDerived(classAttr)) {
            PyType dt = PyType.of(classAttr);
            Object set = dt.lookup("__set__"), delete = dt.lookup("__delete__");
            if (set != null || delete != null) {
                // a data descriptor: it handles the write, or fails naming the method it lacks (as CPython)
                Object m = value == null ? delete : set;
                if (m == null) {
                    throw Errors.attributeError(value == null ? "__delete__" : "__set__");
                }
                Abstract.call(m, value == null ? new Object[] {classAttr, obj} : new Object[] {classAttr, obj, value}, null);
                return;
            }
        }
        Map<Object, Object> dict = instanceDict(obj);
        if (dict == null) {
            if (classAttr != null) {
                throw Errors.attributeError("'" + type.name + "' object attribute '" + name + "' is read-only");
            }
            if (hasSpecial(obj, name)) {
                // one of the attributes CPython computes with a getset descriptor
                throw Errors.attributeError("attribute '" + name + "' of '" + type.name + "' objects is not writable");
            }
            throw Errors.attributeError("'" + type.name + "' object has no attribute '" + name + "'");
        }
        if (value == null) {
            if (dict.remove(name) == null) {
                throw Errors.attributeError("'" + type.name + "' object has no attribute '" + name + "'");
            }
        } else {
            dict.put(name, value);
        }
    }

    /** Whether {@code name} is one of the attributes a built-in object has without a dict entry. */
    private static boolean hasSpecial(Object obj, String name) {
        try {
            return Special.get(obj, name) != null;
        } catch (PyException e) {
            return true;
        }
    }

    /** The attributes of a class as a dict (CPython gives a read-only view: here a copy). */
    static PyDict typeDict(PyType t) {
        PyDict d = new PyDict();
        for (Map.Entry<String, Object> e : t.ready().dict.entrySet()) {
            d.put(e.getKey(), e.getValue());
        }
        return d;
    }

    /** The {@code __dict__} of an instance of a class made in Python, as a dict object (null without one). */
    static Object instanceDictObject(Object obj) {
        if (obj instanceof PyInstance i) {
            return i.dict;
        }
        return instanceDict(obj) == null ? null : Special.get(obj, "__dict__");
    }

    /** {@code obj.__dict__ = d}. */
    static void replaceInstanceDict(Object obj, Object value) {
        if (value == null) {
            throw Errors.typeError("cannot delete __dict__");
        }
        if (!(value instanceof PyDict d)) {
            throw Errors.typeError("__dict__ must be set to a dictionary, not a '" + Errors.typeName(value) + "'");
        }
        if (!(obj instanceof PyInstance i) || i.dict == null) {
            throw new PyBaseException(Errors.NOT_IMPLEMENTED_ERROR, PyTuple.of(
                    "assigning __dict__ of a '" + Errors.typeName(obj) + "' object is not supported yet")).toThrowable();
        }
        i.dict = d;
    }

    /** {@code obj.__class__ = cls}: only between classes made in Python with the same instance layout. */
    static void assignClass(Object obj, Object value) {
        if (value == null) {
            throw Errors.typeError("can't delete __class__ attribute");
        }
        if (!(value instanceof PyType cls)) {
            throw Errors.typeError("__class__ must be set to a class, not '" + Errors.typeName(value) + "' object");
        }
        PyType old = PyType.of(obj);
        if (!(obj instanceof PyInstance i) || cls.isBuiltin || old.isBuiltin) {
            throw Errors.typeError("__class__ assignment only supported for mutable types or ModuleType subclasses");
        }
        if (!cls.sameLayout(old)) {
            throw Errors.typeError("__class__ assignment: '" + cls.name + "' object layout differs from '" + old.name
                    + "'");
        }
        i.setType(cls);
    }

    /** The AttributeError of a failed lookup, with its {@code name} and {@code obj} as CPython 3.11 sets them. */
    static PyException missing(Object obj, String name) {
        String message;
        if (obj instanceof PyModule m) {
            message = "module '" + m.name + "' has no attribute '" + name + "'";
        } else if (obj instanceof PyType t) {
            message = "type object '" + t.name + "' has no attribute '" + name + "'";
        } else {
            message = "'" + Errors.typeName(obj) + "' object has no attribute '" + name + "'";
        }
        PyException e = Errors.attributeError(message);
        e.exception.dict.put("name", name);
        e.exception.dict.put("obj", obj);
        return e;
    }
}
