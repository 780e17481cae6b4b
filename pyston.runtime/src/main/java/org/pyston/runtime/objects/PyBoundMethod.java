package org.pyston.runtime.objects;

/** A function bound to an instance ({@code obj.method}). */
public final class PyBoundMethod extends PyObject {
    public static final PyType TYPE = PyType.builtin("method", PyBoundMethod.class);
    public final Object function;
    public final Object self;

    public PyBoundMethod(Object function, Object self) {
        this.function = function;
        this.self = self;
    }

    @Override
    public PyType type() {
        return TYPE;
    }
}
