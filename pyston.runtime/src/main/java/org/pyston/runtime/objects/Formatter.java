package org.pyston.runtime.objects;

import java.math.BigDecimal;
import java.math.BigInteger;
import java.math.RoundingMode;
import org.pyston.runtime.text.FloatRepr;

/**
 * The format-spec mini-language ({@code format()}, {@code str.format}, f-strings) and
 * printf-style {@code %} formatting for the built-in types. Float digits come from the exact
 * binary value rounded half-even (BigDecimal), as CPython's dtoa.
 */
public final class Formatter {
    private Formatter() {
    }

    /** A parsed format spec. */
    static final class Spec {
        int fill = ' '; // a code point: any character may pad
        char align; // 0 = the type's default
        char sign = '-';
        /** The spec gave a sign (CPython's format->sign != '\0'). */
        boolean signGiven;
        boolean coerceZero; // 'z': negative zero shown as zero
        boolean alternate;
        boolean zeroPad;
        /** The '=' alignment came from the '0' flag, not from the spec (strings then align left). */
        boolean alignFromZero;
        int width = -1;
        char grouping; // 0, ',' or '_'
        int precision = -1;
        char type; // 0 = none
    }

    /**
     * Parses {@code [[fill]align][sign][z][#][0][width][grouping][.precision][type]}. A '0' without
     * an explicit fill pads with zeros; for numbers ({@code defaultAlign} '>') it also means '='.
     */
    static Spec parse(String s, char defaultAlign, char defaultType, String typeName) {
        Spec spec = new Spec();
        int i = 0, n = s.length();
        boolean fillGiven = false;
        int w = n == 0 ? 0 : org.pyston.runtime.text.CodePoints.width(s, 0);
        if (n > w && "<>=^".indexOf(s.charAt(w)) >= 0) {
            spec.fill = org.pyston.runtime.text.CodePoints.codePointAt(s, 0);
            spec.align = s.charAt(w);
            fillGiven = true;
            i = w + 1;
        } else if (n >= 1 && "<>=^".indexOf(s.charAt(0)) >= 0) {
            spec.align = s.charAt(0);
            i = 1;
        }
        if (i < n && "+- ".indexOf(s.charAt(i)) >= 0) {
            spec.sign = s.charAt(i++);
            spec.signGiven = true;
        }
        if (i < n && s.charAt(i) == 'z') {
            spec.coerceZero = true;
            i++;
        }
        if (i < n && s.charAt(i) == '#') {
            spec.alternate = true;
            i++;
        }
        if (!fillGiven && i < n && s.charAt(i) == '0') {
            spec.zeroPad = true;
            spec.fill = '0';
            if (spec.align == 0 && defaultAlign == '>') {
                spec.align = '=';
            }
            i++;
        }
        int start = i;
        while (i < n && isAsciiDigit(s.charAt(i))) {
            i++;
        }
        if (i > start) {
            spec.width = decimal(s.substring(start, i));
        }
        if (i < n && s.charAt(i) == ',') {
            spec.grouping = ',';
            i++;
        }
        if (i < n && s.charAt(i) == '_') {
            if (spec.grouping != 0) {
                throw Errors.valueError("Cannot specify both ',' and '_'.");
            }
            spec.grouping = '_';
            i++;
        }
        if (i < n && s.charAt(i) == ',' && spec.grouping == '_') {
            throw Errors.valueError("Cannot specify both ',' and '_'.");
        }
        if (i < n && s.charAt(i) == '.') {
            i++;
            start = i;
            while (i < n && isAsciiDigit(s.charAt(i))) {
                i++;
            }
            if (i == start) {
                throw Errors.valueError("Format specifier missing precision");
            }
            spec.precision = decimal(s.substring(start, i));
        }
        if (n - i > 1) {
            throw Errors.valueError("Invalid format specifier '" + s + "' for object of type '" + typeName + "'");
        }
        if (i < n) {
            spec.type = s.charAt(i);
        }
        if (spec.grouping != 0) {
            char type = spec.type == 0 ? defaultType : spec.type;
            boolean allowed = type == 0 || "defgEFG%".indexOf(type) >= 0 || spec.grouping == '_' && "boxX".indexOf(type) >= 0;
            if (!allowed) {
                throw Errors.valueError("Cannot specify '" + spec.grouping + "' with " + quotedCode(type) + ".");
            }
        }
        return spec;
    }

    private static boolean isAsciiDigit(char c) {
        return c >= '0' && c <= '9';
    }

    private static int decimal(String digits) {
        if (digits.length() > 9 && new BigInteger(digits).bitLength() > 31) {
            throw Errors.valueError("Too many decimal digits in format string");
        }
        return Integer.parseInt(digits);
    }

    /** A format code in messages: {@code 'x'}, or {@code '\x1'} when unprintable. */
    private static String quotedCode(char type) {
        return type > 32 && type < 128 ? "'" + type + "'" : "'\\x" + Integer.toHexString(type) + "'";
    }

    private static PyException unknownCode(char type, String typeName) {
        return Errors.valueError("Unknown format code " + quotedCode(type) + " for object of type '" + typeName + "'");
    }

    /** {@code format(value, spec)}. */
    public static String format(Object value, String specText) {
        if (value instanceof PyObject && !(value instanceof Singletons.Singleton)) {
            Object m = PyType.of(value).lookup("__format__");
            if (m != null && !PyBuiltinFunction.isCoreMethod(m)) {
                Object r = Abstract.call(m, new Object[] {value, specText}, null);
                if (!(r instanceof String)) {
                    throw Errors.typeError("__format__ must return a str, not " + Errors.typeName(r));
                }
                return (String) r;
            }
        }
        if (specText.isEmpty()) {
            return Abstract.str(value);
        }
        Object original = value;
        value = PyValueInstance.unwrap(value); // a subclass of int, float or str formats as its base
        if (value instanceof Long || value instanceof BigInteger || value instanceof Boolean) {
            String typeName = Errors.typeName(original);
            return formatInt(Abstract.big(value), parse(specText, '>', 'd', typeName), typeName);
        }
        if (value instanceof Double d) {
            return formatFloat(d, parse(specText, '>', (char) 0, "float"));
        }
        if (value instanceof String s) {
            return formatString(s, parse(specText, '<', 's', "str"));
        }
        if (value instanceof PyComplex c) {
            return formatComplex(c, parse(specText, '>', (char) 0, "complex"));
        }
        throw Errors.typeError("unsupported format string passed to " + Errors.typeName(value) + ".__format__");
    }

    private static String formatString(String s, Spec spec) {
        if (spec.type != 0 && spec.type != 's') {
            throw unknownCode(spec.type, "str");
        }
        if (spec.signGiven) {
            throw Errors.valueError(spec.sign == ' ' ? "Space not allowed in string format specifier"
                    : "Sign not allowed in string format specifier");
        }
        if (spec.coerceZero) {
            throw Errors.valueError("Negative zero coercion (z) not allowed in string format specifier");
        }
        if (spec.alternate) {
            throw Errors.valueError("Alternate form (#) not allowed in string format specifier");
        }
        if (spec.align == '=') {
            throw Errors.valueError("'=' alignment not allowed in string format specifier");
        }
        if (spec.precision >= 0 && s.codePointCount(0, s.length()) > spec.precision) {
            s = s.substring(0, s.offsetByCodePoints(0, spec.precision));
        }
        return pad(s, spec, '<');
    }

    private static String pad(String body, Spec spec, char defaultAlign) {
        int len = org.pyston.runtime.text.CodePoints.length(body);
        if (spec.width <= len) {
            return body;
        }
        int padding = spec.width - len;
        char align = spec.align == 0 ? defaultAlign : spec.align;
        String fill = org.pyston.runtime.text.CodePoints.valueOf(spec.fill);
        switch (align) {
            case '>':
                return fill.repeat(padding) + body;
            case '^':
                return fill.repeat(padding / 2) + body + fill.repeat(padding - padding / 2);
            case '=': {
                int signLen = !body.isEmpty() && "+- ".indexOf(body.charAt(0)) >= 0 ? 1 : 0;
                if (body.startsWith("0x", signLen) || body.startsWith("0o", signLen) || body.startsWith("0b", signLen)
                        || body.startsWith("0X", signLen)) {
                    signLen += 2;
                }
                return body.substring(0, signLen) + fill.repeat(padding) + body.substring(signLen);
            }
            default:
                return body + fill.repeat(padding);
        }
    }

    private static String signed(boolean negative, String body, Spec spec) {
        return signOf(negative, spec) + body;
    }

    private static String signOf(boolean negative, Spec spec) {
        return negative ? "-" : spec.sign == '+' ? "+" : spec.sign == ' ' ? " " : "";
    }

    /**
     * A number laid out as CPython does: sign, prefix ({@code 0x}), the integer digits grouped,
     * the rest (fraction, exponent, '%'). Zero padding ('0' fill with '=') pads the digits
     * themselves, so the padding zeros are grouped too.
     */
    private static String layoutNumber(String sign, String prefix, String digits, String rest, Spec spec, int every) {
        int minWidth = 0;
        if (spec.fill == '0' && spec.align == '=') {
            minWidth = spec.width - sign.length() - prefix.length() - rest.codePointCount(0, rest.length());
        }
        String grouped = digits.isEmpty() ? "0".repeat(Math.max(0, minWidth)) : group(digits, spec.grouping, every, minWidth);
        String body = sign + prefix + grouped + rest;
        int len = body.codePointCount(0, body.length());
        if (spec.width <= len) {
            return body;
        }
        if (spec.align == '=') {
            return sign + prefix + org.pyston.runtime.text.CodePoints.valueOf(spec.fill).repeat(spec.width - len) + grouped + rest;
        }
        return pad(body, spec, '>');
    }

    /**
     * Inserts {@code sep} between groups of {@code every} digits from the right; with a
     * {@code minWidth}, leading zeros (and separators between them) until the result is that wide.
     */
    private static String group(String digits, char sep, int every, int minWidth) {
        if (sep == 0) {
            return digits.length() >= minWidth ? digits : "0".repeat(minWidth - digits.length()) + digits;
        }
        StringBuilder reversed = new StringBuilder();
        int remaining = digits.length();
        int width = minWidth;
        while (true) {
            int size = Math.min(every, Math.max(Math.max(remaining, width), 1));
            int chars = Math.min(remaining, size);
            for (int k = 0; k < chars; k++) {
                reversed.append(digits.charAt(remaining - 1 - k));
            }
            for (int k = chars; k < size; k++) {
                reversed.append('0');
            }
            remaining -= chars;
            width -= size;
            if (remaining <= 0 && width <= 0) {
                break;
            }
            reversed.append(sep);
            width -= 1;
        }
        return reversed.reverse().toString();
    }

    static String formatInt(BigInteger v, Spec spec, String typeName) {
        char type = spec.type == 0 ? 'd' : spec.type;
        switch (type) {
            case 'e': case 'E': case 'f': case 'F': case 'g': case 'G': case '%':
                return formatFloat(Abstract.toDouble(v), spec);
            case 'd': case 'n': case 'b': case 'o': case 'x': case 'X': case 'c':
                break;
            default:
                throw unknownCode(type, typeName);
        }
        if (spec.precision >= 0) {
            throw Errors.valueError("Precision not allowed in integer format specifier");
        }
        if (spec.coerceZero) {
            throw Errors.valueError("Negative zero coercion (z) not allowed in integer format specifier");
        }
        if (type == 'c') {
            if (spec.sign != '-') {
                throw Errors.valueError("Sign not allowed with integer format specifier 'c'");
            }
            if (spec.alternate) {
                throw Errors.valueError("Alternate form (#) not allowed with integer format specifier 'c'");
            }
            if (v.bitLength() > 63) {
                throw Errors.overflow("Python int too large to convert to C long");
            }
            if (v.signum() < 0 || v.compareTo(BigInteger.valueOf(0x10FFFF)) > 0) {
                throw Errors.overflow("%c arg not in range(0x110000)");
            }
            return layoutNumber("", "", "", new String(Character.toChars(v.intValue())), spec, 3);
        }
        BigInteger a = v.abs();
        String digits;
        String prefix = "";
        int every = 4;
        switch (type) {
            case 'b':
                digits = a.toString(2);
                prefix = "0b";
                break;
            case 'o':
                digits = a.toString(8);
                prefix = "0o";
                break;
            case 'x':
                digits = a.toString(16);
                prefix = "0x";
                break;
            case 'X':
                digits = a.toString(16).toUpperCase(java.util.Locale.ROOT);
                prefix = "0X";
                break;
            default:
                digits = Numbers.toDecimal(a);
                every = 3;
                break;
        }
        return layoutNumber(signOf(v.signum() < 0, spec), spec.alternate ? prefix : "", digits, "", spec, every);
    }

    static String formatFloat(double d, Spec spec) {
        char type = spec.type;
        if (type != 0 && "eEfFgGn%".indexOf(type) < 0) {
            throw unknownCode(type, "float");
        }
        String body = floatDigits(Math.abs(d), type == 'n' ? 'g' : type, spec.precision, spec.alternate, true);
        boolean negative = (d < 0 || d == 0 && Double.doubleToRawLongBits(d) < 0) && !Double.isNaN(d);
        if (negative && spec.coerceZero && !Double.isInfinite(d) && isZeroDigits(body)) {
            negative = false;
        }
        return layoutFloat(signOf(negative, spec), body, spec);
    }

    /** Splits a float's digits at the end of the integer part, for grouping and zero padding. */
    private static String layoutFloat(String sign, String body, Spec spec) {
        int end = 0;
        while (end < body.length() && isAsciiDigit(body.charAt(end))) {
            end++;
        }
        return layoutNumber(sign, "", body.substring(0, end), body.substring(end), spec, 3);
    }

    private static boolean isZeroDigits(String body) {
        for (int i = 0; i < body.length(); i++) {
            char c = body.charAt(i);
            if (c == 'e' || c == 'E') {
                break;
            }
            if (c >= '1' && c <= '9') {
                return false;
            }
        }
        return true;
    }

    /**
     * The digits of a non-negative float for a format type ('n' already made 'g'); with no type
     * and no precision the shortest repr, with {@code addDotZero} ending an integral value in ".0".
     */
    private static String floatDigits(double a, char type, int precision, boolean alternate, boolean addDotZero) {
        if (Double.isNaN(a) || Double.isInfinite(a)) {
            String word = Double.isNaN(a) ? "nan" : "inf";
            word = Character.isUpperCase(type) ? word.toUpperCase(java.util.Locale.ROOT) : word;
            return type == '%' ? word + "%" : word;
        }
        switch (type) {
            case 'f':
            case 'F':
            case '%': {
                int p = precision < 0 ? 6 : precision;
                String body = fixed(type == '%' ? a * 100 : a, p);
                if (alternate && p == 0) {
                    body += ".";
                }
                return type == '%' ? body + "%" : body;
            }
            case 'e':
            case 'E': {
                String body = sci(a, precision < 0 ? 6 : precision, alternate);
                return type == 'E' ? body.toUpperCase(java.util.Locale.ROOT) : body;
            }
            case 'g':
            case 'G': {
                String body = general(a, precision < 0 ? 6 : Math.max(precision, 1), alternate, false);
                return type == 'G' ? body.toUpperCase(java.util.Locale.ROOT) : body;
            }
            default:
                if (precision >= 0) {
                    return general(a, Math.max(precision, 1), alternate, addDotZero);
                }
                String repr = FloatRepr.repr(a);
                if (!addDotZero && repr.endsWith(".0")) {
                    repr = repr.substring(0, repr.length() - 2);
                }
                if (alternate && repr.indexOf('.') < 0) {
                    int e = repr.indexOf('e');
                    repr = e < 0 ? repr + "." : repr.substring(0, e) + "." + repr.substring(e);
                }
                return repr;
        }
    }

    /** {@code format(complex, spec)}: both parts with the float rules, parenthesised when no type is given. */
    private static String formatComplex(PyComplex z, Spec spec) {
        char type = spec.type;
        if (type != 0 && "eEfFgGn".indexOf(type) < 0) {
            throw unknownCode(type, "complex");
        }
        if (spec.fill == '0') {
            throw Errors.valueError("Zero padding is not allowed in complex format specifier");
        }
        if (spec.align == '=') {
            throw Errors.valueError("'=' alignment flag is not allowed in complex format specifier");
        }
        boolean noType = type == 0;
        boolean skipReal = noType && z.real == 0.0 && Double.doubleToRawLongBits(z.real) == 0;
        char partType = type == 'n' ? 'g' : noType && spec.precision >= 0 ? 'g' : type;
        String re = floatDigits(Math.abs(z.real), partType, spec.precision, spec.alternate, false);
        String im = floatDigits(Math.abs(z.imag), partType, spec.precision, spec.alternate, false);
        boolean reNegative = z.real < 0 || z.real == 0 && Double.doubleToRawLongBits(z.real) < 0;
        boolean imNegative = z.imag < 0 || z.imag == 0 && Double.doubleToRawLongBits(z.imag) < 0;
        if (spec.coerceZero) {
            reNegative &= Double.isInfinite(z.real) || !isZeroDigits(re);
            imNegative &= Double.isInfinite(z.imag) || !isZeroDigits(im);
        }
        reNegative &= !Double.isNaN(z.real);
        imNegative &= !Double.isNaN(z.imag);
        Spec partSpec = new Spec();
        partSpec.grouping = spec.grouping;
        partSpec.sign = spec.sign;
        StringBuilder body = new StringBuilder();
        if (noType && !skipReal) {
            body.append('(');
        }
        if (!skipReal) {
            body.append(layoutFloat(signOf(reNegative, spec), re, partSpec));
            body.append(layoutFloat(imNegative ? "-" : "+", im, partSpec));
        } else {
            body.append(layoutFloat(signOf(imNegative, spec), im, partSpec));
        }
        body.append('j');
        if (noType && !skipReal) {
            body.append(')');
        }
        return pad(body.toString(), spec, '>');
    }

    /** Fixed-point digits of a non-negative finite value, exactly rounded. */
    static String fixed(double a, int precision) {
        return new BigDecimal(a).setScale(precision, RoundingMode.HALF_EVEN).toPlainString();
    }

    /** d.ddde±XX with {@code precision} digits after the point. */
    static String sci(double a, int precision, boolean alternate) {
        if (a == 0) {
            String m = precision > 0 ? "0." + "0".repeat(precision) : (alternate ? "0." : "0");
            return m + "e+00";
        }
        BigDecimal bd = new BigDecimal(a);
        BigDecimal r = bd.round(new java.math.MathContext(precision + 1, RoundingMode.HALF_EVEN));
        String digits = r.unscaledValue().abs().toString();
        int exp = digits.length() - 1 - r.scale();
        while (digits.length() < precision + 1) {
            digits += "0";
        }
        digits = digits.substring(0, precision + 1);
        String mant = digits.substring(0, 1) + (precision > 0 ? "." + digits.substring(1) : (alternate ? "." : ""));
        return mant + "e" + (exp < 0 ? "-" : "+") + (Math.abs(exp) < 10 ? "0" : "") + Math.abs(exp);
    }

    /**
     * The 'g' format; with {@code addDotZero} (no type but a precision) an integral result ends
     * in ".0" and the exponent form starts one digit earlier, as CPython.
     */
    static String general(double a, int precision, boolean alternate, boolean addDotZero) {
        int exp;
        BigDecimal r = null;
        if (a == 0) {
            exp = 0;
        } else {
            r = new BigDecimal(a).round(new java.math.MathContext(precision, RoundingMode.HALF_EVEN));
            exp = r.precision() - 1 - r.scale();
        }
        if (exp >= -4 && exp < (addDotZero ? precision - 1 : precision)) {
            String s = a == 0 ? (precision > 1 ? "0." + "0".repeat(precision - 1) : "0")
                    : r.setScale(Math.max(0, precision - 1 - exp), RoundingMode.HALF_EVEN).toPlainString();
            if (!alternate) {
                if (s.indexOf('.') >= 0) {
                    s = s.replaceAll("0+$", "");
                    if (s.endsWith(".")) {
                        s = s.substring(0, s.length() - 1);
                    }
                }
            } else if (s.indexOf('.') < 0) {
                s = s + ".";
            }
            if (addDotZero && s.indexOf('.') < 0) {
                s = s + ".0";
            }
            return s;
        }
        String s = sci(a, precision - 1, alternate);
        if (!alternate) {
            int e = s.indexOf('e');
            String m = s.substring(0, e);
            if (m.indexOf('.') >= 0) {
                m = m.replaceAll("0+$", "");
                if (m.endsWith(".")) {
                    m = m.substring(0, m.length() - 1);
                }
            }
            s = m + s.substring(e);
        }
        return s;
    }

    // ------------------------------------------------------------------ printf-style

    /** {@code format % args}. */
    public static String percent(String format, Object args) {
        return percent(format, args, false);
    }

    /** {@code bytes % args}: the same formatting over Latin-1 text, with bytes' conversions. */
    static byte[] percentBytes(byte[] format, Object args) {
        String r = percent(new String(format, java.nio.charset.StandardCharsets.ISO_8859_1), args, true);
        return r.getBytes(java.nio.charset.StandardCharsets.ISO_8859_1);
    }

    /** The value of a '*' width or precision. */
    /** A width or precision written in a %-format (ASCII digits); too big for an int is CPython's ValueError. */
    private static int fieldNumber(String digits, String what) {
        try {
            return Integer.parseInt(digits);
        } catch (NumberFormatException tooBig) {
            throw Errors.valueError(what + " too big");
        }
    }

    /**
     * A {@code *} width or precision: an int (PyLong_Check: subclasses too), converted as CPython
     * does (PyLong_AsSsize_t for a width, _PyLong_AsInt for a precision: OverflowError beyond).
     */
    private static long starArg(Object[] values, int index, boolean precision) {
        if (index >= values.length) {
            throw Errors.typeError("not enough arguments for format string");
        }
        Object v = PyValueInstance.unwrap(values[index]);
        if (!(v instanceof Long || v instanceof Boolean || v instanceof BigInteger)) {
            throw Errors.typeError("* wants int");
        }
        String c = precision ? "int" : "ssize_t";
        if (v instanceof BigInteger) {
            throw Errors.overflow("Python int too large to convert to C " + c);
        }
        long n = v instanceof Boolean b ? (b ? 1 : 0) : (Long) v;
        if (precision && (n > Integer.MAX_VALUE || n < Integer.MIN_VALUE)) {
            throw Errors.overflow("Python int too large to convert to C " + c);
        }
        return n;
    }

    /** A width given by {@code *}: a negative one left-adjusts; one no Java string can have is a MemoryError. */
    private static int starWidth(long w) {
        long abs = Math.abs(w);
        if (abs > Integer.MAX_VALUE - 8) {
            throw Errors.of(Errors.MEMORY_ERROR, new Object[0]);
        }
        return (int) abs;
    }

    /** The bytes of a %s/%b argument of bytes formatting. */
    private static String bytesArg(Object value) {
        byte[] b = BytesMethods.buffer(value);
        if (b == null && value instanceof PyObject && !(value instanceof Singletons.Singleton)) {
            Object m = PyType.of(value).lookup("__bytes__");
            if (m != null) {
                Object r = Abstract.call(m, new Object[] {value}, null);
                if (!(r instanceof PyBytes rb)) {
                    throw Errors.typeError("__bytes__ returned non-bytes (type " + Errors.typeName(r) + ")");
                }
                b = rb.bytes;
            }
        }
        if (b == null) {
            throw Errors.typeError("%b requires a bytes-like object, or an object that implements __bytes__, not '"
                    + Errors.typeName(value) + "'");
        }
        return new String(b, java.nio.charset.StandardCharsets.ISO_8859_1);
    }

    private static String percent(String format, Object args, boolean bytesMode) {
        Object[] values;
        Object mappingArg = null;
        if (args instanceof PyTuple t) {
            values = t.items;
        } else {
            values = new Object[] {args};
            if (!(args instanceof String) && !(args instanceof PyBytes) && !(args instanceof PyByteArray)
                    && args instanceof PyObject && PyType.of(args).lookup("__getitem__") != null) {
                mappingArg = args;
            }
        }
        StringBuilder out = new StringBuilder(format.length() + 16);
        int argIndex = 0;
        int n = format.length();
        for (int i = 0; i < n; i++) {
            char c = format.charAt(i);
            if (c != '%') {
                out.append(c);
                continue;
            }
            int start = i;
            i++;
            if (i >= n) {
                throw Errors.valueError("incomplete format");
            }
            Object value = null;
            if (format.charAt(i) == '(') {
                int close;
                if (mappingArg == null) {
                    throw Errors.typeError("format requires a mapping");
                }
                int depth = 1, j = i + 1;
                for (; j < n && depth > 0; j++) {
                    char x = format.charAt(j);
                    depth += x == '(' ? 1 : x == ')' ? -1 : 0;
                }
                if (depth > 0) {
                    throw Errors.valueError("incomplete format key");
                }
                close = j - 1;
                String key = format.substring(i + 1, close);
                value = Abstract.getItem(mappingArg, bytesMode
                        ? new PyBytes(key.getBytes(java.nio.charset.StandardCharsets.ISO_8859_1)) : key);
                i = close + 1;
                argIndex = values.length; // after a key, positional arguments are used up (as CPython)
            }
            Spec spec = new Spec();
            boolean leftAdjust = false;
            while (i < n && "-+ #0".indexOf(format.charAt(i)) >= 0) {
                switch (format.charAt(i)) {
                    case '-': leftAdjust = true; break;
                    case '+': spec.sign = '+'; break;
                    case ' ': if (spec.sign != '+') { spec.sign = ' '; } break;
                    case '#': spec.alternate = true; break;
                    default: spec.zeroPad = true; break;
                }
                i++;
            }
            if (i < n && format.charAt(i) == '*') {
                long w = starArg(values, argIndex++, false);
                spec.width = starWidth(w);
                leftAdjust |= w < 0;
                i++;
            } else {
                int s = i;
                while (i < n && format.charAt(i) >= '0' && format.charAt(i) <= '9') {
                    i++;
                }
                if (i > s) {
                    spec.width = fieldNumber(format.substring(s, i), "width");
                }
            }
            if (i < n && format.charAt(i) == '.') {
                i++;
                if (i < n && format.charAt(i) == '*') {
                    spec.precision = (int) Math.max(0, starArg(values, argIndex++, true));
                    i++;
                } else {
                    int s = i;
                    while (i < n && format.charAt(i) >= '0' && format.charAt(i) <= '9') {
                        i++;
                    }
                    spec.precision = i > s ? fieldNumber(format.substring(s, i), "precision") : 0;
                }
            }
            while (i < n && "hlL".indexOf(format.charAt(i)) >= 0) {
                i++;
            }
            if (i >= n) {
                throw Errors.valueError("incomplete format");
            }
            char type = format.charAt(i);
            if (type == '%') {
                out.append('%');
                continue;
            }
            if (value == null) {
                if (argIndex >= values.length) {
                    throw Errors.typeError("not enough arguments for format string");
                }
                value = values[argIndex++];
            }
            if (leftAdjust) {
                spec.align = '<';
                spec.zeroPad = false;
            } else {
                spec.align = '>';
            }
            if (spec.zeroPad) {
                spec.fill = '0';
                spec.align = '=';
            }
            String piece;
            if (type != 's' && type != 'r' && type != 'a') {
                value = PyValueInstance.unwrap(value); // numbers of subclasses of int, float, str convert as their base
            }
            switch (type) {
                case 's':
                case 'b':
                case 'r':
                case 'a': {
                    if (type == 'b' && !bytesMode) {
                        throw Errors.valueError("unsupported format character 'b' (0x62) at index " + i);
                    }
                    String s = bytesMode && (type == 's' || type == 'b') ? bytesArg(value)
                            : type == 's' ? Abstract.str(value)
                            : type == 'r' && !bytesMode ? Abstract.repr(value) : Builtins.ascii(value);
                    if (spec.precision >= 0 && org.pyston.runtime.text.CodePoints.length(s) > spec.precision) {
                        s = s.substring(0, org.pyston.runtime.text.CodePoints.charIndex(s, spec.precision));
                    }
                    spec.fill = ' ';
                    spec.align = leftAdjust ? '<' : '>';
                    piece = pad(s, spec, '<');
                    break;
                }
                case 'd':
                case 'i':
                case 'u': {
                    Object iv = value;
                    if (value instanceof Double dv) {
                        if (Double.isNaN(dv) || Double.isInfinite(dv)) {
                            throw Errors.valueError("cannot convert float " + (Double.isNaN(dv) ? "NaN" : "infinity") + " to integer");
                        }
                        iv = new BigDecimal(dv).toBigInteger();
                    } else if (!(value instanceof Long || value instanceof BigInteger || value instanceof Boolean)) {
                        throw Errors.typeError("%" + type + " format: a real number is required, not " + Errors.typeName(value));
                    }
                    String digits = Numbers.toDecimal(Abstract.big(iv).abs());
                    if (spec.precision > digits.length()) {
                        digits = "0".repeat(spec.precision - digits.length()) + digits;
                    }
                    piece = pad(signed(Abstract.big(iv).signum() < 0, digits, spec), spec, '>');
                    break;
                }
                case 'x':
                case 'X':
                case 'o': {
                    if (!(value instanceof Long || value instanceof BigInteger || value instanceof Boolean)) {
                        throw Errors.typeError("%" + type + " format: an integer is required, not " + Errors.typeName(value));
                    }
                    BigInteger b = Abstract.big(value);
                    String digits = b.abs().toString(type == 'o' ? 8 : 16);
                    if (type == 'X') {
                        digits = digits.toUpperCase();
                    }
                    if (spec.precision > digits.length()) {
                        digits = "0".repeat(spec.precision - digits.length()) + digits;
                    }
                    String prefix = spec.alternate ? (type == 'o' ? "0o" : type == 'x' ? "0x" : "0X") : "";
                    piece = pad(signed(b.signum() < 0, prefix + digits, spec), spec, '>');
                    break;
                }
                case 'e':
                case 'E':
                case 'f':
                case 'F':
                case 'g':
                case 'G': {
                    if (!(value instanceof Double || value instanceof Long || value instanceof BigInteger
                            || value instanceof Boolean)) {
                        throw Errors.typeError("must be real number, not " + Errors.typeName(value));
                    }
                    spec.type = type;
                    if (spec.precision < 0) {
                        spec.precision = 6;
                    }
                    piece = formatFloat(Abstract.toDouble(value), spec);
                    break;
                }
                case 'c': {
                    String s;
                    if (bytesMode) {
                        byte[] one = value instanceof PyBytes || value instanceof PyByteArray
                                ? BytesMethods.buffer(value) : null;
                        if (one != null && one.length == 1) {
                            s = String.valueOf((char) (one[0] & 0xff));
                        } else if (one == null && Abstract.isInt(value)) {
                            long l = Abstract.index(value);
                            if (l < 0 || l > 255) {
                                throw Errors.overflow("%c arg not in range(256)");
                            }
                            s = String.valueOf((char) l);
                        } else {
                            throw Errors.typeError("%c requires an integer in range(256) or a single byte");
                        }
                    } else if (value instanceof String str && org.pyston.runtime.text.CodePoints.length(str) == 1) {
                        s = str;
                    } else if (Abstract.isInt(value)) {
                        long l = Abstract.index(value);
                        if (l < 0 || l > 0x10FFFF) {
                            throw Errors.overflow("%c arg not in range(0x110000)");
                        }
                        s = Strings.chr((int) l);
                    } else {
                        throw Errors.typeError("%c requires int or char");
                    }
                    spec.fill = ' ';
                    piece = pad(s, spec, '>');
                    break;
                }
                default:
                    throw Errors.valueError("unsupported format character '" + type + "' (0x"
                            + Integer.toHexString(type) + ") at index " + (i));
            }
            out.append(piece);
            if (start < 0) {
                break;
            }
        }
        if (argIndex < values.length && mappingArg == null) {
            throw Errors.typeError("not all arguments converted during string formatting");
        }
        return out.toString();
    }
}
