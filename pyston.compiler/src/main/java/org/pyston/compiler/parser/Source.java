package org.pyston.compiler.parser;

import java.nio.charset.Charset;
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
 * CPython reads a file (UTF-8 BOM, PEP 263 coding declaration in the first two lines).
 */
final class Source {
    final String filename;
    final String text;
    /** Start index in {@link #text} of each line (0-based line index). */
    final int[] lineStarts;

    /** No character beyond ASCII: byte columns are character columns. */
    private final boolean ascii;

    Source(String filename, String text) {
        this.filename = filename;
        this.text = text;
        int[] starts = new int[64];
        int count = 1;
        char any = 0;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            any |= c;
            if (c == '\n' || c == '\r') {
                if (c == '\r' && i + 1 < text.length() && text.charAt(i + 1) == '\n') {
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
        if (ascii || line < 1 || line > lineStarts.length) {
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
            } else {
                bytes += 3;
            }
        }
        return bytes + Math.max(0, start + col - end);
    }

    private static final Pattern CODING = Pattern.compile("^[ \\t\\f]*#.*?coding[:=][ \\t]*([-\\w.]+)");

    /**
     * CPython's message for the first invalid UTF-8 sequence: the byte, its position within its
     * line, and why ("invalid start byte", "invalid continuation byte", "unexpected end of data").
     */
    private static PythonSyntaxError utf8Error(byte[] b, int offset, String filename) {
        int line = 1;
        int lineStart = offset;
        int i = offset;
        while (i < b.length) {
            int c = b[i] & 0xff;
            if (c == '\n') {
                line++;
                lineStart = i + 1;
                i++;
                continue;
            }
            int need = c < 0x80 ? 0 : c >= 0xc2 && c <= 0xdf ? 1 : c >= 0xe0 && c <= 0xef ? 2 : c >= 0xf0 && c <= 0xf4 ? 3 : -1;
            String why = null;
            if (need < 0) {
                why = "invalid start byte";
            } else {
                for (int k = 1; k <= need; k++) {
                    if (i + k >= b.length) {
                        why = "unexpected end of data";
                        break;
                    }
                    int cc = b[i + k] & 0xff;
                    boolean ok = cc >= 0x80 && cc <= 0xbf;
                    if (k == 1 && c == 0xe0 && cc < 0xa0 || k == 1 && c == 0xed && cc > 0x9f
                            || k == 1 && c == 0xf0 && cc < 0x90 || k == 1 && c == 0xf4 && cc > 0x8f) {
                        ok = false;
                    }
                    if (!ok) {
                        why = "invalid continuation byte";
                        break;
                    }
                }
            }
            if (why != null) {
                String msg = "(unicode error) 'utf-8' codec can't decode byte 0x" + String.format("%02x", c)
                        + " in position " + (i - lineStart) + ": " + why;
                return new PythonSyntaxError("SyntaxError", msg, filename, line, 0, null, line, 0);
            }
            i += need + 1;
        }
        return new PythonSyntaxError("SyntaxError", "(unicode error) 'utf-8' codec can't decode bytes", filename, line,
                0, null, line, 0);
    }

    /** Decodes source bytes as CPython does for a file. */
    static String decode(byte[] bytes, String filename) {
        int offset = 0;
        boolean bom = false;
        if (bytes.length >= 3 && (bytes[0] & 0xff) == 0xEF && (bytes[1] & 0xff) == 0xBB && (bytes[2] & 0xff) == 0xBF) {
            offset = 3;
            bom = true;
        }
        Charset charset = StandardCharsets.UTF_8;
        // The declaration may be on line 1, or on line 2 when line 1 is a comment or blank.
        int lineStart = offset;
        for (int lineNo = 1; lineNo <= 2 && lineStart < bytes.length; lineNo++) {
            int end = lineStart;
            while (end < bytes.length && bytes[end] != '\n' && bytes[end] != '\r') {
                end++;
            }
            String line = new String(bytes, lineStart, end - lineStart, StandardCharsets.ISO_8859_1);
            Matcher m = CODING.matcher(line);
            if (m.find()) {
                String name = m.group(1);
                String normal = name.toLowerCase().replace('_', '-');
                if (bom && !(normal.equals("utf-8") || normal.startsWith("utf-8-"))) {
                    throw new PythonSyntaxError("SyntaxError", "encoding problem: " + name + " with BOM", filename,
                            lineNo, 0, null, lineNo, 0);
                }
                try {
                    charset = Charset.forName(normal.equals("utf-8-sig") || normal.equals("utf8") ? "UTF-8"
                            : normal.equals("latin-1") || normal.startsWith("iso-latin-1") ? "ISO-8859-1" : name);
                } catch (RuntimeException e) {
                    throw new PythonSyntaxError("SyntaxError", "unknown encoding: " + name, filename, lineNo, 0,
                            null, lineNo, 0);
                }
                break;
            }
            String stripped = line.strip();
            if (!(stripped.isEmpty() || stripped.startsWith("#"))) {
                break;
            }
            lineStart = end < bytes.length && bytes[end] == '\r' && end + 1 < bytes.length && bytes[end + 1] == '\n'
                    ? end + 2 : end + 1;
        }
        try {
            return charset.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT)
                    .decode(ByteBuffer.wrap(bytes, offset, bytes.length - offset)).toString();
        } catch (CharacterCodingException e) {
            if (charset == StandardCharsets.UTF_8) {
                throw utf8Error(bytes, offset, filename);
            }
            throw new PythonSyntaxError("SyntaxError", "(unicode error) '" + charset.name().toLowerCase()
                    + "' codec can't decode bytes: invalid " + charset.name() + " source", filename, 1, 0, null, 1, 0);
        }
    }
}
