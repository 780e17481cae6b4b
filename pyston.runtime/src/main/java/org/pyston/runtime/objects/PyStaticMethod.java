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

    static {
        // staticmethod objects are callable since Python 3.10
        TYPE.defineMethod("__call__", (a, k) -> Abstract.call(((PyStaticMethod) a[0]).function,
                java.util.Arrays.copyOfRange(a, 1, a.length), k));
    }
}
