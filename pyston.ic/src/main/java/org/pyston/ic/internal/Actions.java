package org.pyston.ic.internal;

import java.lang.invoke.MethodHandle;
import java.lang.invoke.MethodHandles;
import java.lang.invoke.MethodType;
import org.pyston.runtime.objects.Abstract;
import org.pyston.runtime.objects.DictTable;
import org.pyston.runtime.objects.Ops;
import org.pyston.runtime.objects.PyBoundMethod;
import org.pyston.runtime.objects.PyBuiltinFunction;
import org.pyston.runtime.objects.PyDict;
import org.pyston.runtime.objects.PyFrame;
import org.pyston.runtime.objects.PyFunction;
import org.pyston.runtime.objects.PyInstance;
import org.pyston.runtime.objects.PyList;
import org.pyston.runtime.objects.PySet;
import org.pyston.runtime.objects.PySlice;
import org.pyston.runtime.objects.PyTuple;
import org.pyston.runtime.objects.PyType;
import org.pyston.runtime.objects.Sequences;
import org.pyston.runtime.objects.TypeCalls;

/**
 * The guards and specialised actions slots are made of: small static methods, bound to the
 * constants a trace found (a type and its version, a function, a dict position) with
 * {@link MethodHandles#insertArguments}. An action whose fast case does not apply after all (an
 * overflow, an index out of range, an instance attribute shadowing a method) finishes with the
 * generic operation, so a slot is never less correct than the generic path.
 */
final class Actions {
    private Actions() {
    }

    static final MethodHandles.Lookup LOOKUP = MethodHandles.lookup();

    static MethodHandle find(String name, Class<?> ret, Class<?>... params) {
        try {
            return LOOKUP.findStatic(Actions.class, name, MethodType.methodType(ret, params));
        } catch (ReflectiveOperationException e) {
            throw new IllegalStateException(e);
        }
    }

    // ---------------------------------------------------------------- guards

    static boolean bothLong(Object a, Object b) {
        return a instanceof Long && b instanceof Long;
    }

    static boolean bothDouble(Object a, Object b) {
        return a instanceof Double && b instanceof Double;
    }

    /** float op int or int op float. */
    static boolean mixedNumber(Object a, Object b) {
        return a instanceof Double && b instanceof Long || a instanceof Long && b instanceof Double;
    }

    static boolean bothString(Object a, Object b) {
        return a instanceof String && b instanceof String;
    }

    /** An instance of a class defined in Python, of exactly {@code type} at {@code version}. */
    static boolean instanceOf(PyType type, int version, Object obj) {
        return obj instanceof PyInstance i && i.type() == type && type.version() == version;
    }

    /** Any value whose Python type is exactly {@code type} at {@code version}. */
    static boolean typeIs(PyType type, int version, Object obj) {
        return PyType.of(obj) == type && type.version() == version;
    }

    static boolean isFunction(Object callee) {
        return callee instanceof PyFunction;
    }

    static boolean isBuiltinFunction(Object callee) {
        return callee instanceof PyBuiltinFunction;
    }

    static boolean isType(Object callee) {
        return callee instanceof PyType;
    }

    /** Exactly class {@code type} at {@code version}, its metaclass (if any) at {@code metaVersion}. */
    static boolean classIs(PyType type, int version, PyType meta, int metaVersion, Object callee) {
        return callee == type && type.version() == version && (meta == null || meta.version() == metaVersion);
    }

    static boolean exactList(Object obj, Object key) {
        return obj instanceof PyList l && key instanceof Long && l.type() == PyList.TYPE;
    }

    static boolean exactTuple(Object obj, Object key) {
        return obj instanceof PyTuple t && key instanceof Long && t.type() == PyTuple.TYPE;
    }

    static boolean exactListSlice(Object obj, Object key) {
        return obj instanceof PyList l && key instanceof PySlice && l.type() == PyList.TYPE;
    }

    static boolean exactTupleSlice(Object obj, Object key) {
        return obj instanceof PyTuple t && key instanceof PySlice && t.type() == PyTuple.TYPE;
    }

    static boolean bothExactLists(Object a, Object b) {
        return a instanceof PyList x && b instanceof PyList y && x.type() == PyList.TYPE && y.type() == PyList.TYPE;
    }

    static boolean bothExactTuples(Object a, Object b) {
        return a instanceof PyTuple x && b instanceof PyTuple y && x.type() == PyTuple.TYPE
                && y.type() == PyTuple.TYPE;
    }

    /** Both exact sets or frozensets (a's kind as traced: it decides the result's). */
    static boolean exactSets(boolean frozen, Object a, Object b) {
        return a instanceof PySet x && b instanceof PySet y && x.frozen == frozen
                && x.type() == (frozen ? PySet.FROZEN_TYPE : PySet.TYPE)
                && (y.type() == PySet.TYPE || y.type() == PySet.FROZEN_TYPE);
    }

    static boolean exactDict(Object obj, Object key) {
        return obj instanceof PyDict d && d.type() == PyDict.TYPE;
    }

    /** The global's table is the one traced and has the same keys. */
    static boolean globalsUnchanged(DictTable globals, int layout, PyFrame f) {
        DictTable g = f.globals.map;
        return g == globals && g.layout() == layout;
    }

    /** The name is still absent from the globals and the builtins' keys are the ones traced. */
    static boolean builtinsUnchanged(DictTable globals, int layout, DictTable builtins, int builtinsLayout, PyFrame f) {
        DictTable g = f.globals.map, b = f.builtins.map;
        return g == globals && g.layout() == layout && b == builtins && b.layout() == builtinsLayout;
    }

    /** A module (the receiver itself) whose dict still has the keys traced. */
    static boolean moduleUnchanged(Object module, DictTable dict, int layout, Object obj) {
        return obj == module && dict.layout() == layout;
    }

    // ---------------------------------------------------------------- numbers

    static Object addLong(Object a, Object b) {
        long x = (Long) a, y = (Long) b, r = x + y;
        return ((x ^ r) & (y ^ r)) < 0 ? Abstract.binaryOp(Abstract.BinaryOp.ADD, a, b) : (Object) r;
    }

    static Object subLong(Object a, Object b) {
        long x = (Long) a, y = (Long) b, r = x - y;
        return ((x ^ y) & (x ^ r)) < 0 ? Abstract.binaryOp(Abstract.BinaryOp.SUB, a, b) : (Object) r;
    }

    static Object mulLong(Object a, Object b) {
        long x = (Long) a, y = (Long) b;
        long hi = Math.multiplyHigh(x, y), lo = x * y;
        return (hi == 0 && lo >= 0) || (hi == -1 && lo < 0) ? (Object) lo
                : Abstract.binaryOp(Abstract.BinaryOp.MUL, a, b);
    }

    static Object addDouble(Object a, Object b) {
        return (Double) a + (Double) b;
    }

    static Object subDouble(Object a, Object b) {
        return (Double) a - (Double) b;
    }

    static Object mulDouble(Object a, Object b) {
        return (Double) a * (Double) b;
    }

    static Object divDouble(Object a, Object b) {
        double y = (Double) b;
        return y == 0.0 ? Abstract.binaryOp(Abstract.BinaryOp.TRUEDIV, a, b) : (Object) ((Double) a / y);
    }

    static double asDouble(Object o) {
        return o instanceof Double d ? d : (double) (Long) o;
    }

    static Object addMixed(Object a, Object b) {
        return asDouble(a) + asDouble(b);
    }

    static Object subMixed(Object a, Object b) {
        return asDouble(a) - asDouble(b);
    }

    static Object mulMixed(Object a, Object b) {
        return asDouble(a) * asDouble(b);
    }

    static Object ltLong(Object a, Object b) {
        return (Long) a < (Long) b;
    }

    static Object leLong(Object a, Object b) {
        return (Long) a <= (Long) b;
    }

    static Object eqLong(Object a, Object b) {
        return ((Long) a).longValue() == (Long) b;
    }

    static Object neLong(Object a, Object b) {
        return ((Long) a).longValue() != (Long) b;
    }

    static Object gtLong(Object a, Object b) {
        return (Long) a > (Long) b;
    }

    static Object geLong(Object a, Object b) {
        return (Long) a >= (Long) b;
    }

    static Object ltDouble(Object a, Object b) {
        return asDouble(a) < asDouble(b);
    }

    static Object leDouble(Object a, Object b) {
        return asDouble(a) <= asDouble(b);
    }

    static Object eqDouble(Object a, Object b) {
        return asDouble(a) == asDouble(b);
    }

    static Object neDouble(Object a, Object b) {
        return asDouble(a) != asDouble(b);
    }

    static Object gtDouble(Object a, Object b) {
        return asDouble(a) > asDouble(b);
    }

    static Object geDouble(Object a, Object b) {
        return asDouble(a) >= asDouble(b);
    }

    static Object eqString(Object a, Object b) {
        return a.equals(b);
    }

    static Object neString(Object a, Object b) {
        return !a.equals(b);
    }

    // ---------------------------------------------------------------- attributes

    /** {@code obj.name} where the class has nothing: the instance dict, else the generic path (__getattr__, error). */
    static Object instanceAttribute(String name, Object obj) {
        PyDict d = ((PyInstance) obj).dict;
        Object v = d == null ? null : d.map.get(name);
        return v != null ? v : Abstract.getAttr(obj, name);
    }

    /** {@code obj.name} where the class has a plain function: the instance dict, else a bound method. */
    static Object methodAttribute(String name, Object function, boolean instanceDict, Object obj) {
        if (instanceDict) {
            PyDict d = ((PyInstance) obj).dict;
            Object v = d == null ? null : d.map.get(name);
            if (v != null) {
                return v;
            }
        }
        return new PyBoundMethod(function, obj);
    }

    /** {@code obj.name} where the class has a plain value (no descriptor): the instance dict, else the value. */
    static Object classValueAttribute(String name, Object value, boolean instanceDict, Object obj) {
        if (instanceDict) {
            PyDict d = ((PyInstance) obj).dict;
            Object v = d == null ? null : d.map.get(name);
            if (v != null) {
                return v;
            }
        }
        return value;
    }

    static Object moduleAttribute(DictTable dict, int position, Object obj) {
        return dict.valueAt(position);
    }

    static void storeInstanceAttribute(String name, Object obj, Object value) {
        DictTable d = ((PyInstance) obj).dict.map;
        if (!d.storeStr(name, value)) {
            d.put(name, value); // a non-str key with the name's hash: Python's comparison
        }
    }

    /** {@code obj.name(args)} where the class has a Python function: called with obj prepended, no bound method. */
    static Object callPythonMethod(String name, PyFunction function, boolean instanceDict, Object obj, Object[] regs,
            int first, int n) {
        if (instanceDict) {
            PyDict d = ((PyInstance) obj).dict;
            if (d != null && d.map.get(name) != null) {
                return callMethodGeneric(name, obj, regs, first, n);
            }
        }
        return function.callWithSelf(obj, regs, first, n);
    }

    /** {@code obj.name(args)} where obj's built-in type has a built-in method. */
    static Object callBuiltinMethod(PyBuiltinFunction method, Object obj, Object[] regs, int first, int n) {
        Object[] args = new Object[n + 1];
        args[0] = obj;
        System.arraycopy(regs, first, args, 1, n);
        return method.call(args, null);
    }

    static Object callMethodGeneric(String name, Object obj, Object[] regs, int first, int n) {
        Object[] args = new Object[n];
        System.arraycopy(regs, first, args, 0, n);
        return Ops.callMethod(obj, name, args, null);
    }

    // ---------------------------------------------------------------- calls

    static Object callFunction(Object callee, Object[] regs, int first, int n) {
        return ((PyFunction) callee).callFromRegisters(regs, first, n);
    }

    /** {@code module.name(args)}: the function the module's dict holds at the traced position, called. */
    static Object callModuleFunction(DictTable dict, int position, Object module, Object[] regs, int first, int n) {
        Object f = dict.valueAt(position);
        return f instanceof PyFunction p ? p.callFromRegisters(regs, first, n) : callWithArray(f, regs, first, n);
    }

    /** {@code t(args)} for a plain class whose {@code __init__} is {@code init} (see {@code TypeCalls.plainInit}). */
    static Object constructPlain(PyType t, PyFunction init, Object callee, Object[] regs, int first, int n) {
        return TypeCalls.initialized(t, init, regs, first, n);
    }

    /** {@code t(args)} for any other type: the runtime's own fast entry, which falls back to the generic call. */
    static Object callType(Object callee, Object[] regs, int first, int n) {
        return TypeCalls.callFromRegisters((PyType) callee, regs, first, n);
    }

    static Object callWithArray(Object callee, Object[] regs, int first, int n) {
        Object[] args = new Object[n];
        System.arraycopy(regs, first, args, 0, n);
        return callee instanceof PyBuiltinFunction b ? b.call(args, null) : Abstract.call(callee, args, null);
    }

    // ---------------------------------------------------------------- globals

    static Object tableValue(DictTable table, int position, PyFrame f) {
        return table.valueAt(position);
    }

    // ---------------------------------------------------------------- items

    static Object listItem(Object obj, Object key) {
        PyList l = (PyList) obj;
        long i = (Long) key;
        return i >= 0 && i < l.size ? l.items[(int) i] : Abstract.getItem(obj, key);
    }

    static Object tupleItem(Object obj, Object key) {
        Object[] items = ((PyTuple) obj).items;
        long i = (Long) key;
        return i >= 0 && i < items.length ? items[(int) i] : Abstract.getItem(obj, key);
    }

    static Object dictItem(Object obj, Object key) {
        Object v = ((PyDict) obj).get(key);
        return v != null ? v : Abstract.getItem(obj, key);
    }

    static void setListItem(Object obj, Object key, Object value) {
        PyList l = (PyList) obj;
        long i = (Long) key;
        if (i >= 0 && i < l.size) {
            l.items[(int) i] = value;
        } else {
            Abstract.setItem(obj, key, value);
        }
    }

    static Object listSlice(Object obj, Object key) {
        return Sequences.slice((PyList) obj, (PySlice) key);
    }

    static Object tupleSlice(Object obj, Object key) {
        return Sequences.slice((PyTuple) obj, (PySlice) key);
    }

    static void assignListSlice(Object obj, Object key, Object value) {
        Sequences.assignSlice((PyList) obj, (PySlice) key, value);
    }

    static Object concatLists(Object a, Object b) {
        return Sequences.concat((PyList) a, (PyList) b);
    }

    static Object concatTuples(Object a, Object b) {
        return Sequences.concat((PyTuple) a, (PyTuple) b);
    }

    static Object setOperation(Abstract.BinaryOp op, Object a, Object b) {
        return Sequences.setOperation(op, (PySet) a, (PySet) b);
    }

    static void setDictItem(Object obj, Object key, Object value) {
        ((PyDict) obj).put(key, value);
    }
}
