package org.pyston.runtime.objects;

/** {@code super(type, obj)}: attribute lookup along obj's MRO after {@code type}. */
public final class SuperObject extends PyObject {
    public static final PyType TYPE = PyType.builtin("super", SuperObject.class);
    public final PyType thisType;
    public final Object obj;

    public SuperObject(PyType thisType, Object obj) {
        this.thisType = thisType;
        this.obj = obj;
    }

    @Override
    public PyType type() {
        return TYPE;
    }

    /** {@code super(type, obj)} after CPython's check that obj is an instance or a subclass of type. */
    static SuperObject checked(PyType thisType, Object obj) {
        if (!(obj instanceof PyType t && t.isSubtypeOf(thisType)) && !PyType.of(obj).isSubtypeOf(thisType)) {
            throw Errors.typeError("super(type, obj): obj must be an instance or subtype of type");
        }
        return new SuperObject(thisType, obj);
    }

    /** The type whose MRO is searched: obj itself when it is a class (super(C, cls)), else obj's type. */
    PyType startType() {
        return obj instanceof PyType t0 && t0.isSubtypeOf(thisType) ? t0 : PyType.of(obj);
    }

    Object lookup(String name) {
        switch (name) {
            case "__class__":
                return null; // the super object's own class, not the one of obj
            case "__thisclass__":
                return thisType;
            case "__self__":
                return obj;
            case "__self_class__":
                return startType();
            default:
                break;
        }
        // super(C, cls) in a class method walks cls's MRO; otherwise obj is an instance (which
        // may itself be a class, when C is a metaclass) and attributes bind to it.
        boolean classLevel = obj instanceof PyType t0 && t0.isSubtypeOf(thisType);
        PyType start = classLevel ? (PyType) obj : PyType.of(obj);
        PyType[] mro = start.mro;
        int i = 0;
        while (i < mro.length && mro[i] != thisType) {
            i++;
        }
        for (i++; i < mro.length; i++) {
            Object v = mro[i].ready().dict.get(name);
            if (v != null) {
                return Attributes.bind(v, classLevel ? null : obj, start);
            }
        }
        return null;
    }
}
