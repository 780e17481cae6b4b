package org.pyston.runtime.objects;

import java.math.BigInteger;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;

/**
 * The methods of the built-in types, installed once into their (immutable) type dicts. Each
 * receives {@code self} as {@code args[0]}.
 */
final class Methods {
    private Methods() {
    }

    private static boolean installed;

    static synchronized void install() {
        if (installed) {
            return;
        }
        installed = true;
        // Each installer runs on the first lookup in its type(s): unused types cost nothing at start-up.
        PyType.STR.defineLazily(once(Methods::str));
        PyList.TYPE.defineLazily(once(Methods::list));
        PyDict.TYPE.defineLazily(once(Methods::dict));
        PyTuple.TYPE.defineLazily(once(Methods::tuple));
        Runnable sets = once(Methods::set);
        PySet.TYPE.defineLazily(sets);
        PySet.FROZEN_TYPE.defineLazily(sets);
        Runnable objects = once(Methods::object);
        PyType.OBJECT.defineLazily(objects);
        PyType.TYPE.defineLazily(objects);
        Runnable numbers = once(Methods::numbers);
        PyType.INT.defineLazily(numbers);
        PyType.FLOAT.defineLazily(numbers);
        Runnable exceptions = once(Methods::exceptions);
        Errors.BASE_EXCEPTION.defineLazily(exceptions);
        Errors.KEY_ERROR.defineLazily(exceptions);
        PyBytes.TYPE.defineLazily(once(BytesMethods::install));
        SlotMethods.install();
    }

    /** Runs {@code r} the first time only (installers shared by several types). */
    private static Runnable once(Runnable r) {
        boolean[] done = {false};
        return () -> {
            synchronized (done) {
                if (!done[0]) {
                    done[0] = true;
                    r.run();
                }
            }
        };
    }

    private static long intArg(Object[] a, int i, long fallback) {
        return i < a.length && a[i] != Singletons.NONE ? Abstract.index(a[i]) : fallback;
    }

    private static void str() {
        PyType t = PyType.STR;
        t.defineMethod("join", (a, k) -> Strings.join(Strings.self(a, "join"), a[1]));
        t.defineMethod("split", (a, k) -> {
            Object[] p = Args.parse("split", a, k, 1, 0, 2, "sep", "maxsplit");
            return Strings.split(Strings.self(a, "split"), p[0], p[1] == null ? -1 : Abstract.index(p[1]));
        });
        t.defineMethod("rsplit", (a, k) -> {
            Object[] p = Args.parse("rsplit", a, k, 1, 0, 2, "sep", "maxsplit");
            return Strings.rsplit(Strings.self(a, "rsplit"), p[0], p[1] == null ? -1 : Abstract.index(p[1]));
        });
        t.defineMethod("strip", (a, k) -> Strings.strip(Strings.self(a, "strip"), Args.arg(a, 1, null), true, true));
        t.defineMethod("lstrip", (a, k) -> Strings.strip(Strings.self(a, "lstrip"), Args.arg(a, 1, null), true, false));
        t.defineMethod("rstrip", (a, k) -> Strings.strip(Strings.self(a, "rstrip"), Args.arg(a, 1, null), false, true));
        t.defineMethod("upper", (a, k) -> Strings.self(a, "upper").toUpperCase(java.util.Locale.ROOT));
        t.defineMethod("lower", (a, k) -> Strings.self(a, "lower").toLowerCase(java.util.Locale.ROOT));
        t.defineMethod("casefold", (a, k) -> Strings.self(a, "casefold").toLowerCase(java.util.Locale.ROOT));
        t.defineMethod("title", (a, k) -> Strings.title(Strings.self(a, "title")));
        t.defineMethod("capitalize", (a, k) -> Strings.capitalize(Strings.self(a, "capitalize")));
        t.defineMethod("swapcase", (a, k) -> Strings.swapcase(Strings.self(a, "swapcase")));
        t.defineMethod("replace", (a, k) -> Strings.replace(Strings.self(a, "replace"), Strings.strArg(a[1], "replace"),
                Strings.strArg(a[2], "replace"), intArg(a, 3, -1)));
        t.defineMethod("startswith", (a, k) -> affix(a, true));
        t.defineMethod("endswith", (a, k) -> affix(a, false));
        t.defineMethod("find", (a, k) -> find(a, false, false));
        t.defineMethod("rfind", (a, k) -> find(a, true, false));
        t.defineMethod("index", (a, k) -> find(a, false, true));
        t.defineMethod("rindex", (a, k) -> find(a, true, true));
        t.defineMethod("count", (a, k) -> {
            String s = Strings.self(a, "count");
            int[] r = Strings.range(s, a, 2);
            return Strings.count(s, Strings.strArg(a[1], "count"), r[0], r[1]);
        });
        t.defineMethod("isdigit", (a, k) -> Strings.allMatch(Strings.self(a, "isdigit"), Character::isDigit));
        t.defineMethod("isdecimal", (a, k) -> Strings.allMatch(Strings.self(a, "isdecimal"), Character::isDigit));
        t.defineMethod("isnumeric", (a, k) -> Strings.allMatch(Strings.self(a, "isnumeric"),
                c -> Character.isDigit(c) || Character.getNumericValue(c) >= 0));
        t.defineMethod("isalpha", (a, k) -> Strings.allMatch(Strings.self(a, "isalpha"), Character::isLetter));
        t.defineMethod("isalnum", (a, k) -> Strings.allMatch(Strings.self(a, "isalnum"), Character::isLetterOrDigit));
        t.defineMethod("isspace", (a, k) -> Strings.allMatch(Strings.self(a, "isspace"),
                c -> Character.isWhitespace(c) || Character.isSpaceChar(c)));
        t.defineMethod("isupper", (a, k) -> {
            String s = Strings.self(a, "isupper");
            return s.codePoints().anyMatch(Character::isUpperCase) && s.codePoints().noneMatch(Character::isLowerCase);
        });
        t.defineMethod("islower", (a, k) -> {
            String s = Strings.self(a, "islower");
            return s.codePoints().anyMatch(Character::isLowerCase) && s.codePoints().noneMatch(Character::isUpperCase);
        });
        t.defineMethod("istitle", (a, k) -> {
            String s = Strings.self(a, "istitle");
            return s.codePoints().anyMatch(Character::isLetter) && Strings.title(s).equals(s);
        });
        t.defineMethod("isidentifier", (a, k) -> {
            String s = Strings.self(a, "isidentifier");
            return !s.isEmpty() && (Character.isUnicodeIdentifierStart(s.codePointAt(0)) || s.charAt(0) == '_')
                    && s.codePoints().allMatch(c -> Character.isUnicodeIdentifierPart(c));
        });
        t.defineMethod("isprintable", (a, k) -> Strings.self(a, "isprintable").codePoints()
                .allMatch(org.pyston.runtime.text.StrRepr::isPrintable));
        t.defineMethod("isascii", (a, k) -> Strings.self(a, "isascii").chars().allMatch(c -> c < 128));
        t.defineMethod("center", (a, k) -> Strings.center(Strings.self(a, "center"), Abstract.index(a[1]),
                a.length > 2 ? (String) a[2] : " ", 'c'));
        t.defineMethod("ljust", (a, k) -> Strings.center(Strings.self(a, "ljust"), Abstract.index(a[1]),
                a.length > 2 ? (String) a[2] : " ", 'l'));
        t.defineMethod("rjust", (a, k) -> Strings.center(Strings.self(a, "rjust"), Abstract.index(a[1]),
                a.length > 2 ? (String) a[2] : " ", 'r'));
        t.defineMethod("zfill", (a, k) -> Strings.zfill(Strings.self(a, "zfill"), Abstract.index(a[1])));
        t.defineMethod("splitlines", (a, k) -> {
            Object keep = Args.keyword(a, k, "keepends");
            return Strings.splitlines(Strings.self(a, "splitlines"),
                    Abstract.isTrue(keep != null ? keep : Args.positional(a, k) > 1 ? a[1] : false));
        });
        t.defineMethod("partition", (a, k) -> {
            String s = Strings.self(a, "partition");
            String sep = Strings.strArg(a[1], "partition");
            if (sep.isEmpty()) {
                throw Errors.valueError("empty separator");
            }
            int i = s.indexOf(sep);
            return i < 0 ? PyTuple.of(s, "", "") : PyTuple.of(s.substring(0, i), sep, s.substring(i + sep.length()));
        });
        t.defineMethod("rpartition", (a, k) -> {
            String s = Strings.self(a, "rpartition");
            String sep = Strings.strArg(a[1], "rpartition");
            if (sep.isEmpty()) {
                throw Errors.valueError("empty separator");
            }
            int i = s.lastIndexOf(sep);
            return i < 0 ? PyTuple.of("", "", s) : PyTuple.of(s.substring(0, i), sep, s.substring(i + sep.length()));
        });
        t.defineMethod("expandtabs", (a, k) -> Strings.expandtabs(Strings.self(a, "expandtabs"), intArg(a, 1, 8)));
        t.defineMethod("removeprefix", (a, k) -> {
            String s = Strings.self(a, "removeprefix");
            String p = Strings.strArg(a[1], "removeprefix");
            return s.startsWith(p) ? s.substring(p.length()) : s;
        });
        t.defineMethod("removesuffix", (a, k) -> {
            String s = Strings.self(a, "removesuffix");
            String p = Strings.strArg(a[1], "removesuffix");
            return s.endsWith(p) && !p.isEmpty() ? s.substring(0, s.length() - p.length()) : s;
        });
        t.defineMethod("format", (a, k) -> StrFormat.format(Strings.self(a, "format"), a, k));
        t.defineMethod("format_map", (a, k) -> StrFormat.formatMap(Strings.self(a, "format_map"), a[1]));
        t.defineMethod("__format__", (a, k) -> Formatter.format(a[0], (String) a[1]));
        t.defineMethod("encode", (a, k) -> {
            String s = Strings.self(a, "encode");
            Object enc = Args.positional(a, k) > 1 ? a[1] : Args.keyword(a, k, "encoding");
            return Codecs.encode(s, enc == null ? "utf-8" : Strings.strArg(enc, "encode"));
        });
        t.defineMethod("__len__", (a, k) -> Abstract.len(a[0]));
        t.defineMethod("__contains__", (a, k) -> Abstract.contains(a[0], a[1]));
        t.defineMethod("__getitem__", (a, k) -> Abstract.getItem(a[0], a[1]));
        t.define("maketrans", new PyStaticMethod(new PyBuiltinFunction("maketrans", (a, k) -> {
            PyDict d = new PyDict();
            if (a.length == 1) {
                for (Map.Entry<Object, Object> e : ((PyDict) a[0]).entries()) {
                    Object key = PyDict.unwrap(e.getKey());
                    d.put(key instanceof String s ? (Object) (long) s.codePointAt(0) : key, e.getValue());
                }
                return d;
            }
            String x = (String) a[0], y = (String) a[1];
            for (int i = 0; i < x.length(); i++) {
                d.put((long) x.charAt(i), (long) y.charAt(i));
            }
            if (a.length > 2) {
                String z = (String) a[2];
                for (int i = 0; i < z.length(); i++) {
                    d.put((long) z.charAt(i), Singletons.NONE);
                }
            }
            return d;
        }, false)));
        t.defineMethod("translate", (a, k) -> {
            String s = Strings.self(a, "translate");
            StringBuilder sb = new StringBuilder();
            s.codePoints().forEach(cp -> {
                Object r;
                try {
                    r = Abstract.getItem(a[1], (long) cp);
                } catch (PyException e) {
                    if (!e.matches(Errors.LOOKUP_ERROR)) {
                        throw e;
                    }
                    r = null;
                }
                if (r == null) {
                    sb.appendCodePoint(cp);
                } else if (r instanceof String rs) {
                    sb.append(rs);
                } else if (r != Singletons.NONE) {
                    sb.appendCodePoint((int) Abstract.index(r));
                }
            });
            return sb.toString();
        });
    }

    private static Object affix(Object[] a, boolean prefix) {
        String s = Strings.self(a, prefix ? "startswith" : "endswith");
        int[] r = Strings.range(s, a, 2);
        if (r[0] > s.length()) {
            return false;
        }
        String region = s.substring(r[0], Math.max(r[0], r[1]));
        Object[] options = a[1] instanceof PyTuple t ? t.items : new Object[] {a[1]};
        for (Object o : options) {
            if (!(o instanceof String p)) {
                throw Errors.typeError((prefix ? "startswith" : "endswith")
                        + " first arg must be str or a tuple of str, not " + Errors.typeName(o));
            }
            if (prefix ? region.startsWith(p) : region.endsWith(p)) {
                return true;
            }
        }
        return false;
    }

    private static Object find(Object[] a, boolean reverse, boolean raise) {
        String s = Strings.self(a, "find");
        String sub = Strings.strArg(a[1], "find");
        int[] r = Strings.range(s, a, 2);
        int found = -1;
        if (r[0] <= r[1]) {
            String region = s.substring(r[0], r[1]);
            int i = reverse ? region.lastIndexOf(sub) : region.indexOf(sub);
            if (i >= 0) {
                found = s.codePointCount(0, r[0] + i);
            }
        }
        if (found < 0 && raise) {
            throw Errors.valueError("substring not found");
        }
        return (long) found;
    }

    private static PyList selfList(Object[] a) {
        return (PyList) a[0];
    }

    private static void list() {
        PyType t = PyList.TYPE;
        t.defineMethod("append", (a, k) -> {
            Args.oneArgument("list.append", a, k);
            selfList(a).append(a[1]);
            return Singletons.NONE;
        });
        t.defineMethod("extend", (a, k) -> {
            Sequences.extend(selfList(a), a[1]);
            return Singletons.NONE;
        });
        t.defineMethod("insert", (a, k) -> {
            PyList l = selfList(a);
            long i = Abstract.index(a[1]);
            if (i < 0) {
                i = Math.max(0, i + l.size);
            }
            l.insert((int) Math.min(i, l.size), a[2]);
            return Singletons.NONE;
        });
        t.defineMethod("pop", (a, k) -> {
            PyList l = selfList(a);
            if (l.size == 0) {
                throw Errors.indexError("pop from empty list");
            }
            long i = a.length > 1 ? Abstract.index(a[1]) : l.size - 1;
            if (i < 0) {
                i += l.size;
            }
            if (i < 0 || i >= l.size) {
                throw Errors.indexError("pop index out of range");
            }
            return l.remove((int) i);
        });
        t.defineMethod("remove", (a, k) -> {
            PyList l = selfList(a);
            for (int i = 0; i < l.size; i++) {
                if (l.items[i] == a[1] || Abstract.eq(l.items[i], a[1])) {
                    l.remove(i);
                    return Singletons.NONE;
                }
            }
            throw Errors.valueError("list.remove(x): x not in list");
        });
        t.defineMethod("index", (a, k) -> {
            PyList l = selfList(a);
            long start = intArg(a, 2, 0), stop = intArg(a, 3, l.size);
            if (start < 0) {
                start = Math.max(0, start + l.size);
            }
            if (stop < 0) {
                stop = Math.max(0, stop + l.size);
            }
            for (int i = (int) start; i < Math.min(stop, l.size); i++) {
                if (l.items[i] == a[1] || Abstract.eq(l.items[i], a[1])) {
                    return (long) i;
                }
            }
            throw Errors.valueError(Abstract.repr(a[1]) + " is not in list");
        });
        t.defineMethod("count", (a, k) -> {
            PyList l = selfList(a);
            long c = 0;
            for (int i = 0; i < l.size; i++) {
                if (l.items[i] == a[1] || Abstract.eq(l.items[i], a[1])) {
                    c++;
                }
            }
            return c;
        });
        t.defineMethod("clear", (a, k) -> {
            PyList l = selfList(a);
            Arrays.fill(l.items, null);
            l.size = 0;
            return Singletons.NONE;
        });
        t.defineMethod("copy", (a, k) -> {
            PyList l = selfList(a);
            return new PyList(l.toArray(), l.size);
        });
        t.defineMethod("reverse", (a, k) -> {
            PyList l = selfList(a);
            for (int i = 0, j = l.size - 1; i < j; i++, j--) {
                Object x = l.items[i];
                l.items[i] = l.items[j];
                l.items[j] = x;
            }
            return Singletons.NONE;
        });
        t.defineMethod("sort", (a, k) -> {
            Args.onlyKeywords("sort", k, "key", "reverse");
            if (Args.positional(a, k) > 1) {
                throw Errors.typeError("sort() takes no positional arguments");
            }
            Sorting.sort(selfList(a), Args.keyword(a, k, "key"), Args.keyword(a, k, "reverse"));
            return Singletons.NONE;
        });
        t.defineMethod("__init__", (a, k) -> {
            PyList l = selfList(a);
            Arrays.fill(l.items, null);
            l.size = 0;
            if (a.length > 1) {
                Sequences.extend(l, a[1]);
            }
            return Singletons.NONE;
        });
        t.defineMethod("__len__", (a, k) -> (long) selfList(a).size);
        // the built-in operations themselves: a subclass's override may call them through super()
        t.defineMethod("__getitem__", (a, k) -> Sequences.builtinGetItem(selfList(a), a[1]));
        t.defineMethod("__setitem__", (a, k) -> {
            Sequences.builtinSetItem(selfList(a), a[1], a[2]);
            return Singletons.NONE;
        });
        t.defineMethod("__contains__", (a, k) -> Sequences.builtinContains(selfList(a), a[1]));
        t.defineMethod("__iter__", (a, k) -> Sequences.builtinIter(selfList(a)));
    }

    private static PyDict selfDict(Object[] a) {
        return (PyDict) a[0];
    }

    private static void dict() {
        PyType t = PyDict.TYPE;
        t.defineMethod("get", (a, k) -> {
            Args.positionalOnly("dict.get", a, k, 1, 2, true);
            Object v = selfDict(a).get(a[1]);
            return v != null ? v : a.length > 2 ? a[2] : Singletons.NONE;
        });
        t.defineMethod("setdefault", (a, k) -> {
            PyDict d = selfDict(a);
            Object v = d.get(a[1]);
            if (v == null) {
                v = a.length > 2 ? a[2] : Singletons.NONE;
                d.put(a[1], v);
            }
            return v;
        });
        t.defineMethod("pop", (a, k) -> {
            Object v = selfDict(a).remove(a[1]);
            if (v == null) {
                if (a.length > 2) {
                    return a[2];
                }
                throw new PyBaseException(Errors.KEY_ERROR, PyTuple.of(a[1])).toThrowable();
            }
            return v;
        });
        t.defineMethod("popitem", (a, k) -> {
            PyDict d = selfDict(a);
            if (d.size() == 0) {
                throw Errors.of(Errors.KEY_ERROR, "popitem(): dictionary is empty");
            }
            Object last = null;
            for (Object key : d.map.keySet()) {
                last = key;
            }
            Object v = d.map.remove(last);
            return PyTuple.of(PyDict.unwrap(last), v);
        });
        t.defineMethod("keys", (a, k) -> new PyDictView(selfDict(a), 0));
        t.defineMethod("values", (a, k) -> new PyDictView(selfDict(a), 1));
        t.defineMethod("items", (a, k) -> new PyDictView(selfDict(a), 2));
        NativeFunction update = (a, k) -> {
            Builtins.fillDict(selfDict(a), a, k, 1);
            return Singletons.NONE;
        };
        t.defineMethod("update", update);
        t.defineMethod("__init__", update);
        t.defineMethod("clear", (a, k) -> {
            selfDict(a).map.clear();
            return Singletons.NONE;
        });
        t.defineMethod("copy", (a, k) -> {
            PyDict d = new PyDict();
            d.map.putAll(selfDict(a).map);
            return d;
        });
        t.define("fromkeys", new PyClassMethod(new PyBuiltinFunction("fromkeys", (a, k) -> {
            PyDict d = new PyDict();
            PyIterator it = Abstract.iter(a[1]);
            Object value = a.length > 2 ? a[2] : Singletons.NONE;
            for (Object key = it.next(); key != null; key = it.next()) {
                d.put(key, value);
            }
            return d;
        }, false)));
        t.defineMethod("__getitem__", (a, k) -> {
            Object v = selfDict(a).get(a[1]);
            if (v == null) {
                Object missing = selfDict(a).type() == PyDict.TYPE ? null : selfDict(a).type().lookup("__missing__");
                if (missing != null) {
                    return Abstract.call(missing, new Object[] {a[0], a[1]}, null);
                }
                throw new PyBaseException(Errors.KEY_ERROR, PyTuple.of(a[1])).toThrowable();
            }
            return v;
        });
        t.defineMethod("__setitem__", (a, k) -> {
            selfDict(a).put(a[1], a[2]);
            return Singletons.NONE;
        });
        t.defineMethod("__delitem__", (a, k) -> {
            if (selfDict(a).remove(a[1]) == null) {
                throw new PyBaseException(Errors.KEY_ERROR, PyTuple.of(a[1])).toThrowable();
            }
            return Singletons.NONE;
        });
        t.defineMethod("__contains__", (a, k) -> selfDict(a).containsKey(a[1]));
        t.defineMethod("__len__", (a, k) -> (long) selfDict(a).size());
        t.defineMethod("__iter__", (a, k) -> new PyIterator.DictIterator(selfDict(a), 0));
    }

    private static void tuple() {
        PyType t = PyTuple.TYPE;
        t.defineMethod("index", (a, k) -> {
            Object[] items = ((PyTuple) a[0]).items;
            for (int i = 0; i < items.length; i++) {
                if (items[i] == a[1] || Abstract.eq(items[i], a[1])) {
                    return (long) i;
                }
            }
            throw Errors.valueError("tuple.index(x): x not in tuple");
        });
        t.defineMethod("count", (a, k) -> {
            long c = 0;
            for (Object x : ((PyTuple) a[0]).items) {
                if (x == a[1] || Abstract.eq(x, a[1])) {
                    c++;
                }
            }
            return c;
        });
        t.defineMethod("__len__", (a, k) -> (long) ((PyTuple) a[0]).items.length);
        t.defineMethod("__getitem__", (a, k) -> Sequences.builtinGetItem((PyTuple) a[0], a[1]));
    }

    private static void set() {
        for (PyType t : new PyType[] {PySet.TYPE, PySet.FROZEN_TYPE}) {
            t.defineMethod("union", (a, k) -> setOp(a, Abstract.BinaryOp.OR));
            t.defineMethod("intersection", (a, k) -> setOp(a, Abstract.BinaryOp.AND));
            t.defineMethod("difference", (a, k) -> setOp(a, Abstract.BinaryOp.SUB));
            t.defineMethod("symmetric_difference", (a, k) -> setOp(a, Abstract.BinaryOp.XOR));
            t.defineMethod("issubset", (a, k) -> Abstract.compare(Abstract.CompareOp.LE, a[0], Builtins.toSet(a[1], true)));
            t.defineMethod("issuperset", (a, k) -> Abstract.compare(Abstract.CompareOp.GE, a[0], Builtins.toSet(a[1], true)));
            t.defineMethod("isdisjoint", (a, k) -> {
                PySet other = Builtins.toSet(a[1], true);
                for (Object x : ((PySet) a[0]).set) {
                    if (other.set.contains(x)) {
                        return false;
                    }
                }
                return true;
            });
            t.defineMethod("copy", (a, k) -> {
                PySet s = new PySet(((PySet) a[0]).frozen);
                s.set.addAll(((PySet) a[0]).set);
                return s;
            });
            t.defineMethod("__len__", (a, k) -> (long) ((PySet) a[0]).set.size());
            t.defineMethod("__contains__", (a, k) -> ((PySet) a[0]).contains(a[1]));
        }
        PyType t = PySet.TYPE;
        t.defineMethod("add", (a, k) -> {
            ((PySet) a[0]).add(a[1]);
            return Singletons.NONE;
        });
        t.defineMethod("discard", (a, k) -> {
            ((PySet) a[0]).remove(a[1]);
            return Singletons.NONE;
        });
        t.defineMethod("remove", (a, k) -> {
            if (!((PySet) a[0]).remove(a[1])) {
                throw new PyBaseException(Errors.KEY_ERROR, PyTuple.of(a[1])).toThrowable();
            }
            return Singletons.NONE;
        });
        t.defineMethod("pop", (a, k) -> {
            PySet s = (PySet) a[0];
            if (s.set.isEmpty()) {
                throw Errors.of(Errors.KEY_ERROR, "pop from an empty set");
            }
            Object first = s.set.iterator().next();
            s.set.remove(first);
            return PyDict.unwrap(first);
        });
        t.defineMethod("clear", (a, k) -> {
            ((PySet) a[0]).set.clear();
            return Singletons.NONE;
        });
        t.defineMethod("update", (a, k) -> {
            for (int i = 1; i < a.length; i++) {
                ((PySet) a[0]).set.addAll(Builtins.toSet(a[i], false).set);
            }
            return Singletons.NONE;
        });
        t.defineMethod("difference_update", (a, k) -> {
            ((PySet) a[0]).set.removeAll(Builtins.toSet(a[1], false).set);
            return Singletons.NONE;
        });
        t.defineMethod("intersection_update", (a, k) -> {
            ((PySet) a[0]).set.retainAll(Builtins.toSet(a[1], false).set);
            return Singletons.NONE;
        });
    }

    private static Object setOp(Object[] a, Abstract.BinaryOp op) {
        Object r = a[0];
        if (a.length == 1) {
            PySet s = new PySet(((PySet) a[0]).frozen);
            s.set.addAll(((PySet) a[0]).set);
            return s;
        }
        for (int i = 1; i < a.length; i++) {
            r = Sequences.binaryOp(op, r, Builtins.toSet(a[i], ((PySet) a[0]).frozen));
        }
        return r;
    }

    private static void object() {
        PyType o = PyType.OBJECT;
        o.defineMethod("__init__", (a, k) -> {
            if (a.length > 1) {
                // arguments are an error unless the class has its own __new__ (which took them)
                PyType t = PyType.of(a[0]);
                if (!TypeCalls.isObjectInit(t.lookup("__init__"))) {
                    throw Errors.typeError("object.__init__() takes exactly one argument (the instance to initialize)");
                }
                if (TypeCalls.isObjectNew(t.lookup("__new__"))) {
                    throw Errors.typeError(t.name + ".__init__() takes exactly one argument (the instance to initialize)");
                }
            }
            return Singletons.NONE;
        });
        o.define("__class__", new PyGetSetDescriptor("__class__", o, PyType::of, Attributes::assignClass));
        o.defineMethod("__dir__", (a, k) -> PyList.of(Builtins.defaultDir(a[0]).toArray()));
        // objects do not order: the comparisons say so and the other operand gets its turn
        for (String cmp : new String[] {"__lt__", "__le__", "__gt__", "__ge__"}) {
            o.defineMethod(cmp, (a, k) -> Singletons.NOT_IMPLEMENTED);
        }
        o.defineMethod("__reduce_ex__", (a, k) -> {
            Args.positionalOnly("__reduce_ex__", a, k, 1, 1, true);
            Object reduce = PyType.of(a[0]).lookup("__reduce__");
            if (reduce != PyType.OBJECT.dict.get("__reduce__")) {
                return Abstract.call(reduce, new Object[] {a[0]}, null); // the class's own __reduce__
            }
            if (Abstract.index(a[1]) < 2) {
                throw new PyBaseException(Errors.NOT_IMPLEMENTED_ERROR,
                        PyTuple.of("reducing objects with protocol 0 or 1 (copyreg) is not supported yet")).toThrowable();
            }
            return reduceNewObject(a[0]);
        });
        o.defineMethod("__reduce__", (a, k) -> {
            throw new PyBaseException(Errors.NOT_IMPLEMENTED_ERROR,
                    PyTuple.of("reducing objects with protocol 0 (copyreg) is not supported yet")).toThrowable();
        });
        o.defineMethod("__getstate__", (a, k) -> {
            Object d = Attributes.instanceDictObject(a[0]);
            Object state = d instanceof PyDict dict && dict.size() > 0 ? dict : Singletons.NONE;
            if (a[0] instanceof PyInstance i && i.slots != null) {
                PyDict slots = new PyDict(); // the slots that are set, by name
                for (PyType t : i.type().mro) {
                    for (Object v : t.dict.values()) {
                        if (v instanceof PyMemberDescriptor m && i.slots[m.index] != null) {
                            slots.put(m.name, i.slots[m.index]);
                        }
                    }
                }
                return PyTuple.of(state, slots);
            }
            return state;
        });
        o.defineMethod("__repr__", (a, k) -> Reprs.builtinRepr(a[0]));
        o.defineMethod("__str__", (a, k) -> Abstract.repr(a[0]));
        o.defineMethod("__eq__", (a, k) -> a[0] == a[1] ? (Object) true : Singletons.NOT_IMPLEMENTED);
        o.defineMethod("__ne__", (a, k) -> {
            // the inverse of the class's __eq__, unless that does not know the other operand
            Object eq = PyType.of(a[0]).lookup("__eq__");
            Object r = eq == null ? Singletons.NOT_IMPLEMENTED : Abstract.call(eq, new Object[] {a[0], a[1]}, null);
            return r == Singletons.NOT_IMPLEMENTED ? r : (Object) !Abstract.isTrue(r);
        });
        o.defineMethod("__hash__", (a, k) -> (long) System.identityHashCode(a[0]));
        o.defineMethod("__format__", (a, k) -> {
            if (!((String) a[1]).isEmpty()) {
                throw Errors.typeError("unsupported format string passed to " + Errors.typeName(a[0]) + ".__format__");
            }
            return Abstract.str(a[0]);
        });
        o.defineMethod("__setattr__", (a, k) -> {
            Attributes.genericSet(a[0], PyType.of(a[0]), (String) a[1], a[2]);
            return Singletons.NONE;
        });
        o.defineMethod("__getattribute__", (a, k) -> {
            Object v = Attributes.genericGet(a[0], PyType.of(a[0]), (String) a[1]);
            if (v == null) {
                throw Attributes.missing(a[0], (String) a[1]);
            }
            return v;
        });
        o.defineMethod("__delattr__", (a, k) -> {
            Attributes.genericSet(a[0], PyType.of(a[0]), (String) a[1], null);
            return Singletons.NONE;
        });
        o.define("__new__", new PyStaticMethod(new PyBuiltinFunction("__new__", (a, k) -> {
            if (a.length == 0 || !(a[0] instanceof PyType t)) {
                throw Errors.typeError("object.__new__(X): X is not a type object");
            }
            if (a.length > 1 && TypeCalls.builtinBase(t) == PyType.OBJECT) {
                // arguments are an error unless the class has its own __init__ (to take them)
                if (!TypeCalls.isObjectNew(t.lookup("__new__"))) {
                    throw Errors.typeError("object.__new__() takes exactly one argument (the type to instantiate)");
                }
                if (TypeCalls.isObjectInit(t.lookup("__init__"))) {
                    throw Errors.typeError(t.name + "() takes no arguments");
                }
            }
            PyType base = TypeCalls.builtinBase(t);
            if (base != PyType.OBJECT && !t.isSubtypeOf(PyType.TYPE) && base.javaClass != PyBaseException.class) {
                // CPython names the first class up the chain whose __new__ is not written in Python
                PyType named = t;
                while (named.lookup("__new__") instanceof PyStaticMethod sm && !(sm.function instanceof PyBuiltinFunction)
                        && named.bases.length > 0) {
                    named = named.bases[0];
                }
                throw Errors.typeError("object.__new__(" + t.name + ") is not safe, use " + named.name + ".__new__()");
            }
            return TypeCalls.newInstance(t, Arrays.copyOfRange(a, 1, a.length));
        }, false)));
        o.define("__init_subclass__", new PyClassMethod(new PyBuiltinFunction("__init_subclass__", (a, k) -> {
            if (k != null && k.length > 0) {
                throw Errors.typeError(((PyType) a[0]).name + ".__init_subclass__() takes no keyword arguments");
            }
            return Singletons.NONE;
        }, false)));
        o.define("__subclasshook__", new PyClassMethod(new PyBuiltinFunction("__subclasshook__",
                (a, k) -> Singletons.NOT_IMPLEMENTED, false)));
        PyType.TYPE.defineMethod("mro", (a, k) -> PyList.of(((PyType) a[0]).mro.clone()));
        typeAttributes(PyType.TYPE);
        // Metaclasses: type.__new__(mcs, name, bases, ns, **kw), type.__init__, type.__call__(cls, ...).
        PyType.TYPE.define("__new__", new PyStaticMethod(new PyBuiltinFunction("__new__", (a, k) -> {
            int np = Args.positional(a, k);
            if (np == 2 && a[0] instanceof PyType) {
                return PyType.of(a[1]);
            }
            if (np != 4 || !(a[0] instanceof PyType mcs) || !(a[1] instanceof String name)
                    || !(a[2] instanceof PyTuple bases) || !(a[3] instanceof PyDict ns)) {
                throw Errors.typeError("type.__new__() takes exactly 3 arguments (" + (np - 1) + " given)");
            }
            PyDict kw = new PyDict();
            for (int i = 0; k != null && i < k.length; i++) {
                kw.put(k[i], a[np + i]);
            }
            PyType cls = TypeCalls.newClass(mcs, name, bases, ns);
            Ops.initSubclass(cls, kw);
            return cls;
        }, false)));
        PyType.TYPE.defineMethod("__init__", (a, k) -> Singletons.NONE);
        PyType.TYPE.defineMethod("__call__", (a, k) -> {
            Object[] rest = java.util.Arrays.copyOfRange(a, 1, a.length);
            return TypeCalls.instantiate((PyType) a[0], rest, k);
        });
        PyType.TYPE.defineMethod("__subclasses__", (a, k) -> PyList.of(((PyType) a[0]).subclasses().toArray()));
    }

    /** copyreg.__newobj__: {@code cls.__new__(cls, *args)}, how protocol 2 rebuilds an object. */
    private static final PyBuiltinFunction NEWOBJ = new PyBuiltinFunction("__newobj__", (a, k) -> {
        if (a.length == 0 || !(a[0] instanceof PyType cls)) {
            throw Errors.typeError("__newobj__ expected a class");
        }
        return Abstract.call(Abstract.getAttr(cls, "__new__"), a, null);
    }, false);

    /**
     * {@code object.__reduce_ex__(2+)} (CPython's reduce_newobj): how to rebuild the object, as
     * (__newobj__, (cls, *__getnewargs__()), __getstate__(), list items, dict items).
     */
    private static Object reduceNewObject(Object obj) {
        PyType cls = PyType.of(obj);
        if (cls.isBuiltin && !(obj instanceof PyInstance)) {
            throw Errors.typeError("cannot pickle '" + cls.name + "' object");
        }
        Object[] newArgs = {};
        Object getNewArgs = Attributes.get(obj, "__getnewargs__");
        if (getNewArgs != null) {
            Object r = Abstract.call(getNewArgs, new Object[0], null);
            if (!(r instanceof PyTuple t)) {
                throw Errors.typeError("__getnewargs__ should return a tuple, not '" + Errors.typeName(r) + "'");
            }
            newArgs = t.items;
        }
        Object[] args = new Object[newArgs.length + 1];
        args[0] = cls;
        System.arraycopy(newArgs, 0, args, 1, newArgs.length);
        Object state = Abstract.call(Abstract.getAttr(obj, "__getstate__"), new Object[0], null);
        Object listItems = obj instanceof PyList ? Abstract.iter(obj) : Singletons.NONE;
        Object dictItems = obj instanceof PyDict ? Abstract.iter(Ops.callMethod(obj, "items", new Object[0], null))
                : Singletons.NONE;
        return PyTuple.of(NEWOBJ, new PyTuple(args), state, listItems, dictItems);
    }

    /** The attributes every class has through its metatype (data descriptors of {@code type}). */
    private static void typeAttributes(PyType type) {
        type.defineMethod("__setattr__", (a, k) -> {
            Attributes.setTypeAttribute((PyType) a[0], Strings.strArg(a[1], "__setattr__"), a[2]);
            return Singletons.NONE;
        });
        type.defineMethod("__delattr__", (a, k) -> {
            Attributes.setTypeAttribute((PyType) a[0], Strings.strArg(a[1], "__delattr__"), null);
            return Singletons.NONE;
        });
        type.defineMethod("__getattribute__", (a, k) -> {
            Object v = Attributes.typeAttribute((PyType) a[0], Strings.strArg(a[1], "__getattribute__"));
            if (v == null) {
                throw Attributes.missing(a[0], (String) PyValueInstance.unwrap(a[1]));
            }
            return v;
        });
        type.define("__dict__", new PyGetSetDescriptor("__dict__", type, t -> new PyMappingProxy((PyType) t), null));
        type.define("__name__", new PyGetSetDescriptor("__name__", type, t -> ((PyType) t).name,
                (t, v) -> ((PyType) t).name = typeNameValue((PyType) t, "__name__", v)));
        type.define("__qualname__", new PyGetSetDescriptor("__qualname__", type, t -> ((PyType) t).qualname,
                (t, v) -> ((PyType) t).qualname = typeNameValue((PyType) t, "__qualname__", v)));
        type.define("__module__", new PyGetSetDescriptor("__module__", type, t -> {
            Object m = ((PyType) t).dict.get("__module__");
            return m != null ? m : ((PyType) t).module;
        }, (t, v) -> {
            PyType cls = (PyType) t;
            if (cls.isBuiltin) {
                throw Errors.typeError("cannot set '__module__' attribute of immutable type '" + cls.name + "'");
            }
            if (v instanceof String s) {
                cls.module = s;
            }
            cls.setAttribute("__module__", v);
        }));
        type.define("__mro__", new PyGetSetDescriptor("__mro__", type, t -> new PyTuple(((PyType) t).mro.clone()), null));
        type.define("__bases__", new PyGetSetDescriptor("__bases__", type,
                t -> new PyTuple(((PyType) t).bases.clone()), null));
        type.define("__base__", new PyGetSetDescriptor("__base__", type,
                t -> ((PyType) t).bases.length == 0 ? Singletons.NONE : ((PyType) t).bases[0], null));
    }

    private static String typeNameValue(PyType t, String what, Object v) {
        if (t.isBuiltin) {
            throw Errors.typeError("cannot set '" + what + "' attribute of immutable type '" + t.name + "'");
        }
        if (!(PyValueInstance.unwrap(v) instanceof String s)) {
            throw Errors.typeError("can only assign string to " + t.name + "." + what + ", not '"
                    + (v == null ? "NoneType" : Errors.typeName(v)) + "'");
        }
        return s;
    }

    private static void numbers() {
        PyType i = PyType.INT;
        i.defineMethod("bit_length", (a, k) -> (long) Abstract.big(a[0]).abs().bitLength());
        i.defineMethod("bit_count", (a, k) -> (long) Abstract.big(a[0]).abs().bitCount());
        i.defineMethod("conjugate", (a, k) -> a[0]);
        i.defineMethod("to_bytes", (a, k) -> Builtins.intToBytes(a, k));
        i.define("from_bytes", new PyClassMethod(new PyBuiltinFunction("from_bytes", Builtins::intFromBytes, false)));
        i.defineMethod("__index__", (a, k) -> a[0]);
        i.defineMethod("__int__", (a, k) -> a[0] instanceof Boolean b ? (Object) (b ? 1L : 0L) : a[0]);
        i.defineMethod("__float__", (a, k) -> Abstract.toDouble(a[0]));
        i.defineMethod("__format__", (a, k) -> Formatter.format(a[0], (String) a[1]));
        i.defineMethod("__hash__", (a, k) -> Abstract.hash(a[0]));
        i.defineMethod("as_integer_ratio", (a, k) -> PyTuple.of(a[0], 1L));
        PyType f = PyType.FLOAT;
        f.defineMethod("__round__", (a, k) -> ((PyBuiltinFunction) Builtins.roundFunction()).call(a, k));
        i.defineMethod("__round__", (a, k) -> ((PyBuiltinFunction) Builtins.roundFunction()).call(a, k));
        f.defineMethod("is_integer", (a, k) -> {
            double d = (Double) a[0];
            return !Double.isInfinite(d) && d == Math.floor(d);
        });
        f.defineMethod("hex", (a, k) -> Builtins.floatHex((Double) a[0]));
        f.defineMethod("as_integer_ratio", (a, k) -> Builtins.floatRatio((Double) a[0]));
        f.defineMethod("conjugate", (a, k) -> a[0]);
        f.defineMethod("__format__", (a, k) -> Formatter.format(a[0], (String) a[1]));
        f.defineMethod("__int__", (a, k) -> Builtins.floatToInt((Double) a[0]));
        f.defineMethod("__float__", (a, k) -> a[0]);
        f.defineMethod("__hash__", (a, k) -> Abstract.hash(a[0]));
    }

    private static void exceptions() {
        PyType b = Errors.BASE_EXCEPTION;
        b.defineMethod("__init__", (a, k) -> {
            ((PyBaseException) a[0]).args = new PyTuple(Arrays.copyOfRange(a, 1, Args.positional(a, k)));
            TypeCalls.initException((PyBaseException) a[0]);
            return Singletons.NONE;
        });
        b.defineMethod("with_traceback", (a, k) -> a[0]);
        b.defineMethod("__str__", (a, k) -> ((PyBaseException) a[0]).message());
        b.defineMethod("__repr__", (a, k) -> Reprs.builtinRepr(a[0]));
        b.defineMethod("add_note", (a, k) -> {
            PyBaseException e = (PyBaseException) a[0];
            Object notes = e.dict.computeIfAbsent("__notes__", x -> new PyList());
            ((PyList) notes).append(a[1]);
            return Singletons.NONE;
        });
        Errors.KEY_ERROR.defineMethod("__str__", (a, k) -> {
            PyBaseException e = (PyBaseException) a[0];
            return e.args.size() == 1 ? Abstract.repr(e.args.get(0)) : e.message();
        });
    }

    static List<Object> iterate(Object iterable) {
        List<Object> out = new ArrayList<>();
        PyIterator it = Abstract.iter(iterable);
        for (Object v = it.next(); v != null; v = it.next()) {
            out.add(v);
        }
        return out;
    }
}
