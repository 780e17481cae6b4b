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
    static double parseFloatLiteral(String literal) {
        String t = literal.indexOf('_') >= 0 ? literal.replace("_", "") : literal;
        String lower = t.toLowerCase(java.util.Locale.ROOT);
        boolean negative = lower.startsWith("-");
        String unsigned = negative || lower.startsWith("+") ? lower.substring(1) : lower;
        if (unsigned.startsWith("inf")) {
            return negative ? Double.NEGATIVE_INFINITY : Double.POSITIVE_INFINITY;
        }
        if (unsigned.equals("nan")) {
            return negative ? -Double.NaN : Double.NaN;
        }
        return Double.parseDouble(t);
    }

    /** {@code float(str)}: surrounding whitespace allowed, nothing else. */
    static double parseFloat(String text) {
        String s = text.strip();
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
            return negative ? -Double.NaN : Double.NaN;
        }
        if (rest.startsWith("0x")) {
            i += 2;
        }
        BigInteger mantissa = BigInteger.ZERO;
        long exponent = 0;
        int digits = 0;
        while (i < n && Character.digit(s.charAt(i), 16) >= 0) {
            mantissa = mantissa.shiftLeft(4).add(BigInteger.valueOf(Character.digit(s.charAt(i++), 16)));
            digits++;
        }
        if (i < n && s.charAt(i) == '.') {
            i++;
            while (i < n && Character.digit(s.charAt(i), 16) >= 0) {
                mantissa = mantissa.shiftLeft(4).add(BigInteger.valueOf(Character.digit(s.charAt(i++), 16)));
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
