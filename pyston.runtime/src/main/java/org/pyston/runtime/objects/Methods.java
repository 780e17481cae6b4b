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
            Object sep = Args.keyword(a, k, "sep");
            Object max = Args.keyword(a, k, "maxsplit");
            int np = Args.positional(a, k);
            return Strings.split(Strings.self(a, "split"), np > 1 ? a[1] : sep,
                    np > 2 ? Abstract.index(a[2]) : max == null ? -1 : Abstract.index(max));
        });
        t.defineMethod("rsplit", (a, k) -> {
            Object sep = Args.keyword(a, k, "sep");
            Object max = Args.keyword(a, k, "maxsplit");
            int np = Args.positional(a, k);
            return Strings.rsplit(Strings.self(a, "rsplit"), np > 1 ? a[1] : sep,
                    np > 2 ? Abstract.index(a[2]) : max == null ? -1 : Abstract.index(max));
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
        t.defineMethod("__add__", (a, k) -> a[1] instanceof String ? Abstract.binaryOp(Abstract.BinaryOp.ADD, a[0], a[1])
                : Singletons.NOT_IMPLEMENTED);
        t.define("maketrans", new PyStaticMethod(new PyBuiltinFunction("maketrans", (a, k) -> {
            PyDict d = new PyDict();
            if (a.length == 1) {
                for (Map.Entry<Object, Object> e : ((PyDict) a[0]).entries()) {
                    Object key = e.getKey();
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

    /** The check of a method taking no arguments, with CPython's message ("dict.keys() takes ..."). */
    private static void noArguments(Object[] a, String[] k, String qualifiedName) {
        if (a.length > 1 || k != null && k.length > 0) {
            throw Errors.typeError(qualifiedName + "() takes no arguments (" + (a.length - 1) + " given)");
        }
    }

    /** The check of a method's positional arguments (self excluded) and of no keywords. */
    private static void methodArguments(Object[] a, String[] k, String qualifiedName, int min, int max) {
        Args.noKeywords(qualifiedName, k);
        Args.positionalCount(qualifiedName.substring(qualifiedName.indexOf('.') + 1), a.length - 1, min, max);
    }

    private static PyList selfList(Object[] a) {
        return (PyList) a[0];
    }

    private static void list() {
        PyType t = PyList.TYPE;
        t.defineMethod("append", (a, k) -> {
            oneArgument(a, k, "list.append");
            selfList(a).append(a[1]);
            return Singletons.NONE;
        });
        t.defineMethod("extend", (a, k) -> {
            oneArgument(a, k, "list.extend");
            Sequences.extend(selfList(a), a[1]);
            return Singletons.NONE;
        });
        t.defineMethod("insert", (a, k) -> {
            methodArguments(a, k, "list.insert", 2, 2);
            PyList l = selfList(a);
            long i = Abstract.index(a[1]);
            if (i < 0) {
                i = Math.max(0, i + l.size);
            }
            l.insert((int) Math.min(i, l.size), a[2]);
            return Singletons.NONE;
        });
        t.defineMethod("pop", (a, k) -> {
            methodArguments(a, k, "list.pop", 0, 1);
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
            oneArgument(a, k, "list.remove");
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
            methodArguments(a, k, "list.index", 1, 3);
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
            oneArgument(a, k, "list.count");
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
            noArguments(a, k, "list.clear");
            PyList l = selfList(a);
            Arrays.fill(l.items, null);
            l.size = 0;
            return Singletons.NONE;
        });
        t.defineMethod("copy", (a, k) -> {
            noArguments(a, k, "list.copy");
            PyList l = selfList(a);
            return new PyList(l.toArray(), l.size);
        });
        t.defineMethod("reverse", (a, k) -> {
            noArguments(a, k, "list.reverse");
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
        t.defineMethod("__getitem__", (a, k) -> Abstract.getItem(a[0], a[1]));
        t.defineMethod("__setitem__", (a, k) -> {
            Abstract.setItem(a[0], a[1], a[2]);
            return Singletons.NONE;
        });
        t.defineMethod("__contains__", (a, k) -> Abstract.contains(a[0], a[1]));
        t.defineMethod("__iter__", (a, k) -> Abstract.iter(a[0]));
    }

    private static PyDict selfDict(Object[] a) {
        return (PyDict) a[0];
    }

    private static void dict() {
        PyType t = PyDict.TYPE;
        t.defineMethod("get", (a, k) -> {
            methodArguments(a, k, "dict.get", 1, 2);
            Object v = selfDict(a).get(a[1]);
            return v != null ? v : a.length > 2 ? a[2] : Singletons.NONE;
        });
        t.defineMethod("setdefault", (a, k) -> {
            methodArguments(a, k, "dict.setdefault", 1, 2);
            PyDict d = selfDict(a);
            Object v = d.get(a[1]);
            if (v == null) {
                v = a.length > 2 ? a[2] : Singletons.NONE;
                d.put(a[1], v);
            }
            return v;
        });
        t.defineMethod("pop", (a, k) -> {
            methodArguments(a, k, "dict.pop", 1, 2);
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
            noArguments(a, k, "dict.popitem");
            Object[] item = selfDict(a).map.popLast();
            if (item == null) {
                throw Errors.of(Errors.KEY_ERROR, "popitem(): dictionary is empty");
            }
            return PyTuple.of(item[0], item[1]);
        });
        t.defineMethod("keys", (a, k) -> {
            noArguments(a, k, "dict.keys");
            return new PyDictView(selfDict(a), PyIterator.KEYS);
        });
        t.defineMethod("values", (a, k) -> {
            noArguments(a, k, "dict.values");
            return new PyDictView(selfDict(a), PyIterator.VALUES);
        });
        t.defineMethod("items", (a, k) -> {
            noArguments(a, k, "dict.items");
            return new PyDictView(selfDict(a), PyIterator.ITEMS);
        });
        NativeFunction update = (a, k) -> {
            Args.positionalCount("update", Args.positional(a, k) - 1, 0, 1);
            Builtins.fillDict(selfDict(a), a, k, 1);
            return Singletons.NONE;
        };
        t.defineMethod("update", update);
        t.defineMethod("__init__", update);
        t.defineMethod("clear", (a, k) -> {
            noArguments(a, k, "dict.clear");
            selfDict(a).map.clear();
            return Singletons.NONE;
        });
        t.defineMethod("copy", (a, k) -> {
            noArguments(a, k, "dict.copy");
            PyDict d = new PyDict();
            d.map.storeAll(selfDict(a).map);
            return d;
        });
        t.define("fromkeys", new PyClassMethod(new PyBuiltinFunction("fromkeys", (a, k) -> {
            methodArguments(a, k, "dict.fromkeys", 1, 2);
            // on a subclass, an instance of it filled through its __setitem__
            Object d = a[0] == PyDict.TYPE ? new PyDict() : Abstract.call(a[0], new Object[0], null);
            PyIterator it = Abstract.iter(a[1]);
            Object value = a.length > 2 ? a[2] : Singletons.NONE;
            for (Object key = it.next(); key != null; key = it.next()) {
                if (d instanceof PyDict pd && pd.type() == PyDict.TYPE) {
                    pd.put(key, value);
                } else {
                    Abstract.setItem(d, key, value);
                }
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
        t.defineMethod("__iter__", (a, k) -> new PyIterator.DictIterator(selfDict(a), PyIterator.KEYS));
        t.defineMethod("__reversed__", (a, k) -> new PyIterator.DictIterator(selfDict(a), PyIterator.KEYS, true));
    }

    private static void tuple() {
        PyType t = PyTuple.TYPE;
        t.defineMethod("index", (a, k) -> {
            methodArguments(a, k, "tuple.index", 1, 3);
            Object[] items = ((PyTuple) a[0]).items;
            long start = intArg(a, 2, 0), stop = intArg(a, 3, items.length);
            if (start < 0) {
                start = Math.max(0, start + items.length);
            }
            if (stop < 0) {
                stop = Math.max(0, stop + items.length);
            }
            for (int i = (int) start; i < Math.min(stop, items.length); i++) {
                if (items[i] == a[1] || Abstract.eq(items[i], a[1])) {
                    return (long) i;
                }
            }
            throw Errors.valueError("tuple.index(x): x not in tuple");
        });
        t.defineMethod("count", (a, k) -> {
            oneArgument(a, k, "tuple.count");
            long c = 0;
            for (Object x : ((PyTuple) a[0]).items) {
                if (x == a[1] || Abstract.eq(x, a[1])) {
                    c++;
                }
            }
            return c;
        });
        t.defineMethod("__len__", (a, k) -> (long) ((PyTuple) a[0]).items.length);
        t.defineMethod("__getitem__", (a, k) -> Abstract.getItem(a[0], a[1]));
    }

    private static PySet selfSet(Object[] a) {
        return (PySet) a[0];
    }

    /** The check of a method taking exactly one argument, with CPython's message ("set.add() takes ..."). */
    private static void oneArgument(Object[] a, String[] k, String qualifiedName) {
        if (k != null && k.length > 0) {
            throw Errors.typeError(qualifiedName + "() takes no keyword arguments");
        }
        if (a.length != 2) {
            throw Errors.typeError(qualifiedName + "() takes exactly one argument (" + (a.length - 1) + " given)");
        }
    }

    private static void set() {
        for (PyType t : new PyType[] {PySet.TYPE, PySet.FROZEN_TYPE}) {
            t.defineMethod("union", (a, k) -> {
                PySet r = selfSet(a).copy();
                for (int i = 1; i < a.length; i++) {
                    if (a[i] != a[0]) {
                        r.update(a[i]);
                    }
                }
                return r;
            });
            t.defineMethod("intersection", (a, k) -> {
                PySet r = selfSet(a);
                if (a.length == 1) {
                    return r.copy();
                }
                for (int i = 1; i < a.length; i++) {
                    r = r.intersection(a[i]);
                }
                return r;
            });
            t.defineMethod("difference", (a, k) -> {
                if (a.length == 1) {
                    return selfSet(a).copy();
                }
                PySet r = selfSet(a).difference(a[1]);
                for (int i = 2; i < a.length; i++) {
                    r.differenceUpdate(a[i]);
                }
                return r;
            });
            t.defineMethod("symmetric_difference", (a, k) -> {
                oneArgument(a, k, selfSet(a).type().name + ".symmetric_difference");
                return selfSet(a).symmetricDifference(a[1]);
            });
            t.defineMethod("issubset", (a, k) -> {
                oneArgument(a, k, selfSet(a).type().name + ".issubset");
                return selfSet(a).isSubset(a[1] instanceof PySet o ? o : PySet.of(true, a[1]));
            });
            t.defineMethod("issuperset", (a, k) -> {
                oneArgument(a, k, selfSet(a).type().name + ".issuperset");
                if (a[1] instanceof PySet o) {
                    return o.isSubset(selfSet(a));
                }
                PyIterator it = Abstract.iter(a[1]);
                for (Object v = it.next(); v != null; v = it.next()) {
                    if (!selfSet(a).contains(v)) {
                        return false;
                    }
                }
                return true;
            });
            t.defineMethod("isdisjoint", (a, k) -> {
                oneArgument(a, k, selfSet(a).type().name + ".isdisjoint");
                return selfSet(a).isDisjoint(a[1]);
            });
            t.defineMethod("copy", (a, k) -> selfSet(a).copy());
            t.defineMethod("__len__", (a, k) -> (long) selfSet(a).size());
            t.defineMethod("__contains__", (a, k) -> selfSet(a).contains(a[1]));
            t.defineMethod("__iter__", (a, k) -> new PyIterator.SetIterator(selfSet(a)));
        }
        PyType t = PySet.TYPE;
        t.defineMethod("add", (a, k) -> {
            oneArgument(a, k, selfSet(a).type().name + ".add");
            selfSet(a).add(a[1]);
            return Singletons.NONE;
        });
        t.defineMethod("discard", (a, k) -> {
            oneArgument(a, k, selfSet(a).type().name + ".discard");
            selfSet(a).remove(a[1]);
            return Singletons.NONE;
        });
        t.defineMethod("remove", (a, k) -> {
            oneArgument(a, k, selfSet(a).type().name + ".remove");
            if (!selfSet(a).remove(a[1])) {
                throw new PyBaseException(Errors.KEY_ERROR, PyTuple.of(a[1])).toThrowable();
            }
            return Singletons.NONE;
        });
        t.defineMethod("pop", (a, k) -> {
            Object key = selfSet(a).pop();
            if (key == null) {
                throw Errors.of(Errors.KEY_ERROR, "pop from an empty set");
            }
            return key;
        });
        t.defineMethod("clear", (a, k) -> {
            selfSet(a).clear();
            return Singletons.NONE;
        });
        t.defineMethod("update", (a, k) -> {
            for (int i = 1; i < a.length; i++) {
                selfSet(a).update(a[i]);
            }
            return Singletons.NONE;
        });
        t.defineMethod("difference_update", (a, k) -> {
            for (int i = 1; i < a.length; i++) {
                selfSet(a).differenceUpdate(a[i]);
            }
            return Singletons.NONE;
        });
        t.defineMethod("intersection_update", (a, k) -> {
            for (int i = 1; i < a.length; i++) {
                selfSet(a).intersectionUpdate(a[i]);
            }
            return Singletons.NONE;
        });
        t.defineMethod("symmetric_difference_update", (a, k) -> {
            oneArgument(a, k, selfSet(a).type().name + ".symmetric_difference_update");
            selfSet(a).symmetricDifferenceUpdate(a[1]);
            return Singletons.NONE;
        });
    }

    private static void object() {
        PyType o = PyType.OBJECT;
        o.defineMethod("__init__", (a, k) -> Singletons.NONE);
        // every type answers __doc__ (the built-in ones carry no doc strings here)
        o.define("__doc__", Singletons.NONE);
        o.defineMethod("__repr__", (a, k) -> Reprs.builtinRepr(a[0]));
        o.defineMethod("__str__", (a, k) -> Abstract.repr(a[0]));
        o.defineMethod("__eq__", (a, k) -> a[0] == a[1] ? (Object) true : Singletons.NOT_IMPLEMENTED);
        o.defineMethod("__ne__", (a, k) -> a[0] == a[1] ? (Object) false : Singletons.NOT_IMPLEMENTED);
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

    private static void numbers() {
        PyType i = PyType.INT;
        i.defineMethod("bit_length", (a, k) -> (long) Abstract.big(a[0]).abs().bitLength());
        i.defineMethod("bit_count", (a, k) -> (long) Abstract.big(a[0]).abs().bitCount());
        i.defineMethod("conjugate", (a, k) -> a[0] instanceof Boolean b ? (Object) (b ? 1L : 0L) : a[0]);
        i.defineMethod("to_bytes", (a, k) -> Builtins.intToBytes(a, k));
        i.define("from_bytes", new PyClassMethod(new PyBuiltinFunction("from_bytes", Builtins::intFromBytes, false)));
        i.defineMethod("__index__", (a, k) -> a[0] instanceof Boolean b ? (Object) (b ? 1L : 0L) : a[0]);
        i.defineMethod("__int__", (a, k) -> a[0] instanceof Boolean b ? (Object) (b ? 1L : 0L) : a[0]);
        i.defineMethod("__float__", (a, k) -> Abstract.toDouble(a[0]));
        i.defineMethod("__format__", (a, k) -> Formatter.format(a[0], (String) a[1]));
        i.defineMethod("__add__", (a, k) -> numeric(a, Abstract.BinaryOp.ADD));
        i.defineMethod("__sub__", (a, k) -> numeric(a, Abstract.BinaryOp.SUB));
        i.defineMethod("__mul__", (a, k) -> numeric(a, Abstract.BinaryOp.MUL));
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
        f.defineMethod("__add__", (a, k) -> numeric(a, Abstract.BinaryOp.ADD));
        f.defineMethod("__sub__", (a, k) -> numeric(a, Abstract.BinaryOp.SUB));
        f.defineMethod("__mul__", (a, k) -> numeric(a, Abstract.BinaryOp.MUL));
        f.defineMethod("__truediv__", (a, k) -> numeric(a, Abstract.BinaryOp.TRUEDIV));
    }

    private static Object numeric(Object[] a, Abstract.BinaryOp op) {
        Object b = a[1];
        if (b instanceof Long || b instanceof Double || b instanceof BigInteger || b instanceof Boolean) {
            return Abstract.binaryOp(op, a[0], b);
        }
        return Singletons.NOT_IMPLEMENTED;
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
        ExceptionGroups.defineMethods();
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
