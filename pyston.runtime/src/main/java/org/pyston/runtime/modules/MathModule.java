package org.pyston.runtime.modules;

import java.math.BigInteger;
import java.util.List;
import java.util.function.DoubleBinaryOperator;
import java.util.function.DoubleUnaryOperator;

import org.pyston.runtime.objects.Abstract;
import org.pyston.runtime.objects.Args;
import org.pyston.runtime.objects.Builtins;
import org.pyston.runtime.objects.Errors;
import org.pyston.runtime.objects.NativeFunction;
import org.pyston.runtime.objects.PyBuiltinFunction;
import org.pyston.runtime.objects.PyException;
import org.pyston.runtime.objects.PyModule;
import org.pyston.runtime.objects.PyTuple;
import org.pyston.runtime.objects.PyType;
import org.pyston.runtime.objects.Singletons;

/**
 * {@code math}: CPython 3.11's functions with its argument rules and its error reporting. A C
 * function's result is judged as CPython's {@code math_1}/{@code math_2} judge it: a NaN from a
 * non-NaN argument is a domain error (ValueError), an infinity from finite arguments is an
 * overflow (OverflowError) for the functions that can overflow and a pole (ValueError) for the
 * others. The kernels Java lacks are in {@link LibM}.
 */
final class MathModule {
    private MathModule() {
    }

    /** PyFloat_AsDouble: a float, or an object with {@code __float__} or {@code __index__}. */
    static double toDouble(Object o) {
        return Abstract.asDouble(o);
    }

    private static PyException domainError() {
        return Errors.valueError("math domain error");
    }

    private static PyException rangeError() {
        return Errors.overflow("math range error");
    }

    /** CPython's math_1: one float argument, errors judged from the result. */
    private static void unary(PyModule m, String name, DoubleUnaryOperator op, boolean canOverflow) {
        fn(m, name, (a, k) -> {
            oneArgument(name, a, k);
            return checked1(toDouble(a[0]), op.applyAsDouble(toDouble0(a[0])), canOverflow);
        });
    }

    private static double toDouble0(Object o) {
        return o instanceof Double d ? d : toDouble(o);
    }

    private static double checked1(double x, double r, boolean canOverflow) {
        if (Double.isNaN(r) && !Double.isNaN(x)) {
            throw domainError();
        }
        if (Double.isInfinite(r) && Double.isFinite(x)) {
            throw canOverflow ? rangeError() : domainError();
        }
        return r;
    }

    /** CPython's math_2: two float arguments. */
    private static void binary(PyModule m, String name, DoubleBinaryOperator op, boolean canOverflow) {
        fn(m, name, (a, k) -> {
            Ext.positionalOnly(name, a, k, 2, 2);
            double x = toDouble(a[0]);
            double y = toDouble(a[1]);
            double r = op.applyAsDouble(x, y);
            if (Double.isNaN(r) && !Double.isNaN(x) && !Double.isNaN(y)) {
                throw domainError();
            }
            if (Double.isInfinite(r) && Double.isFinite(x) && Double.isFinite(y)) {
                throw canOverflow ? rangeError() : domainError();
            }
            return r;
        });
    }

    /** METH_O: "math.NAME() takes exactly one argument (N given)". */
    private static void oneArgument(String name, Object[] a, String[] k) {
        if (k != null && k.length > 0) {
            throw Errors.typeError("math." + name + "() takes no keyword arguments");
        }
        if (a.length != 1) {
            throw Errors.typeError("math." + name + "() takes exactly one argument (" + a.length + " given)");
        }
    }

    /** gamma and lgamma report through an error code (CPython's errno), not by the result alone. */
    private interface WithError {
        double apply(double x, int[] error);
    }

    private static void unaryWithError(PyModule m, String name, WithError op) {
        fn(m, name, (a, k) -> {
            oneArgument(name, a, k);
            int[] error = {LibM.OK};
            double r = op.apply(toDouble(a[0]), error);
            if (error[0] == LibM.DOMAIN) {
                throw domainError();
            }
            if (error[0] == LibM.RANGE && Math.abs(r) >= 1.5) { // an underflow is no error
                throw rangeError();
            }
            return r;
        });
    }

    static PyModule create() {
        PyModule m = new PyModule("math");
        m.set("__doc__", "This module provides access to the mathematical functions\n"
                + "defined by the C standard.");
        m.set("pi", Math.PI);
        m.set("e", Math.E);
        m.set("tau", 2 * Math.PI);
        m.set("inf", Double.POSITIVE_INFINITY);
        m.set("nan", Double.NaN);
        unary(m, "acos", Math::acos, false);
        unary(m, "acosh", LibM::acosh, false);
        unary(m, "asin", Math::asin, false);
        unary(m, "asinh", LibM::asinh, false);
        unary(m, "atan", Math::atan, false);
        unary(m, "atanh", LibM::atanh, false);
        unary(m, "cbrt", Math::cbrt, false);
        unary(m, "cos", Math::cos, false);
        unary(m, "cosh", Math::cosh, true);
        unary(m, "erf", LibM::erf, false);
        unary(m, "erfc", LibM::erfc, false);
        unary(m, "exp", Math::exp, true);
        unary(m, "exp2", x -> Math.pow(2.0, x), true);
        unary(m, "expm1", Math::expm1, true);
        unary(m, "fabs", Math::abs, false);
        unary(m, "log1p", Math::log1p, false);
        unary(m, "sin", Math::sin, false);
        unary(m, "sinh", Math::sinh, true);
        unary(m, "sqrt", Math::sqrt, false);
        unary(m, "tan", Math::tan, false);
        unary(m, "tanh", Math::tanh, false);
        unaryWithError(m, "gamma", LibM::gamma);
        unaryWithError(m, "lgamma", LibM::lgamma);
        binary(m, "atan2", Math::atan2, false);
        binary(m, "copysign", Math::copySign, false);
        binary(m, "remainder", LibM::remainder, false);
        fn(m, "fmod", (a, k) -> {
            Ext.positionalOnly("fmod", a, k, 2, 2);
            double x = toDouble(a[0]);
            double y = toDouble(a[1]);
            if (Double.isInfinite(y) && Double.isFinite(x)) {
                return x;
            }
            double r = x % y;
            if (Double.isNaN(r) && !Double.isNaN(x) && !Double.isNaN(y)) {
                throw domainError();
            }
            return r;
        });
        fn(m, "pow", (a, k) -> {
            Ext.positionalOnly("pow", a, k, 2, 2);
            return pow(toDouble(a[0]), toDouble(a[1]));
        });
        fn(m, "log", (a, k) -> {
            if (k != null && k.length > 0) {
                throw Errors.typeError("math.log() takes no keyword arguments");
            }
            if (a.length < 1 || a.length > 2) {
                throw Errors.typeError("log expected " + (a.length < 1 ? "at least 1 argument" : "at most 2 arguments")
                        + ", got " + a.length);
            }
            double num = logOf(a[0], Math::log);
            if (a.length == 1) {
                return num;
            }
            double den = logOf(a[1], Math::log);
            if (den == 0.0) {
                throw Errors.of(Errors.ZERO_DIVISION_ERROR, "float division by zero");
            }
            return num / den;
        });
        fn(m, "log2", (a, k) -> {
            oneArgument("log2", a, k);
            return logOf(a[0], LibM::log2);
        });
        fn(m, "log10", (a, k) -> {
            oneArgument("log10", a, k);
            return logOf(a[0], Math::log10);
        });
        fn(m, "hypot", (a, k) -> {
            Args.noKeywords("hypot", k);
            double[] v = new double[a.length];
            double max = 0.0;
            boolean nan = false;
            for (int i = 0; i < a.length; i++) {
                double x = Math.abs(coordinate(a[i]));
                v[i] = x;
                nan |= Double.isNaN(x);
                if (x > max) {
                    max = x;
                }
            }
            return LibM.vectorNorm(v, a.length, max, nan);
        });
        fn(m, "dist", (a, k) -> {
            Ext.positionalOnly("dist", a, k, 2, 2);
            List<Object> p = Abstract.iterToList(a[0]);
            List<Object> q = Abstract.iterToList(a[1]);
            if (p.size() != q.size()) {
                throw Errors.valueError("both points must have the same number of dimensions");
            }
            double[] v = new double[p.size()];
            double max = 0.0;
            boolean nan = false;
            for (int i = 0; i < v.length; i++) {
                double x = Math.abs(coordinate(p.get(i)) - coordinate(q.get(i)));
                v[i] = x;
                nan |= Double.isNaN(x);
                if (x > max) {
                    max = x;
                }
            }
            return LibM.vectorNorm(v, v.length, max, nan);
        });
        fn(m, "floor", (a, k) -> {
            oneArgument("floor", a, k);
            return rounding(a[0], "__floor__", Math::floor);
        });
        fn(m, "ceil", (a, k) -> {
            oneArgument("ceil", a, k);
            return rounding(a[0], "__ceil__", Math::ceil);
        });
        fn(m, "trunc", (a, k) -> {
            oneArgument("trunc", a, k);
            Object x = a[0];
            if (x instanceof Double d) {
                return Builtins.floatToInt(d);
            }
            Object method = PyType.of(x).lookup("__trunc__");
            if (method == null) {
                throw Errors.typeError("type " + Errors.typeName(x) + " doesn't define __trunc__ method");
            }
            return Abstract.call(method, new Object[] {x}, null);
        });
        fn(m, "isnan", (a, k) -> {
            oneArgument("isnan", a, k);
            return Double.isNaN(toDouble(a[0]));
        });
        fn(m, "isinf", (a, k) -> {
            oneArgument("isinf", a, k);
            return Double.isInfinite(toDouble(a[0]));
        });
        fn(m, "isfinite", (a, k) -> {
            oneArgument("isfinite", a, k);
            return Double.isFinite(toDouble(a[0]));
        });
        fn(m, "degrees", (a, k) -> {
            oneArgument("degrees", a, k);
            return toDouble(a[0]) * (180.0 / Math.PI);
        });
        fn(m, "radians", (a, k) -> {
            oneArgument("radians", a, k);
            return toDouble(a[0]) * (Math.PI / 180.0);
        });
        fn(m, "fsum", (a, k) -> {
            oneArgument("fsum", a, k);
            return fsum(Abstract.iter(a[0]));
        });
        integerFunctions(m);
        floatFunctions(m);
        return m;
    }

    /** A coordinate of hypot/dist: a float, an int (OverflowError beyond floats), or PyFloat_AsDouble. */
    private static double coordinate(Object o) {
        return toDouble(o);
    }

    /** math.floor/ceil: a float directly, else the type's {@code __floor__}/{@code __ceil__}, else as a float. */
    private static Object rounding(Object x, String special, DoubleUnaryOperator op) {
        if (!(x instanceof Double)) {
            if (x instanceof Long || x instanceof BigInteger) {
                return x;
            }
            Object method = PyType.of(x).lookup(special);
            if (method != null) {
                return Abstract.call(method, new Object[] {x}, null);
            }
        }
        return Builtins.floatToInt(op.applyAsDouble(toDouble(x)));
    }

    /** math.pow: C99's special cases directly, libm's pow for finite operands. */
    static double pow(double x, double y) {
        if (!Double.isFinite(x) || !Double.isFinite(y)) {
            if (Double.isNaN(x)) {
                return y == 0.0 ? 1.0 : x; // nan**0 = 1
            }
            if (Double.isNaN(y)) {
                return x == 1.0 ? 1.0 : y; // 1**nan = 1
            }
            if (Double.isInfinite(x)) {
                boolean oddY = Double.isFinite(y) && Math.abs(y) % 2.0 == 1.0;
                if (y > 0.0) {
                    return oddY ? x : Math.abs(x);
                }
                if (y == 0.0) {
                    return 1.0;
                }
                return oddY ? Math.copySign(0.0, x) : 0.0;
            }
            // y infinite
            if (Math.abs(x) == 1.0) {
                return 1.0;
            }
            if (y > 0.0 && Math.abs(x) > 1.0) {
                return y;
            }
            if (y < 0.0 && Math.abs(x) < 1.0) {
                return -y;
            }
            return 0.0;
        }
        double r = Math.pow(x, y);
        if (Double.isNaN(r)) {
            throw domainError(); // a negative number to a non-integer power
        }
        if (Double.isInfinite(r)) {
            throw x == 0.0 ? domainError() : rangeError();
        }
        return r;
    }

    /**
     * log, log2, log10 of a number: an int as large as it is (beyond floats, through its binary
     * exponent: func(m) + func(2) * e), a float by the C function with C99's errors.
     */
    private static double logOf(Object o, DoubleUnaryOperator func) {
        if (o instanceof Long || o instanceof BigInteger || o instanceof Boolean) {
            BigInteger b = Abstract.big(o);
            if (b.signum() <= 0) {
                throw domainError();
            }
            double d = b.doubleValue();
            if (Double.isInfinite(d)) {
                int e = b.bitLength();
                int shift = e - 60;
                double mantissa = b.shiftRight(shift).doubleValue() / 0x1p60; // in [0.5, 1)
                return func.applyAsDouble(mantissa) + func.applyAsDouble(2.0) * e;
            }
            return checkedLog(d, func);
        }
        return checkedLog(toDouble(o), func);
    }

    private static double checkedLog(double x, DoubleUnaryOperator func) {
        if (Double.isNaN(x)) {
            return x;
        }
        if (x <= 0.0) {
            throw domainError(); // log(0) is a pole, log of a negative number invalid: both ValueError
        }
        return func.applyAsDouble(x);
    }

    // ------------------------------------------------------------------ functions of ints

    private static void integerFunctions(PyModule m) {
        fn(m, "gcd", (a, k) -> {
            Args.noKeywords("gcd", k);
            if (a.length == 0) {
                return 0L;
            }
            Object first = Abstract.indexValue(a[0]);
            if (a.length == 1) {
                return Abstract.normalize(Abstract.big(first).abs());
            }
            BigInteger g = Abstract.big(first);
            for (int i = 1; i < a.length; i++) {
                BigInteger b = Abstract.big(Abstract.indexValue(a[i]));
                g = g.gcd(b);
            }
            return Abstract.normalize(g.abs());
        });
        fn(m, "lcm", (a, k) -> {
            Args.noKeywords("lcm", k);
            if (a.length == 0) {
                return 1L;
            }
            BigInteger l = Abstract.big(Abstract.indexValue(a[0])).abs();
            for (int i = 1; i < a.length; i++) {
                BigInteger b = Abstract.big(Abstract.indexValue(a[i])).abs();
                if (l.signum() == 0 || b.signum() == 0) {
                    l = BigInteger.ZERO;
                    continue;
                }
                l = l.divide(l.gcd(b)).multiply(b);
            }
            return Abstract.normalize(l);
        });
        fn(m, "factorial", (a, k) -> {
            oneArgument("factorial", a, k);
            BigInteger n = Abstract.big(Abstract.indexValue(a[0]));
            if (n.signum() < 0) {
                throw Errors.valueError("factorial() not defined for negative values");
            }
            if (n.bitLength() > 63) {
                throw Errors.overflow("factorial() argument should not exceed " + Long.MAX_VALUE);
            }
            return Abstract.normalize(product(2, n.longValue()));
        });
        fn(m, "isqrt", (a, k) -> {
            oneArgument("isqrt", a, k);
            BigInteger n = Abstract.big(Abstract.indexValue(a[0]));
            if (n.signum() < 0) {
                throw Errors.valueError("isqrt() argument must be nonnegative");
            }
            return Abstract.normalize(n.sqrt());
        });
        fn(m, "comb", (a, k) -> {
            Ext.positionalOnly("comb", a, k, 2, 2);
            BigInteger n = nonNegative(a[0], "n");
            BigInteger r = nonNegative(a[1], "k");
            if (r.compareTo(n) > 0) {
                return 0L;
            }
            r = r.min(n.subtract(r));
            if (r.bitLength() > 63) {
                throw Errors.overflow("min(n - k, k) must not exceed " + Long.MAX_VALUE);
            }
            long kk = r.longValue();
            return Abstract.normalize(fallingProduct(n, kk).divide(product(2, kk)));
        });
        fn(m, "perm", (a, k) -> {
            Ext.positionalOnly("perm", a, k, 1, 2);
            BigInteger n = nonNegative(a[0], "n");
            if (a.length < 2 || a[1] == Singletons.NONE) {
                if (n.bitLength() > 63) {
                    throw Errors.overflow("n must not exceed " + Long.MAX_VALUE);
                }
                return Abstract.normalize(product(2, n.longValue()));
            }
            BigInteger r = nonNegative(a[1], "k");
            if (r.compareTo(n) > 0) {
                return 0L;
            }
            if (r.bitLength() > 63) {
                throw Errors.overflow("k must not exceed " + Long.MAX_VALUE);
            }
            return Abstract.normalize(fallingProduct(n, r.longValue()));
        });
        fn(m, "prod", (a, k) -> {
            Object[] v = Ext.bind("prod", a, k, 1, 1, "iterable", "start");
            Object acc = v[1] == null ? (Object) 1L : v[1];
            org.pyston.runtime.objects.PyIterator it = Abstract.iter(v[0]);
            for (Object o = Abstract.next(it); o != null; o = Abstract.next(it)) {
                acc = Abstract.binaryOp(Abstract.BinaryOp.MUL, acc, o);
            }
            return acc;
        });
    }

    /** lo * (lo+1) * ... * hi by balanced halves (so the big multiplications are subquadratic); 1 when empty. */
    private static BigInteger product(long lo, long hi) {
        if (hi < lo) {
            return BigInteger.ONE;
        }
        if (hi - lo < 16) {
            BigInteger r = BigInteger.valueOf(lo);
            for (long i = lo + 1; i <= hi; i++) {
                r = r.multiply(BigInteger.valueOf(i));
            }
            return r;
        }
        long mid = lo + (hi - lo) / 2;
        return product(lo, mid).multiply(product(mid + 1, hi));
    }

    /** n * (n-1) * ... * (n-k+1). */
    private static BigInteger fallingProduct(BigInteger n, long k) {
        if (n.bitLength() < 63) {
            long top = n.longValue();
            return product(top - k + 1, top);
        }
        return fallingProduct(n, 0, k);
    }

    private static BigInteger fallingProduct(BigInteger n, long from, long to) {
        if (to - from <= 16) {
            BigInteger r = BigInteger.ONE;
            for (long i = from; i < to; i++) {
                r = r.multiply(n.subtract(BigInteger.valueOf(i)));
            }
            return r;
        }
        long mid = from + (to - from) / 2;
        return fallingProduct(n, from, mid).multiply(fallingProduct(n, mid, to));
    }

    /**
     * {@code math.fsum}: the exactly rounded sum, by Shewchuk's non-overlapping partial sums (the
     * algorithm CPython uses, with its errors: an infinite partial sum from finite terms is an
     * intermediate overflow; infinities and NaNs are summed apart).
     */
    static double fsum(org.pyston.runtime.objects.PyIterator items) {
        double[] partials = new double[32];
        int n = 0;
        double specialSum = 0.0;
        double infSum = 0.0;
        for (Object item = Abstract.next(items); item != null; item = Abstract.next(items)) {
            double x = toDouble(item);
            double original = x;
            int i = 0;
            for (int j = 0; j < n; j++) {
                double y = partials[j];
                if (Math.abs(x) < Math.abs(y)) {
                    double t = x;
                    x = y;
                    y = t;
                }
                double hi = x + y;
                double lo = y - (hi - x);
                if (lo != 0.0) {
                    partials[i++] = lo;
                }
                x = hi;
            }
            n = i;
            if (x != 0.0) {
                if (!Double.isFinite(x)) {
                    // from an infinity or NaN among the terms, or an overflow of the partial sums
                    if (Double.isFinite(original)) {
                        throw Errors.overflow("intermediate overflow in fsum");
                    }
                    if (Double.isInfinite(original)) {
                        infSum += original;
                    }
                    specialSum += original;
                    n = 0;
                } else {
                    if (n == partials.length) {
                        partials = java.util.Arrays.copyOf(partials, n * 2);
                    }
                    partials[n++] = x;
                }
            }
        }
        if (specialSum != 0.0) {
            if (Double.isNaN(infSum)) {
                throw Errors.valueError("-inf + inf in fsum");
            }
            return specialSum;
        }
        double hi = 0.0;
        if (n > 0) {
            hi = partials[--n];
            double lo = 0.0;
            // sum from the top while the sum is exact
            while (n > 0) {
                double x = hi;
                double y = partials[--n];
                hi = x + y;
                double yr = hi - x;
                lo = y - yr;
                if (lo != 0.0) {
                    break;
                }
            }
            // round half to even across the partials: a remainder of exactly half an ulp with a
            // following partial of the same sign rounds away
            if (n > 0 && (lo < 0.0 && partials[n - 1] < 0.0 || lo > 0.0 && partials[n - 1] > 0.0)) {
                double y = lo * 2.0;
                double x = hi + y;
                double yr = x - hi;
                if (y == yr) {
                    hi = x;
                }
            }
        }
        return hi;
    }

    // ------------------------------------------------------------------ float representation

    private static void floatFunctions(PyModule m) {
        fn(m, "frexp", (a, k) -> {
            double x = toDouble(a[0]);
            if (x == 0 || Double.isNaN(x) || Double.isInfinite(x)) {
                return org.pyston.runtime.objects.PyTuple.of(x, 0L);
            }
            int e = Math.getExponent(x) + 1;
            double mant = x / Math.scalb(1.0, e);
            if (Math.abs(mant) < 0.5) { // subnormal input
                int extra = Math.getExponent(mant) + 1;
                e += extra;
                mant = x / Math.scalb(1.0, e);
            }
            return org.pyston.runtime.objects.PyTuple.of(mant, (long) e);
        });
        fn(m, "ldexp", (a, k) -> {
            double x = toDouble(a[0]);
            if (!Abstract.isInt(a[1])) {
                throw Errors.typeError("Expected an int as second argument to ldexp.");
            }
            BigInteger e = Abstract.big(a[1]);
            int exp = e.bitLength() > 31 ? (e.signum() > 0 ? 100000 : -100000) : e.intValue();
            double r = Math.scalb(x, Math.max(-100000, Math.min(100000, exp)));
            if (Double.isInfinite(r) && !Double.isInfinite(x)) {
                throw Errors.overflow("math range error");
            }
            return r;
        });
        fn(m, "modf", (a, k) -> {
            double x = toDouble(a[0]);
            if (Double.isInfinite(x)) {
                return org.pyston.runtime.objects.PyTuple.of(Math.copySign(0.0, x), x);
            }
            double ip = x < 0 ? Math.ceil(x) : Math.floor(x);
            return org.pyston.runtime.objects.PyTuple.of(Math.copySign(x - ip, x), ip);
        });
        fn(m, "nextafter", (a, k) -> Math.nextAfter(toDouble(a[0]), toDouble(a[1])));
        fn(m, "ulp", (a, k) -> {
            double x = toDouble(a[0]);
            if (Double.isNaN(x)) {
                return x;
            }
            x = Math.abs(x);
            if (Double.isInfinite(x)) {
                return x;
            }
            double next = Math.nextUp(x);
            if (Double.isInfinite(next)) {
                return x - Math.nextDown(x);
            }
            return next - x;
        });
        fn(m, "isclose", (a, k) -> {
            Object[] v = Ext.bind("isclose", a, k, 2, 2, "a", "b", "rel_tol", "abs_tol");
            double x = toDouble(v[0]), y = toDouble(v[1]);
            double rel = v[2] == null ? 1e-9 : toDouble(v[2]), abs = v[3] == null ? 0 : toDouble(v[3]);
            if (rel < 0 || abs < 0) {
                throw Errors.valueError("tolerances must be non-negative");
            }
            if (x == y) {
                return true;
            }
            if (Double.isInfinite(x) || Double.isInfinite(y)) {
                return false;
            }
            double diff = Math.abs(y - x);
            return diff <= Math.abs(rel * y) || diff <= Math.abs(rel * x) || diff <= abs;
        });
    }

    private static BigInteger nonNegative(Object o, String what) {
        if (!Abstract.isInt(o)) {
            o = Abstract.indexValue(o);
        }
        BigInteger b = Abstract.big(o);
        if (b.signum() < 0) {
            throw Errors.valueError(what + " must be a non-negative integer");
        }
        return b;
    }

    private static void fn(PyModule m, String name, NativeFunction f) {
        m.set(name, new PyBuiltinFunction(name, f, false));
    }
}
