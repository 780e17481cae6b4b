package org.pyston.runtime.objects;

/**
 * The argument counts of the {@code builtins} functions with CPython's messages, which depend on
 * how CPython declares each one: one argument ({@code len}: "len() takes exactly one argument
 * (0 given)"), positional-only parameters ({@code getattr}: "getattr expected at least 2
 * arguments, got 0") or none ({@code globals}). Each function named here is wrapped once, when
 * the module is made, by a check that runs before it; functions that bind their own arguments
 * are not named.
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

    static void apply(PyDict builtins) {
        for (String name : ONE_ARGUMENT) {
            wrap(builtins, name, (a, k) -> {
                noKeywords(name, k);
                if (a.length != 1) {
                    throw Errors.typeError(name + "() takes exactly one argument (" + a.length + " given)");
                }
            });
        }
        for (Object[] p : POSITIONAL) {
            String name = (String) p[0];
            int min = (Integer) p[1], max = (Integer) p[2];
            wrap(builtins, name, (a, k) -> {
                noKeywords(name, k);
                if (a.length < min || a.length > max) {
                    boolean few = a.length < min;
                    int n = few ? min : max;
                    throw Errors.typeError(name + " expected " + (min == max ? "" : few ? "at least " : "at most ") + n
                            + " argument" + (n == 1 ? "" : "s") + ", got " + a.length);
                }
            });
        }
        for (String name : NO_ARGUMENTS) {
            wrap(builtins, name, (a, k) -> {
                noKeywords(name, k);
                if (a.length != 0) {
                    throw Errors.typeError(name + "() takes no arguments (" + a.length + " given)");
                }
            });
        }
    }

    private interface Check {
        void check(Object[] args, String[] kwnames);
    }

    private static void wrap(PyDict builtins, String name, Check check) {
        if (!(builtins.getStr(name) instanceof PyBuiltinFunction f)) {
            return;
        }
        builtins.put(name, new PyBuiltinFunction(name, (a, k) -> {
            check.check(a, k);
            return f.call(a, k);
        }, false));
    }

    private static void noKeywords(String name, String[] kwnames) {
        if (kwnames != null && kwnames.length > 0) {
            throw Errors.typeError(name + "() takes no keyword arguments");
        }
    }
}
