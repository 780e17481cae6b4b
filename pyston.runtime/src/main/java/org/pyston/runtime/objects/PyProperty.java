package org.pyston.runtime.objects;

/** {@code property(fget, fset, fdel, doc)}, or an instance of a subclass of property. */
public final class PyProperty extends PyObject implements SlotHolder {
    public static final PyType TYPE = PyType.builtin("property", PyProperty.class);
    /** Set once by the constructor or {@code property.__init__}. */
    public Object fget, fset, fdel, doc;
    /** The attribute name given by {@code __set_name__} (named in error messages), or null. */
    Object name;
    /** {@link #TYPE}, or the class when this is an instance of a subclass of property. */
    private final PyType type;
    /** Attributes of an instance of a subclass (created on first use). */
    PyDict attributes;
    /** The values of a subclass's {@code __slots__}, or null. */
    private Object[] slots;

    /** Whether the doc came from the getter (getter()/setter()/deleter() then take the new getter's). */
    private boolean getterDoc;

    public PyProperty(Object fget, Object fset, Object fdel, Object doc) {
        this.type = TYPE;
        init(fget, fset, fdel, doc);
    }

    /** An instance of {@code type}, a subclass of property ({@code __init__} gives it its functions). */
    PyProperty(PyType type) {
        this.type = type;
        this.slots = type.slotCount() == 0 ? null : new Object[type.slotCount()];
        init(Singletons.NONE, Singletons.NONE, Singletons.NONE, Singletons.NONE);
    }

    /**
     * property.__init__ as CPython 3.11's: without a doc argument the getter's docstring is the
     * doc. A subclass instance keeps its doc as the attribute {@code __doc__} of the instance
     * (its class's own {@code __doc__} would shadow the property's member), which fails as CPython's
     * does when the subclass's {@code __slots__} leave no instance dict.
     */
    private void init(Object fget, Object fset, Object fdel, Object doc) {
        this.fget = fget;
        this.fset = fset;
        this.fdel = fdel;
        Object propDoc = null;
        getterDoc = false;
        if (doc != null && doc != Singletons.NONE) {
            propDoc = doc;
        } else if (fget != null && fget != Singletons.NONE) {
            propDoc = Attributes.get(fget, "__doc__");
            if (type != TYPE && propDoc == Singletons.NONE) {
                propDoc = null; // None would hide the subclass's class doc
            }
            getterDoc = propDoc != null;
        }
        if (type == TYPE) {
            this.doc = propDoc == null ? Singletons.NONE : propDoc;
        } else {
            this.doc = Singletons.NONE;
            Attributes.set(this, "__doc__", propDoc == null ? Singletons.NONE : propDoc);
        }
    }

    @Override
    public Object[] slotValues() {
        return slots;
    }

    @Override
    public PyType type() {
        return type;
    }

    static {
        TYPE.define("__new__", TypeCalls.genericNew(TYPE));
        TYPE.defineMethod("getter", (a, k) -> {
            PyProperty p = (PyProperty) a[0];
            return p.copy(a[1], p.fset, p.fdel);
        });
        TYPE.defineMethod("setter", (a, k) -> {
            PyProperty p = (PyProperty) a[0];
            return p.copy(p.fget, a[1], p.fdel);
        });
        TYPE.defineMethod("deleter", (a, k) -> {
            PyProperty p = (PyProperty) a[0];
            return p.copy(p.fget, p.fset, a[1]);
        });
        TYPE.defineMethod("__init__", (a, k) -> {
            Object[] p = Args.parse("property", a, k, 1, 0, 4, "fget", "fset", "fdel", "doc");
            ((PyProperty) a[0]).init(orNone(p[0]), orNone(p[1]), orNone(p[2]), orNone(p[3]));
            return Singletons.NONE;
        });
        TYPE.defineMethod("__get__", (a, k) -> a.length < 2 || a[1] == Singletons.NONE ? a[0]
                : ((PyProperty) a[0]).get(a[1]));
        TYPE.defineMethod("__set__", (a, k) -> {
            ((PyProperty) a[0]).set(a[1], a[2]);
            return Singletons.NONE;
        });
        TYPE.defineMethod("__delete__", (a, k) -> {
            ((PyProperty) a[0]).delete(a[1]);
            return Singletons.NONE;
        });
        TYPE.defineMethod("__set_name__", (a, k) -> {
            if (a.length != 3 || k != null && k.length > 0) {
                throw Errors.typeError("__set_name__() takes 2 positional arguments but " + (a.length - 1)
                        + " were given");
            }
            ((PyProperty) a[0]).name = a[2]; // any object, as CPython
            return Singletons.NONE;
        });
        // a writable member of property itself; a subclass's instances keep theirs in the instance dict
        TYPE.define("__doc__", new PyGetSetDescriptor("__doc__", TYPE, p -> ((PyProperty) p).doc,
                (p, v) -> ((PyProperty) p).doc = v == null ? Singletons.NONE : v));
    }

    private static Object orNone(Object o) {
        return o == null ? Singletons.NONE : o;
    }

    /** getter/setter/deleter: a property of the same class with one function replaced. */
    private Object copy(Object getter, Object setter, Object deleter) {
        // a doc taken from the getter is taken again from the (new) getter
        Object newDoc = getterDoc && getter != Singletons.NONE ? Singletons.NONE : doc;
        if (type != TYPE) {
            Object p = Abstract.call(type, new Object[] {getter, setter, deleter, newDoc}, null);
            if (p instanceof PyProperty pp) {
                pp.name = name;
            }
            return p;
        }
        PyProperty p = new PyProperty(getter, setter, deleter, newDoc);
        p.name = name;
        return p;
    }

    /** "property 'x' of 'C' object has no setter" (CPython names the type by its qualname). */
    private PyException missing(Object obj, String what) {
        return Errors.attributeError("property " + (name == null ? "" : Abstract.repr(name) + " ") + "of '"
                + PyType.of(obj).qualname + "' object has no " + what);
    }

    Object get(Object obj) {
        if (fget == null || fget == Singletons.NONE) {
            throw missing(obj, "getter");
        }
        return Abstract.call(fget, new Object[] {obj}, null);
    }

    void set(Object obj, Object value) {
        if (fset == null || fset == Singletons.NONE) {
            throw missing(obj, "setter");
        }
        Abstract.call(fset, new Object[] {obj, value}, null);
    }

    void delete(Object obj) {
        if (fdel == null || fdel == Singletons.NONE) {
            throw missing(obj, "deleter");
        }
        Abstract.call(fdel, new Object[] {obj}, null);
    }
}
