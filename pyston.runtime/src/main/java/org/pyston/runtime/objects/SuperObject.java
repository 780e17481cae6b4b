package org.pyston.runtime.objects;

import org.pyston.api.code.CodeUnit;

/**
 * The type {@code super}: {@code super(type, obj)} looks attributes up along obj's MRO after
 * {@code type}; {@code super(type)} is unbound (a descriptor that binds to the instance it is
 * read from); {@code super()} takes the class and the first argument of the calling function.
 * As CPython's, {@code super.__new__} makes an empty object and {@code super.__init__} fills it
 * (again, when called again), and classes may derive from super.
 */
public final class SuperObject extends PyObject implements HasDict, SlotHolder {
    public static final PyType TYPE = PyType.builtin("super", SuperObject.class);

    static {
        TYPE.setAllocator((cls, args, kwnames) -> new SuperObject(cls));
        TYPE.defineLazily(SuperObject::install);
    }

    /** The class after which the search starts (CPython's su->type); null until {@code __init__}. */
    public PyType thisType;
    /** The instance or class the result binds to, or null when unbound (CPython's su->obj). */
    public Object obj;
    /** Whose MRO is searched (CPython's su->obj_type): obj itself when it is a subclass of thisType, else its class. */
    private PyType startType;
    private final PyType type;
    private PyDict dict;
    private final Object[] slots;

    private SuperObject(PyType type) {
        this.type = type;
        this.slots = type.slotCount() == 0 ? null : new Object[type.slotCount()];
    }

    @Override
    public PyType type() {
        return type;
    }

    @Override
    public Object[] slotValues() {
        return slots;
    }

    @Override
    public PyDict instanceDict() {
        if (type.isBuiltin || !type.instancesHaveDict()) {
            return null;
        }
        if (dict == null) {
            dict = new PyDict();
        }
        return dict;
    }

    /** {@code super(thisType, obj)} after CPython's check (supercheck) that obj is an instance or a subclass of thisType. */
    static SuperObject checked(PyType thisType, Object obj) {
        SuperObject s = new SuperObject(TYPE);
        s.bind(thisType, obj);
        return s;
    }

    /** super.__init__: sets the class and the object (null: unbound), CPython's supercheck deciding the start type. */
    private void bind(PyType thisType, Object obj) {
        PyType start = obj == null ? null : startType(thisType, obj);
        this.thisType = thisType;
        this.obj = obj;
        this.startType = start;
    }

    /** CPython's supercheck. */
    private static PyType startType(PyType thisType, Object obj) {
        if (obj instanceof PyType t && t.mroContains(thisType)) {
            return t;
        }
        PyType cls = PyType.of(obj);
        if (cls.mroContains(thisType)) {
            return cls;
        }
        // an object may claim a class through __class__ (a proxy)
        Object claimed;
        try {
            claimed = Abstract.getAttr(obj, "__class__");
        } catch (PyException e) {
            if (!e.matches(Errors.ATTRIBUTE_ERROR)) {
                throw e;
            }
            claimed = null;
        }
        if (claimed instanceof PyType c && c != cls && c.mroContains(thisType)) {
            return c;
        }
        throw Errors.typeError("super(type, obj): obj must be an instance or subtype of type");
    }

    /**
     * An attribute found along the start type's MRO after {@link #thisType}, bound to obj (or to
     * nothing when obj is the start type itself); null when the search finds nothing (the caller
     * then looks at the super object itself). {@code __class__} is always the super object's own.
     */
    Object lookup(String name) {
        if (startType == null || name.equals("__class__") || startType.incomplete) {
            return null;
        }
        PyType[] mro = startType.mro;
        int i = 0;
        while (i < mro.length && mro[i] != thisType) {
            i++;
        }
        for (i++; i < mro.length; i++) {
            Object v = mro[i].ready().dict.get(name);
            if (v != null) {
                return Attributes.bind(v, obj == startType ? null : obj, startType);
            }
        }
        return null;
    }

    private static SuperObject self(Object o, String method) {
        if (!(o instanceof SuperObject s)) {
            throw Errors.typeError("descriptor '" + method + "' requires a 'super' object but received a '"
                    + Errors.typeName(o) + "'");
        }
        return s;
    }

    private static void install() {
        TYPE.defineMethod("__init__", (a, k) -> {
            SuperObject s = self(a[0], "__init__");
            if (k != null && k.length > 0) {
                throw Errors.typeError("super() takes no keyword arguments");
            }
            int n = a.length - 1;
            if (n > 2) {
                throw Errors.typeError("super() expected at most 2 arguments, got " + n);
            }
            if (n == 0) {
                Object[] found = zeroArguments(Gil.current().context());
                s.bind((PyType) found[0], found[1]);
                return Singletons.NONE;
            }
            if (!(a[1] instanceof PyType t)) {
                throw Errors.typeError("super() argument 1 must be a type, not " + Errors.typeName(a[1]));
            }
            s.bind(t, n == 2 && a[2] != Singletons.NONE ? a[2] : null);
            return Singletons.NONE;
        });
        TYPE.defineMethod("__get__", (a, k) -> {
            SuperObject s = self(a[0], "__get__");
            Object obj = a.length > 1 ? a[1] : Singletons.NONE;
            if (obj == Singletons.NONE || s.obj != null) {
                return s; // unbound read from a class, or already bound
            }
            if (s.type != TYPE) {
                return Abstract.call(s.type, new Object[] {s.thisType, obj}, null); // a subclass makes its own kind
            }
            return checked(s.thisType, obj);
        });
        TYPE.defineMethod("__repr__", (a, k) -> self(a[0], "__repr__").repr());
        TYPE.define("__thisclass__", new PyGetSetDescriptor("__thisclass__", TYPE,
                o -> orNone(((SuperObject) o).thisType), null));
        TYPE.define("__self__", new PyGetSetDescriptor("__self__", TYPE, o -> orNone(((SuperObject) o).obj), null));
        TYPE.define("__self_class__", new PyGetSetDescriptor("__self_class__", TYPE,
                o -> orNone(((SuperObject) o).startType), null));
    }

    String repr() {
        String cls = thisType == null ? "NULL" : thisType.name;
        return startType == null ? "<super: <class '" + cls + "'>, NULL>"
                : "<super: <class '" + cls + "'>, <" + startType.name + " object>>";
    }

    private static Object orNone(Object v) {
        return v == null ? Singletons.NONE : v;
    }

    /**
     * {@code super()} in a function: the class from its {@code __class__} cell and its first
     * argument (from its cell when the argument is captured), as CPython's super_init_without_args.
     */
    static Object[] zeroArguments(ExecutionContext ctx) {
        PyFrame f = ctx.topFrame;
        if (f == null || f.function == null || f.code.argCount == 0) {
            throw Errors.of(Errors.RUNTIME_ERROR, "super(): no arguments");
        }
        CodeUnit u = f.code;
        Object self = f.regs[0];
        if (self == null) {
            for (int i = 0; i < u.cellNames.length; i++) {
                if (u.cellNames[i].equals(u.localNames[0])) {
                    self = ((PyCell) f.cells[i]).contents;
                }
            }
        }
        if (self == null) {
            throw Errors.of(Errors.RUNTIME_ERROR, "super(): arg[0] deleted");
        }
        for (int i = 0; i < u.freeNames.length; i++) {
            if (u.freeNames[i].equals("__class__")) {
                Object c = ((PyCell) f.cells[u.cellNames.length + i]).contents;
                if (c == null) {
                    throw Errors.of(Errors.RUNTIME_ERROR, "super(): empty __class__ cell");
                }
                if (!(c instanceof PyType t)) {
                    throw Errors.of(Errors.RUNTIME_ERROR, "super(): __class__ is not a type (" + Errors.typeName(c)
                            + ")");
                }
                return new Object[] {t, self};
            }
        }
        throw Errors.of(Errors.RUNTIME_ERROR, "super(): __class__ cell not found");
    }
}
