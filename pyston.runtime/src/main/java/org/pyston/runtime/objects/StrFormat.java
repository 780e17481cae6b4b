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
        return render(fmt, new Object[0], mapping, new int[] {0}, 2);
    }

    private static String render(String fmt, Object[] pos, Object kw, int[] auto, int depth) {
        StringBuilder out = new StringBuilder();
        int n = fmt.length();
        for (int i = 0; i < n; i++) {
            char c = fmt.charAt(i);
            if (c == '{') {
                if (i + 1 < n && fmt.charAt(i + 1) == '{') {
                    out.append('{');
                    i++;
                    continue;
                }
                int level = 1, j = i + 1;
                while (j < n && level > 0) {
                    if (fmt.charAt(j) == '{') {
                        level++;
                    } else if (fmt.charAt(j) == '}') {
                        level--;
                    }
                    j++;
                }
                if (level > 0) {
                    throw Errors.valueError(fmt.indexOf('}', i) < 0 ? "Single '{' encountered in format string"
                            : "expected '}' before end of string");
                }
                String field = fmt.substring(i + 1, j - 1);
                out.append(field(field, pos, kw, auto, depth));
                i = j - 1;
            } else if (c == '}') {
                if (i + 1 < n && fmt.charAt(i + 1) == '}') {
                    out.append('}');
                    i++;
                    continue;
                }
                throw Errors.valueError("Single '}' encountered in format string");
            } else {
                out.append(c);
            }
        }
        return out.toString();
    }

    private static String field(String field, Object[] pos, Object kw, int[] auto, int depth) {
        String spec = "";
        int conv = -1;
        int colon = -1, bang = -1, bracket = 0;
        for (int i = 0; i < field.length(); i++) {
            char c = field.charAt(i);
            if (c == '[') {
                bracket++;
            } else if (c == ']') {
                bracket--;
            } else if (bracket == 0 && c == '!' && bang < 0 && colon < 0) {
                bang = i;
            } else if (bracket == 0 && c == ':' && colon < 0) {
                colon = i;
                break;
            }
        }
        String name = field;
        if (colon >= 0) {
            spec = field.substring(colon + 1);
            name = field.substring(0, colon);
        }
        if (bang >= 0) {
            String cs = name.substring(bang + 1);
            if (cs.length() != 1) {
                throw Errors.valueError("expected ':' after conversion specifier");
            }
            conv = cs.charAt(0);
            name = name.substring(0, bang);
        }
        int end = 0;
        while (end < name.length() && name.charAt(end) != '.' && name.charAt(end) != '[') {
            end++;
        }
        String first = name.substring(0, end);
        Object value;
        if (first.isEmpty()) {
            if (auto[0] < 0) {
                throw Errors.valueError("cannot switch from manual field specification to automatic field numbering");
            }
            int idx = auto[0]++;
            if (idx >= pos.length) {
                throw Errors.of(Errors.INDEX_ERROR, "Replacement index " + idx + " out of range for positional args tuple");
            }
            value = pos[idx];
        } else if (Character.isDigit(first.charAt(0))) {
            if (auto[0] > 0) {
                throw Errors.valueError("cannot switch from automatic field numbering to manual field specification");
            }
            auto[0] = -1;
            int idx = Integer.parseInt(first);
            if (idx >= pos.length) {
                throw Errors.of(Errors.INDEX_ERROR, "Replacement index " + idx + " out of range for positional args tuple");
            }
            value = pos[idx];
        } else {
            try {
                value = Abstract.getItem(kw, first);
            } catch (PyException e) {
                if (e.matches(Errors.KEY_ERROR)) {
                    throw new PyBaseException(Errors.KEY_ERROR, PyTuple.of(first)).toThrowable();
                }
                throw e;
            }
        }
        int i = end;
        while (i < name.length()) {
            if (name.charAt(i) == '.') {
                int j = i + 1;
                while (j < name.length() && name.charAt(j) != '.' && name.charAt(j) != '[') {
                    j++;
                }
                value = Abstract.getAttr(value, name.substring(i + 1, j));
                i = j;
            } else {
                int j = name.indexOf(']', i);
                String key = name.substring(i + 1, j);
                Object k = key.chars().allMatch(Character::isDigit) && !key.isEmpty() ? (Object) Long.parseLong(key) : key;
                value = Abstract.getItem(value, k);
                i = j + 1;
            }
        }
        if (conv == 's') {
            value = Abstract.str(value);
        } else if (conv == 'r') {
            value = Abstract.repr(value);
        } else if (conv == 'a') {
            value = Builtins.ascii(value);
        } else if (conv != -1) {
            throw Errors.valueError("Unknown conversion specifier " + (char) conv);
        }
        if (spec.indexOf('{') >= 0) {
            if (depth <= 0) {
                throw Errors.valueError("Max string recursion exceeded");
            }
            spec = render(spec, pos, kw, auto, depth - 1);
        }
        return Formatter.format(value, spec);
    }
}
