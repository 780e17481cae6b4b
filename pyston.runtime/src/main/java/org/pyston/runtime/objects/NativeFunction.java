package org.pyston.runtime.objects;

/**
 * A function written in Java: positional arguments then keyword values in {@code args}, the
 * keyword names in {@code kwnames} (null when there are none) — the vectorcall convention.
 */
@FunctionalInterface
public interface NativeFunction {
    Object call(Object[] args, String[] kwnames);
}
