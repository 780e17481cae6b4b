package org.pyston.runtime.objects;

/**
 * A built-in function or method descriptor. As a type attribute it binds to the instance
 * ({@code self} becomes the first argument), like CPython's method descriptors.
 */
public final class PyBuiltinFunction extends PyObject {
    /** The str methods whose arguments are objects to format, not strings: they keep subclass instances. */
    private static final java.util.Set<String> STR_METHODS_KEEPING_ARGUMENTS =
        java.util.Set.of("format", "format_map", "__mod__", "__rmod__", "__format__", "join");

    public static final PyType TYPE = PyType.builtin("builtin_function_or_method", PyBuiltinFunction.class);
    /** A method of a built-in type read from the type ({@code str.join}). */
    public static final PyType METHOD_DESCRIPTOR = PyType.builtin("method_descriptor", PyBuiltinFunction.class);
    /** A special method of a built-in type read from the type ({@code int.__add__}). */
    public static final PyType WRAPPER_DESCRIPTOR = PyType.builtin("wrapper_descriptor", PyBuiltinFunction.class);
    /** A special method of a built-in type bound to an object ({@code (1).__add__}). */
    public static final PyType METHOD_WRAPPER = PyType.builtin("method-wrapper", PyBoundMethod.class);

    static {
        for (PyType t : new PyType[] {METHOD_DESCRIPTOR, WRAPPER_DESCRIPTOR}) {
            t.defineMethod("__get__", (a, k) -> a.length < 2 || a[1] == Singletons.NONE ? a[0]
                    : new PyBoundMethod(a[0], a[1]));
        }
        // every callable built-in type has __call__ in its dict, as CPython's tp_call slot wrapper
        for (PyType t : new PyType[] {TYPE, METHOD_DESCRIPTOR, WRAPPER_DESCRIPTOR, METHOD_WRAPPER, PyFunction.TYPE,
            PyBoundMethod.TYPE}) {
            t.defineMethod("__call__", PyBuiltinFunction::callSelf);
        }
        // pickle saves a function by name, a method (or a type's __new__) as getattr(owner, name)
        for (PyType t : new PyType[] {TYPE, METHOD_DESCRIPTOR, WRAPPER_DESCRIPTOR}) {
            t.defineMethod("__reduce__", (a, k) -> {
                PyBuiltinFunction f = (PyBuiltinFunction) a[0];
                if (f.owner == null) {
                    return f.name;
                }
                return PyTuple.of(PyIterator.builtin("getattr"), PyTuple.of(f.owner, f.name));
            });
        }
    }
    /** {@code __call__(self, *args, **kwargs)}: calls {@code self}. */
    static Object callSelf(Object[] a, String[] k) {
        return Abstract.call(a[0], java.util.Arrays.copyOfRange(a, 1, a.length), k);
    }

    public final String name;
    public final NativeFunction function;
    /** True for methods defined on a type: accessed through an instance they bind. */
    public final boolean isMethod;
    /** The type a method is defined on (its {@code __qualname__} is "type.name"), or null. */
    public final PyType owner;
    /** A str method whose arguments are strings: instances of str subclasses are passed as their values. */
    private final boolean takesStrValues;
    /** How CPython declares the function's parameters, for its argument-count messages ({@link BuiltinArity}). */
    final BuiltinArity.Style arity;
    final int minArgs, maxArgs;
    /** {@code __module__}: the native module that defines the function; null for builtins. */
    public String module;
    /** {@code __doc__}, or null for None (most built-ins carry none here). */
    public String doc;

    public PyBuiltinFunction(String name, NativeFunction function, boolean isMethod) {
        this(name, function, isMethod, null);
    }

    public PyBuiltinFunction(String name, NativeFunction function, boolean isMethod, PyType owner) {
        this(name, function, isMethod, owner, null, 0, 0);
    }

    /** A function whose argument count is checked before it runs, with the messages of {@code arity}. */
    PyBuiltinFunction(String name, NativeFunction function, BuiltinArity.Style arity, int min, int max) {
        this(name, function, false, null, arity, min, max);
    }

    private PyBuiltinFunction(String name, NativeFunction function, boolean isMethod, PyType owner,
            BuiltinArity.Style arity, int min, int max) {
        this.name = name;
        this.function = function;
        this.isMethod = isMethod;
        this.owner = owner;
        this.takesStrValues = owner == PyType.STR && !STR_METHODS_KEEPING_ARGUMENTS.contains(name);
        this.arity = arity;
        this.minArgs = min;
        this.maxArgs = max;
    }

    /**
     * The arguments with instances of str subclasses replaced by their str values: str's methods
     * take them as strings (CPython reads their characters directly).
     */
    private static Object[] strValues(Object[] args) {
        Object[] out = args;
        for (int i = 0; i < args.length; i++) {
            if (args[i] instanceof PyValueInstance v && v.value instanceof String) {
                if (out == args) {
                    out = args.clone();
                }
                out[i] = v.value;
            }
        }
        return out;
    }

    /** The built-in type a class or static method is defined on (its qualname's prefix), or null. */
    PyType definingType;

    /** CPython's {@code __qualname__}: "list.append" for a method ("dict.fromkeys" for a class method), the name for a function. */
    public String qualname() {
        PyType on = owner != null ? owner : definingType;
        return on == null ? name : on.name + "." + name;
    }

    /**
     * Whether {@code m} is a method of a core type (not of an extension type, a native module's
     * type): the runtime performs the core types' operations directly, so the generic operations
     * that look for a special method pass these by; an extension type's special methods are its
     * implementation and are called.
     */
    public static boolean isCoreMethod(Object m) {
        return m instanceof PyBuiltinFunction b && b.owner != null && !b.owner.extension;
    }

    @Override
    public PyType type() {
        if (isMethod && owner != null) {
            return isSpecialName(name) ? WRAPPER_DESCRIPTOR : METHOD_DESCRIPTOR;
        }
        return TYPE;
    }

    /** {@code __x__}: CPython makes the built-in types' special methods slot wrappers. */
    static boolean isSpecialName(String name) {
        return name.length() > 4 && name.startsWith("__") && name.endsWith("__");
    }

    /**
     * Calls the function. Java functions index their arguments and cast them directly; a call
     * with too few arguments or an argument of the wrong kind surfaces as a Python TypeError,
     * never as a Java exception.
     */
    public Object call(Object[] args, String[] kwnames) {
        if (isMethod && owner != null && args.length > 0 && args[0] instanceof PyValueInstance v
                && owner != PyType.OBJECT && PyType.of(v.value).isSubtypeOf(owner)) {
            // a method of int, float or str called on an instance of a subclass works on its value
            args = args.clone();
            args[0] = v.value;
        }
        if (takesStrValues) {
            args = strValues(args);
        }
        if (arity != null) {
            BuiltinArity.check(this, args, kwnames);
        }
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
