package org.pyston.runtime.objects;

import java.io.ByteArrayOutputStream;
import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CharsetEncoder;
import java.nio.charset.CoderResult;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.pyston.runtime.text.CodePoints;

/**
 * {@code str.encode} and {@code bytes.decode}: the codecs and error handlers of CPython.
 *
 * <p>The Unicode codecs (UTF-8, UTF-16, UTF-32 and their byte orders, UTF-8-SIG), ASCII,
 * Latin-1 and the unicode-escape codecs are written here, so their error positions and
 * reasons are CPython's exactly. Other codecs (cp1252, koi8_r, shift_jis, ...) run on the
 * JDK's charset of the same definition, with the error handlers applied around it.
 *
 * <p>Error handlers: strict, ignore, replace, backslashreplace, xmlcharrefreplace, namereplace,
 * surrogateescape, surrogatepass, and handlers registered from Python through
 * {@link #registerError} (called with the UnicodeError, returning (replacement, position)).
 */
public final class Codecs {
    private Codecs() {
    }

    /** Handlers registered by {@code codecs.register_error}: name to callable. */
    static final Map<String, Object> CUSTOM_HANDLERS = new ConcurrentHashMap<>();

    static void registerError(String name, Object handler) {
        CUSTOM_HANDLERS.put(name, handler);
    }

    // ------------------------------------------------------------------ codec names

    /** The codecs written here. */
    private enum Kind {
        UTF8("utf-8"), UTF8_SIG("utf-8"), ASCII("ascii"), LATIN1("latin-1"),
        UTF16("utf-16"), UTF16_LE("utf-16-le"), UTF16_BE("utf-16-be"),
        UTF32("utf-32"), UTF32_LE("utf-32-le"), UTF32_BE("utf-32-be"),
        UNICODE_ESCAPE("unicodeescape"), RAW_UNICODE_ESCAPE("rawunicodeescape"), CHARSET(null);

        /** The name CPython's error messages give the codec. */
        final String errorName;

        Kind(String errorName) {
            this.errorName = errorName;
        }
    }

    /** A looked-up codec: one of ours, or a JDK charset with the Python name. */
    record Codec(Kind kind, String name, Charset charset) {
        String errorName() {
            return kind != Kind.CHARSET ? kind.errorName : name;
        }
    }

    private static final Map<String, Codec> CODECS = new ConcurrentHashMap<>();

    /** CPython's normalisation of an encoding name: lower case, other characters than letters, digits and '.' become '_'. */
    static String normalize(String encoding) {
        StringBuilder sb = new StringBuilder(encoding.length());
        boolean punct = false;
        for (int i = 0; i < encoding.length(); i++) {
            char c = encoding.charAt(i);
            if (Character.isLetterOrDigit(c) && c < 0x80 || c == '.') {
                if (punct && sb.length() > 0) {
                    sb.append('_');
                }
                sb.append(Character.toLowerCase(c));
                punct = false;
            } else {
                punct = true;
            }
        }
        return sb.toString();
    }

    /** The codec written here for {@code encoding}, or null (then the Python codec registry may know one). */
    private static Codec lookupOrNull(String encoding) {
        Codec c = CODECS.get(encoding);
        if (c == null) {
            c = find(normalize(encoding));
            if (c != null) {
                CODECS.put(encoding, c);
            }
        }
        return c;
    }

    /**
     * str.encode / bytes.decode with a codec this table lacks: the one the codec registry finds
     * ({@code codecs.register}'s search functions, the {@code encodings} package), with CPython's
     * checks of _PyCodec_EncodeText/_PyCodec_DecodeText and PyUnicode_AsEncodedString: a text
     * encoding, a 2-tuple result, bytes from an encoder and str from a decoder. LookupError
     * "unknown encoding" when no search function knows it.
     */
    private static Object throughRegistry(Object input, String encoding, String errors, boolean encode) {
        Gil gil = Gil.current();
        if (gil == null) {
            throw Errors.of(Errors.LOOKUP_ERROR, "unknown encoding: " + encoding);
        }
        Object codecs = Imports.importModule(gil.ctx, "_codecs", PyTuple.EMPTY, 0, null);
        Object info = Abstract.call(Abstract.getAttr(codecs, "lookup"), new Object[] {encoding}, null);
        Object isText;
        try {
            isText = Abstract.getAttr(info, "_is_text_encoding");
        } catch (PyException e) {
            if (!e.matches(Errors.ATTRIBUTE_ERROR)) {
                throw e;
            }
            isText = null;
        }
        if (isText != null && !Abstract.isTrue(isText)) {
            throw Errors.of(Errors.LOOKUP_ERROR, "'" + encoding + "' is not a text encoding; use codecs."
                    + (encode ? "encode" : "decode") + "() to handle arbitrary codecs");
        }
        Object coder = Abstract.getItem(info, encode ? 0L : 1L);
        Object r = Abstract.call(coder, errors == null ? new Object[] {input} : new Object[] {input, errors}, null);
        if (!(r instanceof PyTuple t) || t.size() != 2) {
            throw Errors.typeError(encode ? "encoder must return a tuple (object, integer)"
                    : "decoder must return a tuple (object,integer)");
        }
        Object v = t.get(0);
        if (encode) {
            if (v instanceof PyByteArray ba) {
                v = new PyBytes(ba.toBytes());
            }
            if (!(v instanceof PyBytes)) {
                throw Errors.typeError("'" + encoding + "' encoder returned '" + Errors.typeName(v)
                        + "' instead of 'bytes'; use codecs.encode() to encode to arbitrary types");
            }
            return PyType.of(v) == PyBytes.TYPE ? v : new PyBytes(((PyBytes) v).bytes);
        }
        if (!(PyValueInstance.unwrap(v) instanceof String str)) {
            throw Errors.typeError("'" + encoding + "' decoder returned '" + Errors.typeName(v)
                    + "' instead of 'str'; use codecs.decode() to decode to arbitrary types");
        }
        return str;
    }

    static Codec lookup(String encoding) {
        Codec c = CODECS.get(encoding);
        if (c == null) {
            c = find(normalize(encoding));
            if (c == null) {
                throw Errors.of(Errors.LOOKUP_ERROR, "unknown encoding: " + encoding);
            }
            CODECS.put(encoding, c);
        }
        return c;
    }

    /**
     * The name of the codec {@code encoding} names, as {@code codecs.lookup(encoding).name}
     * ("utf-8", "latin-1", "cp1252", ...); LookupError "unknown encoding: X" when there is none here.
     */
    public static String codecName(String encoding) {
        return lookup(encoding).name();
    }

    /** The JDK charset a codec of {@link #codecName} delegates to, or null for the codecs written here. */
    public static Charset charsetOf(String encoding) {
        return lookup(encoding).charset();
    }

    private static Codec find(String n) {
        switch (n) {
            case "utf_8": case "utf8": case "u8": case "utf": case "utf8_ucs2": case "utf8_ucs4": case "cp65001":
                return new Codec(Kind.UTF8, "utf-8", null);
            case "utf_8_sig":
                return new Codec(Kind.UTF8_SIG, "utf-8-sig", null);
            case "ascii": case "646": case "us_ascii": case "us": case "ansi_x3.4_1968": case "ansi_x3_4_1968":
            case "iso646_us": case "cp367": case "csascii": case "ibm367": case "iso_ir_6":
                return new Codec(Kind.ASCII, "ascii", null);
            case "latin_1": case "latin1": case "latin": case "l1": case "iso8859_1": case "iso_8859_1": case "8859":
            case "cp819": case "iso_ir_100": case "ibm819": case "csisolatin1": case "iso_8859_1_1987":
                return new Codec(Kind.LATIN1, "latin-1", null);
            case "utf_16": case "utf16": case "u16":
                return new Codec(Kind.UTF16, "utf-16", null);
            case "utf_16_le": case "utf_16le": case "unicodelittleunmarked":
                return new Codec(Kind.UTF16_LE, "utf-16-le", null);
            case "utf_16_be": case "utf_16be": case "unicodebigunmarked":
                return new Codec(Kind.UTF16_BE, "utf-16-be", null);
            case "utf_32": case "utf32": case "u32":
                return new Codec(Kind.UTF32, "utf-32", null);
            case "utf_32_le": case "utf_32le":
                return new Codec(Kind.UTF32_LE, "utf-32-le", null);
            case "utf_32_be": case "utf_32be":
                return new Codec(Kind.UTF32_BE, "utf-32-be", null);
            case "unicode_escape":
                return new Codec(Kind.UNICODE_ESCAPE, "unicode-escape", null);
            case "raw_unicode_escape":
                return new Codec(Kind.RAW_UNICODE_ESCAPE, "raw-unicode-escape", null);
            default:
                break;
        }
        String[] java = javaCharset(n);
        if (java == null) {
            return null;
        }
        try {
            return new Codec(Kind.CHARSET, java[1], Charset.forName(java[0]));
        } catch (RuntimeException unsupported) {
            return null;
        }
    }

    /** The JDK charset and the Python codec name for the other codecs CPython ships, or null. */
    private static String[] javaCharset(String n) {
        if (n.matches("(cp|windows_)125[0-8]")) {
            return new String[] {"windows-" + n.substring(n.length() - 4), "cp" + n.substring(n.length() - 4)};
        }
        if (n.matches("(cp|ibm)(437|737|775|850|852|855|857|860|861|862|863|864|865|866|869|1006|1026|1140)")) {
            String num = n.replaceAll("\\D", "");
            return new String[] {num.equals("737") || num.equals("1006") ? "x-IBM" + num : "IBM" + num, "cp" + num};
        }
        if (n.equals("cp858") || n.equals("ibm858")) {
            return new String[] {"IBM00858", "cp858"};
        }
        java.util.regex.Matcher iso = java.util.regex.Pattern.compile("iso_?8859_?(\\d+)").matcher(n);
        java.util.regex.Matcher latin = java.util.regex.Pattern.compile("(latin|l)_?(\\d+)").matcher(n);
        if (iso.matches() || latin.matches()) {
            String part = iso.matches() ? iso.group(1) : latinPart(latin.group(2));
            return part == null ? null : new String[] {"ISO-8859-" + part, "iso8859-" + part};
        }
        switch (n) {
            case "koi8_r": return new String[] {"KOI8-R", "koi8-r"};
            case "koi8_u": return new String[] {"KOI8-U", "koi8-u"};
            case "mac_roman": case "macroman": case "macintosh": return new String[] {"x-MacRoman", "mac-roman"};
            case "mac_cyrillic": case "maccyrillic": return new String[] {"x-MacCyrillic", "mac-cyrillic"};
            case "mac_greek": case "macgreek": return new String[] {"x-MacGreek", "mac-greek"};
            case "mac_latin2": case "maclatin2": return new String[] {"x-MacCentralEurope", "mac-latin2"};
            case "mac_turkish": case "macturkish": return new String[] {"x-MacTurkish", "mac-turkish"};
            case "mac_iceland": case "maciceland": return new String[] {"x-MacIceland", "mac-iceland"};
            case "cp874": return new String[] {"x-IBM874", "cp874"};
            case "cp932": case "ms932": case "mskanji": case "ms_kanji": return new String[] {"windows-31j", "cp932"};
            case "cp949": case "ms949": case "uhc": return new String[] {"x-windows-949", "cp949"};
            case "cp950": case "ms950": return new String[] {"x-windows-950", "cp950"};
            case "shift_jis": case "shiftjis": case "sjis": case "s_jis": case "csshiftjis":
                return new String[] {"Shift_JIS", "shift_jis"};
            case "euc_jp": case "eucjp": case "ujis": case "u_jis": return new String[] {"EUC-JP", "euc_jp"};
            case "iso2022_jp": case "iso_2022_jp": case "csiso2022jp": return new String[] {"ISO-2022-JP", "iso2022_jp"};
            case "iso2022_kr": case "iso_2022_kr": return new String[] {"ISO-2022-KR", "iso2022_kr"};
            case "euc_kr": case "euckr": case "ksc5601": case "ks_c_5601": case "ks_c_5601_1987":
                return new String[] {"EUC-KR", "euc_kr"};
            case "gbk": case "936": case "cp936": case "ms936": return new String[] {"GBK", "gbk"};
            case "gb2312": case "euc_cn": case "euccn": case "eucgb2312_cn": return new String[] {"GB2312", "gb2312"};
            case "gb18030": case "gb18030_2000": return new String[] {"GB18030", "gb18030"};
            case "big5": case "big5_tw": case "csbig5": return new String[] {"Big5", "big5"};
            case "big5hkscs": case "big5_hkscs": case "hkscs": return new String[] {"Big5-HKSCS", "big5hkscs"};
            case "johab": case "cp1361": case "ms1361": return new String[] {"x-Johab", "johab"};
            case "tis_620": case "tis620": case "tis_620_0": return new String[] {"TIS-620", "tis-620"};
            case "cp037": case "ibm037": case "ibm039": return new String[] {"IBM037", "cp037"};
            case "cp500": case "ibm500": return new String[] {"IBM500", "cp500"};
            default: return null;
        }
    }

    private static String latinPart(String num) {
        switch (num) {
            case "2": return "2";
            case "3": return "3";
            case "4": return "4";
            case "5": return "9";
            case "6": return "10";
            case "7": return "13";
            case "8": return "14";
            case "9": return "15";
            case "10": return "16";
            default: return null;
        }
    }

    // ------------------------------------------------------------------ errors

    /** Raises UnicodeEncodeError(encoding, object, start, end, reason). */
    static PyException encodeError(String encoding, String object, int start, int end, String reason) {
        return unicodeError(Errors.UNICODE_ENCODE_ERROR, encoding, object, start, end, reason).toThrowable();
    }

    static PyException decodeError(String encoding, byte[] object, int start, int end, String reason) {
        return unicodeError(Errors.UNICODE_DECODE_ERROR, encoding, new PyBytes(object), start, end, reason)
                .toThrowable();
    }

    private static PyBaseException unicodeError(PyType type, String encoding, Object object, int start, int end,
            String reason) {
        PyBaseException e = new PyBaseException(type, PyTuple.of(encoding, object, (long) start, (long) end, reason));
        setUnicodeErrorAttributes(e);
        return e;
    }

    /** The attributes of a UnicodeError from its arguments (also for instances made in Python). */
    static void setUnicodeErrorAttributes(PyBaseException e) {
        PyTuple args = e.args;
        boolean translate = e.type().isSubtypeOf(Errors.UNICODE_TRANSLATE_ERROR);
        int n = translate ? 4 : 5;
        if (args.size() != n) {
            return; // a plain UnicodeError, or one made with other arguments: CPython would refuse the latter
        }
        int i = 0;
        if (!translate) {
            e.dict.put("encoding", args.get(i++));
        } else {
            e.dict.put("encoding", Singletons.NONE);
        }
        e.dict.put("object", args.get(i++));
        e.dict.put("start", args.get(i++));
        e.dict.put("end", args.get(i++));
        e.dict.put("reason", args.get(i));
    }

    /** {@code str()} of a UnicodeEncodeError/DecodeError/TranslateError, or null for other shapes. */
    static String unicodeErrorMessage(PyBaseException e) {
        Object object = e.dict.get("object");
        Object startO = e.dict.get("start"), endO = e.dict.get("end"), reason = e.dict.get("reason");
        if (object == null || !(startO instanceof Long) || !(endO instanceof Long) || reason == null) {
            return null;
        }
        long start = (Long) startO, end = (Long) endO;
        String encoding = Abstract.str(e.dict.getOrDefault("encoding", Singletons.NONE));
        String why = Abstract.str(reason);
        PyType t = e.type();
        if (t.isSubtypeOf(Errors.UNICODE_DECODE_ERROR)) {
            byte[] b = object instanceof PyBytes pb ? pb.bytes : object instanceof PyByteArray ba ? ba.toBytes() : null;
            if (b != null && start < b.length && start >= 0 && end == start + 1) {
                return "'" + encoding + "' codec can't decode byte " + String.format("0x%02x", b[(int) start] & 0xff)
                        + " in position " + start + ": " + why;
            }
            return "'" + encoding + "' codec can't decode bytes in position " + start + "-" + (end - 1) + ": " + why;
        }
        String what = t.isSubtypeOf(Errors.UNICODE_TRANSLATE_ERROR) ? "can't translate" : "'" + encoding
                + "' codec can't encode";
        if (object instanceof String s && start >= 0 && start < CodePoints.length(s) && end == start + 1) {
            int cp = CodePoints.codePointAt(s, CodePoints.charIndex(s, (int) start));
            String ch = cp <= 0xff ? String.format("\\x%02x", cp) : cp <= 0xffff ? String.format("\\u%04x", cp)
                    : String.format("\\U%08x", cp);
            return what + " character '" + ch + "' in position " + start + ": " + why;
        }
        return what + " characters in position " + start + "-" + (end - 1) + ": " + why;
    }

    private static boolean isBuiltinHandler(String errors) {
        switch (errors) {
            case "strict": case "ignore": case "replace": case "backslashreplace": case "xmlcharrefreplace":
            case "namereplace": case "surrogateescape": case "surrogatepass":
                return true;
            default:
                return false;
        }
    }

    private static Object customHandler(String errors) {
        Object h = CUSTOM_HANDLERS.get(errors);
        if (h == null) {
            throw Errors.of(Errors.LOOKUP_ERROR, "unknown error handler name '" + errors + "'");
        }
        return h;
    }

    /** Calls a Python error handler; returns {replacement, new position}. */
    private static Object[] callHandler(Object handler, PyBaseException error, int length) {
        Object r = Abstract.call(handler, new Object[] {error}, null);
        boolean encode = error.type().isSubtypeOf(Errors.UNICODE_ENCODE_ERROR);
        if (!(r instanceof PyTuple t) || t.size() != 2 || !Abstract.isInt(t.get(1))
                || !(t.get(0) instanceof String || encode && t.get(0) instanceof PyBytes)) {
            throw Errors.typeError(encode ? "encoding error handler must return (str/bytes, int) tuple"
                    : "decoding error handler must return (str, int) tuple");
        }
        long pos = Abstract.index(t.get(1));
        if (pos < 0) {
            pos += length;
        }
        if (pos < 0 || pos > length) {
            throw Errors.of(Errors.INDEX_ERROR, "position " + Abstract.index(t.get(1)) + " from error handler out of bounds");
        }
        return new Object[] {t.get(0), (int) pos};
    }

    // ------------------------------------------------------------------ encoding

    /** {@code s.encode(encoding, errors)}. */
    public static PyBytes encode(String s, String encoding, String errors) {
        Codec codec = lookupOrNull(encoding);
        if (codec == null) {
            return (PyBytes) throughRegistry(s, encoding, errors, true);
        }
        switch (codec.kind) {
            case UTF8:
                if (CodePoints.isPlain(s) || !hasSurrogateCodePoints(s)) {
                    return new PyBytes(s.getBytes(StandardCharsets.UTF_8));
                }
                break;
            case ASCII:
            case LATIN1: {
                int limit = codec.kind == Kind.ASCII ? 0x80 : 0x100;
                int i = 0, n = s.length();
                while (i < n && s.charAt(i) < limit) {
                    i++;
                }
                if (i == n) {
                    return new PyBytes(s.getBytes(StandardCharsets.ISO_8859_1));
                }
                break;
            }
            default:
                break;
        }
        return new PyBytes(new Encoder(codec, s, errors).run());
    }

    private static boolean hasSurrogateCodePoints(String s) {
        for (int i = 0; i < s.length(); ) {
            int cp = CodePoints.codePointAt(s, i);
            if (cp >= 0xD800 && cp <= 0xDFFF) {
                return true;
            }
            i += CodePoints.width(s, i);
        }
        return false;
    }

    /** One encoding run: the code points, the output, the error handling. */
    private static final class Encoder {
        final Codec codec;
        final String s;
        final int[] cps;
        final String errors;
        final ByteArrayOutputStream out;
        final CharsetEncoder javaEncoder;

        Encoder(Codec codec, String s, String errors) {
            this.codec = codec;
            this.s = s;
            this.cps = CodePoints.toArray(s);
            this.errors = errors;
            this.out = new ByteArrayOutputStream(cps.length + 8);
            this.javaEncoder = codec.charset == null ? null : codec.charset.newEncoder()
                    .onMalformedInput(CodingErrorAction.REPORT).onUnmappableCharacter(CodingErrorAction.REPORT);
        }

        byte[] run() {
            switch (codec.kind) {
                case UTF16:
                    put16(0xFEFF, false);
                    break;
                case UTF32:
                    put32(0xFEFF, false);
                    break;
                case UTF8_SIG:
                    out.write(0xEF);
                    out.write(0xBB);
                    out.write(0xBF);
                    break;
                default:
                    break;
            }
            int i = 0;
            while (i < cps.length) {
                if (put(cps[i])) {
                    i++;
                    continue;
                }
                int end = i + 1;
                // UTF-16 and UTF-32 report unencodable code points one at a time, the others in runs
                boolean runs = switch (codec.kind) {
                    case UTF16, UTF16_LE, UTF16_BE, UTF32, UTF32_LE, UTF32_BE -> false;
                    default -> true;
                };
                while (runs && end < cps.length && !canEncode(cps[end])) {
                    end++;
                }
                i = handle(i, end);
            }
            return out.toByteArray();
        }

        private String reason() {
            switch (codec.kind) {
                case ASCII: return "ordinal not in range(128)";
                case LATIN1: return "ordinal not in range(256)";
                case CHARSET: return codec.charset.newDecoder().maxCharsPerByte() == 1.0f
                        && codec.charset.newEncoder().maxBytesPerChar() == 1.0f
                        ? "character maps to <undefined>" : "illegal multibyte sequence";
                default: return "surrogates not allowed";
            }
        }

        private String errorName() {
            if (codec.kind == Kind.CHARSET && codec.charset.newEncoder().maxBytesPerChar() == 1.0f) {
                return "charmap";
            }
            return codec.errorName();
        }

        private boolean canEncode(int cp) {
            switch (codec.kind) {
                case ASCII: return cp < 0x80;
                case LATIN1: return cp < 0x100;
                case UNICODE_ESCAPE: case RAW_UNICODE_ESCAPE: return true;
                case CHARSET: return !(cp >= 0xD800 && cp <= 0xDFFF) && javaEncoder.canEncode(new String(Character.toChars(cp)));
                default: return cp < 0xD800 || cp > 0xDFFF;
            }
        }

        /** Writes the encoding of {@code cp}, or returns false when the codec cannot encode it. */
        private boolean put(int cp) {
            switch (codec.kind) {
                case UTF8:
                case UTF8_SIG:
                    if (cp < 0x80) {
                        out.write(cp);
                        return true;
                    }
                    if (cp >= 0xD800 && cp <= 0xDFFF) {
                        return false;
                    }
                    putUtf8(cp);
                    return true;
                case ASCII:
                case LATIN1:
                    if (cp >= (codec.kind == Kind.ASCII ? 0x80 : 0x100)) {
                        return false;
                    }
                    out.write(cp);
                    return true;
                case UTF16:
                case UTF16_LE:
                case UTF16_BE:
                    if (cp >= 0xD800 && cp <= 0xDFFF) {
                        return false;
                    }
                    if (cp >= 0x10000) {
                        put16(Character.highSurrogate(cp), codec.kind == Kind.UTF16_BE);
                        put16(Character.lowSurrogate(cp), codec.kind == Kind.UTF16_BE);
                    } else {
                        put16(cp, codec.kind == Kind.UTF16_BE);
                    }
                    return true;
                case UTF32:
                case UTF32_LE:
                case UTF32_BE:
                    if (cp >= 0xD800 && cp <= 0xDFFF) {
                        return false;
                    }
                    put32(cp, codec.kind == Kind.UTF32_BE);
                    return true;
                case UNICODE_ESCAPE:
                    putUnicodeEscape(cp, false);
                    return true;
                case RAW_UNICODE_ESCAPE:
                    putUnicodeEscape(cp, true);
                    return true;
                default:
                    if (!canEncode(cp)) {
                        return false;
                    }
                    try {
                        ByteBuffer b = javaEncoder.encode(CharBuffer.wrap(Character.toChars(cp)));
                        out.write(b.array(), b.arrayOffset() + b.position(), b.remaining());
                    } catch (CharacterCodingException e) {
                        return false;
                    }
                    return true;
            }
        }

        private void putUtf8(int cp) {
            if (cp < 0x80) {
                out.write(cp);
            } else if (cp < 0x800) {
                out.write(0xC0 | (cp >> 6));
                out.write(0x80 | (cp & 0x3F));
            } else if (cp < 0x10000) {
                out.write(0xE0 | (cp >> 12));
                out.write(0x80 | ((cp >> 6) & 0x3F));
                out.write(0x80 | (cp & 0x3F));
            } else {
                out.write(0xF0 | (cp >> 18));
                out.write(0x80 | ((cp >> 12) & 0x3F));
                out.write(0x80 | ((cp >> 6) & 0x3F));
                out.write(0x80 | (cp & 0x3F));
            }
        }

        private void put16(int unit, boolean bigEndian) {
            if (bigEndian) {
                out.write(unit >> 8);
                out.write(unit & 0xFF);
            } else {
                out.write(unit & 0xFF);
                out.write(unit >> 8);
            }
        }

        private void put32(int cp, boolean bigEndian) {
            if (bigEndian) {
                out.write(cp >>> 24);
                out.write((cp >> 16) & 0xFF);
                out.write((cp >> 8) & 0xFF);
                out.write(cp & 0xFF);
            } else {
                out.write(cp & 0xFF);
                out.write((cp >> 8) & 0xFF);
                out.write((cp >> 16) & 0xFF);
                out.write(cp >>> 24);
            }
        }

        private void putUnicodeEscape(int cp, boolean raw) {
            if (raw ? cp < 0x100 : cp >= 0x20 && cp < 0x7f && cp != '\\') {
                out.write(cp);
            } else if (!raw && (cp == '\\' || cp == '\t' || cp == '\n' || cp == '\r')) {
                out.write('\\');
                out.write(cp == '\\' ? '\\' : cp == '\t' ? 't' : cp == '\n' ? 'n' : 'r');
            } else {
                String escape = cp < 0x100 ? String.format("\\x%02x", cp) : cp < 0x10000
                        ? String.format("\\u%04x", cp) : String.format("\\U%08x", cp);
                for (int k = 0; k < escape.length(); k++) {
                    out.write(escape.charAt(k));
                }
            }
        }

        /** Applies the error handler to the unencodable code points [start, end); returns where to go on. */
        private int handle(int start, int end) {
            switch (errors) {
                case "strict":
                    throw encodeError(errorName(), s, start, end, reason());
                case "ignore":
                    return end;
                case "replace":
                    for (int k = start; k < end; k++) {
                        putReplacement("?", start, end);
                    }
                    return end;
                case "xmlcharrefreplace":
                    for (int k = start; k < end; k++) {
                        putReplacement("&#" + cps[k] + ";", start, end);
                    }
                    return end;
                case "backslashreplace":
                    for (int k = start; k < end; k++) {
                        int cp = cps[k];
                        putReplacement(cp < 0x100 ? String.format("\\x%02x", cp) : cp < 0x10000
                                ? String.format("\\u%04x", cp) : String.format("\\U%08x", cp), start, end);
                    }
                    return end;
                case "namereplace":
                    for (int k = start; k < end; k++) {
                        putReplacement(nameEscape(cps[k]), start, end);
                    }
                    return end;
                case "surrogateescape": {
                    boolean builtIn = codec.kind == Kind.ASCII || codec.kind == Kind.LATIN1 || codec.kind == Kind.UTF8
                            || codec.kind == Kind.UTF8_SIG;
                    int k = start;
                    while (k < end && cps[k] >= 0xDC80 && cps[k] <= 0xDCFF && unitSize() == 1) {
                        k++;
                    }
                    if (k < end) {
                        // ASCII, Latin-1 and UTF-8 escape what they can and report the rest of the run
                        throw encodeError(errorName(), s, builtIn ? k : start, end, reason());
                    }
                    for (k = start; k < end; k++) {
                        out.write(cps[k] - 0xDC00);
                    }
                    return end;
                }
                case "surrogatepass":
                    for (int k = start; k < end; k++) {
                        int cp = cps[k];
                        if (cp < 0xD800 || cp > 0xDFFF) {
                            throw encodeError(errorName(), s, start, end, reason());
                        }
                        switch (codec.kind) {
                            case UTF8: case UTF8_SIG: putUtf8(cp); break;
                            case UTF16: case UTF16_LE: case UTF16_BE: put16(cp, codec.kind == Kind.UTF16_BE); break;
                            case UTF32: case UTF32_LE: case UTF32_BE: put32(cp, codec.kind == Kind.UTF32_BE); break;
                            default: throw encodeError(errorName(), s, start, end, reason());
                        }
                    }
                    return end;
                default: {
                    Object handler = customHandler(errors);
                    PyBaseException error = unicodeError(Errors.UNICODE_ENCODE_ERROR, errorName(), s, start, end,
                            reason());
                    Object[] r = callHandler(handler, error, cps.length);
                    if (r[0] instanceof PyBytes b) {
                        if (b.bytes.length % unitSize() != 0) {
                            throw encodeError(errorName(), s, start, end, reason());
                        }
                        out.writeBytes(b.bytes);
                    } else {
                        String rep = (String) r[0];
                        for (int k = 0; k < rep.length(); ) {
                            int cp = CodePoints.codePointAt(rep, k);
                            k += CodePoints.width(rep, k);
                            if (!put(cp)) {
                                throw encodeError(errorName(), s, start, end, reason());
                            }
                        }
                    }
                    return (Integer) r[1];
                }
            }
        }

        /** The bytes of one code unit: replacement bytes must fill whole units. */
        private int unitSize() {
            switch (codec.kind) {
                case UTF16: case UTF16_LE: case UTF16_BE: return 2;
                case UTF32: case UTF32_LE: case UTF32_BE: return 4;
                default: return 1;
            }
        }

        private void putReplacement(String text, int start, int end) {
            for (int k = 0; k < text.length(); k++) {
                if (!put(text.charAt(k))) {
                    throw encodeError(errorName(), s, start, end, reason());
                }
            }
        }
    }

    /** The {@code \N{...}} escape of namereplace, or a backslash escape for unnamed code points. */
    private static String nameEscape(int cp) {
        String name = org.pyston.runtime.text.Unicode.name(cp);
        if (name == null) {
            return cp < 0x100 ? String.format("\\x%02x", cp) : cp < 0x10000 ? String.format("\\u%04x", cp)
                    : String.format("\\U%08x", cp);
        }
        return "\\N{" + name + "}";
    }

    // ------------------------------------------------------------------ decoding

    /** {@code bytes.decode(encoding, errors)}. */
    static String decode(byte[] b, String encoding, String errors) {
        return decode(b, 0, b.length, encoding, errors);
    }

    public static String decode(byte[] b, int from, int to, String encoding, String errors) {
        Codec codec = lookupOrNull(encoding);
        if (codec == null) {
            PyBytes data = new PyBytes(from == 0 && to == b.length ? b : java.util.Arrays.copyOfRange(b, from, to));
            return (String) throughRegistry(data, encoding, errors, false);
        }
        switch (codec.kind) {
            case UTF8: {
                int i = from;
                while (i < to && b[i] >= 0) {
                    i++;
                }
                if (i == to) {
                    return new String(b, from, to - from, StandardCharsets.ISO_8859_1);
                }
                try {
                    return StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                            .onUnmappableCharacter(CodingErrorAction.REPORT)
                            .decode(ByteBuffer.wrap(b, from, to - from)).toString();
                } catch (CharacterCodingException malformed) {
                    break; // the exact errors come from the decoder below
                }
            }
            case ASCII: {
                int i = from;
                while (i < to && b[i] >= 0) {
                    i++;
                }
                if (i == to) {
                    return new String(b, from, to - from, StandardCharsets.ISO_8859_1);
                }
                break;
            }
            case LATIN1:
                return new String(b, from, to - from, StandardCharsets.ISO_8859_1);
            default:
                break;
        }
        return new Decoder(codec, b, from, to, errors).run();
    }

    /** One decoding run over {@code b[from..to)}. */
    private static final class Decoder {
        final Codec codec;
        final byte[] b;
        final int from, to;
        final String errors;
        final StringBuilder out;
        /** Positions in errors are relative to the decoded object. */
        byte[] object;
        /** The byte order of UTF-16/UTF-32 data. */
        boolean big;
        /** For utf-16 and utf-32: the codec the byte order mark (or its absence) chose, which errors name. */
        String bomName;

        Decoder(Codec codec, byte[] b, int from, int to, String errors) {
            this.codec = codec;
            this.b = b;
            this.from = from;
            this.to = to;
            this.errors = errors;
            this.out = new StringBuilder(to - from);
        }

        private byte[] object() {
            if (object == null) {
                object = from == 0 && to == b.length ? b : java.util.Arrays.copyOfRange(b, from, to);
            }
            return object;
        }

        String run() {
            switch (codec.kind) {
                case UTF8:
                    utf8(from);
                    break;
                case UTF8_SIG:
                    utf8(to - from >= 3 && (b[from] & 0xFF) == 0xEF && (b[from + 1] & 0xFF) == 0xBB
                            && (b[from + 2] & 0xFF) == 0xBF ? from + 3 : from);
                    break;
                case ASCII:
                    for (int i = from; i < to; ) {
                        if (b[i] >= 0) {
                            out.append((char) b[i++]);
                        } else {
                            i = handle(i, i + 1, "ordinal not in range(128)");
                        }
                    }
                    break;
                case UTF16:
                case UTF16_LE:
                case UTF16_BE:
                    utf16();
                    break;
                case UTF32:
                case UTF32_LE:
                case UTF32_BE:
                    utf32();
                    break;
                case UNICODE_ESCAPE:
                case RAW_UNICODE_ESCAPE:
                    unicodeEscape(codec.kind == Kind.RAW_UNICODE_ESCAPE);
                    break;
                default:
                    charset();
                    break;
            }
            return out.toString();
        }

        private int cont(int i) {
            return i < to ? b[i] & 0xFF : -1;
        }

        private static boolean isCont(int c) {
            return c >= 0x80 && c <= 0xBF;
        }

        private void utf8(int start) {
            int i = start;
            while (i < to) {
                int c = b[i] & 0xFF;
                if (c < 0x80) {
                    out.append((char) c);
                    i++;
                    continue;
                }
                int need;
                int lo = 0x80, hi = 0xBF; // the range of the second byte
                if (c >= 0xC2 && c <= 0xDF) {
                    need = 1;
                } else if (c >= 0xE0 && c <= 0xEF) {
                    need = 2;
                    if (c == 0xE0) {
                        lo = 0xA0;
                    } else if (c == 0xED) {
                        hi = 0x9F;
                    }
                } else if (c >= 0xF0 && c <= 0xF4) {
                    need = 3;
                    if (c == 0xF0) {
                        lo = 0x90;
                    } else if (c == 0xF4) {
                        hi = 0x8F;
                    }
                } else {
                    i = handle(i, i + 1, "invalid start byte");
                    continue;
                }
                int cp = c & (0x3F >> need);
                int k = 1;
                boolean bad = false;
                for (; k <= need; k++) {
                    int d = cont(i + k);
                    if (d < 0) {
                        break;
                    }
                    if (k == 1 ? d < lo || d > hi : !isCont(d)) {
                        bad = true;
                        break;
                    }
                    cp = (cp << 6) | (d & 0x3F);
                }
                if (bad) {
                    i = handle(i, i + k, "invalid continuation byte");
                } else if (k <= need) {
                    i = handle(i, to, "unexpected end of data");
                } else {
                    CodePoints.append(out, cp);
                    i += need + 1;
                }
            }
        }

        private void utf16() {
            int i = from;
            big = codec.kind == Kind.UTF16_BE;
            if (codec.kind == Kind.UTF16 && to - i >= 2) {
                int b0 = b[i] & 0xFF, b1 = b[i + 1] & 0xFF;
                if (b0 == 0xFF && b1 == 0xFE) {
                    i += 2;
                } else if (b0 == 0xFE && b1 == 0xFF) {
                    big = true;
                    i += 2;
                }
            }
            if (codec.kind == Kind.UTF16) {
                bomName = big ? "utf-16-be" : "utf-16-le";
            }
            while (i < to) {
                if (to - i < 2) {
                    i = handle(i, to, "truncated data");
                    continue;
                }
                int u = unit16(i, big);
                if (u < 0xD800 || u > 0xDFFF) {
                    out.append((char) u);
                    i += 2;
                } else if (u >= 0xDC00) {
                    i = handle(i, i + 2, "illegal encoding");
                } else if (to - i < 4) {
                    i = handle(i, to, "unexpected end of data");
                } else {
                    int v = unit16(i + 2, big);
                    if (v >= 0xDC00 && v <= 0xDFFF) {
                        out.append((char) u).append((char) v);
                        i += 4;
                    } else {
                        i = handle(i, i + 2, "illegal UTF-16 surrogate");
                    }
                }
            }
        }

        private int unit16(int i, boolean big) {
            int b0 = b[i] & 0xFF, b1 = b[i + 1] & 0xFF;
            return big ? b0 << 8 | b1 : b1 << 8 | b0;
        }

        private void utf32() {
            int i = from;
            big = codec.kind == Kind.UTF32_BE;
            if (codec.kind == Kind.UTF32 && to - i >= 4) {
                long bom = unit32(i, false);
                if (bom == 0xFEFF) {
                    i += 4;
                } else if (unit32(i, true) == 0xFEFF) {
                    big = true;
                    i += 4;
                }
            }
            if (codec.kind == Kind.UTF32) {
                bomName = big ? "utf-32-be" : "utf-32-le";
            }
            while (i < to) {
                if (to - i < 4) {
                    i = handle(i, to, "truncated data");
                    continue;
                }
                long cp = unit32(i, big);
                if (cp > 0x10FFFF) {
                    i = handle(i, i + 4, "code point not in range(0x110000)");
                } else if (cp >= 0xD800 && cp <= 0xDFFF) {
                    i = handle(i, i + 4, "code point in surrogate code point range(0xd800, 0xe000)");
                } else {
                    CodePoints.append(out, (int) cp);
                    i += 4;
                }
            }
        }

        private long unit32(int i, boolean big) {
            long r = 0;
            for (int k = 0; k < 4; k++) {
                int byteIndex = big ? i + k : i + 3 - k;
                r = (r << 8) | (b[byteIndex] & 0xFF);
            }
            return r;
        }

        private void unicodeEscape(boolean raw) {
            int i = from;
            while (i < to) {
                int c = b[i] & 0xFF;
                if (c != '\\' || i + 1 >= to) {
                    if (c == '\\' && !raw) {
                        i = handle(i, to, "\\ at end of string");
                        continue;
                    }
                    out.append((char) c);
                    i++;
                    continue;
                }
                int e = b[i + 1] & 0xFF;
                if (raw) {
                    if (e != 'u' && e != 'U') {
                        out.append('\\');
                        i++;
                        continue;
                    }
                    i = hexEscape(i, e == 'u' ? 4 : 8, "rawunicodeescape");
                    continue;
                }
                switch (e) {
                    case '\n': i += 2; break;
                    case '\\': out.append('\\'); i += 2; break;
                    case '\'': out.append('\''); i += 2; break;
                    case '"': out.append('"'); i += 2; break;
                    case 'a': out.append('\u0007'); i += 2; break;
                    case 'b': out.append('\b'); i += 2; break;
                    case 'f': out.append('\f'); i += 2; break;
                    case 'n': out.append('\n'); i += 2; break;
                    case 'r': out.append('\r'); i += 2; break;
                    case 't': out.append('\t'); i += 2; break;
                    case 'v': out.append('\u000b'); i += 2; break;
                    case 'x': i = hexEscape(i, 2, null); break;
                    case 'u': i = hexEscape(i, 4, null); break;
                    case 'U': i = hexEscape(i, 8, null); break;
                    case 'N': i = nameEscapeAt(i); break;
                    default:
                        if (e >= '0' && e <= '7') {
                            int v = 0, k = i + 1;
                            for (int n = 0; n < 3 && k < to && (b[k] & 0xFF) >= '0' && (b[k] & 0xFF) <= '7'; n++, k++) {
                                v = v * 8 + (b[k] & 0xFF) - '0';
                            }
                            CodePoints.append(out, v);
                            i = k;
                        } else {
                            out.append('\\').append((char) e);
                            i += 2;
                        }
                        break;
                }
            }
        }

        private int hexEscape(int i, int digits, String raw) {
            int v = 0, k = i + 2;
            for (int n = 0; n < digits; n++, k++) {
                int d = k < to ? Character.digit(b[k] & 0xFF, 16) : -1;
                if (d < 0) {
                    return handle(i, k, digits == 2 ? "truncated \\xXX escape" : digits == 4
                            ? "truncated \\uXXXX escape" : "truncated \\UXXXXXXXX escape");
                }
                v = v * 16 + d;
            }
            if (v < 0 || v > 0x10FFFF) {
                return handle(i, k, raw != null ? "\\Uxxxxxxxx out of range" : "illegal Unicode character");
            }
            CodePoints.append(out, v);
            return k;
        }

        private int nameEscapeAt(int i) {
            int k = i + 2;
            if (k < to && b[k] == '{') {
                int close = k + 1;
                while (close < to && b[close] != '}') {
                    close++;
                }
                if (close < to && close > k + 1) {
                    String name = new String(b, k + 1, close - k - 1, StandardCharsets.ISO_8859_1);
                    int cp = org.pyston.runtime.text.Unicode.lookup(name);
                    if (cp < 0) {
                        return handle(i, close + 1, "unknown Unicode character name");
                    }
                    CodePoints.append(out, cp);
                    return close + 1;
                }
            }
            return handle(i, Math.min(to, k + 1), "malformed \\N character escape");
        }

        private void charset() {
            CharsetDecoder dec = codec.charset.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT);
            boolean singleByte = dec.maxCharsPerByte() == 1.0f && codec.charset.newEncoder().maxBytesPerChar() == 1.0f;
            ByteBuffer in = ByteBuffer.wrap(b, from, to - from);
            CharBuffer chars = CharBuffer.allocate(Math.max(16, to - from));
            while (true) {
                CoderResult r = dec.decode(in, chars, true);
                if (r.isOverflow()) {
                    flush(chars);
                    continue;
                }
                if (r.isUnderflow()) {
                    r = dec.flush(chars);
                    if (r.isOverflow()) {
                        flush(chars);
                        continue;
                    }
                    flush(chars);
                    if (in.hasRemaining()) {
                        int at = in.position();
                        int next = handle(at, to, "incomplete multibyte sequence");
                        in.position(Math.min(next, to));
                        dec.reset();
                        continue;
                    }
                    break;
                }
                flush(chars);
                int at = in.position();
                int next = handle(at, at + r.length(), singleByte ? "character maps to <undefined>"
                        : "illegal multibyte sequence");
                in.position(Math.min(next, to));
            }
        }

        private void flush(CharBuffer chars) {
            chars.flip();
            out.append(CodePoints.fromUtf16(chars.toString()));
            chars.clear();
        }

        private String errorName() {
            if (bomName != null) {
                return bomName;
            }
            if (codec.kind == Kind.CHARSET && codec.charset.newEncoder().maxBytesPerChar() == 1.0f) {
                return "charmap";
            }
            return codec.errorName();
        }

        /** Applies the error handler to the undecodable bytes [start, end) (absolute); returns where to go on. */
        private int handle(int start, int end, String reason) {
            switch (errors) {
                case "strict":
                    throw decodeError(errorName(), object(), start - from, end - from, reason);
                case "ignore":
                    return end;
                case "replace":
                    out.append('\ufffd');
                    return end;
                case "backslashreplace":
                    for (int k = start; k < end; k++) {
                        out.append(String.format("\\x%02x", b[k] & 0xFF));
                    }
                    return end;
                case "surrogateescape": {
                    // Escapes up to 4 bytes, stopping at an ASCII byte (which cannot be escaped).
                    int k = start;
                    while (k < end && k < start + 4 && (b[k] & 0xFF) >= 0x80) {
                        CodePoints.append(out, 0xDC00 + (b[k++] & 0xFF));
                    }
                    if (k == start) {
                        throw decodeError(errorName(), object(), start - from, end - from, reason);
                    }
                    return k;
                }
                case "surrogatepass": {
                    int cp = -1, width = 0;
                    switch (codec.kind) {
                        case UTF8: case UTF8_SIG:
                            if (to - start >= 3 && (b[start] & 0xFF) == 0xED && (b[start + 1] & 0xE0) == 0xA0
                                    && isCont(b[start + 2] & 0xFF)) {
                                cp = 0xD000 | ((b[start + 1] & 0x3F) << 6) | (b[start + 2] & 0x3F);
                                width = 3;
                            }
                            break;
                        case UTF16: case UTF16_LE: case UTF16_BE:
                            if (to - start >= 2) {
                                int u = unit16(start, big);
                                if (u >= 0xD800 && u <= 0xDFFF) {
                                    cp = u;
                                    width = 2;
                                }
                            }
                            break;
                        case UTF32: case UTF32_LE: case UTF32_BE:
                            if (to - start >= 4) {
                                long u = unit32(start, big);
                                if (u >= 0xD800 && u <= 0xDFFF) {
                                    cp = (int) u;
                                    width = 4;
                                }
                            }
                            break;
                        default:
                            break;
                    }
                    if (cp < 0) {
                        throw decodeError(errorName(), object(), start - from, end - from, reason);
                    }
                    CodePoints.append(out, cp);
                    return start + width;
                }
                case "xmlcharrefreplace":
                case "namereplace":
                    throw Errors.typeError("don't know how to handle UnicodeDecodeError in error callback");
                default: {
                    Object handler = customHandler(errors);
                    PyBaseException error = unicodeError(Errors.UNICODE_DECODE_ERROR, errorName(),
                            new PyBytes(object()), start - from, end - from, reason);
                    Object[] r = callHandler(handler, error, to - from);
                    out.append((String) r[0]);
                    return from + (Integer) r[1];
                }
            }
        }
    }

    /** Checks that an error handler name is known (CPython looks it up only when an error occurs). */
    public static void checkHandler(String errors) {
        if (!isBuiltinHandler(errors)) {
            customHandler(errors);
        }
    }
}
