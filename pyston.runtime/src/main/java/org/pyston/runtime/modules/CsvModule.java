package org.pyston.runtime.modules;

import java.util.ArrayList;
import java.util.List;
import org.pyston.runtime.objects.Abstract;
import org.pyston.runtime.objects.Errors;
import org.pyston.runtime.objects.NativeIterator;
import org.pyston.runtime.objects.PyBaseException;
import org.pyston.runtime.objects.PyComplex;
import org.pyston.runtime.objects.PyDict;
import org.pyston.runtime.objects.PyException;
import org.pyston.runtime.objects.PyIterator;
import org.pyston.runtime.objects.PyList;
import org.pyston.runtime.objects.PyModule;
import org.pyston.runtime.objects.PyObject;
import org.pyston.runtime.objects.PyTuple;
import org.pyston.runtime.objects.PyType;
import org.pyston.runtime.objects.Singletons;
import org.pyston.runtime.text.CodePoints;

/**
 * {@code _csv}: CPython's CSV parser and writer with its dialect rules, state machine and
 * messages; {@code csv.py} (DictReader, DictWriter, Sniffer, the standard dialects) runs on top.
 * The dialect registry and the field size limit are per module, so per context, as CPython's
 * module state.
 */
final class CsvModule {
    private CsvModule() {
    }

    static final int QUOTE_MINIMAL = 0;
    static final int QUOTE_ALL = 1;
    static final int QUOTE_NONNUMERIC = 2;
    static final int QUOTE_NONE = 3;
    /** No character: an escapechar or quotechar that is not set. */
    static final int NOT_SET = -1;
    /** The end of a line, as the parser sees it (not a character). */
    private static final int EOL = -2;

    /** A checked dialect: the characters as code points (or NOT_SET). */
    static final class Dialect extends NativeObject {
        int delimiter;
        boolean doublequote;
        int escapechar;
        String lineterminator;
        int quotechar;
        int quoting;
        boolean skipinitialspace;
        boolean strict;

        Dialect(PyType type) {
            super(type);
        }
    }

    /** The module's state: its types, its Error, the registry and the field size limit. */
    private static final class State {
        PyType dialectType;
        PyType error;
        final PyDict dialects = new PyDict();
        long fieldLimit = 128 * 1024;

        PyException error(String message) {
            return ((PyBaseException) Abstract.call(error, new Object[] {message}, null)).toThrowable();
        }
    }

    private static final String[] DIALECT_KEYWORDS = {"dialect", "delimiter", "doublequote", "escapechar",
        "lineterminator", "quotechar", "quoting", "skipinitialspace", "strict"};

    static PyModule create() {
        PyModule m = new PyModule("_csv");
        State st = new State();
        m.set("__version__", "1.0");
        m.set("__doc__", "CSV parsing and writing.\n");
        m.set("QUOTE_MINIMAL", (long) QUOTE_MINIMAL);
        m.set("QUOTE_ALL", (long) QUOTE_ALL);
        m.set("QUOTE_NONNUMERIC", (long) QUOTE_NONNUMERIC);
        m.set("QUOTE_NONE", (long) QUOTE_NONE);
        st.error = BinasciiModule.exceptionType("_csv", "Error", Errors.EXCEPTION);
        m.set("Error", st.error);
        st.dialectType = Ext.type("_csv", "Dialect", Dialect.class, null, (cls, a, k) -> dialect(st, cls, a, k));
        PyType dt = st.dialectType;
        Ext.getter(dt, "delimiter", d -> CodePoints.valueOf(((Dialect) d).delimiter));
        Ext.getter(dt, "doublequote", d -> ((Dialect) d).doublequote);
        Ext.getter(dt, "escapechar", d -> charOrNone(((Dialect) d).escapechar));
        Ext.getter(dt, "lineterminator", d -> ((Dialect) d).lineterminator);
        Ext.getter(dt, "quotechar", d -> charOrNone(((Dialect) d).quotechar));
        Ext.getter(dt, "quoting", d -> (long) ((Dialect) d).quoting);
        Ext.getter(dt, "skipinitialspace", d -> ((Dialect) d).skipinitialspace);
        Ext.getter(dt, "strict", d -> ((Dialect) d).strict);
        Ext.method(dt, "__reduce_ex__", (a, k) -> {
            throw Errors.typeError("cannot pickle '_csv.Dialect' instances");
        });
        m.set("Dialect", dt);

        PyType readerType = Ext.iteratorType("_csv", "reader", Reader.class, null);
        Ext.getter(readerType, "dialect", r -> ((Reader) r).dialect);
        Ext.getter(readerType, "line_num", r -> ((Reader) r).lineNum);
        PyType writerType = Ext.type("_csv", "writer", Writer.class, null, null);
        Ext.getter(writerType, "dialect", w -> ((Writer) w).dialect);
        Ext.method(writerType, "writerow", (a, k) -> {
            Ext.positionalOnly("writerow", a, k, 2, 2);
            return ((Writer) a[0]).writeRow(a[1]);
        });
        Ext.method(writerType, "writerows", (a, k) -> {
            Ext.positionalOnly("writerows", a, k, 2, 2);
            Writer w = (Writer) a[0];
            PyIterator it = Abstract.iter(a[1]);
            for (Object row = it.next(); row != null; row = it.next()) {
                w.writeRow(row);
            }
            return Singletons.NONE;
        });

        Ext.function(m, "reader", (a, k) -> {
            int np = positionalCount(a, k);
            if (np < 1) {
                throw Errors.typeError("expected at least 1 argument, got 0");
            }
            if (np > 2) {
                throw Errors.typeError("expected at most 2 arguments, got " + np);
            }
            PyIterator input = Abstract.iter(a[0]);
            Dialect d = dialectFromCall(st, a, k, np);
            return new Reader(readerType, st, input, d);
        });
        Ext.function(m, "writer", (a, k) -> {
            int np = positionalCount(a, k);
            if (np < 1) {
                throw Errors.typeError("expected at least 1 argument, got 0");
            }
            if (np > 2) {
                throw Errors.typeError("expected at most 2 arguments, got " + np);
            }
            Object write;
            try {
                write = Abstract.getAttr(a[0], "write");
            } catch (PyException e) {
                if (!e.matches(Errors.ATTRIBUTE_ERROR)) {
                    throw e;
                }
                write = null;
            }
            if (write == null || !org.pyston.runtime.objects.Builtins.isCallable(write)) {
                throw Errors.typeError("argument 1 must have a \"write\" method");
            }
            Dialect d = dialectFromCall(st, a, k, np);
            return new Writer(writerType, st, write, d);
        });
        Ext.function(m, "register_dialect", (a, k) -> {
            int np = positionalCount(a, k);
            if (np < 1 || np > 2) {
                throw Errors.typeError("register_dialect() expected " + (np < 1 ? "at least 1 argument, got "
                        : "at most 2 arguments, got ") + np);
            }
            if (!(a[0] instanceof String name)) {
                throw Errors.typeError("dialect name must be a string");
            }
            Dialect d = dialectFromCall(st, a, k, np);
            st.dialects.put(name, d);
            return Singletons.NONE;
        });
        Ext.function(m, "unregister_dialect", (a, k) -> {
            Object[] v = Ext.bind("unregister_dialect", a, k, 1, 1, "name");
            if (st.dialects.remove(v[0]) == null) {
                throw st.error("unknown dialect");
            }
            return Singletons.NONE;
        });
        Ext.function(m, "get_dialect", (a, k) -> {
            Object[] v = Ext.bind("get_dialect", a, k, 1, 1, "name");
            return getDialect(st, v[0]);
        });
        Ext.function(m, "list_dialects", (a, k) -> {
            Ext.positionalOnly("list_dialects", a, k, 0, 0);
            List<Object> names = new ArrayList<>();
            for (java.util.Map.Entry<Object, Object> e : st.dialects.entries()) {
                names.add(e.getKey());
            }
            return PyList.of(names.toArray());
        });
        Ext.function(m, "field_size_limit", (a, k) -> {
            Object[] v = Ext.bind("field_size_limit", a, k, 0, 1, "new_limit");
            long old = st.fieldLimit;
            if (v[0] != null) {
                if (!Abstract.isInt(v[0])) {
                    throw Errors.typeError("limit must be an integer");
                }
                st.fieldLimit = Abstract.index(v[0]);
            }
            return old;
        });
        return m;
    }

    private static Object charOrNone(int c) {
        return c == NOT_SET ? Singletons.NONE : CodePoints.valueOf(c);
    }

    private static int positionalCount(Object[] a, String[] k) {
        return a.length - (k == null ? 0 : k.length);
    }

    private static Dialect getDialect(State st, Object name) {
        Object d = st.dialects.get(name);
        if (d == null) {
            throw st.error("unknown dialect");
        }
        return (Dialect) d;
    }

    /** reader/writer/register_dialect: the dialect from the second positional argument (or 'dialect') and keywords. */
    private static Dialect dialectFromCall(State st, Object[] a, String[] k, int np) {
        Object[] args = new Object[a.length - 1];
        System.arraycopy(a, 1, args, 0, args.length);
        return dialect(st, st.dialectType, args, k);
    }

    /** {@code _csv.Dialect(dialect=None, **fmtparams)}: CPython's dialect_new with its checks. */
    private static Dialect dialect(State st, PyType cls, Object[] a, String[] k) {
        int np = positionalCount(a, k);
        if (np > DIALECT_KEYWORDS.length) {
            throw Errors.typeError("function takes at most " + DIALECT_KEYWORDS.length + " arguments (" + np
                    + " given)");
        }
        Object[] given = new Object[DIALECT_KEYWORDS.length];
        System.arraycopy(a, 0, given, 0, np);
        for (int j = 0; k != null && j < k.length; j++) {
            int at = -1;
            for (int i = 0; i < DIALECT_KEYWORDS.length; i++) {
                if (DIALECT_KEYWORDS[i].equals(k[j])) {
                    at = i;
                }
            }
            if (at < 0) {
                throw Errors.typeError("'" + k[j] + "' is an invalid keyword argument for this function");
            }
            if (at < np) {
                throw Errors.typeError("argument for function given by name ('" + k[j] + "') and position ("
                        + (at + 1) + ")");
            }
            given[at] = a[np + j];
        }
        Object base = given[0];
        if (base instanceof String) {
            base = getDialect(st, base);
        }
        boolean noParams = true;
        for (int i = 1; i < given.length; i++) {
            noParams &= given[i] == null;
        }
        if (base instanceof Dialect d && noParams && cls == st.dialectType && PyType.of(d) == st.dialectType) {
            return d; // an existing dialect is immutable: shared, as CPython does
        }
        if (base != null) {
            for (int i = 1; i < given.length; i++) {
                if (given[i] == null) {
                    given[i] = attributeOrNull(base, DIALECT_KEYWORDS[i]);
                }
            }
        }
        Dialect d = new Dialect(cls);
        d.delimiter = oneChar("delimiter", given[1], ',', false);
        d.doublequote = given[2] == null || Abstract.isTrue(given[2]);
        d.escapechar = oneChar("escapechar", given[3], NOT_SET, true);
        Object lt = given[4];
        if (lt == null) {
            d.lineterminator = "\r\n";
        } else if (lt == Singletons.NONE) {
            d.lineterminator = null;
        } else if (lt instanceof String s) {
            d.lineterminator = s;
        } else {
            throw Errors.typeError("\"lineterminator\" must be a string");
        }
        d.quotechar = oneChar("quotechar", given[5], '"', true);
        Object quoting = given[6];
        if (quoting == null) {
            d.quoting = QUOTE_MINIMAL;
        } else if (quoting instanceof Long || quoting instanceof Boolean
                || quoting instanceof java.math.BigInteger || quoting instanceof PyObject && Abstract.isInt(quoting)) {
            long q = Abstract.index(quoting);
            d.quoting = q < 0 || q > 3 ? 99 : (int) q;
        } else {
            throw Errors.typeError("\"quoting\" must be an integer");
        }
        d.skipinitialspace = given[7] != null && Abstract.isTrue(given[7]);
        d.strict = given[8] != null && Abstract.isTrue(given[8]);
        if (d.quoting == 99) {
            throw Errors.typeError("bad \"quoting\" value");
        }
        if (d.delimiter == NOT_SET) {
            throw Errors.typeError("\"delimiter\" must be a 1-character string");
        }
        if (given[5] == Singletons.NONE && given[6] == null) {
            d.quoting = QUOTE_NONE;
        }
        if (d.quoting != QUOTE_NONE && d.quotechar == NOT_SET) {
            throw Errors.typeError("quotechar must be set if quoting enabled");
        }
        if (d.lineterminator == null) {
            throw Errors.typeError("lineterminator must be set");
        }
        return d;
    }

    private static Object attributeOrNull(Object o, String name) {
        try {
            return Abstract.getAttr(o, name);
        } catch (PyException e) {
            if (!e.matches(Errors.ATTRIBUTE_ERROR)) {
                throw e;
            }
            return null;
        }
    }

    /** CPython's _set_char ({@code orNone} false) and _set_char_or_none. */
    private static int oneChar(String name, Object src, int dflt, boolean orNone) {
        if (src == null) {
            return dflt;
        }
        if (orNone && src == Singletons.NONE) {
            return NOT_SET;
        }
        if (!(src instanceof String s)) {
            throw Errors.typeError("\"" + name + "\" must be string" + (orNone ? " or None" : "") + ", not "
                    + Errors.typeName(src));
        }
        if (CodePoints.length(s) != 1) {
            throw Errors.typeError("\"" + name + "\" must be a 1-character string");
        }
        return s.codePointAt(0);
    }

    // ------------------------------------------------------------------ reader

    private enum ParseState {
        START_RECORD, START_FIELD, ESCAPED_CHAR, IN_FIELD, IN_QUOTED_FIELD, ESCAPE_IN_QUOTED_FIELD,
        QUOTE_IN_QUOTED_FIELD, EAT_CRNL, AFTER_ESCAPED_CRNL
    }

    /** The reader: CPython's state machine, fed a line at a time, one code point at a time. */
    static final class Reader extends NativeIterator {
        final State st;
        final PyIterator input;
        final Dialect dialect;
        long lineNum;
        private ParseState state = ParseState.START_RECORD;
        private List<Object> fields;
        private final StringBuilder field = new StringBuilder();
        private int fieldLen;
        private boolean numericField;

        Reader(PyType type, State st, PyIterator input, Dialect dialect) {
            super(type);
            this.st = st;
            this.input = input;
            this.dialect = dialect;
        }

        @Override
        public Object next() {
            fields = new ArrayList<>();
            state = ParseState.START_RECORD;
            numericField = false;
            field.setLength(0);
            fieldLen = 0;
            do {
                Object line = input.next();
                if (line == null) {
                    if (fieldLen != 0 || state == ParseState.IN_QUOTED_FIELD) {
                        if (dialect.strict) {
                            throw st.error("unexpected end of data");
                        }
                        saveField();
                        break;
                    }
                    return null;
                }
                if (!(line instanceof String s)) {
                    throw st.error("iterator should return strings, not " + Errors.typeName(line)
                            + " (the file should be opened in text mode)");
                }
                lineNum++;
                for (int i = 0; i < s.length(); ) {
                    int c = s.codePointAt(i);
                    i += Character.charCount(c);
                    processChar(c);
                }
                processChar(EOL);
            } while (state != ParseState.START_RECORD);
            List<Object> r = fields;
            fields = null;
            return PyList.of(r.toArray());
        }

        private void saveField() {
            Object f = field.toString();
            field.setLength(0);
            fieldLen = 0;
            if (numericField) {
                numericField = false;
                f = Abstract.call(PyType.FLOAT, new Object[] {f}, null);
            }
            fields.add(f);
        }

        private void addChar(int c) {
            if (fieldLen >= st.fieldLimit) {
                throw st.error("field larger than field limit (" + st.fieldLimit + ")");
            }
            field.appendCodePoint(c);
            fieldLen++;
        }

        private void processChar(int c) {
            Dialect d = dialect;
            switch (state) {
                case START_RECORD:
                    if (c == EOL) {
                        break; // an empty line: []
                    }
                    if (c == '\n' || c == '\r') {
                        state = ParseState.EAT_CRNL;
                        break;
                    }
                    state = ParseState.START_FIELD;
                    startField(c);
                    break;
                case START_FIELD:
                    startField(c);
                    break;
                case ESCAPED_CHAR:
                    if (c == '\n' || c == '\r') {
                        addChar(c);
                        state = ParseState.AFTER_ESCAPED_CRNL;
                        break;
                    }
                    addChar(c == EOL ? '\n' : c);
                    state = ParseState.IN_FIELD;
                    break;
                case AFTER_ESCAPED_CRNL:
                    if (c == EOL) {
                        break;
                    }
                    inField(c);
                    break;
                case IN_FIELD:
                    inField(c);
                    break;
                case IN_QUOTED_FIELD:
                    if (c == EOL) {
                        // a line break inside quotes: the next line continues the field
                    } else if (c == d.escapechar) {
                        state = ParseState.ESCAPE_IN_QUOTED_FIELD;
                    } else if (c == d.quotechar && d.quoting != QUOTE_NONE) {
                        state = d.doublequote ? ParseState.QUOTE_IN_QUOTED_FIELD : ParseState.IN_FIELD;
                    } else {
                        addChar(c);
                    }
                    break;
                case ESCAPE_IN_QUOTED_FIELD:
                    addChar(c == EOL ? '\n' : c);
                    state = ParseState.IN_QUOTED_FIELD;
                    break;
                case QUOTE_IN_QUOTED_FIELD:
                    if (d.quoting != QUOTE_NONE && c == d.quotechar) {
                        addChar(c); // "" is one "
                        state = ParseState.IN_QUOTED_FIELD;
                    } else if (c == d.delimiter) {
                        saveField();
                        state = ParseState.START_FIELD;
                    } else if (c == '\n' || c == '\r' || c == EOL) {
                        saveField();
                        state = c == EOL ? ParseState.START_RECORD : ParseState.EAT_CRNL;
                    } else if (!d.strict) {
                        addChar(c);
                        state = ParseState.IN_FIELD;
                    } else {
                        throw st.error("'" + CodePoints.valueOf(d.delimiter) + "' expected after '"
                                + CodePoints.valueOf(d.quotechar) + "'");
                    }
                    break;
                case EAT_CRNL:
                    if (c == '\n' || c == '\r') {
                        break;
                    }
                    if (c == EOL) {
                        state = ParseState.START_RECORD;
                        break;
                    }
                    throw st.error("new-line character seen in unquoted field - do you need to open the file "
                            + "in universal-newline mode?");
                default:
                    throw new IllegalStateException(state.name());
            }
        }

        private void startField(int c) {
            Dialect d = dialect;
            if (c == '\n' || c == '\r' || c == EOL) {
                saveField();
                state = c == EOL ? ParseState.START_RECORD : ParseState.EAT_CRNL;
            } else if (c == d.quotechar && d.quoting != QUOTE_NONE) {
                state = ParseState.IN_QUOTED_FIELD;
            } else if (c == d.escapechar) {
                state = ParseState.ESCAPED_CHAR;
            } else if (c == ' ' && d.skipinitialspace) {
                // spaces at the start of a field are skipped
            } else if (c == d.delimiter) {
                saveField();
            } else {
                if (d.quoting == QUOTE_NONNUMERIC) {
                    numericField = true;
                }
                addChar(c);
                state = ParseState.IN_FIELD;
            }
        }

        private void inField(int c) {
            Dialect d = dialect;
            if (c == '\n' || c == '\r' || c == EOL) {
                saveField();
                state = c == EOL ? ParseState.START_RECORD : ParseState.EAT_CRNL;
            } else if (c == d.escapechar) {
                state = ParseState.ESCAPED_CHAR;
            } else if (c == d.delimiter) {
                saveField();
                state = ParseState.START_FIELD;
            } else {
                addChar(c);
            }
        }
    }

    // ------------------------------------------------------------------ writer

    static final class Writer extends NativeObject {
        final State st;
        final Object write;
        final Dialect dialect;
        private final StringBuilder rec = new StringBuilder();
        private int numFields;

        Writer(PyType type, State st, Object write, Dialect dialect) {
            super(type);
            this.st = st;
            this.write = write;
            this.dialect = dialect;
        }

        Object writeRow(Object row) {
            PyIterator it;
            try {
                it = Abstract.iter(row);
            } catch (PyException e) {
                if (!e.matches(Errors.TYPE_ERROR)) {
                    throw e;
                }
                throw st.error("iterable expected, not " + Errors.typeName(row));
            }
            rec.setLength(0);
            numFields = 0;
            for (Object f = it.next(); f != null; f = it.next()) {
                boolean quoted = switch (dialect.quoting) {
                    case QUOTE_NONNUMERIC -> !isNumber(f);
                    case QUOTE_ALL -> true;
                    default -> false;
                };
                String text = f == Singletons.NONE ? null : f instanceof Double ? Abstract.repr(f) : Abstract.str(f);
                append(text, quoted);
            }
            if (numFields > 0 && rec.length() == 0) {
                if (dialect.quoting == QUOTE_NONE) {
                    throw st.error("single empty field record must be quoted");
                }
                numFields--;
                append(null, true);
            }
            rec.append(dialect.lineterminator);
            return Abstract.call(write, new Object[] {rec.toString()}, null);
        }

        /** PyNumber_Check: what QUOTE_NONNUMERIC leaves unquoted. */
        private static boolean isNumber(Object f) {
            if (Abstract.isInt(f) || f instanceof Double || f instanceof PyComplex) {
                return true;
            }
            if (f instanceof String || f == Singletons.NONE) {
                return false;
            }
            PyType t = PyType.of(f);
            return t.lookup("__index__") != null || t.lookup("__int__") != null || t.lookup("__float__") != null
                    || t.lookup("__complex__") != null;
        }

        /** CPython's join_append: the field quoted when it needs to be, its specials escaped or doubled. */
        private void append(String text, boolean quoted) {
            Dialect d = dialect;
            if (text != null && !quoted) {
                // the first pass of CPython's join_append_data: does any character force quotes?
                for (int i = 0; i < text.length(); ) {
                    int c = text.codePointAt(i);
                    i += Character.charCount(c);
                    if (special(c) && d.quoting != QUOTE_NONE && !(c == d.quotechar && !d.doublequote)
                            && c != d.escapechar) {
                        quoted = true;
                    }
                }
            }
            if (numFields > 0) {
                rec.appendCodePoint(d.delimiter);
            }
            if (quoted) {
                rec.appendCodePoint(d.quotechar);
            }
            for (int i = 0; text != null && i < text.length(); ) {
                int c = text.codePointAt(i);
                i += Character.charCount(c);
                if (special(c)) {
                    boolean escape;
                    if (d.quoting == QUOTE_NONE) {
                        escape = true;
                    } else if (c == d.quotechar) {
                        if (d.doublequote) {
                            rec.appendCodePoint(d.quotechar);
                            escape = false;
                        } else {
                            escape = true;
                        }
                    } else {
                        escape = c == d.escapechar;
                    }
                    if (escape) {
                        if (d.escapechar == NOT_SET) {
                            throw st.error("need to escape, but no escapechar set");
                        }
                        rec.appendCodePoint(d.escapechar);
                    }
                }
                rec.appendCodePoint(c);
            }
            if (quoted) {
                rec.appendCodePoint(d.quotechar);
            }
            numFields++;
        }

        private boolean special(int c) {
            Dialect d = dialect;
            return c == d.delimiter || c == d.escapechar && c != NOT_SET || c == d.quotechar && c != NOT_SET
                    || d.lineterminator.indexOf(c) >= 0;
        }
    }
}
