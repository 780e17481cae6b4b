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
        XOR("^", "__xor__", "__rxor__", "__ixor__");

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

    static BigInteger big(Object o) {
        if (o instanceof Long l) {
            return BigInteger.valueOf(l);
        }
        if (o instanceof Boolean b) {
            return b ? BigInteger.ONE : BigInteger.ZERO;
        }
        return (BigInteger) o;
    }

    static boolean isInt(Object o) {
        return o instanceof Long || o instanceof Boolean || o instanceof BigInteger;
    }

    /** A real number as a double: ints, floats, and objects with {@code __float__} (math's argument rule). */
    public static double asDouble(Object o) {
        if (o instanceof Double || o instanceof Long || o instanceof Boolean || o instanceof BigInteger) {
            return toDouble(o);
        }
        Object f = PyType.of(o).lookup("__float__");
        if (f != null) {
            Object r = call(f, new Object[] {o}, null);
            if (r instanceof Double d) {
                return d;
            }
        }
        throw Errors.typeError("must be real number, not " + Errors.typeName(o));
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
            if (op == BinaryOp.MOD && !(PyType.of(b).lookup("__rmod__") != null && !(b instanceof String)
                    && PyType.of(b).isSubtypeOf(PyType.STR))) {
                return Formatter.percent(s, b);
            }
        } else if (b instanceof String t && op == BinaryOp.MUL && isInt(a)) {
            return repeat(t, a);
        }
        Object r = Sequences.binaryOp(op, a, b);
        if (r != null) {
            return r;
        }
        return dispatchBinary(op, a, b, false);
    }

    public static Object inplaceOp(BinaryOp op, Object a, Object b) {
        try {
            return inplace(op, a, b);
        } catch (PyException e) {
            // CPython names the augmented operator ('+=') in the unsupported-operand message
            if (e.matches(Errors.TYPE_ERROR) && e.exception.args.size() == 1
                    && e.exception.args.get(0) instanceof String m
                    && m.startsWith("unsupported operand type(s) for " + op.symbol + ":")) {
                throw Errors.typeError(m.replace("for " + op.symbol + ":", "for " + op.symbol + "=:"));
            }
            throw e;
        }
    }

    private static Object inplace(BinaryOp op, Object a, Object b) {
        if (a instanceof PyByteArray ba && (op == BinaryOp.ADD || op == BinaryOp.MUL)) {
            Object r = Sequences.binaryOp(op, ba, b);
            if (r instanceof PyByteArray rb) {
                ba.checkResize(rb.data.length);
                ba.data = rb.data;
                return ba;
            }
        }
        if (a instanceof PySet s && !s.frozen && b instanceof PySet other && s.type() == PySet.TYPE) {
            switch (op) {
                case OR:
                    s.update(other);
                    return s;
                case AND:
                    s.intersectionUpdate(other);
                    return s;
                case SUB:
                    s.differenceUpdate(other);
                    return s;
                case XOR:
                    s.symmetricDifferenceUpdate(other);
                    return s;
                default:
                    break;
            }
        }
        if (a instanceof PyDict d && op == BinaryOp.OR && d.type() == PyDict.TYPE) {
            Builtins.updateDict(d, b); // dict |= takes whatever dict.update takes
            return d;
        }
        if (a instanceof PyList l) {
            if (op == BinaryOp.ADD) {
                Sequences.extend(l, b);
                return l;
            }
            if (op == BinaryOp.MUL) {
                Sequences.repeatInPlace(l, index(b));
                return l;
            }
        }
        if (a instanceof PyObject && !(a instanceof PyTuple)) {
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

    private static Object dispatchBinary(BinaryOp op, Object a, Object b, boolean unused) {
        PyType ta = PyType.of(a), tb = PyType.of(b);
        Object ma = ta.lookup(op.method);
        Object mb = ta == tb ? null : tb.lookup(op.reflected);
        if (mb != null && tb.isSubtypeOf(ta) && !tb.isBuiltin) {
            Object r = call(mb, new Object[] {b, a}, null);
            if (r != Singletons.NOT_IMPLEMENTED) {
                return r;
            }
            mb = null;
        }
        if (ma != null && !(ma instanceof PyBuiltinFunction && ta.isBuiltin)) {
            Object r = call(ma, new Object[] {a, b}, null);
            if (r != Singletons.NOT_IMPLEMENTED) {
                return r;
            }
        }
        if (mb != null && !(mb instanceof PyBuiltinFunction && tb.isBuiltin)) {
            Object r = call(mb, new Object[] {b, a}, null);
            if (r != Singletons.NOT_IMPLEMENTED) {
                return r;
            }
        }
        if (op == BinaryOp.POW) {
            throw Errors.typeError("unsupported operand type(s) for ** or pow(): '" + ta.name + "' and '" + tb.name + "'");
        }
        if (op == BinaryOp.MUL) {
            boolean seqA = a instanceof PyList || a instanceof PyTuple || a instanceof String || a instanceof PyBytes;
            boolean seqB = b instanceof PyList || b instanceof PyTuple || b instanceof String || b instanceof PyBytes;
            if (seqA != seqB) {
                throw Errors.typeError("can't multiply sequence by non-int of type '" + (seqA ? tb : ta).name + "'");
            }
        }
        if (op == BinaryOp.ADD && (a instanceof PyList || a instanceof PyTuple || a instanceof String)
                && ta != tb) {
            throw Errors.typeError("can only concatenate " + ta.name + " (not \"" + tb.name + "\") to " + ta.name);
        }
        throw Errors.typeError("unsupported operand type(s) for " + op.symbol + ": '" + ta.name + "' and '"
                + tb.name + "'");
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
                    return Math.pow(x, y);
                }
                return normalize(BigInteger.valueOf(x).pow(checkedExponent(y)));
            case LSHIFT:
                if (y < 0) {
                    throw Errors.valueError("negative shift count");
                }
                if (y < 63 && x == ((x << y) >> y)) {
                    return x << y;
                }
                return normalize(BigInteger.valueOf(x).shiftLeft(checkedExponent(y)));
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

    private static int checkedExponent(long y) {
        if (y > Integer.MAX_VALUE) {
            throw Errors.overflow("exponent too large");
        }
        return (int) y;
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
                    return floatOp(op, x.doubleValue(), y.doubleValue());
                }
                if (y.bitLength() > 31) {
                    if (x.abs().compareTo(BigInteger.ONE) <= 0) {
                        return normalize(x.signum() < 0 && y.testBit(0) ? x : x.abs());
                    }
                    throw Errors.overflow("exponent too large");
                }
                return normalize(x.pow(y.intValue()));
            case LSHIFT:
                if (y.signum() < 0) {
                    throw Errors.valueError("negative shift count");
                }
                return normalize(x.shiftLeft(checkedExponent(y.longValue())));
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
                if (x == 0 && y < 0) {
                    throw Errors.zeroDivision("0.0 cannot be raised to a negative power");
                }
                if (x < 0 && y != Math.floor(y) && !Double.isInfinite(y)) {
                    throw Errors.valueError("complex results are not supported yet");
                }
                double r = Math.pow(x, y);
                if (Double.isInfinite(r) && !Double.isInfinite(x) && !Double.isInfinite(y)) {
                    throw Errors.overflow("(34, 'Numerical result out of range')");
                }
                return r;
            default:
                return null;
        }
    }

    private static double floatMod(double x, double y) {
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

    private static double floorDivFloat(double x, double y) {
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
        if ((a instanceof Double || isInt(a)) && (b instanceof Double || isInt(b))) {
            return cmpResult(op, numericCompare(a, b));
        }
        if (a instanceof String s && b instanceof String t) {
            return cmpResult(op, s.compareTo(t) < 0 ? -1 : s.equals(t) ? 0 : 1);
        }
        Object r = Sequences.compare(op, a, b);
        if (r != null) {
            return r;
        }
        PyType ta = PyType.of(a), tb = PyType.of(b);
        boolean reflectedFirst = ta != tb && tb.isSubtypeOf(ta) && !tb.isBuiltin;
        if (reflectedFirst) {
            Object m = tb.lookup(op.swapped);
            if (m != null && !(m instanceof PyBuiltinFunction)) {
                Object v = call(m, new Object[] {b, a}, null);
                if (v != Singletons.NOT_IMPLEMENTED) {
                    return v;
                }
            }
        }
        Object m = ta.lookup(op.method);
        if (m != null && !(m instanceof PyBuiltinFunction)) {
            Object v = call(m, new Object[] {a, b}, null);
            if (v != Singletons.NOT_IMPLEMENTED) {
                return v;
            }
        }
        if (!reflectedFirst) {
            Object mb = tb.lookup(op.swapped);
            if (mb != null && !(mb instanceof PyBuiltinFunction)) {
                Object v = call(mb, new Object[] {b, a}, null);
                if (v != Singletons.NOT_IMPLEMENTED) {
                    return v;
                }
            }
        }
        if (op == CompareOp.EQ) {
            return a == b || a.equals(b);
        }
        if (op == CompareOp.NE) {
            // __ne__ defaults to the inverse of __eq__
            Object eq = ta.lookup("__eq__");
            if (eq != null && !(eq instanceof PyBuiltinFunction)) {
                Object v = call(eq, new Object[] {a, b}, null);
                if (v != Singletons.NOT_IMPLEMENTED) {
                    return !isTrue(v);
                }
            }
            return !(a == b || a.equals(b));
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

    private static int numericCompare(Object a, Object b) {
        if (a instanceof Double || b instanceof Double) {
            double x = toDoubleLenient(a), y = toDoubleLenient(b);
            if (Double.isNaN(x) || Double.isNaN(y)) {
                return 2; // unordered: every comparison but != is false
            }
            if (a instanceof BigInteger || b instanceof BigInteger) {
                if (!Double.isInfinite(x) && !Double.isInfinite(y)) {
                    return new BigDecimal(x).compareTo(new BigDecimal(y)) == 0
                            ? bigDecimalOf(a).compareTo(bigDecimalOf(b)) : Double.compare(x, y) < 0 ? -1 : 1;
                }
            }
            return x < y ? -1 : x > y ? 1 : 0;
        }
        return big(a).compareTo(big(b));
    }

    private static BigDecimal bigDecimalOf(Object o) {
        return o instanceof Double d ? new BigDecimal(d) : new BigDecimal(big(o));
    }

    private static double toDoubleLenient(Object o) {
        return o instanceof BigInteger b ? b.doubleValue() : toDouble(o);
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
        if (o instanceof PyList l) {
            return l.size != 0;
        }
        if (o instanceof PyTuple t) {
            return t.items.length != 0;
        }
        if (o instanceof PyDict d) {
            return d.size() != 0;
        }
        if (o instanceof PySet s) {
            return s.size() != 0;
        }
        if (o instanceof PyInstance || o instanceof PyBaseException) {
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
                return index(call(m, new Object[] {o}, null)) != 0;
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
            return b.data.length != 0;
        }
        if (o instanceof PyMemoryView m) {
            return m.length() != 0;
        }
        return true;
    }

    // ------------------------------------------------------------------ repr, str, hash

    public static String repr(Object o) {
        if (o instanceof String s) {
            return StrRepr.repr(s);
        }
        if (o instanceof Long || o instanceof BigInteger) {
            return o.toString();
        }
        if (o instanceof Boolean b) {
            return b ? "True" : "False";
        }
        if (o instanceof Double d) {
            return FloatRepr.repr(d);
        }
        if (o instanceof Singletons.Singleton) {
            return o.toString();
        }
        PyType t = PyType.of(o);
        if (!t.isBuiltin || o instanceof PyBaseException) {
            Object m = t.lookup("__repr__");
            if (m != null && !(m instanceof PyBuiltinFunction && t.isBuiltin)) {
                Object r = call(m, new Object[] {o}, null);
                if (!(r instanceof String)) {
                    throw Errors.typeError("__repr__ returned non-string (type " + Errors.typeName(r) + ")");
                }
                return (String) r;
            }
        }
        return Reprs.builtinRepr(o);
    }

    public static String str(Object o) {
        if (o instanceof String s) {
            return s;
        }
        if (o instanceof Long || o instanceof BigInteger) {
            return o.toString();
        }
        if (o instanceof Double d) {
            return FloatRepr.repr(d);
        }
        PyType t = PyType.of(o);
        Object m = t.lookup("__str__");
        if (m != null && !(m instanceof PyBuiltinFunction && t.isBuiltin)) {
            Object r = call(m, new Object[] {o}, null);
            if (!(r instanceof String)) {
                throw Errors.typeError("__str__ returned non-string (type " + Errors.typeName(r) + ")");
            }
            return (String) r;
        }
        if (o instanceof PyBaseException e) {
            return e.message();
        }
        return repr(o);
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
            return b.mod(BigInteger.valueOf((1L << 61) - 1)).longValue() * b.signum();
        }
        if (o instanceof PyTuple t) {
            // CPython 3.11's tuple hash (xxHash-style lanes), so hash() values match
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
        if (o instanceof PyList || o instanceof PyDict || o instanceof PyByteArray || o instanceof PySet && !((PySet) o).frozen
                || o instanceof PySlice) {
            throw Errors.typeError("unhashable type: '" + Errors.typeName(o) + "'");
        }
        if (o instanceof PyBytes b) {
            return java.util.Arrays.hashCode(b.bytes);
        }
        if (o instanceof PySet s) {
            return s.frozenHash();
        }
        if (o instanceof PyRange r) {
            return r.hash();
        }
        if (o instanceof PyMemoryView m) {
            return m.hash();
        }
        PyType t = PyType.of(o);
        if (!t.isBuiltin) {
            Object m = t.lookup("__hash__");
            if (m == Singletons.NONE) {
                throw Errors.typeError("unhashable type: '" + t.name + "'");
            }
            if (m != null && !(m instanceof PyBuiltinFunction)) {
                return index(call(m, new Object[] {o}, null));
            }
            if (t.lookup("__eq__") instanceof PyFunction && !(t.dict.containsKey("__hash__"))) {
                if (t.dict.containsKey("__eq__")) {
                    throw Errors.typeError("unhashable type: '" + t.name + "'");
                }
            }
        }
        return System.identityHashCode(o);
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
        m = Math.abs(v) / Math.scalb(1.0, e);
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
        long h = l % m;
        if (l < 0 && h != 0) {
            h = -((-l) % m);
        }
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
            throw Errors.of(Errors.INDEX_ERROR, "cannot fit 'int' into an index-sized integer");
        }
        Object m = o instanceof PyObject ? PyType.of(o).lookup("__index__") : null;
        if (m != null) {
            return index(call(m, new Object[] {o}, null));
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
        Object r = call(m, new Object[] {o}, null);
        if (r instanceof Boolean b) {
            return b ? 1L : 0L;
        }
        if (!(r instanceof Long || r instanceof BigInteger)) {
            throw Errors.typeError("__index__ returned non-int (type " + Errors.typeName(r) + ")");
        }
        return r;
    }

    /** Sequence index with negative wrap-around; IndexError with CPython's message. */
    public static int seqIndex(Object key, int length, String what) {
        if (!(key instanceof Long || key instanceof Boolean || key instanceof BigInteger
                || key instanceof PyObject && PyType.of(key).lookup("__index__") != null)) {
            if (what.equals("string")) { // str's message has its own wording in CPython 3.11
                throw Errors.typeError("string indices must be integers, not '" + Errors.typeName(key) + "'");
            }
            throw Errors.typeError(what + " indices must be integers or slices, not " + Errors.typeName(key));
        }
        long i;
        try {
            i = index(key);
        } catch (PyException e) {
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
            return call(m, full, kwnames);
        }
        throw Errors.typeError("'" + Errors.typeName(callable) + "' object is not callable");
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
