package org.pyston.runtime.modules;

import java.util.Arrays;
import java.util.List;
import java.util.Map;
import org.pyston.runtime.objects.Abstract;
import org.pyston.runtime.objects.Buffers;
import org.pyston.runtime.objects.Builtins;
import org.pyston.runtime.objects.Errors;
import org.pyston.runtime.objects.ExecutionContext;
import org.pyston.runtime.objects.Imports;
import org.pyston.runtime.objects.NativeIterator;
import org.pyston.runtime.objects.PyBytes;
import org.pyston.runtime.objects.PyDict;
import org.pyston.runtime.objects.PyException;
import org.pyston.runtime.objects.PyList;
import org.pyston.runtime.objects.PyMappingProxy;
import org.pyston.runtime.objects.PyModule;
import org.pyston.runtime.objects.PyObject;
import org.pyston.runtime.objects.PySlice;
import org.pyston.runtime.objects.PyTuple;
import org.pyston.runtime.objects.PyType;
import org.pyston.runtime.objects.PyValueInstance;
import org.pyston.runtime.objects.Singletons;
import org.pyston.runtime.text.CodePoints;

/**
 * {@code _sre}: compiled patterns and match objects over {@link SreEngine}, with CPython's
 * methods, reprs and errors. Replacement templates are handed to {@code re._subx} and
 * {@code re._expand} as CPython's _sre does.
 */
final class SreModule {
    private SreModule() {
    }

    static final int MAGIC = 20220615;
    static final long MAXGROUPS = 1073741823L;

    static PyModule create(ExecutionContext ctx) {
        PyModule m = new PyModule("_sre");
        m.set("MAGIC", (long) MAGIC);
        m.set("CODESIZE", 4L);
        m.set("MAXREPEAT", SreEngine.MAXREPEAT);
        m.set("MAXGROUPS", MAXGROUPS);
        m.set("copyright", " SRE 2.2.2 Copyright (c) 1997-2002 by Secret Labs AB ");
        Ext.function(m, "getcodesize", (a, k) -> 4L);
        Ext.function(m, "ascii_iscased", (a, k) -> {
            long ch = Abstract.index(a[0]);
            return ch < 128 && Character.isLetter((int) ch);
        });
        Ext.function(m, "unicode_iscased", (a, k) -> {
            int ch = (int) Abstract.index(a[0]);
            return ch != SreEngine.lowerUnicode(ch) || ch != SreEngine.upperUnicode(ch);
        });
        Ext.function(m, "ascii_tolower", (a, k) -> (long) SreEngine.lowerAscii((int) Abstract.index(a[0])));
        Ext.function(m, "unicode_tolower", (a, k) -> (long) SreEngine.lowerUnicode((int) Abstract.index(a[0])));
        Ext.function(m, "compile", (a, k) -> {
            Object[] b = Ext.bind("compile", a, k, 6, 6, "pattern", "flags", "code", "groups", "groupindex",
                    "indexgroup");
            List<Object> codeList = Abstract.iterToList(b[2]);
            int[] code = new int[codeList.size()];
            for (int i = 0; i < code.length; i++) {
                Object c = codeList.get(i);
                code[i] = (int) (c instanceof Long l ? l : ((Number) Abstract.indexValue(c)).longValue());
            }
            return new Pattern(ctx, b[0], (int) Abstract.index(b[1]), code, (int) Abstract.index(b[3]),
                    (PyDict) b[4], (PyTuple) b[5]);
        });
        m.set("Pattern", PATTERN);
        m.set("Match", MATCH);
        return m;
    }

    // ------------------------------------------------------------------ subjects

    /** The text a pattern runs over: its items as ints (code points, or byte values) and how to slice it. */
    static final class Subject {
        final Object original;
        final int[] text;
        final boolean isBytes;
        final byte[] bytes;
        /** A str without surrogate chars: its code points are its chars. */
        private boolean plain;

        /** {@code patternIsBytes}: 1 a bytes pattern, 0 a str pattern, -1 neither (a pattern compiled from a parsed tree). */
        Subject(Object original, int patternIsBytes) {
            this.original = original;
            if (PyValueInstance.unwrap(original) instanceof String s) { // str or a subclass of it
                if (patternIsBytes > 0) {
                    throw Errors.typeError("cannot use a bytes pattern on a string-like object");
                }
                text = CodePoints.toArray(s); // Python's code points: a lone surrogate is one
                plain = CodePoints.isPlain(s);
                isBytes = false;
                bytes = null;
            } else {
                byte[] b;
                if (original instanceof PyBytes pb) {
                    b = pb.bytes;
                } else {
                    try {
                        b = ((PyBytes) Abstract.call(PyBytes.TYPE, new Object[] {bytesLike(original)}, null)).bytes;
                    } catch (PyException e) {
                        throw Errors.typeError("expected string or bytes-like object, got '" + Errors.typeName(original)
                                + "'");
                    }
                }
                if (patternIsBytes == 0) {
                    throw Errors.typeError("cannot use a string pattern on a bytes-like object");
                }
                bytes = b;
                text = new int[b.length];
                for (int i = 0; i < b.length; i++) {
                    text[i] = b[i] & 0xff;
                }
                isBytes = true;
            }
        }

        private static Object bytesLike(Object o) {
            if (Buffers.isBytesLike(o)) {
                return o;
            }
            throw Errors.typeError("expected string or bytes-like object, got '" + Errors.typeName(o) + "'");
        }

        Object slice(int start, int end) {
            if (!isBytes) {
                return plain ? new String(text, start, end - start) : CodePoints.of(text, start, end);
            }
            if (original instanceof PyBytes && PyType.of(original) == PyBytes.TYPE) {
                return new PyBytes(Arrays.copyOfRange(bytes, start, end));
            }
            return Abstract.getItem(original, new PySlice((long) start, (long) end, Singletons.NONE));
        }

        Object empty() {
            return isBytes ? new PyBytes(new byte[0]) : "";
        }
    }

    private static int clamp(long v, int length) {
        return (int) Math.max(0, Math.min(v, length));
    }

    // ------------------------------------------------------------------ Pattern

    static final PyType PATTERN = Ext.type("re", "Pattern", Pattern.class, null, null);

    static final class Pattern extends NativeObject {
        final ExecutionContext ctx;
        final Object pattern;
        final int flags;
        final int[] code;
        /** Number of capturing groups. */
        final int groups;
        final PyDict groupindex;
        final PyTuple indexgroup;
        /** 1 for a bytes pattern, 0 for a str pattern, -1 for none (compiled from a parsed tree: any subject). */
        final int isBytes;

        Pattern(ExecutionContext ctx, Object pattern, int flags, int[] code, int groups, PyDict groupindex,
                PyTuple indexgroup) {
            super(PATTERN);
            this.ctx = ctx;
            this.pattern = pattern;
            this.flags = flags;
            this.code = code;
            this.groups = groups;
            this.groupindex = groupindex;
            this.indexgroup = indexgroup;
            this.isBytes = pattern == Singletons.NONE || pattern == null ? -1
                    : PyValueInstance.unwrap(pattern) instanceof String ? 0 : 1;
        }

        SreEngine engine(Subject s, int endpos, boolean matchAll) {
            return new SreEngine(code, s.text, endpos, groups, matchAll);
        }

        Object reModule(String function) {
            Object re = Imports.importModule(ctx, "re", null, 0, null);
            return Abstract.getAttr(re, function);
        }
    }

    /** (string, pos=0, endpos=sys.maxsize) of match/search/fullmatch/findall/finditer/scanner. */
    private static Object[] stringPosEndpos(String fname, Object[] a, String[] k) {
        return Ext.bind(fname, Arrays.copyOfRange(a, 1, a.length), k, 1, 3, "string", "pos", "endpos");
    }

    /** The match of one method call: mode 0 match, 1 fullmatch, 2 search. */
    private static Object matchOrSearch(Pattern p, Object[] b, int mode) {
        // the arguments are converted (Py_ssize_t) before the string is looked at
        long posArg = b[1] == null ? 0 : Abstract.index(b[1]);
        long endposArg = b[2] == null ? Long.MAX_VALUE : Abstract.index(b[2]);
        Subject s = new Subject(b[0], p.isBytes);
        int pos = clamp(posArg, s.text.length);
        int endpos = clamp(endposArg, s.text.length);
        if (endpos < pos) {
            return Singletons.NONE;
        }
        SreEngine e = p.engine(s, endpos, mode == 1);
        if (mode == 2) {
            int start = e.search(pos, false);
            return start < 0 ? Singletons.NONE : new Match(p, s, pos, endpos, e, start, e.lastEnd);
        }
        int endMatch = e.matchAt(pos, false);
        return endMatch < 0 ? Singletons.NONE : new Match(p, s, pos, endpos, e, pos, endMatch);
    }

    static {
        PyType t = PATTERN;
        GenericAlias.classGetItem(t);
        WeakrefModule.allowWeakReferences(t);
        Ext.method(t, "match", (a, k) -> matchOrSearch((Pattern) a[0], stringPosEndpos("match", a, k), 0));
        Ext.method(t, "fullmatch", (a, k) -> matchOrSearch((Pattern) a[0], stringPosEndpos("fullmatch", a, k), 1));
        Ext.method(t, "search", (a, k) -> matchOrSearch((Pattern) a[0], stringPosEndpos("search", a, k), 2));
        Ext.method(t, "findall", (a, k) -> {
            Pattern p = (Pattern) a[0];
            Object[] b = stringPosEndpos("findall", a, k);
            Scan scan = new Scan(p, b[0], b[1], b[2]);
            PyList result = new PyList();
            while (scan.next(true)) {
                Match m = scan.current;
                if (p.groups == 0) {
                    result.append(m.group(0, m.subject.empty()));
                } else if (p.groups == 1) {
                    result.append(m.group(1, m.subject.empty()));
                } else {
                    Object[] items = new Object[p.groups];
                    for (int i = 0; i < items.length; i++) {
                        items[i] = m.group(i + 1, m.subject.empty());
                    }
                    result.append(new PyTuple(items));
                }
            }
            return result;
        });
        Ext.method(t, "finditer", (a, k) -> {
            Object[] b = stringPosEndpos("finditer", a, k);
            return new MatchIterator(new Scan((Pattern) a[0], b[0], b[1], b[2]));
        });
        Ext.method(t, "scanner", (a, k) -> {
            Object[] b = stringPosEndpos("scanner", a, k);
            return new Scanner(new Scan((Pattern) a[0], b[0], b[1], b[2]));
        });
        Ext.method(t, "split", (a, k) -> {
            Pattern p = (Pattern) a[0];
            Object[] b = Ext.bind("split", Arrays.copyOfRange(a, 1, a.length), k, 1, 2, "string", "maxsplit");
            long maxsplit = b[1] == null ? 0 : Abstract.index(b[1]);
            Scan scan = new Scan(p, b[0], null, null);
            PyList result = new PyList();
            int last = 0;
            long n = 0;
            while ((maxsplit == 0 || n < maxsplit) && scan.next(true)) {
                Match m = scan.current;
                result.append(scan.subject.slice(last, m.start));
                for (int i = 1; i <= p.groups; i++) {
                    result.append(m.group(i, Singletons.NONE));
                }
                n++;
                last = m.end;
            }
            result.append(scan.subject.slice(last, scan.endpos));
            return result;
        });
        Ext.method(t, "sub", (a, k) -> {
            Object[] b = Ext.bind("sub", Arrays.copyOfRange(a, 1, a.length), k, 2, 3, "repl", "string", "count");
            return substitute((Pattern) a[0], b[0], b[1], b[2] == null ? 0 : Abstract.index(b[2]), false);
        });
        Ext.method(t, "subn", (a, k) -> {
            Object[] b = Ext.bind("subn", Arrays.copyOfRange(a, 1, a.length), k, 2, 3, "repl", "string", "count");
            return substitute((Pattern) a[0], b[0], b[1], b[2] == null ? 0 : Abstract.index(b[2]), true);
        });
        Ext.getter(t, "pattern", self -> {
            Object pat = ((Pattern) self).pattern;
            return pat == null ? Singletons.NONE : pat;
        });
        Ext.getter(t, "flags", self -> (long) ((Pattern) self).flags);
        Ext.getter(t, "groups", self -> (long) ((Pattern) self).groups);
        Ext.getter(t, "groupindex", self -> {
            PyDict g = ((Pattern) self).groupindex;
            return g.size() == 0 ? new PyDict() : Abstract.call(PyMappingProxy.TYPE, new Object[] {g}, null);
        });
        Ext.method(t, "__copy__", (a, k) -> a[0]);
        Ext.method(t, "__deepcopy__", (a, k) -> a[0]);
        Ext.method(t, "__repr__", (a, k) -> patternRepr((Pattern) a[0]));
        Ext.method(t, "__eq__", (a, k) -> {
            if (!(a[1] instanceof Pattern o)) {
                return Singletons.NOT_IMPLEMENTED;
            }
            Pattern p = (Pattern) a[0];
            return p == o || p.flags == o.flags && p.isBytes == o.isBytes && Arrays.equals(p.code, o.code)
                    && Abstract.eq(p.pattern == null ? Singletons.NONE : p.pattern,
                            o.pattern == null ? Singletons.NONE : o.pattern);
        });
        Ext.method(t, "__ne__", (a, k) -> {
            Object eq = Abstract.call(PATTERN.lookup("__eq__"), new Object[] {a[0], a[1]}, null);
            return eq == Singletons.NOT_IMPLEMENTED ? eq : (Object) !Abstract.isTrue(eq);
        });
        Ext.method(t, "__hash__", (a, k) -> {
            Pattern p = (Pattern) a[0];
            long h = p.pattern == null ? 0 : Abstract.hash(p.pattern);
            return h ^ Arrays.hashCode(p.code) ^ p.flags;
        });
    }

    private static final String[] FLAG_NAMES = {"re.TEMPLATE", "re.IGNORECASE", "re.LOCALE", "re.MULTILINE",
        "re.DOTALL", "re.UNICODE", "re.VERBOSE", "re.DEBUG", "re.ASCII"};

    private static String patternRepr(Pattern p) {
        String pat = Abstract.repr(p.pattern == null ? Singletons.NONE : p.pattern);
        if (pat.length() > 200) {
            pat = pat.substring(0, 200);
        }
        int flags = p.flags;
        if (p.isBytes <= 0 && (flags & (4 | 32 | 256)) == 32) {
            flags &= ~32; // re.UNICODE is implied for str patterns
        }
        StringBuilder sb = new StringBuilder("re.compile(").append(pat);
        if (flags != 0) {
            sb.append(", ");
            boolean first = true;
            for (int i = 0; i < FLAG_NAMES.length; i++) {
                if ((flags & (1 << i)) != 0) {
                    sb.append(first ? "" : "|").append(FLAG_NAMES[i]);
                    first = false;
                    flags &= ~(1 << i);
                }
            }
            if (flags != 0) {
                sb.append(first ? "" : "|").append("0x").append(Integer.toHexString(flags));
            }
        }
        return sb.append(')').toString();
    }

    /** Pattern.sub/subn: each match replaced by a literal, a template (through re._subx) or a function's result. */
    private static Object substitute(Pattern p, Object repl, Object string, long count, boolean withCount) {
        Object filter;
        boolean callable;
        if (Builtins.isCallable(repl)) {
            filter = repl;
            callable = true;
        } else {
            boolean literal;
            if (repl instanceof String s) {
                literal = s.indexOf('\\') < 0;
            } else if (repl instanceof PyBytes rb) {
                literal = true;
                for (byte x : rb.bytes) {
                    if (x == '\\') {
                        literal = false;
                        break;
                    }
                }
            } else {
                literal = false;
            }
            if (literal) {
                filter = repl;
                callable = false;
            } else {
                filter = Abstract.call(p.reModule("_subx"), new Object[] {p, repl}, null);
                callable = Builtins.isCallable(filter);
            }
        }
        Scan scan = new Scan(p, string, null, null);
        PyList parts = new PyList();
        int i = 0;
        long n = 0;
        while ((count == 0 || n < count) && scan.next(true)) {
            Match m = scan.current;
            if (i < m.start) {
                parts.append(scan.subject.slice(i, m.start));
            }
            if (callable) {
                Object item = Abstract.call(filter, new Object[] {m}, null);
                if (item != Singletons.NONE) {
                    parts.append(item);
                }
            } else {
                parts.append(filter);
            }
            i = m.end;
            n++;
        }
        if (i < scan.endpos) {
            parts.append(scan.subject.slice(i, scan.endpos));
        }
        Object joined = Abstract.call(Abstract.getAttr(scan.subject.isBytes ? new PyBytes(new byte[0]) : "", "join"),
                new Object[] {parts}, null);
        if (scan.subject.isBytes && !(scan.subject.original instanceof PyBytes)) {
            joined = Abstract.call(PyType.of(scan.subject.original), new Object[] {joined}, null);
        }
        return withCount ? PyTuple.of(joined, n) : joined;
    }

    /** A walk over the successive matches in a string (findall, finditer, sub, split, scanner). */
    static final class Scan {
        final Pattern pattern;
        final Subject subject;
        final int endpos;
        private int position;
        private boolean mustAdvance;
        private boolean done;
        Match current;

        Scan(Pattern pattern, Object string, Object pos, Object endpos) {
            this.pattern = pattern;
            long posArg = pos == null ? 0 : Abstract.index(pos);
            long endposArg = endpos == null ? Long.MAX_VALUE : Abstract.index(endpos);
            this.subject = new Subject(string, pattern.isBytes);
            int length = subject.text.length;
            this.position = clamp(posArg, length);
            this.endpos = clamp(endposArg, length);
        }

        int start() {
            return position;
        }

        /** Moves to the next match (search, or a match exactly at the current position): false at the end. */
        boolean next(boolean search) {
            if (done || position > endpos) {
                done = true;
                return false;
            }
            SreEngine e = pattern.engine(subject, endpos, false);
            int start, end;
            if (search) {
                start = e.search(position, mustAdvance);
                end = e.lastEnd;
            } else {
                start = position;
                end = e.matchAt(position, mustAdvance);
                if (end < 0) {
                    start = -1;
                }
            }
            if (start < 0) {
                done = true;
                return false;
            }
            current = new Match(pattern, subject, position, endpos, e, start, end);
            mustAdvance = end == start;
            position = end;
            return true;
        }
    }

    static final PyType SCANNER = Ext.type("_sre", "SRE_Scanner", Scanner.class, null, null);

    static final class Scanner extends NativeObject {
        final Scan scan;

        Scanner(Scan scan) {
            super(SCANNER);
            this.scan = scan;
        }
    }

    static {
        Ext.method(SCANNER, "match", (a, k) -> {
            Scan s = ((Scanner) a[0]).scan;
            return s.next(false) ? s.current : Singletons.NONE;
        });
        Ext.method(SCANNER, "search", (a, k) -> {
            Scan s = ((Scanner) a[0]).scan;
            return s.next(true) ? s.current : Singletons.NONE;
        });
        Ext.getter(SCANNER, "pattern", self -> ((Scanner) self).scan.pattern);
    }

    static final PyType MATCH_ITERATOR = Ext.iteratorType("builtins", "callable_iterator", MatchIterator.class, null);

    static final class MatchIterator extends NativeIterator {
        private final Scan scan;

        MatchIterator(Scan scan) {
            super(MATCH_ITERATOR);
            this.scan = scan;
        }

        @Override
        public Object next() {
            return scan.next(true) ? scan.current : null;
        }
    }

    // ------------------------------------------------------------------ Match

    static final PyType MATCH = Ext.type("re", "Match", Match.class, null, null);

    static final class Match extends NativeObject {
        final Pattern pattern;
        final Subject subject;
        final int pos;
        final int endpos;
        /** Start and end of each group, group 0 first; -1 when the group did not take part. */
        final int[] spans;
        final int lastindex;
        final int start;
        final int end;

        Match(Pattern pattern, Subject subject, int pos, int endpos, SreEngine e, int start, int end) {
            super(MATCH);
            this.pattern = pattern;
            this.subject = subject;
            this.pos = pos;
            this.endpos = endpos;
            this.start = start;
            this.end = end;
            this.spans = new int[2 * (pattern.groups + 1)];
            spans[0] = start;
            spans[1] = end;
            for (int g = 1; g <= pattern.groups; g++) {
                int i = 2 * (g - 1);
                if (i + 1 <= e.lastmark && i + 1 < e.marks.length && e.marks[i] >= 0 && e.marks[i + 1] >= 0
                        && e.marks[i] <= e.marks[i + 1]) {
                    spans[2 * g] = e.marks[i];
                    spans[2 * g + 1] = e.marks[i + 1];
                } else {
                    spans[2 * g] = -1;
                    spans[2 * g + 1] = -1;
                }
            }
            this.lastindex = e.lastindex;
        }

        /** The index of a group given by number or name; IndexError "no such group" otherwise. */
        int index(Object g) {
            if (g instanceof Long || g instanceof Boolean || g instanceof java.math.BigInteger
                    || g instanceof PyObject && PyType.of(g).lookup("__index__") != null) {
                Object v = Abstract.indexValue(g); // PyNumber_AsSsize_t(index, NULL): a huge value clamps
                long i = v instanceof Long l ? l : ((java.math.BigInteger) v).signum() < 0 ? -1 : Long.MAX_VALUE;
                if (i < 0 || i > pattern.groups) {
                    throw Errors.indexError("no such group");
                }
                return (int) i;
            }
            Object i = null;
            try {
                i = pattern.groupindex.get(g);
            } catch (PyException e) {
                if (!e.matches(Errors.TYPE_ERROR)) {
                    throw e;
                }
            }
            if (i == null) {
                throw Errors.indexError("no such group");
            }
            return (int) Abstract.index(i);
        }

        Object group(int g, Object dflt) {
            int s = spans[2 * g], e = spans[2 * g + 1];
            return s < 0 ? dflt : subject.slice(s, e);
        }
    }

    private static Match self(Object[] a) {
        return (Match) a[0];
    }

    static {
        PyType t = MATCH;
        GenericAlias.classGetItem(t);
        Ext.method(t, "group", (a, k) -> {
            Args.noKeywords("group", k);
            Match m = self(a);
            if (a.length <= 2) {
                return m.group(a.length == 1 ? 0 : m.index(a[1]), Singletons.NONE);
            }
            Object[] r = new Object[a.length - 1];
            for (int i = 1; i < a.length; i++) {
                r[i - 1] = m.group(m.index(a[i]), Singletons.NONE);
            }
            return new PyTuple(r);
        });
        Ext.method(t, "__getitem__", (a, k) -> self(a).group(self(a).index(a[1]), Singletons.NONE));
        Ext.method(t, "groups", (a, k) -> {
            Object[] b = Ext.bind("groups", Arrays.copyOfRange(a, 1, a.length), k, 0, 1, "default");
            Match m = self(a);
            Object dflt = b[0] == null ? Singletons.NONE : b[0];
            Object[] r = new Object[m.pattern.groups];
            for (int i = 0; i < r.length; i++) {
                r[i] = m.group(i + 1, dflt);
            }
            return new PyTuple(r);
        });
        Ext.method(t, "groupdict", (a, k) -> {
            Object[] b = Ext.bind("groupdict", Arrays.copyOfRange(a, 1, a.length), k, 0, 1, "default");
            Match m = self(a);
            Object dflt = b[0] == null ? Singletons.NONE : b[0];
            PyDict d = new PyDict();
            for (Map.Entry<Object, Object> e : m.pattern.groupindex.entries()) {
                d.put(e.getKey(), m.group((int) Abstract.index(e.getValue()), dflt));
            }
            return d;
        });
        Ext.method(t, "start", (a, k) -> {
            Match m = self(a);
            return (long) m.spans[2 * (a.length > 1 ? m.index(a[1]) : 0)];
        });
        Ext.method(t, "end", (a, k) -> {
            Match m = self(a);
            return (long) m.spans[2 * (a.length > 1 ? m.index(a[1]) : 0) + 1];
        });
        Ext.method(t, "span", (a, k) -> {
            Match m = self(a);
            int g = a.length > 1 ? m.index(a[1]) : 0;
            return PyTuple.of((long) m.spans[2 * g], (long) m.spans[2 * g + 1]);
        });
        Ext.method(t, "expand", (a, k) -> {
            Match m = self(a);
            return Abstract.call(m.pattern.reModule("_expand"), new Object[] {m.pattern, m, a[1]}, null);
        });
        Ext.getter(t, "regs", self -> {
            Match m = (Match) self;
            Object[] r = new Object[m.pattern.groups + 1];
            for (int g = 0; g < r.length; g++) {
                r[g] = PyTuple.of((long) m.spans[2 * g], (long) m.spans[2 * g + 1]);
            }
            return new PyTuple(r);
        });
        Ext.getter(t, "lastindex", self -> {
            Match m = (Match) self;
            return m.lastindex < 0 ? Singletons.NONE : (Object) (long) m.lastindex;
        });
        Ext.getter(t, "lastgroup", self -> {
            Match m = (Match) self;
            if (m.lastindex < 0 || m.lastindex >= m.pattern.indexgroup.items.length) {
                return Singletons.NONE;
            }
            return m.pattern.indexgroup.items[m.lastindex];
        });
        Ext.getter(t, "string", self -> ((Match) self).subject.original);
        Ext.getter(t, "re", self -> ((Match) self).pattern);
        Ext.getter(t, "pos", self -> (long) ((Match) self).pos);
        Ext.getter(t, "endpos", self -> (long) ((Match) self).endpos);
        Ext.method(t, "__copy__", (a, k) -> a[0]);
        Ext.method(t, "__deepcopy__", (a, k) -> a[0]);
        Ext.method(t, "__repr__", (a, k) -> {
            Match m = self(a);
            String matched = Abstract.repr(m.group(0, Singletons.NONE));
            if (matched.length() > 50) {
                matched = matched.substring(0, 50);
            }
            return "<re.Match object; span=(" + m.start + ", " + m.end + "), match=" + matched + ">";
        });
        Ext.method(t, "__bool__", (a, k) -> true);
    }

    /** Argument checks shared with the module functions. */
    private static final class Args {
        static void noKeywords(String name, String[] k) {
            if (k != null && k.length > 0) {
                throw Errors.typeError(name + "() takes no keyword arguments");
            }
        }
    }
}
