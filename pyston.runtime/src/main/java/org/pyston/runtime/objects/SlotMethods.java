package org.pyston.runtime.objects;

import java.util.Arrays;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.BiPredicate;
import org.pyston.runtime.objects.Abstract.BinaryOp;
import org.pyston.runtime.objects.Abstract.CompareOp;

/**
 * The special methods of the built-in types as methods in their dicts (CPython's slot wrappers:
 * {@code int.__add__}, {@code list.__eq__}, {@code str.__new__}, ...). The generic operations do
 * not need them for built-in values, which take fast paths; they are what a class derived from a
 * built-in type inherits, what {@code super().__add__(x)} calls and what {@code (1).__add__(2.0)}
 * answers (NotImplemented, as in CPython: each accepts only the operand types its type handles;
 * called directly, the sequences' concatenation and repetition raise instead, as CPython's do).
 * A method of int, float or str called on an instance of a subclass receives the built-in value
 * as self ({@link PyBuiltinFunction#call}); other operands of those types are unwrapped here.
 * Methods the type already has from {@link Methods} are kept.
 */
final class SlotMethods {
    private SlotMethods() {
    }

    private static final BiPredicate<Object, Object> INT_OPERAND = (self, other) -> Abstract.isInt(other);
    private static final BiPredicate<Object, Object> REAL_OPERAND =
        (self, other) -> other instanceof Double || Abstract.isInt(other);

    /** Registers the installers; each runs when its type is first looked into (after {@link Methods}'). */
    static void install() {
        // the built-in types CPython does not let classes derive from
        for (PyType t : new PyType[] {PyRange.TYPE, PySlice.TYPE, PyFunction.TYPE, PyBuiltinFunction.TYPE,
            PyBuiltinFunction.METHOD_DESCRIPTOR, PyBuiltinFunction.WRAPPER_DESCRIPTOR, PyBuiltinFunction.METHOD_WRAPPER,
            PyBoundMethod.TYPE, PyCell.TYPE, PyCode.TYPE, PyGenerator.TYPE, PyTraceback.TYPE, PyMappingProxy.TYPE,
            PyMemberDescriptor.TYPE, PyGetSetDescriptor.TYPE, PyIterator.TYPE, Singletons.NONE.type(),
            Singletons.NOT_IMPLEMENTED.type(), Singletons.ELLIPSIS.type()}) {
            t.isFinal = true;
        }
        PyType.INT.defineLazily(SlotMethods::ints);
        PyType.BOOL.defineLazily(SlotMethods::bools);
        PyType.FLOAT.defineLazily(SlotMethods::floats);
        PyType.STR.defineLazily(SlotMethods::strs);
        PyTuple.TYPE.defineLazily(SlotMethods::tuples);
        PyList.TYPE.defineLazily(SlotMethods::lists);
        PyDict.TYPE.defineLazily(SlotMethods::dicts);
        PySet.TYPE.defineLazily(() -> sets(PySet.TYPE));
        PySet.FROZEN_TYPE.defineLazily(() -> sets(PySet.FROZEN_TYPE));
        PyComplex.TYPE.defineLazily(() -> constructorNew(PyComplex.TYPE));
    }

    private static void ints() {
        PyType t = PyType.INT;
        for (BinaryOp op : new BinaryOp[] {BinaryOp.ADD, BinaryOp.SUB, BinaryOp.MUL, BinaryOp.TRUEDIV,
            BinaryOp.FLOORDIV, BinaryOp.MOD, BinaryOp.DIVMOD, BinaryOp.LSHIFT, BinaryOp.RSHIFT, BinaryOp.AND,
            BinaryOp.OR, BinaryOp.XOR}) {
            binary(t, op, INT_OPERAND);
        }
        power(t, true);
        comparisons(t, INT_OPERAND);
        unary(t, "__neg__", 1);
        unary(t, "__pos__", 2);
        unary(t, "__invert__", 3);
        method(t, "__abs__", 0, self -> Abstract.normalize(Abstract.big(self).abs()));
        method(t, "__bool__", 0, self -> Abstract.isTrue(self));
        method(t, "__repr__", 0, self -> Abstract.repr(self));
        method(t, "__trunc__", 0, self -> Abstract.unaryOp(2, self));
        method(t, "__floor__", 0, self -> Abstract.unaryOp(2, self));
        method(t, "__ceil__", 0, self -> Abstract.unaryOp(2, self));
        method(t, "__getnewargs__", 0, self -> PyTuple.of(Abstract.unaryOp(2, self)));
        constructorNew(t);
    }

    private static void bools() {
        PyType t = PyType.BOOL;
        for (BinaryOp op : new BinaryOp[] {BinaryOp.AND, BinaryOp.OR, BinaryOp.XOR}) {
            binary(t, op, INT_OPERAND); // bool with bool stays a bool, with another int it is an int
        }
        method(t, "__repr__", 0, self -> Abstract.repr(self));
    }

    private static void floats() {
        PyType t = PyType.FLOAT;
        for (BinaryOp op : new BinaryOp[] {BinaryOp.ADD, BinaryOp.SUB, BinaryOp.MUL, BinaryOp.TRUEDIV,
            BinaryOp.FLOORDIV, BinaryOp.MOD, BinaryOp.DIVMOD}) {
            binary(t, op, REAL_OPERAND);
        }
        power(t, false);
        comparisons(t, REAL_OPERAND);
        unary(t, "__neg__", 1);
        unary(t, "__pos__", 2);
        method(t, "__abs__", 0, self -> Math.abs((Double) self));
        method(t, "__bool__", 0, self -> Abstract.isTrue(self));
        method(t, "__repr__", 0, self -> Abstract.repr(self));
        method(t, "__trunc__", 0, self -> Builtins.floatToInt((Double) self));
        method(t, "__getnewargs__", 0, self -> PyTuple.of(self));
        constructorNew(t);
    }

    private static void strs() {
        PyType t = PyType.STR;
        concatenation(t, (self, other) -> other instanceof String);
        repetition(t);
        rule(t, BinaryOp.MOD, (self, other) -> true); // str % anything (the arguments keep their types)
        provide(t, "__mod__", (a, k) -> {
            Object self = self(t, "__mod__", a, k, 1);
            return Formatter.percent((String) self, a[1]);
        });
        provide(t, "__rmod__", (a, k) -> {
            Object self = self(t, "__rmod__", a, k, 1);
            Object other = PyValueInstance.unwrap(a[1]);
            return other instanceof String s ? Formatter.percent(s, self) : Singletons.NOT_IMPLEMENTED;
        });
        comparisons(t, (self, other) -> other instanceof String);
        method(t, "__iter__", 0, self -> Sequences.builtinIter(self));
        method(t, "__hash__", 0, self -> Abstract.hash(self));
        method(t, "__repr__", 0, self -> Abstract.repr(self));
        method(t, "__str__", 0, self -> self);
        method(t, "__getnewargs__", 0, self -> PyTuple.of(self));
        constructorNew(t);
    }

    private static void tuples() {
        PyType t = PyTuple.TYPE;
        concatenation(t, (self, other) -> other instanceof PyTuple);
        repetition(t);
        comparisons(t, (self, other) -> other instanceof PyTuple);
        containerMethods(t);
        method(t, "__hash__", 0, self -> Abstract.hash(self));
        method(t, "__getnewargs__", 0, self -> PyTuple.of(PyTuple.of(((PyTuple) self).items)));
        constructorNew(t);
    }

    private static void lists() {
        PyType t = PyList.TYPE;
        concatenation(t, (self, other) -> other instanceof PyList);
        repetition(t);
        provide(t, "__iadd__", (a, k) -> {
            PyList self = (PyList) self(t, "__iadd__", a, k, 1);
            Sequences.extend(self, a[1]);
            return self;
        });
        provide(t, "__imul__", (a, k) -> {
            PyList self = (PyList) self(t, "__imul__", a, k, 1);
            Sequences.repeatInPlace(self, Abstract.index(a[1]));
            return self;
        });
        comparisons(t, (self, other) -> other instanceof PyList);
        containerMethods(t);
        provide(t, "__delitem__", (a, k) -> {
            Sequences.builtinDelItem(self(t, "__delitem__", a, k, 1), a[1]);
            return Singletons.NONE;
        });
        provide(t, "__hash__", Singletons.NONE);
        constructorNew(t);
    }

    private static void dicts() {
        PyType t = PyDict.TYPE;
        binary(t, BinaryOp.OR, (self, other) -> other instanceof PyDict);
        provide(t, "__ior__", (a, k) -> {
            PyDict self = (PyDict) self(t, "__ior__", a, k, 1);
            Builtins.updateDict(self, a[1]);
            return self;
        });
        comparisons(t, (self, other) -> other instanceof PyDict);
        method(t, "__repr__", 0, self -> Reprs.builtinRepr(self));
        provide(t, "__hash__", Singletons.NONE);
        constructorNew(t);
    }

    private static void sets(PyType t) {
        BiPredicate<Object, Object> sets = (self, other) -> other instanceof PySet;
        for (BinaryOp op : new BinaryOp[] {BinaryOp.AND, BinaryOp.OR, BinaryOp.SUB, BinaryOp.XOR}) {
            binary(t, op, sets);
        }
        comparisons(t, sets);
        containerMethods(t);
        if (t == PySet.TYPE) {
            provide(t, "__hash__", Singletons.NONE);
            provide(t, "__init__", (a, k) -> {
                PySet self = (PySet) self(t, "__init__", a, k, -1);
                Args.positionalOnly("set", a, k, 0, 1, true);
                for (Object x : Sequences.toArray(self)) {
                    self.remove(x);
                }
                if (a.length > 1) {
                    for (Object x : Sequences.toArray(a[1])) {
                        self.add(x);
                    }
                }
                return Singletons.NONE;
            });
        } else {
            method(t, "__hash__", 0, self -> Abstract.hash(self));
        }
        constructorNew(t);
    }

    /** {@code __iter__}, {@code __contains__} and {@code __repr__} of a container type. */
    private static void containerMethods(PyType t) {
        method(t, "__iter__", 0, self -> Sequences.builtinIter(self));
        provide(t, "__contains__", (a, k) -> Sequences.builtinContains(self(t, "__contains__", a, k, 1), a[1]));
        method(t, "__repr__", 0, self -> Reprs.builtinRepr(self));
    }

    /** Which right operands the built-in operations take, by type and operator (see {@link #operate}). */
    private static final Map<PyType, Map<BinaryOp, BiPredicate<Object, Object>>> RULES = new ConcurrentHashMap<>();

    /** What {@link #operate} answers for an operator it has no rule for. */
    static final Object UNDESCRIBED = new Object();

    private static void rule(PyType t, BinaryOp op, BiPredicate<Object, Object> accepts) {
        RULES.computeIfAbsent(t, x -> new ConcurrentHashMap<>()).put(op, accepts);
    }

    /**
     * The built-in operation {@code op} of type {@code owner} on {@code self} and {@code other}
     * (for the reflected method, {@code other op self}): its result, NotImplemented when the type
     * does not take that operand, or {@link #UNDESCRIBED} when the type has no such operation here.
     * The operator dispatch of {@link Abstract} uses it for the inherited built-in methods, which
     * never raise for an operand they do not take (the other operand gets its turn).
     */
    static Object operate(PyType owner, BinaryOp op, Object self, Object other, boolean reflected) {
        BiPredicate<Object, Object> accepts = RULES.getOrDefault(owner, Map.of()).get(op);
        if (accepts == null) {
            return UNDESCRIBED;
        }
        Object x = PyValueInstance.unwrap(self);
        Object y = op == BinaryOp.MOD && x instanceof String && !reflected ? other : PyValueInstance.unwrap(other);
        if (!PyType.of(x).isSubtypeOf(owner) || !accepts.test(x, y)) {
            return Singletons.NOT_IMPLEMENTED;
        }
        if (op == BinaryOp.MUL && !Abstract.isInt(y) && !(y instanceof Double)) {
            y = Abstract.index(y); // a sequence repeated by an object with __index__
        }
        Object r = reflected ? Abstract.nativeBinary(op, y, x) : Abstract.nativeBinary(op, x, y);
        return r == null ? Singletons.NOT_IMPLEMENTED : r;
    }

    /**
     * Whether {@code m} is an operator method of a built-in type whose operations
     * {@link Abstract#nativeBinary} and {@link Abstract#nativeCompare} do (or object's identity
     * comparison): for plain built-in operands they have been tried before the methods are.
     */
    static boolean isNativeOperator(Object m) {
        return m instanceof PyBuiltinFunction f && f.owner != null
                && (f.owner == PyType.OBJECT || RULES.containsKey(f.owner));
    }

    /** {@code seq + seq} (no reflected form): a wrong operand is an error when called directly. */
    private static void concatenation(PyType t, BiPredicate<Object, Object> accepts) {
        rule(t, BinaryOp.ADD, accepts);
        provide(t, "__add__", (a, k) -> {
            Object r = operate(t, BinaryOp.ADD, self(t, "__add__", a, k, 1), a[1], false);
            if (r == Singletons.NOT_IMPLEMENTED) {
                throw Errors.typeError("can only concatenate " + t.name + " (not \"" + Errors.typeName(a[1]) + "\") to "
                        + t.name);
            }
            return r;
        });
    }

    /** {@code seq * n} and {@code n * seq} for ints and objects with {@code __index__}. */
    private static void repetition(PyType t) {
        rule(t, BinaryOp.MUL, (self, other) -> Abstract.isInt(other) || other instanceof PyObject
                && PyType.of(other).lookup("__index__") != null);
        for (boolean reflected : new boolean[] {false, true}) {
            String name = reflected ? "__rmul__" : "__mul__";
            provide(t, name, (a, k) -> {
                Object r = operate(t, BinaryOp.MUL, self(t, name, a, k, 1), a[1], reflected);
                if (r == Singletons.NOT_IMPLEMENTED) {
                    Abstract.index(a[1]); // called directly, a wrong count fails as a conversion to an index
                }
                return r;
            });
        }
    }

    /** {@code op}'s method and its reflected form, for the right operands {@code accepts} takes. */
    private static void binary(PyType t, BinaryOp op, BiPredicate<Object, Object> accepts) {
        rule(t, op, accepts);
        provide(t, op.method, (a, k) -> operate(t, op, self(t, op.method, a, k, 1), a[1], false));
        provide(t, op.reflected, (a, k) -> operate(t, op, self(t, op.reflected, a, k, 1), a[1], true));
    }

    /** {@code __pow__(self, exp, mod=None)} and {@code __rpow__}: a modulus only for ints. */
    private static void power(PyType t, boolean ints) {
        BiPredicate<Object, Object> accepts = ints ? INT_OPERAND : REAL_OPERAND;
        rule(t, BinaryOp.POW, accepts);
        for (boolean reflected : new boolean[] {false, true}) {
            String name = reflected ? "__rpow__" : "__pow__";
            provide(t, name, (a, k) -> {
                Object self = self(t, name, a, k, -2);
                Object other = PyValueInstance.unwrap(a[1]);
                if (!accepts.test(self, other)) {
                    return Singletons.NOT_IMPLEMENTED;
                }
                Object base = reflected ? other : self, exp = reflected ? self : other;
                if (a.length > 2 && a[2] != Singletons.NONE) {
                    Object mod = PyValueInstance.unwrap(a[2]);
                    if (!ints) {
                        throw Errors.typeError("pow() 3rd argument not allowed unless all arguments are integers");
                    }
                    return Abstract.isInt(mod) ? Builtins.modPow(base, exp, mod) : Singletons.NOT_IMPLEMENTED;
                }
                Object r = Abstract.nativeBinary(BinaryOp.POW, base, exp);
                return r == null ? Singletons.NOT_IMPLEMENTED : r;
            });
        }
    }

    /** The six rich comparisons, for the right operands {@code accepts} takes. */
    private static void comparisons(PyType t, BiPredicate<Object, Object> accepts) {
        for (CompareOp op : CompareOp.values()) {
            provide(t, op.method, (a, k) -> {
                Object self = self(t, op.method, a, k, 1);
                Object other = PyValueInstance.unwrap(a[1]);
                Object r = accepts.test(self, other) ? Abstract.nativeCompare(op, self, other) : null;
                return r == null ? Singletons.NOT_IMPLEMENTED : r;
            });
        }
    }

    /** Defines a method unless {@link Methods} gave the type one already (its definitions come first). */
    private static void provide(PyType t, String name, NativeFunction f) {
        if (!t.dict.containsKey(name)) {
            t.defineMethod(name, f);
        }
    }

    private static void provide(PyType t, String name, Object value) {
        if (!t.dict.containsKey(name)) {
            t.define(name, value);
        }
    }

    /** A unary operator method: {@code operator} numbers as {@link Abstract#unaryOp}. */
    private static void unary(PyType t, String name, int operator) {
        method(t, name, 0, self -> Abstract.unaryOp(operator, self));
    }

    private static void method(PyType t, String name, int others, java.util.function.Function<Object, Object> body) {
        provide(t, name, (a, k) -> body.apply(self(t, name, a, k, others)));
    }

    /**
     * Checks a slot method's call (self of type {@code t}, {@code others} more arguments, or at
     * most -others when negative) with CPython's messages, and returns self.
     */
    private static Object self(PyType t, String name, Object[] a, String[] k, int others) {
        if (a.length == 0 || !PyType.of(a[0]).isSubtypeOf(t)) {
            throw Errors.typeError("descriptor '" + name + "' requires a '" + t.name + "' object but received a '"
                    + (a.length == 0 ? "NoneType" : Errors.typeName(a[0])) + "'");
        }
        if (others < 0) {
            return a[0];
        }
        if (k != null && k.length > 0) {
            throw Errors.typeError("wrapper " + name + "() takes no keyword arguments");
        }
        if (a.length - 1 != others) {
            throw Errors.typeError("expected " + others + " argument" + (others == 1 ? "" : "s") + ", got "
                    + (a.length - 1));
        }
        return a[0];
    }

    /**
     * {@code T.__new__(cls, ...)}: the built-in value for T itself, an instance of the subclass
     * cls otherwise (mutable containers start empty and are filled by {@code __init__}).
     */
    static void constructorNew(PyType t) {
        provide(t, "__new__", new PyStaticMethod(new PyBuiltinFunction("__new__", (a, k) -> {
            if (a.length == 0 || !(a[0] instanceof PyType cls)) {
                throw Errors.typeError(t.name + ".__new__(X): X is not a type object ("
                        + (a.length == 0 ? "nothing" : Errors.typeName(a[0])) + ")");
            }
            if (!cls.isSubtypeOf(t)) {
                throw Errors.typeError(t.name + ".__new__(" + cls.name + "): " + cls.name + " is not a subtype of "
                        + t.name);
            }
            Object[] rest = Arrays.copyOfRange(a, 1, a.length);
            boolean mutable = t == PyList.TYPE || t == PyDict.TYPE || t == PySet.TYPE;
            if (cls == t && !mutable) {
                return TypeCalls.constructBuiltin(t, rest, k);
            }
            return TypeCalls.newInstance(cls, rest, k);
        }, false, t)));
    }
}
