package org.pyston.runtime.objects;

/** {@code str.format}: replacement fields, indexing, attributes, conversions, nested specs. */
final class StrFormat {
    private StrFormat() {
    }

    static String format(String fmt, Object[] a, String[] k) {
        int np = Args.positional(a, k);
        Object[] pos = java.util.Arrays.copyOfRange(a, 1, np);
        PyDict kw = new PyDict();
        for (int i = 0; k != null && i < k.length; i++) {
            kw.put(k[i], a[np + i]);
        }
        return render(fmt, pos, kw, new int[] {0}, 2);
    }

    static String formatMap(String fmt, Object mapping) {
        return render(fmt, null, mapping, new int[] {0}, 2);
    }

    private static String render(String fmt, Object[] pos, Object kw, int[] auto, int depth) {
        if (depth <= 0) {
            throw Errors.valueError("Max string recursion exceeded");
        }
        StringBuilder out = new StringBuilder();
        int n = fmt.length();
        int i = 0;
        while (i < n) {
            char c = fmt.charAt(i++);
            if (c == '}') {
                if (i < n && fmt.charAt(i) == '}') {
                    out.append('}');
                    i++;
                    continue;
                }
                throw Errors.valueError("Single '}' encountered in format string");
            }
            if (c != '{') {
                out.append(c);
                continue;
            }
            if (i >= n) {
                throw Errors.valueError("Single '{' encountered in format string");
            }
            if (fmt.charAt(i) == '{') {
                out.append('{');
                i++;
                continue;
            }
            i = field(fmt, i, out, pos, kw, auto, depth);
        }
        return out.toString();
    }

    /**
     * Formats the replacement field starting at {@code fmt[i]} (just after its '{') into
     * {@code out}; returns the index after its closing '}'.
     */
    private static int field(String fmt, int i, StringBuilder out, Object[] pos, Object kw, int[] auto, int depth) {
        int n = fmt.length();
        // The field name runs to '!', ':' or '}'; inside [...] those characters are part of a key.
        int nameStart = i;
        char c = 0;
        while (i < n) {
            c = fmt.charAt(i++);
            if (c == '[') {
                while (i < n && fmt.charAt(i) != ']') {
                    i++;
                }
                continue;
            }
            if (c == '{') {
                throw Errors.valueError("unexpected '{' in field name");
            }
            if (c == '}' || c == ':' || c == '!') {
                break;
            }
        }
        if (c != '}' && c != ':' && c != '!' || i > n) {
            throw Errors.valueError("expected '}' before end of string");
        }
        String name = fmt.substring(nameStart, i - 1);
        char conversion = 0;
        String spec = "";
        boolean nested = false;
        if (c == '!' || c == ':') {
            boolean done = false;
            if (c == '!') {
                if (i >= n) {
                    throw Errors.valueError("end of string while looking for conversion specifier");
                }
                conversion = fmt.charAt(i++);
                if (i < n) {
                    char after = fmt.charAt(i++);
                    if (after == '}') {
                        done = true;
                    } else if (after != ':') {
                        throw Errors.valueError("expected ':' after conversion specifier");
                    }
                }
            }
            if (!done) {
                int specStart = i, count = 1;
                while (i < n && count > 0) {
                    char x = fmt.charAt(i++);
                    if (x == '{') {
                        nested = true;
                        count++;
                    } else if (x == '}') {
                        count--;
                    }
                }
                if (count > 0) {
                    throw Errors.valueError("unmatched '{' in format spec");
                }
                spec = fmt.substring(specStart, i - 1);
            }
        }
        Object value = lookup(name, pos, kw, auto);
        switch (conversion) {
            case 0: break;
            case 's': value = Abstract.str(value); break;
            case 'r': value = Abstract.repr(value); break;
            case 'a': value = Builtins.ascii(value); break;
            default: throw Errors.valueError("Unknown conversion specifier " + conversion);
        }
        if (nested) {
            spec = render(spec, pos, kw, auto, depth - 1);
        }
        out.append(Formatter.format(value, spec));
        return i;
    }

    private static boolean allDigits(String s) {
        if (s.isEmpty()) {
            return false;
        }
        for (int k = 0; k < s.length(); k++) {
            if (s.charAt(k) < '0' || s.charAt(k) > '9') {
                return false;
            }
        }
        return true;
    }

    private static int number(String s) {
        if (s.length() > 18) {
            throw Errors.valueError("Too many decimal digits in format string");
        }
        long v = Long.parseLong(s);
        if (v > Integer.MAX_VALUE) {
            throw Errors.valueError("Too many decimal digits in format string");
        }
        return (int) v;
    }

    /** The value a field name designates: argument, then .attribute and [key] parts. */
    private static Object lookup(String name, Object[] pos, Object kw, int[] auto) {
        int end = 0;
        while (end < name.length() && name.charAt(end) != '.' && name.charAt(end) != '[') {
            end++;
        }
        String first = name.substring(0, end);
        Object value;
        if (first.isEmpty() || allDigits(first)) {
            int idx;
            if (first.isEmpty()) {
                if (auto[0] < 0) {
                    throw Errors.valueError("cannot switch from manual field specification to automatic field numbering");
                }
                idx = auto[0]++;
            } else {
                if (auto[0] > 0) {
                    throw Errors.valueError("cannot switch from automatic field numbering to manual field specification");
                }
                auto[0] = -1;
                idx = number(first);
            }
            if (kw != null && pos == null) {
                throw Errors.valueError("Format string contains positional fields");
            }
            if (idx >= pos.length) {
                throw Errors.of(Errors.INDEX_ERROR, "Replacement index " + idx + " out of range for positional args tuple");
            }
            value = pos[idx];
        } else {
            try {
                value = Abstract.getItem(kw, first);
            } catch (PyException e) {
                if (e.matches(Errors.KEY_ERROR) && kw instanceof PyDict d && d.type() == PyDict.TYPE) {
                    throw new PyBaseException(Errors.KEY_ERROR, PyTuple.of(first)).toThrowable();
                }
                throw e;
            }
        }
        int i = end;
        while (i < name.length()) {
            char c = name.charAt(i);
            if (c == '.') {
                int j = i + 1;
                while (j < name.length() && name.charAt(j) != '.' && name.charAt(j) != '[') {
                    j++;
                }
                if (j == i + 1) {
                    throw Errors.valueError("Empty attribute in format string");
                }
                value = Abstract.getAttr(value, name.substring(i + 1, j));
                i = j;
            } else if (c == '[') {
                int j = name.indexOf(']', i);
                if (j < 0) {
                    throw Errors.valueError("Missing ']' in format string");
                }
                String key = name.substring(i + 1, j);
                if (key.isEmpty()) {
                    throw Errors.valueError("Empty attribute in format string");
                }
                value = Abstract.getItem(value, allDigits(key) ? (Object) (long) number(key) : key);
                i = j + 1;
                if (i < name.length() && name.charAt(i) != '.' && name.charAt(i) != '[') {
                    throw Errors.valueError("Only '.' or '[' may follow ']' in format field specifier");
                }
            } else {
                throw Errors.valueError("Only '.' or '[' may follow ']' in format field specifier");
            }
        }
        return value;
    }
}
