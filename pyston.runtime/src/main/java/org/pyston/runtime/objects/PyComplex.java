package org.pyston.runtime.objects;

import java.math.BigInteger;
import org.pyston.runtime.text.FloatRepr;

/**
 * {@code complex}: a pair of doubles. Arithmetic follows CPython 3.11: ints and floats meet a
 * complex as {@code (x, 0.0)} (full complex arithmetic, so {@code inf} parts may give NaNs),
 * division scales by the larger part of the divisor, small integral powers multiply, and only
 * {@code ==}/{@code !=} compare.
 */
public final class PyComplex extends PyObject {
    public static final PyType TYPE = PyType.builtin("complex", PyComplex.class);
    /** CPython's multiplier of the imaginary part's hash. */
    private static final long HASH_IMAG = 1000003L;

    public final double real, imag;

    public PyComplex(double real, double imag) {
        this.real = real;
        this.imag = imag;
    }

    @Override
    public PyType type() {
        return TYPE;
    }

    @Override
    public String toString() {
        return repr();
    }

    /** The value of an int, bool, float or complex as a complex; null for anything else. */
    static PyComplex of(Object o) {
        o = PyValueInstance.unwrap(o); // an instance of a subclass of complex, float or int: its value
        if (o instanceof PyComplex c) {
            return c;
        }
        if (o instanceof Double d) {
            return new PyComplex(d, 0.0);
        }
        if (o instanceof Long || o instanceof Boolean || o instanceof BigInteger) {
            return new PyComplex(Abstract.toDouble(o), 0.0);
        }
        return null;
    }

    // ------------------------------------------------------------------ arithmetic

    /** A binary operator with a complex operand; null when the other operand is no number (or the operator undefined). */
    static Object binaryOp(Abstract.BinaryOp op, Object a, Object b) {
        PyComplex x = of(a), y = of(b);
        if (x == null || y == null) {
            return null;
        }
        switch (op) {
            case ADD:
                return new PyComplex(x.real + y.real, x.imag + y.imag);
            case SUB:
                return new PyComplex(x.real - y.real, x.imag - y.imag);
            case MUL:
                return x.times(y);
            case TRUEDIV: {
                PyComplex q = x.dividedBy(y);
                if (q == null) {
                    throw Errors.zeroDivision("complex division by zero");
                }
                return q;
            }
            case POW:
                return x.power(y);
            default:
                return null;
        }
    }

    private PyComplex times(PyComplex o) {
        return new PyComplex(real * o.real - imag * o.imag, real * o.imag + imag * o.real);
    }

    /** The quotient, scaling by the larger part of the divisor (no needless overflow); null for a zero divisor. */
    private PyComplex dividedBy(PyComplex o) {
        double absReal = Math.abs(o.real), absImag = Math.abs(o.imag);
        if (absReal >= absImag) {
            if (absReal == 0.0) {
                return null;
            }
            double ratio = o.imag / o.real;
            double denominator = o.real + o.imag * ratio;
            return new PyComplex((real + imag * ratio) / denominator, (imag - real * ratio) / denominator);
        }
        if (absImag >= absReal) {
            double ratio = o.real / o.imag;
            double denominator = o.real * ratio + o.imag;
            return new PyComplex((real * ratio + imag) / denominator, (imag * ratio - real) / denominator);
        }
        return new PyComplex(Double.NaN, Double.NaN); // a NaN in the divisor
    }

    private PyComplex power(PyComplex exponent) {
        PyComplex r;
        if (exponent.imag == 0.0 && exponent.real == Math.rint(exponent.real) && Math.abs(exponent.real) <= 100.0) {
            // small integral exponents multiply, as CPython (exact results such as 1j**2 == -1)
            long n = (long) exponent.real;
            if (n >= 0) {
                r = powUnsigned(n);
            } else {
                r = new PyComplex(1.0, 0.0).dividedBy(powUnsigned(-n));
                if (r == null) {
                    throw zeroToNegativePower();
                }
            }
        } else if (exponent.real == 0.0 && exponent.imag == 0.0) {
            r = new PyComplex(1.0, 0.0);
        } else if (real == 0.0 && imag == 0.0) {
            if (exponent.imag != 0.0 || exponent.real < 0.0) {
                throw zeroToNegativePower();
            }
            r = new PyComplex(0.0, 0.0);
        } else {
            double modulus = hypot(real, imag);
            double length = Math.pow(modulus, exponent.real);
            double angle = Numbers.atan2(imag, real);
            double phase = angle * exponent.real;
            if (exponent.imag != 0.0) {
                length /= Math.exp(angle * exponent.imag);
                phase += exponent.imag * Math.log(modulus);
            }
            r = new PyComplex(length * Math.cos(phase), length * Math.sin(phase));
        }
        if (Double.isInfinite(r.real) || Double.isInfinite(r.imag)) {
            throw Errors.overflow("complex exponentiation");
        }
        return r;
    }

    private PyComplex powUnsigned(long n) {
        PyComplex result = new PyComplex(1.0, 0.0), square = this;
        for (long mask = 1; mask > 0 && n >= mask; mask <<= 1) {
            if ((n & mask) != 0) {
                result = result.times(square);
            }
            square = square.times(square);
        }
        return result;
    }

    /**
     * sqrt(x*x + y*y) correctly rounded in all but halfway cases, as C libraries give it (Java's
     * Math.hypot may be off by an ulp): the squares summed exactly in two doubles, then one
     * Newton correction of the square root.
     */
    static double hypot(double x, double y) {
        double a = Math.abs(x), b = Math.abs(y);
        if (Double.isInfinite(a) || Double.isInfinite(b)) {
            return Double.POSITIVE_INFINITY;
        }
        if (Double.isNaN(a) || Double.isNaN(b)) {
            return Double.NaN;
        }
        if (a < b) {
            double t = a;
            a = b;
            b = t;
        }
        if (b == 0) {
            return a;
        }
        int e = Math.getExponent(a);
        double as = Math.scalb(a, -e), bs = Math.scalb(b, -e); // exact: powers of two
        double aa = as * as, aaLow = Math.fma(as, as, -aa);
        double bb = bs * bs, bbLow = Math.fma(bs, bs, -bb);
        double sum = aa + bb, sumLow = (aa - sum) + bb + aaLow + bbLow;
        double r = Math.sqrt(sum + sumLow);
        double rr = r * r, rrLow = Math.fma(r, r, -rr);
        double residual = ((sum - rr) - rrLow) + sumLow;
        return Math.scalb(r + residual / (2 * r), e);
    }

    private static PyException zeroToNegativePower() {
        return Errors.zeroDivision("0.0 to a negative or complex power");
    }

    /** {@code ==} and {@code !=} against numbers (ints compared exactly); null otherwise (ordering is unsupported). */
    static Object compare(Abstract.CompareOp op, Object a, Object b) {
        if (op != Abstract.CompareOp.EQ && op != Abstract.CompareOp.NE) {
            return null;
        }
        PyComplex c = a instanceof PyComplex x ? x : (PyComplex) b;
        Object other = PyValueInstance.unwrap(c == a ? b : a); // int and float subclasses compare by value
        boolean equal;
        if (other instanceof PyComplex o) {
            equal = c.real == o.real && c.imag == o.imag;
        } else if (other instanceof Double || other instanceof Long || other instanceof Boolean
                || other instanceof BigInteger) {
            equal = c.imag == 0.0 && Abstract.numericCompare(c.real, other) == 0;
        } else {
            return null;
        }
        return op == Abstract.CompareOp.EQ ? equal : !equal;
    }

    long hash() {
        long h = Abstract.hashDouble(real, this) + HASH_IMAG * Abstract.hashDouble(imag, this);
        return h == -1 ? -2 : h;
    }

    boolean isZero() {
        return real == 0.0 && imag == 0.0;
    }

    /** {@code abs(z)}: the modulus, OverflowError when it is not representable. */
    double modulus() {
        if (Double.isInfinite(real) || Double.isInfinite(imag)) {
            return Double.POSITIVE_INFINITY; // even with a NaN part, as C's hypot
        }
        double m = hypot(real, imag);
        if (Double.isInfinite(m)) {
            throw Errors.overflow("absolute value too large");
        }
        return m;
    }

    // ------------------------------------------------------------------ repr

    public String repr() {
        if (real == 0.0 && Math.copySign(1.0, real) > 0) {
            return part(imag) + "j";
        }
        String im = part(imag);
        return "(" + part(real) + (im.startsWith("-") ? "" : "+") + im + "j)";
    }

    /** One part as repr() shows it: the shortest round-tripping digits, without a ".0" suffix. */
    private static String part(double d) {
        if (Double.isNaN(d)) {
            return "nan";
        }
        String s = FloatRepr.repr(d);
        return s.endsWith(".0") ? s.substring(0, s.length() - 2) : s;
    }

    // ------------------------------------------------------------------ construction

    /** {@code complex(real=0, imag=0)}, also from a string. */
    static Object construct(Object[] args, String[] kwnames) {
        Args.onlyKeywords("complex", kwnames, "real", "imag");
        int np = Args.positional(args, kwnames);
        if (np > 2) {
            throw Errors.typeError("complex() takes at most 2 arguments (" + np + " given)");
        }
        Object r = np > 0 ? args[0] : Args.keyword(args, kwnames, "real");
        Object i = np > 1 ? args[1] : Args.keyword(args, kwnames, "imag");
        if (np > 0 && Args.keyword(args, kwnames, "real") != null) {
            throw Errors.typeError("argument for complex() given by name ('real') and position (1)");
        }
        if (np > 1 && Args.keyword(args, kwnames, "imag") != null) {
            throw Errors.typeError("argument for complex() given by name ('imag') and position (2)");
        }
        if (r == null) {
            r = 0L;
        }
        if (r instanceof String s) {
            if (i != null) {
                throw Errors.typeError("complex() can't take second arg if first is a string");
            }
            return parse(s);
        }
        if (i instanceof String) {
            throw Errors.typeError("complex() second arg can't be a string");
        }
        PyComplex cr = complexValue(r);
        boolean realIsComplex = cr != null;
        if (cr == null) {
            cr = new PyComplex(realValue(r, "complex() first argument must be a string or a number, not '"
                    + Errors.typeName(r) + "'"), 0.0);
        }
        if (i == null) {
            return r instanceof PyComplex ? r : new PyComplex(cr.real, cr.imag);
        }
        PyComplex ci = complexValue(i);
        boolean imagIsComplex = ci != null;
        if (ci == null) {
            ci = new PyComplex(realValue(i, "complex() second argument must be a number, not '"
                    + Errors.typeName(i) + "'"), 0.0);
        }
        // real + imag*1j, without adding zero parts that would turn -0.0 into 0.0
        double re = imagIsComplex ? cr.real - ci.imag : cr.real;
        double im = realIsComplex ? ci.real + cr.imag : ci.real;
        return new PyComplex(re, im);
    }

    /** A complex itself or what {@code __complex__} gives; null when the value has neither. */
    private static PyComplex complexValue(Object o) {
        if (o instanceof PyComplex c) {
            return c;
        }
        if (o instanceof PyObject) {
            Object m = PyType.of(o).lookup("__complex__");
            if (m != null) {
                Object v = Abstract.call(m, new Object[] {o}, null);
                if (!(v instanceof PyComplex c)) {
                    throw Errors.typeError("__complex__ returned non-complex (type " + Errors.typeName(v) + ")");
                }
                return c;
            }
        }
        return null;
    }

    private static double realValue(Object o, String message) {
        if (o instanceof Double || o instanceof Long || o instanceof Boolean || o instanceof BigInteger) {
            return Abstract.toDouble(o);
        }
        if (o instanceof PyObject && (PyType.of(o).lookup("__float__") != null
                || PyType.of(o).lookup("__index__") != null)) {
            return Builtins.toFloat(o);
        }
        throw Errors.typeError(message);
    }

    /** {@code complex(str)}: an optional parenthesised {@code real}, {@code imag j} or {@code real±imag j}. */
    static PyComplex parse(String text) {
        String s = text.strip();
        if (s.startsWith("(") && s.endsWith(")") && s.length() >= 2) {
            s = s.substring(1, s.length() - 1).strip();
        }
        int n = s.length();
        int end = Numbers.scanFloat(s, 0);
        if (end < 0) {
            // no number first: only a bare [sign]j
            int i = 0;
            double sign = 1.0;
            if (i < n && (s.charAt(i) == '+' || s.charAt(i) == '-')) {
                sign = s.charAt(i) == '-' ? -1.0 : 1.0;
                i++;
            }
            if (i == n - 1 && isJ(s.charAt(i))) {
                return new PyComplex(0.0, sign);
            }
            throw malformed();
        }
        double first = Numbers.parseFloatLiteral(s.substring(0, end));
        if (end == n) {
            return new PyComplex(first, 0.0);
        }
        if (end == n - 1 && isJ(s.charAt(end))) {
            return new PyComplex(0.0, first);
        }
        char c = s.charAt(end);
        if (c != '+' && c != '-') {
            throw malformed();
        }
        int imagEnd = Numbers.scanFloat(s, end);
        if (imagEnd < 0) {
            // real±j
            if (end + 2 == n && isJ(s.charAt(end + 1))) {
                return new PyComplex(first, c == '-' ? -1.0 : 1.0);
            }
            throw malformed();
        }
        if (imagEnd == n - 1 && isJ(s.charAt(imagEnd))) {
            return new PyComplex(first, Numbers.parseFloatLiteral(s.substring(end, imagEnd)));
        }
        throw malformed();
    }

    private static boolean isJ(char c) {
        return c == 'j' || c == 'J';
    }

    private static PyException malformed() {
        return Errors.valueError("complex() arg is a malformed string");
    }

    // ------------------------------------------------------------------ methods

    static {
        TYPE.define("real", new PyMemberDescriptor("real", TYPE, o -> ((PyComplex) PyValueInstance.unwrap(o)).real,
                null));
        TYPE.define("imag", new PyMemberDescriptor("imag", TYPE, o -> ((PyComplex) PyValueInstance.unwrap(o)).imag,
                null));
        TYPE.defineMethod("conjugate", (a, k) -> {
            PyComplex z = self(a, "conjugate");
            return new PyComplex(z.real, -z.imag);
        });
        TYPE.defineMethod("__complex__", (a, k) -> self(a, "__complex__"));
        TYPE.defineMethod("__abs__", (a, k) -> self(a, "__abs__").modulus());
        TYPE.defineMethod("__neg__", (a, k) -> {
            PyComplex z = self(a, "__neg__");
            return new PyComplex(-z.real, -z.imag);
        });
        TYPE.defineMethod("__pos__", (a, k) -> self(a, "__pos__"));
        TYPE.defineMethod("__bool__", (a, k) -> !self(a, "__bool__").isZero());
        TYPE.defineMethod("__hash__", (a, k) -> self(a, "__hash__").hash());
        TYPE.defineMethod("__repr__", (a, k) -> self(a, "__repr__").repr());
        TYPE.defineMethod("__format__", (a, k) -> Formatter.format(self(a, "__format__"),
                Strings.strArg(a[1], "__format__")));
        TYPE.defineMethod("__getnewargs__", (a, k) -> {
            PyComplex z = self(a, "__getnewargs__");
            return PyTuple.of(z.real, z.imag);
        });
        Abstract.BinaryOp[] operators = {Abstract.BinaryOp.ADD, Abstract.BinaryOp.SUB, Abstract.BinaryOp.MUL,
            Abstract.BinaryOp.TRUEDIV};
        for (Abstract.BinaryOp op : operators) {
            TYPE.defineMethod(op.method, (a, k) -> operator(op, self(a, op.method), a[1]));
            TYPE.defineMethod(op.reflected, (a, k) -> operator(op, a[1], self(a, op.reflected)));
        }
        TYPE.defineMethod("__pow__", (a, k) -> a.length > 2 && a[2] != Singletons.NONE
                ? Numbers.ternaryPow(self(a, "__pow__"), a[1], a[2])
                : operator(Abstract.BinaryOp.POW, self(a, "__pow__"), a[1]));
        TYPE.defineMethod("__rpow__", (a, k) -> a.length > 2 && a[2] != Singletons.NONE
                ? Numbers.ternaryPow(a[1], self(a, "__rpow__"), a[2])
                : operator(Abstract.BinaryOp.POW, a[1], self(a, "__rpow__")));
        for (Abstract.CompareOp op : Abstract.CompareOp.values()) {
            TYPE.defineMethod(op.method, (a, k) -> {
                Object r = compare(op, self(a, op.method), a[1]);
                return r == null ? Singletons.NOT_IMPLEMENTED : r;
            });
        }
    }

    private static Object operator(Abstract.BinaryOp op, Object a, Object b) {
        Object r = binaryOp(op, a, b);
        return r == null ? Singletons.NOT_IMPLEMENTED : r;
    }

    private static PyComplex self(Object[] a, String method) {
        if (a.length == 0 || !(PyValueInstance.unwrap(a[0]) instanceof PyComplex z)) {
            throw Errors.typeError("descriptor '" + method + "' requires a 'complex' object but received a '"
                    + (a.length == 0 ? "NoneType" : Errors.typeName(a[0])) + "'");
        }
        return z;
    }
}
