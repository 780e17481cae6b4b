package org.pyston.runtime.modules;

import org.pyston.runtime.objects.Errors;
import org.pyston.runtime.objects.NativeIterator;
import org.pyston.runtime.objects.PyModule;
import org.pyston.runtime.objects.PyTuple;
import org.pyston.runtime.objects.PyType;
import org.pyston.runtime.objects.Singletons;

/**
 * {@code _string}: the str.format parser as string.Formatter uses it. {@code formatter_parser}
 * yields (literal, field name, format spec, conversion) as CPython's MarkupIterator does, errors
 * surfacing where the parse reaches them; {@code formatter_field_name_split} splits a field name
 * into its first part and the attribute/index steps after it.
 */
final class StringModule {
    private StringModule() {
    }

    static PyModule create() {
        PyModule m = new PyModule("_string");
        Ext.function(m, "formatter_parser", (a, k) -> {
            Ext.positionalOnly("formatter_parser", a, k, 1, 1);
            if (!(a[0] instanceof String s)) {
                throw Errors.typeError("expected str, got " + Errors.typeName(a[0]));
            }
            return new FormatterIterator(s.codePoints().toArray());
        });
        Ext.function(m, "formatter_field_name_split", (a, k) -> {
            Ext.positionalOnly("formatter_field_name_split", a, k, 1, 1);
            if (!(a[0] instanceof String s)) {
                throw Errors.typeError("expected str, got " + Errors.typeName(a[0]));
            }
            int[] cps = s.codePoints().toArray();
            int i = 0;
            while (i < cps.length && cps[i] != '.' && cps[i] != '[') {
                i++;
            }
            return PyTuple.of(numberOrString(cps, 0, i), new FieldNameIterator(cps, i));
        });
        return m;
    }

    /** A field name part: an int when it is all ASCII digits, else the str. */
    private static Object numberOrString(int[] cps, int from, int to) {
        String s = new String(cps, from, to - from);
        if (!s.isEmpty() && s.chars().allMatch(c -> c >= '0' && c <= '9')) {
            return org.pyston.runtime.objects.Abstract.normalize(new java.math.BigInteger(s));
        }
        return s;
    }

    static final PyType FORMATTER_ITERATOR = Ext.iteratorType("builtins", "formatteriterator",
            FormatterIterator.class, null);
    static final PyType FIELD_NAME_ITERATOR = Ext.iteratorType("builtins", "fieldnameiterator",
            FieldNameIterator.class, null);

    static final class FormatterIterator extends NativeIterator {
        private final int[] s;
        private int pos;

        FormatterIterator(int[] s) {
            super(FORMATTER_ITERATOR);
            this.s = s;
        }

        private String text(int from, int to) {
            return new String(s, from, to - from);
        }

        @Override
        public Object next() {
            if (pos >= s.length) {
                return null;
            }
            int start = pos;
            int c = 0;
            boolean markup = false;
            while (pos < s.length) {
                c = s[pos++];
                if (c == '{' || c == '}') {
                    markup = true;
                    break;
                }
            }
            boolean atEnd = pos >= s.length;
            int length = pos - start;
            if (markup && c == '}' && (atEnd || s[pos] != '}')) {
                throw Errors.valueError("Single '}' encountered in format string");
            }
            if (markup && atEnd && c == '{') {
                throw Errors.valueError("Single '{' encountered in format string");
            }
            if (markup && !atEnd) {
                if (s[pos] == c) {
                    pos++; // an escaped brace: part of the literal, no field follows
                    markup = false;
                } else {
                    length--;
                }
            }
            String literal = text(start, start + length);
            if (!markup) {
                return PyTuple.of(literal, Singletons.NONE, Singletons.NONE, Singletons.NONE);
            }
            // the field: name up to '}', '!' or ':' ('[' skips to ']')
            int nameStart = pos;
            c = -1;
            while (pos < s.length) {
                c = s[pos];
                if (c == '{') {
                    throw Errors.valueError("unexpected '{' in field name");
                }
                if (c == '[') {
                    while (pos < s.length && s[pos] != ']') {
                        pos++;
                    }
                    if (pos < s.length) {
                        pos++;
                    }
                    c = -1;
                    continue;
                }
                if (c == '}' || c == '!' || c == ':') {
                    break;
                }
                pos++;
                c = -1;
            }
            if (pos >= s.length) {
                throw Errors.valueError("expected '}' before end of string");
            }
            String name = text(nameStart, pos);
            pos++;
            Object conversion = Singletons.NONE;
            if (c == '!') {
                if (pos >= s.length) {
                    throw Errors.valueError("end of string while looking for conversion specifier");
                }
                conversion = new String(Character.toChars(s[pos++]));
                if (pos >= s.length) {
                    throw Errors.valueError("unmatched '{' in format spec");
                }
                c = s[pos++];
                if (c != ':' && c != '}') {
                    throw Errors.valueError("expected ':' after conversion specifier");
                }
            }
            String spec = "";
            if (c == ':') {
                int specStart = pos;
                int depth = 1;
                while (true) {
                    if (pos >= s.length) {
                        throw Errors.valueError("unmatched '{' in format spec");
                    }
                    int d = s[pos++];
                    if (d == '{') {
                        depth++;
                    } else if (d == '}' && --depth == 0) {
                        spec = text(specStart, pos - 1);
                        break;
                    }
                }
            }
            return PyTuple.of(literal, name, spec, conversion);
        }
    }

    static final class FieldNameIterator extends NativeIterator {
        private final int[] s;
        private int pos;

        FieldNameIterator(int[] s, int pos) {
            super(FIELD_NAME_ITERATOR);
            this.s = s;
            this.pos = pos;
        }

        @Override
        public Object next() {
            if (pos >= s.length) {
                return null;
            }
            int c = s[pos++];
            if (c == '.') {
                int start = pos;
                while (pos < s.length && s[pos] != '.' && s[pos] != '[') {
                    pos++;
                }
                if (pos == start) {
                    throw Errors.valueError("Empty attribute in format string");
                }
                return PyTuple.of(true, new String(s, start, pos - start));
            }
            if (c == '[') {
                int start = pos;
                while (pos < s.length && s[pos] != ']') {
                    pos++;
                }
                if (pos >= s.length) {
                    throw Errors.valueError("Missing ']' in format string");
                }
                if (pos == start) {
                    throw Errors.valueError("Empty attribute in format string");
                }
                Object key = numberOrString(s, start, pos);
                pos++;
                if (pos < s.length && s[pos] != '.' && s[pos] != '[') {
                    throw Errors.valueError("Only '.' or '[' may follow ']' in format field specifier");
                }
                return PyTuple.of(false, key);
            }
            throw Errors.valueError("Only '.' or '[' may follow ']' in format field specifier");
        }
    }
}
