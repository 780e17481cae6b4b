package org.pyston.runtime.objects;

/**
 * A native object that can carry attributes in a {@code __dict__}: an instance of a class
 * deriving from an extension type, or of an extension type whose instances have one (as
 * {@code functools.partial}'s).
 */
public interface HasDict {
    /** The instance's attribute dict (created on first use), or null when it has none. */
    PyDict instanceDict();
}
