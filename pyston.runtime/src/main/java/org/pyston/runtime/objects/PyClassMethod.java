package org.pyston.runtime.objects;

/** {@code classmethod(f)}. */
public final class PyClassMethod extends PyObject {
    public static final PyType TYPE = PyType.builtin("classmethod", PyClassMethod.class);
    public final Object function;

    public PyClassMethod(Object function) {
        this.function = function;
    }

    @Override
    public PyType type() {
        return TYPE;
    }
}
