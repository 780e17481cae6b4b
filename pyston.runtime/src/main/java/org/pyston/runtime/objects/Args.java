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

    /**
     * Argument-clinic style check of a function with positional-only parameters
     * ({@code isinstance}, {@code divmod}, {@code dict.get}: "get expected at least 1 argument, got 0").
     * For methods, {@code qualname} is "type.name" and {@code args} includes self (the counts do not).
     */
    public static void positionalOnly(String qualname, Object[] args, String[] kwnames, int min, int max,
            boolean method) {
        if (kwnames != null && kwnames.length > 0) {
            throw Errors.typeError(qualname + "() takes no keyword arguments");
        }
        String name = qualname.substring(qualname.indexOf('.') + 1); // the counts name the method alone
        int n = args.length - (method ? 1 : 0);
        if (n < min) {
            throw Errors.typeError(name + " expected " + (min == max ? "" : "at least ") + min + " argument"
                    + (min == 1 ? "" : "s") + ", got " + n);
        }
        if (n > max) {
            throw Errors.typeError(name + " expected " + (min == max ? "" : "at most ") + max + " argument"
                    + (max == 1 ? "" : "s") + ", got " + n);
        }
    }

    /** A method taking exactly one argument besides self (CPython's METH_O): "list.append() takes exactly one argument (0 given)". */
    public static void oneArgument(String qualname, Object[] args, String[] kwnames) {
        if (kwnames != null && kwnames.length > 0) {
            throw Errors.typeError(qualname + "() takes no keyword arguments");
        }
        if (args.length != 2) {
            throw Errors.typeError(qualname + "() takes exactly one argument (" + (args.length - 1) + " given)");
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
    /**
     * The positional arguments of a constructor that takes no keywords, called for {@code cls}:
     * CPython's iterator constructors ignore keywords for a class deriving from them that defines
     * its own {@code __init__} (which takes them), and reject them otherwise.
     */
    public static Object[] constructorPositionals(PyType cls, String name, Object[] args, String[] kwnames) {
        if (kwnames == null || kwnames.length == 0) {
            return args;
        }
        if (!cls.isBuiltin && cls.lookup("__init__") instanceof PyFunction) {
            return java.util.Arrays.copyOf(args, args.length - kwnames.length);
        }
        throw Errors.typeError(name + "() takes no keyword arguments");
    }

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

    /**
     * Binds the arguments of a built-in with named parameters the way CPython's argument clinic
     * does, with its messages: {@code names} are the parameters in order, the first
     * {@code required} must be given, at most {@code maxPositional} may be positional. The first
     * {@code skip} arguments (self) are not parameters; a parameter named "" is positional-only.
     * Returns one value per name, null when absent.
     */
    public static Object[] parse(String name, Object[] args, String[] kwnames, int skip, int required,
            int maxPositional, String... names) {
        int nkw = kwnames == null ? 0 : kwnames.length;
        int npos = args.length - nkw - skip;
        int max = names.length;
        if (npos + nkw > max) {
            throw Errors.typeError(name + "() takes at most " + max + " " + (npos == 0 ? "keyword " : "") + "argument"
                    + (max == 1 ? "" : "s") + " (" + (npos + nkw) + " given)");
        }
        if (npos > maxPositional) {
            throw Errors.typeError(name + "() takes " + (required < maxPositional ? "at most" : "exactly") + " "
                    + maxPositional + " positional argument" + (maxPositional == 1 ? "" : "s") + " (" + npos
                    + " given)");
        }
        Object[] values = new Object[max];
        System.arraycopy(args, skip, values, 0, npos);
        for (int k = 0; k < nkw; k++) {
            int slot = -1;
            for (int i = 0; i < max; i++) {
                if (!names[i].isEmpty() && names[i].equals(kwnames[k])) {
                    slot = i;
                    break;
                }
            }
            if (slot < 0) {
                throw Errors.typeError("'" + kwnames[k] + "' is an invalid keyword argument for " + name + "()");
            }
            if (slot < npos) {
                throw Errors.typeError("argument for " + name + "() given by name ('" + kwnames[k]
                        + "') and position (" + (slot + 1) + ")");
            }
            values[slot] = args[skip + npos + k];
        }
        for (int i = 0; i < required; i++) {
            if (values[i] == null) {
                throw Errors.typeError(name + "() missing required argument '" + names[i] + "' (pos " + (i + 1) + ")");
            }
        }
        return values;
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
