package org.pyston.runtime.objects;

import java.util.ArrayList;
import java.util.Collections;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Set;

/**
 * {@code BaseExceptionGroup}/{@code ExceptionGroup} (PEP 654): construction with CPython's checks,
 * {@code split}/{@code subgroup}/{@code derive}, and the two steps of {@code except*} that the
 * instructions {@code EXC_STAR_MATCH} and {@code EXC_STAR_RESULT} perform.
 *
 * <p>A group is a {@link PyBaseException} whose {@code message} and {@code exceptions} (a tuple)
 * live in its attribute dict; {@code args} is {@code (message, exceptions-as-given)}, as CPython.
 */
public final class ExceptionGroups {
    private ExceptionGroups() {
    }

    public static boolean isGroup(Object o) {
        return o instanceof PyBaseException e && e.type().isSubtypeOf(Errors.BASE_EXCEPTION_GROUP);
    }

    /** {@code BaseExceptionGroup.__new__(type, message, exceptions)}. */
    static PyBaseException create(PyType type, Object[] args) {
        if (args.length != 2) {
            throw Errors.typeError("BaseExceptionGroup.__new__() takes exactly 2 arguments (" + args.length + " given)");
        }
        if (!(args[0] instanceof String message)) {
            throw Errors.typeError("BaseExceptionGroup.__new__() argument 1 must be str, not " + Errors.typeName(args[0]));
        }
        Object given = args[1];
        if (!(given instanceof PyList || given instanceof PyTuple || given instanceof PyRange
                || given instanceof PyInstance && PyType.of(given).lookup("__getitem__") != null
                        && PyType.of(given).lookup("__len__") != null)) {
            throw Errors.typeError("second argument (exceptions) must be a sequence");
        }
        Object[] items = Sequences.toArray(given).clone();
        if (items.length == 0) {
            throw Errors.valueError("second argument (exceptions) must be a non-empty sequence");
        }
        boolean allExceptions = true;
        for (int i = 0; i < items.length; i++) {
            if (!(items[i] instanceof PyBaseException e)) {
                throw Errors.valueError("Item " + i + " of second argument (exceptions) is not an exception");
            }
            allExceptions &= e.type().isSubtypeOf(Errors.EXCEPTION);
        }
        PyType actual = type;
        if (type == Errors.BASE_EXCEPTION_GROUP) {
            if (allExceptions) {
                actual = Errors.EXCEPTION_GROUP; // BaseExceptionGroup of Exceptions is an ExceptionGroup
            }
        } else if (type == Errors.EXCEPTION_GROUP) {
            if (!allExceptions) {
                throw Errors.typeError("Cannot nest BaseExceptions in an ExceptionGroup");
            }
        } else if (type.isSubtypeOf(Errors.EXCEPTION) && !allExceptions) {
            throw Errors.typeError("Cannot nest BaseExceptions in '" + type.name + "'");
        }
        PyBaseException group = new PyBaseException(actual, PyTuple.of(message, given));
        group.dict.put("message", message);
        group.dict.put("exceptions", new PyTuple(items));
        return group;
    }

    static String message(PyBaseException group) {
        return (String) group.dict.get("message");
    }

    static Object[] exceptions(PyBaseException group) {
        return ((PyTuple) group.dict.get("exceptions")).items;
    }

    /** {@code str(group)}: "message (N sub-exception[s])". */
    static String str(PyBaseException group) {
        int n = exceptions(group).length;
        return message(group) + " (" + n + " sub-exception" + (n == 1 ? "" : "s") + ")";
    }

    /** {@code group.derive(excs)}: a group of the base kind with the same message. */
    static Object derive(PyBaseException group, Object excs) {
        return create(Errors.BASE_EXCEPTION_GROUP, new Object[] {message(group), excs});
    }

    /** What {@code split}/{@code subgroup}/{@code except*} match leaves against. */
    private interface Condition {
        boolean test(PyBaseException e);
    }

    private static Condition condition(Object cond, boolean forExceptStar) {
        if (cond instanceof PyType t && t.isSubtypeOf(Errors.BASE_EXCEPTION)) {
            if (forExceptStar && t.isSubtypeOf(Errors.BASE_EXCEPTION_GROUP)) {
                throw exceptStarOfGroup();
            }
            return e -> e.type().isSubtypeOf(t);
        }
        if (cond instanceof PyTuple tuple) {
            for (Object x : tuple.items) {
                if (!(x instanceof PyType t && t.isSubtypeOf(Errors.BASE_EXCEPTION))) {
                    throw badCondition(forExceptStar);
                }
                if (forExceptStar && t.isSubtypeOf(Errors.BASE_EXCEPTION_GROUP)) {
                    throw exceptStarOfGroup();
                }
            }
            return e -> Ops.excMatch(e, tuple);
        }
        if (!forExceptStar && isCallable(cond)) {
            return e -> Abstract.isTrue(Abstract.call(cond, new Object[] {e}, null));
        }
        throw badCondition(forExceptStar);
    }

    private static PyException exceptStarOfGroup() {
        return Errors.typeError("catching ExceptionGroup with except* is not allowed. Use except instead.");
    }

    private static PyException badCondition(boolean forExceptStar) {
        return Errors.typeError(forExceptStar
                ? "catching classes that do not inherit from BaseException is not allowed"
                : "expected a function, exception type or tuple of exception types");
    }

    /** {match, rest}: the parts of {@code e} whose leaves satisfy {@code c} and the others (null when empty). */
    private static PyBaseException[] split(PyBaseException e, Condition c) {
        if (c.test(e)) {
            return new PyBaseException[] {e, null};
        }
        if (!isGroup(e)) {
            return new PyBaseException[] {null, e};
        }
        List<Object> matched = new ArrayList<>();
        List<Object> rest = new ArrayList<>();
        for (Object sub : exceptions(e)) {
            PyBaseException[] parts = split((PyBaseException) sub, c);
            if (parts[0] != null) {
                matched.add(parts[0]);
            }
            if (parts[1] != null) {
                rest.add(parts[1]);
            }
        }
        return new PyBaseException[] {derived(e, matched), derived(e, rest)};
    }

    /** {@code e.derive(items)} with e's traceback, cause, context and notes copied; null for no items. */
    private static PyBaseException derived(PyBaseException e, List<Object> items) {
        if (items.isEmpty()) {
            return null;
        }
        Object d = Ops.callMethod(e, "derive", new Object[] {new PyList(items.toArray(), items.size())}, null);
        if (!(d instanceof PyBaseException g) || !isGroup(g)) {
            throw Errors.typeError("derive must return an instance of BaseExceptionGroup");
        }
        g.traceback = e.traceback;
        g.cause = e.cause;
        g.context = e.context;
        g.suppressContext = e.suppressContext;
        Object notes = e.dict.get("__notes__");
        if (notes != null) {
            g.dict.put("__notes__", notes);
        }
        return g;
    }

    static Object splitMethod(PyBaseException group, Object cond) {
        PyBaseException[] parts = split(group, condition(cond, false));
        return PyTuple.of(orNone(parts[0]), orNone(parts[1]));
    }

    static Object subgroupMethod(PyBaseException group, Object cond) {
        return orNone(split(group, condition(cond, false))[0]);
    }

    private static Object orNone(Object o) {
        return o == null ? Singletons.NONE : o;
    }

    /**
     * One {@code except* T} clause: splits what is still unhandled ({@code rest}, None when
     * nothing is) by {@code type}; returns {matched group or None, new rest or None}. A naked
     * exception that matches is handled as a group of one, as CPython.
     */
    public static Object[] exceptStarMatch(Object rest, Object type) {
        Condition c = condition(type, true);
        if (!(rest instanceof PyBaseException e)) {
            return new Object[] {Singletons.NONE, Singletons.NONE};
        }
        if (!isGroup(e)) {
            if (!c.test(e)) {
                return new Object[] {Singletons.NONE, e};
            }
            PyBaseException wrapper = create(Errors.BASE_EXCEPTION_GROUP, new Object[] {"", PyTuple.of(e)});
            wrapper.traceback = e.traceback;
            return new Object[] {wrapper, Singletons.NONE};
        }
        PyBaseException[] parts = split(e, c);
        return new Object[] {orNone(parts[0]), orNone(parts[1])};
    }

    /**
     * The end of a {@code try/except*}: what propagates, or None. {@code raised} holds what the
     * handlers raised (a bare {@code raise} re-raises the matched part); {@code rest} is what no
     * clause matched. Re-raised parts keep the original group's nesting; new exceptions are put
     * beside them in a new group.
     */
    public static Object exceptStarResult(Object original, PyList raised, Object rest) {
        List<PyBaseException> all = new ArrayList<>();
        for (int i = 0; i < raised.size; i++) {
            all.add((PyBaseException) raised.items[i]);
        }
        if (rest instanceof PyBaseException r) {
            all.add(r);
        }
        if (all.isEmpty()) {
            return Singletons.NONE;
        }
        PyBaseException orig = (PyBaseException) original;
        if (!isGroup(orig)) {
            // a naked exception: either it propagates unhandled or a handler raised something
            return all.get(0);
        }
        Set<PyBaseException> originalLeaves = Collections.newSetFromMap(new IdentityHashMap<>());
        collectLeaves(orig, originalLeaves);
        Set<PyBaseException> reraisedLeaves = Collections.newSetFromMap(new IdentityHashMap<>());
        List<Object> fresh = new ArrayList<>();
        for (PyBaseException e : all) {
            Set<PyBaseException> leaves = Collections.newSetFromMap(new IdentityHashMap<>());
            collectLeaves(e, leaves);
            if (originalLeaves.containsAll(leaves)) {
                reraisedLeaves.addAll(leaves);
            } else {
                fresh.add(e);
            }
        }
        PyBaseException reraised = reraisedLeaves.isEmpty() ? null : split(orig, reraisedLeaves::contains)[0];
        if (fresh.isEmpty()) {
            return orNone(reraised);
        }
        if (reraised != null) {
            fresh.add(reraised);
        }
        return create(Errors.BASE_EXCEPTION_GROUP, new Object[] {"", new PyList(fresh.toArray(), fresh.size())});
    }

    private static void collectLeaves(PyBaseException e, Set<PyBaseException> into) {
        if (isGroup(e)) {
            for (Object sub : exceptions(e)) {
                collectLeaves((PyBaseException) sub, into);
            }
        } else {
            into.add(e);
        }
    }

    private static boolean isCallable(Object o) {
        return o instanceof PyFunction || o instanceof PyBuiltinFunction || o instanceof PyType
                || o instanceof PyBoundMethod || !(o instanceof Long || o instanceof String)
                        && PyType.of(o).lookup("__call__") != null;
    }

    /** The one argument of a method taking exactly one (after self). */
    private static Object oneArgument(Object[] a, String[] k, String name) {
        Args.exact(name, java.util.Arrays.copyOfRange(a, 1, a.length), k, 1, 1);
        return a[1];
    }

    static void defineMethods() {
        PyType g = Errors.BASE_EXCEPTION_GROUP;
        g.defineMethod("__str__", (a, k) -> str((PyBaseException) a[0]));
        g.defineMethod("derive", (a, k) -> derive((PyBaseException) a[0], oneArgument(a, k, "derive")));
        g.defineMethod("split", (a, k) -> splitMethod((PyBaseException) a[0], oneArgument(a, k, "split")));
        g.defineMethod("subgroup", (a, k) -> subgroupMethod((PyBaseException) a[0], oneArgument(a, k, "subgroup")));
    }
}
