package org.pyston.runtime.objects;

/**
 * The argument counts of the {@code builtins} functions with CPython's messages, which depend on
 * how CPython declares each one: one argument ({@code len}: "len() takes exactly one argument
 * (0 given)"), positional-only parameters ({@code getattr}: "getattr expected at least 2
 * arguments, got 0") or none ({@code globals}). Each function named here is declared with its
 * convention when the module is made, and {@link PyBuiltinFunction#call} checks the count before
 * it runs; functions that bind their own arguments are not named.
 */
final class BuiltinArity {
    private BuiltinArity() {
    }

    /** Functions of one positional argument (CPython's METH_O). */
    private static final String[] ONE_ARGUMENT = {"abs", "ascii", "bin", "callable", "chr", "hash", "hex", "id",
        "len", "oct", "ord", "repr"};

    /** Functions with positional-only parameters: name, fewest, most. */
    private static final Object[][] POSITIONAL = {{"getattr", 2, 3}, {"setattr", 3, 3}, {"hasattr", 2, 2},
        {"delattr", 2, 2}, {"iter", 1, 2}, {"next", 1, 2}, {"format", 1, 2}, {"vars", 0, 1}, {"dir", 0, 1},
        {"input", 0, 1}};

    private static final String[] NO_ARGUMENTS = {"globals", "locals"};

    /** CPython's calling conventions that decide the wording of a wrong argument count. */
    enum Style {
        /** METH_O: "len() takes exactly one argument (0 given)". */
        ONE,
        /** Positional-only parameters: "getattr expected at least 2 arguments, got 0". */
        POSITIONAL,
        /** METH_NOARGS: "globals() takes no arguments (1 given)". */
        NONE
    }

    static void apply(PyDict builtins) {
        for (String name : ONE_ARGUMENT) {
            declare(builtins, name, Style.ONE, 1, 1);
        }
        for (Object[] p : POSITIONAL) {
            declare(builtins, (String) p[0], Style.POSITIONAL, (Integer) p[1], (Integer) p[2]);
        }
        for (String name : NO_ARGUMENTS) {
            declare(builtins, name, Style.NONE, 0, 0);
        }
    }

    private static void declare(PyDict builtins, String name, Style style, int min, int max) {
        if (builtins.getStr(name) instanceof PyBuiltinFunction f) {
            builtins.put(name, new PyBuiltinFunction(name, f.function, style, min, max));
        }
    }

    /** Checks a call of {@code f} (declared with a style) before it runs. */
    static void check(PyBuiltinFunction f, Object[] args, String[] kwnames) {
        String name = f.name;
        if (kwnames != null && kwnames.length > 0) {
            throw Errors.typeError(name + "() takes no keyword arguments");
        }
        int n = args.length;
        if (n >= f.minArgs && n <= f.maxArgs) {
            return;
        }
        switch (f.arity) {
            case ONE:
                throw Errors.typeError(name + "() takes exactly one argument (" + n + " given)");
            case NONE:
                throw Errors.typeError(name + "() takes no arguments (" + n + " given)");
            default:
                boolean few = n < f.minArgs;
                int bound = few ? f.minArgs : f.maxArgs;
                throw Errors.typeError(name + " expected " + (f.minArgs == f.maxArgs ? "" : few ? "at least " : "at most ")
                        + bound + " argument" + (bound == 1 ? "" : "s") + ", got " + n);
        }
    }
}
