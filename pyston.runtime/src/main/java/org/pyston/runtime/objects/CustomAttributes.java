package org.pyston.runtime.objects;

/**
 * A native object that handles all attribute access itself (CPython's tp_getattro and
 * tp_setattro), as a weak reference proxy forwards it to its referent.
 */
public interface CustomAttributes {
    /** The attribute {@code name}, or null when there is none. */
    Object getAttribute(String name);

    /** Sets the attribute, or deletes it when {@code value} is null. */
    void setAttribute(String name, Object value);
}
