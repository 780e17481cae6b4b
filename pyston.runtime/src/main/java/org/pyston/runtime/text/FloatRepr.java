package org.pyston.runtime.text;

import java.math.BigDecimal;
import java.math.MathContext;
import java.math.RoundingMode;

/**
 * {@code repr(float)} as CPython: the shortest digit string that reads back as the same double
 * (round-half-even on the exact binary value), in fixed notation for decimal exponents
 * {@code -4 <= e < 16} and scientific ({@code 1e+16}, {@code 1.5e-05}) otherwise.
 *
 * <p>JDK 17's {@code Double.toString} round-trips but is not always shortest and formats
 * differently, so the digits are searched here: precision 1, 2, … with exact decimal
 * expansion until one parses back. Integral values below 2^53 take a fast path.
 */
public final class FloatRepr {
    private FloatRepr() {
    }

    public static String repr(double d) {
        if (Double.isNaN(d)) {
            return "nan";
        }
        if (Double.isInfinite(d)) {
            return d > 0 ? "inf" : "-inf";
        }
        if (d == 0) {
            return (Double.doubleToRawLongBits(d) < 0) ? "-0.0" : "0.0";
        }
        if (d == Math.rint(d) && Math.abs(d) < 1e16) {
            return Long.toString((long) d) + ".0";
        }
        String[] de = shortestDigits(Math.abs(d));
        String digits = de[0];
        int exp = Integer.parseInt(de[1]); // value = 0.digits * 10^exp; scientific exponent = exp - 1
        StringBuilder sb = new StringBuilder(24);
        if (d < 0) {
            sb.append('-');
        }
        int sciExp = exp - 1;
        if (sciExp >= -5 + 1 && sciExp < 16) {
            if (exp <= 0) {
                sb.append("0.");
                for (int i = 0; i < -exp; i++) {
                    sb.append('0');
                }
                sb.append(digits);
            } else if (exp >= digits.length()) {
                sb.append(digits);
                for (int i = digits.length(); i < exp; i++) {
                    sb.append('0');
                }
                sb.append(".0");
            } else {
                sb.append(digits, 0, exp).append('.').append(digits, exp, digits.length());
            }
        } else {
            sb.append(digits.charAt(0));
            if (digits.length() > 1) {
                sb.append('.').append(digits, 1, digits.length());
            }
            sb.append('e').append(sciExp < 0 ? '-' : '+');
            int a = Math.abs(sciExp);
            if (a < 10) {
                sb.append('0');
            }
            sb.append(a);
        }
        return sb.toString();
    }

    /**
     * The shortest round-trip significant digits of a positive finite double, and the decimal
     * exponent {@code e} such that the value is {@code 0.DIGITS × 10^e}.
     */
    public static String[] shortestDigits(double d) {
        BigDecimal exact = new BigDecimal(d);
        for (int precision = 1; precision <= 17; precision++) {
            BigDecimal r = exact.round(new MathContext(precision, RoundingMode.HALF_EVEN));
            if (r.doubleValue() != d) {
                // the nearest string of this length may miss while its neighbour on the other side hits
                // (2**-24 = 5.9604644775390625e-08 is 5.960464477539063e-08, not ...062)
                BigDecimal down = exact.round(new MathContext(precision, RoundingMode.DOWN));
                BigDecimal up = exact.round(new MathContext(precision, RoundingMode.UP));
                r = down.doubleValue() == d ? down : up;
            }
            if (r.doubleValue() == d) {
                BigDecimal stripped = r.stripTrailingZeros();
                String unscaled = stripped.unscaledValue().toString();
                int exp = unscaled.length() - stripped.scale();
                return new String[] {unscaled, Integer.toString(exp)};
            }
        }
        throw new AssertionError("no round-trip representation for " + d);
    }
}
