package org.pyston.runtime.text;

/**
 * {@code repr(str)} and {@code repr(bytes)} as CPython: single quotes unless the text contains
 * a single quote and no double quote; {@code \n \r \t \\} escapes; {@code \xNN}, {@code \\u}NNNN,
 * {@code \UNNNNNNNN} for characters {@code str.isprintable()} rejects.
 */
public final class StrRepr {
    private StrRepr() {
    }

    public static String repr(String s) {
        boolean single = s.indexOf('\'') >= 0 && s.indexOf('"') < 0;
        char quote = single ? '"' : '\'';
        StringBuilder sb = new StringBuilder(s.length() + 2);
        sb.append(quote);
        for (int i = 0; i < s.length(); ) {
            int cp = CodePoints.codePointAt(s, i);
            i += CodePoints.width(s, i);
            appendEscaped(sb, cp, quote);
        }
        return sb.append(quote).toString();
    }

    /** {@code repr} of a str given as code points (which may hold surrogates, even adjacent ones). */
    public static String repr(int[] codePoints) {
        boolean anySingle = false, anyDouble = false;
        for (int cp : codePoints) {
            anySingle |= cp == '\'';
            anyDouble |= cp == '"';
        }
        char quote = anySingle && !anyDouble ? '"' : '\'';
        StringBuilder sb = new StringBuilder(codePoints.length + 2);
        sb.append(quote);
        for (int cp : codePoints) {
            appendEscaped(sb, cp, quote);
        }
        return sb.append(quote).toString();
    }

    private static void appendEscaped(StringBuilder sb, int cp, char quote) {
        if (cp == quote || cp == '\\') {
            sb.append('\\').append((char) cp);
        } else if (cp == '\n') {
            sb.append("\\n");
        } else if (cp == '\r') {
            sb.append("\\r");
        } else if (cp == '\t') {
            sb.append("\\t");
        } else if (cp < 0x20 || cp == 0x7f) {
            hex(sb, "\\x", cp, 2);
        } else if (cp < 0x7f) {
            sb.append((char) cp);
        } else if (isPrintable(cp)) {
            sb.appendCodePoint(cp);
        } else if (cp <= 0xff) {
            hex(sb, "\\x", cp, 2);
        } else if (cp <= 0xffff) {
            hex(sb, "\\u", cp, 4);
        } else {
            hex(sb, "\\U", cp, 8);
        }
    }

    private static void hex(StringBuilder sb, String prefix, int v, int width) {
        sb.append(prefix);
        String h = Integer.toHexString(v);
        for (int k = h.length(); k < width; k++) {
            sb.append('0');
        }
        sb.append(h);
    }

    /** Python's {@code str.isprintable()} for one code point. */
    public static boolean isPrintable(int cp) {
        if (cp == ' ') {
            return true;
        }
        switch (Character.getType(cp)) {
            case Character.CONTROL:
            case Character.FORMAT:
            case Character.SURROGATE:
            case Character.PRIVATE_USE:
            case Character.UNASSIGNED:
            case Character.LINE_SEPARATOR:
            case Character.PARAGRAPH_SEPARATOR:
            case Character.SPACE_SEPARATOR:
                return false;
            default:
                return true;
        }
    }

    public static String repr(byte[] b) {
        boolean single = false, dbl = false;
        for (byte x : b) {
            single |= x == '\'';
            dbl |= x == '"';
        }
        char quote = single && !dbl ? '"' : '\'';
        StringBuilder sb = new StringBuilder(b.length + 3);
        sb.append('b').append(quote);
        for (byte x : b) {
            int c = x & 0xff;
            if (c == quote || c == '\\') {
                sb.append('\\').append((char) c);
            } else if (c == '\n') {
                sb.append("\\n");
            } else if (c == '\r') {
                sb.append("\\r");
            } else if (c == '\t') {
                sb.append("\\t");
            } else if (c < 0x20 || c >= 0x7f) {
                hex(sb, "\\x", c, 2);
            } else {
                sb.append((char) c);
            }
        }
        return sb.append(quote).toString();
    }
}
