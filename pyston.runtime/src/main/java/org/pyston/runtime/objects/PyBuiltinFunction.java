package org.pyston.runtime.objects;

/**
 * A built-in function or method descriptor. As a type attribute it binds to the instance
 * ({@code self} becomes the first argument), like CPython's method descriptors.
 */
public final class PyBuiltinFunction extends PyObject {
    public static final PyType TYPE = PyType.builtin("builtin_function_or_method", PyBuiltinFunction.class);
    public final String name;
    public final NativeFunction function;
    /** True for methods defined on a type: accessed through an instance they bind. */
    public final boolean isMethod;

    public PyBuiltinFunction(String name, NativeFunction function, boolean isMethod) {
        this.name = name;
        this.function = function;
        this.isMethod = isMethod;
    }

    @Override
    public PyType type() {
        return TYPE;
    }

    public Object call(Object[] args, String[] kwnames) {
        return function.call(args, kwnames);
    }

    @Override
    public String toString() {
        return "<built-in function " + name + ">";
    }
}
