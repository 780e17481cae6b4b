package org.pyston.compiler.parser;

import java.io.ByteArrayOutputStream;

/**
 * Decodes the body of string and bytes literals: escapes (newline, hex, octal,
 * backslash-u, backslash-U and backslash-N escapes), raw literals, line continuations, with
 * CPython's error messages.
 */
final class StringLiterals {
    private StringLiterals() {
    }

    /**
     * Thrown with CPython's message for a literal that does not decode; the parser adds the
     * position: the token after the literals, where CPython reports them, or the literal's own
     * token ({@code atToken}).
     */
    static final class BadEscape extends RuntimeException {
        private static final long serialVersionUID = 1L;
        final boolean atToken;

        BadEscape(String msg) {
            this(msg, false);
        }

        BadEscape(String msg, boolean atToken) {
            super(msg, null, false, false);
            this.atToken = atToken;
        }
    }

    /**
     * Decodes a str literal's body onto {@code out}. Escapes that give surrogates give them as
     * code points of their own (see {@link StrBuilder}).
     */
    static String decodeStr(String body, boolean raw, StrBuilder out) {
        if (raw || body.indexOf('\\') < 0) {
            out.append(body);
            return null;
        }
        String invalid = null;
        int n = body.length();
        int plain = 0;
        for (int i = 0; i < n; i++) {
            char c = body.charAt(i);
            if (c != '\\' || i + 1 >= n) {
                continue;
            }
            out.append(body, plain, i);
            char e = body.charAt(++i);
            switch (e) {
                case '\n' -> { }
                case '\r' -> {
                    if (i + 1 < n && body.charAt(i + 1) == '\n') {
                        i++;
                    }
                }
                case '\\' -> out.append('\\');
                case '\'' -> out.append('\'');
                case '"' -> out.append('"');
                case 'a' -> out.append('\u0007');
                case 'b' -> out.append('\b');
                case 'f' -> out.append('\f');
                case 'n' -> out.append('\n');
                case 'r' -> out.append('\r');
                case 't' -> out.append('\t');
                case 'v' -> out.append('\u000b');
                case 'x' -> {
                    out.appendCodePoint(hex(body, i + 1, 2, "truncated \\xXX escape", i - 1));
                    i += 2;
                }
                case 'u' -> {
                    out.appendCodePoint(hex(body, i + 1, 4, "truncated \\uXXXX escape", i - 1));
                    i += 4;
                }
                case 'U' -> {
                    int v = hex(body, i + 1, 8, "truncated \\UXXXXXXXX escape", i - 1);
                    if (v < 0 || v > 0x10FFFF) {
                        throw escapeError(body, i - 1, i + 9, "illegal Unicode character");
                    }
                    out.appendCodePoint(v);
                    i += 8;
                }
                case 'N' -> i = namedEscape(body, i, out);
                default -> {
                    if (e >= '0' && e <= '7') {
                        int v = e - '0';
                        int k = 1;
                        while (k < 3 && i + 1 < n && body.charAt(i + 1) >= '0' && body.charAt(i + 1) <= '7') {
                            v = v * 8 + body.charAt(++i) - '0';
                            k++;
                        }
                        if (v > 0377 && invalid == null) {
                            invalid = "invalid octal escape sequence '\\" + body.substring(i - 2, i + 1) + "'";
                        }
                        out.appendCodePoint(v);
                    } else {
                        // an invalid escape is kept; the first one is reported (a backslash before a
                        // non-ASCII character is not: CPython reads that as an escaped backslash)
                        if (invalid == null && e < 0x80) {
                            invalid = "invalid escape sequence '\\" + e + "'";
                        }
                        out.append('\\');
                        out.append(e);
                    }
                }
            }
            plain = i + 1;
        }
        out.append(body, plain, n);
        return invalid;
    }

    /**
     * {@code \N{name}} with the {@code N} at {@code at}: appends the character, returns the index
     * of the closing brace. Malformed: the error covers up to the end of what was scanned (the
     * missing or empty name, or the whole rest of the body when no brace closes it).
     */
    private static int namedEscape(String body, int at, StrBuilder out) {
        int n = body.length();
        if (at + 1 >= n || body.charAt(at + 1) != '{') {
            throw escapeError(body, at - 1, at + 1, "malformed \\N character escape");
        }
        int nameStart = at + 2;
        int close = body.indexOf('}', nameStart);
        if (close < 0) {
            throw escapeError(body, at - 1, n, "malformed \\N character escape");
        }
        if (close == nameStart) {
            throw escapeError(body, at - 1, close, "malformed \\N character escape");
        }
        int cp = org.pyston.runtime.text.Unicode.lookup(body.substring(nameStart, close));
        if (cp < 0) {
            throw escapeError(body, at - 1, close + 1, "unknown Unicode character name");
        }
        out.appendCodePoint(cp);
        return close;
    }

    /**
     * CPython's unicode-escape error for body characters {@code [from, to)}. Its positions are in
     * the text the decoder sees, where each non-ASCII character stands as a ten-character
     * {@code \UXXXXXXXX} escape and a backslash before one as {@code \u005c}.
     */
    private static BadEscape escapeError(String body, int from, int to, String why) {
        return new BadEscape("(unicode error) 'unicodeescape' codec can't decode bytes in position "
                + escapedPosition(body, from) + "-" + (escapedPosition(body, to) - 1) + ": " + why);
    }

    private static int escapedPosition(String body, int index) {
        int pos = 0;
        for (int i = 0; i < index && i < body.length(); i++) {
            char c = body.charAt(i);
            if (c == '\\') {
                // a backslash takes the next character with it; before a non-ASCII one (or at the
                // end) it is written \u005c
                if (i + 1 >= body.length() || body.charAt(i + 1) >= 0x80) {
                    pos += 6;
                } else {
                    pos += i + 1 < index ? 2 : 1;
                    i++;
                }
            } else if (c < 0x80) {
                pos++;
            } else {
                pos += 10;
                if (Character.isHighSurrogate(c) && i + 1 < body.length() && Character.isLowSurrogate(body.charAt(i + 1))) {
                    i++;
                }
            }
        }
        return pos + Math.max(0, index - body.length());
    }

    private static int hex(String body, int from, int count, String msg, int at) {
        int v = 0;
        for (int k = 0; k < count; k++) {
            int d = from + k < body.length() && body.charAt(from + k) < 0x80 ? Character.digit(body.charAt(from + k), 16)
                    : -1;
            if (d < 0) {
                throw escapeError(body, at, Math.min(from + k, body.length()), msg);
            }
            v = v * 16 + d;
        }
        return v;
    }

    static byte[] decodeBytes(String body, boolean raw) {
        return decodeBytes(body, raw, null);
    }

    /**
     * The bytes of a bytes literal's body; {@code invalid[0]}, when given, receives the warning
     * for the first invalid escape (CPython's DeprecationWarning), or stays null.
     */
    static byte[] decodeBytes(String body, boolean raw, String[] invalid) {
        ByteArrayOutputStream out = new ByteArrayOutputStream(body.length());
        int n = body.length();
        for (int i = 0; i < n; i++) {
            char c = body.charAt(i);
            if (c >= 0x80) {
                throw new BadEscape("bytes can only contain ASCII literal characters", true);
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
                        if (v > 0377 && invalid != null && invalid[0] == null) {
                            invalid[0] = "invalid octal escape sequence '\\" + body.substring(i - 2, i + 1) + "'";
                        }
                        out.write(v & 0xff);
                    } else {
                        if (invalid != null && invalid[0] == null) {
                            invalid[0] = "invalid escape sequence '\\" + e + "'";
                        }
                        out.write('\\');
                        out.write(e);
                    }
                }
            }
        }
        return out.toByteArray();
    }
}
