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
        char fill = ' ';
        char align; // 0 = default
        char sign = '-';
        boolean alternate;
        boolean zeroPad;
        int width = -1;
        char grouping; // 0, ',' or '_'
        int precision = -1;
        char type; // 0 = none
    }

    static Spec parse(String s) {
        Spec spec = new Spec();
        int i = 0, n = s.length();
        if (n >= 2 && "<>=^".indexOf(s.charAt(1)) >= 0) {
            spec.fill = s.charAt(0);
            spec.align = s.charAt(1);
            i = 2;
        } else if (n >= 1 && "<>=^".indexOf(s.charAt(0)) >= 0) {
            spec.align = s.charAt(0);
            i = 1;
        }
        if (i < n && "+- ".indexOf(s.charAt(i)) >= 0) {
            spec.sign = s.charAt(i++);
        }
        if (i < n && s.charAt(i) == 'z') {
            i++;
        }
        if (i < n && s.charAt(i) == '#') {
            spec.alternate = true;
            i++;
        }
        if (i < n && s.charAt(i) == '0') {
            spec.zeroPad = true;
            i++;
        }
        int start = i;
        while (i < n && Character.isDigit(s.charAt(i))) {
            i++;
        }
        if (i > start) {
            spec.width = Integer.parseInt(s.substring(start, i));
        }
        if (i < n && (s.charAt(i) == ',' || s.charAt(i) == '_')) {
            spec.grouping = s.charAt(i++);
        }
        if (i < n && s.charAt(i) == '.') {
            i++;
            start = i;
            while (i < n && Character.isDigit(s.charAt(i))) {
                i++;
            }
            if (i == start) {
                throw Errors.valueError("Format specifier missing precision");
            }
            spec.precision = Integer.parseInt(s.substring(start, i));
        }
        if (i < n) {
            spec.type = s.charAt(i++);
        }
        if (i < n) {
            throw Errors.valueError("Invalid format specifier");
        }
        if (spec.zeroPad && spec.align == 0) {
            spec.fill = '0';
            spec.align = '=';
        }
        return spec;
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
        Spec spec = parse(specText);
        if (value instanceof Long || value instanceof BigInteger || value instanceof Boolean) {
            return formatInt(Abstract.big(value), spec);
        }
        if (value instanceof Double d) {
            return formatFloat(d, spec);
        }
        if (value instanceof String s) {
            if (spec.type != 0 && spec.type != 's') {
                throw Errors.valueError("Unknown format code '" + spec.type + "' for object of type 'str'");
            }
            if (spec.sign != '-') {
                throw Errors.valueError("Sign not allowed in string format specifier");
            }
            if (spec.precision >= 0 && s.codePointCount(0, s.length()) > spec.precision) {
                s = s.substring(0, s.offsetByCodePoints(0, spec.precision));
            }
            return pad(s, spec, '<');
        }
        if (specText.isEmpty()) {
            return Abstract.str(value);
        }
        throw Errors.typeError("unsupported format string passed to " + Errors.typeName(value) + ".__format__");
    }

    private static String pad(String body, Spec spec, char defaultAlign) {
        int len = body.codePointCount(0, body.length());
        if (spec.width <= len) {
            return body;
        }
        int padding = spec.width - len;
        char align = spec.align == 0 ? defaultAlign : spec.align;
        String fill = String.valueOf(spec.fill);
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

    private static String group(String digits, char sep, int every) {
        if (sep == 0) {
            return digits;
        }
        StringBuilder sb = new StringBuilder();
        int n = digits.length();
        for (int i = 0; i < n; i++) {
            if (i > 0 && (n - i) % every == 0) {
                sb.append(sep);
            }
            sb.append(digits.charAt(i));
        }
        return sb.toString();
    }

    private static String signed(boolean negative, String body, Spec spec) {
        if (negative) {
            return "-" + body;
        }
        return spec.sign == '+' ? "+" + body : spec.sign == ' ' ? " " + body : body;
    }

    static String formatInt(BigInteger v, Spec spec) {
        char type = spec.type;
        if ("eEfFgG%".indexOf(type) >= 0 && type != 0) {
            return formatFloat(v.doubleValue(), spec);
        }
        if (spec.precision >= 0) {
            throw Errors.valueError("Precision not allowed in integer format specifier");
        }
        boolean neg = v.signum() < 0;
        BigInteger a = v.abs();
        String digits;
        String prefix = "";
        switch (type) {
            case 0:
            case 'd':
            case 'n':
                digits = group(a.toString(), spec.grouping, 3);
                break;
            case 'b':
                digits = group(a.toString(2), spec.grouping, 4);
                prefix = spec.alternate ? "0b" : "";
                break;
            case 'o':
                digits = group(a.toString(8), spec.grouping, 4);
                prefix = spec.alternate ? "0o" : "";
                break;
            case 'x':
                digits = group(a.toString(16), spec.grouping, 4);
                prefix = spec.alternate ? "0x" : "";
                break;
            case 'X':
                digits = group(a.toString(16).toUpperCase(), spec.grouping, 4);
                prefix = spec.alternate ? "0X" : "";
                break;
            case 'c':
                return pad(new String(Character.toChars(v.intValueExact())), spec, '<');
            default:
                throw Errors.valueError("Unknown format code '" + type + "' for object of type 'int'");
        }
        return pad(signed(neg, prefix + digits, spec), spec, '>');
    }

    static String formatFloat(double d, Spec spec) {
        char type = spec.type;
        boolean neg = d < 0 || d == 0 && Double.doubleToRawLongBits(d) < 0;
        double a = Math.abs(d);
        String body;
        if (Double.isNaN(d) || Double.isInfinite(d)) {
            body = Double.isNaN(d) ? "nan" : "inf";
            if (Character.isUpperCase(type)) {
                body = body.toUpperCase();
            }
            neg = d < 0;
        } else {
            switch (type) {
                case 'f':
                case 'F':
                case '%': {
                    double x = type == '%' ? a * 100 : a;
                    int p = spec.precision < 0 ? 6 : spec.precision;
                    body = fixed(x, p);
                    if (spec.alternate && p == 0) {
                        body += ".";
                    }
                    body = groupFixed(body, spec.grouping);
                    if (type == '%') {
                        body += "%";
                    }
                    break;
                }
                case 'e':
                case 'E': {
                    int p = spec.precision < 0 ? 6 : spec.precision;
                    body = sci(a, p, spec.alternate);
                    if (type == 'E') {
                        body = body.toUpperCase();
                    }
                    break;
                }
                case 'g':
                case 'G':
                case 'n':
                    body = general(a, spec.precision < 0 ? 6 : Math.max(spec.precision, 1), spec.alternate, false);
                    if (type == 'G') {
                        body = body.toUpperCase();
                    }
                    body = groupFixed(body, spec.grouping);
                    break;
                case 0:
                    if (spec.precision < 0) {
                        body = FloatRepr.repr(a);
                    } else {
                        body = general(a, Math.max(spec.precision, 1), spec.alternate, true);
                    }
                    body = groupFixed(body, spec.grouping);
                    break;
                default:
                    throw Errors.valueError("Unknown format code '" + type + "' for object of type 'float'");
            }
        }
        return pad(signed(neg, body, spec), spec, '>');
    }

    private static String groupFixed(String body, char sep) {
        if (sep == 0) {
            return body;
        }
        int end = 0;
        while (end < body.length() && Character.isDigit(body.charAt(end))) {
            end++;
        }
        return group(body.substring(0, end), sep, 3) + body.substring(end);
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

    /** The 'g' format (and the no-type format with a precision when {@code noType}). */
    static String general(double a, int precision, boolean alternate, boolean noType) {
        if (a == 0) {
            return noType ? "0.0" : (alternate ? "0." + "0".repeat(precision - 1) : "0");
        }
        BigDecimal r = new BigDecimal(a).round(new java.math.MathContext(precision, RoundingMode.HALF_EVEN));
        String digits = r.unscaledValue().abs().toString();
        int exp = digits.length() - 1 - r.scale();
        if (exp >= -4 && exp < precision) {
            String s = r.setScale(Math.max(0, precision - 1 - exp), RoundingMode.HALF_EVEN).toPlainString();
            if (!alternate) {
                if (s.indexOf('.') >= 0) {
                    s = s.replaceAll("0+$", "");
                    if (s.endsWith(".")) {
                        s = noType ? s + "0" : s.substring(0, s.length() - 1);
                    }
                } else if (noType) {
                    s = s + ".0";
                }
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
        Object[] values;
        PyDict mapping = null;
        if (args instanceof PyTuple t) {
            values = t.items;
        } else {
            values = new Object[] {args};
            if (args instanceof PyDict d) {
                mapping = d;
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
                int close = format.indexOf(')', i);
                if (mapping == null) {
                    throw Errors.typeError("format requires a mapping");
                }
                value = Abstract.getItem(mapping, format.substring(i + 1, close));
                i = close + 1;
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
                spec.width = (int) Abstract.index(values[argIndex++]);
                i++;
            } else {
                int s = i;
                while (i < n && Character.isDigit(format.charAt(i))) {
                    i++;
                }
                if (i > s) {
                    spec.width = Integer.parseInt(format.substring(s, i));
                }
            }
            if (i < n && format.charAt(i) == '.') {
                i++;
                if (i < n && format.charAt(i) == '*') {
                    spec.precision = (int) Abstract.index(values[argIndex++]);
                    i++;
                } else {
                    int s = i;
                    while (i < n && Character.isDigit(format.charAt(i))) {
                        i++;
                    }
                    spec.precision = i > s ? Integer.parseInt(format.substring(s, i)) : 0;
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
                if (mapping != null && values.length == 1 && args instanceof PyDict) {
                    value = args;
                } else {
                    if (argIndex >= values.length) {
                        throw Errors.typeError("not enough arguments for format string");
                    }
                    value = values[argIndex++];
                }
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
            switch (type) {
                case 's':
                case 'r':
                case 'a': {
                    String s = type == 's' ? Abstract.str(value) : type == 'r' ? Abstract.repr(value)
                            : Builtins.ascii(value);
                    if (spec.precision >= 0 && s.length() > spec.precision) {
                        s = s.substring(0, spec.precision);
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
                    String digits = Abstract.big(iv).abs().toString();
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
                    if (value instanceof String str && str.codePointCount(0, str.length()) == 1) {
                        s = str;
                    } else if (value instanceof Long l) {
                        if (l < 0 || l > 0x10FFFF) {
                            throw Errors.overflow("%c arg not in range(0x110000)");
                        }
                        s = new String(Character.toChars(l.intValue()));
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
        if (argIndex < values.length && mapping == null) {
            throw Errors.typeError("not all arguments converted during string formatting");
        }
        return out.toString();
    }
}
