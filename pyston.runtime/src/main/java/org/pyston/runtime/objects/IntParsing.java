package org.pyston.runtime.objects;

import java.math.BigInteger;
import java.util.HashMap;
import java.util.Map;

import org.pyston.runtime.text.Unicode;

/**
 * {@code int(text, base)}: CPython 3.11's {@code PyLong_FromString} rules (sign, the
 * {@code 0x}/{@code 0o}/{@code 0b} prefixes, single underscores between digits, surrounding
 * whitespace; in a str, Unicode whitespace and decimal digits count as their ASCII forms) and
 * its limit on decimal digits ({@code sys.set_int_max_str_digits}), checked before any work is
 * spent on the value.
 *
 * <p>Java's {@code new BigInteger(text, radix)} is quadratic in the length. Here a power-of-two
 * base packs the digits' bits directly (linear, as CPython), and other bases split the digits in
 * halves and combine them as {@code high * base**len(low) + low}, so a long text costs what
 * BigInteger's subquadratic multiplication costs.
 */
final class IntParsing {
    private IntParsing() {
    }

    /** Texts of at most this many digits go to BigInteger's own parser. */
    private static final int SPLIT = 512;

    /** The value of {@code text} in {@code base} (0: from the prefix); ValueError when it is not an int literal. */
    static Object parse(String text, int base, boolean unicode) {
        byte[] s = unicode ? toAscii(text) : latin1(text);
        int n = s.length;
        int i = 0;
        while (i < n && isSpace(s[i])) {
            i++;
        }
        boolean negative = false;
        if (i < n && (s[i] == '+' || s[i] == '-')) {
            negative = s[i] == '-';
            i++;
        }
        int b = base;
        boolean zeroOnly = false; // base 0 with a leading 0 and no prefix: only zeros are valid (no C octal)
        char c1 = i + 1 < n ? (char) (s[i + 1] | 0x20) : 0;
        if (b == 0) {
            if (i >= n || s[i] != '0') {
                b = 10;
            } else if (c1 == 'x') {
                b = 16;
            } else if (c1 == 'o') {
                b = 8;
            } else if (c1 == 'b') {
                b = 2;
            } else {
                zeroOnly = true;
                b = 10;
            }
        }
        if (i < n && s[i] == '0' && (b == 16 && c1 == 'x' || b == 8 && c1 == 'o' || b == 2 && c1 == 'b')) {
            i += 2;
            if (i < n && s[i] == '_') {
                i++; // one underscore may follow the prefix
            }
        }
        if (i < n && s[i] == '_') {
            throw invalid(text, base, unicode);
        }
        int start = i;
        int digits = 0;
        byte previous = 0;
        while (i < n && (s[i] == '_' || digitValue(s[i]) < b)) {
            if (s[i] == '_') {
                if (previous == '_') {
                    throw invalid(text, base, unicode);
                }
            } else {
                digits++;
            }
            previous = s[i];
            i++;
        }
        if (previous == '_') {
            throw invalid(text, base, unicode);
        }
        if (digits == 0) {
            throw invalid(text, base, unicode);
        }
        if (Integer.bitCount(b) != 1) {
            Numbers.checkDigitsToParse(digits, b);
        }
        int end = i;
        while (i < n && isSpace(s[i])) {
            i++;
        }
        if (i != n) {
            throw invalid(text, base, unicode);
        }
        char[] clean = new char[digits];
        int k = 0;
        for (int j = start; j < end; j++) {
            if (s[j] != '_') {
                clean[k++] = (char) s[j];
            }
        }
        BigInteger value = parseDigits(clean, b);
        if (zeroOnly && value.signum() != 0) {
            throw invalid(text, base, unicode);
        }
        return Abstract.normalize(negative ? value.negate() : value);
    }

    /** A str's code points as CPython's {@code _PyUnicode_TransformDecimalAndSpaceToASCII} gives them. */
    private static byte[] toAscii(String text) {
        byte[] out = new byte[text.length()];
        int n = 0;
        for (int i = 0; i < text.length();) {
            int cp = text.codePointAt(i);
            i += Character.charCount(cp);
            if (cp < 0x80) {
                out[n++] = (byte) cp;
            } else if (Unicode.isSpace(cp)) {
                out[n++] = ' ';
            } else if (Unicode.isDecimal(cp)) {
                out[n++] = (byte) ('0' + Character.digit(cp, 10));
            } else {
                out[n++] = '?';
            }
        }
        return n == out.length ? out : java.util.Arrays.copyOf(out, n);
    }

    private static byte[] latin1(String text) {
        return text.getBytes(java.nio.charset.StandardCharsets.ISO_8859_1);
    }

    /** C's isspace in the "C" locale (Py_ISSPACE). */
    private static boolean isSpace(byte c) {
        return c == ' ' || c >= '\t' && c <= '\r';
    }

    private static int digitValue(byte c) {
        if (c >= '0' && c <= '9') {
            return c - '0';
        }
        int lower = c | 0x20;
        return lower >= 'a' && lower <= 'z' ? lower - 'a' + 10 : 99;
    }

    private static PyException invalid(String text, int base, boolean unicode) {
        String repr = Abstract.repr(unicode ? text : new PyBytes(latin1(text)));
        if (unicode && repr.codePointCount(0, repr.length()) > 200) {
            repr = repr.substring(0, repr.offsetByCodePoints(0, 200)); // %.200R
        }
        return Errors.valueError("invalid literal for int() with base " + base + ": " + repr);
    }

    /** The value of ASCII digits (no sign, no underscores) in {@code base}. */
    static BigInteger parseDigits(char[] digits, int base) {
        if (digits.length > 64 && Integer.bitCount(base) == 1) {
            return parsePowerOfTwoDigits(digits, Integer.numberOfTrailingZeros(base));
        }
        return parseSplit(digits, 0, digits.length, base, new HashMap<>());
    }

    private static BigInteger parsePowerOfTwoDigits(char[] digits, int bitsPerDigit) {
        long totalBits = (long) digits.length * bitsPerDigit;
        byte[] bytes = new byte[(int) ((totalBits + 7) / 8) + 1]; // big-endian; a leading zero byte keeps it positive
        int bytePos = bytes.length - 1;
        int acc = 0;
        int accBits = 0;
        for (int i = digits.length - 1; i >= 0; i--) {
            acc |= digitValue((byte) digits[i]) << accBits;
            accBits += bitsPerDigit;
            while (accBits >= 8) {
                bytes[bytePos--] = (byte) acc;
                acc >>>= 8;
                accBits -= 8;
            }
        }
        if (accBits > 0) {
            bytes[bytePos] = (byte) acc;
        }
        return new BigInteger(bytes);
    }

    private static BigInteger parseSplit(char[] digits, int from, int to, int base, Map<Integer, BigInteger> powers) {
        int n = to - from;
        if (n <= SPLIT) {
            return new BigInteger(new String(digits, from, n), base);
        }
        // the low part's length is a multiple of SPLIT, so few distinct powers of the base are needed
        int lowLength = Math.max(SPLIT, (n / 2) / SPLIT * SPLIT);
        BigInteger high = parseSplit(digits, from, to - lowLength, base, powers);
        BigInteger low = parseSplit(digits, to - lowLength, to, base, powers);
        BigInteger scale = powers.computeIfAbsent(lowLength, k -> BigInteger.valueOf(base).pow(k));
        return high.multiply(scale).add(low);
    }
}
