package org.pyston.compiler.parser;

import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.Charset;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CoderResult;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.Map;

/**
 * Source encodings declared by a PEP 263 coding comment other than UTF-8: Python's codec names
 * (with their common aliases) on the JVM's charsets, and the codecs' {@code UnicodeDecodeError}
 * messages, which CPython reports as a {@code SyntaxError} without a line when source bytes do not
 * decode.
 */
final class SourceEncodings {
    private SourceEncodings() {
    }

    /** How a codec's decoding errors read. */
    private enum Family {
        ASCII, UTF8, CHARMAP, MULTIBYTE, UTF16, UTF32, NOT_TEXT
    }

    /** A Python codec: its name (as its error messages give it), charset (null: none on the JVM). */
    private record Codec(String name, String charset, Family family) {
    }

    private static final Map<String, Codec> CODECS = new HashMap<>();
    private static final Map<String, String> ALIASES = new HashMap<>();

    private static void codec(String name, String charset, Family family, String... aliases) {
        CODECS.put(name, new Codec(name, charset, family));
        for (String a : aliases) {
            ALIASES.put(a, name);
        }
    }

    static {
        codec("ascii", "US-ASCII", Family.ASCII, "646", "us", "us_ascii", "ansi_x3_4_1968", "ansi_x3_4_1986",
                "iso646_us", "cp367", "ibm367", "csascii", "iso_ir_6");
        codec("utf_8", "UTF-8", Family.UTF8, "u8", "utf", "utf8", "utf8_ucs2", "utf8_ucs4", "cp65001");
        codec("latin_1", "ISO-8859-1", Family.CHARMAP, "8859", "cp819", "csisolatin1", "ibm819", "iso8859",
                "iso8859_1", "iso_8859_1", "iso_8859_1_1987", "iso_ir_100", "l1", "latin", "latin1");
        String[][] iso = {{"2", "latin2", "l2"}, {"3", "latin3", "l3"}, {"4", "latin4", "l4"}, {"5", "cyrillic"},
            {"6", "arabic"}, {"7", "greek", "greek8"}, {"8", "hebrew"}, {"9", "latin5", "l5"}, {"10", "latin6", "l6"},
            {"11", "thai"}, {"13", "latin7", "l7"}, {"14", "latin8", "l8"}, {"15", "latin9", "l9"},
            {"16", "latin10", "l10"}};
        for (String[] i : iso) {
            String[] aliases = new String[i.length + 1];
            aliases[0] = "iso_8859_" + i[0];
            aliases[1] = "iso8859" + i[0];
            System.arraycopy(i, 1, aliases, 2, i.length - 1);
            codec("iso8859_" + i[0], i[0].equals("11") ? "x-iso-8859-11" : "ISO-8859-" + i[0], Family.CHARMAP,
                    aliases);
        }
        for (int cp = 1250; cp <= 1258; cp++) {
            codec("cp" + cp, "windows-" + cp, Family.CHARMAP, "windows_" + cp, String.valueOf(cp));
        }
        for (String cp : new String[] {"037", "273", "424", "437", "500", "775", "850", "852", "855", "857", "860",
            "861", "862", "863", "864", "865", "866", "869", "1026", "1140"}) {
            String ibm = cp.equals("1140") ? "IBM01140" : "IBM" + cp;
            codec("cp" + cp, ibm, Family.CHARMAP, "ibm" + cp, "csibm" + cp, cp);
        }
        codec("cp858", "IBM00858", Family.CHARMAP, "ibm858", "csibm858", "858");
        for (String cp : new String[] {"737", "856", "874", "875", "1006"}) {
            codec("cp" + cp, "x-IBM" + cp, Family.CHARMAP);
        }
        codec("koi8_r", "KOI8-R", Family.CHARMAP, "cskoi8r");
        codec("koi8_u", "KOI8-U", Family.CHARMAP);
        codec("mac_roman", "x-MacRoman", Family.CHARMAP, "macroman", "macintosh");
        codec("mac_cyrillic", "x-MacCyrillic", Family.CHARMAP, "maccyrillic");
        codec("mac_greek", "x-MacGreek", Family.CHARMAP, "macgreek");
        codec("mac_iceland", "x-MacIceland", Family.CHARMAP, "maciceland");
        codec("mac_latin2", "x-MacCentralEurope", Family.CHARMAP, "maccentraleurope", "mac_centeuro", "maclatin2");
        codec("mac_turkish", "x-MacTurkish", Family.CHARMAP, "macturkish");
        codec("mac_arabic", "x-MacArabic", Family.CHARMAP);
        codec("mac_croatian", "x-MacCroatian", Family.CHARMAP);
        codec("mac_romanian", "x-MacRomania", Family.CHARMAP);
        codec("tis_620", "TIS-620", Family.CHARMAP, "tis620", "tis_620_0", "tis_620_2529_0", "tis_620_2529_1",
                "iso_ir_166");
        codec("big5", "Big5", Family.MULTIBYTE, "big5_tw", "csbig5");
        codec("big5hkscs", "Big5-HKSCS", Family.MULTIBYTE, "big5_hkscs", "hkscs");
        codec("cp932", "windows-31j", Family.MULTIBYTE, "932", "ms932", "mskanji", "ms_kanji");
        codec("cp949", "x-windows-949", Family.MULTIBYTE, "949", "ms949", "uhc");
        codec("cp950", "x-windows-950", Family.MULTIBYTE, "950", "ms950");
        codec("euc_jp", "EUC-JP", Family.MULTIBYTE, "eucjp", "ujis", "u_jis");
        codec("euc_kr", "EUC-KR", Family.MULTIBYTE, "euckr", "korean", "ksc5601", "ks_c_5601", "ks_c_5601_1987",
                "ksx1001", "ks_x_1001");
        codec("gb2312", "GB2312", Family.MULTIBYTE, "chinese", "csiso58gb231280", "euc_cn", "euccn",
                "eucgb2312_cn", "gb2312_1980", "gb2312_80", "iso_ir_58");
        codec("gbk", "GBK", Family.MULTIBYTE, "936", "cp936", "ms936");
        codec("gb18030", "GB18030", Family.MULTIBYTE, "gb18030_2000");
        codec("iso2022_jp", "ISO-2022-JP", Family.MULTIBYTE, "csiso2022jp", "iso2022jp", "iso_2022_jp");
        codec("iso2022_jp_2", "ISO-2022-JP-2", Family.MULTIBYTE, "iso2022jp_2", "iso_2022_jp_2");
        codec("iso2022_kr", "ISO-2022-KR", Family.MULTIBYTE, "csiso2022kr", "iso2022kr", "iso_2022_kr");
        codec("johab", "x-Johab", Family.MULTIBYTE, "cp1361", "ms1361");
        codec("shift_jis", "Shift_JIS", Family.MULTIBYTE, "csshiftjis", "shiftjis", "sjis", "s_jis");
        codec("utf_16", "UTF-16LE", Family.UTF16, "u16", "utf16");
        codec("utf_16_le", "UTF-16LE", Family.UTF16, "unicodelittleunmarked", "utf_16le");
        codec("utf_16_be", "UTF-16BE", Family.UTF16, "unicodebigunmarked", "utf_16be");
        codec("utf_32", "UTF-32LE", Family.UTF32, "u32", "utf32");
        codec("utf_32_le", "UTF-32LE", Family.UTF32, "utf_32le");
        codec("utf_32_be", "UTF-32BE", Family.UTF32, "utf_32be");
        codec("base64_codec", null, Family.NOT_TEXT, "base64", "base_64");
        codec("bz2_codec", null, Family.NOT_TEXT, "bz2");
        codec("hex_codec", null, Family.NOT_TEXT, "hex");
        codec("quopri_codec", null, Family.NOT_TEXT, "quopri", "quoted_printable", "quotedprintable");
        codec("rot_13", null, Family.NOT_TEXT, "rot13");
        codec("uu_codec", null, Family.NOT_TEXT, "uu");
        codec("zlib_codec", null, Family.NOT_TEXT, "zip", "zlib");
    }

    /**
     * The name as CPython's tokenizer normalises a declared encoding: the spellings of UTF-8 and
     * Latin-1 (in the first 12 characters, any case, {@code _} for {@code -}) become {@code utf-8}
     * and {@code iso-8859-1}; any other name stays as written.
     */
    static String normalName(String declared) {
        String head = declared.substring(0, Math.min(12, declared.length())).toLowerCase().replace('_', '-');
        if (declared.length() > 12) {
            head = head + declared.substring(12);
        }
        if (head.equals("utf-8") || head.startsWith("utf-8-")) {
            return "utf-8";
        }
        for (String latin1 : new String[] {"latin-1", "iso-8859-1", "iso-latin-1"}) {
            if (head.equals(latin1) || head.startsWith(latin1 + "-")) {
                return "iso-8859-1";
            }
        }
        return declared;
    }

    /** Python's codec lookup key: lower case, each run of characters other than letters, digits and '.' one '_'. */
    private static String lookupKey(String name) {
        StringBuilder sb = new StringBuilder();
        boolean gap = false;
        for (int i = 0; i < name.length(); i++) {
            char c = Character.toLowerCase(name.charAt(i));
            if (c < 0x80 && (Character.isLetterOrDigit(c) || c == '.')) {
                if (gap && sb.length() > 0) {
                    sb.append('_');
                }
                sb.append(c);
                gap = false;
            } else {
                gap = true;
            }
        }
        return sb.toString();
    }

    private static Codec lookup(String name) {
        String key = lookupKey(name);
        for (String k : new String[] {key, key.replace('.', '_')}) {
            Codec c = CODECS.get(k);
            if (c == null && ALIASES.containsKey(k)) {
                c = CODECS.get(ALIASES.get(k));
            }
            if (c != null) {
                return c;
            }
        }
        return null;
    }

    /**
     * Decodes {@code text} (source bytes after the BOM, newlines made {@code \n}, ending in one) with the
     * declared encoding {@code name} (normalised), with CPython's errors: an unknown or non-text
     * codec, or bytes that do not decode, is a {@code SyntaxError} on line 0.
     */
    static String decode(byte[] text, String name, String filename) {
        Codec codec = lookup(name);
        if (codec == null) {
            throw lineless("unknown encoding: " + name, filename);
        }
        if (codec.family == Family.NOT_TEXT) {
            throw lineless("'" + name + "' is not a text encoding; use codecs.decode() to handle arbitrary codecs",
                    filename);
        }
        if (codec.family == Family.UTF8) {
            String why = Source.utf8Error(text, 0, text.length);
            if (why != null) {
                throw lineless(why, filename);
            }
            return new String(text, StandardCharsets.UTF_8);
        }
        int start = 0;
        String charset = codec.charset;
        String errorName = codec.name;
        if (codec.family == Family.UTF16 || codec.family == Family.UTF32) {
            // Without a byte order mark the machine's order, little-endian, as CPython on x86 and ARM.
            boolean wide = codec.family == Family.UTF32;
            if (codec.name.equals("utf_16") || codec.name.equals("utf_32")) {
                if (startsWith(text, wide ? new int[] {0, 0, 0xfe, 0xff} : new int[] {0xfe, 0xff})) {
                    charset = wide ? "UTF-32BE" : "UTF-16BE";
                    start = wide ? 4 : 2;
                } else if (startsWith(text, wide ? new int[] {0xff, 0xfe, 0, 0} : new int[] {0xff, 0xfe})) {
                    start = wide ? 4 : 2;
                }
            }
            errorName = (wide ? "utf-32-" : "utf-16-") + (charset.endsWith("BE") ? "be" : "le");
        }
        CharsetDecoder decoder;
        try {
            decoder = Charset.forName(charset).newDecoder();
        } catch (RuntimeException missing) {
            throw new PythonSyntaxError("NotImplementedError", "source encoding '" + name
                    + "' is not supported yet by Pyston for the JVM", filename, 0, -1, null, 0, -1);
        }
        decoder.onMalformedInput(CodingErrorAction.REPORT).onUnmappableCharacter(CodingErrorAction.REPORT);
        ByteBuffer in = ByteBuffer.wrap(text, start, text.length - start);
        CharBuffer out = CharBuffer.allocate((int) (text.length * (double) decoder.maxCharsPerByte()) + 16);
        CoderResult r = decoder.decode(in, out, true);
        if (!r.isError()) {
            r = decoder.flush(out);
        }
        if (r.isError()) {
            int at = in.position();
            int length = r.length();
            String why;
            switch (codec.family) {
                case ASCII -> why = "ordinal not in range(128)";
                case CHARMAP -> {
                    errorName = "charmap";
                    why = "character maps to <undefined>";
                }
                case MULTIBYTE -> {
                    // CPython's CJK codecs reject the byte that starts an illegal sequence, alone
                    boolean incomplete = at + length >= text.length;
                    why = incomplete ? "incomplete multibyte sequence" : "illegal multibyte sequence";
                    length = incomplete ? text.length - at : 1;
                }
                default -> why = at + length >= text.length && (text.length - at) < (codec.family == Family.UTF32
                        ? 4 : 2) ? "truncated data" : codec.family == Family.UTF32 ? "code point not in range(0x110000)"
                        : "illegal encoding";
            }
            throw lineless(decodeErrorMessage(errorName, text, at, at + length, why), filename);
        }
        out.flip();
        return out.toString();
    }

    private static boolean startsWith(byte[] b, int[] prefix) {
        if (b.length < prefix.length) {
            return false;
        }
        for (int i = 0; i < prefix.length; i++) {
            if ((b[i] & 0xff) != prefix[i]) {
                return false;
            }
        }
        return true;
    }

    /** A codec's {@code UnicodeDecodeError} text for bytes {@code [start, end)} of {@code b}. */
    static String decodeErrorMessage(String codec, byte[] b, int start, int end, String why) {
        if (end - start == 1) {
            return "'" + codec + "' codec can't decode byte 0x" + String.format("%02x", b[start] & 0xff)
                    + " in position " + start + ": " + why;
        }
        return "'" + codec + "' codec can't decode bytes in position " + start + "-" + (end - 1) + ": " + why;
    }

    /** CPython's error for source that cannot be decoded at all: a SyntaxError without a line. */
    static PythonSyntaxError lineless(String msg, String filename) {
        return new PythonSyntaxError("SyntaxError", msg, filename, 0, -1, null, 0, -1);
    }
}
