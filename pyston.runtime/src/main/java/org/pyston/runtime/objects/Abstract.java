package org.pyston.runtime.objects;

import java.math.BigDecimal;
import java.math.BigInteger;
import java.math.MathContext;
import org.pyston.runtime.text.FloatRepr;
import org.pyston.runtime.text.StrRepr;

/**
 * The generic operations of Python (CPython's "abstract object layer"), written once: every
 * tier's slow path, and later the trace recorder of the inline caches. Fast paths first for the
 * plain Java values ({@code Long}, {@code Double}, {@code String}), then the special methods
 * of the operands' types with CPython's reflected-operand and subclass-priority rules.
 */
public final class Abstract {
    private Abstract() {
    }

    // ------------------------------------------------------------------ operators

    /** Binary operators: symbol, method, reflected method, in-place method. */
    public enum BinaryOp {
        ADD("+", "__add__", "__radd__", "__iadd__"),
        SUB("-", "__sub__", "__rsub__", "__isub__"),
        MUL("*", "__mul__", "__rmul__", "__imul__"),
        MATMUL("@", "__matmul__", "__rmatmul__", "__imatmul__"),
        TRUEDIV("/", "__truediv__", "__rtruediv__", "__itruediv__"),
        FLOORDIV("//", "__floordiv__", "__rfloordiv__", "__ifloordiv__"),
        MOD("%", "__mod__", "__rmod__", "__imod__"),
        POW("**", "__pow__", "__rpow__", "__ipow__"),
        LSHIFT("<<", "__lshift__", "__rlshift__", "__ilshift__"),
        RSHIFT(">>", "__rshift__", "__rrshift__", "__irshift__"),
        AND("&", "__and__", "__rand__", "__iand__"),
        OR("|", "__or__", "__ror__", "__ior__"),
        XOR("^", "__xor__", "__rxor__", "__ixor__"),
        /** divmod() (no operator: only {@link #divmod} uses it). */
        DIVMOD("divmod()", "__divmod__", "__rdivmod__", null);

        public final String symbol, method, reflected, inplace;
        private static final BinaryOp[] VALUES = values();

        BinaryOp(String symbol, String method, String reflected, String inplace) {
            this.symbol = symbol;
            this.method = method;
            this.reflected = reflected;
            this.inplace = inplace;
        }

        public static BinaryOp of(int ordinal) {
            return VALUES[ordinal];
        }
    }

    /** Rich comparisons: symbol, method, swapped method. */
    public enum CompareOp {
        LT("<", "__lt__", "__gt__"), LE("<=", "__le__", "__ge__"), EQ("==", "__eq__", "__eq__"),
        NE("!=", "__ne__", "__ne__"), GT(">", "__gt__", "__lt__"), GE(">=", "__ge__", "__le__");

        public final String symbol, method, swapped;
        private static final CompareOp[] VALUES = values();

        CompareOp(String symbol, String method, String swapped) {
            this.symbol = symbol;
            this.method = method;
            this.swapped = swapped;
        }

        public static CompareOp of(int ordinal) {
            return VALUES[ordinal];
        }

        CompareOp reflected() {
            switch (this) {
                case LT: return GT;
                case LE: return GE;
                case GT: return LT;
                case GE: return LE;
                default: return this;
            }
        }
    }

    public static Object normalize(BigInteger b) {
        return b.bitLength() < 64 ? (Object) b.longValue() : b;
    }

    public static BigInteger big(Object o) {
        if (o instanceof Long l) {
            return BigInteger.valueOf(l);
        }
        if (o instanceof Boolean b) {
            return b ? BigInteger.ONE : BigInteger.ZERO;
        }
        return (BigInteger) o;
    }

    public static boolean isInt(Object o) {
        return o instanceof Long || o instanceof Boolean || o instanceof BigInteger;
    }

    /** A real number as a double: ints, floats, and objects with {@code __float__} (math's argument rule). */
    public static double asDouble(Object o) {
        if (o instanceof Double || o instanceof Long || o instanceof Boolean || o instanceof BigInteger) {
            return toDouble(o);
        }
        Object f = PyType.of(o).lookup("__float__");
        if (f != null) {
            return floatResult(o, call(f, new Object[] {o}, null));
        }
        Object i = PyType.of(o).lookup("__index__");
        if (i != null) {
            return toDouble(index(o));
        }
        throw Errors.typeError("must be real number, not " + Errors.typeName(o));
    }

    /** What {@code o.__float__()} returned, checked as CPython does. */
    static double floatResult(Object o, Object r) {
        Object v = PyValueInstance.unwrap(r);
        if (!(v instanceof Double d)) {
            throw Errors.typeError(Errors.typeName(o) + ".__float__ returned non-float (type " + Errors.typeName(r) + ")");
        }
        if (r != v) {
            PythonWarnings.warn(Errors.DEPRECATION_WARNING, Errors.typeName(o) + ".__float__ returned non-float (type "
                    + Errors.typeName(r) + ").  The ability to return an instance of a strict subclass of float is "
                    + "deprecated, and may be removed in a future version of Python.");
        }
        return d;
    }

    static double toDouble(Object o) {
        if (o instanceof Double d) {
            return d;
        }
        if (o instanceof Long l) {
            return l;
        }
        if (o instanceof Boolean b) {
            return b ? 1 : 0;
        }
        BigInteger b = (BigInteger) o;
        double d = b.doubleValue();
        if (Double.isInfinite(d)) {
            throw Errors.overflow("int too large to convert to float");
        }
        return d;
    }

    public static Object binaryOp(BinaryOp op, Object a, Object b) {
        if (a instanceof Long x && b instanceof Long y) {
            Object r = longOp(op, x, y);
            if (r != null) {
                return r;
            }
        }
        if (!isDerived(a) && !isDerived(b)) {
            Object r = nativeBinary(op, a, b);
            if (r != null) {
                return r;
            }
        }
        return dispatchBinary(op, a, b);
    }

    /**
     * Whether {@code o} is an instance of a class made in Python or of an extension type (a native
     * module's type, as {@code collections.deque}): its special methods are looked up (they may
     * override the built-in ones, or are the type's implementation), it does not take the built-in
     * fast paths.
     */
    static boolean isDerived(Object o) {
        return o instanceof PyObject p && (!p.type().isBuiltin || p.type().extension);
    }

    /** The operation on built-in values as the built-in types do it, or null when they do not support it. */
    static Object nativeBinary(BinaryOp op, Object a, Object b) {
        if (a instanceof Boolean x && b instanceof Boolean y) {
            switch (op) {
                case AND: return x & y;   // bool & bool is a bool
                case OR: return x | y;
                case XOR: return x ^ y;
                default: break;
            }
        }
        if (a instanceof Long x && b instanceof Long y) {
            Object r = longOp(op, x, y);
            if (r != null) {
                return r;
            }
        }
        if (op == BinaryOp.DIVMOD) {
            return (isInt(a) || a instanceof Double) && (isInt(b) || b instanceof Double) ? divmod(a, b) : null;
        }
        if (a instanceof Double || b instanceof Double) {
            if ((a instanceof Double || isInt(a)) && (b instanceof Double || isInt(b))) {
                Object r = floatOp(op, toDouble(a), toDouble(b));
                if (r != null) {
                    return r;
                }
            }
        } else if (isInt(a) && isInt(b)) {
            Object r = bigOp(op, big(a), big(b));
            if (r != null) {
                return r;
            }
        }
        if (a instanceof String s) {
            if (op == BinaryOp.ADD && b instanceof String t) {
                return s.concat(t);
            }
            if (op == BinaryOp.MUL && isInt(b)) {
                return repeat(s, b);
            }
            if (op == BinaryOp.MOD) {
                return Formatter.percent(s, b);
            }
        } else if (b instanceof String t && op == BinaryOp.MUL && isInt(a)) {
            return repeat(t, a);
        }
        if (a instanceof PyComplex || b instanceof PyComplex) {
            Object r = PyComplex.binaryOp(op, a, b);
            if (r != null) {
                return r;
            }
        }
        return Sequences.binaryOp(op, a, b);
    }

    /** {@code divmod(a, b)}: the pair for numbers, else {@code __divmod__}/{@code __rdivmod__}. */
    public static Object divmod(Object a, Object b) {
        if ((isInt(a) || a instanceof Double) && (isInt(b) || b instanceof Double)) {
            return Numbers.divmod(a, b);
        }
        return dispatchBinary(BinaryOp.DIVMOD, a, b);
    }

    public static Object inplaceOp(BinaryOp op, Object a, Object b) {
        try {
            return inplace(op, a, b);
        } catch (PyException e) {
            // CPython names the augmented operator ('+=') in the unsupported-operand message
            if (e.matches(Errors.TYPE_ERROR) && e.exception.args.size() == 1
                    && e.exception.args.get(0) instanceof String m) {
                String binary = "unsupported operand type(s) for " + (op == BinaryOp.POW ? "** or pow():" : op.symbol + ":");
                if (m.startsWith(binary)) {
                    throw Errors.typeError("unsupported operand type(s) for " + op.symbol + "=:"
                            + m.substring(binary.length()));
                }
            }
            throw e;
        }
    }

    private static Object inplace(BinaryOp op, Object a, Object b) {
        if (a instanceof PyByteArray ba && (op == BinaryOp.ADD || op == BinaryOp.MUL)) {
            Object r = call(PyByteArray.TYPE.lookup(op.inplace), new Object[] {a, b}, null);
            if (r != Singletons.NOT_IMPLEMENTED) {
                return r;
            }
        }
        if (a instanceof PySet s && !s.frozen && b instanceof PySet other && s.type() == PySet.TYPE) {
            PySet r = s.inplace(op, other);
            if (r != null) {
                return r;
            }
        }
        if (a instanceof PyDict d && op == BinaryOp.OR && d.type() == PyDict.TYPE) {
            Builtins.updateDict(d, b); // dict |= takes whatever dict.update takes
            return d;
        }
        if (a instanceof PyList l && (l.type() == PyList.TYPE || !(l.type().lookup(op.inplace) instanceof PyFunction))) {
            if (op == BinaryOp.ADD) {
                Sequences.extend(l, b);
                return l;
            }
            if (op == BinaryOp.MUL && isInt(b)) {
                Sequences.repeatInPlace(l, b);
                return l;
            }
        }
        if (a instanceof PyObject && (!(a instanceof PyTuple) || isDerived(a))) {
            Object m = PyType.of(a).lookup(op.inplace);
            if (m != null) {
                Object r = call(m, new Object[] {a, b}, null);
                if (r != Singletons.NOT_IMPLEMENTED) {
                    return r;
                }
            }
        }
        return binaryOp(op, a, b);
    }

    private static String repeat(String s, Object n) {
        long count = index(n);
        if (count <= 0 || s.isEmpty()) {
            return "";
        }
        if ((long) s.length() * count > Integer.MAX_VALUE - 16) {
            throw Errors.of(Errors.MEMORY_ERROR, PyTuple.EMPTY.items);
        }
        return s.repeat((int) count);
    }

    /**
     * The special methods of the operands' types, in CPython's order: the right operand's
     * reflected method first when its type is a subclass of the left's that overrides it, then
     * the left's method, then the right's reflected one; NotImplemented passes on. The operator
     * methods of the built-in types whose operations {@link #nativeBinary} does are skipped when
     * both operands are plain built-in values (those operations have been tried already).
     */
    private static Object dispatchBinary(BinaryOp op, Object a, Object b) {
        PyType ta = PyType.of(a), tb = PyType.of(b);
        boolean nativeTried = !isDerived(a) && !isDerived(b);
        Object ma = ta.lookup(op.method);
        Object mb = ta == tb ? null : tb.lookup(op.reflected);
        if (nativeTried) {
            ma = SlotMethods.isNativeOperator(ma) ? null : ma;
            mb = SlotMethods.isNativeOperator(mb) ? null : mb;
        }
        if (mb != null && tb.isSubtypeOf(ta) && mb != ta.lookup(op.reflected)) {
            Object r = invokeBinary(op, mb, b, a, true);
            if (r != Singletons.NOT_IMPLEMENTED) {
                return r;
            }
            mb = null;
        }
        if (ma != null) {
            Object r = invokeBinary(op, ma, a, b, false);
            if (r != Singletons.NOT_IMPLEMENTED) {
                return r;
            }
        }
        if (mb != null) {
            Object r = invokeBinary(op, mb, b, a, true);
            if (r != Singletons.NOT_IMPLEMENTED) {
                return r;
            }
        }
        if (op == BinaryOp.POW) {
            throw Errors.typeError("unsupported operand type(s) for ** or pow(): '" + ta.name + "' and '" + tb.name + "'");
        }
        Object va = PyValueInstance.unwrap(a), vb = PyValueInstance.unwrap(b);
        if (op == BinaryOp.MUL) {
            boolean seqA = va instanceof PyList || va instanceof PyTuple || va instanceof String || va instanceof PyBytes
                    || va instanceof PyByteArray;
            boolean seqB = vb instanceof PyList || vb instanceof PyTuple || vb instanceof String || vb instanceof PyBytes
                    || vb instanceof PyByteArray;
            if (seqA || seqB) {
                throw Errors.typeError("can't multiply sequence by non-int of type '" + (seqA ? tb : ta).name + "'");
            }
        }
        if (op == BinaryOp.ADD && (va instanceof PyList || va instanceof PyTuple || va instanceof String)) {
            String name = va instanceof PyList ? "list" : va instanceof PyTuple ? "tuple" : "str";
            throw Errors.typeError("can only concatenate " + name + " (not \"" + tb.name + "\") to " + name);
        }
        if (op == BinaryOp.ADD && (a instanceof PyBytes || a instanceof PyByteArray)) {
            throw Errors.typeError("can't concat " + tb.name + " to " + ta.name);
        }
        throw Errors.typeError("unsupported operand type(s) for " + op.symbol + ": '" + ta.name + "' and '"
                + tb.name + "'");
    }

    /** One candidate of the operator dispatch; a built-in type's method works as its operation does. */
    private static Object invokeBinary(BinaryOp op, Object method, Object self, Object other, boolean reflected) {
        if (method instanceof PyBuiltinFunction f && f.owner != null) {
            Object r = SlotMethods.operate(f.owner, op, self, other, reflected);
            if (r != SlotMethods.UNDESCRIBED) {
                return r;
            }
        }
        return callBinary(method, self, other);
    }

    private static Object callBinary(Object method, Object self, Object other) {
        if (method instanceof PyFunction f) {
            return f.call(new Object[] {self, other}, null);
        }
        if (method instanceof PyBuiltinFunction) {
            return call(method, new Object[] {self, other}, null);
        }
        // as CPython's lookup_maybe_method: another descriptor is bound first (a staticmethod, a property)
        return call(Attributes.bind(method, self, PyType.of(self)), new Object[] {other}, null);
    }

    /** A comparison method: as slot_tp_richcompare, one whose binding fails is NotImplemented. */
    private static Object callComparison(Object method, Object self, Object other) {
        if (method instanceof PyFunction || method instanceof PyBuiltinFunction) {
            return callBinary(method, self, other);
        }
        Object bound;
        try {
            bound = Attributes.bind(method, self, PyType.of(self));
        } catch (PyException e) {
            return Singletons.NOT_IMPLEMENTED;
        }
        return call(bound, new Object[] {other}, null);
    }

    private static int codePointOrder(char c) {
        if (c < 0xD800) {
            return c;
        }
        return c <= 0xDFFF ? c + 0x2000 : c - 0x800;
    }

    private static Object longOp(BinaryOp op, long x, long y) {
        switch (op) {
            case ADD: {
                long r = x + y;
                if (((x ^ r) & (y ^ r)) < 0) {
                    return BigInteger.valueOf(x).add(BigInteger.valueOf(y));
                }
                return r;
            }
            case SUB: {
                long r = x - y;
                if (((x ^ y) & (x ^ r)) < 0) {
                    return BigInteger.valueOf(x).subtract(BigInteger.valueOf(y));
                }
                return r;
            }
            case MUL: {
                long hi = Math.multiplyHigh(x, y);
                long lo = x * y;
                if ((hi == 0 && lo >= 0) || (hi == -1 && lo < 0)) {
                    return lo;
                }
                return BigInteger.valueOf(x).multiply(BigInteger.valueOf(y));
            }
            case TRUEDIV:
                if (y == 0) {
                    throw Errors.zeroDivision("division by zero");
                }
                if (Math.abs(x) < (1L << 53) && Math.abs(y) < (1L << 53)) {
                    return (double) x / (double) y;
                }
                return trueDivide(BigInteger.valueOf(x), BigInteger.valueOf(y));
            case FLOORDIV:
                if (y == 0) {
                    throw Errors.zeroDivision("integer division or modulo by zero");
                }
                if (x == Long.MIN_VALUE && y == -1) {
                    return BigInteger.valueOf(x).negate();
                }
                return Math.floorDiv(x, y);
            case MOD:
                if (y == 0) {
                    throw Errors.zeroDivision("integer modulo by zero");
                }
                return Math.floorMod(x, y);
            case POW:
                if (y < 0) {
                    if (x == 0) {
                        throw Errors.zeroDivision("0.0 cannot be raised to a negative power");
                    }
                    return Numbers.floatPow(x, y);
                }
                return Numbers.intPow(x, y);
            case LSHIFT:
                if (y < 0) {
                    throw Errors.valueError("negative shift count");
                }
                if (y < 63 && x == ((x << y) >> y)) {
                    return x << y;
                }
                return Numbers.shiftLeft(BigInteger.valueOf(x), BigInteger.valueOf(y));
            case RSHIFT:
                if (y < 0) {
                    throw Errors.valueError("negative shift count");
                }
                return x >> Math.min(y, 63);
            case AND:
                return x & y;
            case OR:
                return x | y;
            case XOR:
                return x ^ y;
            default:
                return null;
        }
    }

    private static Object trueDivide(BigInteger a, BigInteger b) {
        if (b.signum() == 0) {
            throw Errors.zeroDivision("division by zero");
        }
        double r = new BigDecimal(a).divide(new BigDecimal(b), MathContext.DECIMAL128).doubleValue();
        if (Double.isInfinite(r)) {
            throw Errors.overflow("integer division result too large for a float");
        }
        return r;
    }

    private static Object bigOp(BinaryOp op, BigInteger x, BigInteger y) {
        switch (op) {
            case ADD:
                return normalize(x.add(y));
            case SUB:
                return normalize(x.subtract(y));
            case MUL:
                return normalize(x.multiply(y));
            case TRUEDIV:
                return trueDivide(x, y);
            case FLOORDIV: {
                if (y.signum() == 0) {
                    throw Errors.zeroDivision("integer division or modulo by zero");
                }
                BigInteger[] qr = x.divideAndRemainder(y);
                BigInteger q = qr[0];
                if (qr[1].signum() != 0 && qr[1].signum() != y.signum()) {
                    q = q.subtract(BigInteger.ONE);
                }
                return normalize(q);
            }
            case MOD: {
                if (y.signum() == 0) {
                    throw Errors.zeroDivision("integer modulo by zero");
                }
                BigInteger m = x.mod(y.abs());
                if (y.signum() < 0 && m.signum() != 0) {
                    m = m.add(y);
                }
                return normalize(m);
            }
            case POW:
                if (y.signum() < 0) {
                    return Numbers.floatPow(toDouble(x), toDouble(y));
                }
                return Numbers.bigPow(x, y);
            case LSHIFT:
                if (y.signum() < 0) {
                    throw Errors.valueError("negative shift count");
                }
                return Numbers.shiftLeft(x, y);
            case RSHIFT:
                if (y.signum() < 0) {
                    throw Errors.valueError("negative shift count");
                }
                return normalize(y.bitLength() > 31 ? (x.signum() < 0 ? BigInteger.ONE.negate() : BigInteger.ZERO)
                        : x.shiftRight(y.intValue()));
            case AND:
                return normalize(x.and(y));
            case OR:
                return normalize(x.or(y));
            case XOR:
                return normalize(x.xor(y));
            default:
                return null;
        }
    }

    private static Object floatOp(BinaryOp op, double x, double y) {
        switch (op) {
            case ADD:
                return x + y;
            case SUB:
                return x - y;
            case MUL:
                return x * y;
            case TRUEDIV:
                if (y == 0) {
                    throw Errors.zeroDivision("float division by zero");
                }
                return x / y;
            case FLOORDIV:
                if (y == 0) {
                    throw Errors.zeroDivision("float floor division by zero");
                }
                return Math.floor(x / y) == x / y ? floorDivFloat(x, y) : floorDivFloat(x, y);
            case MOD:
                if (y == 0) {
                    throw Errors.zeroDivision("float modulo");
                }
                return floatMod(x, y);
            case POW:
                return Numbers.floatPow(x, y);
            default:
                return null;
        }
    }

    static double floatMod(double x, double y) {
        double m = x % y;
        if (m != 0) {
            if ((y < 0) != (m < 0)) {
                m += y;
            }
        } else {
            m = Math.copySign(0.0, y);
        }
        return m;
    }

    static double floorDivFloat(double x, double y) {
        double mod = x % y;
        double div = (x - mod) / y;
        if (mod != 0 && ((y < 0) != (mod < 0))) {
            div -= 1.0;
        }
        double floordiv;
        if (div != 0) {
            floordiv = Math.floor(div);
            if (div - floordiv > 0.5) {
                floordiv += 1.0;
            }
        } else {
            floordiv = Math.copySign(0.0, x / y);
        }
        return floordiv;
    }

    public static Object unaryOp(int op, Object a) {
        switch (op) {
            case 0:
                return !isTrue(a);
            case 1:
                if (a instanceof Long l) {
                    return l == Long.MIN_VALUE ? BigInteger.valueOf(l).negate() : (Object) (-l);
                }
                if (a instanceof Double d) {
                    return -d;
                }
                if (a instanceof Boolean b) {
                    return b ? -1L : 0L;
                }
                if (a instanceof BigInteger b) {
                    return normalize(b.negate());
                }
                return unaryDunder(a, "__neg__", "-");
            case 2:
                if (a instanceof Long || a instanceof Double || a instanceof BigInteger) {
                    return a;
                }
                if (a instanceof Boolean b) {
                    return b ? 1L : 0L;
                }
                return unaryDunder(a, "__pos__", "+");
            default:
                if (a instanceof Long l) {
                    return ~l;
                }
                if (a instanceof Boolean b) {
                    return b ? -2L : -1L;
                }
                if (a instanceof BigInteger b) {
                    return normalize(b.not());
                }
                return unaryDunder(a, "__invert__", "~");
        }
    }

    private static Object unaryDunder(Object a, String method, String symbol) {
        Object m = PyType.of(a).lookup(method);
        if (m == null) {
            throw Errors.typeError("bad operand type for unary " + symbol + ": '" + Errors.typeName(a) + "'");
        }
        return call(m, new Object[] {a}, null);
    }

    // ------------------------------------------------------------------ comparisons

    public static Object compare(CompareOp op, Object a, Object b) {
        if (a instanceof Long x && b instanceof Long y) {
            long c = Long.compare(x, y);
            return cmpResult(op, c);
        }
        if (!isDerived(a) && !isDerived(b)) {
            Object r = nativeCompare(op, a, b);
            if (r != null) {
                return r;
            }
        }
        return dispatchCompare(op, a, b);
    }

    /** A comparison of built-in values as the built-in types do it, or null when they do not support it. */
    static Object nativeCompare(CompareOp op, Object a, Object b) {
        if (a instanceof Long x && b instanceof Long y) {
            return cmpResult(op, Long.compare(x, y));
        }
        if ((a instanceof Double || isInt(a)) && (b instanceof Double || isInt(b))) {
            int c = numericCompare(a, b);
            return c == UNORDERED ? op == CompareOp.NE : cmpResult(op, c);
        }
        if (a instanceof String s && b instanceof String t) {
            return cmpResult(op, org.pyston.runtime.text.CodePoints.compare(s, t));
        }
        if (a instanceof PyComplex || b instanceof PyComplex) {
            Object r = PyComplex.compare(op, a, b);
            if (r != null) {
                return r;
            }
        }
        return Sequences.compare(op, a, b);
    }

    /**
     * Rich comparison through the special methods, in CPython's order: the right operand's
     * swapped method first when its type is a proper subclass of the left's, then the left's,
     * then the right's; NotImplemented passes on; == and != fall back on identity.
     */
    private static Object dispatchCompare(CompareOp op, Object a, Object b) {
        PyType ta = PyType.of(a), tb = PyType.of(b);
        boolean nativeTried = !isDerived(a) && !isDerived(b);
        boolean reflectedFirst = ta != tb && tb.isSubtypeOf(ta);
        if (reflectedFirst) {
            Object m = tb.lookup(op.swapped);
            if (m != null && !(nativeTried && SlotMethods.isNativeOperator(m))) {
                Object v = callComparison(m, b, a);
                if (v != Singletons.NOT_IMPLEMENTED) {
                    return v;
                }
            }
        }
        Object m = ta.lookup(op.method);
        if (m != null && !(nativeTried && SlotMethods.isNativeOperator(m))) {
            Object v = callComparison(m, a, b);
            if (v != Singletons.NOT_IMPLEMENTED) {
                return v;
            }
        }
        if (!reflectedFirst) {
            Object mb = tb.lookup(op.swapped);
            if (mb != null && !(nativeTried && SlotMethods.isNativeOperator(mb))) {
                Object v = callComparison(mb, b, a);
                if (v != Singletons.NOT_IMPLEMENTED) {
                    return v;
                }
            }
        }
        if (op == CompareOp.EQ) {
            return a == b || nativeTried && a.equals(b);
        }
        if (op == CompareOp.NE) {
            return !(a == b || nativeTried && a.equals(b));
        }
        throw Errors.typeError("'" + op.symbol + "' not supported between instances of '" + ta.name + "' and '"
                + tb.name + "'");
    }

    private static Boolean cmpResult(CompareOp op, long c) {
        switch (op) {
            case LT: return c < 0;
            case LE: return c <= 0;
            case EQ: return c == 0;
            case NE: return c != 0;
            case GT: return c > 0;
            default: return c >= 0;
        }
    }

    /** Marks an unordered pair of real numbers (a NaN): every comparison but != is false. */
    static final int UNORDERED = 2;

    /** -1, 0 or 1 comparing two real numbers (int, bool, float) exactly, or {@link #UNORDERED}. */
    static int numericCompare(Object a, Object b) {
        if (a instanceof Double x) {
            if (b instanceof Double y) {
                return x < y ? -1 : x > y ? 1 : x.doubleValue() == y.doubleValue() ? 0 : UNORDERED;
            }
            int c = compareIntDouble(b, x);
            return c == UNORDERED ? c : -c;
        }
        if (b instanceof Double y) {
            return compareIntDouble(a, y);
        }
        return big(a).compareTo(big(b));
    }

    /** An int against a float by their exact values: a conversion to double could round the int. */
    private static int compareIntDouble(Object i, double d) {
        if (Double.isNaN(d)) {
            return UNORDERED;
        }
        if (Double.isInfinite(d)) {
            return d > 0 ? -1 : 1;
        }
        if (!(i instanceof BigInteger)) {
            long l = i instanceof Long x ? x : ((Boolean) i ? 1 : 0);
            if (Math.abs(l) <= (1L << 53)) {
                double x = l;
                return x < d ? -1 : x > d ? 1 : 0; // exact: both sides are doubles without rounding
            }
        }
        return new BigDecimal(big(i)).compareTo(new BigDecimal(d));
    }

    /** {@code a == b} as a Java boolean. */
    public static boolean eq(Object a, Object b) {
        if (a == b) {
            return !(a instanceof Double d && d.isNaN());
        }
        if (a instanceof String s && b instanceof String t) {
            return s.equals(t);
        }
        if (a instanceof Long x && b instanceof Long y) {
            return x.longValue() == y.longValue();
        }
        return isTrue(compare(CompareOp.EQ, a, b));
    }

    public static boolean isTrue(Object o) {
        if (o instanceof Boolean b) {
            return b;
        }
        if (o == Singletons.NONE) {
            return false;
        }
        if (o instanceof Long l) {
            return l != 0;
        }
        if (o instanceof String s) {
            return !s.isEmpty();
        }
        if (o instanceof Double d) {
            return d != 0;
        }
        if (o instanceof BigInteger) {
            return true;
        }
        if (o == Singletons.NOT_IMPLEMENTED) {
            PythonWarnings.warn(Errors.DEPRECATION_WARNING, "NotImplemented should not be used in a boolean context");
            return true;
        }
        if (o instanceof PyList l && l.type() == PyList.TYPE) {
            return l.size != 0;
        }
        if (o instanceof PyTuple t && t.type() == PyTuple.TYPE) {
            return t.items.length != 0;
        }
        if (o instanceof PyDict d && d.type() == PyDict.TYPE) {
            return d.size() != 0;
        }
        if (o instanceof PySet s && s.type().isBuiltin) {
            return s.size() != 0;
        }
        if (o instanceof PyInstance || o instanceof PyBaseException || isDerived(o)) {
            PyType t = PyType.of(o);
            Object m = t.lookup("__bool__");
            if (m != null) {
                Object r = call(m, new Object[] {o}, null);
                if (!(r instanceof Boolean)) {
                    throw Errors.typeError("__bool__ should return bool, returned " + Errors.typeName(r));
                }
                return (Boolean) r;
            }
            m = t.lookup("__len__");
            if (m != null) {
                return Sequences.lengthResult(call(m, new Object[] {o}, null)) != 0;
            }
            return true;
        }
        if (o instanceof PyRange r) {
            return !r.isEmpty();
        }
        if (o instanceof PyBytes b) {
            return b.bytes.length != 0;
        }
        if (o instanceof PyByteArray b) {
            return b.size != 0;
        }
        if (o instanceof PyMemoryView m) {
            return m.length() != 0;
        }
        if (o instanceof PyComplex c) {
            return !c.isZero();
        }
        return true;
    }

    // ------------------------------------------------------------------ repr, str, hash

    public static String repr(Object o) {
        if (o instanceof String s) {
            return StrRepr.repr(s);
        }
        if (o instanceof Long) {
            return o.toString();
        }
        if (o instanceof BigInteger b) {
            return Numbers.toDecimal(b);
        }
        if (o instanceof Boolean b) {
            return b ? "True" : "False";
        }
        if (o instanceof Double d) {
            return FloatRepr.repr(d);
        }
        if (o instanceof Singletons.Singleton || o instanceof PyComplex) {
            return o.toString();
        }
        Object r = customRepr(o);
        return r != null ? (String) PyValueInstance.unwrap(r) : Reprs.builtinRepr(o); // a str subclass is a str
    }

    /**
     * CPython's PyObject_Repr as {@code repr()} returns it: the result of a class's own
     * {@code __repr__} as it is, so an instance of a str subclass stays one.
     */
    public static Object reprObject(Object o) {
        Object r = o instanceof PyObject ? customRepr(o) : null;
        return r != null ? r : repr(o);
    }

    /** The result of {@code o}'s own {@code __repr__} (checked to be a str), or null when the built-in one applies. */
    private static Object customRepr(Object o) {
        PyType t = PyType.of(o);
        if (!t.isBuiltin || o instanceof PyBaseException || t.extension) {
            Object m = t.lookup("__repr__");
            if (m != null && !(PyBuiltinFunction.isCoreMethod(m) && t.isBuiltin)) {
                Object r = call(m, new Object[] {o}, null);
                if (!(PyValueInstance.unwrap(r) instanceof String)) {
                    throw Errors.typeError("__repr__ returned non-string (type " + Errors.typeName(r) + ")");
                }
                return r;
            }
        }
        return null;
    }

    public static String str(Object o) {
        if (o instanceof String s) {
            return s;
        }
        if (o instanceof Long) {
            return o.toString();
        }
        if (o instanceof BigInteger b) {
            return Numbers.toDecimal(b);
        }
        if (o instanceof Double d) {
            return FloatRepr.repr(d);
        }
        Object r = customStr(o);
        if (r != null) {
            return (String) PyValueInstance.unwrap(r); // a str subclass is a str
        }
        if (o instanceof PyBaseException e) {
            return e.message();
        }
        return repr(o);
    }

    /**
     * CPython's PyObject_Str as {@code str(x)} returns it: the result of a class's own
     * {@code __str__} as it is (an instance of a str subclass stays one), else {@link #str}.
     */
    public static Object strObject(Object o) {
        if (o instanceof String || o instanceof Long || o instanceof BigInteger || o instanceof Double) {
            return str(o);
        }
        Object r = customStr(o);
        if (r != null) {
            return r;
        }
        return o instanceof PyBaseException ? str(o) : reprObject(o); // object.__str__ is repr's result
    }

    /** The result of {@code o}'s own {@code __str__} (checked to be a str), or null when the built-in one applies. */
    private static Object customStr(Object o) {
        PyType t = PyType.of(o);
        Object m = t.lookup("__str__");
        if (m != null && !(PyBuiltinFunction.isCoreMethod(m) && t.isBuiltin) && m != PyType.OBJECT.lookup("__str__")) {
            Object r = call(m, new Object[] {o}, null);
            if (!(PyValueInstance.unwrap(r) instanceof String)) {
                throw Errors.typeError("__str__ returned non-string (type " + Errors.typeName(r) + ")");
            }
            return r;
        }
        return null;
    }

    public static long hash(Object o) {
        if (o instanceof Long l) {
            return hashLong(l);
        }
        if (o instanceof String s) {
            return s.hashCode();
        }
        if (o instanceof Boolean b) {
            return b ? 1 : 0;
        }
        if (o instanceof Double d) {
            return hashDouble(d, o);
        }
        if (o instanceof BigInteger b) {
            long h = b.abs().mod(BigInteger.valueOf(HASH_MODULUS)).longValue();
            h = b.signum() < 0 ? -h : h;
            return h == -1 ? -2 : h;
        }
        if (isDerived(o)) {
            Object m = PyType.of(o).lookup("__hash__");
            if (m == Singletons.NONE) {
                throw Errors.typeError("unhashable type: '" + Errors.typeName(o) + "'");
            }
            if (m != null && !PyBuiltinFunction.isCoreMethod(m)) {
                return hashResult(call(m, new Object[] {o}, null));
            }
            if (o instanceof PyValueInstance v) {
                // the built-in base's hash; a NaN's is its object's identity, as object.__hash__
                return v.value instanceof Double d ? hashDouble(d, o) : hash(v.value);
            }
        }
        if (o instanceof PyTuple t) {
            return tupleHash(t);
        }
        if (o instanceof PyList || o instanceof PyDict || o instanceof PyByteArray || o instanceof PySet && !((PySet) o).frozen
                || o instanceof PySlice || o instanceof PyCell) {
            throw Errors.typeError("unhashable type: '" + Errors.typeName(o) + "'");
        }
        if (o instanceof PyBytes b) {
            return b.pythonHash();
        }
        if (o instanceof PyMemoryView m) {
            return m.hash();
        }
        if (o instanceof PyComplex c) {
            return c.hash();
        }
        if (o instanceof PyRange r) {
            return r.hash();
        }
        if (o instanceof PyBoundMethod m) {
            // CPython's method_hash: the identity of self with the function's hash
            long h = System.identityHashCode(m.self) ^ hash(m.function);
            return h == -1 ? -2 : h;
        }
        if (o instanceof PySet s) {
            return s.frozenHash();
        }
        return System.identityHashCode(o);
    }

    /** What a {@code __hash__} returned, as CPython takes it: an int, reduced like int's hash when large. */
    private static long hashResult(Object r) {
        Object v = PyValueInstance.unwrap(r);
        if (!(v instanceof Long || v instanceof BigInteger || v instanceof Boolean)) {
            throw Errors.typeError("__hash__ method should return an integer");
        }
        long h = v instanceof BigInteger b ? hash(b) : index(v);
        return h == -1 ? -2 : h;
    }

    /** CPython 3.11's tuple hash (xxHash-style lanes), so hash() values match. */
    private static long tupleHash(PyTuple t) {
        long acc = XXPRIME_5;
        for (Object x : t.items) {
            long lane = hash(x);
            acc += lane * XXPRIME_2;
            acc = Long.rotateLeft(acc, 31);
            acc *= XXPRIME_1;
        }
        acc += t.items.length ^ (XXPRIME_5 ^ 3527539L);
        return acc == -1 ? 1546275796L : acc;
    }

    private static final long XXPRIME_1 = 0x9E3779B185EBCA87L;
    private static final long XXPRIME_2 = 0xC2B2AE3D27D4EB4FL;
    private static final long XXPRIME_5 = 0x27D4EB2F165667C5L;
    private static final long HASH_MODULUS = (1L << 61) - 1;
    private static final int HASH_BITS = 61;

    /** CPython's hash of a float: the value modulo 2**61 - 1, so equal ints and floats hash alike. */
    static long hashDouble(double v, Object identity) {
        if (Double.isNaN(v)) {
            return System.identityHashCode(identity);
        }
        if (Double.isInfinite(v)) {
            return v > 0 ? 314159 : -314159;
        }
        int e = Math.getExponent(v);
        double m;
        if (v == 0) {
            return 0;
        }
        // frexp: v = m * 2**e with 0.5 <= |m| < 1
        e = e + 1;
        m = Math.scalb(Math.abs(v), -e); // not |v| / 2**e: 2**1024 overflows to infinity for the largest floats
        if (m >= 1.0) {
            m /= 2;
            e++;
        } else if (m < 0.5) {
            while (m < 0.5) {
                m *= 2;
                e--;
            }
        }
        int sign = v < 0 ? -1 : 1;
        long x = 0;
        while (m != 0) {
            x = ((x << 28) & HASH_MODULUS) | x >>> (HASH_BITS - 28);
            m *= 268435456.0;
            e -= 28;
            long y = (long) m;
            m -= y;
            x += y;
            if (Long.compareUnsigned(x, HASH_MODULUS) >= 0) {
                x -= HASH_MODULUS;
            }
        }
        e = e >= 0 ? e % HASH_BITS : HASH_BITS - 1 - ((-1 - e) % HASH_BITS);
        x = ((x << e) & HASH_MODULUS) | x >>> (HASH_BITS - e);
        x = x * sign;
        return x == -1 ? -2 : x;
    }

    private static long hashLong(long l) {
        long m = (1L << 61) - 1;
        long h = l % m; // Java's remainder has the dividend's sign: -(|l| mod m), as CPython (even for Long.MIN_VALUE)
        return h == -1 ? -2 : h;
    }

    // ------------------------------------------------------------------ numbers

    /** {@code operator.index(o)} as a long; OverflowError beyond. */
    public static long index(Object o) {
        if (o instanceof Long l) {
            return l;
        }
        if (o instanceof Boolean b) {
            return b ? 1 : 0;
        }
        if (o instanceof BigInteger b) {
            throw Errors.overflow("cannot fit 'int' into an index-sized integer");
        }
        Object m = o instanceof PyObject ? PyType.of(o).lookup("__index__") : null;
        if (m != null) {
            Object r = PyValueInstance.unwrap(call(m, new Object[] {o}, null));
            if (!isInt(r)) {
                throw Errors.typeError("__index__ returned non-int (type " + Errors.typeName(r) + ")");
            }
            return index(r);
        }
        throw Errors.typeError("'" + Errors.typeName(o) + "' object cannot be interpreted as an integer");
    }

    /** {@code operator.index(o)}: the int (Long or BigInteger) of an int or of an object with {@code __index__}. */
    public static Object indexValue(Object o) {
        if (o instanceof Long || o instanceof BigInteger) {
            return o;
        }
        if (o instanceof Boolean b) {
            return b ? 1L : 0L;
        }
        Object m = o instanceof PyObject ? PyType.of(o).lookup("__index__") : null;
        if (m == null) {
            throw Errors.typeError("'" + Errors.typeName(o) + "' object cannot be interpreted as an integer");
        }
        return exactIntResult(call(m, new Object[] {o}, null), "__index__");
    }

    /**
     * What {@code __index__} or {@code __int__} returned, as an int: a strict subclass of int (bool
     * included) is accepted with CPython 3.11's DeprecationWarning, anything else is a TypeError.
     */
    public static Object exactIntResult(Object r, String method) {
        if (r instanceof Long || r instanceof BigInteger) {
            return r;
        }
        Object v = PyValueInstance.unwrap(r);
        if (v instanceof Long || v instanceof BigInteger || v instanceof Boolean) {
            PythonWarnings.warn(Errors.DEPRECATION_WARNING, method + " returned non-int (type " + Errors.typeName(r)
                    + ").  The ability to return an instance of a strict subclass of int is deprecated, and may be "
                    + "removed in a future version of Python.");
            return v instanceof Boolean b ? (Object) (b ? 1L : 0L) : v;
        }
        throw Errors.typeError(method + " returned non-int (type " + Errors.typeName(r) + ")");
    }

    /** Sequence index with negative wrap-around; IndexError with CPython's message. */
    public static int seqIndex(Object key, int length, String what) {
        if (!(key instanceof Long || key instanceof Boolean || key instanceof BigInteger
                || key instanceof PyObject && PyType.of(key).lookup("__index__") != null)) {
            if (what.equals("string")) { // str's message has its own wording in CPython 3.11
                throw Errors.typeError("string indices must be integers, not '" + Errors.typeName(key) + "'");
            }
            // the type error names the sequence alone ("list assignment index out of range" but "list indices ...")
            String kind = what.endsWith(" assignment") ? what.substring(0, what.length() - 11) : what;
            throw Errors.typeError(kind + " indices must be integers or slices, not " + Errors.typeName(key));
        }
        long i;
        try {
            i = index(key);
        } catch (PyException e) {
            if (!e.matches(Errors.OVERFLOW_ERROR)) {
                throw e;
            }
            throw Errors.indexError("cannot fit 'int' into an index-sized integer");
        }
        if (i < 0) {
            i += length;
        }
        if (i < 0 || i >= length) {
            throw Errors.indexError(what + " index out of range");
        }
        return (int) i;
    }

    // ------------------------------------------------------------------ attributes

    public static Object getAttr(Object obj, String name) {
        Object v = Attributes.get(obj, name);
        if (v == null) {
            throw Attributes.missing(obj, name);
        }
        return v;
    }

    public static void setAttr(Object obj, String name, Object value) {
        Attributes.set(obj, name, value);
    }

    /** object.__getattribute__: descriptors, instance dict, class (no __getattr__, no custom access); null when missing. */
    public static Object genericGetAttr(Object obj, String name) {
        return Attributes.genericGet(obj, PyType.of(obj), name);
    }

    // ------------------------------------------------------------------ calls

    public static Object call(Object callable, Object[] args, String[] kwnames) {
        if (callable instanceof PyFunction f) {
            return f.call(args, kwnames);
        }
        if (callable instanceof PyBuiltinFunction b) {
            return b.call(args, kwnames);
        }
        if (callable instanceof PyBoundMethod m) {
            Object[] full = new Object[args.length + 1];
            full[0] = m.self;
            System.arraycopy(args, 0, full, 1, args.length);
            return call(m.function, full, kwnames);
        }
        if (callable instanceof PyType t) {
            return TypeCalls.construct(t, args, kwnames);
        }
        Object m = PyType.of(callable).lookup("__call__");
        if (m != null && !(callable instanceof Long || callable instanceof String)) {
            Object[] full = new Object[args.length + 1];
            full[0] = callable;
            System.arraycopy(args, 0, full, 1, args.length);
            if (m instanceof PyFunction || m instanceof PyBuiltinFunction b && b.isMethod) {
                return call(m, full, kwnames);
            }
            return callThroughCallObjects(callable, m, args, kwnames);
        }
        throw Errors.typeError("'" + Errors.typeName(callable) + "' object is not callable");
    }

    /**
     * Calls {@code callable} whose class's {@code __call__} is some other object {@code m}: bound
     * as a descriptor binds it (a non-descriptor is called as it is, without the instance), then
     * called, which may again go through a {@code __call__} of that kind. Done as a loop, with
     * CPython's RecursionError when the chain is longer than the recursion limit
     * ({@code A.__call__ = A()}) instead of overflowing Java's stack.
     */
    private static Object callThroughCallObjects(Object callable, Object m, Object[] args, String[] kwnames) {
        Gil gil = Gil.current();
        int limit = gil == null ? 1000 : gil.ctx.recursionLimit;
        for (int hops = 0; hops <= limit; hops++) {
            Object target = Attributes.bind(m, callable, PyType.of(callable));
            if (target instanceof PyFunction || target instanceof PyBuiltinFunction || target instanceof PyBoundMethod
                    || target instanceof PyType) {
                return call(target, args, kwnames);
            }
            m = PyType.of(target).lookup("__call__");
            if (m == null || target instanceof Long || target instanceof String) {
                throw Errors.typeError("'" + Errors.typeName(target) + "' object is not callable");
            }
            if (m instanceof PyFunction || m instanceof PyBuiltinFunction b && b.isMethod) {
                Object[] full = new Object[args.length + 1];
                full[0] = target;
                System.arraycopy(args, 0, full, 1, args.length);
                return call(m, full, kwnames);
            }
            callable = target;
        }
        throw Errors.of(Errors.RECURSION_ERROR, "maximum recursion depth exceeded while calling a Python object");
    }

    // ------------------------------------------------------------------ items

    public static Object getItem(Object obj, Object key) {
        return Sequences.getItem(obj, key);
    }

    public static void setItem(Object obj, Object key, Object value) {
        Sequences.setItem(obj, key, value);
    }

    public static void delItem(Object obj, Object key) {
        Sequences.delItem(obj, key);
    }

    // ------------------------------------------------------------------ iteration

    public static PyIterator iter(Object o) {
        return Sequences.iter(o);
    }

    /** The next value of any iterator object, or null when exhausted. */
    public static Object next(Object it) {
        if (it instanceof PyIterator i) {
            return i.next();
        }
        Object m = PyType.of(it).lookup("__next__");
        if (m == null) {
            throw Errors.typeError("'" + Errors.typeName(it) + "' object is not an iterator");
        }
        try {
            return call(m, new Object[] {it}, null);
        } catch (PyException e) {
            if (e.matches(Errors.STOP_ITERATION)) {
                return null;
            }
            throw e;
        }
    }

    /** The items of any iterable, in a Java list. */
    public static java.util.List<Object> iterToList(Object iterable) {
        return java.util.Arrays.asList(Sequences.toArray(iterable));
    }

    public static long len(Object o) {
        return Sequences.len(o);
    }

    public static boolean contains(Object container, Object item) {
        return Sequences.contains(container, item);
    }

    static boolean sequenceEquals(Object[] a, int n, Object[] b, int m) {
        if (n != m) {
            return false;
        }
        for (int i = 0; i < n; i++) {
            if (a[i] != b[i] && !eq(a[i], b[i])) {
                return false;
            }
        }
        return true;
    }
}
