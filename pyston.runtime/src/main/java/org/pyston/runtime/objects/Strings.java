package org.pyston.runtime.objects;

import java.util.ArrayList;
import java.util.List;

/** {@code str}: indexing by code point and the methods of the type. */
final class Strings {
    private Strings() {
    }

    private static boolean bmpOnly(String s) {
        for (int i = 0; i < s.length(); i++) {
            if (Character.isSurrogate(s.charAt(i))) {
                return false;
            }
        }
        return true;
    }

    static Object getItem(String s, Object key) {
        if (bmpOnly(s)) {
            if (key instanceof PySlice sl) {
                long[] idx = sl.indices(s.length());
                if (idx[2] == 1) {
                    return s.substring((int) idx[0], (int) Math.max(idx[0], idx[1]));
                }
                StringBuilder sb = new StringBuilder((int) idx[3]);
                long j = idx[0];
                for (int k = 0; k < idx[3]; k++, j += idx[2]) {
                    sb.append(s.charAt((int) j));
                }
                return sb.toString();
            }
            int i = Abstract.seqIndex(key, s.length(), "string");
            return String.valueOf(s.charAt(i));
        }
        int[] cps = s.codePoints().toArray();
        if (key instanceof PySlice sl) {
            long[] idx = sl.indices(cps.length);
            StringBuilder sb = new StringBuilder();
            long j = idx[0];
            for (int k = 0; k < idx[3]; k++, j += idx[2]) {
                sb.appendCodePoint(cps[(int) j]);
            }
            return sb.toString();
        }
        int i = Abstract.seqIndex(key, cps.length, "string");
        return new String(Character.toChars(cps[i]));
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

    private static boolean isPyWhitespace(int c) {
        return Character.isWhitespace(c) || c == 0x1c || c == 0x1d || c == 0x1e || c == 0x1f || c == 0x85
                || c == 0xa0 || Character.isSpaceChar(c);
    }

    static String strip(String s, Object chars, boolean left, boolean right) {
        int start = 0, end = s.length();
        if (chars == null || chars == Singletons.NONE) {
            while (left && start < end && isPyWhitespace(s.charAt(start))) {
                start++;
            }
            while (right && end > start && isPyWhitespace(s.charAt(end - 1))) {
                end--;
            }
        } else {
            String cs = strArg(chars, "strip");
            while (left && start < end && cs.indexOf(s.charAt(start)) >= 0) {
                start++;
            }
            while (right && end > start && cs.indexOf(s.charAt(end - 1)) >= 0) {
                end--;
            }
        }
        return s.substring(start, end);
    }

    static PyList split(String s, Object sepArg, long maxsplit) {
        PyList out = new PyList();
        if (sepArg == null || sepArg == Singletons.NONE) {
            int i = 0, n = s.length();
            while (true) {
                while (i < n && isPyWhitespace(s.charAt(i))) {
                    i++;
                }
                if (i >= n) {
                    break;
                }
                if (maxsplit >= 0 && out.size >= maxsplit) {
                    out.append(s.substring(i)); // CPython keeps the rest as it is
                    break;
                }
                int j = i;
                while (j < n && !isPyWhitespace(s.charAt(j))) {
                    j++;
                }
                out.append(s.substring(i, j));
                i = j;
            }
            return out;
        }
        String sep = strArg(sepArg, "split");
        if (sep.isEmpty()) {
            throw Errors.valueError("empty separator");
        }
        int i = 0;
        while (maxsplit < 0 || out.size < maxsplit) {
            int j = s.indexOf(sep, i);
            if (j < 0) {
                break;
            }
            out.append(s.substring(i, j));
            i = j + sep.length();
        }
        out.append(s.substring(i));
        return out;
    }

    static PyList rsplit(String s, Object sepArg, long maxsplit) {
        if (maxsplit < 0) {
            return split(s, sepArg, maxsplit);
        }
        List<String> parts = new ArrayList<>();
        if (sepArg == null || sepArg == Singletons.NONE) {
            int end = s.length();
            while (true) {
                while (end > 0 && isPyWhitespace(s.charAt(end - 1))) {
                    end--;
                }
                if (end <= 0) {
                    break;
                }
                if (parts.size() >= maxsplit) {
                    int start = 0;
                    while (start < end && isPyWhitespace(s.charAt(start))) {
                        start++;
                    }
                    parts.add(s.substring(start, end));
                    break;
                }
                int j = end;
                while (j > 0 && !isPyWhitespace(s.charAt(j - 1))) {
                    j--;
                }
                parts.add(s.substring(j, end));
                end = j;
            }
        } else {
            String sep = strArg(sepArg, "rsplit");
            int end = s.length();
            while (parts.size() < maxsplit) {
                int j = s.lastIndexOf(sep, end - sep.length());
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
        StringBuilder sb = new StringBuilder();
        PyIterator it = Abstract.iter(iterable);
        int i = 0;
        for (Object v = it.next(); v != null; v = it.next(), i++) {
            if (!(PyValueInstance.unwrap(v) instanceof String s)) {
                throw Errors.typeError("sequence item " + i + ": expected str instance, " + Errors.typeName(v) + " found");
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
            if (old.isEmpty()) {
                StringBuilder sb = new StringBuilder(with);
                s.codePoints().forEach(cp -> sb.appendCodePoint(cp).append(with));
                return sb.toString();
            }
            return s.replace(old, with);
        }
        StringBuilder sb = new StringBuilder();
        int i = 0;
        long done = 0;
        while (done < count) {
            int j = old.isEmpty() ? (i <= s.length() ? i : -1) : s.indexOf(old, i);
            if (j < 0) {
                break;
            }
            sb.append(s, i, j).append(with);
            if (old.isEmpty()) {
                if (j < s.length()) {
                    sb.append(s.charAt(j));
                }
                i = j + 1;
            } else {
                i = j + old.length();
            }
            done++;
        }
        if (i <= s.length()) {
            sb.append(s.substring(Math.min(i, s.length())));
        }
        return sb.toString();
    }

    /** Resolves optional start/end arguments of find/count/startswith against a length. */
    static int[] range(String s, Object[] args, int from) {
        int n = s.length();
        long start = 0, end = n;
        if (args.length > from && args[from] != Singletons.NONE) {
            start = Abstract.index(args[from]);
            if (start < 0) {
                start = Math.max(0, start + n);
            }
        }
        if (args.length > from + 1 && args[from + 1] != Singletons.NONE) {
            end = Abstract.index(args[from + 1]);
            if (end < 0) {
                end = Math.max(0, end + n);
            }
        }
        return new int[] {(int) Math.min(start, n + 1), (int) Math.min(end, n)};
    }

    static long count(String s, String sub, int start, int end) {
        if (start > end) {
            return 0;
        }
        String region = s.substring(Math.min(start, s.length()), end);
        if (sub.isEmpty()) {
            return region.codePointCount(0, region.length()) + 1;
        }
        long c = 0;
        int i = 0;
        while ((i = region.indexOf(sub, i)) >= 0) {
            c++;
            i += sub.length();
        }
        return c;
    }

    static String title(String s) {
        StringBuilder sb = new StringBuilder();
        boolean prevCased = false;
        for (int i = 0; i < s.length(); ) {
            int cp = s.codePointAt(i);
            i += Character.charCount(cp);
            if (prevCased) {
                sb.appendCodePoint(Character.toLowerCase(cp));
            } else {
                sb.appendCodePoint(Character.toTitleCase(cp));
            }
            prevCased = Character.isLetter(cp) && (Character.isUpperCase(cp) || Character.isLowerCase(cp)
                    || Character.isTitleCase(cp));
        }
        return sb.toString();
    }

    static String capitalize(String s) {
        if (s.isEmpty()) {
            return s;
        }
        int cp = s.codePointAt(0);
        return new StringBuilder().appendCodePoint(Character.toTitleCase(cp))
                .append(s.substring(Character.charCount(cp)).toLowerCase()).toString();
    }

    static String swapcase(String s) {
        StringBuilder sb = new StringBuilder();
        s.codePoints().forEach(cp -> sb.appendCodePoint(Character.isUpperCase(cp) ? Character.toLowerCase(cp)
                : Character.isLowerCase(cp) ? Character.toUpperCase(cp) : cp));
        return sb.toString();
    }

    static boolean allMatch(String s, java.util.function.IntPredicate p) {
        return !s.isEmpty() && s.codePoints().allMatch(p);
    }

    static String center(String s, long width, String fill, char how) {
        int len = s.codePointCount(0, s.length());
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
        int len = s.length();
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
            while (j < n && "\n\r\u000b\u000c\u001c\u001d\u001e\u0085\u2028\u2029".indexOf(s.charAt(j)) < 0) {
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
        StringBuilder sb = new StringBuilder();
        int col = 0;
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (c == '\t') {
                if (tabsize > 0) {
                    int spaces = (int) (tabsize - col % tabsize);
                    sb.append(" ".repeat(spaces));
                    col += spaces;
                }
            } else {
                sb.append(c);
                col = c == '\n' || c == '\r' ? 0 : col + 1;
            }
        }
        return sb.toString();
    }
}
