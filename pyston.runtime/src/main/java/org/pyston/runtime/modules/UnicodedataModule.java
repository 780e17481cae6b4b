package org.pyston.runtime.modules;

import java.nio.charset.StandardCharsets;
import java.text.Normalizer;
import org.pyston.runtime.objects.Buffers;
import org.pyston.runtime.objects.Errors;
import org.pyston.runtime.objects.PyBaseException;
import org.pyston.runtime.objects.PyBytes;
import org.pyston.runtime.objects.PyModule;
import org.pyston.runtime.objects.PyTuple;
import org.pyston.runtime.objects.PyValueInstance;
import org.pyston.runtime.text.CodePoints;
import org.pyston.runtime.text.Unicode;
import org.pyston.runtime.text.UnicodeData;

/**
 * {@code unicodedata}: the Unicode Character Database for one character at a time, and the
 * normalization forms. The properties come from {@link UnicodeData} (the JDK's character data,
 * which {@code str}'s methods use too, plus generated tables for what the JDK does not expose);
 * {@code unidata_version} is the JDK's Unicode version. Normalization is {@link Normalizer}'s.
 * The database of Unicode 3.2 ({@code ucd_3_2_0}, used by {@code stringprep}/IDNA) is not there.
 */
final class UnicodedataModule {
    private UnicodedataModule() {
    }

    /** CPython's limit on a name passed to lookup. */
    private static final int NAME_MAXLEN = 256;

    static PyModule create() {
        PyModule m = new PyModule("unicodedata");
        m.set("unidata_version", UnicodeData.version());
        Ext.function(m, "category", (a, k) -> UnicodeData.category(single("category", a, k)));
        Ext.function(m, "bidirectional", (a, k) -> UnicodeData.bidirectional(single("bidirectional", a, k)));
        Ext.function(m, "combining", (a, k) -> (long) UnicodeData.combining(single("combining", a, k)));
        Ext.function(m, "mirrored", (a, k) -> Character.isMirrored(single("mirrored", a, k)) ? 1L : 0L);
        Ext.function(m, "east_asian_width", (a, k) -> UnicodeData.eastAsianWidth(single("east_asian_width", a, k)));
        Ext.function(m, "decomposition", (a, k) -> UnicodeData.decomposition(single("decomposition", a, k)));
        Ext.function(m, "decimal", (a, k) -> {
            int v = UnicodeData.decimal(withDefault("decimal", a, k));
            return v >= 0 ? (Object) (long) v : orElse(a, "not a decimal");
        });
        Ext.function(m, "digit", (a, k) -> {
            int v = UnicodeData.digit(withDefault("digit", a, k));
            return v >= 0 ? (Object) (long) v : orElse(a, "not a digit");
        });
        Ext.function(m, "numeric", (a, k) -> {
            double v = UnicodeData.numeric(withDefault("numeric", a, k));
            return !Double.isNaN(v) ? (Object) v : orElse(a, "not a numeric character");
        });
        Ext.function(m, "name", (a, k) -> {
            String n = Unicode.name(withDefault("name", a, k));
            return n != null ? n : orElse(a, "no such name");
        });
        Ext.function(m, "lookup", (a, k) -> {
            Ext.positionalOnly("lookup", a, k, 1, 1);
            String name = nameArgument(a[0]);
            if (name.length() > NAME_MAXLEN) {
                throw new PyBaseException(Errors.KEY_ERROR, PyTuple.of("name too long")).toThrowable();
            }
            int cp = Unicode.lookup(name);
            if (cp < 0) {
                throw new PyBaseException(Errors.KEY_ERROR, PyTuple.of("undefined character name '" + name + "'"))
                        .toThrowable();
            }
            return CodePoints.valueOf(cp);
        });
        Ext.function(m, "normalize", (a, k) -> {
            Ext.positionalOnly("normalize", a, k, 2, 2);
            Normalizer.Form form = form("normalize", a[0]);
            String s = strArgument("normalize", 2, a[1]);
            return CodePoints.fromUtf16(Normalizer.normalize(CodePoints.toUtf16(s), form));
        });
        Ext.function(m, "is_normalized", (a, k) -> {
            Ext.positionalOnly("is_normalized", a, k, 2, 2);
            Normalizer.Form form = form("is_normalized", a[0]);
            String s = strArgument("is_normalized", 2, a[1]);
            return Normalizer.isNormalized(CodePoints.toUtf16(s), form);
        });
        return m;
    }

    private static Normalizer.Form form(String fname, Object arg) {
        switch (strArgument(fname, 1, arg)) {
            case "NFC":
                return Normalizer.Form.NFC;
            case "NFD":
                return Normalizer.Form.NFD;
            case "NFKC":
                return Normalizer.Form.NFKC;
            case "NFKD":
                return Normalizer.Form.NFKD;
            default:
                throw Errors.valueError("invalid normalization form");
        }
    }

    private static String strArgument(String fname, int position, Object arg) {
        if (PyValueInstance.unwrap(arg) instanceof String s) {
            return s;
        }
        throw Errors.typeError(fname + "() argument " + position + " must be str, not " + Errors.typeName(arg));
    }

    /** lookup's name: str or bytes (CPython's "s#"). */
    private static String nameArgument(Object arg) {
        Object v = PyValueInstance.unwrap(arg);
        if (v instanceof String s) {
            return s;
        }
        if (v instanceof PyBytes) {
            return new String(Buffers.bytesLike(v), StandardCharsets.UTF_8);
        }
        throw Errors.typeError("lookup() argument must be str or read-only bytes-like object, not "
                + Errors.typeName(arg));
    }

    /** The code point of a one-character str, the single argument of {@code fname}. */
    private static int single(String fname, Object[] a, String[] k) {
        if (k != null && k.length > 0) {
            throw Errors.typeError(fname + "() takes no keyword arguments");
        }
        if (a.length != 1) {
            throw Errors.typeError(fname + "() takes exactly one argument (" + a.length + " given)");
        }
        return character(fname + "() argument", a[0]);
    }

    /** The code point of the first argument of a function taking (chr, default=None). */
    private static int withDefault(String fname, Object[] a, String[] k) {
        Ext.positionalOnly(fname, a, k, 1, 2);
        return character(fname + "() argument 1", a[0]);
    }

    private static int character(String what, Object arg) {
        if (PyValueInstance.unwrap(arg) instanceof String s && CodePoints.length(s) == 1) {
            return CodePoints.codePointAt(s, 0);
        }
        throw Errors.typeError(what + " must be a unicode character, not " + Errors.typeName(arg));
    }

    /** The default argument, or CPython's ValueError without one. */
    private static Object orElse(Object[] a, String message) {
        if (a.length > 1) {
            return a[1];
        }
        throw Errors.valueError(message);
    }
}
