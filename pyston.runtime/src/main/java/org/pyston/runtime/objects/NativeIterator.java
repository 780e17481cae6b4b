package org.pyston.runtime.objects;

/**
 * Base of the iterators of the builtins ({@code enumerate}, {@code zip}, ...) and native modules
 * ({@code itertools.chain}, ...): a built-in iterator
 * (loops call {@link #next()} directly) whose type may be a class deriving from the extension
 * type, in which case it has a {@code __dict__}.
 */
public abstract class NativeIterator extends PyIterator implements HasDict, SlotHolder {
    private final PyType type;
    private PyDict dict;
    /** The values of a deriving class's {@code __slots__}, or null. */
    private final Object[] slots;

    protected NativeIterator(PyType type) {
        this.type = type;
        this.slots = type.slotCount() == 0 ? null : new Object[type.slotCount()];
    }

    @Override
    public final Object[] slotValues() {
        return slots;
    }

    @Override
    public final PyType type() {
        return type;
    }

    @Override
    public PyDict instanceDict() {
        if (type.isBuiltin || !type.instancesHaveDict()) {
            return null;
        }
        if (dict == null) {
            dict = new PyDict();
        }
        return dict;
    }
}
