package org.pyston.runtime.objects;

/** Argument checking for functions written in Java, with CPython's messages. */
public final class Args {
    private Args() {
    }

    public static int positional(Object[] args, String[] kwnames) {
        return args.length - (kwnames == null ? 0 : kwnames.length);
    }

    /** Checks the positional count and that no keywords were given. */
    public static void exact(String name, Object[] args, String[] kwnames, int min, int max) {
        if (kwnames != null && kwnames.length > 0) {
            throw Errors.typeError(name + "() takes no keyword arguments");
        }
        count(name, args.length, min, max);
    }

    public static void count(String name, int n, int min, int max) {
        if (n < min || n > max) {
            if (min == max) {
                throw Errors.typeError(name + "() takes exactly " + (min == 1 ? "one argument" : min + " arguments")
                        + " (" + n + " given)");
            }
            if (n < min) {
                throw Errors.typeError(name + " expected at least " + min + " argument" + (min == 1 ? "" : "s")
                        + ", got " + n);
            }
            throw Errors.typeError(name + " expected at most " + max + " argument" + (max == 1 ? "" : "s")
                    + ", got " + n);
        }
    }

    /** CPython's check of a positional count: "NAME expected [at least|at most] N argument(s), got M". */
    public static void positionalCount(String name, int n, int min, int max) {
        if (n < min) {
            throw Errors.typeError(name + " expected " + (min == max ? "" : "at least ") + min + " argument"
                    + (min == 1 ? "" : "s") + ", got " + n);
        }
        if (n > max) {
            throw Errors.typeError(name + " expected " + (min == max ? "" : "at most ") + max + " argument"
                    + (max == 1 ? "" : "s") + ", got " + n);
        }
    }

    /** Rejects any keyword argument: "NAME() takes no keyword arguments". */
    public static void noKeywords(String name, String[] kwnames) {
        if (kwnames != null && kwnames.length > 0) {
            throw Errors.typeError(name + "() takes no keyword arguments");
        }
    }

    /** A keyword argument's value, or null. */
    public static Object keyword(Object[] args, String[] kwnames, String key) {
        if (kwnames == null) {
            return null;
        }
        int npos = args.length - kwnames.length;
        for (int i = 0; i < kwnames.length; i++) {
            if (kwnames[i].equals(key)) {
                return args[npos + i];
            }
        }
        return null;
    }

    /** Rejects keywords outside {@code allowed}. */
    public static void onlyKeywords(String name, String[] kwnames, String... allowed) {
        if (kwnames == null) {
            return;
        }
        outer:
        for (String k : kwnames) {
            for (String a : allowed) {
                if (a.equals(k)) {
                    continue outer;
                }
            }
            throw Errors.typeError("'" + k + "' is an invalid keyword argument for " + name + "()");
        }
    }

    public static Object arg(Object[] args, int i, Object fallback) {
        return i < args.length ? args[i] : fallback;
    }
}
