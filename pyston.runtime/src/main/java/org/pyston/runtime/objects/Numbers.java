package org.pyston.runtime.objects;

import java.math.BigInteger;

/**
 * Number operations beyond the binary operators of {@link Abstract}: {@code divmod}, the
 * three-argument {@code pow}, float powers with C99's special cases, float literals as
 * {@code float()} and {@code complex()} read them, and {@code float.hex}/{@code float.fromhex}.
 */
final class Numbers {
    private Numbers() {
    }

    static boolean isReal(Object o) {
        return o instanceof Double || o instanceof Long || o instanceof Boolean || o instanceof BigInteger;
    }

    // ------------------------------------------------------------------ the int/str conversion limit

    /**
     * CPython's limit on decimal digits in int/str conversions (sys.set_int_max_str_digits); 0 is
     * no limit. CPython keeps it per interpreter; here one value serves the whole process.
     */
    static volatile int maxStrDigits = 4300;
    static final int MIN_MAX_STR_DIGITS = 640;

    /** {@code str(b)} in decimal, refused beyond the digit limit (checked before converting huge values). */
    static String toDecimal(BigInteger b) {
        int limit = maxStrDigits;
        if (limit > 0 && b.bitLength() > 2000) {
            // floor(log10(2) * (bits - 1)) + 1 digits at least
            if ((long) (b.bitLength() - 1) * 30103L / 100000L >= limit) {
                throw tooManyDigitsToPrint();
            }
            String s = b.toString();
            if (s.length() - (b.signum() < 0 ? 1 : 0) > limit) {
                throw tooManyDigitsToPrint();
            }
            return s;
        }
        return b.toString();
    }

    private static PyException tooManyDigitsToPrint() {
        return Errors.valueError("Exceeds the limit (" + maxStrDigits + " digits) for integer string conversion; "
                + "use sys.set_int_max_str_digits() to increase the limit");
    }

    /** int(str) in a base that is not a power of two refuses more digits than the limit. */
    static void checkDigitsToParse(int digits, int base) {
        int limit = maxStrDigits;
        if (limit > 0 && digits > limit && Integer.bitCount(base) != 1) {
            throw Errors.valueError("Exceeds the limit (" + limit + " digits) for integer string conversion: value has "
                    + digits + " digits; use sys.set_int_max_str_digits() to increase the limit");
        }
    }

    /** {@code sys.set_int_max_str_digits(maxdigits)}. */
    static Object setMaxStrDigits(Object[] a, String[] k) {
        Args.onlyKeywords("set_int_max_str_digits", k, "maxdigits");
        Object v = Args.positional(a, k) > 0 ? a[0] : Args.keyword(a, k, "maxdigits");
        if (v == null) {
            throw Errors.typeError("set_int_max_str_digits() missing required argument 'maxdigits' (pos 1)");
        }
        long n = Abstract.index(v);
        if (n != 0 && n < MIN_MAX_STR_DIGITS) {
            throw Errors.valueError("maxdigits must be 0 or larger than " + MIN_MAX_STR_DIGITS);
        }
        maxStrDigits = (int) Math.min(n, Integer.MAX_VALUE);
        return Singletons.NONE;
    }

    // ------------------------------------------------------------------ methods of int and float

    /**
     * The operator methods of int and float ({@code (7).__add__(1)}, {@code float.__lt__}): an
     * int's accept ints only, a float's ints and floats; other operands give NotImplemented.
     * The operators themselves do not go through these (see {@link Abstract#binaryOp}).
     */
    static void defineOperatorMethods() {
        PyType i = PyType.INT, f = PyType.FLOAT;
        for (Abstract.BinaryOp op : Abstract.BinaryOp.values()) {
            if (op == Abstract.BinaryOp.MATMUL || op == Abstract.BinaryOp.POW) {
                continue;
            }
            i.defineMethod(op.method, slot(op.method, 1, (a, k) -> intOperator(op, selfInt(a, op.method), a[1], false)));
            i.defineMethod(op.reflected, slot(op.reflected, 1, (a, k) -> intOperator(op, selfInt(a, op.reflected), a[1], true)));
            if (op.ordinal() < Abstract.BinaryOp.POW.ordinal()) {
                f.defineMethod(op.method, slot(op.method, 1, (a, k) -> floatOperator(op, selfFloat(a, op.method), a[1], false)));
                f.defineMethod(op.reflected, slot(op.reflected, 1, (a, k) -> floatOperator(op, selfFloat(a, op.reflected), a[1], true)));
            }
        }
        i.defineMethod("__pow__", slot("__pow__", -2, (a, k) -> Abstract.isInt(a[1]) && (a.length < 3 || a[2] == Singletons.NONE
                || Abstract.isInt(a[2])) ? ternaryPow(selfInt(a, "__pow__"), a[1], a.length < 3 ? Singletons.NONE : a[2])
                : Singletons.NOT_IMPLEMENTED));
        i.defineMethod("__rpow__", slot("__rpow__", -2, (a, k) -> Abstract.isInt(a[1]) && (a.length < 3 || a[2] == Singletons.NONE
                || Abstract.isInt(a[2])) ? ternaryPow(a[1], selfInt(a, "__rpow__"), a.length < 3 ? Singletons.NONE : a[2])
                : Singletons.NOT_IMPLEMENTED));
        f.defineMethod("__pow__", slot("__pow__", -2, (a, k) -> isReal(a[1]) ? ternaryPow(selfFloat(a, "__pow__"), a[1],
                a.length < 3 ? Singletons.NONE : a[2]) : Singletons.NOT_IMPLEMENTED));
        f.defineMethod("__rpow__", slot("__rpow__", -2, (a, k) -> isReal(a[1]) ? ternaryPow(a[1], selfFloat(a, "__rpow__"),
                a.length < 3 ? Singletons.NONE : a[2]) : Singletons.NOT_IMPLEMENTED));
        i.defineMethod("__divmod__", slot("__divmod__", 1, (a, k) -> Abstract.isInt(a[1]) ? divmod(selfInt(a, "__divmod__"), a[1])
                : Singletons.NOT_IMPLEMENTED));
        i.defineMethod("__rdivmod__", slot("__rdivmod__", 1, (a, k) -> Abstract.isInt(a[1]) ? divmod(a[1], selfInt(a, "__rdivmod__"))
                : Singletons.NOT_IMPLEMENTED));
        f.defineMethod("__divmod__", slot("__divmod__", 1, (a, k) -> isReal(a[1]) ? divmod(selfFloat(a, "__divmod__"), a[1])
                : Singletons.NOT_IMPLEMENTED));
        f.defineMethod("__rdivmod__", slot("__rdivmod__", 1, (a, k) -> isReal(a[1]) ? divmod(a[1], selfFloat(a, "__rdivmod__"))
                : Singletons.NOT_IMPLEMENTED));
        for (Abstract.CompareOp op : Abstract.CompareOp.values()) {
            i.defineMethod(op.method, slot(op.method, 1, (a, k) -> Abstract.isInt(a[1])
                    ? Abstract.compare(op, selfInt(a, op.method), a[1]) : Singletons.NOT_IMPLEMENTED));
            f.defineMethod(op.method, slot(op.method, 1, (a, k) -> isReal(a[1])
                    ? Abstract.compare(op, selfFloat(a, op.method), a[1]) : Singletons.NOT_IMPLEMENTED));
        }
        for (PyType t : new PyType[] {i, f}) {
            boolean isInt = t == i;
            t.defineMethod("__neg__", slot("__neg__", 0, (a, k) -> Abstract.unaryOp(1, self(a, isInt, "__neg__"))));
            t.defineMethod("__pos__", slot("__pos__", 0, (a, k) -> Abstract.unaryOp(2, self(a, isInt, "__pos__"))));
            t.defineMethod("__abs__", slot("__abs__", 0, (a, k) -> Builtins.abs(self(a, isInt, "__abs__"))));
            t.defineMethod("__bool__", slot("__bool__", 0, (a, k) -> Abstract.isTrue(self(a, isInt, "__bool__"))));
            t.defineMethod("__repr__", slot("__repr__", 0, (a, k) -> Abstract.repr(self(a, isInt, "__repr__"))));
            t.defineMethod("__getnewargs__", slot("__getnewargs__", 0, (a, k) -> {
                Object v = self(a, isInt, "__getnewargs__");
                return PyTuple.of(v instanceof Boolean b ? (Object) (b ? 1L : 0L) : v);
            }));
        }
        i.defineMethod("__invert__", slot("__invert__", 0, (a, k) -> Abstract.unaryOp(3, selfInt(a, "__invert__"))));
        for (String name : new String[] {"__trunc__", "__floor__", "__ceil__"}) {
            i.defineMethod(name, slot(name, 0, (a, k) -> {
                Object v = selfInt(a, name);
                return v instanceof Boolean b ? (Object) (b ? 1L : 0L) : v;
            }));
        }
        f.defineMethod("__trunc__", slot("__trunc__", 0, (a, k) -> Builtins.floatToInt(selfFloat(a, "__trunc__"))));
        f.defineMethod("__floor__", slot("__floor__", 0, (a, k) -> Builtins.floatToInt(Math.floor(selfFloat(a, "__floor__")))));
        f.defineMethod("__ceil__", slot("__ceil__", 0, (a, k) -> Builtins.floatToInt(Math.ceil(selfFloat(a, "__ceil__")))));
    }

    /**
     * A slot method's body behind CPython's checks of a wrapper call: no keywords, {@code others}
     * arguments besides self (1 or 2 when -2); operands that are instances of subclasses of int or
     * float are passed as their values (self is unwrapped by {@link PyBuiltinFunction#call}).
     */
    private static NativeFunction slot(String name, int others, NativeFunction body) {
        return (a, k) -> {
            if (k != null && k.length > 0) {
                throw Errors.typeError("wrapper " + name + "() takes no keyword arguments");
            }
            int n = a.length - 1;
            if (others >= 0 && n != others) {
                throw Errors.typeError("expected " + others + " argument" + (others == 1 ? "" : "s") + ", got " + n);
            }
            if (others < 0 && n < 1) {
                throw Errors.typeError(" expected at least 1 argument, got " + n); // CPython's text, space included
            }
            if (others < 0 && n > -others) {
                throw Errors.typeError("expected at most " + -others + " arguments, got " + n);
            }
            Object[] args = a;
            for (int i = 1; i < a.length; i++) {
                if (a[i] instanceof PyValueInstance v) {
                    args = args == a ? a.clone() : args;
                    args[i] = v.value;
                }
            }
            return body.call(args, k);
        };
    }


    private static Object intOperator(Abstract.BinaryOp op, Object self, Object other, boolean reflected) {
        if (!Abstract.isInt(other)) {
            return Singletons.NOT_IMPLEMENTED;
        }
        return reflected ? Abstract.binaryOp(op, other, self) : Abstract.binaryOp(op, self, other);
    }

    private static Object floatOperator(Abstract.BinaryOp op, double self, Object other, boolean reflected) {
        if (!isReal(other)) {
            return Singletons.NOT_IMPLEMENTED;
        }
        double x = Abstract.toDouble(other);
        return reflected ? Abstract.binaryOp(op, x, self) : Abstract.binaryOp(op, self, x);
    }

    private static Object self(Object[] a, boolean isInt, String method) {
        return isInt ? selfInt(a, method) : (Object) selfFloat(a, method);
    }

    private static Object selfInt(Object[] a, String method) {
        if (a.length == 0 || !Abstract.isInt(a[0])) {
            throw descriptorError(method, "int", a);
        }
        return a[0];
    }

    private static double selfFloat(Object[] a, String method) {
        if (a.length == 0 || !(a[0] instanceof Double d)) {
            throw descriptorError(method, "float", a);
        }
        return d;
    }

    private static PyException descriptorError(String method, String type, Object[] a) {
        return Errors.typeError("descriptor '" + method + "' requires a '" + type + "' object but received a '"
                + (a.length == 0 ? "NoneType" : Errors.typeName(a[0])) + "'");
    }

    // ------------------------------------------------------------------ divmod

    static Object divmod(Object a, Object b) {
        if (Abstract.isInt(a) && Abstract.isInt(b)) {
            if (a instanceof Long x && b instanceof Long y && y != 0 && !(x == Long.MIN_VALUE && y == -1)) {
                return PyTuple.of(Math.floorDiv(x, y), Math.floorMod(x, y));
            }
            BigInteger x = Abstract.big(a), y = Abstract.big(b);
            if (y.signum() == 0) {
                throw Errors.zeroDivision("integer division or modulo by zero");
            }
            BigInteger[] qr = x.divideAndRemainder(y);
            if (qr[1].signum() != 0 && qr[1].signum() != y.signum()) {
                qr[0] = qr[0].subtract(BigInteger.ONE);
                qr[1] = qr[1].add(y);
            }
            return PyTuple.of(Abstract.normalize(qr[0]), Abstract.normalize(qr[1]));
        }
        if (isReal(a) && isReal(b)) {
            double x = Abstract.toDouble(a), y = Abstract.toDouble(b);
            if (y == 0) {
                throw Errors.zeroDivision("float divmod()");
            }
            return PyTuple.of(Abstract.floorDivFloat(x, y), Abstract.floatMod(x, y));
        }
        Object r = dispatch(a, b, "__divmod__", "__rdivmod__");
        if (r == null) {
            throw Errors.typeError("unsupported operand type(s) for divmod(): '" + Errors.typeName(a) + "' and '"
                    + Errors.typeName(b) + "'");
        }
        return r;
    }

    /**
     * {@code a.method(b)} or {@code b.rmethod(a)} for methods defined in Python, with the
     * subclass-first rule of the binary operators; null when neither gives an answer.
     */
    private static Object dispatch(Object a, Object b, String method, String reflected) {
        PyType ta = PyType.of(a), tb = PyType.of(b);
        Object ma = ta.isBuiltin ? null : ta.lookup(method);
        Object mb = ta == tb || tb.isBuiltin ? null : tb.lookup(reflected);
        if (mb != null && tb.isSubtypeOf(ta)) {
            Object r = Abstract.call(mb, new Object[] {b, a}, null);
            if (r != Singletons.NOT_IMPLEMENTED) {
                return r;
            }
            mb = null;
        }
        if (ma != null) {
            Object r = Abstract.call(ma, new Object[] {a, b}, null);
            if (r != Singletons.NOT_IMPLEMENTED) {
                return r;
            }
        }
        if (mb != null) {
            Object r = Abstract.call(mb, new Object[] {b, a}, null);
            if (r != Singletons.NOT_IMPLEMENTED) {
                return r;
            }
        }
        return null;
    }

    // ------------------------------------------------------------------ pow

    /** {@code pow(base, exponent, modulus)}; a None modulus is the two-argument form. */
    static Object ternaryPow(Object base, Object exponent, Object modulus) {
        if (modulus == Singletons.NONE) {
            return Abstract.binaryOp(Abstract.BinaryOp.POW, base, exponent);
        }
        if (Abstract.isInt(base) && Abstract.isInt(exponent) && Abstract.isInt(modulus)) {
            return modPow(Abstract.big(base), Abstract.big(exponent), Abstract.big(modulus));
        }
        boolean numbers = (isReal(base) || base instanceof PyComplex) && (isReal(exponent) || exponent instanceof PyComplex);
        if (numbers && (base instanceof PyComplex || exponent instanceof PyComplex || modulus instanceof PyComplex)) {
            throw Errors.valueError("complex modulo");
        }
        if (numbers && (base instanceof Double || exponent instanceof Double || modulus instanceof Double)) {
            throw Errors.typeError("pow() 3rd argument not allowed unless all arguments are integers");
        }
        PyType tb = PyType.of(base);
        Object m = tb.isBuiltin ? null : tb.lookup("__pow__");
        if (m != null) {
            Object r = Abstract.call(m, new Object[] {base, exponent, modulus}, null);
            if (r != Singletons.NOT_IMPLEMENTED) {
                return r;
            }
        }
        throw Errors.typeError("unsupported operand type(s) for ** or pow(): '" + tb.name + "', '"
                + Errors.typeName(exponent) + "', '" + Errors.typeName(modulus) + "'");
    }

    private static Object modPow(BigInteger base, BigInteger exponent, BigInteger modulus) {
        if (modulus.signum() == 0) {
            throw Errors.valueError("pow() 3rd argument cannot be 0");
        }
        BigInteger m = modulus.abs();
        BigInteger r;
        if (m.equals(BigInteger.ONE)) {
            r = BigInteger.ZERO;
        } else {
            try {
                r = base.modPow(exponent, m); // a negative exponent takes the inverse first
            } catch (ArithmeticException notInvertible) {
                throw Errors.valueError("base is not invertible for the given modulus");
            }
        }
        if (modulus.signum() < 0 && r.signum() != 0) {
            r = r.add(modulus);
        }
        return Abstract.normalize(r);
    }

    /** {@code x ** y} for a non-negative machine-size exponent: in longs while the result fits. */
    static Object intPow(long x, long y) {
        long result = 1, base = x, e = y;
        while (true) {
            if ((e & 1) != 0) {
                long hi = Math.multiplyHigh(result, base), lo = result * base;
                if (hi != (lo >> 63)) {
                    return bigPow(BigInteger.valueOf(x), BigInteger.valueOf(y));
                }
                result = lo;
            }
            e >>= 1;
            if (e == 0) {
                return result;
            }
            long hi = Math.multiplyHigh(base, base), lo = base * base;
            if (hi != (lo >> 63)) {
                return bigPow(BigInteger.valueOf(x), BigInteger.valueOf(y));
            }
            base = lo;
        }
    }

    /** {@code x ** y} for a non-negative exponent; MemoryError where CPython would run out of memory. */
    static Object bigPow(BigInteger x, BigInteger y) {
        if (x.abs().compareTo(BigInteger.ONE) <= 0) {
            if (x.signum() == 0) {
                return y.signum() == 0 ? 1L : 0L;
            }
            return x.signum() < 0 && y.testBit(0) ? -1L : 1L;
        }
        if (y.bitLength() > 31 || (long) (x.bitLength() - 1) * y.longValue() >= Integer.MAX_VALUE) {
            throw Errors.of(Errors.MEMORY_ERROR, PyTuple.EMPTY.items);
        }
        return Abstract.normalize(x.pow(y.intValue()));
    }

    /** {@code x << y} for a non-negative count, with CPython's errors for counts beyond memory. */
    static Object shiftLeft(BigInteger x, BigInteger y) {
        if (x.signum() == 0) {
            return 0L;
        }
        if (y.bitLength() > 63) {
            throw Errors.overflow("too many digits in integer");
        }
        if (y.longValue() >= Integer.MAX_VALUE - x.bitLength()) {
            throw Errors.of(Errors.MEMORY_ERROR, PyTuple.EMPTY.items);
        }
        return Abstract.normalize(x.shiftLeft(y.intValue()));
    }

    /** {@code x ** y} for floats: C99's special values, a complex result for a negative base and a fractional power. */
    static Object floatPow(double x, double y) {
        if (y == 0) {
            return 1.0;
        }
        if (Double.isNaN(x)) {
            return x;
        }
        if (Double.isNaN(y)) {
            return x == 1.0 ? 1.0 : y;
        }
        if (Double.isInfinite(y)) {
            double ax = Math.abs(x);
            if (ax == 1.0) {
                return 1.0;
            }
            return (y > 0) == (ax > 1.0) ? Double.POSITIVE_INFINITY : 0.0;
        }
        if (Double.isInfinite(x)) {
            return Math.pow(x, y); // Java follows C99 here: signs by the parity of an integral y
        }
        if (x == 0) {
            if (y < 0) {
                throw Errors.zeroDivision("0.0 cannot be raised to a negative power");
            }
            return Math.pow(x, y);
        }
        if (x < 0 && y != Math.rint(y)) {
            return PyComplex.binaryOp(Abstract.BinaryOp.POW, new PyComplex(x, 0.0), new PyComplex(y, 0.0));
        }
        double r = Math.pow(x, y);
        if (Double.isInfinite(r)) {
            throw Errors.overflow("(34, 'Numerical result out of range')");
        }
        return r;
    }

    // ------------------------------------------------------------------ correctly rounded atan2

    /**
     * atan2 rounded correctly but for near-halfway cases, as the C library CPython uses gives it
     * (Java's is off by an ulp in about one case in six, which shows in the digits of complex
     * powers): Java's angle, corrected by the angle of the point rotated back by it, with the
     * rotation in double-double arithmetic. Zeros, infinities and NaNs take Java's exact answers.
     */
    static double atan2(double y, double x) {
        double angle = Math.atan2(y, x);
        if (y == 0 || x == 0 || Double.isNaN(angle) || Double.isInfinite(x) || Double.isInfinite(y)) {
            return angle;
        }
        if (Math.abs(angle) < 1e-150) {
            return y / x; // atan(t) = t - t**3/3 ...: the quotient, rounded once (also into subnormals)
        }
        // scale the point near 1 (exact), so its rotated coordinates neither overflow nor underflow
        int e = Math.max(Math.getExponent(x), Math.getExponent(y));
        x = Math.scalb(x, -e);
        y = Math.scalb(y, -e);
        DoubleDouble[] sinCos = sinCos(angle);
        DoubleDouble sin = sinCos[0], cos = sinCos[1];
        // rotated by -angle: (x cos + y sin, y cos - x sin); its angle is the correction
        DoubleDouble across = cos.times(y).plus(sin.times(-x));
        double along = cos.hi * x + sin.hi * y;
        return angle + across.hi / along;
    }

    /** A value as an unevaluated sum hi + lo, about 106 bits. */
    private record DoubleDouble(double hi, double lo) {
        static DoubleDouble sum(double a, double b) {
            double s = a + b, bb = s - a;
            return new DoubleDouble(s, (a - (s - bb)) + (b - bb));
        }

        static DoubleDouble product(double a, double b) {
            double p = a * b;
            return new DoubleDouble(p, Math.fma(a, b, -p));
        }

        DoubleDouble plus(DoubleDouble o) {
            DoubleDouble s = sum(hi, o.hi);
            return fastSum(s.hi, s.lo + lo + o.lo);
        }

        DoubleDouble times(double d) {
            DoubleDouble p = product(hi, d);
            return fastSum(p.hi, p.lo + lo * d);
        }

        DoubleDouble times(DoubleDouble o) {
            DoubleDouble p = product(hi, o.hi);
            return fastSum(p.hi, p.lo + hi * o.lo + lo * o.hi);
        }

        DoubleDouble dividedBy(double d) {
            double q = hi / d;
            double r = Math.fma(-q, d, hi) + lo;
            return fastSum(q, r / d);
        }

        static DoubleDouble fastSum(double a, double b) {
            double s = a + b;
            return new DoubleDouble(s, b - (s - a));
        }
    }

    private static final DoubleDouble HALF_PI = new DoubleDouble(1.5707963267948966, 6.123233995736766e-17);

    /** sin and cos of a double in [-pi, pi], in double-double: quadrant reduction, then Taylor series. */
    private static DoubleDouble[] sinCos(double angle) {
        long quadrant = Math.round(angle / HALF_PI.hi);
        DoubleDouble r = DoubleDouble.sum(angle - quadrant * HALF_PI.hi, -quadrant * HALF_PI.lo);
        DoubleDouble square = r.times(r);
        DoubleDouble sin = r, cos = new DoubleDouble(1.0, 0.0);
        DoubleDouble sinTerm = r, cosTerm = cos;
        for (int n = 1; n < 30; n++) {
            cosTerm = cosTerm.times(square).dividedBy(-(2.0 * n - 1) * (2.0 * n));
            sinTerm = sinTerm.times(square).dividedBy(-(2.0 * n) * (2.0 * n + 1));
            cos = cos.plus(cosTerm);
            sin = sin.plus(sinTerm);
            if (Math.abs(cosTerm.hi) < 1e-34 && Math.abs(sinTerm.hi) < 1e-34 * Math.abs(r.hi) + 1e-300) {
                break;
            }
        }
        DoubleDouble minusSin = new DoubleDouble(-sin.hi, -sin.lo), minusCos = new DoubleDouble(-cos.hi, -cos.lo);
        switch ((int) Math.floorMod(quadrant, 4)) {
            case 1: return new DoubleDouble[] {cos, minusSin};
            case 2: return new DoubleDouble[] {minusSin, minusCos};
            case 3: return new DoubleDouble[] {minusCos, sin};
            default: return new DoubleDouble[] {sin, cos};
        }
    }

    // ------------------------------------------------------------------ float literals

    /**
     * The end of the longest float literal in {@code s} from {@code start} (an optional sign, digits
     * with single underscores between them, a point, an exponent; or inf, infinity, nan), or -1.
     */
    static int scanFloat(String s, int start) {
        int n = s.length(), i = start;
        if (i < n && (s.charAt(i) == '+' || s.charAt(i) == '-')) {
            i++;
        }
        for (String word : new String[] {"infinity", "inf", "nan"}) {
            if (s.regionMatches(true, i, word, 0, word.length())) {
                return i + word.length();
            }
        }
        int digitsEnd = scanDigits(s, i);
        boolean digits = digitsEnd > i;
        i = digitsEnd;
        if (i < n && s.charAt(i) == '.') {
            int fractionEnd = scanDigits(s, i + 1);
            if (fractionEnd > i + 1) {
                digits = true;
                i = fractionEnd;
            } else if (digits) {
                i++;
            }
        }
        if (!digits) {
            return -1;
        }
        if (i < n && (s.charAt(i) == 'e' || s.charAt(i) == 'E')) {
            int j = i + 1;
            if (j < n && (s.charAt(j) == '+' || s.charAt(j) == '-')) {
                j++;
            }
            int exponentEnd = scanDigits(s, j);
            if (exponentEnd > j) {
                i = exponentEnd;
            }
        }
        return i;
    }

    /** The end of a run of decimal digits with single underscores between digits. */
    private static int scanDigits(String s, int i) {
        int n = s.length(), end = i;
        while (i < n && isAsciiDigit(s.charAt(i))) {
            i++;
            end = i;
            if (i + 1 < n && s.charAt(i) == '_' && isAsciiDigit(s.charAt(i + 1))) {
                i++;
            }
        }
        return end;
    }

    private static boolean isAsciiDigit(char c) {
        return c >= '0' && c <= '9';
    }

    /** The value of a literal that {@link #scanFloat} accepted whole. */
    /** A NaN with the sign bit set ({@code float('-nan')}); {@code -Double.NaN} is folded by javac to the plain NaN. */
    static final double NEGATIVE_NAN = Double.longBitsToDouble(0xfff8000000000000L);

    static double parseFloatLiteral(String literal) {
        String t = literal.indexOf('_') >= 0 ? literal.replace("_", "") : literal;
        String lower = t.toLowerCase(java.util.Locale.ROOT);
        boolean negative = lower.startsWith("-");
        String unsigned = negative || lower.startsWith("+") ? lower.substring(1) : lower;
        if (unsigned.startsWith("inf")) {
            return negative ? Double.NEGATIVE_INFINITY : Double.POSITIVE_INFINITY;
        }
        if (unsigned.equals("nan")) {
            return negative ? NEGATIVE_NAN : Double.NaN;
        }
        return Double.parseDouble(t);
    }

    /**
     * {@code float(str)}: surrounding whitespace allowed, nothing else. As CPython, Unicode decimal
     * digits count as their ASCII ones and Unicode white space as a space.
     */
    static double parseFloat(String text) {
        return parseFloatAscii(text, asciiDigitsAndSpaces(text));
    }

    /** {@code text} with decimal digits and white space made ASCII, other non-ASCII characters '?'. */
    static String asciiDigitsAndSpaces(String text) {
        int i = 0;
        while (i < text.length() && text.charAt(i) < 0x80) {
            i++;
        }
        if (i == text.length()) {
            return text;
        }
        StringBuilder sb = new StringBuilder(text.length()).append(text, 0, i);
        while (i < text.length()) {
            int cp = org.pyston.runtime.text.CodePoints.codePointAt(text, i);
            i += org.pyston.runtime.text.CodePoints.width(text, i);
            if (cp < 0x80) {
                sb.append((char) cp);
            } else if (org.pyston.runtime.text.Unicode.isSpace(cp)) {
                sb.append(' ');
            } else if (org.pyston.runtime.text.Unicode.isDecimal(cp)) {
                sb.append((char) ('0' + Character.digit(cp, 10)));
            } else {
                sb.append('?');
            }
        }
        return sb.toString();
    }

    /** {@code float(bytes)} and the body of {@link #parseFloat}: {@code text} is the argument for the error message. */
    static double parseFloatAscii(String text, String ascii) {
        String s = ascii.strip();
        if (scanFloat(s, 0) != s.length() || s.isEmpty()) {
            throw Errors.valueError("could not convert string to float: " + Abstract.repr(text));
        }
        return parseFloatLiteral(s);
    }

    // ------------------------------------------------------------------ float.hex, float.fromhex

    static String floatHex(double d) {
        if (Double.isNaN(d)) {
            return "nan";
        }
        if (Double.isInfinite(d)) {
            return d > 0 ? "inf" : "-inf";
        }
        long bits = Double.doubleToRawLongBits(d);
        String sign = bits < 0 ? "-" : "";
        if (d == 0) {
            return sign + "0x0.0p+0";
        }
        int biased = (int) ((bits >>> 52) & 0x7ff);
        long fraction = bits & ((1L << 52) - 1);
        int exponent = biased == 0 ? -1022 : biased - 1023; // subnormals keep the smallest exponent
        return sign + "0x" + (biased == 0 ? "0" : "1") + "." + String.format("%013x", fraction) + "p"
                + (exponent >= 0 ? "+" : "") + exponent;
    }

    static double fromHex(String text) {
        String s = text.strip();
        int n = s.length(), i = 0;
        boolean negative = false;
        if (i < n && (s.charAt(i) == '+' || s.charAt(i) == '-')) {
            negative = s.charAt(i) == '-';
            i++;
        }
        String rest = s.substring(i).toLowerCase(java.util.Locale.ROOT);
        if (rest.equals("inf") || rest.equals("infinity")) {
            return negative ? Double.NEGATIVE_INFINITY : Double.POSITIVE_INFINITY;
        }
        if (rest.equals("nan")) {
            return negative ? NEGATIVE_NAN : Double.NaN;
        }
        if (rest.startsWith("0x")) {
            i += 2;
        }
        BigInteger mantissa = BigInteger.ZERO;
        long exponent = 0;
        int digits = 0;
        while (i < n && hexDigit(s.charAt(i)) >= 0) {
            mantissa = mantissa.shiftLeft(4).add(BigInteger.valueOf(hexDigit(s.charAt(i++))));
            digits++;
        }
        if (i < n && s.charAt(i) == '.') {
            i++;
            while (i < n && hexDigit(s.charAt(i)) >= 0) {
                mantissa = mantissa.shiftLeft(4).add(BigInteger.valueOf(hexDigit(s.charAt(i++))));
                exponent -= 4;
                digits++;
            }
        }
        if (digits == 0) {
            throw invalidHex();
        }
        if (i < n && (s.charAt(i) == 'p' || s.charAt(i) == 'P')) {
            i++;
            boolean negativeExponent = false;
            if (i < n && (s.charAt(i) == '+' || s.charAt(i) == '-')) {
                negativeExponent = s.charAt(i) == '-';
                i++;
            }
            int start = i;
            long e = 0;
            while (i < n && isAsciiDigit(s.charAt(i))) {
                e = Math.min(e * 10 + (s.charAt(i++) - '0'), 1L << 40); // saturates: far beyond any double
            }
            if (i == start) {
                throw invalidHex();
            }
            exponent += negativeExponent ? -e : e;
        }
        if (i != n) {
            throw invalidHex();
        }
        double magnitude = scaleRounded(mantissa, exponent);
        return negative ? -magnitude : magnitude;
    }

    /** The value of an ASCII hex digit, or -1 (Java's Character.digit takes other scripts' digits too). */
    private static int hexDigit(char c) {
        return c < 0x80 ? Character.digit(c, 16) : -1;
    }

    /** {@code m * 2**e} rounded half-even to a double; OverflowError when too large. */
    private static double scaleRounded(BigInteger m, long e) {
        if (m.signum() == 0) {
            return 0.0;
        }
        long length = m.bitLength();
        if (e + length - 1 > 1023) {
            throw hexTooLarge();
        }
        if (e + length < -1075) {
            return 0.0; // below half the smallest subnormal
        }
        long lowest = Math.max(e + length - 53, -1074); // exponent of the result's last bit
        long shift = lowest - e;
        BigInteger q;
        if (shift > 0) {
            q = m.shiftRight((int) shift);
            boolean half = m.testBit((int) shift - 1);
            boolean below = m.getLowestSetBit() < shift - 1;
            if (half && (below || q.testBit(0))) {
                q = q.add(BigInteger.ONE);
            }
        } else {
            q = m.shiftLeft((int) -shift);
        }
        double r = Math.scalb((double) q.longValueExact(), (int) lowest);
        if (Double.isInfinite(r)) {
            throw hexTooLarge();
        }
        return r;
    }

    private static PyException invalidHex() {
        return Errors.valueError("invalid hexadecimal floating-point string");
    }

    private static PyException hexTooLarge() {
        return Errors.overflow("hexadecimal value too large to represent as a float");
    }
}
