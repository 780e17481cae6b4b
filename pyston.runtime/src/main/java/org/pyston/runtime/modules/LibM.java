package org.pyston.runtime.modules;

/**
 * The C library functions {@code math} and {@code cmath} need that Java lacks or computes
 * differently, with C99's special values. Where C reports an error through errno these return
 * the C result (NaN for a domain error, an infinity for a pole or overflow) and the caller turns
 * it into CPython's exception ({@link MathModule}).
 */
final class LibM {
    private LibM() {
    }

    static final double LN2 = 0.6931471805599453;
    private static final double TWO_POW_M28 = 0x1p-28;
    private static final double TWO_POW_P28 = 0x1p28;

    static double asinh(double x) {
        if (Double.isNaN(x) || Double.isInfinite(x)) {
            return x;
        }
        double ax = Math.abs(x);
        if (ax < TWO_POW_M28) {
            return x;
        }
        double w;
        if (ax > TWO_POW_P28) {
            w = Math.log(ax) + LN2;
        } else if (ax > 2.0) {
            w = Math.log(2.0 * ax + 1.0 / (Math.sqrt(x * x + 1.0) + ax));
        } else {
            double t = x * x;
            w = Math.log1p(ax + t / (1.0 + Math.sqrt(1.0 + t)));
        }
        return Math.copySign(w, x);
    }

    /** NaN below 1 (a domain error). */
    static double acosh(double x) {
        if (Double.isNaN(x)) {
            return x;
        }
        if (x < 1.0) {
            return Double.NaN;
        }
        if (x >= TWO_POW_P28) {
            return Double.isInfinite(x) ? x : Math.log(x) + LN2;
        }
        if (x == 1.0) {
            return 0.0;
        }
        if (x > 2.0) {
            double t = x * x;
            return Math.log(2.0 * x - 1.0 / (x + Math.sqrt(t - 1.0)));
        }
        double t = x - 1.0;
        return Math.log1p(t + Math.sqrt(2.0 * t + t * t));
    }

    /** NaN beyond (-1, 1) and infinities at ±1: both domain errors for math. */
    static double atanh(double x) {
        if (Double.isNaN(x)) {
            return x;
        }
        double ax = Math.abs(x);
        if (ax >= 1.0) {
            return ax == 1.0 ? Math.copySign(Double.POSITIVE_INFINITY, x) : Double.NaN;
        }
        if (ax < TWO_POW_M28) {
            return x;
        }
        double t;
        if (ax < 0.5) {
            t = ax + ax;
            t = 0.5 * Math.log1p(t + t * ax / (1.0 - ax));
        } else {
            t = 0.5 * Math.log1p((ax + ax) / (1.0 - ax));
        }
        return Math.copySign(t, x);
    }

    /** log2, exact for powers of two: log(m)/log(2) + e from frexp, rearranged to avoid cancellation near 1. */
    static double log2(double x) {
        if (!Double.isFinite(x)) {
            return Double.isNaN(x) || x > 0 ? x : Double.NaN;
        }
        if (x <= 0.0) {
            return x == 0.0 ? Double.NEGATIVE_INFINITY : Double.NaN;
        }
        int e = frexpExponent(x);
        double m = Math.scalb(x, -e);
        if (x >= 1.0) {
            return Math.log(2.0 * m) / LN2 + (e - 1);
        }
        return Math.log(m) / LN2 + e;
    }

    /** The exponent e of frexp: x = m * 2**e with 0.5 <= |m| < 1 (x finite and non-zero). */
    static int frexpExponent(double x) {
        int e = Math.getExponent(x);
        if (e == Double.MIN_EXPONENT - 1) { // subnormal
            return Math.getExponent(x * 0x1p54) - 54 + 1;
        }
        return e + 1;
    }

    /** C99's remainder (IEEE 754 remainder, quotient rounded half to even); NaN for x infinite or y zero. */
    static double remainder(double x, double y) {
        if (Double.isFinite(x) && Double.isFinite(y)) {
            if (y == 0.0) {
                return Double.NaN;
            }
            double absx = Math.abs(x);
            double absy = Math.abs(y);
            double m = absx % absy;
            double c = absy - m;
            double r;
            if (m < c) {
                r = m;
            } else if (m > c) {
                r = -c;
            } else {
                // half way: the choice that makes the quotient even
                r = m - 2.0 * ((0.5 * (absx - m)) % absy);
            }
            return Math.copySign(1.0, x) * r;
        }
        if (Double.isNaN(x)) {
            return x;
        }
        if (Double.isNaN(y)) {
            return y;
        }
        if (Double.isInfinite(x)) {
            return Double.NaN;
        }
        return x; // y infinite
    }

    // ------------------------------------------------------------------ erf, erfc

    private static final double SQRT_PI = 1.772453850905516027298167483341145182798;
    private static final double ERF_SERIES_CUTOFF = 1.5;
    private static final int ERF_SERIES_TERMS = 25;
    private static final double ERFC_CONTFRAC_CUTOFF = 30.0;
    private static final int ERFC_CONTFRAC_TERMS = 50;

    /** erf by its power series about 0 (for |x| < 1.5). */
    private static double erfSeries(double x) {
        double x2 = x * x;
        double acc = 0.0;
        double fk = ERF_SERIES_TERMS + 0.5;
        for (int i = 0; i < ERF_SERIES_TERMS; i++) {
            acc = 2.0 + x2 * acc / fk;
            fk -= 1.0;
        }
        return acc * x * Math.exp(-x2) / SQRT_PI;
    }

    /** erfc by its continued fraction (for x >= 1.5); 0 beyond 30. */
    private static double erfcContinuedFraction(double x) {
        if (x >= ERFC_CONTFRAC_CUTOFF) {
            return 0.0;
        }
        double x2 = x * x;
        double a = 0.0;
        double da = 0.5;
        double p = 1.0;
        double pLast = 0.0;
        double q = da + x2;
        double qLast = 1.0;
        for (int i = 0; i < ERFC_CONTFRAC_TERMS; i++) {
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
        return p / q * x * Math.exp(-x2) / SQRT_PI;
    }

    static double erf(double x) {
        if (Double.isNaN(x)) {
            return x;
        }
        double ax = Math.abs(x);
        if (ax < ERF_SERIES_CUTOFF) {
            return erfSeries(x);
        }
        double cf = erfcContinuedFraction(ax);
        return x > 0.0 ? 1.0 - cf : cf - 1.0;
    }

    static double erfc(double x) {
        if (Double.isNaN(x)) {
            return x;
        }
        double ax = Math.abs(x);
        if (ax < ERF_SERIES_CUTOFF) {
            return 1.0 - erfSeries(x);
        }
        double cf = erfcContinuedFraction(ax);
        return x > 0.0 ? cf : 2.0 - cf;
    }

    // ------------------------------------------------------------------ gamma, lgamma

    /**
     * Lanczos' approximation with g = 6.024680040776729583740234375 and 13 terms (the
     * "lanczos13m53" set of Boost's documentation), as a rational function num(x)/den(x) whose
     * denominator is x(x+1)...(x+11).
     */
    private static final double LANCZOS_G = 6.024680040776729583740234375;
    private static final double LANCZOS_G_MINUS_HALF = 5.524680040776729583740234375;
    private static final double[] LANCZOS_NUM = {
        23531376880.410759688572007674451636754734846804940,
        42919803642.649098768957899047001988850926355848959,
        35711959237.355668049440185451547166705960488635843,
        17921034426.037209699919755754458931112671403265390,
        6039542586.3520280050642916443072979210699388420708,
        1439720407.3117216736632230727949123939715485786772,
        248874557.86205415651146038641322942321632125127801,
        31426415.585400194380614231628318205362874684987640,
        2876370.6289353724412254090516208496135991145378768,
        186056.26539522349504029498971604569928220784236328,
        8071.6720023658162106380029022722506138218516325024,
        210.82427775157934587250973392071336271166969580291,
        2.5066282746310002701649081771338373386264310793408};
    private static final double[] LANCZOS_DEN = {
        0.0, 39916800.0, 120543840.0, 150917976.0, 105258076.0, 45995730.0,
        13339535.0, 2637558.0, 357423.0, 32670.0, 1925.0, 66.0, 1.0};
    /** gamma(1) .. gamma(23): exact. */
    private static final double[] GAMMA_INTEGRAL = {
        1.0, 1.0, 2.0, 6.0, 24.0, 120.0, 720.0, 5040.0, 40320.0, 362880.0, 3628800.0, 39916800.0, 479001600.0,
        6227020800.0, 87178291200.0, 1307674368000.0, 20922789888000.0, 355687428096000.0, 6402373705728000.0,
        121645100408832000.0, 2432902008176640000.0, 51090942171709440000.0, 1124000727777607680000.0};

    private static double lanczosSum(double x) {
        double num = 0.0;
        double den = 0.0;
        if (x < 5.0) {
            for (int i = LANCZOS_NUM.length; --i >= 0;) {
                num = num * x + LANCZOS_NUM[i];
                den = den * x + LANCZOS_DEN[i];
            }
        } else {
            // in 1/x, so large x cannot overflow
            for (int i = 0; i < LANCZOS_NUM.length; i++) {
                num = num / x + LANCZOS_NUM[i];
                den = den / x + LANCZOS_DEN[i];
            }
        }
        return num / den;
    }

    /** sin(pi * x), exact at integers and half-integers. */
    static double sinpi(double x) {
        double y = Math.abs(x) % 2.0;
        int n = (int) Math.round(2.0 * y);
        double r;
        switch (n) {
            case 0:
                r = Math.sin(Math.PI * y);
                break;
            case 1:
                r = Math.cos(Math.PI * (y - 0.5));
                break;
            case 2:
                r = Math.sin(Math.PI * (1.0 - y)); // not -sin(pi*(y-1)), which gives -0.0 at y == 1
                break;
            case 3:
                r = -Math.cos(Math.PI * (y - 1.5));
                break;
            default:
                r = Math.sin(Math.PI * (y - 2.0));
                break;
        }
        return Math.copySign(1.0, x) * r;
    }

    /** The kinds of error gamma and lgamma report. */
    static final int OK = 0, DOMAIN = 1, RANGE = 2;

    /** gamma(x); {@code error[0]} says DOMAIN (poles, negative integers, -inf) or RANGE (overflow). */
    static double gamma(double x, int[] error) {
        if (!Double.isFinite(x)) {
            if (Double.isNaN(x) || x > 0.0) {
                return x;
            }
            error[0] = DOMAIN;
            return Double.NaN;
        }
        if (x == 0.0) {
            error[0] = DOMAIN;
            return Math.copySign(Double.POSITIVE_INFINITY, x);
        }
        if (x == Math.floor(x)) {
            if (x < 0.0) {
                error[0] = DOMAIN;
                return Double.NaN;
            }
            if (x <= GAMMA_INTEGRAL.length) {
                return GAMMA_INTEGRAL[(int) x - 1];
            }
        }
        double ax = Math.abs(x);
        if (ax < 1e-20) { // gamma(x) ~ 1/x near 0
            double r = 1.0 / x;
            if (Double.isInfinite(r)) {
                error[0] = RANGE;
            }
            return r;
        }
        if (ax > 200.0) { // overflows above, underflows to +-0 below -200
            if (x < 0.0) {
                return 0.0 / sinpi(x);
            }
            error[0] = RANGE;
            return Double.POSITIVE_INFINITY;
        }
        double y = ax + LANCZOS_G_MINUS_HALF;
        // the rounding error of y, to correct the power below
        double z;
        if (ax > LANCZOS_G_MINUS_HALF) {
            double q = y - ax;
            z = q - LANCZOS_G_MINUS_HALF;
        } else {
            double q = y - LANCZOS_G_MINUS_HALF;
            z = q - ax;
        }
        z = z * LANCZOS_G / y;
        double r;
        if (x < 0.0) {
            r = -Math.PI / sinpi(ax) / ax * Math.exp(y) / lanczosSum(ax);
            r -= z * r;
            if (ax < 140.0) {
                r /= Math.pow(y, ax - 0.5);
            } else {
                double half = Math.pow(y, ax / 2.0 - 0.25);
                r /= half;
                r /= half;
            }
        } else {
            r = lanczosSum(ax) / Math.exp(y);
            r += z * r;
            if (ax < 140.0) {
                r *= Math.pow(y, ax - 0.5);
            } else {
                double half = Math.pow(y, ax / 2.0 - 0.25);
                r *= half;
                r *= half;
            }
        }
        if (Double.isInfinite(r)) {
            error[0] = RANGE;
        }
        return r;
    }

    private static final double LOG_PI = 1.144729885849400174143427351353058711647;

    /** log(|gamma(x)|); {@code error[0]} DOMAIN at the poles, RANGE on overflow. */
    static double lgamma(double x, int[] error) {
        if (!Double.isFinite(x)) {
            return Double.isNaN(x) ? x : Double.POSITIVE_INFINITY;
        }
        if (x == Math.floor(x) && x <= 2.0) {
            if (x <= 0.0) {
                error[0] = DOMAIN;
                return Double.POSITIVE_INFINITY;
            }
            return 0.0; // lgamma(1) = lgamma(2) = 0
        }
        double ax = Math.abs(x);
        if (ax < 1e-20) {
            return -Math.log(ax);
        }
        double r = Math.log(lanczosSum(ax)) - LANCZOS_G;
        r += (ax - 0.5) * (Math.log(ax + LANCZOS_G - 0.5) - 1);
        if (x < 0.0) {
            r = LOG_PI - Math.log(Math.abs(sinpi(ax))) - Math.log(ax) - r; // reflection
        }
        if (Double.isInfinite(r)) {
            error[0] = RANGE;
        }
        return r;
    }

    // ------------------------------------------------------------------ hypot, dist

    /**
     * The Euclidean norm of {@code vec} (absolute values, max their maximum): scaled by a power of
     * two so the squares cannot overflow, summed with their rounding errors kept apart (exact
     * products by fma, exact sums), then the square root corrected by one Newton step on the
     * exact residual — correctly rounded in all but rare cases, as CPython 3.11's.
     */
    static double vectorNorm(double[] vec, int n, double max, boolean foundNan) {
        if (Double.isInfinite(max)) {
            return max;
        }
        if (foundNan) {
            return Double.NaN;
        }
        if (max == 0.0 || n <= 1) {
            return max;
        }
        int maxE = frexpExponent(max);
        if (maxE < -1023) { // 2**-maxE would overflow: make the subnormals normal first
            for (int i = 0; i < n; i++) {
                vec[i] /= Double.MIN_NORMAL;
            }
            return Double.MIN_NORMAL * vectorNorm(vec, n, max / Double.MIN_NORMAL, false);
        }
        double scale = Math.scalb(1.0, -maxE);
        double csum = 1.0;
        double frac1 = 0.0;
        double frac2 = 0.0;
        for (int i = 0; i < n; i++) {
            double x = vec[i] * scale; // exact
            double hi = x * x;
            double lo = Math.fma(x, x, -hi);
            double sum = csum + hi; // |hi| <= csum: fast two-sum
            frac2 += hi - (sum - csum);
            csum = sum;
            frac1 += lo;
        }
        double h = Math.sqrt(csum - 1.0 + (frac1 + frac2));
        double hi = -h * h;
        double lo = Math.fma(-h, h, -hi);
        double sum = csum + hi;
        frac2 += hi - (sum - csum);
        csum = sum;
        frac1 += lo;
        double x = csum - 1.0 + (frac1 + frac2);
        h += x / (2.0 * h); // differential correction
        return h / scale;
    }
}
