package org.pyston.ic.internal;

import static java.lang.invoke.MethodHandles.insertArguments;

import java.lang.invoke.MethodHandle;
import java.math.BigInteger;
import org.pyston.api.ic.SiteDescriptor;
import org.pyston.runtime.objects.Abstract;
import org.pyston.runtime.objects.DictTable;
import org.pyston.runtime.objects.PyBaseException;
import org.pyston.runtime.objects.PyBuiltinFunction;
import org.pyston.runtime.objects.PyFrame;
import org.pyston.runtime.objects.PyFunction;
import org.pyston.runtime.objects.PyInstance;
import org.pyston.runtime.objects.PyModule;
import org.pyston.runtime.objects.PyObject;
import org.pyston.runtime.objects.PySet;
import org.pyston.runtime.objects.PyTuple;
import org.pyston.runtime.objects.PyType;
import org.pyston.runtime.objects.Singletons;
import org.pyston.runtime.objects.SuperObject;
import org.pyston.runtime.objects.TypeCalls;

/**
 * The trace-to-slot rules: given a site and the operands of one execution that missed, what the
 * generic operation is going to do, as a guard plus an action that does just that for every
 * execution the guard admits. Null when the outcome is one a slot cannot state exactly (the
 * generic operation then handles it, and the site counts a miss).
 *
 * <p>The attribute rules are those of the interpreter's {@code AttributeSite}: a receiver whose
 * type has no custom {@code __getattribute__}, and a class-side lookup result that is absent, a
 * plain function, a built-in method or a value that is not a descriptor. Guards on a type check
 * its version, which changes whenever the type or a base changes: that is how a slot dies when a
 * class is modified (see {@link CacheSite} for why not a switch point).
 */
final class Slots {
    private Slots() {
    }

    /** A slot: when {@code guard} admits the operands, {@code action} is the operation. */
    record Slot(MethodHandle guard, MethodHandle action, String kind, PyType type, int version) {
    }

    static Slot trace(SiteDescriptor site, Object[] args) {
        switch (site.operation()) {
            case SiteDescriptor.BINARY:
                return binary(site.operator(), args[0], args[1]);
            case SiteDescriptor.COMPARE:
                return compare(site.operator(), args[0], args[1]);
            case SiteDescriptor.GET_ATTR:
                return getAttribute(site.name(), args[0]);
            case SiteDescriptor.SET_ATTR:
                return setAttribute(site.name(), args[0]);
            case SiteDescriptor.CALL_METHOD:
                return callMethod(site.name(), args[0]);
            case SiteDescriptor.CALL:
                return call(args[0]);
            case SiteDescriptor.LOAD_GLOBAL:
                return global(site.name(), (PyFrame) args[0]);
            case SiteDescriptor.GET_ITEM:
                return getItem(args[0], args[1]);
            case SiteDescriptor.SET_ITEM:
                return setItem(args[0], args[1]);
            default:
                return null;
        }
    }

    private static MethodHandle guard(String name, Class<?>... params) {
        return Actions.find(name, boolean.class, params);
    }

    private static Slot binary(int operator, Object a, Object b) {
        Abstract.BinaryOp op = Abstract.BinaryOp.of(operator & ~org.pyston.api.code.Opcode.INPLACE); // int, float, str: a op= b is a op b
        Class<?> o = Object.class;
        MethodHandle bothLong = guard("bothLong", o, o);
        if (a instanceof Long && b instanceof Long) {
            switch (op) {
                case ADD: return new Slot(bothLong, Actions.find("addLong", o, o, o), "int+int", null, 0);
                case SUB: return new Slot(bothLong, Actions.find("subLong", o, o, o), "int-int", null, 0);
                case MUL: return new Slot(bothLong, Actions.find("mulLong", o, o, o), "int*int", null, 0);
                default:
                    // the generic operation's own int case, without its dispatch on other types
                    return new Slot(bothLong, genericBinary(op), "int" + op.symbol + "int", null, 0);
            }
        }
        if (a instanceof Double && b instanceof Double) {
            MethodHandle g = guard("bothDouble", o, o);
            switch (op) {
                case ADD: return new Slot(g, Actions.find("addDouble", o, o, o), "float+float", null, 0);
                case SUB: return new Slot(g, Actions.find("subDouble", o, o, o), "float-float", null, 0);
                case MUL: return new Slot(g, Actions.find("mulDouble", o, o, o), "float*float", null, 0);
                case TRUEDIV: return new Slot(g, Actions.find("divDouble", o, o, o), "float/float", null, 0);
                default: return new Slot(g, genericBinary(op), "float" + op.symbol + "float", null, 0);
            }
        }
        if (a instanceof Double && b instanceof Long || a instanceof Long && b instanceof Double) {
            MethodHandle g = guard("mixedNumber", o, o);
            switch (op) {
                case ADD: return new Slot(g, Actions.find("addMixed", o, o, o), "float+int", null, 0);
                case SUB: return new Slot(g, Actions.find("subMixed", o, o, o), "float-int", null, 0);
                case MUL: return new Slot(g, Actions.find("mulMixed", o, o, o), "float*int", null, 0);
                default: return new Slot(g, genericBinary(op), "float" + op.symbol + "int", null, 0);
            }
        }
        if (a instanceof String && b instanceof String) {
            return new Slot(guard("bothString", o, o), genericBinary(op), "str" + op.symbol + "str", null, 0);
        }
        boolean inplace = (operator & org.pyston.api.code.Opcode.INPLACE) != 0;
        if (op == Abstract.BinaryOp.ADD && !inplace && Actions.bothExactLists(a, b)) { // list += extends a
            return new Slot(guard("bothExactLists", o, o), Actions.find("concatLists", o, o, o), "list+list", null, 0);
        }
        if (op == Abstract.BinaryOp.ADD && Actions.bothExactTuples(a, b)) {
            return new Slot(guard("bothExactTuples", o, o), Actions.find("concatTuples", o, o, o), "tuple+tuple", null,
                    0);
        }
        if ((op == Abstract.BinaryOp.OR || op == Abstract.BinaryOp.AND || op == Abstract.BinaryOp.SUB
                || op == Abstract.BinaryOp.XOR) && a instanceof PySet x && Actions.exactSets(x.frozen, a, b)
                && !inplace) {
            // set |= set mutates a: the in-place form keeps the generic path
            String kind = x.frozen ? "frozenset" : "set";
            return new Slot(insertArguments(guard("exactSets", boolean.class, o, o), 0, x.frozen),
                    insertArguments(Actions.find("setOperation", o, Abstract.BinaryOp.class, o, o), 0, op),
                    kind + op.symbol + "set", null, 0);
        }
        return null;
    }

    private static MethodHandle genericBinary(Abstract.BinaryOp op) {
        try {
            return insertArguments(Actions.LOOKUP.findStatic(Abstract.class, "binaryOp",
                    java.lang.invoke.MethodType.methodType(Object.class, Abstract.BinaryOp.class, Object.class,
                            Object.class)), 0, op);
        } catch (ReflectiveOperationException e) {
            throw new IllegalStateException(e);
        }
    }

    private static final String[] COMPARE_NAMES = {"lt", "le", "eq", "ne", "gt", "ge"};

    private static Slot compare(int operator, Object a, Object b) {
        Class<?> o = Object.class;
        String cmp = COMPARE_NAMES[operator];
        if (a instanceof Long && b instanceof Long) {
            return new Slot(guard("bothLong", o, o), Actions.find(cmp + "Long", o, o, o), "int " + cmp + " int", null,
                    0);
        }
        if (a instanceof Double && b instanceof Double) {
            return new Slot(guard("bothDouble", o, o), Actions.find(cmp + "Double", o, o, o),
                    "float " + cmp + " float", null, 0);
        }
        if (a instanceof Double && b instanceof Long || a instanceof Long && b instanceof Double) {
            return new Slot(guard("mixedNumber", o, o), Actions.find(cmp + "Double", o, o, o),
                    "float " + cmp + " int", null, 0);
        }
        if (a instanceof String && b instanceof String && (cmp.equals("eq") || cmp.equals("ne"))) {
            return new Slot(guard("bothString", o, o), Actions.find(cmp + "String", o, o, o), "str " + cmp + " str",
                    null, 0);
        }
        return null;
    }

    /** The receiver's type when the attribute rules apply to it, else null. */
    private static PyType cacheableType(Object obj) {
        if (obj instanceof PyType || obj instanceof PyModule || obj instanceof SuperObject || obj == null) {
            return null;
        }
        PyType t = PyType.of(obj);
        if (t.customGetattribute() != null) {
            return null;
        }
        if (obj instanceof PyInstance || t.isBuiltin && !(obj instanceof PyBaseException)) {
            return t;
        }
        return null;
    }

    /** A type guard for the receiver, with the receiver in parameter {@code position} of {@code arity}. */
    private static MethodHandle typeGuard(PyType t, Object obj, int position, Class<?>... params) {
        MethodHandle g = insertArguments(guard(obj instanceof PyInstance ? "instanceOf" : "typeIs", PyType.class,
                int.class, Object.class), 0, t, t.version());
        // drop the parameters around the receiver
        if (position > 0) {
            g = java.lang.invoke.MethodHandles.dropArguments(g, 0, java.util.Arrays.copyOfRange(params, 0, position));
        }
        if (position + 1 < params.length) {
            g = java.lang.invoke.MethodHandles.dropArguments(g, position + 1,
                    java.util.Arrays.copyOfRange(params, position + 1, params.length));
        }
        return g;
    }

    /** Class attributes whose meaning through an instance is plain: not descriptors. */
    private static boolean isPlainValue(Object attr) {
        return attr instanceof Long || attr instanceof String || attr instanceof Double || attr instanceof Boolean
                || attr instanceof BigInteger || attr instanceof PyTuple t && t.type() == PyTuple.TYPE
                || attr == Singletons.NONE;
    }

    private static Slot getAttribute(String name, Object obj) {
        Class<?> o = Object.class;
        if (obj instanceof PyModule m) {
            DictTable d = m.dict.map;
            int p = d.positionOfStr(name);
            if (p < 0) {
                return null;
            }
            MethodHandle g = insertArguments(guard("moduleUnchanged", o, DictTable.class, int.class, o), 0, m, d,
                    d.layout());
            return new Slot(g, insertArguments(Actions.find("moduleAttribute", o, DictTable.class, int.class, o), 0, d,
                    p), "module attribute", null, 0);
        }
        PyType t = cacheableType(obj);
        if (t == null) {
            return null;
        }
        Object attr = t.lookup(name);
        boolean instanceDict = obj instanceof PyInstance && t.instancesHaveDict();
        MethodHandle g = typeGuard(t, obj, 0, o);
        if (attr == null && instanceDict) {
            return new Slot(g, insertArguments(Actions.find("instanceAttribute", o, String.class, o), 0, name),
                    "instance attribute", t, t.version());
        }
        if (attr instanceof PyFunction || attr instanceof PyBuiltinFunction b && b.isMethod) {
            return new Slot(g, insertArguments(Actions.find("methodAttribute", o, String.class, o, boolean.class, o), 0,
                    name, attr, instanceDict), "method", t, t.version());
        }
        if (isPlainValue(attr) || attr instanceof PyBuiltinFunction) {
            return new Slot(g, insertArguments(Actions.find("classValueAttribute", o, String.class, o, boolean.class,
                    o), 0, name, attr, instanceDict), "class attribute", t, t.version());
        }
        return null;
    }

    private static Slot setAttribute(String name, Object obj) {
        if (!(obj instanceof PyInstance)) {
            return null;
        }
        PyType t = cacheableType(obj);
        if (t == null || !t.instancesHaveDict() || name.startsWith("__") && name.endsWith("__")
                || t.lookup("__slots__") != null) {
            return null;
        }
        Object setattr = t.lookup("__setattr__");
        Object classAttr = t.lookup(name);
        if (setattr != null && !(setattr instanceof PyBuiltinFunction)
                || classAttr != null && !(isPlainValue(classAttr) || classAttr instanceof PyFunction)) {
            return null; // a custom __setattr__, or a descriptor on the class (property, slot) has a say
        }
        Class<?> o = Object.class;
        return new Slot(typeGuard(t, obj, 0, o, o), insertArguments(Actions.find("storeInstanceAttribute", void.class,
                String.class, o, o), 0, name), "instance store", t, t.version());
    }

    private static Slot callMethod(String name, Object obj) {
        Class<?> o = Object.class;
        Class<?>[] params = {o, Object[].class, int.class, int.class};
        if (obj instanceof PyModule m) {
            // module.function(args): the module's dict as for a module attribute, the function called directly
            DictTable d = m.dict.map;
            int p = d.positionOfStr(name);
            Object f = p < 0 ? null : d.valueAt(p);
            if (!(f instanceof PyFunction || f instanceof PyBuiltinFunction)) {
                return null;
            }
            MethodHandle g = java.lang.invoke.MethodHandles.dropArguments(insertArguments(guard("moduleUnchanged", o,
                    DictTable.class, int.class, o), 0, m, d, d.layout()), 1, Object[].class, int.class, int.class);
            return new Slot(g, insertArguments(Actions.find("callModuleFunction", o, DictTable.class, int.class, o,
                    Object[].class, int.class, int.class), 0, d, p), "module function", null, 0);
        }
        PyType t = cacheableType(obj);
        if (t == null) {
            return null;
        }
        Object attr = t.lookup(name);
        MethodHandle g = typeGuard(t, obj, 0, params);
        if (attr instanceof PyFunction f) {
            boolean instanceDict = obj instanceof PyInstance && t.instancesHaveDict();
            return new Slot(g, insertArguments(Actions.find("callPythonMethod", o, String.class, PyFunction.class,
                    boolean.class, o, Object[].class, int.class, int.class), 0, name, f, instanceDict),
                    "python method", t, t.version());
        }
        if (attr instanceof PyBuiltinFunction b && b.isMethod && !(obj instanceof PyInstance)) {
            return new Slot(g, insertArguments(Actions.find("callBuiltinMethod", o, PyBuiltinFunction.class, o,
                    Object[].class, int.class, int.class), 0, b), "builtin method", t, t.version());
        }
        return null;
    }

    private static Slot call(Object callee) {
        Class<?> o = Object.class;
        MethodHandle action;
        String test;
        if (callee instanceof PyFunction) {
            test = "isFunction";
            action = Actions.find("callFunction", o, o, Object[].class, int.class, int.class);
        } else if (callee instanceof PyBuiltinFunction) {
            test = "isBuiltinFunction";
            action = Actions.find("callWithArray", o, o, Object[].class, int.class, int.class);
        } else if (callee instanceof PyType t) {
            PyFunction init = TypeCalls.plainInit(t);
            if (init != null) {
                // a plain class: the instance made and its __init__ run here, with no lookups (TypeCalls' cache, pinned)
                PyType meta = t.metatype;
                MethodHandle g = java.lang.invoke.MethodHandles.dropArguments(insertArguments(guard("classIs",
                        PyType.class, int.class, PyType.class, int.class, o), 0, t, t.version(), meta,
                        meta == null ? 0 : meta.version()), 1, Object[].class, int.class, int.class);
                return new Slot(g, insertArguments(Actions.find("constructPlain", o, PyType.class, PyFunction.class, o,
                        Object[].class, int.class, int.class), 0, t, init), "plain class", t, t.version());
            }
            test = "isType";
            action = Actions.find("callType", o, o, Object[].class, int.class, int.class);
        } else {
            return null;
        }
        MethodHandle g = java.lang.invoke.MethodHandles.dropArguments(guard(test, o), 1, Object[].class, int.class,
                int.class);
        return new Slot(g, action, test.substring(2), null, 0);
    }

    private static Slot global(String name, PyFrame f) {
        Class<?> o = Object.class;
        DictTable g = f.globals.map;
        int p = g.positionOfStr(name);
        MethodHandle value = Actions.find("tableValue", o, DictTable.class, int.class, PyFrame.class);
        if (p >= 0) {
            return new Slot(insertArguments(guard("globalsUnchanged", DictTable.class, int.class, PyFrame.class), 0, g,
                    g.layout()), insertArguments(value, 0, g, p), "global", null, 0);
        }
        DictTable b = f.builtins.map;
        p = b.positionOfStr(name);
        if (p < 0) {
            return null; // NameError: the generic path raises it
        }
        return new Slot(insertArguments(guard("builtinsUnchanged", DictTable.class, int.class, DictTable.class,
                int.class, PyFrame.class), 0, g, g.layout(), b, b.layout()), insertArguments(value, 0, b, p), "builtin",
                null, 0);
    }

    private static Slot getItem(Object obj, Object key) {
        Class<?> o = Object.class;
        if (Actions.exactList(obj, key)) {
            return new Slot(guard("exactList", o, o), Actions.find("listItem", o, o, o), "list[int]", null, 0);
        }
        if (Actions.exactTuple(obj, key)) {
            return new Slot(guard("exactTuple", o, o), Actions.find("tupleItem", o, o, o), "tuple[int]", null, 0);
        }
        if (Actions.exactDict(obj, key)) {
            return new Slot(guard("exactDict", o, o), Actions.find("dictItem", o, o, o), "dict[key]", null, 0);
        }
        if (Actions.exactListSlice(obj, key)) {
            return new Slot(guard("exactListSlice", o, o), Actions.find("listSlice", o, o, o), "list[slice]", null, 0);
        }
        if (Actions.exactTupleSlice(obj, key)) {
            return new Slot(guard("exactTupleSlice", o, o), Actions.find("tupleSlice", o, o, o), "tuple[slice]", null,
                    0);
        }
        return null;
    }

    private static Slot setItem(Object obj, Object key) {
        Class<?> o = Object.class;
        if (Actions.exactList(obj, key)) {
            return new Slot(java.lang.invoke.MethodHandles.dropArguments(guard("exactList", o, o), 2, o),
                    Actions.find("setListItem", void.class, o, o, o), "list[int]=", null, 0);
        }
        if (Actions.exactDict(obj, key)) {
            return new Slot(java.lang.invoke.MethodHandles.dropArguments(guard("exactDict", o, o), 2, o),
                    Actions.find("setDictItem", void.class, o, o, o), "dict[key]=", null, 0);
        }
        if (Actions.exactListSlice(obj, key)) {
            return new Slot(java.lang.invoke.MethodHandles.dropArguments(guard("exactListSlice", o, o), 2, o),
                    Actions.find("assignListSlice", void.class, o, o, o), "list[slice]=", null, 0);
        }
        return null;
    }
}
