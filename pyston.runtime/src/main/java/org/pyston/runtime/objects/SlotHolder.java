package org.pyston.runtime.objects;

/**
 * An object whose class may give it {@code __slots__}: instances of classes made in Python, of
 * subclasses of list and dict, and of classes deriving from an extension type. The class's member descriptors index the array.
 */
public interface SlotHolder {
    /** The values of the {@code __slots__} names (null: unset), or null when the class has none. */
    Object[] slotValues();
}
