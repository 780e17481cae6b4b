package org.pyston.runtime.modules;

import java.math.BigInteger;
import java.util.function.DoubleUnaryOperator;
import org.pyston.runtime.objects.Abstract;
import org.pyston.runtime.objects.Errors;
import org.pyston.runtime.objects.NativeFunction;
import org.pyston.runtime.objects.PyBuiltinFunction;
import org.pyston.runtime.objects.PyModule;

/** {@code math}: the functions over floats and ints with CPython's domain errors. */
final class MathModule {
    private MathModule() {
    }

    static double toDouble(Object o) {
        return Abstract.asDouble(o);
    }

    private static void unary(PyModule m, String name, DoubleUnaryOperator op) {
        fn(m, name, (a, k) -> {
            double x = toDouble(a[0]);
            double r = op.applyAsDouble(x);
            if (Double.isNaN(r) && !Double.isNaN(x)) {
                throw Errors.valueError("math domain error");
            }
            if (Double.isInfinite(r) && !Double.isInfinite(x)) {
                if (name.equals("log") || name.equals("log10") || name.equals("log2")) {
                    throw Errors.valueError("math domain error");
                }
                throw Errors.overflow("math range error");
            }
            return r;
        });
    }

    static PyModule create() {
        PyModule m = new PyModule("math");
        m.set("pi", Math.PI);
        m.set("e", Math.E);
        m.set("tau", 2 * Math.PI);
        m.set("inf", Double.POSITIVE_INFINITY);
        m.set("nan", Double.NaN);
        unary(m, "sqrt", Math::sqrt);
        unary(m, "exp", Math::exp);
        unary(m, "sin", Math::sin);
        unary(m, "cos", Math::cos);
        unary(m, "tan", Math::tan);
        unary(m, "asin", Math::asin);
        unary(m, "acos", Math::acos);
        unary(m, "atan", Math::atan);
        unary(m, "sinh", Math::sinh);
        unary(m, "cosh", Math::cosh);
        unary(m, "tanh", Math::tanh);
        unary(m, "log10", Math::log10);
        unary(m, "log2", x -> Math.log(x) / Math.log(2));
        unary(m, "fabs", Math::abs);
        unary(m, "expm1", Math::expm1);
        unary(m, "log1p", Math::log1p);
        fn(m, "log", (a, k) -> {
            double x = logOf(a[0]);
            if (a.length > 1) {
                return x / logOf(a[1]);
            }
            return x;
        });
        fn(m, "pow", (a, k) -> {
            Ext.positionalOnly("pow", a, k, 2, 2);
            double x = toDouble(a[0]), y = toDouble(a[1]);
            if (Double.isFinite(x) && Double.isFinite(y)) {
                // C99's pow special cases that CPython reports: 0 to a negative power, a negative base
                // to a non-integer power, and results too large
                if (x == 0 && y < 0 || x < 0 && y != Math.rint(y)) {
                    throw Errors.valueError("math domain error");
                }
                double r = Math.pow(x, y);
                if (Double.isInfinite(r)) {
                    throw Errors.overflow("math range error");
                }
                return r;
            }
            if (x == 1 || x == -1 && Double.isInfinite(y)) {
                return 1.0; // C99: also for a NaN or infinite exponent, where Java's pow answers NaN
            }
            return Math.pow(x, y);
        });
        fn(m, "atan2", (a, k) -> Math.atan2(toDouble(a[0]), toDouble(a[1])));
        fn(m, "hypot", (a, k) -> {
            double s = 0;
            for (Object o : a) {
                double v = toDouble(o);
                s += v * v;
            }
            return a.length == 2 ? Math.hypot(toDouble(a[0]), toDouble(a[1])) : Math.sqrt(s);
        });
        fn(m, "copysign", (a, k) -> Math.copySign(toDouble(a[0]), toDouble(a[1])));
        fn(m, "floor", (a, k) -> a[0] instanceof Long || a[0] instanceof BigInteger ? a[0] : toInt(Math.floor(toDouble(a[0]))));
        fn(m, "ceil", (a, k) -> a[0] instanceof Long || a[0] instanceof BigInteger ? a[0] : toInt(Math.ceil(toDouble(a[0]))));
        fn(m, "trunc", (a, k) -> a[0] instanceof Long || a[0] instanceof BigInteger ? a[0] : toInt(toDouble(a[0])));
        fn(m, "isnan", (a, k) -> Double.isNaN(toDouble(a[0])));
        fn(m, "isinf", (a, k) -> Double.isInfinite(toDouble(a[0])));
        fn(m, "isfinite", (a, k) -> Double.isFinite(toDouble(a[0])));
        fn(m, "degrees", (a, k) -> Math.toDegrees(toDouble(a[0])));
        fn(m, "radians", (a, k) -> Math.toRadians(toDouble(a[0])));
        fn(m, "fmod", (a, k) -> {
            double y = toDouble(a[1]);
            if (y == 0) {
                throw Errors.valueError("math domain error");
            }
            return toDouble(a[0]) % y;
        });
        fn(m, "gcd", (a, k) -> {
            BigInteger g = BigInteger.ZERO;
            for (Object o : a) {
                g = g.gcd(BigInteger.valueOf(Abstract.index(o)));
            }
            return Abstract.normalize(g);
        });
        fn(m, "factorial", (a, k) -> {
            long n = Abstract.index(a[0]);
            if (n < 0) {
                throw Errors.valueError("factorial() not defined for negative values");
            }
            BigInteger r = BigInteger.ONE;
            for (long i = 2; i <= n; i++) {
                r = r.multiply(BigInteger.valueOf(i));
            }
            return Abstract.normalize(r);
        });
        fn(m, "isqrt", (a, k) -> {
            BigInteger n = a[0] instanceof BigInteger b ? b : BigInteger.valueOf(Abstract.index(a[0]));
            if (n.signum() < 0) {
                throw Errors.valueError("isqrt() argument must be nonnegative");
            }
            return Abstract.normalize(n.sqrt());
        });
        fn(m, "fsum", (a, k) -> {
            Ext.positionalOnly("fsum", a, k, 1, 1);
            return fsum(Abstract.iter(a[0]));
        });
        more(m);
        return m;
    }

    /** The rest of CPython 3.11's math functions. */
    private static void more(PyModule m) {
        unary(m, "cbrt", Math::cbrt);
        unary(m, "exp2", x -> Math.pow(2, x));
        unary(m, "asinh", x -> {
            if (Double.isInfinite(x) || x == 0) {
                return x;
            }
            double ax = Math.abs(x);
            double r = ax > 1e8 ? Math.log(ax) + Math.log(2) : Math.log1p(ax + ax * ax / (1 + Math.sqrt(1 + ax * ax)));
            return Math.copySign(r, x);
        });
        unary(m, "acosh", x -> x < 1 ? Double.NaN : x > 1e8 ? Math.log(x) + Math.log(2)
                : Math.log1p(x - 1 + Math.sqrt((x - 1) * (x + 1))));
        fn(m, "atanh", (a, k) -> {
            double x = toDouble(a[0]);
            if (Math.abs(x) >= 1) {
                throw Errors.valueError("math domain error");
            }
            return Math.abs(x) < 0.5 ? 0.5 * Math.log1p(2 * x + 2 * x * x / (1 - x)) : 0.5 * Math.log1p(2 * x / (1 - x));
        });
        unary(m, "erf", MathModule::erf);
        unary(m, "erfc", x -> 1 - erf(x));
        fn(m, "gamma", (a, k) -> gamma(toDouble(a[0])));
        fn(m, "lgamma", (a, k) -> lgamma(toDouble(a[0])));
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
        fn(m, "remainder", (a, k) -> {
            double x = toDouble(a[0]), y = toDouble(a[1]);
            if (Double.isNaN(x) || Double.isNaN(y)) {
                return Double.NaN;
            }
            if (Double.isInfinite(x) || y == 0) {
                throw Errors.valueError("math domain error");
            }
            return Math.IEEEremainder(x, y);
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
        fn(m, "lcm", (a, k) -> {
            BigInteger l = BigInteger.ONE;
            for (Object o : a) {
                BigInteger b = Abstract.big(Abstract.indexValue(o)).abs();
                if (b.signum() == 0) {
                    l = BigInteger.ZERO;
                } else if (l.signum() != 0) {
                    l = l.divide(l.gcd(b)).multiply(b);
                }
            }
            return Abstract.normalize(l);
        });
        fn(m, "comb", (a, k) -> {
            Ext.positionalOnly("comb", a, k, 2, 2);
            BigInteger n = nonNegative(a[0], "n"), r = nonNegative(a[1], "k");
            if (r.compareTo(n) > 0) {
                return 0L;
            }
            if (r.compareTo(n.subtract(r)) > 0) {
                r = n.subtract(r);
            }
            BigInteger result = BigInteger.ONE;
            for (BigInteger i = BigInteger.ONE; i.compareTo(r) <= 0; i = i.add(BigInteger.ONE)) {
                result = result.multiply(n.subtract(r).add(i)).divide(i);
            }
            return Abstract.normalize(result);
        });
        fn(m, "perm", (a, k) -> {
            Ext.positionalOnly("perm", a, k, 1, 2);
            BigInteger n = nonNegative(a[0], "n");
            BigInteger r = a.length < 2 || a[1] == org.pyston.runtime.objects.Singletons.NONE ? n : nonNegative(a[1], "k");
            if (r.compareTo(n) > 0) {
                return 0L;
            }
            BigInteger result = BigInteger.ONE;
            for (BigInteger i = n.subtract(r).add(BigInteger.ONE); i.compareTo(n) <= 0; i = i.add(BigInteger.ONE)) {
                result = result.multiply(i);
            }
            return Abstract.normalize(result);
        });
        fn(m, "prod", (a, k) -> {
            Object[] v = Ext.bind("prod", a, k, 1, 1, "iterable", "start");
            Object acc = v[1] == null ? (Object) 1L : v[1];
            for (Object o : Abstract.iterToList(v[0])) {
                acc = Abstract.binaryOp(Abstract.BinaryOp.MUL, acc, o);
            }
            return acc;
        });
        fn(m, "dist", (a, k) -> {
            Ext.positionalOnly("dist", a, k, 2, 2);
            java.util.List<Object> p = Abstract.iterToList(a[0]), q = Abstract.iterToList(a[1]);
            if (p.size() != q.size()) {
                throw Errors.valueError("both points must have the same number of dimensions");
            }
            double s = 0;
            for (int i = 0; i < p.size(); i++) {
                double d = toDouble(p.get(i)) - toDouble(q.get(i));
                s += d * d;
            }
            return Math.sqrt(s);
        });
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

    /** erf by its Taylor series near 0 and a continued fraction for erfc further out (CPython's former m_erf). */
    static double erf(double x) {
        if (Double.isNaN(x)) {
            return x;
        }
        double ax = Math.abs(x);
        if (ax < 1.5) {
            double x2 = x * x, acc = 0, fk = 25 + 0.5;
            for (int i = 0; i < 25; i++) {
                acc = 2.0 + x2 * acc / fk;
                fk -= 1.0;
            }
            return acc * x * Math.exp(-x2) / Math.sqrt(Math.PI);
        }
        if (ax >= 30) {
            return Math.copySign(1.0, x);
        }
        double x2 = ax * ax, a = 0, da = 0.5, p = 1, pLast = 0, q = da + x2, qLast = 1;
        for (int i = 0; i < 50; i++) {
            a += da;
            da += 2.0;
            double b = da + x2;
            double t = p;
            p = b * p - a * pLast;
            pLast = t;
            t = q;
            q = b * q - a * qLast;
            qLast = t;
        }
        double erfc = p / q * ax * Math.exp(-x2) / Math.sqrt(Math.PI);
        return Math.copySign(1 - erfc, x);
    }

    private static final double[] LANCZOS = {0.99999999999980993, 676.5203681218851, -1259.1392167224028,
        771.32342877765313, -176.61502916214059, 12.507343278686905, -0.13857109526572012, 9.9843695780195716e-6,
        1.5056327351493116e-7};

    static double gamma(double x) {
        if (Double.isNaN(x)) {
            return x;
        }
        if (Double.isInfinite(x)) {
            if (x > 0) {
                return x;
            }
            throw Errors.valueError("math domain error");
        }
        if (x == Math.rint(x)) {
            if (x <= 0) {
                throw Errors.valueError("math domain error");
            }
            if (x <= 23) {
                double f = 1;
                for (int i = 2; i < (int) x; i++) {
                    f *= i;
                }
                return f; // exact, as CPython's table
            }
        }
        if (x > 171.62) {
            throw Errors.overflow("math range error");
        }
        if (x < 0.5) {
            return Math.PI / (Math.sin(Math.PI * x) * gamma(1 - x));
        }
        double y = x - 1, t = y + 7.5, s = LANCZOS[0];
        for (int i = 1; i < LANCZOS.length; i++) {
            s += LANCZOS[i] / (y + i);
        }
        return Math.sqrt(2 * Math.PI) * Math.pow(t, (y + 0.5) / 2) * Math.pow(t, (y + 0.5) / 2) * Math.exp(-t) * s;
    }

    static double lgamma(double x) {
        if (Double.isNaN(x) || Double.isInfinite(x)) {
            return Math.abs(x);
        }
        if (x == Math.rint(x) && x <= 2) {
            if (x <= 0) {
                throw Errors.valueError("math domain error");
            }
            return 0.0;
        }
        if (x < 0.5) {
            double r = Math.log(Math.PI / Math.abs(Math.sin(Math.PI * x))) - lgamma(1 - x);
            return r;
        }
        double y = x - 1, t = y + 7.5, s = LANCZOS[0];
        for (int i = 1; i < LANCZOS.length; i++) {
            s += LANCZOS[i] / (y + i);
        }
        double r = 0.5 * Math.log(2 * Math.PI) + (y + 0.5) * Math.log(t) - t + Math.log(s);
        if (Double.isInfinite(r)) {
            throw Errors.overflow("math range error");
        }
        return r;
    }

    private static double checkLog(double x) {
        if (x <= 0) {
            throw Errors.valueError("math domain error");
        }
        return Math.log(x);
    }

    /** The natural log of a number; an int too large for a float goes by its binary exponent, as CPython's. */
    private static double logOf(Object o) {
        if (o instanceof BigInteger b && b.signum() > 0 && Double.isInfinite(b.doubleValue())) {
            return logBig(b);
        }
        return checkLog(toDouble(o));
    }

    private static double logBig(BigInteger b) {
        int shift = Math.max(0, b.bitLength() - 1000);
        return Math.log(b.shiftRight(shift).doubleValue()) + shift * Math.log(2);
    }

    private static Object toInt(double d) {
        return org.pyston.runtime.objects.Builtins.floatToInt(d);
    }

    private static void fn(PyModule m, String name, NativeFunction f) {
        m.set(name, new PyBuiltinFunction(name, f, false));
    }
}
