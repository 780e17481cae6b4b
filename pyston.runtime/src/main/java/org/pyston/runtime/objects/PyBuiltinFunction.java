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
    /**
     * True for a special method of an extension type (a type of a native module): generic
     * operations call it. The core types' own special methods only give Python code access to
     * operations the runtime performs directly, so dispatch passes them by.
     */
    public boolean dispatched;

    public PyBuiltinFunction(String name, NativeFunction function, boolean isMethod) {
        this.name = name;
        this.function = function;
        this.isMethod = isMethod;
    }

    /** Whether {@code m} is a core type's special method, which generic dispatch passes by. */
    public static boolean isCoreMethod(Object m) {
        return m instanceof PyBuiltinFunction b && !b.dispatched;
    }

    @Override
    public PyType type() {
        return TYPE;
    }

    /**
     * Calls the function. Java functions index their arguments and cast them directly; a call
     * with too few arguments or an argument of the wrong kind surfaces as a Python TypeError,
     * never as a Java exception.
     */
    public Object call(Object[] args, String[] kwnames) {
        try {
            return function.call(args, kwnames);
        } catch (ArrayIndexOutOfBoundsException missing) {
            throw Errors.typeError(name + "() missing required argument (" + Args.positional(args, kwnames) + " given)");
        } catch (ClassCastException wrongType) {
            throw Errors.typeError(name + "() argument has an unsupported type");
        }
    }

    @Override
    public String toString() {
        return "<built-in function " + name + ">";
    }
}
