package org.pyston.runtime.jit;

import java.lang.invoke.MethodHandles;
import java.util.List;
import org.pyston.runtime.objects.Abstract;
import org.pyston.runtime.objects.Ops;
import org.pyston.runtime.objects.PyBaseException;
import org.pyston.runtime.objects.PyDict;
import org.pyston.runtime.objects.PyException;
import org.pyston.runtime.objects.PyFrame;
import org.pyston.runtime.objects.PyFunction;
import org.pyston.runtime.objects.PyList;
import org.pyston.runtime.objects.PySet;
import org.pyston.runtime.objects.PyTuple;

/**
 * Definition of generated classes and the small operations generated code calls that are not
 * already one call of {@code Abstract}/{@code Ops} (the interpreter does these inline).
 */
public final class JitSupport {
    /** Class data layout of a generated unit class (see {@link #defineUnit}). */
    public static final int DATA_VALIDITY = 0, DATA_CACHES = 1, DATA_PROFILE = 2, DATA_CONSTANTS = 3;

    private JitSupport() {
    }

    /**
     * Defines {@code bytes} (a class named in this package) as a hidden class whose class data is
     * {@code data}: {@code [SwitchPoint validity, InlineCaches or null, Profile, constants...]},
     * read by generated code as dynamic constants ({@code MethodHandles.classDataAt}).
     */
    public static MethodHandles.Lookup defineUnit(byte[] bytes, List<Object> data) throws IllegalAccessException {
        return MethodHandles.lookup().defineHiddenClassWithClassData(bytes, data, true);
    }

    /**
     * The handler block of this frame for {@code e} raised at instruction offset {@code pc}, with
     * the exception stored in the handler's vreg; rethrows when the frame has none.
     */
    public static int handlerBlock(PyFrame f, PyException e, int pc) {
        Ops.recordTraceback(f, e.exception, pc);
        // the failing block's temporaries are dead: arguments spilled for a call that raised let go
        java.util.Arrays.fill(f.regs, f.code.crossBlockVregs, f.code.vregCount, null);
        int h = f.code.handlerAt(pc);
        if (h < 0) {
            throw e;
        }
        f.regs[f.code.handlerReg(h)] = e.exception;
        return f.code.handlerBlock(h);
    }

    public static String[] kwnames(Object tuple) {
        Object[] items = ((PyTuple) tuple).items;
        String[] names = new String[items.length];
        for (int i = 0; i < items.length; i++) {
            names[i] = (String) items[i];
        }
        return names;
    }

    private static Object[] slice(Object[] regs, int first, int n) {
        Object[] args = new Object[n];
        System.arraycopy(regs, first, args, 0, n);
        return args;
    }

    /** {@code callable(*regs[first..first+n), **kwnames)}. */
    public static Object callWithKeywords(Object callable, Object[] regs, int first, int n, Object kwnames) {
        Object[] args = slice(regs, first, n);
        String[] kw = kwnames(kwnames);
        return callable instanceof PyFunction pf ? pf.call(args, kw) : Abstract.call(callable, args, kw);
    }

    public static Object callMethodWithKeywords(Object obj, String name, Object[] regs, int first, int n,
            Object kwnames) {
        return Ops.callMethod(obj, name, slice(regs, first, n), kwnames(kwnames));
    }

    /** The generic positional call with arguments in vregs (what a call site's cache falls back to). */
    public static Object call(Object callable, Object[] regs, int first, int n) {
        if (callable instanceof PyFunction pf) {
            return pf.callFromRegisters(regs, first, n);
        }
        return Abstract.call(callable, slice(regs, first, n), null);
    }

    /** The generic method call with positional arguments in vregs. */
    public static Object callMethod(String name, Object obj, Object[] regs, int first, int n) {
        return Ops.callMethod(obj, name, slice(regs, first, n), null);
    }

    public static Object buildTuple(Object[] regs, int first, int n) {
        return PyTuple.of(slice(regs, first, n));
    }

    public static Object buildList(Object[] regs, int first, int n) {
        Object[] items = new Object[Math.max(n, 4)];
        System.arraycopy(regs, first, items, 0, n);
        return new PyList(items, n);
    }

    public static Object buildSet(Object[] regs, int first, int n) {
        PySet s = new PySet(false);
        for (int i = 0; i < n; i++) {
            s.add(regs[first + i]);
        }
        return s;
    }

    public static Object buildMap(Object[] regs, int first, int n) {
        PyDict d = new PyDict(n);
        for (int i = 0; i < n; i++) {
            d.put(regs[first + 2 * i], regs[first + 2 * i + 1]);
        }
        return d;
    }

    public static Object listToTuple(Object list) {
        return PyTuple.of(((PyList) list).toArray());
    }

    public static void setUpdate(Object set, Object iterable) {
        PySet s = (PySet) set;
        org.pyston.runtime.objects.PyIterator it = Abstract.iter(iterable);
        for (Object v = it.next(); v != null; v = it.next()) {
            s.add(v);
        }
    }

    public static void pushException(PyFrame f, Object exc) {
        f.context.handled.add((PyBaseException) exc);
    }

    public static void popException(PyFrame f) {
        if (!f.context.handled.isEmpty()) {
            f.context.handled.remove(f.context.handled.size() - 1);
        }
    }

    /** WITH_ENTER: the result of {@code __enter__} into {@code dst}, the bound {@code __exit__} into {@code exitDst}. */
    public static void withEnter(Object[] regs, int dst, Object mgr, int exitDst) {
        Object[] r = Ops.withEnter(mgr);
        regs[dst] = r[0];
        regs[exitDst] = r[1];
    }

    public static PyException reraise(PyFrame f, Object exc, int restore) {
        return Ops.reraise(f, exc, restore > 0);
    }

    /** {@code a is b}, for values the JVM may box twice (small ints, bools). */
    public static boolean is(Object a, Object b) {
        return a == b || a instanceof Boolean && a.equals(b)
                || a instanceof Long x && b instanceof Long y && x.longValue() == y && x >= -5 && x <= 256;
    }

    /** FOR_ITER: the next item, or null when the iterator is exhausted. */
    public static Object forNext(Object it) {
        return it instanceof org.pyston.runtime.objects.PyIterator pi ? pi.next() : Abstract.next(it);
    }

    public static boolean truth(Object o) {
        return o instanceof Boolean b ? b : Abstract.isTrue(o);
    }

    public static Object loadLocals(PyFrame f) {
        return f.locals != null ? f.locals : f.globals;
    }

    public static PyException assertionError(Object msg) {
        return msg == null ? org.pyston.runtime.objects.Errors.of(org.pyston.runtime.objects.Errors.ASSERTION_ERROR,
                new Object[0]) : org.pyston.runtime.objects.Errors.of(org.pyston.runtime.objects.Errors.ASSERTION_ERROR, msg);
    }
}
