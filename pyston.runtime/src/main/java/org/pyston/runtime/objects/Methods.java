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
        PyType.STR.defineLazily(once(Strings::install));
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
        PyBytes.TYPE.defineLazily(once(() -> BytesMethods.install(PyBytes.TYPE)));
        PyByteArray.TYPE.defineLazily(once(() -> BytesMethods.install(PyByteArray.TYPE)));
        SlotMethods.install();
        for (PyType t : new PyType[] {PyList.TYPE, PyTuple.TYPE, PyRange.TYPE, PyMemoryView.TYPE}) {
            t.collectionFlags = PyType.SEQUENCE;
        }
        PyDict.TYPE.collectionFlags = PyType.MAPPING;
        PyMappingProxy.TYPE.collectionFlags = PyType.MAPPING;
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

    /**
     * A start or stop argument of list.index and tuple.index ({@code a[i]}, or {@code fallback}
     * when absent) as an offset in {@code [0, length]}: negative ones count from the end, and ints
     * of any size are clamped (CPython's slice-index conversion).
     */
    private static long indexBound(Object[] a, int i, long fallback, int length) {
        if (i >= a.length) {
            return fallback;
        }
        Object o = a[i];
        if (!(o instanceof Long || o instanceof Boolean || o instanceof java.math.BigInteger
                || PyType.of(o).lookup("__index__") != null)) {
            throw Errors.typeError("slice indices must be integers or have an __index__ method");
        }
        Object v = Abstract.indexValue(o);
        long n = v instanceof java.math.BigInteger b ? (b.signum() < 0 ? Long.MIN_VALUE / 2 : Long.MAX_VALUE / 2)
                : Abstract.index(v);
        if (n < 0) {
            n = Math.max(0, n + length);
        }
        return Math.min(n, length);
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
            long start = indexBound(a, 2, 0, l.size), stop = indexBound(a, 3, l.size, l.size);
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
            // keywords are an error unless a subclass's own __new__ takes them (as CPython)
            if (l.type() == PyList.TYPE || l.type().lookup("__new__") == PyList.TYPE.lookup("__new__")) {
                Args.noKeywords("list", k);
            }
            int n = Args.positional(a, k) - 1;
            Args.positionalCount("list", n, 0, 1);
            Arrays.fill(l.items, null);
            l.size = 0;
            if (n > 0) {
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
        t.defineMethod("__reversed__", (a, k) -> new PyIterator.ListReverseIterator(selfList(a)));
        t.defineMethod("__delitem__", (a, k) -> {
            Sequences.builtinDelItem(selfList(a), a[1]);
            return Singletons.NONE;
        });
        t.defineMethod("__iadd__", (a, k) -> {
            Sequences.extend(selfList(a), a[1]);
            return a[0];
        });
        t.defineMethod("__imul__", (a, k) -> {
            Sequences.repeatInPlace(selfList(a), Abstract.indexValue(a[1]));
            return a[0];
        });
        sequenceOperators(t);
    }

    /** The operator methods of list and tuple ({@code list.__add__(x)}, ...): what the operators do. */
    private static void sequenceOperators(PyType t) {
        t.defineMethod("__add__", (a, k) -> {
            if (PyType.of(a[1]).isSubtypeOf(t)) {
                return Sequences.binaryOp(Abstract.BinaryOp.ADD, a[0], a[1]);
            }
            throw Errors.typeError("can only concatenate " + t.name + " (not \"" + Errors.typeName(a[1]) + "\") to " + t.name);
        });
        NativeFunction repeat = (a, k) -> Sequences.binaryOp(Abstract.BinaryOp.MUL, a[0], Abstract.indexValue(a[1]));
        t.defineMethod("__mul__", repeat);
        t.defineMethod("__rmul__", repeat);
        comparisons(t);
        if (t == PyList.TYPE) {
            t.define("__hash__", Singletons.NONE);
        }
    }

    /** {@code __eq__} ... {@code __ge__} of a built-in container: its comparison, or NotImplemented. */
    private static void comparisons(PyType t) {
        for (Abstract.CompareOp op : Abstract.CompareOp.values()) {
            t.defineMethod(op.method, (a, k) -> {
                Object r = Sequences.compare(op, a[0], a[1]);
                return r == null ? Singletons.NOT_IMPLEMENTED : r;
            });
        }
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
            return selfDict(a).map.storeIfAbsent(a[1], a.length > 2 ? a[2] : Singletons.NONE);
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
            Object value = a.length > 2 ? a[2] : Singletons.NONE;
            if (d instanceof PyDict pd && pd.type() == PyDict.TYPE) {
                // from a set or a dict: the hashes they hold, no second __hash__ call (as CPython)
                if (a[1] instanceof PySet s && (s.type() == PySet.TYPE || s.type() == PySet.FROZEN_TYPE)) {
                    for (int slot = 0; slot < s.slots(); slot++) {
                        Object key = s.keyAt(slot);
                        if (key != null) {
                            pd.map.store(key, s.hashAt(slot), value);
                        }
                    }
                    return d;
                }
                if (a[1] instanceof PyDict src && src.type() == PyDict.TYPE) {
                    DictTable m = src.map;
                    for (int p = 0; p < m.positions(); p++) {
                        Object key = m.keyAt(p);
                        if (key != null) {
                            pd.map.store(key, m.hashAt(p), value);
                        }
                    }
                    return d;
                }
            }
            PyIterator it = Abstract.iter(a[1]);
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
        t.defineMethod("__or__", (a, k) -> a[1] instanceof PyDict
                ? Sequences.binaryOp(Abstract.BinaryOp.OR, a[0], a[1]) : Singletons.NOT_IMPLEMENTED);
        t.defineMethod("__ror__", (a, k) -> a[1] instanceof PyDict
                ? Sequences.binaryOp(Abstract.BinaryOp.OR, a[1], a[0]) : Singletons.NOT_IMPLEMENTED);
        t.defineMethod("__ior__", (a, k) -> {
            Builtins.updateDict(selfDict(a), a[1]);
            return a[0];
        });
        comparisons(t);
        t.define("__hash__", Singletons.NONE);
    }

    private static void tuple() {
        PyType t = PyTuple.TYPE;
        t.defineMethod("index", (a, k) -> {
            methodArguments(a, k, "tuple.index", 1, 3);
            Object[] items = ((PyTuple) a[0]).items;
            long start = indexBound(a, 2, 0, items.length), stop = indexBound(a, 3, items.length, items.length);
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
        t.defineMethod("__getitem__", (a, k) -> Sequences.builtinGetItem((PyTuple) a[0], a[1]));
        t.defineMethod("__contains__", (a, k) -> Sequences.builtinContains((PyTuple) a[0], a[1]));
        t.defineMethod("__iter__", (a, k) -> Sequences.builtinIter((PyTuple) a[0]));
        t.defineMethod("__hash__", (a, k) -> Abstract.hash(a[0]));
        sequenceOperators(t);
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
            // a frozenset is its own copy
            t.defineMethod("copy", (a, k) -> selfSet(a).type() == PySet.FROZEN_TYPE ? a[0] : selfSet(a).copy());
            t.defineMethod("__len__", (a, k) -> (long) selfSet(a).size());
            // (type, (list of the items,), state): pickle and copy rebuild a set and its subclasses so
            t.defineMethod("__reduce__", (a, k) -> PyTuple.of(PyType.of(a[0]),
                    PyTuple.of(PyList.of(Sequences.toArray(a[0]))), defaultState(a[0], false)));
            t.defineMethod("__contains__", (a, k) -> selfSet(a).contains(a[1]));
            t.defineMethod("__iter__", (a, k) -> new PyIterator.SetIterator(selfSet(a)));
            for (Abstract.BinaryOp op : new Abstract.BinaryOp[] {Abstract.BinaryOp.OR, Abstract.BinaryOp.AND,
                Abstract.BinaryOp.SUB, Abstract.BinaryOp.XOR}) {
                t.defineMethod(op.method, (a, k) -> a[1] instanceof PySet
                        ? Sequences.binaryOp(op, a[0], a[1]) : Singletons.NOT_IMPLEMENTED);
                t.defineMethod(op.reflected, (a, k) -> a[1] instanceof PySet
                        ? Sequences.binaryOp(op, a[1], a[0]) : Singletons.NOT_IMPLEMENTED);
                if (t == PySet.TYPE) {
                    t.defineMethod(op.inplace, (a, k) -> a[1] instanceof PySet other
                            ? selfSet(a).inplace(op, other) : Singletons.NOT_IMPLEMENTED);
                }
            }
            comparisons(t);
        }
        PySet.TYPE.define("__hash__", Singletons.NONE);
        PySet.FROZEN_TYPE.defineMethod("__hash__", (a, k) -> Abstract.hash(a[0]));
        PyType t = PySet.TYPE;
        t.defineMethod("__init__", (a, k) -> {
            Args.noKeywords("set", k);
            Args.positionalCount("set", a.length - 1, 0, 1);
            selfSet(a).clear();
            if (a.length > 1) {
                selfSet(a).update(a[1]);
            }
            return Singletons.NONE;
        });
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

    /**
     * CPython's hackcheck (Carlo Verre's hack): object's __setattr__/__delattr__ do not apply to
     * classes, whose metatype {@code type} sets attributes its own way.
     */
    private static void hackCheck(Object self, String what) {
        if (self instanceof PyType) {
            throw Errors.typeError("can't apply this " + what + " to " + PyType.of(self).name + " object");
        }
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
            Args.oneArgument("object.__reduce_ex__", a, k);
            int protocol = (int) Math.max(Integer.MIN_VALUE, Math.min(Integer.MAX_VALUE, Abstract.index(a[1])));
            Object reduce = Attributes.get(a[0], "__reduce__");
            if (reduce != null && Attributes.get(PyType.of(a[0]), "__reduce__") != PyType.OBJECT.dict.get("__reduce__")) {
                return Abstract.call(reduce, new Object[0], null); // the class's own __reduce__
            }
            return commonReduce(a[0], protocol);
        });
        o.defineMethod("__reduce__", (a, k) -> {
            if (a.length != 1) {
                throw Errors.typeError("object.__reduce__() takes no arguments (" + (a.length - 1) + " given)");
            }
            return commonReduce(a[0], 0);
        });
        o.defineMethod("__getstate__", (a, k) -> defaultState(a[0], false));
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
            return Abstract.strObject(a[0]); // PyObject_Str: a str subclass instance stays one
        });
        o.defineMethod("__setattr__", (a, k) -> {
            hackCheck(a[0], "__setattr__");
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
            hackCheck(a[0], "__delattr__");
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
        }, false, o)));
        o.define("__init_subclass__", new PyClassMethod(new PyBuiltinFunction("__init_subclass__", (a, k) -> {
            if (k != null && k.length > 0) {
                throw Errors.typeError(((PyType) a[0]).name + ".__init_subclass__() takes no keyword arguments");
            }
            return Singletons.NONE;
        }, false)));
        o.define("__subclasshook__", new PyClassMethod(new PyBuiltinFunction("__subclasshook__",
                (a, k) -> Singletons.NOT_IMPLEMENTED, false)));
        PyType.TYPE.defineMethod("mro", (a, k) -> {
            Args.positionalOnly("mro", a, k, 1, 1, false);
            PyType t = (PyType) a[0];
            return PyList.of(PyType.computeMro(t, t.bases)); // CPython's mro_implementation: C3 of the current bases
        });
        typeAttributes(PyType.TYPE);
        // type.__prepare__(name, bases, **kwds): the class body's namespace, a new dict (CPython checks no arguments)
        PyType.TYPE.define("__prepare__", new PyClassMethod(new PyBuiltinFunction("__prepare__", (a, k) -> new PyDict(), false)));
        // Metaclasses: type.__new__(mcs, name, bases, ns, **kw), type.__init__, type.__call__(cls, ...).
        PyType.TYPE.define("__new__", new PyStaticMethod(new PyBuiltinFunction("__new__", (a, k) -> {
            int np = Args.positional(a, k);
            if (np != 4 || !(a[0] instanceof PyType mcs)) {
                throw Errors.typeError("type.__new__() takes exactly 3 arguments (" + (np - 1) + " given)");
            }
            TypeCalls.checkTypeArguments(java.util.Arrays.copyOfRange(a, 1, 4));
            String name = (String) a[1];
            PyTuple bases = (PyTuple) a[2];
            PyDict ns = (PyDict) a[3];
            PyDict kw = new PyDict();
            for (int i = 0; k != null && i < k.length; i++) {
                kw.put(k[i], a[np + i]);
            }
            PyType cls = TypeCalls.newClass(mcs, name, bases, ns);
            Ops.initSubclass(cls, kw);
            return cls;
        }, false, PyType.TYPE)));
        PyType.TYPE.defineMethod("__init__", (a, k) -> Singletons.NONE);
        PyType.TYPE.defineMethod("__call__", (a, k) -> {
            Object[] rest = java.util.Arrays.copyOfRange(a, 1, a.length);
            return TypeCalls.instantiate((PyType) a[0], rest, k);
        });
        PyType.TYPE.defineMethod("__subclasses__", (a, k) -> PyList.of(((PyType) a[0]).subclasses().toArray()));
    }

    /**
     * What {@code object.__reduce_ex__(protocol)} does without a class's own {@code __reduce__}
     * (CPython's _common_reduce): protocol 2 and up rebuild through {@code cls.__new__}, older
     * protocols through {@code copyreg._reduce_ex} (the class's first built-in base made from the object).
     */
    static Object commonReduce(Object obj, int protocol) {
        if (protocol >= 2) {
            return reduceNewObject(obj);
        }
        Object copyreg = Imports.importModule(Gil.current().ctx, "copyreg", null, 0, null);
        return Abstract.call(Abstract.getAttr(copyreg, "_reduce_ex"), new Object[] {obj, (long) protocol}, null);
    }

    /**
     * {@code object.__reduce_ex__(2+)} (CPython's reduce_newobj): how to rebuild the object, as
     * (copyreg.__newobj__, (cls, *args), state, list items, dict items), or with
     * {@code __getnewargs_ex__}'s keywords (copyreg.__newobj_ex__, (cls, args, kwargs), ...).
     */
    private static Object reduceNewObject(Object obj) {
        PyType cls = PyType.of(obj);
        Object[] newArgs = null;
        Object kwargs = null;
        Object getNewArgsEx = cls.lookup("__getnewargs_ex__");
        if (getNewArgsEx != null) {
            Object r = Abstract.call(Attributes.bind(getNewArgsEx, obj, cls), new Object[0], null);
            if (!(r instanceof PyTuple t)) {
                throw Errors.typeError("__getnewargs_ex__ should return a tuple, not '" + Errors.typeName(r) + "'");
            }
            if (t.items.length != 2) {
                throw Errors.typeError("__getnewargs_ex__ should return a tuple of length 2, not " + t.items.length);
            }
            if (!(t.items[0] instanceof PyTuple args)) {
                throw Errors.typeError("first item of the tuple returned by __getnewargs_ex__ must be a tuple, not '"
                        + Errors.typeName(t.items[0]) + "'");
            }
            if (!(t.items[1] instanceof PyDict)) {
                throw Errors.typeError("second item of the tuple returned by __getnewargs_ex__ must be a dict, not '"
                        + Errors.typeName(t.items[1]) + "'");
            }
            newArgs = args.items;
            kwargs = t.items[1];
        } else {
            Object getNewArgs = cls.lookup("__getnewargs__");
            if (getNewArgs != null) {
                Object r = Abstract.call(Attributes.bind(getNewArgs, obj, cls), new Object[0], null);
                if (!(r instanceof PyTuple t)) {
                    throw Errors.typeError("__getnewargs__ should return a tuple, not '" + Errors.typeName(r) + "'");
                }
                newArgs = t.items;
            }
        }
        boolean hasArgs = newArgs != null;
        Object newObj;
        PyTuple callArgs;
        if (kwargs == null || ((PyDict) kwargs).size() == 0) {
            Object[] args = new Object[(hasArgs ? newArgs.length : 0) + 1];
            args[0] = cls;
            if (hasArgs) {
                System.arraycopy(newArgs, 0, args, 1, newArgs.length);
            }
            newObj = copyregFunction("__newobj__");
            callArgs = new PyTuple(args);
        } else {
            newObj = copyregFunction("__newobj_ex__");
            callArgs = PyTuple.of(cls, new PyTuple(newArgs), kwargs);
        }
        Object state = state(obj, !(hasArgs || obj instanceof PyList || obj instanceof PyDict));
        Object listItems = obj instanceof PyList ? Abstract.iter(obj) : Singletons.NONE;
        Object dictItems = obj instanceof PyDict ? Abstract.iter(Ops.callMethod(obj, "items", new Object[0], null))
                : Singletons.NONE;
        return PyTuple.of(newObj, callArgs, state, listItems, dictItems);
    }

    /** A function of the module copyreg (pickle compares the reconstructor with copyreg.__newobj__ by identity). */
    private static Object copyregFunction(String name) {
        Object copyreg = Imports.importModule(Gil.current().ctx, "copyreg", null, 0, null);
        return Abstract.getAttr(copyreg, name);
    }

    /** The state to pickle: the object's {@code __getstate__()}, or the default state when that is object's. */
    static Object state(Object obj, boolean required) {
        Object getstate = Attributes.get(obj, "__getstate__");
        if (getstate == null) {
            throw Attributes.missing(obj, "__getstate__");
        }
        if (getstate instanceof PyBoundMethod m && m.self == obj && m.function == PyType.OBJECT.dict.get("__getstate__")) {
            return defaultState(obj, required);
        }
        return Abstract.call(getstate, new Object[0], null);
    }

    /**
     * {@code object.__getstate__()}: the instance dict (None when empty) and, with slots, a dict of
     * the slots that are set. {@code required}: the state must rebuild the object, so objects
     * with built-in contents beyond dict and slots (a subclass of int, set, an extension type)
     * cannot be pickled this way.
     */
    static Object defaultState(Object obj, boolean required) {
        PyType cls = PyType.of(obj);
        if (required && (TypeCalls.builtinBase(cls) != PyType.OBJECT || cls.isBuiltin && !(obj instanceof PyInstance))) {
            throw Errors.typeError("cannot pickle '" + cls.name + "' object");
        }
        Object d = Attributes.instanceDictObject(obj);
        Object state = d instanceof PyDict dict && dict.size() > 0 ? dict : Singletons.NONE;
        Object names = slotNames(cls);
        if (names instanceof PyList list && list.size > 0) {
            PyDict slots = new PyDict(); // the slots that are set, by name, read as attributes (as CPython)
            for (Object name : list.toArray()) {
                Object v;
                try {
                    v = Attributes.get(obj, Strings.strArg(name, "__getstate__"));
                } catch (PyException e) {
                    if (!e.matches(Errors.ATTRIBUTE_ERROR)) {
                        throw e;
                    }
                    v = null;
                }
                if (v != null) {
                    slots.put(name, v);
                }
            }
            if (slots.size() > 0) {
                return PyTuple.of(state, slots);
            }
        }
        return state;
    }

    /**
     * The names of the class's slots, as CPython's _PyType_GetSlotNames: its own
     * {@code __slotnames__} (a list or None), else what {@code copyreg._slotnames} computes and caches there.
     */
    private static Object slotNames(PyType cls) {
        Object names = cls.ready().dict.get("__slotnames__");
        if (names != null) {
            if (!(names instanceof PyList) && names != Singletons.NONE) {
                throw Errors.typeError(cls.name + ".__slotnames__ should be a list or None, not "
                        + Errors.typeName(names));
            }
            return names;
        }
        names = Abstract.call(copyregFunction("_slotnames"), new Object[] {cls}, null);
        if (!(names instanceof PyList) && names != Singletons.NONE) {
            throw Errors.typeError("copyreg._slotnames didn't return a list or None");
        }
        return names;
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
        // CPython's type_get_annotations / type_set_annotations: a class's own annotations only (a
        // class without any gets an empty dict of its own on first read, never its base's)
        type.define("__annotations__", new PyGetSetDescriptor("__annotations__", type, t -> {
            PyType cls = (PyType) t;
            if (cls.isBuiltin) {
                throw Errors.attributeError("type object '" + cls.name + "' has no attribute '__annotations__'");
            }
            Object ann = cls.dict.get("__annotations__");
            if (ann == null) {
                ann = new PyDict();
                cls.setAttribute("__annotations__", ann);
                return ann;
            }
            Object get = PyType.of(ann).lookup("__get__");
            return get == null ? ann : Abstract.call(get, new Object[] {ann, Singletons.NONE, cls}, null);
        }, (t, v) -> {
            PyType cls = (PyType) t;
            if (v == null && !cls.isBuiltin && cls.dict.get("__annotations__") == null) {
                throw Errors.attributeError("__annotations__");
            }
            cls.setAttribute("__annotations__", v);
        }));
        type.define("__flags__", new PyGetSetDescriptor("__flags__", type, t -> typeFlags((PyType) t), null));
        // CPython's type_get_doc/type_set_doc: the class's own __doc__ entry (a descriptor's __get__ answers)
        type.define("__doc__", new PyGetSetDescriptor("__doc__", type, t -> {
            Object doc = ((PyType) t).ready().dict.get("__doc__");
            if (doc == null || ((PyType) t).isBuiltin && doc instanceof PyGetSetDescriptor) {
                return BuiltinDocs.of((PyType) t); // a built-in type's from the table, else None (type's entry is this descriptor)
            }
            return Attributes.bind(doc, null, (PyType) t); // its __get__(None, cls): a classmethod chains
        }, (t, v) -> {
            PyType cls = (PyType) t;
            if (cls.isBuiltin) {
                throw Errors.typeError("cannot set '__doc__' attribute of immutable type '" + cls.name + "'");
            }
            if (v == null) {
                throw Errors.typeError("cannot delete '__doc__' attribute of immutable type '" + cls.name + "'");
            }
            cls.setAttribute("__doc__", v);
        }));
        type.define("__mro__", new PyGetSetDescriptor("__mro__", type,
                t -> ((PyType) t).incomplete ? Singletons.NONE : new PyTuple(((PyType) t).mro.clone()), null));
        type.define("__bases__", new PyGetSetDescriptor("__bases__", type,
                t -> new PyTuple(((PyType) t).bases.clone()), (t, v) -> ((PyType) t).setBases(v)));
        type.define("__base__", new PyGetSetDescriptor("__base__", type,
                t -> ((PyType) t).base == null ? Singletons.NONE : ((PyType) t).base, null));
    }

    /** CPython's {@code tp_flags} as far as they describe the class here (inspect and copyreg read them). */
    private static long typeFlags(PyType t) {
        long f = 1L << 12; // Py_TPFLAGS_READY
        f |= t.isBuiltin ? 1L << 8 : 1L << 9 | 1L << 14; // IMMUTABLETYPE, or HEAPTYPE and HAVE_GC
        if (!t.isFinal) {
            f |= 1L << 10; // BASETYPE
        }
        if (t.isAbstract) {
            f |= 1L << 20; // IS_ABSTRACT
        }
        PyType[] bases = {PyType.INT, PyList.TYPE, PyTuple.TYPE, PyBytes.TYPE, PyType.STR, PyDict.TYPE,
            Errors.BASE_EXCEPTION, PyType.TYPE};
        for (int i = 0; i < bases.length; i++) {
            if (t.isSubtypeOf(bases[i])) {
                f |= 1L << (24 + i); // LONG_SUBCLASS ... TYPE_SUBCLASS
            }
        }
        return f | t.collectionFlags(); // SEQUENCE, MAPPING (for match statements)
    }

    private static String typeNameValue(PyType t, String what, Object v) {
        if (t.isBuiltin) {
            throw Errors.typeError("cannot set '" + what + "' attribute of immutable type '" + t.name + "'");
        }
        if (!(PyValueInstance.unwrap(v) instanceof String s)) {
            throw Errors.typeError("can only assign string to " + t.name + "." + what + ", not '"
                    + (v == null ? "NoneType" : Errors.typeName(v)) + "'");
        }
        if (what.equals("__name__")) {
            TypeCalls.checkTypeName(s);
        }
        return s;
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
        i.defineMethod("__hash__", (a, k) -> Abstract.hash(a[0]));
        i.defineMethod("as_integer_ratio", (a, k) -> PyTuple.of(a[0] instanceof Boolean b ? (Object) (b ? 1L : 0L) : a[0], 1L));
        PyType f = PyType.FLOAT;
        f.defineMethod("__round__", (a, k) -> ((PyBuiltinFunction) Builtins.roundFunction()).call(a, k));
        i.defineMethod("__round__", (a, k) -> ((PyBuiltinFunction) Builtins.roundFunction()).call(a, k));
        f.defineMethod("is_integer", (a, k) -> {
            double d = (Double) a[0];
            return !Double.isInfinite(d) && d == Math.floor(d);
        });
        f.defineMethod("hex", (a, k) -> Numbers.floatHex((Double) a[0]));
        f.define("__getformat__", new PyClassMethod(new PyBuiltinFunction("__getformat__", (a, k) -> {
            Args.exact("__getformat__", a, k, 2, 2);
            if (!(a[1] instanceof String s)) {
                throw Errors.typeError("__getformat__() argument must be str, not " + Errors.typeName(a[1]));
            }
            if (!s.equals("double") && !s.equals("float")) {
                throw Errors.valueError("__getformat__() argument 1 must be 'double' or 'float'");
            }
            return "IEEE, " + (java.nio.ByteOrder.nativeOrder() == java.nio.ByteOrder.LITTLE_ENDIAN ? "little" : "big")
                    + "-endian"; // Java's float and double are IEEE 754
        }, false)));
        f.define("fromhex", new PyClassMethod(new PyBuiltinFunction("fromhex", (a, k) -> {
            Args.oneArgument("float.fromhex", a, k);
            Object r = Numbers.fromHex(Strings.strArg(a[1], "fromhex"));
            // on a subclass, cls(the float), as CPython
            return a[0] == PyType.FLOAT ? r : Abstract.call(a[0], new Object[] {r}, null);
        }, false, PyType.FLOAT)));
        f.defineMethod("as_integer_ratio", (a, k) -> Builtins.floatRatio((Double) a[0]));
        f.defineMethod("conjugate", (a, k) -> a[0]);
        f.defineMethod("__format__", (a, k) -> Formatter.format(a[0], (String) a[1]));
        f.defineMethod("__int__", (a, k) -> Builtins.floatToInt((Double) a[0]));
        f.defineMethod("__float__", (a, k) -> a[0]);
        f.defineMethod("__hash__", (a, k) -> Abstract.hash(a[0]));
        Numbers.defineOperatorMethods();
    }

    private static void exceptions() {
        PyType b = Errors.BASE_EXCEPTION;
        b.defineMethod("__init__", (a, k) -> {
            ((PyBaseException) a[0]).args = new PyTuple(Arrays.copyOfRange(a, 1, Args.positional(a, k)));
            TypeCalls.initException((PyBaseException) a[0]);
            return Singletons.NONE;
        });
        b.defineMethod("with_traceback", (a, k) -> {
            Args.positionalCount("with_traceback", a.length - 1, 1, 1);
            ((PyBaseException) a[0]).setTraceback(a[1]);
            return a[0];
        });
        b.defineMethod("__reduce__", (a, k) -> {
            PyBaseException e = (PyBaseException) a[0];
            PyDict state = e.picklableState();
            Object args = e.args;
            if (e.type().isSubtypeOf(Errors.OS_ERROR) && e.args.size() == 2) {
                // OSError(errno, strerror, filename[, winerror, filename2]) again
                Object file = e.dict.get("filename"), file2 = e.dict.get("filename2");
                if (file != null && file != Singletons.NONE) {
                    args = file2 != null && file2 != Singletons.NONE
                            ? PyTuple.of(e.args.get(0), e.args.get(1), file, Singletons.NONE, file2)
                            : PyTuple.of(e.args.get(0), e.args.get(1), file);
                }
            }
            return state == null ? PyTuple.of(e.type(), args) : PyTuple.of(e.type(), args, state);
        });
        b.defineMethod("__setstate__", (a, k) -> {
            Args.positionalCount("__setstate__", a.length - 1, 1, 1);
            if (a[1] != Singletons.NONE) {
                if (!(a[1] instanceof PyDict d)) {
                    throw Errors.typeError("state is not a dictionary");
                }
                List<Map.Entry<Object, Object>> entries = new ArrayList<>();
                d.entries().forEach(entries::add);
                for (Map.Entry<Object, Object> entry : entries) {
                    if (!(PyValueInstance.unwrap(entry.getKey()) instanceof String name)) {
                        throw Errors.typeError("attribute name must be string, not '" + Errors.typeName(entry.getKey()) + "'");
                    }
                    Abstract.setAttr(a[0], name, entry.getValue());
                }
            }
            return Singletons.NONE;
        });
        b.defineMethod("__str__", (a, k) -> ((PyBaseException) a[0]).message());
        b.defineMethod("__repr__", (a, k) -> Reprs.builtinRepr(a[0]));
        b.defineMethod("add_note", (a, k) -> {
            PyBaseException e = (PyBaseException) a[0];
            Args.positionalCount("add_note", a.length - 1, 1, 1);
            if (!(a[1] instanceof String) && !PyType.of(a[1]).isSubtypeOf(PyType.STR)) {
                throw Errors.typeError("note must be a str, not '" + Errors.typeName(a[1]) + "'");
            }
            Object notes = e.dict.computeIfAbsent("__notes__", x -> new PyList());
            if (!(notes instanceof PyList list)) {
                throw Errors.typeError("Cannot add note: __notes__ is not a list");
            }
            list.append(a[1]);
            return Singletons.NONE;
        });
        ExceptionGroups.defineMethods();
        for (PyType withKeywords : new PyType[] {Errors.IMPORT_ERROR, Errors.ATTRIBUTE_ERROR, Errors.NAME_ERROR}) {
            withKeywords.defineMethod("__init__", (a, k) -> {
                TypeCalls.initKeywordFields((PyBaseException) a[0], a, k, 1);
                return Singletons.NONE;
            });
        }
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
