package org.pyston.compiler.parser;

import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.ByteBuffer;
import java.util.Arrays;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Source text split into lines, with the conversions CPython's positions need: character column
 * to UTF-8 byte column, and the text of a line for error messages. Also decodes source bytes as
 * CPython's {@code compile()} reads them (UTF-8 BOM, PEP 263 coding declaration in the first two
 * lines, bytes that are not UTF-8 kept for the tokens that hold them).
 */
final class Source {
    final String filename;
    final String text;
    /** The text's characters (the tokenizer reads them). */
    final char[] chars;
    /** Start index in {@link #text} of each line (0-based line index). */
    final int[] lineStarts;

    /**
     * Whether the text holds characters that stand for bytes that are not UTF-8 (see
     * {@link #isUndecodable}); only then do tokens need the check.
     */
    final boolean undecodable;
    /** Where the warnings of reading this source go (see {@link PythonParser#parse(String, String, ParseMode, CompileWarnings)}). */
    CompileWarnings warnings = CompileWarnings.NONE;
    /** No character beyond ASCII: byte columns are character columns. */
    private final boolean ascii;
    /** When not {@link #ascii}: per line, whether that line is. */
    private final boolean[] asciiLines;

    Source(String filename, String text) {
        this(filename, text, false);
    }

    Source(String filename, String text, boolean undecodable) {
        this.filename = filename;
        this.text = text;
        this.chars = text.toCharArray();
        this.undecodable = undecodable;
        char[] cs = chars;
        int n = cs.length;
        int[] starts = new int[n / 32 + 16];
        int count = 1;
        char any = 0;
        for (int i = 0; i < n; i++) {
            char c = cs[i];
            any |= c;
            if (c == '\n' || c == '\r') {
                if (c == '\r' && i + 1 < n && cs[i + 1] == '\n') {
                    i++;
                }
                if (count == starts.length) {
                    starts = Arrays.copyOf(starts, count * 2);
                }
                starts[count++] = i + 1;
            }
        }
        lineStarts = Arrays.copyOf(starts, count);
        ascii = any < 0x80;
        asciiLines = ascii ? null : asciiLines(cs, lineStarts);
    }

    /** Per line (0-based): no character beyond ASCII, so byte columns are character columns. */
    private static boolean[] asciiLines(char[] cs, int[] lineStarts) {
        boolean[] result = new boolean[lineStarts.length];
        for (int line = 0; line < lineStarts.length; line++) {
            int end = line + 1 < lineStarts.length ? lineStarts[line + 1] : cs.length;
            char any = 0;
            for (int i = lineStarts[line]; i < end; i++) {
                any |= cs[i];
            }
            result[line] = any < 0x80;
        }
        return result;
    }

    int lineCount() {
        return lineStarts.length;
    }

    /** The text of 1-based line {@code line} without its line ending, or null. */
    String lineText(int line) {
        if (line < 1 || line > lineStarts.length) {
            return null;
        }
        int start = lineStarts[line - 1];
        int end = line < lineStarts.length ? lineStarts[line] : text.length();
        while (end > start && (text.charAt(end - 1) == '\n' || text.charAt(end - 1) == '\r')) {
            end--;
        }
        return text.substring(start, end);
    }

    /** UTF-8 byte offset of character column {@code col} on 1-based line {@code line}. */
    int byteCol(int line, int col) {
        if (ascii || line < 1 || line > lineStarts.length || asciiLines[line - 1]) {
            return col;
        }
        int start = lineStarts[line - 1];
        int bytes = 0;
        int end = Math.min(start + col, text.length());
        for (int i = start; i < end; i++) {
            char c = text.charAt(i);
            if (c < 0x80) {
                bytes++;
            } else if (c < 0x800) {
                bytes += 2;
            } else if (Character.isHighSurrogate(c) && i + 1 < end && Character.isLowSurrogate(text.charAt(i + 1))) {
                bytes += 4;
                i++;
            } else if (undecodable && isUndecodable(c)) {
                bytes++;
            } else {
                bytes += 3;
            }
        }
        return bytes + Math.max(0, start + col - end);
    }

    private static final Pattern CODING = Pattern.compile("^[ \\t\\f]*#.*?coding[:=][ \\t]*([-\\w.]+)");

    /** The first of the characters that stand for source bytes that are not UTF-8: U+DC80 is byte 0x80. */
    private static final char UNDECODABLE_FIRST = '\udc80';
    private static final char UNDECODABLE_LAST = '\udcff';

    /** Whether {@code c} stands for a byte that is not UTF-8 (only in a {@link #undecodable} source). */
    static boolean isUndecodable(char c) {
        return c >= UNDECODABLE_FIRST && c <= UNDECODABLE_LAST;
    }

    /**
     * The UTF-8 bytes of {@code text} of a source, where the characters that stand for undecodable
     * bytes are those bytes again: the source's own bytes.
     */
    static byte[] sourceBytes(CharSequence text) {
        java.io.ByteArrayOutputStream out = new java.io.ByteArrayOutputStream(text.length() + 8);
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (isUndecodable(c)) {
                out.write(c - 0xdc00);
            } else if (Character.isHighSurrogate(c) && i + 1 < text.length()
                    && Character.isLowSurrogate(text.charAt(i + 1))) {
                out.writeBytes(new String(new char[] {c, text.charAt(++i)}).getBytes(StandardCharsets.UTF_8));
            } else {
                out.writeBytes(String.valueOf(c).getBytes(StandardCharsets.UTF_8));
            }
        }
        return out.toByteArray();
    }

    /**
     * The reason the UTF-8 decoder gives for the sequence at {@code b[i]} (bounded by {@code end}),
     * and its length, or null when a valid character starts there (CPython's rules: the longest
     * prefix of a valid sequence is reported, "unexpected end of data" only at the end).
     */
    private static Object[] utf8Problem(byte[] b, int i, int end) {
        int c = b[i] & 0xff;
        if (c < 0x80) {
            return null;
        }
        int need = c >= 0xc2 && c <= 0xdf ? 1 : c >= 0xe0 && c <= 0xef ? 2 : c >= 0xf0 && c <= 0xf4 ? 3 : -1;
        if (need < 0) {
            return new Object[] {"invalid start byte", 1};
        }
        for (int k = 1; k <= need; k++) {
            if (i + k >= end) {
                return new Object[] {"unexpected end of data", k};
            }
            int cc = b[i + k] & 0xff;
            int low = 0x80, high = 0xbf;
            if (k == 1) {
                low = c == 0xe0 ? 0xa0 : c == 0xf0 ? 0x90 : 0x80;
                high = c == 0xed ? 0x9f : c == 0xf4 ? 0x8f : 0xbf;
            }
            if (cc < low || cc > high) {
                return new Object[] {"invalid continuation byte", k};
            }
        }
        return null;
    }

    /**
     * The UTF-8 codec's error message for the first invalid sequence in {@code b[from, to)}, with
     * positions counted from {@code from}; null when the bytes are valid UTF-8.
     */
    static String utf8Error(byte[] b, int from, int to) {
        for (int i = from; i < to; ) {
            Object[] problem = utf8Problem(b, i, to);
            if (problem != null) {
                int length = (Integer) problem[1];
                byte[] rel = java.util.Arrays.copyOfRange(b, from, to);
                return SourceEncodings.decodeErrorMessage("utf-8", rel, i - from, i - from + length,
                        (String) problem[0]);
            }
            int c = b[i] & 0xff;
            i += c < 0x80 ? 1 : c < 0xe0 ? 2 : c < 0xf0 ? 3 : 4;
        }
        return null;
    }

    /**
     * UTF-8 that need not be valid: each byte of an invalid sequence becomes the character that
     * stands for it (U+DC80 to U+DCFF), so that only the tokens holding one fail, as in CPython.
     */
    private static String decodeUtf8Leniently(byte[] b, int from) {
        StringBuilder sb = new StringBuilder(b.length - from);
        int i = from;
        while (i < b.length) {
            int c = b[i] & 0xff;
            if (c < 0x80) {
                sb.append((char) c);
                i++;
            } else if (utf8Problem(b, i, b.length) != null) {
                sb.append((char) (0xdc00 + c));
                i++;
            } else {
                int length = c < 0xe0 ? 2 : c < 0xf0 ? 3 : 4;
                sb.append(new String(b, i, length, StandardCharsets.UTF_8));
                i += length;
            }
        }
        return sb.toString();
    }

    /**
     * The encoding a PEP 263 declaration names on line 1, or on line 2 after a line of only blanks
     * or a comment; null without one.
     */
    private static String codingDeclaration(byte[] bytes, int offset) {
        int lineStart = offset;
        for (int lineNo = 1; lineNo <= 2 && lineStart < bytes.length; lineNo++) {
            int end = lineStart;
            while (end < bytes.length && bytes[end] != '\n' && bytes[end] != '\r') {
                end++;
            }
            String line = new String(bytes, lineStart, end - lineStart, StandardCharsets.ISO_8859_1);
            Matcher m = CODING.matcher(line);
            if (m.find()) {
                return m.group(1);
            }
            // A line with anything but blanks and a comment ends the search.
            for (int i = 0; i < line.length() && line.charAt(i) != '#'; i++) {
                char c = line.charAt(i);
                if (c != ' ' && c != '\t' && c != '\f') {
                    return null;
                }
            }
            lineStart = end < bytes.length && bytes[end] == '\r' && end + 1 < bytes.length && bytes[end + 1] == '\n'
                    ? end + 2 : end + 1;
        }
        return null;
    }

    /**
     * {@code \r\n} and {@code \r} as {@code \n}, and a final newline if there is none, as CPython
     * prepares source before decoding it (error positions count in this text).
     */
    private static byte[] translateNewlines(byte[] b, int from) {
        java.io.ByteArrayOutputStream out = new java.io.ByteArrayOutputStream(b.length - from);
        for (int i = from; i < b.length; i++) {
            if (b[i] == '\r') {
                out.write('\n');
                if (i + 1 < b.length && b[i + 1] == '\n') {
                    i++;
                }
            } else {
                out.write(b[i]);
            }
        }
        if (b.length > from && b[b.length - 1] != '\n' && b[b.length - 1] != '\r') {
            out.write('\n');
        }
        return out.toByteArray();
    }

    private static boolean isAscii(byte[] b, int from) {
        byte any = 0;
        for (int i = from; i < b.length; i++) {
            any |= b[i];
        }
        return any >= 0;
    }

    /**
     * Source bytes as CPython's {@code compile()} and {@code ast.parse} read them: a UTF-8 BOM, a
     * PEP 263 coding declaration in the first two lines. UTF-8 source is not checked as a whole:
     * bytes that are not UTF-8 fail only in the string literal or name that holds them (a comment
     * may hold any), with the decoder's message; a declared encoding decodes the whole source, and
     * bytes it rejects fail without a line.
     */
    static Source decode(byte[] bytes, String filename) {
        int offset = 0;
        boolean bom = false;
        if (bytes.length >= 3 && (bytes[0] & 0xff) == 0xEF && (bytes[1] & 0xff) == 0xBB && (bytes[2] & 0xff) == 0xBF) {
            offset = 3;
            bom = true;
        }
        String declared = codingDeclaration(bytes, offset);
        String encoding = declared == null ? "utf-8" : SourceEncodings.normalName(declared);
        if (bom && !encoding.equals("utf-8")) {
            throw SourceEncodings.lineless("encoding problem: " + encoding + " with BOM", filename);
        }
        if (!encoding.equals("utf-8")) {
            return new Source(filename, SourceEncodings.decode(translateNewlines(bytes, offset), encoding, filename),
                    false);
        }
        if (isAscii(bytes, offset)) {
            return new Source(filename, new String(bytes, offset, bytes.length - offset, StandardCharsets.ISO_8859_1),
                    false);
        }
        try {
            String text = StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT)
                    .decode(ByteBuffer.wrap(bytes, offset, bytes.length - offset)).toString();
            return new Source(filename, text, false);
        } catch (CharacterCodingException e) {
            return new Source(filename, decodeUtf8Leniently(bytes, offset), true);
        }
    }
}
