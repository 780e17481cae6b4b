package org.pyston.runtime.modules;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import org.pyston.runtime.objects.Abstract;
import org.pyston.runtime.objects.Builtins;
import org.pyston.runtime.objects.CodecsAccess;
import org.pyston.runtime.objects.Errors;
import org.pyston.runtime.objects.ExecutionContext;
import org.pyston.runtime.objects.Imports;
import org.pyston.runtime.objects.NativeFunction;
import org.pyston.runtime.objects.PyBaseException;
import org.pyston.runtime.objects.PyBytes;
import org.pyston.runtime.objects.PyDict;
import org.pyston.runtime.objects.PyException;
import org.pyston.runtime.objects.PyList;
import org.pyston.runtime.objects.PyModule;
import org.pyston.runtime.objects.PyTuple;
import org.pyston.runtime.objects.Singletons;
import org.pyston.runtime.text.CodePoints;

/**
 * {@code _codecs}: the codec registry (search functions registered by the {@code encodings}
 * package, per context, with its cache), {@code encode}/{@code decode} through it, the codec
 * functions the {@code encodings.*} modules are built on (the runtime's own encoders and
 * decoders, which {@code str.encode} uses too; incremental decoding stops before an incomplete
 * sequence at the end when {@code final} is false), charmap codecs, and the error handler
 * registry with the built-in handlers as callables.
 */
final class CodecsModule {
    private CodecsModule() {
    }

    static PyModule create(ExecutionContext ctx) {
        PyModule m = new PyModule("_codecs");
        // the encodings package registers its search function when imported, on the first lookup
        Runnable initRegistry = new Runnable() {
            boolean done;

            @Override
            public void run() {
                if (!done) {
                    done = true;
                    Imports.importModule(ctx, "encodings", Singletons.NONE, 0, null);
                }
            }
        };
        PyList searchFunctions = new PyList();
        PyDict cache = new PyDict();
        Ext.function(m, "register", (a, k) -> {
            Ext.positionalOnly("register", a, k, 1, 1);
            if (!Builtins.isCallable(a[0])) {
                throw Errors.typeError("argument must be callable");
            }
            searchFunctions.append(a[0]);
            return Singletons.NONE;
        });
        Ext.function(m, "unregister", (a, k) -> {
            Ext.positionalOnly("unregister", a, k, 1, 1);
            for (int i = 0; i < searchFunctions.size; i++) {
                if (searchFunctions.items[i] == a[0]) {
                    System.arraycopy(searchFunctions.items, i + 1, searchFunctions.items, i, searchFunctions.size - i - 1);
                    searchFunctions.size--;
                    cache.map.clear();
                    break;
                }
            }
            return Singletons.NONE;
        });
        NativeFunction lookup = (a, k) -> {
            Ext.positionalOnly("lookup", a, k, 1, 1);
            initRegistry.run();
            return lookup(searchFunctions, cache, str("lookup", a[0], 1));
        };
        Ext.function(m, "lookup", lookup);
        Ext.function(m, "_forget_codec", (a, k) -> {
            Ext.positionalOnly("_forget_codec", a, k, 1, 1);
            cache.map.remove(CodecsAccess.normalize(str("_forget_codec", a[0], 1)));
            return Singletons.NONE;
        });
        for (boolean encoding : new boolean[] {true, false}) {
            String fname = encoding ? "encode" : "decode";
            Ext.function(m, fname, (a, k) -> {
                Object[] v = Ext.bind(fname, a, k, 1, 3, "obj", "encoding", "errors");
                String enc = v[1] == null ? "utf-8" : str(fname, v[1], 2);
                String errors = v[2] == null ? "strict" : str(fname, v[2], 3);
                initRegistry.run();
                Object info = lookup(searchFunctions, cache, enc);
                Object codec = ((PyTuple) info).get(encoding ? 0 : 1);
                Object r = Abstract.call(codec, new Object[] {v[0], errors}, null);
                if (!(r instanceof PyTuple t) || t.size() != 2) {
                    throw Errors.typeError((encoding ? "encoder" : "decoder") + " must return a tuple (object, integer)");
                }
                return t.get(0);
            });
        }
        Ext.function(m, "register_error", (a, k) -> {
            Ext.positionalOnly("register_error", a, k, 2, 2);
            if (!Builtins.isCallable(a[1])) {
                throw Errors.typeError("handler must be callable");
            }
            CodecsAccess.registerError(str("register_error", a[0], 1), a[1]);
            return Singletons.NONE;
        });
        Ext.function(m, "lookup_error", (a, k) -> {
            Ext.positionalOnly("lookup_error", a, k, 1, 1);
            return lookupError(str("lookup_error", a[0], 1));
        });
        textCodecs(m);
        m.set("charmap_build", new org.pyston.runtime.objects.PyBuiltinFunction("charmap_build", (a, k) -> {
            Ext.positionalOnly("charmap_build", a, k, 1, 1);
            int[] cps = CodePoints.toArray(str("charmap_build", a[0], 1));
            PyDict map = new PyDict();
            for (int i = 0; i < cps.length; i++) {
                map.put((long) cps[i], (long) i);
            }
            return map;
        }, false));
        Ext.function(m, "charmap_decode", (a, k) -> {
            Object[] v = Ext.bind("charmap_decode", a, k, 1, 3, "data", "errors", "mapping");
            byte[] data = CodecsAccess.bytesLike(v[0]);
            return PyTuple.of(charmapDecode(data, errors(v[1]), v[2] == null ? Singletons.NONE : v[2]), (long) data.length);
        });
        Ext.function(m, "charmap_encode", (a, k) -> {
            Object[] v = Ext.bind("charmap_encode", a, k, 1, 3, "str", "errors", "mapping");
            String s = str("charmap_encode", v[0], 1);
            return PyTuple.of(charmapEncode(s, errors(v[1]), v[2] == null ? Singletons.NONE : v[2]),
                    (long) CodePoints.length(s));
        });
        Ext.function(m, "escape_decode", (a, k) -> {
            Object[] v = Ext.bind("escape_decode", a, k, 1, 2, "data", "errors");
            byte[] data = v[0] instanceof String s ? s.getBytes(StandardCharsets.UTF_8) : CodecsAccess.bytesLike(v[0]);
            return PyTuple.of(new PyBytes(escapeDecode(data, errors(v[1]))), (long) data.length);
        });
        Ext.function(m, "escape_encode", (a, k) -> {
            Object[] v = Ext.bind("escape_encode", a, k, 1, 2, "data", "errors");
            if (!(v[0] instanceof PyBytes b)) {
                throw Errors.typeError("argument 1 must be bytes, not " + Errors.typeName(v[0]));
            }
            return PyTuple.of(new PyBytes(escapeEncode(b.bytes)), (long) b.bytes.length);
        });
        Ext.function(m, "readbuffer_encode", (a, k) -> {
            Object[] v = Ext.bind("readbuffer_encode", a, k, 1, 2, "data", "errors");
            byte[] data = v[0] instanceof String s ? s.getBytes(StandardCharsets.UTF_8) : CodecsAccess.bytesLike(v[0]);
            return PyTuple.of(new PyBytes(data.clone()), (long) data.length);
        });
        for (String name : new String[] {"utf_7_encode", "utf_7_decode"}) {
            Ext.function(m, name, (a, k) -> {
                throw new PyBaseException(Errors.NOT_IMPLEMENTED_ERROR, PyTuple.of("the utf-7 codec is not supported yet"))
                        .toThrowable();
            });
        }
        return m;
    }

    private static String str(String fname, Object o, int pos) {
        if (!(o instanceof String s)) {
            throw Errors.typeError(fname + "() argument " + pos + " must be str, not " + Errors.typeName(o));
        }
        return s;
    }

    private static String errors(Object o) {
        if (o == null || o == Singletons.NONE) {
            return "strict";
        }
        if (!(o instanceof String s)) {
            throw Errors.typeError("argument 'errors' must be str or None, not " + Errors.typeName(o));
        }
        return s;
    }

    /** codecs.lookup: the cached CodecInfo, else the first search function's answer that is not None. */
    private static Object lookup(PyList searchFunctions, PyDict cache, String encoding) {
        String normalized = CodecsAccess.normalize(encoding);
        Object cached = cache.get(normalized);
        if (cached != null) {
            return cached;
        }
        if (searchFunctions.size == 0) {
            throw Errors.of(Errors.LOOKUP_ERROR, "no codec search functions registered: can't find encoding");
        }
        for (int i = 0; i < searchFunctions.size; i++) {
            Object r = Abstract.call(searchFunctions.items[i], new Object[] {normalized}, null);
            if (r == Singletons.NONE) {
                continue;
            }
            if (!(r instanceof PyTuple t) || t.size() != 4) {
                throw Errors.typeError("codec search functions must return 4-tuples");
            }
            cache.put(normalized, r);
            return r;
        }
        throw Errors.of(Errors.LOOKUP_ERROR, "unknown encoding: " + encoding);
    }

    // ------------------------------------------------------------------ the runtime's codecs

    /** utf_8_encode, utf_8_decode, ... latin_1, ascii, the escape codecs: (result, length consumed). */
    private static void textCodecs(PyModule m) {
        String[][] codecs = {{"utf_8", "utf-8"}, {"utf_16_le", "utf-16-le"}, {"utf_16_be", "utf-16-be"},
            {"utf_32_le", "utf-32-le"}, {"utf_32_be", "utf-32-be"}, {"latin_1", "latin-1"}, {"ascii", "ascii"},
            {"unicode_escape", "unicode-escape"}, {"raw_unicode_escape", "raw-unicode-escape"}};
        for (String[] c : codecs) {
            String prefix = c[0], encoding = c[1];
            Ext.function(m, prefix + "_encode", (a, k) -> {
                Object[] v = Ext.bind(prefix + "_encode", a, k, 1, 2, "str", "errors");
                String s = str(prefix + "_encode", v[0], 1);
                return PyTuple.of(CodecsAccess.encode(s, encoding, errors(v[1])), (long) CodePoints.length(s));
            });
            boolean incremental = prefix.startsWith("utf") || prefix.contains("escape");
            Ext.function(m, prefix + "_decode", (a, k) -> {
                Object[] v = incremental ? Ext.bind(prefix + "_decode", a, k, 1, 3, "data", "errors", "final")
                        : Ext.bind(prefix + "_decode", a, k, 1, 2, "data", "errors");
                byte[] data = CodecsAccess.bytesLike(v[0]);
                // the escape codecs are final unless told otherwise, the UTF codecs the other way round
                boolean fin = incremental && v[2] != null ? Abstract.isTrue(v[2]) : !prefix.startsWith("utf");
                int end = fin ? data.length : data.length - incompleteTail(encoding, data, 0);
                return PyTuple.of(CodecsAccess.decode(data, 0, end, encoding, errors(v[1])), (long) end);
            });
        }
        for (int width : new int[] {16, 32}) {
            String prefix = "utf_" + width;
            Ext.function(m, prefix + "_encode", (a, k) -> {
                Object[] v = Ext.bind(prefix + "_encode", a, k, 1, 3, "str", "errors", "byteorder");
                String s = str(prefix + "_encode", v[0], 1);
                long order = v[2] == null ? 0 : Abstract.index(v[2]);
                String enc = order == 0 ? "utf-" + width : order < 0 ? "utf-" + width + "-le" : "utf-" + width + "-be";
                return PyTuple.of(CodecsAccess.encode(s, enc, errors(v[1])), (long) CodePoints.length(s));
            });
            Ext.function(m, prefix + "_decode", (a, k) -> {
                Object[] v = Ext.bind(prefix + "_decode", a, k, 1, 3, "data", "errors", "final");
                Object[] r = decodeWithBom(width, CodecsAccess.bytesLike(v[0]), errors(v[1]), 0,
                        v[2] != null && Abstract.isTrue(v[2]));
                return PyTuple.of(r[0], r[1]);
            });
            Ext.function(m, prefix + "_ex_decode", (a, k) -> {
                Object[] v = Ext.bind(prefix + "_ex_decode", a, k, 1, 4, "data", "errors", "byteorder", "final");
                long order = v[2] == null ? 0 : Abstract.index(v[2]);
                Object[] r = decodeWithBom(width, CodecsAccess.bytesLike(v[0]), errors(v[1]), (int) Long.signum(order),
                        v[3] != null && Abstract.isTrue(v[3]));
                return PyTuple.of(r[0], r[1], r[2]);
            });
        }
    }

    /**
     * UTF-16/32 decoding where a byte order mark at the start (when the order is not yet known,
     * 0) chooses the order; without one it is little-endian. Returns {str, consumed, order}.
     */
    private static Object[] decodeWithBom(int width, byte[] data, String errors, int order, boolean fin) {
        int start = 0;
        int unit = width / 8;
        if (order == 0 && data.length >= unit) {
            boolean le = width == 16 ? (data[0] & 0xFF) == 0xFF && (data[1] & 0xFF) == 0xFE
                    : (data[0] & 0xFF) == 0xFF && (data[1] & 0xFF) == 0xFE && data[2] == 0 && data[3] == 0;
            boolean be = width == 16 ? (data[0] & 0xFF) == 0xFE && (data[1] & 0xFF) == 0xFF
                    : data[0] == 0 && data[1] == 0 && (data[2] & 0xFF) == 0xFE && (data[3] & 0xFF) == 0xFF;
            if (le || be) {
                order = le ? -1 : 1;
                start = unit;
            }
        } else if (order == 0 && !fin) {
            return new Object[] {"", 0L, 0L}; // too short to tell whether a byte order mark comes
        }
        String enc = "utf-" + width + (order > 0 ? "-be" : "-le");
        int end = fin ? data.length : data.length - incompleteTail(enc, data, start);
        String s = CodecsAccess.decode(data, start, Math.max(start, end), enc, errors);
        return new Object[] {s, (long) Math.max(start, end), (long) order};
    }

    /** How many bytes at the end of {@code data} begin a sequence that more data could complete. */
    private static int incompleteTail(String encoding, byte[] data, int from) {
        int n = data.length - from;
        switch (encoding) {
            case "utf-8": {
                for (int back = 1; back <= Math.min(3, n); back++) {
                    int b = data[data.length - back] & 0xFF;
                    if (b < 0x80) {
                        return 0;
                    }
                    if (b >= 0xC0) {
                        int need = b >= 0xF0 ? 4 : b >= 0xE0 ? 3 : 2;
                        return b <= 0xF4 && b >= 0xC2 && back < need ? back : 0;
                    }
                }
                return 0;
            }
            case "utf-16-le":
            case "utf-16-be": {
                int odd = n % 2;
                if (n - odd >= 2) {
                    int i = data.length - odd - 2;
                    int unit = encoding.endsWith("le") ? (data[i] & 0xFF) | (data[i + 1] & 0xFF) << 8
                            : (data[i] & 0xFF) << 8 | (data[i + 1] & 0xFF);
                    if (unit >= 0xD800 && unit <= 0xDBFF) {
                        return odd + 2; // a high surrogate waiting for its low half
                    }
                }
                return odd;
            }
            case "utf-32-le":
            case "utf-32-be":
                return n % 4;
            default:
                return 0;
        }
    }

    // ------------------------------------------------------------------ charmap

    /** Decodes with a table (a str indexed by byte), a dict byte → str/int/None, or None (Latin-1). */
    private static String charmapDecode(byte[] data, String errors, Object mapping) {
        if (mapping == Singletons.NONE) {
            return CodecsAccess.decode(data, 0, data.length, "latin-1", errors);
        }
        int[] table = mapping instanceof String s ? CodePoints.toArray(s) : null;
        StringBuilder out = new StringBuilder();
        int i = 0;
        while (i < data.length) {
            int b = data[i] & 0xFF;
            String mapped = null;
            if (table != null) {
                if (b < table.length && table[b] != 0xFFFE) {
                    mapped = CodePoints.valueOf(table[b]);
                }
            } else {
                Object v;
                try {
                    v = Abstract.getItem(mapping, (long) b);
                } catch (PyException e) {
                    if (!e.matches(Errors.LOOKUP_ERROR)) {
                        throw e;
                    }
                    v = Singletons.NONE;
                }
                if (v instanceof String s) {
                    mapped = s.equals("\ufffe") ? null : s;
                } else if (Abstract.isInt(v)) {
                    long cp = Abstract.index(v);
                    if (cp < 0 || cp > 0x10FFFF) {
                        throw Errors.typeError("character mapping must be in range(0x110000)");
                    }
                    mapped = cp == 0xFFFE ? null : CodePoints.valueOf((int) cp);
                } else if (v != Singletons.NONE) {
                    throw Errors.typeError("character mapping must return integer, None or str");
                }
            }
            if (mapped != null) {
                out.append(mapped);
                i++;
                continue;
            }
            PyException error = CodecsAccess.decodeError("charmap", data, i, i + 1, "character maps to <undefined>");
            Object[] r = handle(errors, error);
            out.append((String) r[0]);
            i = (int) (long) (Long) r[1];
        }
        return out.toString();
    }

    /** Encodes with a dict code point → int/bytes/None (charmap_build's result is one). */
    private static PyBytes charmapEncode(String s, String errors, Object mapping) {
        if (mapping == Singletons.NONE) {
            return CodecsAccess.encode(s, "latin-1", errors);
        }
        int[] cps = CodePoints.toArray(s);
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        int i = 0;
        while (i < cps.length) {
            byte[] mapped = charmapEncodeOne(cps[i], mapping);
            if (mapped != null) {
                out.writeBytes(mapped);
                i++;
                continue;
            }
            int end = i + 1;
            while (end < cps.length && charmapEncodeOne(cps[end], mapping) == null) {
                end++;
            }
            PyException error = CodecsAccess.encodeError("charmap", s, i, end, "character maps to <undefined>");
            Object[] r = handle(errors, error);
            Object replacement = r[0];
            if (replacement instanceof PyBytes b) {
                out.writeBytes(b.bytes);
            } else {
                for (int cp : CodePoints.toArray((String) replacement)) {
                    byte[] m = charmapEncodeOne(cp, mapping);
                    if (m == null) {
                        throw error;
                    }
                    out.writeBytes(m);
                }
            }
            i = (int) (long) (Long) r[1];
        }
        return new PyBytes(out.toByteArray());
    }

    private static byte[] charmapEncodeOne(int cp, Object mapping) {
        Object v;
        try {
            v = Abstract.getItem(mapping, (long) cp);
        } catch (PyException e) {
            if (!e.matches(Errors.LOOKUP_ERROR)) {
                throw e;
            }
            return null;
        }
        if (v == Singletons.NONE) {
            return null;
        }
        if (Abstract.isInt(v)) {
            long b = Abstract.index(v);
            if (b < 0 || b > 255) {
                throw Errors.typeError("character mapping must be in range(256)");
            }
            return new byte[] {(byte) b};
        }
        if (v instanceof PyBytes b) {
            return b.bytes;
        }
        throw Errors.typeError("character mapping must return integer, bytes or None, not " + Errors.typeName(v));
    }

    /** Runs error handler {@code errors} on a codec error: {replacement, next position as Long}. */
    private static Object[] handle(String errors, PyException error) {
        if (errors.equals("strict")) {
            throw error;
        }
        Object r = Abstract.call(lookupError(errors), new Object[] {error.exception}, null);
        if (!(r instanceof PyTuple t) || t.size() != 2 || !Abstract.isInt(t.get(1))) {
            throw Errors.typeError("error handler must return (str/bytes, int) tuple");
        }
        long pos = Abstract.index(t.get(1));
        Object end = Abstract.getAttr(error.exception, "object");
        long length = end instanceof String s ? CodePoints.length(s) : CodecsAccess.bytesLike(end).length;
        if (pos < 0) {
            pos += length;
        }
        if (pos < 0 || pos > length) {
            throw Errors.of(Errors.INDEX_ERROR, "position " + Abstract.index(t.get(1)) + " from error handler out of bounds");
        }
        return new Object[] {t.get(0), pos};
    }

    // ------------------------------------------------------------------ bytes escapes

    /** The escapes of a bytes literal ({@code \n}, {@code \x41}, octal); others stay as written. */
    private static byte[] escapeDecode(byte[] data, String errors) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        int i = 0;
        while (i < data.length) {
            int c = data[i] & 0xFF;
            if (c != '\\') {
                out.write(c);
                i++;
                continue;
            }
            if (++i == data.length) {
                throw Errors.valueError("Trailing \\ in string");
            }
            c = data[i++] & 0xFF;
            switch (c) {
                case '\n': break;
                case '\\': out.write('\\'); break;
                case '\'': out.write('\''); break;
                case '"': out.write('"'); break;
                case 'b': out.write('\b'); break;
                case 'f': out.write('\f'); break;
                case 't': out.write('\t'); break;
                case 'n': out.write('\n'); break;
                case 'r': out.write('\r'); break;
                case 'v': out.write(0x0B); break;
                case 'a': out.write(0x07); break;
                case '0': case '1': case '2': case '3': case '4': case '5': case '6': case '7': {
                    int v = c - '0';
                    for (int d = 0; d < 2 && i < data.length && data[i] >= '0' && data[i] <= '7'; d++) {
                        v = v * 8 + data[i++] - '0';
                    }
                    out.write(v & 0xFF);
                    break;
                }
                case 'x': {
                    int hi = i < data.length ? Character.digit(data[i], 16) : -1;
                    int lo = i + 1 < data.length ? Character.digit(data[i + 1], 16) : -1;
                    if (hi >= 0 && lo >= 0) {
                        out.write(hi * 16 + lo);
                        i += 2;
                        break;
                    }
                    if (errors.equals("strict")) {
                        throw Errors.valueError("invalid \\x escape at position " + (i - 2));
                    }
                    if (errors.equals("replace")) {
                        out.write('?');
                    } else if (!errors.equals("ignore")) {
                        throw Errors.valueError("decoding error; unknown error handling code: " + errors);
                    }
                    if (hi >= 0) {
                        i++; // the one hex digit of the truncated escape goes with it
                    }
                    break;
                }
                default:
                    out.write('\\');
                    out.write(c);
                    break;
            }
        }
        return out.toByteArray();
    }

    /** bytes as they appear between the quotes of their repr, with ' escaped. */
    private static byte[] escapeEncode(byte[] data) {
        StringBuilder sb = new StringBuilder();
        for (byte x : data) {
            int c = x & 0xFF;
            switch (c) {
                case '\\': sb.append("\\\\"); break;
                case '\'': sb.append("\\'"); break;
                case '\t': sb.append("\\t"); break;
                case '\n': sb.append("\\n"); break;
                case '\r': sb.append("\\r"); break;
                default:
                    if (c < 0x20 || c >= 0x7F) {
                        sb.append(String.format("\\x%02x", c));
                    } else {
                        sb.append((char) c);
                    }
            }
        }
        return sb.toString().getBytes(StandardCharsets.ISO_8859_1);
    }

    // ------------------------------------------------------------------ error handlers

    /** codecs.lookup_error: a registered handler, or a built-in one as a callable. */
    static Object lookupError(String name) {
        Object custom = CodecsAccess.customHandler(name);
        if (custom != null) {
            return custom;
        }
        NativeFunction f;
        switch (name) {
            case "strict":
                f = (a, k) -> {
                    Ext.positionalOnly("strict_errors", a, k, 1, 1);
                    if (!(a[0] instanceof PyBaseException e)) {
                        throw Errors.typeError("codec must pass exception instance");
                    }
                    throw e.toThrowable();
                };
                break;
            case "ignore":
                f = (a, k) -> PyTuple.of("", errorField(a, "end"));
                break;
            case "replace":
                f = (a, k) -> {
                    PyBaseException e = unicodeError(a);
                    long start = Abstract.index(errorField(a, "start")), end = Abstract.index(errorField(a, "end"));
                    String r = e.type().isSubtypeOf(Errors.UNICODE_DECODE_ERROR) ? "\ufffd"
                            : (e.type().isSubtypeOf(Errors.UNICODE_ENCODE_ERROR) ? "?" : "\ufffd")
                                    .repeat((int) Math.max(0, end - start));
                    return PyTuple.of(r, end);
                };
                break;
            case "backslashreplace":
                f = (a, k) -> {
                    PyBaseException e = unicodeError(a);
                    long start = Abstract.index(errorField(a, "start")), end = Abstract.index(errorField(a, "end"));
                    StringBuilder sb = new StringBuilder();
                    Object object = errorField(a, "object");
                    if (e.type().isSubtypeOf(Errors.UNICODE_DECODE_ERROR)) {
                        byte[] b = CodecsAccess.bytesLike(object);
                        for (long i = start; i < end; i++) {
                            sb.append(String.format("\\x%02x", b[(int) i] & 0xFF));
                        }
                    } else {
                        int[] cps = CodePoints.toArray((String) object);
                        for (long i = start; i < end; i++) {
                            int cp = cps[(int) i];
                            sb.append(cp < 0x100 ? String.format("\\x%02x", cp)
                                    : cp < 0x10000 ? String.format("\\u%04x", cp) : String.format("\\U%08x", cp));
                        }
                    }
                    return PyTuple.of(sb.toString(), end);
                };
                break;
            case "xmlcharrefreplace":
                f = (a, k) -> {
                    PyBaseException e = unicodeError(a);
                    if (!e.type().isSubtypeOf(Errors.UNICODE_ENCODE_ERROR)) {
                        throw Errors.typeError("don't know how to handle " + e.type().name + " in error callback");
                    }
                    long start = Abstract.index(errorField(a, "start")), end = Abstract.index(errorField(a, "end"));
                    int[] cps = CodePoints.toArray((String) errorField(a, "object"));
                    StringBuilder sb = new StringBuilder();
                    for (long i = start; i < end; i++) {
                        sb.append("&#").append(cps[(int) i]).append(';');
                    }
                    return PyTuple.of(sb.toString(), end);
                };
                break;
            case "namereplace":
                f = (a, k) -> {
                    PyBaseException e = unicodeError(a);
                    if (!e.type().isSubtypeOf(Errors.UNICODE_ENCODE_ERROR)) {
                        throw Errors.typeError("don't know how to handle " + e.type().name + " in error callback");
                    }
                    long start = Abstract.index(errorField(a, "start")), end = Abstract.index(errorField(a, "end"));
                    int[] cps = CodePoints.toArray((String) errorField(a, "object"));
                    StringBuilder sb = new StringBuilder();
                    for (long i = start; i < end; i++) {
                        int cp = cps[(int) i];
                        String n = Character.isValidCodePoint(cp) ? Character.getName(cp) : null;
                        sb.append(n != null ? "\\N{" + n + "}" : cp < 0x100 ? String.format("\\x%02x", cp)
                                : cp < 0x10000 ? String.format("\\u%04x", cp) : String.format("\\U%08x", cp));
                    }
                    return PyTuple.of(sb.toString(), end);
                };
                break;
            case "surrogateescape":
                f = (a, k) -> {
                    PyBaseException e = unicodeError(a);
                    long start = Abstract.index(errorField(a, "start")), end = Abstract.index(errorField(a, "end"));
                    Object object = errorField(a, "object");
                    if (e.type().isSubtypeOf(Errors.UNICODE_DECODE_ERROR)) {
                        byte[] b = CodecsAccess.bytesLike(object);
                        StringBuilder sb = new StringBuilder();
                        long i = start;
                        for (; i < end && i < start + 4; i++) {
                            int x = b[(int) i] & 0xFF;
                            if (x < 128) {
                                break;
                            }
                            CodePoints.append(sb, 0xDC00 + x);
                        }
                        if (i == start) {
                            throw e.toThrowable();
                        }
                        return PyTuple.of(sb.toString(), i);
                    }
                    if (e.type().isSubtypeOf(Errors.UNICODE_ENCODE_ERROR)) {
                        int[] cps = CodePoints.toArray((String) object);
                        byte[] out = new byte[(int) (end - start)];
                        for (long i = start; i < end; i++) {
                            int cp = cps[(int) i];
                            if (cp < 0xDC80 || cp > 0xDCFF) {
                                throw e.toThrowable();
                            }
                            out[(int) (i - start)] = (byte) (cp - 0xDC00);
                        }
                        return PyTuple.of(new PyBytes(out), end);
                    }
                    throw Errors.typeError("don't know how to handle " + e.type().name + " in error callback");
                };
                break;
            case "surrogatepass":
                f = (a, k) -> {
                    throw new PyBaseException(Errors.NOT_IMPLEMENTED_ERROR,
                            PyTuple.of("codecs.lookup_error('surrogatepass') as a callable is not supported yet"))
                            .toThrowable();
                };
                break;
            default:
                throw Errors.of(Errors.LOOKUP_ERROR, "unknown error handler name '" + name + "'");
        }
        return new org.pyston.runtime.objects.PyBuiltinFunction(name + "_errors", f, false);
    }

    private static PyBaseException unicodeError(Object[] a) {
        if (a.length != 1) {
            throw Errors.typeError("handler expected 1 argument, got " + a.length);
        }
        if (!(a[0] instanceof PyBaseException e) || !e.type().isSubtypeOf(Errors.UNICODE_ERROR)) {
            throw Errors.typeError("don't know how to handle " + Errors.typeName(a[0]) + " in error callback");
        }
        return e;
    }

    private static Object errorField(Object[] a, String name) {
        return Abstract.getAttr(unicodeError(a), name);
    }
}
