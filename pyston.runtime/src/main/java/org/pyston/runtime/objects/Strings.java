package org.pyston.runtime.objects;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.pyston.runtime.objects.MethodArgs.Style;
import org.pyston.runtime.text.CodePoints;
import org.pyston.runtime.text.StrRepr;
import org.pyston.runtime.text.Unicode;

/**
 * {@code str}: item access by code point and the methods of the type. A str is a Java String
 * in {@link CodePoints}' form: indices, lengths and widths count code points, never chars;
 * strings without surrogates (nearly all) take the char-indexed fast paths.
 */
final class Strings {
    private Strings() {
    }

    /** One-character strings of Latin-1, shared as CPython shares them. */
    private static final String[] LATIN1 = new String[256];

    static {
        for (int i = 0; i < LATIN1.length; i++) {
            LATIN1[i] = String.valueOf((char) i).intern();
        }
    }

    /** The string of one char. */
    static String ofChar(char c) {
        return c < 256 ? LATIN1[c] : String.valueOf(c);
    }

    /** {@code chr(cp)}. */
    static String chr(int cp) {
        return cp < 256 ? LATIN1[cp] : CodePoints.valueOf(cp);
    }

    // ------------------------------------------------------------------ items

    static Object getItem(String s, Object key) {
        if (key instanceof PySlice sl) {
            return slice(s, sl);
        }
        if (!(key instanceof Long || key instanceof Boolean || key instanceof java.math.BigInteger
                || key instanceof PyObject && PyType.of(key).lookup("__index__") != null)) {
            throw Errors.typeError("string indices must be integers, not '" + Errors.typeName(key) + "'");
        }
        if (CodePoints.isPlain(s)) {
            return ofChar(s.charAt(Abstract.seqIndex(key, s.length(), "string")));
        }
        int i = CodePoints.charIndex(s, Abstract.seqIndex(key, CodePoints.length(s), "string"));
        int w = CodePoints.width(s, i);
        return w == 1 ? ofChar(s.charAt(i)) : s.substring(i, i + w);
    }

    static String slice(String s, PySlice sl) {
        boolean plain = CodePoints.isPlain(s);
        long[] idx = sl.indices(plain ? s.length() : CodePoints.length(s));
        long start = idx[0], step = idx[2], count = idx[3];
        if (count <= 0) {
            return "";
        }
        if (step == 1) {
            if (plain) {
                return s.substring((int) start, (int) (start + count));
            }
            return s.substring(CodePoints.charIndex(s, (int) start), CodePoints.charIndex(s, (int) (start + count)));
        }
        if (count == 1) {
            return (String) getItem(s, start);
        }
        StringBuilder sb = new StringBuilder((int) count);
        if (plain) {
            for (long k = 0, j = start; k < count; k++, j += step) {
                sb.append(s.charAt((int) j));
            }
        } else {
            int[] cps = CodePoints.toArray(s);
            for (long k = 0, j = start; k < count; k++, j += step) {
                CodePoints.append(sb, cps[(int) j]);
            }
        }
        return sb.toString();
    }

    static String self(Object[] args, String method) {
        if (args.length == 0 || !(args[0] instanceof String s)) {
            throw Errors.typeError("descriptor '" + method + "' for 'str' objects doesn't apply to a '"
                    + (args.length == 0 ? "nothing" : Errors.typeName(args[0])) + "' object");
        }
        return s;
    }

    static String strArg(Object o, String method) {
        if (!(PyValueInstance.unwrap(o) instanceof String s)) {
            throw Errors.typeError("must be str, not " + Errors.typeName(o));
        }
        return s;
    }

    // ------------------------------------------------------------------ strip, split, join

    /** Python's whitespace (all of it is in the BMP, so chars can be tested one by one). */
    static boolean isSpace(char c) {
        return c < 0x80 ? c == ' ' || (c >= 9 && c <= 13) || (c >= 0x1c && c <= 0x1f) : Unicode.isSpace(c);
    }

    static String strip(String s, Object chars, boolean left, boolean right, String method) {
        int start = 0, end = s.length();
        if (chars == null || chars == Singletons.NONE) {
            while (left && start < end && isSpace(s.charAt(start))) {
                start++;
            }
            while (right && end > start && isSpace(s.charAt(end - 1))) {
                end--;
            }
        } else {
            if (!(chars instanceof String cs)) {
                throw Errors.typeError(method + " arg must be None or str");
            }
            if (CodePoints.isPlain(cs) && CodePoints.isPlain(s)) {
                while (left && start < end && cs.indexOf(s.charAt(start)) >= 0) {
                    start++;
                }
                while (right && end > start && cs.indexOf(s.charAt(end - 1)) >= 0) {
                    end--;
                }
            } else {
                while (left && start < end && contains(cs, CodePoints.codePointAt(s, start))) {
                    start += CodePoints.width(s, start);
                }
                while (right && end > start) {
                    int b = CodePoints.startBefore(s, end);
                    if (!contains(cs, CodePoints.codePointAt(s, b))) {
                        break;
                    }
                    end = b;
                }
            }
        }
        return start == 0 && end == s.length() ? s : s.substring(start, end);
    }

    private static boolean contains(String s, int cp) {
        return s.contains(CodePoints.valueOf(cp));
    }

    static PyList split(String s, Object sepArg, long maxsplit) {
        PyList out = new PyList();
        if (maxsplit < 0) {
            maxsplit = Long.MAX_VALUE;
        }
        if (sepArg == null || sepArg == Singletons.NONE) {
            int i = 0, n = s.length();
            while (true) {
                while (i < n && isSpace(s.charAt(i))) {
                    i++;
                }
                if (i >= n) {
                    break;
                }
                if (out.size >= maxsplit) {
                    out.append(s.substring(i)); // the rest as it is
                    break;
                }
                int j = i;
                while (j < n && !isSpace(s.charAt(j))) {
                    j++;
                }
                out.append(s.substring(i, j));
                i = j;
            }
            return out;
        }
        if (!(sepArg instanceof String sep)) {
            throw Errors.typeError("must be str or None, not " + Errors.typeName(sepArg));
        }
        if (sep.isEmpty()) {
            throw Errors.valueError("empty separator");
        }
        int i = 0;
        while (out.size < maxsplit) {
            int j = s.indexOf(sep, i);
            if (j < 0) {
                break;
            }
            out.append(s.substring(i, j));
            i = j + sep.length();
        }
        out.append(i == 0 ? s : s.substring(i));
        return out;
    }

    static PyList rsplit(String s, Object sepArg, long maxsplit) {
        if (maxsplit < 0) {
            maxsplit = Long.MAX_VALUE;
        }
        List<String> parts = new ArrayList<>();
        if (sepArg == null || sepArg == Singletons.NONE) {
            int end = s.length();
            while (true) {
                while (end > 0 && isSpace(s.charAt(end - 1))) {
                    end--;
                }
                if (end <= 0) {
                    break;
                }
                if (parts.size() >= maxsplit) {
                    parts.add(s.substring(0, end)); // the rest as it is
                    break;
                }
                int j = end;
                while (j > 0 && !isSpace(s.charAt(j - 1))) {
                    j--;
                }
                parts.add(s.substring(j, end));
                end = j;
            }
        } else {
            if (!(sepArg instanceof String sep)) {
                throw Errors.typeError("must be str or None, not " + Errors.typeName(sepArg));
            }
            if (sep.isEmpty()) {
                throw Errors.valueError("empty separator");
            }
            int end = s.length();
            while (parts.size() < maxsplit) {
                int j = end - sep.length() < 0 ? -1 : s.lastIndexOf(sep, end - sep.length());
                if (j < 0) {
                    break;
                }
                parts.add(s.substring(j + sep.length(), end));
                end = j;
            }
            parts.add(s.substring(0, end));
        }
        PyList out = new PyList();
        for (int k = parts.size() - 1; k >= 0; k--) {
            out.append(parts.get(k));
        }
        return out;
    }

    static String join(String sep, Object iterable) {
        Object[] items;
        if (iterable instanceof PyList l) {
            items = l.toArray();
        } else if (iterable instanceof PyTuple t) {
            items = t.items;
        } else {
            PyIterator it;
            try {
                it = Abstract.iter(iterable);
            } catch (PyException e) {
                if (e.matches(Errors.TYPE_ERROR) && PyType.of(iterable).lookup("__iter__") == null
                        && PyType.of(iterable).lookup("__getitem__") == null) {
                    throw Errors.typeError("can only join an iterable");
                }
                throw e;
            }
            List<Object> list = new ArrayList<>();
            for (Object v = it.next(); v != null; v = it.next()) {
                list.add(v);
            }
            items = list.toArray();
        }
        if (items.length == 1 && items[0] instanceof String only) {
            return only;
        }
        StringBuilder sb = new StringBuilder();
        for (int i = 0; i < items.length; i++) {
            if (!(PyValueInstance.unwrap(items[i]) instanceof String s)) {
                throw Errors.typeError("sequence item " + i + ": expected str instance, " + Errors.typeName(items[i])
                        + " found");
            }
            if (i > 0) {
                sb.append(sep);
            }
            sb.append(s);
        }
        return sb.toString();
    }

    static String replace(String s, String old, String with, long count) {
        if (count < 0) {
            count = Long.MAX_VALUE;
        }
        if (count == 0 || s.isEmpty() && !old.isEmpty()) {
            return s;
        }
        if (old.isEmpty()) {
            StringBuilder sb = new StringBuilder(s.length() + with.length() * (s.length() + 1));
            long done = 0;
            int i = 0;
            while (i < s.length() && done < count) {
                int w = CodePoints.width(s, i);
                sb.append(with).append(s, i, i + w);
                i += w;
                done++;
            }
            if (done < count) {
                sb.append(with);
            }
            return sb.append(s, i, s.length()).toString();
        }
        if (count == Long.MAX_VALUE) {
            return s.replace(old, with);
        }
        StringBuilder sb = new StringBuilder(s.length());
        int i = 0;
        long done = 0;
        while (done < count) {
            int j = s.indexOf(old, i);
            if (j < 0) {
                break;
            }
            sb.append(s, i, j).append(with);
            i = j + old.length();
            done++;
        }
        return sb.append(s, i, s.length()).toString();
    }

    // ------------------------------------------------------------------ searching

    /**
     * The char bounds of the code point range [start, end) of find/count/startswith arguments,
     * or null when start lies beyond the end of the string (nothing can be found there, not even
     * the empty string).
     */
    private static int[] region(String s, Object startArg, Object endArg) {
        boolean plain = CodePoints.isPlain(s);
        long n = plain ? s.length() : CodePoints.length(s);
        long[] r = MethodArgs.adjust(MethodArgs.sliceIndex(startArg, 0), MethodArgs.sliceIndex(endArg, n), n);
        if (r[0] > n) {
            return null;
        }
        if (plain) {
            return new int[] {(int) r[0], (int) Math.max(r[0], r[1])};
        }
        int start = CodePoints.charIndex(s, (int) r[0]);
        return new int[] {start, Math.max(start, CodePoints.charIndex(s, (int) r[1]))};
    }

    static long find(String s, String sub, Object startArg, Object endArg, boolean reverse) {
        int[] r = region(s, startArg, endArg);
        if (r == null || r[1] - r[0] < sub.length()) {
            return -1;
        }
        int i = reverse ? s.lastIndexOf(sub, r[1] - sub.length()) : s.indexOf(sub, r[0]);
        if (i < r[0] || i + sub.length() > r[1]) {
            return -1;
        }
        return CodePoints.cpIndex(s, i);
    }

    static long count(String s, String sub, Object startArg, Object endArg) {
        int[] r = region(s, startArg, endArg);
        if (r == null) {
            return 0;
        }
        if (sub.isEmpty()) {
            return CodePoints.length(s.substring(r[0], r[1])) + 1;
        }
        long c = 0;
        for (int i = s.indexOf(sub, r[0]); i >= 0 && i + sub.length() <= r[1]; i = s.indexOf(sub, i + sub.length())) {
            c++;
        }
        return c;
    }

    private static boolean affix(String s, Object what, Object startArg, Object endArg, boolean prefix) {
        String name = prefix ? "startswith" : "endswith";
        int[] r = region(s, startArg, endArg);
        Object[] options = what instanceof PyTuple t ? t.items : new Object[] {what};
        for (Object o : options) {
            if (!(o instanceof String p)) {
                throw Errors.typeError(what instanceof PyTuple
                        ? "tuple for " + name + " must only contain str, not " + Errors.typeName(o)
                        : name + " first arg must be str or a tuple of str, not " + Errors.typeName(o));
            }
            if (r != null && r[1] - r[0] >= p.length()
                    && (prefix ? s.startsWith(p, r[0]) : s.startsWith(p, r[1] - p.length()))) {
                return true;
            }
        }
        return false;
    }

    // ------------------------------------------------------------------ case

    /** True when every char is ASCII: the case methods then need no Unicode tables. */
    static boolean isAscii(String s) {
        for (int i = 0, n = s.length(); i < n; i++) {
            if (s.charAt(i) >= 0x80) {
                return false;
            }
        }
        return true;
    }

    static String upper(String s) {
        return s.toUpperCase(Locale.ROOT);
    }

    static String lower(String s) {
        if (s.indexOf('\u03a3') < 0) {
            return s.toLowerCase(Locale.ROOT);
        }
        int[] cps = CodePoints.toArray(s);
        StringBuilder sb = new StringBuilder(s.length());
        for (int i = 0; i < cps.length; i++) {
            lowerAt(sb, cps, i);
        }
        return sb.toString();
    }

    /** The lowercase of {@code cps[i]} with the final sigma rule (Σ at the end of a word is ς). */
    private static void lowerAt(StringBuilder sb, int[] cps, int i) {
        int cp = cps[i];
        if (cp != 0x3a3) {
            Unicode.appendLower(sb, cp);
            return;
        }
        int j = i - 1;
        while (j >= 0 && Unicode.isCaseIgnorable(cps[j])) {
            j--;
        }
        boolean finalSigma = j >= 0 && Unicode.isCased(cps[j]);
        if (finalSigma) {
            j = i + 1;
            while (j < cps.length && Unicode.isCaseIgnorable(cps[j])) {
                j++;
            }
            finalSigma = j == cps.length || !Unicode.isCased(cps[j]);
        }
        sb.append(finalSigma ? '\u03c2' : '\u03c3');
    }

    static String casefold(String s) {
        if (isAscii(s)) {
            return s.toLowerCase(Locale.ROOT);
        }
        StringBuilder sb = new StringBuilder(s.length());
        for (int i = 0; i < s.length(); ) {
            int cp = CodePoints.codePointAt(s, i);
            i += CodePoints.width(s, i);
            Unicode.appendFold(sb, cp);
        }
        return sb.toString();
    }

    static String title(String s) {
        int[] cps = CodePoints.toArray(s);
        StringBuilder sb = new StringBuilder(s.length());
        boolean previousCased = false;
        for (int i = 0; i < cps.length; i++) {
            int cp = cps[i];
            if (previousCased) {
                lowerAt(sb, cps, i);
            } else {
                Unicode.appendTitle(sb, cp);
            }
            previousCased = Unicode.isCased(cp);
        }
        return sb.toString();
    }

    static String capitalize(String s) {
        if (s.isEmpty()) {
            return s;
        }
        int[] cps = CodePoints.toArray(s);
        StringBuilder sb = new StringBuilder(s.length());
        Unicode.appendTitle(sb, cps[0]);
        for (int i = 1; i < cps.length; i++) {
            lowerAt(sb, cps, i);
        }
        return sb.toString();
    }

    static String swapcase(String s) {
        int[] cps = CodePoints.toArray(s);
        StringBuilder sb = new StringBuilder(s.length());
        for (int i = 0; i < cps.length; i++) {
            int cp = cps[i];
            if (Unicode.isUpper(cp)) {
                lowerAt(sb, cps, i);
            } else if (Unicode.isLower(cp)) {
                Unicode.appendUpper(sb, cp);
            } else {
                CodePoints.append(sb, cp);
            }
        }
        return sb.toString();
    }

    static boolean isUpper(String s) {
        boolean cased = false;
        for (int i = 0; i < s.length(); ) {
            int cp = CodePoints.codePointAt(s, i);
            i += CodePoints.width(s, i);
            if (Unicode.isLower(cp) || Unicode.isTitle(cp)) {
                return false;
            }
            cased |= Unicode.isUpper(cp);
        }
        return cased;
    }

    static boolean isLower(String s) {
        boolean cased = false;
        for (int i = 0; i < s.length(); ) {
            int cp = CodePoints.codePointAt(s, i);
            i += CodePoints.width(s, i);
            if (Unicode.isUpper(cp) || Unicode.isTitle(cp)) {
                return false;
            }
            cased |= Unicode.isLower(cp);
        }
        return cased;
    }

    static boolean isTitle(String s) {
        boolean cased = false, previousCased = false;
        for (int i = 0; i < s.length(); ) {
            int cp = CodePoints.codePointAt(s, i);
            i += CodePoints.width(s, i);
            if (Unicode.isUpper(cp) || Unicode.isTitle(cp)) {
                if (previousCased) {
                    return false;
                }
                previousCased = cased = true;
            } else if (Unicode.isLower(cp)) {
                if (!previousCased) {
                    return false;
                }
                previousCased = cased = true;
            } else {
                previousCased = false;
            }
        }
        return cased;
    }

    /** True when the string is not empty and every code point satisfies {@code p}. */
    static boolean allMatch(String s, java.util.function.IntPredicate p) {
        if (s.isEmpty()) {
            return false;
        }
        for (int i = 0; i < s.length(); ) {
            if (!p.test(CodePoints.codePointAt(s, i))) {
                return false;
            }
            i += CodePoints.width(s, i);
        }
        return true;
    }

    static boolean isIdentifier(String s) {
        if (s.isEmpty() || !Unicode.isIdStart(CodePoints.codePointAt(s, 0))) {
            return false;
        }
        for (int i = CodePoints.width(s, 0); i < s.length(); ) {
            if (!Unicode.isIdContinue(CodePoints.codePointAt(s, i))) {
                return false;
            }
            i += CodePoints.width(s, i);
        }
        return true;
    }

    static boolean isPrintable(String s) {
        for (int i = 0; i < s.length(); ) {
            if (!Unicode.isPrintable(CodePoints.codePointAt(s, i))) {
                return false;
            }
            i += CodePoints.width(s, i);
        }
        return true;
    }

    // ------------------------------------------------------------------ layout

    /** The fill argument of center/ljust/rjust: exactly one code point. */
    private static String fillChar(Object o) {
        if (o == null) {
            return " ";
        }
        if (!(o instanceof String f)) {
            throw Errors.typeError("The fill character must be a unicode character, not " + Errors.typeName(o));
        }
        if (f.isEmpty() || CodePoints.width(f, 0) != f.length()) {
            throw Errors.typeError("The fill character must be exactly one character long");
        }
        return f;
    }

    static String pad(String s, long width, String fill, char how) {
        int len = CodePoints.length(s);
        if (width <= len) {
            return s;
        }
        int pad = (int) width - len;
        switch (how) {
            case 'l':
                return s + fill.repeat(pad);
            case 'r':
                return fill.repeat(pad) + s;
            default: {
                int left = pad / 2 + (pad & (int) width & 1);
                return fill.repeat(left) + s + fill.repeat(pad - left);
            }
        }
    }

    static String zfill(String s, long width) {
        int len = CodePoints.length(s);
        if (width <= len) {
            return s;
        }
        String zeros = "0".repeat((int) width - len);
        if (!s.isEmpty() && (s.charAt(0) == '+' || s.charAt(0) == '-')) {
            return s.charAt(0) + zeros + s.substring(1);
        }
        return zeros + s;
    }

    static PyList splitlines(String s, boolean keepends) {
        PyList out = new PyList();
        int i = 0, n = s.length();
        while (i < n) {
            int j = i;
            while (j < n && !Unicode.isLineBreak(s.charAt(j))) {
                j++;
            }
            int eol = j;
            if (j < n) {
                j += s.charAt(j) == '\r' && j + 1 < n && s.charAt(j + 1) == '\n' ? 2 : 1;
            }
            out.append(s.substring(i, keepends ? j : eol));
            i = j;
        }
        return out;
    }

    static String expandtabs(String s, long tabsize) {
        if (s.indexOf('\t') < 0) {
            return s;
        }
        StringBuilder sb = new StringBuilder();
        long col = 0;
        for (int i = 0; i < s.length(); ) {
            char c = s.charAt(i);
            int w = CodePoints.width(s, i);
            if (c == '\t') {
                if (tabsize > 0) {
                    long spaces = tabsize - col % tabsize;
                    sb.append(" ".repeat((int) spaces));
                    col += spaces;
                }
            } else {
                sb.append(s, i, i + w);
                col = c == '\n' || c == '\r' ? 0 : col + 1;
            }
            i += w;
        }
        return sb.toString();
    }

    static PyTuple partition(String s, Object sepArg, boolean reverse) {
        if (!(sepArg instanceof String sep)) {
            throw Errors.typeError("must be str, not " + Errors.typeName(sepArg));
        }
        if (sep.isEmpty()) {
            throw Errors.valueError("empty separator");
        }
        int i = reverse ? s.lastIndexOf(sep) : s.indexOf(sep);
        if (i < 0) {
            return reverse ? PyTuple.of("", "", s) : PyTuple.of(s, "", "");
        }
        return PyTuple.of(s.substring(0, i), sep, s.substring(i + sep.length()));
    }

    // ------------------------------------------------------------------ translate

    static PyDict maketrans(Object[] a, String[] k) {
        Object[] p = MethodArgs.bind("str", "maketrans", Style.POSITIONAL, prepend(a), k, 1, "x", "y", "z");
        PyDict d = new PyDict();
        if (p[1] == null) {
            if (!(p[0] instanceof PyDict map)) {
                throw Errors.typeError("if you give only one argument to maketrans it must be a dict");
            }
            for (java.util.Map.Entry<Object, Object> e : map.entries()) {
                Object key = e.getKey();
                if (key instanceof String ks) {
                    if (CodePoints.length(ks) != 1) {
                        throw Errors.valueError("string keys in translate table must be of length 1");
                    }
                    d.put((long) CodePoints.codePointAt(ks, 0), e.getValue());
                } else if (Abstract.isInt(key)) {
                    d.put(key, e.getValue());
                } else {
                    throw Errors.typeError("keys in translate table must be strings or integers");
                }
            }
            return d;
        }
        if (!(p[0] instanceof String x)) {
            throw Errors.typeError("first maketrans argument must be a string if there is a second argument");
        }
        if (!(p[1] instanceof String y)) {
            throw Errors.typeError("maketrans() argument 2 must be str, not " + Errors.typeName(p[1]));
        }
        int[] xs = CodePoints.toArray(x), ys = CodePoints.toArray(y);
        if (xs.length != ys.length) {
            throw Errors.valueError("the first two maketrans arguments must have equal length");
        }
        for (int i = 0; i < xs.length; i++) {
            d.put((long) xs[i], (long) ys[i]);
        }
        if (p[2] != null) {
            if (!(p[2] instanceof String z)) {
                throw Errors.typeError("maketrans() argument 3 must be str, not " + Errors.typeName(p[2]));
            }
            for (int cp : CodePoints.toArray(z)) {
                d.put((long) cp, Singletons.NONE);
            }
        }
        return d;
    }

    private static Object[] prepend(Object[] a) {
        Object[] r = new Object[a.length + 1];
        System.arraycopy(a, 0, r, 1, a.length);
        return r;
    }

    static String translate(String s, Object table) {
        StringBuilder sb = new StringBuilder(s.length());
        for (int i = 0; i < s.length(); ) {
            int cp = CodePoints.codePointAt(s, i);
            int w = CodePoints.width(s, i);
            Object r;
            try {
                r = Abstract.getItem(table, (long) cp);
            } catch (PyException e) {
                if (!e.matches(Errors.LOOKUP_ERROR)) {
                    throw e;
                }
                r = null;
            }
            if (r == null) {
                sb.append(s, i, i + w);
            } else if (r instanceof String rs) {
                sb.append(rs);
            } else if (Abstract.isInt(r)) {
                long v = Abstract.index(r);
                if (v < 0 || v > 0x10FFFF) {
                    throw Errors.valueError("character mapping must be in range(0x110000)");
                }
                CodePoints.append(sb, (int) v);
            } else if (r != Singletons.NONE) {
                throw Errors.typeError("character mapping must return integer, None or str");
            }
            i += w;
        }
        return sb.toString();
    }

    // ------------------------------------------------------------------ the type's methods

    private static Object[] bind(String name, Style style, Object[] a, String[] k, int min, String... names) {
        self(a, name);
        return MethodArgs.bind("str", name, style, a, k, min, names);
    }

    private static final String[] NONE = {};

    static void install() {
        PyType t = PyType.STR;
        t.defineMethod("join", (a, k) -> {
            bind("join", Style.ONE, a, k, 1, "iterable");
            return join((String) a[0], a[1]);
        });
        t.defineMethod("split", (a, k) -> {
            Object[] p = bind("split", Style.KEYWORDS, a, k, 0, "sep", "maxsplit");
            return split((String) a[0], p[0], MethodArgs.index(p[1], -1));
        });
        t.defineMethod("rsplit", (a, k) -> {
            Object[] p = bind("rsplit", Style.KEYWORDS, a, k, 0, "sep", "maxsplit");
            return rsplit((String) a[0], p[0], MethodArgs.index(p[1], -1));
        });
        t.defineMethod("splitlines", (a, k) -> {
            Object[] p = bind("splitlines", Style.KEYWORDS, a, k, 0, "keepends");
            return splitlines((String) a[0], p[0] != null && Abstract.isTrue(p[0]));
        });
        for (String name : new String[] {"strip", "lstrip", "rstrip"}) {
            boolean left = name.charAt(0) != 'r', right = name.charAt(0) != 'l';
            t.defineMethod(name, (a, k) -> {
                Object[] p = bind(name, Style.POSITIONAL, a, k, 0, "chars");
                return strip((String) a[0], p[0], left, right, name);
            });
        }
        t.defineMethod("upper", (a, k) -> {
            bind("upper", Style.NOARGS, a, k, 0, NONE);
            return upper((String) a[0]);
        });
        t.defineMethod("lower", (a, k) -> {
            bind("lower", Style.NOARGS, a, k, 0, NONE);
            return lower((String) a[0]);
        });
        t.defineMethod("casefold", (a, k) -> {
            bind("casefold", Style.NOARGS, a, k, 0, NONE);
            return casefold((String) a[0]);
        });
        t.defineMethod("title", (a, k) -> {
            bind("title", Style.NOARGS, a, k, 0, NONE);
            return title((String) a[0]);
        });
        t.defineMethod("capitalize", (a, k) -> {
            bind("capitalize", Style.NOARGS, a, k, 0, NONE);
            return capitalize((String) a[0]);
        });
        t.defineMethod("swapcase", (a, k) -> {
            bind("swapcase", Style.NOARGS, a, k, 0, NONE);
            return swapcase((String) a[0]);
        });
        t.defineMethod("replace", (a, k) -> {
            Object[] p = bind("replace", Style.POSITIONAL, a, k, 2, "old", "new", "count");
            return replace((String) a[0], MethodArgs.str(p[0], "replace() argument 1"),
                    MethodArgs.str(p[1], "replace() argument 2"), MethodArgs.index(p[2], -1));
        });
        t.defineMethod("startswith", (a, k) -> {
            Object[] p = bind("startswith", Style.TUPLE, a, k, 1, "prefix", "start", "end");
            return affix((String) a[0], p[0], p[1], p[2], true);
        });
        t.defineMethod("endswith", (a, k) -> {
            Object[] p = bind("endswith", Style.TUPLE, a, k, 1, "suffix", "start", "end");
            return affix((String) a[0], p[0], p[1], p[2], false);
        });
        for (String name : new String[] {"find", "rfind", "index", "rindex"}) {
            boolean reverse = name.charAt(0) == 'r', raise = name.endsWith("index");
            t.defineMethod(name, (a, k) -> {
                Object[] p = bind(name, Style.TUPLE, a, k, 1, "sub", "start", "end");
                long r = find((String) a[0], strArg(p[0], name), p[1], p[2], reverse);
                if (r < 0 && raise) {
                    throw Errors.valueError("substring not found");
                }
                return r;
            });
        }
        t.defineMethod("count", (a, k) -> {
            Object[] p = bind("count", Style.TUPLE, a, k, 1, "sub", "start", "end");
            return count((String) a[0], strArg(p[0], "count"), p[1], p[2]);
        });
        definePredicate(t, "isdigit", Unicode::isDigit);
        definePredicate(t, "isdecimal", Unicode::isDecimal);
        definePredicate(t, "isnumeric", Unicode::isNumeric);
        definePredicate(t, "isalpha", Unicode::isAlpha);
        definePredicate(t, "isalnum", Unicode::isAlnum);
        definePredicate(t, "isspace", Unicode::isSpace);
        t.defineMethod("isupper", (a, k) -> {
            bind("isupper", Style.NOARGS, a, k, 0, NONE);
            return isUpper((String) a[0]);
        });
        t.defineMethod("islower", (a, k) -> {
            bind("islower", Style.NOARGS, a, k, 0, NONE);
            return isLower((String) a[0]);
        });
        t.defineMethod("istitle", (a, k) -> {
            bind("istitle", Style.NOARGS, a, k, 0, NONE);
            return isTitle((String) a[0]);
        });
        t.defineMethod("isidentifier", (a, k) -> {
            bind("isidentifier", Style.NOARGS, a, k, 0, NONE);
            return isIdentifier((String) a[0]);
        });
        t.defineMethod("isprintable", (a, k) -> {
            bind("isprintable", Style.NOARGS, a, k, 0, NONE);
            return isPrintable((String) a[0]);
        });
        t.defineMethod("isascii", (a, k) -> {
            bind("isascii", Style.NOARGS, a, k, 0, NONE);
            return isAscii((String) a[0]);
        });
        for (String name : new String[] {"center", "ljust", "rjust"}) {
            char how = name.charAt(0);
            t.defineMethod(name, (a, k) -> {
                Object[] p = bind(name, Style.POSITIONAL, a, k, 1, "width", "fillchar");
                long width = Abstract.index(p[0]);
                return pad((String) a[0], width, fillChar(p[1]), how);
            });
        }
        t.defineMethod("zfill", (a, k) -> {
            bind("zfill", Style.ONE, a, k, 1, "width");
            return zfill((String) a[0], Abstract.index(a[1]));
        });
        t.defineMethod("partition", (a, k) -> {
            bind("partition", Style.ONE, a, k, 1, "sep");
            return partition((String) a[0], a[1], false);
        });
        t.defineMethod("rpartition", (a, k) -> {
            bind("rpartition", Style.ONE, a, k, 1, "sep");
            return partition((String) a[0], a[1], true);
        });
        t.defineMethod("expandtabs", (a, k) -> {
            Object[] p = bind("expandtabs", Style.KEYWORDS, a, k, 0, "tabsize");
            return expandtabs((String) a[0], MethodArgs.index(p[0], 8));
        });
        t.defineMethod("removeprefix", (a, k) -> {
            bind("removeprefix", Style.ONE, a, k, 1, "prefix");
            String s = (String) a[0];
            String p = MethodArgs.str(a[1], "removeprefix() argument");
            return s.startsWith(p) ? s.substring(p.length()) : s;
        });
        t.defineMethod("removesuffix", (a, k) -> {
            bind("removesuffix", Style.ONE, a, k, 1, "suffix");
            String s = (String) a[0];
            String p = MethodArgs.str(a[1], "removesuffix() argument");
            return s.endsWith(p) && !p.isEmpty() ? s.substring(0, s.length() - p.length()) : s;
        });
        t.defineMethod("format", (a, k) -> StrFormat.format(self(a, "format"), a, k));
        t.defineMethod("format_map", (a, k) -> {
            bind("format_map", Style.ONE, a, k, 1, "mapping");
            return StrFormat.formatMap((String) a[0], a[1]);
        });
        t.defineMethod("__format__", (a, k) -> {
            bind("__format__", Style.ONE, a, k, 1, "format_spec");
            return Formatter.format(a[0], MethodArgs.str(a[1], "__format__() argument"));
        });
        t.defineMethod("encode", (a, k) -> {
            Object[] p = bind("encode", Style.KEYWORDS, a, k, 0, "encoding", "errors");
            return Codecs.encode((String) a[0], p[0] == null ? "utf-8" : MethodArgs.str(p[0],
                    "encode() argument 'encoding'"), p[1] == null ? "strict" : MethodArgs.str(p[1],
                    "encode() argument 'errors'"));
        });
        t.define("maketrans", new PyStaticMethod(new PyBuiltinFunction("maketrans", Strings::maketrans, false)));
        t.defineMethod("translate", (a, k) -> {
            bind("translate", Style.ONE, a, k, 1, "table");
            return translate((String) a[0], a[1]);
        });
        t.defineMethod("__len__", (a, k) -> (long) CodePoints.length(self(a, "__len__")));
        t.defineMethod("__contains__", (a, k) -> Abstract.contains(self(a, "__contains__"), a[1]));
        t.defineMethod("__getitem__", (a, k) -> getItem(self(a, "__getitem__"), a[1]));
        t.defineMethod("__iter__", (a, k) -> new PyIterator.StrIterator(self(a, "__iter__")));
        t.defineMethod("__add__", (a, k) -> {
            if (!(a[1] instanceof String o)) {
                throw Errors.typeError("can only concatenate str (not \"" + Errors.typeName(a[1]) + "\") to str");
            }
            return self(a, "__add__").concat(o);
        });
        // sq_repeat's wrapper (wrap_indexargfunc): one argument, an index ("'str' object cannot be
        // interpreted as an integer" otherwise); str * x with a non-index x never gets here
        NativeFunction mul = (a, k) -> {
            if (a.length != 2 || k != null && k.length > 0) {
                throw Errors.typeError(" expected 1 argument, got " + (a.length - 1)); // PyArg_UnpackTuple(args, "", 1, 1)
            }
            String self = self(a, "__mul__");
            Object n = Abstract.isInt(a[1]) ? a[1] : Abstract.indexValue(a[1]);
            return Abstract.binaryOp(Abstract.BinaryOp.MUL, self, n);
        };
        t.defineMethod("__mul__", mul);
        t.defineMethod("__rmul__", mul);
        t.defineMethod("__mod__", (a, k) -> Formatter.percent(self(a, "__mod__"), a[1]));
        t.defineMethod("__rmod__", (a, k) -> Singletons.NOT_IMPLEMENTED);
        t.defineMethod("__str__", (a, k) -> self(a, "__str__"));
        t.defineMethod("__repr__", (a, k) -> StrRepr.repr(self(a, "__repr__")));
        t.defineMethod("__hash__", (a, k) -> Abstract.hash(self(a, "__hash__")));
        // a copy, as CPython's unicode_getnewargs (_PyUnicode_Copy): never the string itself
        t.defineMethod("__getnewargs__", (a, k) -> PyTuple.of(new String(self(a, "__getnewargs__"))));
        for (Abstract.CompareOp op : Abstract.CompareOp.values()) {
            t.defineMethod(op.method, (a, k) -> a[1] instanceof String
                    ? Abstract.compare(op, self(a, op.method), a[1]) : Singletons.NOT_IMPLEMENTED);
        }
    }

    private static void definePredicate(PyType t, String name, java.util.function.IntPredicate p) {
        t.defineMethod(name, (a, k) -> {
            bind(name, Style.NOARGS, a, k, 0, NONE);
            return allMatch((String) a[0], p);
        });
    }
}
