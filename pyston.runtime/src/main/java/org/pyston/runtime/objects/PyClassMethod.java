package org.pyston.runtime.objects;

/** {@code classmethod(f)}, or an instance of a subclass of classmethod. */
public final class PyClassMethod extends PyObject implements SlotHolder {
    public static final PyType TYPE = PyType.builtin("classmethod", PyClassMethod.class);
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

    public PyClassMethod(Object function) {
        this.function = function;
        this.type = TYPE;
    }

    /** An instance of {@code type}, a subclass ({@code __init__} gives it its function). */
    PyClassMethod(PyType type) {
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
        TYPE.define("__wrapped__", new PyGetSetDescriptor("__wrapped__", TYPE, o -> ((PyClassMethod) o).function, null));
        TYPE.defineMethod("__init__", (a, k) -> {
            Args.positionalOnly("classmethod", a, k, 1, 1, true);
            PyClassMethod m = (PyClassMethod) a[0];
            m.function = a[1];
            if (m.attributes != null) {
                Wrapping.copyWrappedAttributes(m.attributes, a[1]);
            }
            return Singletons.NONE;
        });
        TYPE.defineMethod("__get__", (a, k) -> {
            // classmethod.__get__(obj, type=None): bound to the type (obj's type when not given)
            Object owner = a.length > 2 && a[2] != Singletons.NONE ? a[2] : PyType.of(a[1]);
            return new PyBoundMethod(((PyClassMethod) a[0]).function, owner);
        });
    }
}
