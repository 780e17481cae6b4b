package org.pyston.runtime.objects;

/**
 * An instance of a class derived from {@code int}, {@code float} or {@code str}, whose values are
 * plain Java values ({@code Long}/{@code BigInteger}, {@code Double}, {@code String}) that cannot
 * carry a class: the built-in value plus what every instance has (class, {@code __dict__}).
 *
 * <p>The generic operations find the class's special methods first; those it inherits from the
 * built-in type work on {@link #value} (a built-in method called on such an instance receives
 * the value as self, see {@link PyBuiltinFunction#call}). Results of inherited operations are
 * plain values, as in CPython ({@code MyInt(2) + 1} is an {@code int}).
 */
public final class PyValueInstance extends PyInstance {
    /** The built-in value: a {@code Long} or {@code BigInteger}, a {@code Double} or a {@code String}. */
    public final Object value;

    public PyValueInstance(PyType type, Object value) {
        super(type);
        this.value = value;
    }

    /** The built-in value of {@code o} if it is such an instance, else {@code o} itself. */
    public static Object unwrap(Object o) {
        return o instanceof PyValueInstance v ? v.value : o;
    }
}
