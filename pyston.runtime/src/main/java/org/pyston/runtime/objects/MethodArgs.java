package org.pyston.runtime.objects;

/**
 * Binds the arguments of built-in methods ({@code self} in {@code a[0]}) with the messages
 * CPython gives for each of its calling conventions, which differ from method to method.
 */
final class MethodArgs {
    private MethodArgs() {
    }

    /** How a method takes its arguments, which decides CPython's wording of a mismatch. */
    enum Style {
        /** {@code str.upper()}: "str.upper() takes no arguments (1 given)". */
        NOARGS,
        /** One positional argument: "str.join() takes exactly one argument (0 given)". */
        ONE,
        /** Positional only (Argument Clinic): "center expected at least 1 argument, got 0". */
        POSITIONAL,
        /** Positional only (older parsing): "count() takes at least 1 argument (0 given)". */
        TUPLE,
        /** Positional or keyword: "split() takes at most 2 arguments (3 given)". */
        KEYWORDS
    }

    /**
     * The arguments after {@code self} by parameter position, null where not given.
     *
     * @param owner the type's name and {@code name} the method's: messages say "type.method" or
     *     the method alone, as CPython's (made only when an error is raised: a call allocates nothing)
     * @param names parameter names (used for keywords with {@link Style#KEYWORDS}); their count is
     *     the maximum
     */
    static Object[] bind(String owner, String name, Style style, Object[] a, String[] k, int min, String... names) {
        int max = names.length;
        int given = a.length - 1 - (k == null ? 0 : k.length);
        if (k != null && k.length > 0 && style != Style.KEYWORDS) {
            throw Errors.typeError((style == Style.NOARGS || style == Style.ONE ? owner + "." + name : name)
                    + "() takes no keyword arguments");
        }
        int total = given + (k == null ? 0 : k.length);
        switch (style) {
            case NOARGS:
                if (given != 0) {
                    throw Errors.typeError(owner + "." + name + "() takes no arguments (" + given + " given)");
                }
                break;
            case ONE:
                if (given != 1) {
                    throw Errors.typeError(owner + "." + name + "() takes exactly one argument (" + given + " given)");
                }
                break;
            case POSITIONAL:
                if (given < min) {
                    throw Errors.typeError(name + " expected at least " + min + " argument" + (min == 1 ? "" : "s")
                            + ", got " + given);
                }
                if (given > max) {
                    throw Errors.typeError(name + " expected at most " + max + " argument" + (max == 1 ? "" : "s")
                            + ", got " + given);
                }
                break;
            default:
                if (total > max || given > max) {
                    // CPython counts keywords alone as "keyword arguments"
                    throw Errors.typeError(name + "() takes at most " + max + (given == 0 ? " keyword" : "")
                            + " argument" + (max == 1 ? "" : "s") + " (" + total + " given)");
                }
                if (style == Style.TUPLE && given < min) {
                    throw Errors.typeError(name + "() takes at least " + min + " argument" + (min == 1 ? "" : "s")
                            + " (" + given + " given)");
                }
                break;
        }
        Object[] r = new Object[max];
        System.arraycopy(a, 1, r, 0, given);
        if (k != null) {
            for (int i = 0; i < k.length; i++) {
                int p = indexOf(names, k[i]);
                if (p < 0) {
                    throw Errors.typeError("'" + k[i] + "' is an invalid keyword argument for " + name + "()");
                }
                if (r[p] != null) {
                    throw Errors.typeError("argument for " + name + "() given by name ('" + k[i]
                            + "') and position (" + (p + 1) + ")");
                }
                r[p] = a[given + 1 + i];
            }
        }
        if (style == Style.KEYWORDS) {
            for (int p = 0; p < min; p++) {
                if (r[p] == null) {
                    throw Errors.typeError(name + "() missing required argument '" + names[p] + "' (pos " + (p + 1)
                            + ")");
                }
            }
        }
        return r;
    }

    private static int indexOf(String[] names, String name) {
        for (int i = 0; i < names.length; i++) {
            if (names[i].equals(name)) {
                return i;
            }
        }
        return -1;
    }

    /** An optional index argument (None or absent: the fallback). */
    static long index(Object o, long fallback) {
        return o == null || o == Singletons.NONE ? fallback : Abstract.index(o);
    }

    /** A str argument: "NAME() argument N must be str, not int" unless {@code message} says otherwise. */
    static String str(Object o, String what) {
        if (o instanceof String s) {
            return s;
        }
        throw Errors.typeError(what + " must be str, not " + Errors.typeName(o));
    }

    /**
     * A start or end argument of find/count/startswith: None or an index.
     */
    static long sliceIndex(Object o, long fallback) {
        if (o == null || o == Singletons.NONE) {
            return fallback;
        }
        if (o instanceof Long l) {
            return l;
        }
        if (!(o instanceof Boolean || o instanceof java.math.BigInteger
                || o instanceof PyObject && PyType.of(o).lookup("__index__") != null)) {
            throw Errors.typeError("slice indices must be integers or None or have an __index__ method");
        }
        if (o instanceof java.math.BigInteger b) {
            return b.signum() < 0 ? Long.MIN_VALUE / 2 : Long.MAX_VALUE / 2; // clamped like CPython's
        }
        return Abstract.index(o);
    }

    /** Clamps [start, end) against a length as CPython's ADJUST_INDICES: start may exceed length. */
    static long[] adjust(long start, long end, long length) {
        if (end > length) {
            end = length;
        } else if (end < 0) {
            end = Math.max(0, end + length);
        }
        if (start < 0) {
            start = Math.max(0, start + length);
        }
        return new long[] {start, end};
    }
}
