package org.pyston.runtime.objects;

/** {@code staticmethod(f)}, or an instance of a subclass of staticmethod. */
public final class PyStaticMethod extends PyObject implements SlotHolder {
    public static final PyType TYPE = PyType.builtin("staticmethod", PyStaticMethod.class);
    /** The wrapped callable; set once by the constructor or {@code __init__}. */
    public Object function;
    /** {@link #TYPE}, or the class when this is an instance of a subclass. */
    private final PyType type;
    /**
     * The instance's attributes, created on first use with those of the wrapped callable that
     * CPython 3.10+ copies (__module__, __name__, __qualname__, __doc__, __annotations__);
     * {@code __wrapped__} is a member of the type.
     */
    PyDict attributes;
    /** The values of a subclass's {@code __slots__}, or null. */
    private Object[] slots;

    public PyStaticMethod(Object function) {
        this.function = function;
        this.type = TYPE;
    }

    /** An instance of {@code type}, a subclass ({@code __init__} gives it its function). */
    PyStaticMethod(PyType type) {
        this.function = Singletons.NONE;
        this.type = type;
        this.slots = type.slotCount() == 0 ? null : new Object[type.slotCount()];
    }

    /** The instance's {@code __dict__}. */
    PyDict dict() {
        if (attributes == null) {
            attributes = new PyDict();
            Wrapping.copyWrappedAttributes(attributes, function);
        }
        return attributes;
    }

    @Override
    public Object[] slotValues() {
        return slots;
    }

    @Override
    public PyType type() {
        return type;
    }

    static {
        TYPE.define("__new__", TypeCalls.genericNew(TYPE));
        TYPE.define("__wrapped__", new PyGetSetDescriptor("__wrapped__", TYPE, o -> ((PyStaticMethod) o).function, null));
        TYPE.defineMethod("__init__", (a, k) -> {
            Args.positionalOnly("staticmethod", a, k, 1, 1, true);
            PyStaticMethod m = (PyStaticMethod) a[0];
            m.function = a[1];
            if (m.attributes != null) {
                Wrapping.copyWrappedAttributes(m.attributes, a[1]);
            }
            return Singletons.NONE;
        });
        TYPE.defineMethod("__get__", (a, k) -> ((PyStaticMethod) a[0]).function);
        // staticmethod objects are callable since Python 3.10
        TYPE.defineMethod("__call__", (a, k) -> Abstract.call(((PyStaticMethod) a[0]).function,
                java.util.Arrays.copyOfRange(a, 1, a.length), k));
    }
}
