package org.pyston.runtime.objects;

import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;

/**
 * {@code str.encode}/{@code bytes.decode} for the codecs CPython names most often, on the JVM's
 * charsets (the full {@code _codecs} module comes with the runtime-library issue).
 */
final class Codecs {
    private Codecs() {
    }

    /** The charset for a Python codec name, or null. */
    static Charset charset(String name) {
        String n = name.toLowerCase().replace('_', '-');
        switch (n) {
            case "utf-8": case "utf8": case "u8":
                return StandardCharsets.UTF_8;
            case "latin-1": case "latin1": case "iso-8859-1": case "iso8859-1": case "l1":
                return StandardCharsets.ISO_8859_1;
            case "ascii": case "us-ascii":
                return StandardCharsets.US_ASCII;
            case "utf-16-le": case "utf-16le":
                return StandardCharsets.UTF_16LE;
            case "utf-16-be": case "utf-16be":
                return StandardCharsets.UTF_16BE;
            case "utf-32-le": case "utf-32le":
                return Charset.forName("UTF-32LE");
            case "utf-32-be": case "utf-32be":
                return Charset.forName("UTF-32BE");
            default:
                break;
        }
        try {
            return Charset.forName(n.matches("cp\\d+") ? "windows-" + n.substring(2) : n);
        } catch (RuntimeException unknown) {
            return null;
        }
    }

    static PyBytes encode(String s, String encoding) {
        String n = encoding.toLowerCase().replace('_', '-');
        if (n.equals("utf-16") || n.equals("utf16")) {
            byte[] body = s.getBytes(StandardCharsets.UTF_16LE);
            byte[] r = new byte[body.length + 2];
            r[0] = (byte) 0xff;
            r[1] = (byte) 0xfe;
            System.arraycopy(body, 0, r, 2, body.length);
            return new PyBytes(r);
        }
        if (n.equals("utf-32") || n.equals("utf32")) {
            byte[] body = s.getBytes(Charset.forName("UTF-32LE"));
            byte[] r = new byte[body.length + 4];
            r[0] = (byte) 0xff;
            r[1] = (byte) 0xfe;
            System.arraycopy(body, 0, r, 4, body.length);
            return new PyBytes(r);
        }
        Charset cs = charset(encoding);
        if (cs == null) {
            throw Errors.of(Errors.LOOKUP_ERROR, "unknown encoding: " + encoding);
        }
        try {
            ByteBuffer buf = cs.newEncoder().onUnmappableCharacter(CodingErrorAction.REPORT)
                    .onMalformedInput(CodingErrorAction.REPORT).encode(CharBuffer.wrap(s));
            byte[] r = new byte[buf.remaining()];
            buf.get(r);
            return new PyBytes(r);
        } catch (CharacterCodingException e) {
            int pos = 0;
            while (pos < s.length() && cs.newEncoder().canEncode(s.charAt(pos))) {
                pos++;
            }
            throw Errors.of(Errors.UNICODE_ENCODE_ERROR, "'" + pythonName(cs) + "' codec can't encode character '"
                    + String.format("\\x%02x", (int) s.charAt(Math.min(pos, s.length() - 1))) + "' in position " + pos
                    + ": ordinal not in range(" + (cs == StandardCharsets.US_ASCII ? 128 : 256) + ")");
        }
    }

    static String decode(byte[] b, String encoding) {
        Charset cs = charset(encoding);
        String n = encoding.toLowerCase().replace('_', '-');
        if (cs == null && (n.equals("utf-16") || n.equals("utf-32"))) {
            cs = Charset.forName(n.equals("utf-16") ? "UTF-16" : "UTF-32");
        }
        if (cs == null) {
            throw Errors.of(Errors.LOOKUP_ERROR, "unknown encoding: " + encoding);
        }
        try {
            return cs.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT).decode(ByteBuffer.wrap(b)).toString();
        } catch (CharacterCodingException e) {
            int pos = 0;
            if (cs == StandardCharsets.US_ASCII) {
                while (pos < b.length && b[pos] >= 0) {
                    pos++;
                }
                throw Errors.of(Errors.UNICODE_DECODE_ERROR, "'ascii' codec can't decode byte "
                        + String.format("0x%02x", b[pos] & 0xff) + " in position " + pos + ": ordinal not in range(128)");
            }
            throw Errors.of(Errors.UNICODE_DECODE_ERROR, "'" + pythonName(cs) + "' codec can't decode bytes: invalid data");
        }
    }

    private static String pythonName(Charset cs) {
        return cs == StandardCharsets.US_ASCII ? "ascii" : cs == StandardCharsets.ISO_8859_1 ? "latin-1"
                : cs.name().toLowerCase();
    }
}
