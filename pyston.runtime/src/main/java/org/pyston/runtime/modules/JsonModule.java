package org.pyston.runtime.modules;

import java.util.ArrayList;
import java.util.IdentityHashMap;
import java.util.List;
import org.pyston.runtime.objects.Abstract;
import org.pyston.runtime.objects.Errors;
import org.pyston.runtime.objects.ExecutionContext;
import org.pyston.runtime.objects.Imports;
import org.pyston.runtime.objects.PyBaseException;
import org.pyston.runtime.objects.PyDict;
import org.pyston.runtime.objects.PyList;
import org.pyston.runtime.objects.PyModule;
import org.pyston.runtime.objects.PyTuple;
import org.pyston.runtime.objects.PyType;
import org.pyston.runtime.objects.Singletons;
import org.pyston.runtime.text.CodePoints;

/**
 * {@code _json}: the speedups {@code json} uses when present: the one-shot encoder
 * ({@code make_encoder}, used for {@code dumps} without indent), string escaping
 * ({@code encode_basestring}, {@code encode_basestring_ascii}) and {@code scanstring} for the
 * decoder. The scanner ({@code make_scanner}) is left to json's pure-Python one.
 */
final class JsonModule {
    private JsonModule() {
    }

    static PyModule create(ExecutionContext ctx) {
        PyModule m = new PyModule("_json");
        Ext.function(m, "encode_basestring_ascii", (a, k) -> {
            Ext.positionalOnly("encode_basestring_ascii", a, k, 1, 1);
            return quote(string("encode_basestring_ascii", a[0]), true);
        });
        Ext.function(m, "encode_basestring", (a, k) -> {
            Ext.positionalOnly("encode_basestring", a, k, 1, 1);
            return quote(string("encode_basestring", a[0]), false);
        });
        Ext.function(m, "scanstring", (a, k) -> {
            Ext.positionalOnly("scanstring", a, k, 2, 3);
            long end = Abstract.index(a[1]); // "On|p": the index is converted before the string is checked
            String s = string("scanstring", a[0]);
            boolean strict = a.length < 3 || Abstract.isTrue(a[2]);
            return scanString(ctx, s, end, strict);
        });
        m.set("make_encoder", ENCODER);
        return m;
    }

    private static String string(String fname, Object o) {
        if (!(o instanceof String s)) {
            throw Errors.typeError("first argument must be a string, not " + Errors.typeName(o));
        }
        return s;
    }

    /** A JSON string literal of s: control characters, quote and backslash escaped; all non-ASCII too when asked. */
    static String quote(String s, boolean ascii) {
        StringBuilder sb = new StringBuilder(s.length() + 2).append('"');
        int[] cps = CodePoints.isPlain(s) ? null : CodePoints.toArray(s);
        int n = cps == null ? s.length() : cps.length;
        for (int i = 0; i < n; i++) {
            int c = cps == null ? s.charAt(i) : cps[i];
            switch (c) {
                case '"': sb.append("\\\""); break;
                case '\\': sb.append("\\\\"); break;
                case '\n': sb.append("\\n"); break;
                case '\r': sb.append("\\r"); break;
                case '\t': sb.append("\\t"); break;
                case '\b': sb.append("\\b"); break;
                case '\f': sb.append("\\f"); break;
                default:
                    if (c < 0x20 || ascii && c >= 0x7F) {
                        if (c >= 0x10000) {
                            int v = c - 0x10000;
                            sb.append(String.format("\\u%04x\\u%04x", 0xD800 | (v >> 10), 0xDC00 | (v & 0x3FF)));
                        } else {
                            sb.append(String.format("\\u%04x", c));
                        }
                    } else {
                        CodePoints.append(sb, c);
                    }
            }
        }
        return sb.append('"').toString();
    }

    // ------------------------------------------------------------------ scanstring

    private static RuntimeException decodeError(ExecutionContext ctx, String msg, String s, long pos) {
        Object module = Imports.importModule(ctx, "json.decoder", PyTuple.of("JSONDecodeError"), 0, null);
        Object type = Abstract.getAttr(module, "JSONDecodeError");
        return ((PyBaseException) Abstract.call(type, new Object[] {msg, s, pos}, null)).toThrowable();
    }

    /** The string whose body starts at code point {@code end} (after the quote): (value, index after the closing quote). */
    private static PyTuple scanString(ExecutionContext ctx, String s, long end, boolean strict) {
        int[] cps = CodePoints.toArray(s);
        if (end < 0 || end > cps.length) {
            throw Errors.valueError("end is out of bounds");
        }
        int begin = (int) end - 1;
        int i = (int) end;
        StringBuilder sb = new StringBuilder();
        while (true) {
            if (i >= cps.length) {
                throw decodeError(ctx, "Unterminated string starting at", s, begin);
            }
            int c = cps[i];
            if (c == '"') {
                return PyTuple.of(sb.toString(), (long) i + 1);
            }
            if (c != '\\') {
                if (c < 0x20 && strict) {
                    throw decodeError(ctx, "Invalid control character at", s, i);
                }
                CodePoints.append(sb, c);
                i++;
                continue;
            }
            i++;
            if (i >= cps.length) {
                throw decodeError(ctx, "Unterminated string starting at", s, begin);
            }
            c = cps[i];
            switch (c) {
                case '"': sb.append('"'); i++; break;
                case '\\': sb.append('\\'); i++; break;
                case '/': sb.append('/'); i++; break;
                case 'b': sb.append('\b'); i++; break;
                case 'f': sb.append('\f'); i++; break;
                case 'n': sb.append('\n'); i++; break;
                case 'r': sb.append('\r'); i++; break;
                case 't': sb.append('\t'); i++; break;
                case 'u': {
                    int u = hex4(cps, i + 1);
                    if (u < 0) {
                        throw decodeError(ctx, "Invalid \\uXXXX escape", s, i);
                    }
                    i += 5;
                    if (u >= 0xD800 && u <= 0xDBFF && i + 1 < cps.length && cps[i] == '\\' && cps[i + 1] == 'u') {
                        int low = hex4(cps, i + 2);
                        if (low < 0) {
                            throw decodeError(ctx, "Invalid \\uXXXX escape", s, i + 1);
                        }
                        if (low >= 0xDC00 && low <= 0xDFFF) {
                            u = 0x10000 + ((u - 0xD800) << 10) + (low - 0xDC00);
                            i += 6;
                        }
                    }
                    CodePoints.append(sb, u);
                    break;
                }
                default:
                    throw decodeError(ctx, "Invalid \\escape", s, i - 1);
            }
        }
    }

    private static int hex4(int[] cps, int at) {
        if (at + 4 > cps.length) {
            return -1;
        }
        int v = 0;
        for (int j = 0; j < 4; j++) {
            int d = cps[at + j] < 128 ? Character.digit(cps[at + j], 16) : -1;
            if (d < 0) {
                return -1;
            }
            v = v * 16 + d;
        }
        return v;
    }

    // ------------------------------------------------------------------ the encoder

    static final class Encoder extends NativeObject {
        Object markers, defaultFn, encoder, indent, keySeparator, itemSeparator;
        boolean sortKeys, skipKeys, allowNan;
        /** Whether the string encoder is one of ours (then it is applied directly). */
        Boolean asciiQuote;

        Encoder(PyType type) {
            super(type);
        }
    }

    static final PyType ENCODER = Ext.type("_json", "Encoder", Encoder.class, null, (cls, a, k) -> {
        Object[] v = Ext.bind("make_encoder", a, k, 9, 9, "markers", "default", "encoder", "indent", "key_separator",
                "item_separator", "sort_keys", "skipkeys", "allow_nan");
        if (v[0] != Singletons.NONE && !(v[0] instanceof PyDict)) {
            throw Errors.typeError("make_encoder() argument 1 must be dict or None, not " + Errors.typeName(v[0]));
        }
        Encoder e = new Encoder(cls);
        e.markers = v[0];
        e.defaultFn = v[1];
        e.encoder = v[2];
        e.indent = v[3];
        if (!(v[4] instanceof String) || !(v[5] instanceof String)) {
            throw Errors.typeError("make_encoder() argument 5 must be str, not " + Errors.typeName(v[4]));
        }
        e.keySeparator = v[4];
        e.itemSeparator = v[5];
        e.sortKeys = Abstract.isTrue(v[6]);
        e.skipKeys = Abstract.isTrue(v[7]);
        e.allowNan = Abstract.isTrue(v[8]);
        return e;
    });

    static {
        Ext.method(ENCODER, "__call__", (a, k) -> {
            Object[] v = Ext.bind("_iterencode", java.util.Arrays.copyOfRange(a, 1, a.length), k, 2, 2, "obj",
                    "_current_indent_level");
            Encoder e = (Encoder) a[0];
            StringBuilder out = new StringBuilder();
            encode(e, v[0], out, new IdentityHashMap<>());
            return PyTuple.of(out.toString());
        });
    }

    private static String floatText(Encoder e, double d) {
        if (Double.isNaN(d) || Double.isInfinite(d)) {
            if (!e.allowNan) {
                throw Errors.valueError("Out of range float values are not JSON compliant");
            }
            return Double.isNaN(d) ? "NaN" : d > 0 ? "Infinity" : "-Infinity";
        }
        return Abstract.repr(d);
    }

    private static String encodeString(Encoder e, Object s) {
        Object r = Abstract.call(e.encoder, new Object[] {s}, null);
        if (!(r instanceof String text)) {
            throw Errors.typeError("encoder() must return a string, not " + Errors.typeName(r));
        }
        return text;
    }

    private static void encode(Encoder e, Object o, StringBuilder out, IdentityHashMap<Object, Boolean> active) {
        Object v = org.pyston.runtime.objects.PyValueInstance.unwrap(o);
        if (o == Singletons.NONE) {
            out.append("null");
        } else if (o == Boolean.TRUE) {
            out.append("true");
        } else if (o == Boolean.FALSE) {
            out.append("false");
        } else if (v instanceof String) {
            out.append(encodeString(e, o));
        } else if (Abstract.isInt(v)) {
            out.append(Abstract.repr(v instanceof Boolean b ? (b ? 1L : 0L) : v));
        } else if (v instanceof Double d) {
            out.append(floatText(e, d));
        } else if (o instanceof PyList || o instanceof PyTuple) {
            enter(e, o, active);
            Object[] items = o instanceof PyList l ? java.util.Arrays.copyOf(l.items, l.size) : ((PyTuple) o).items;
            if (items.length == 0) {
                out.append("[]");
            } else {
                out.append('[');
                for (int i = 0; i < items.length; i++) {
                    if (i > 0) {
                        out.append((String) e.itemSeparator);
                    }
                    encode(e, items[i], out, active);
                }
                out.append(']');
            }
            leave(e, o, active);
        } else if (o instanceof PyDict d) {
            enter(e, o, active);
            encodeDict(e, d, out, active);
            leave(e, o, active);
        } else {
            enter(e, o, active);
            Object replacement = Abstract.call(e.defaultFn, new Object[] {o}, null);
            encode(e, replacement, out, active);
            leave(e, o, active);
        }
    }

    private static void encodeDict(Encoder e, PyDict d, StringBuilder out, IdentityHashMap<Object, Boolean> active) {
        if (d.size() == 0) {
            out.append("{}");
            return;
        }
        List<Object[]> items = new ArrayList<>();
        for (Object item : Abstract.iterToList(Abstract.call(Abstract.getAttr(d, "items"), new Object[0], null))) {
            PyTuple t = (PyTuple) item;
            items.add(new Object[] {t.get(0), t.get(1)});
        }
        if (e.sortKeys) {
            PyList pairs = new PyList();
            for (Object[] it : items) {
                pairs.append(PyTuple.of(it[0], it[1]));
            }
            Abstract.call(Abstract.getAttr(pairs, "sort"), new Object[0], null);
            items.clear();
            for (int i = 0; i < pairs.size; i++) {
                PyTuple t = (PyTuple) pairs.items[i];
                items.add(new Object[] {t.get(0), t.get(1)});
            }
        }
        out.append('{');
        boolean first = true;
        for (Object[] it : items) {
            Object key = it[0], kv = org.pyston.runtime.objects.PyValueInstance.unwrap(key);
            String keyText;
            if (kv instanceof String) {
                keyText = encodeString(e, key);
            } else if (kv instanceof Double x) {
                keyText = encodeString(e, floatText(e, x));
            } else if (key == Boolean.TRUE || key == Boolean.FALSE) {
                keyText = encodeString(e, key == Boolean.TRUE ? "true" : "false");
            } else if (key == Singletons.NONE) {
                keyText = encodeString(e, "null");
            } else if (Abstract.isInt(kv)) {
                keyText = encodeString(e, Abstract.repr(kv));
            } else if (e.skipKeys) {
                continue;
            } else {
                throw Errors.typeError("keys must be str, int, float, bool or None, not " + PyType.of(key).name);
            }
            if (!first) {
                out.append((String) e.itemSeparator);
            }
            first = false;
            out.append(keyText).append((String) e.keySeparator);
            encode(e, it[1], out, active);
        }
        out.append('}');
    }

    private static void enter(Encoder e, Object o, IdentityHashMap<Object, Boolean> active) {
        if (e.markers instanceof PyDict markers) {
            Object id = (long) System.identityHashCode(o);
            if (active.containsKey(o)) {
                throw Errors.valueError("Circular reference detected");
            }
            active.put(o, true);
            markers.put(id, o);
        }
    }

    private static void leave(Encoder e, Object o, IdentityHashMap<Object, Boolean> active) {
        if (e.markers instanceof PyDict markers) {
            active.remove(o);
            markers.map.remove((long) System.identityHashCode(o));
        }
    }
}
