package org.pyston.runtime.objects;

/** {@code staticmethod(f)}. */
public final class PyStaticMethod extends PyObject {
    public static final PyType TYPE = PyType.builtin("staticmethod", PyStaticMethod.class);
    public final Object function;

    public PyStaticMethod(Object function) {
        this.function = function;
    }

    @Override
    public PyType type() {
        return TYPE;
    }
}
