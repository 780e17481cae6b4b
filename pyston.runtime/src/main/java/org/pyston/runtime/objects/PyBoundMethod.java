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
        // a built-in method bound to its object is a builtin_function_or_method, as in CPython
        if (function instanceof PyBuiltinFunction f) {
            return f.owner != null && PyBuiltinFunction.isSpecialName(f.name) ? PyBuiltinFunction.METHOD_WRAPPER
                    : PyBuiltinFunction.TYPE;
        }
        return TYPE;
    }

    /** Bound methods are equal when they bind the same function to the same object. */
    @Override
    public boolean equals(Object o) {
        return o instanceof PyBoundMethod m && m.function.equals(function) && m.self == self;
    }

    @Override
    public int hashCode() {
        return function.hashCode() * 31 + System.identityHashCode(self);
    }
}
