package org.pyston.compiler.parser;

import java.io.ByteArrayOutputStream;
import org.pyston.runtime.text.CodePoints;

/**
 * Decodes the body of string and bytes literals: escapes (newline, hex, octal,
 * backslash-u, backslash-U and backslash-N escapes), raw literals, line continuations.
 */
final class StringLiterals {
    private StringLiterals() {
    }

    /** Thrown with CPython's message for a bad escape; the parser adds the position. */
    static final class BadEscape extends RuntimeException {
        private static final long serialVersionUID = 1L;

        BadEscape(String msg) {
            super(msg, null, false, false);
        }
    }

    static String decodeStr(String body, boolean raw) {
        if (raw || body.indexOf('\\') < 0) {
            return raw ? body : body;
        }
        StringBuilder sb = new StringBuilder(body.length());
        int n = body.length();
        for (int i = 0; i < n; i++) {
            char c = body.charAt(i);
            if (c != '\\' || i + 1 >= n) {
                sb.append(c);
                continue;
            }
            char e = body.charAt(++i);
            switch (e) {
                case '\n' -> { }
                case '\r' -> {
                    if (i + 1 < n && body.charAt(i + 1) == '\n') {
                        i++;
                    }
                }
                case '\\' -> sb.append('\\');
                case '\'' -> sb.append('\'');
                case '"' -> sb.append('"');
                case 'a' -> sb.append('\u0007');
                case 'b' -> sb.append('\b');
                case 'f' -> sb.append('\f');
                case 'n' -> sb.append('\n');
                case 'r' -> sb.append('\r');
                case 't' -> sb.append('\t');
                case 'v' -> sb.append('\u000b');
                case 'x' -> {
                    int v = hex(body, i + 1, 2, "truncated \\xXX escape", i - 1);
                    sb.append((char) v);
                    i += 2;
                }
                case 'u' -> {
                    int v = hex(body, i + 1, 4, "truncated \\uXXXX escape", i - 1);
                    CodePoints.append(sb, v); // a surrogate code point gets the runtime's escape form
                    i += 4;
                }
                case 'U' -> {
                    int v = hex(body, i + 1, 8, "truncated \\UXXXXXXXX escape", i - 1);
                    if (v < 0 || v > 0x10FFFF) {
                        throw new BadEscape("(unicode error) 'unicodeescape' codec can't decode bytes in position "
                                + (i - 1) + "-" + (i + 8) + ": illegal Unicode character");
                    }
                    CodePoints.append(sb, v);
                    i += 8;
                }
                case 'N' -> {
                    int close = body.indexOf('}', i);
                    if (i + 1 >= n || body.charAt(i + 1) != '{' || close < 0) {
                        throw new BadEscape("(unicode error) 'unicodeescape' codec can't decode bytes in position "
                                + (i - 1) + "-" + Math.min(n - 1, i) + ": malformed \\N character escape");
                    }
                    String name = body.substring(i + 2, close);
                    int cp = org.pyston.runtime.text.Unicode.lookup(name);
                    if (cp < 0) {
                        throw new BadEscape("(unicode error) 'unicodeescape' codec can't decode bytes in position "
                                + (i - 1) + "-" + close + ": unknown Unicode character name");
                    }
                    sb.appendCodePoint(cp);
                    i = close;
                }
                default -> {
                    if (e >= '0' && e <= '7') {
                        int v = e - '0';
                        int k = 1;
                        while (k < 3 && i + 1 < n && body.charAt(i + 1) >= '0' && body.charAt(i + 1) <= '7') {
                            v = v * 8 + body.charAt(++i) - '0';
                            k++;
                        }
                        sb.append((char) v);
                    } else {
                        // invalid escapes are kept (a DeprecationWarning in CPython)
                        sb.append('\\').append(e);
                    }
                }
            }
        }
        return sb.toString();
    }

    private static int hex(String body, int from, int count, String msg, int at) {
        if (from + count > body.length()) {
            throw new BadEscape("(unicode error) 'unicodeescape' codec can't decode bytes in position " + at + "-"
                    + (body.length() - 1) + ": " + msg);
        }
        int v = 0;
        for (int k = 0; k < count; k++) {
            int d = Character.digit(body.charAt(from + k), 16);
            if (d < 0) {
                throw new BadEscape("(unicode error) 'unicodeescape' codec can't decode bytes in position " + at + "-"
                        + (from + k - 1) + ": " + msg);
            }
            v = v * 16 + d;
        }
        return v;
    }

    static byte[] decodeBytes(String body, boolean raw) {
        ByteArrayOutputStream out = new ByteArrayOutputStream(body.length());
        int n = body.length();
        for (int i = 0; i < n; i++) {
            char c = body.charAt(i);
            if (c >= 0x80) {
                throw new BadEscape("bytes can only contain ASCII literal characters");
            }
            if (raw || c != '\\' || i + 1 >= n) {
                out.write(c);
                continue;
            }
            char e = body.charAt(++i);
            switch (e) {
                case '\n' -> { }
                case '\\' -> out.write('\\');
                case '\'' -> out.write('\'');
                case '"' -> out.write('"');
                case 'a' -> out.write(7);
                case 'b' -> out.write(8);
                case 'f' -> out.write(12);
                case 'n' -> out.write(10);
                case 'r' -> out.write(13);
                case 't' -> out.write(9);
                case 'v' -> out.write(11);
                case 'x' -> {
                    if (i + 2 >= n + 0 && i + 2 > n - 1 + 1) {
                        throw new BadEscape("(value error) invalid \\x escape at position " + (i - 1));
                    }
                    int d1 = i + 1 < n ? Character.digit(body.charAt(i + 1), 16) : -1;
                    int d2 = i + 2 < n ? Character.digit(body.charAt(i + 2), 16) : -1;
                    if (d1 < 0 || d2 < 0) {
                        throw new BadEscape("(value error) invalid \\x escape at position " + (i - 1));
                    }
                    out.write(d1 * 16 + d2);
                    i += 2;
                }
                default -> {
                    if (e >= '0' && e <= '7') {
                        int v = e - '0';
                        int k = 1;
                        while (k < 3 && i + 1 < n && body.charAt(i + 1) >= '0' && body.charAt(i + 1) <= '7') {
                            v = v * 8 + body.charAt(++i) - '0';
                            k++;
                        }
                        out.write(v & 0xff);
                    } else {
                        out.write('\\');
                        out.write(e);
                    }
                }
            }
        }
        return out.toByteArray();
    }
}
