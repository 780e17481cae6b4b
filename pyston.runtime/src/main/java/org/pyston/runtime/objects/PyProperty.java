package org.pyston.runtime.objects;

/** {@code property(fget, fset, fdel, doc)}. */
public final class PyProperty extends PyObject {
    public static final PyType TYPE = PyType.builtin("property", PyProperty.class);
    public final Object fget, fset, fdel, doc;

    public PyProperty(Object fget, Object fset, Object fdel, Object doc) {
        this.fget = fget;
        this.fset = fset;
        this.fdel = fdel;
        this.doc = doc;
    }

    @Override
    public PyType type() {
        return TYPE;
    }

    static {
        TYPE.defineMethod("getter", (a, k) -> {
            PyProperty p = (PyProperty) a[0];
            return new PyProperty(a[1], p.fset, p.fdel, p.doc);
        });
        TYPE.defineMethod("setter", (a, k) -> {
            PyProperty p = (PyProperty) a[0];
            return new PyProperty(p.fget, a[1], p.fdel, p.doc);
        });
        TYPE.defineMethod("deleter", (a, k) -> {
            PyProperty p = (PyProperty) a[0];
            return new PyProperty(p.fget, p.fset, a[1], p.doc);
        });
        TYPE.defineMethod("__get__", (a, k) -> a[1] == Singletons.NONE ? a[0] : ((PyProperty) a[0]).get(a[1]));
    }

    Object get(Object obj) {
        if (fget == null || fget == Singletons.NONE) {
            throw Errors.attributeError("property of '" + Errors.typeName(obj) + "' object has no getter");
        }
        return Abstract.call(fget, new Object[] {obj}, null);
    }

    void set(Object obj, Object value) {
        if (fset == null || fset == Singletons.NONE) {
            throw Errors.attributeError("property of '" + Errors.typeName(obj) + "' object has no setter");
        }
        Abstract.call(fset, new Object[] {obj, value}, null);
    }

    void delete(Object obj) {
        if (fdel == null || fdel == Singletons.NONE) {
            throw Errors.attributeError("property of '" + Errors.typeName(obj) + "' object has no deleter");
        }
        Abstract.call(fdel, new Object[] {obj}, null);
    }
}
