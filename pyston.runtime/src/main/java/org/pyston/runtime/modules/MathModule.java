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
            double x = a[0] instanceof BigInteger b && b.signum() > 0 ? logBig(b) : checkLog(toDouble(a[0]));
            if (a.length > 1) {
                return x / checkLog(toDouble(a[1]));
            }
            return x;
        });
        fn(m, "pow", (a, k) -> Math.pow(toDouble(a[0]), toDouble(a[1])));
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
            java.math.BigDecimal s = java.math.BigDecimal.ZERO;
            for (Object o : org.pyston.runtime.objects.Abstract.iterToList(a[0])) {
                s = s.add(new java.math.BigDecimal(toDouble(o)));
            }
            return s.doubleValue();
        });
        return m;
    }

    private static double checkLog(double x) {
        if (x <= 0) {
            throw Errors.valueError("math domain error");
        }
        return Math.log(x);
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
