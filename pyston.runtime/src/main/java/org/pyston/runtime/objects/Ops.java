package org.pyston.runtime.objects;

import java.util.Arrays;
import org.pyston.api.code.CodeUnit;
import org.pyston.api.code.LineTable;
import org.pyston.api.code.Opcode;

/**
 * What the instructions of {@link org.pyston.api.code.Opcode} do beyond the generic operations
 * of {@link Abstract}: name lookup in frames, building functions and classes, unpacking,
 * imports, raising and matching exceptions, with-statements, formatting, generator delegation.
 * Written once for every tier: the interpreter calls these, and so will compiled code.
 */
public final class Ops {
    private Ops() {
    }

    public static Object loadGlobal(PyFrame f, String name) {
        Object v = f.globals.getStr(name);
        if (v == null) {
            v = f.builtins.getStr(name);
            if (v == null) {
                throw Errors.nameError(name);
            }
        }
        return v;
    }

    public static Object loadName(PyFrame f, String name) {
        Object v = f.locals == null ? null : namespaceGet(f.locals, name);
        return v != null ? v : loadGlobal(f, name);
    }

    /**
     * The name in a namespace mapping, or null. A mapping other than an exact dict (enum's
     * _EnumDict from __prepare__, exec's locals) is asked through its own __getitem__, as CPython.
     */
    private static Object namespaceGet(Object namespace, String name) {
        if (namespace instanceof PyDict d && d.type() == PyDict.TYPE) {
            return d.getStr(name);
        }
        try {
            return Abstract.getItem(namespace, name);
        } catch (PyException e) {
            if (!e.matches(Errors.KEY_ERROR)) {
                throw e;
            }
            return null;
        }
    }

    /**
     * SETUP_ANNOTATIONS: a module or class body with annotations gets an empty __annotations__
     * unless its namespace has one, looked up as CPython does (a dict's own, else the mapping's
     * __getitem__ with KeyError meaning none).
     */
    public static void setupAnnotations(PyFrame f) {
        Object namespace = f.locals != null ? f.locals : f.globals;
        if (namespaceGet(namespace, "__annotations__") == null) {
            Abstract.setItem(namespace, "__annotations__", new PyDict());
        }
    }

    public static void storeName(PyFrame f, String name, Object value) {
        if (f.locals == null) {
            f.globals.put(name, value);
        } else if (f.exactLocalsDict() != null) {
            ((PyDict) f.locals).put(name, value);
        } else {
            Abstract.setItem(f.locals, name, value);
        }
    }

    public static void deleteName(PyFrame f, String name) {
        if (f.locals == null || f.exactLocalsDict() != null) {
            if ((f.locals == null ? f.globals : (PyDict) f.locals).remove(name) == null) {
                throw Errors.nameError(name);
            }
            return;
        }
        try {
            Abstract.delItem(f.locals, name);
        } catch (PyException e) {
            if (e.matches(Errors.KEY_ERROR)) {
                throw Errors.nameError(name);
            }
            throw e;
        }
    }

    public static void deleteGlobal(PyFrame f, String name) {
        if (f.globals.remove(name) == null) {
            throw Errors.nameError(name);
        }
    }

    public static PyException unboundLocal(CodeUnit u, int index) {
        String name = u.localNames[index];
        return Errors.of(Errors.UNBOUND_LOCAL_ERROR, "cannot access local variable '" + name
                + "' where it is not associated with a value");
    }

    public static Object loadDeref(PyFrame f, int index) {
        Object v = ((PyCell) f.cells[index]).contents;
        if (v == null) {
            CodeUnit u = f.code;
            if (index < u.cellNames.length) {
                return raise(Errors.of(Errors.UNBOUND_LOCAL_ERROR, "cannot access local variable '"
                        + u.cellNames[index] + "' where it is not associated with a value"));
            }
            throw Errors.of(Errors.NAME_ERROR, "cannot access free variable '" + u.freeNames[index - u.cellNames.length]
                    + "' where it is not associated with a value in enclosing scope");
        }
        return v;
    }

    private static Object raise(PyException e) {
        throw e;
    }

    public static Object loadClassDeref(PyFrame f, String name, int index) {
        Object v = f.locals == null ? null : namespaceGet(f.locals, name);
        return v != null ? v : loadDeref(f, index);
    }

    public static PyFunction makeFunction(PyFrame f, PyCode code, Object defaults, Object kwdefaults, Object closure) {
        PyCell[] cells = null;
        if (closure instanceof PyTuple t) {
            cells = new PyCell[t.items.length];
            for (int i = 0; i < cells.length; i++) {
                cells[i] = (PyCell) t.items[i];
            }
        }
        PyFunction fn = new PyFunction(f.context, code, f.globals, defaults instanceof PyTuple d ? d.items : null,
                kwdefaults instanceof PyDict k ? k : null, cells);
        return fn;
    }

    /** {@code class NAME(bases, **kwargs): body} — metaclass, namespace, body, __class__ cell. */
    /**
     * PEP 560: a base that is not a type may stand for others through {@code __mro_entries__}
     * (typing's generic aliases do). Returns {@code bases} itself when nothing was replaced.
     */
    static PyTuple resolveMroEntries(PyTuple bases) {
        java.util.List<Object> resolved = null;
        for (int i = 0; i < bases.items.length; i++) {
            Object b = bases.items[i];
            Object entries = b instanceof PyType ? null : Attributes.get(b, "__mro_entries__");
            if (entries == null) {
                if (resolved != null) {
                    resolved.add(b);
                }
                continue;
            }
            if (resolved == null) {
                resolved = new java.util.ArrayList<>(java.util.Arrays.asList(bases.items).subList(0, i));
            }
            Object r = Abstract.call(entries, new Object[] {bases}, null);
            if (!(r instanceof PyTuple t)) {
                throw Errors.typeError("__mro_entries__ must return a tuple");
            }
            resolved.addAll(java.util.Arrays.asList(t.items));
        }
        return resolved == null ? bases : new PyTuple(resolved.toArray());
    }

    /** The {@code __build_class__} builtin: (func, name, *bases, metaclass=..., **kwds). */
    public static Object buildClassBuiltin(ExecutionContext ctx, Object[] a, String[] k) {
        int npos = Args.positional(a, k);
        if (npos < 2) {
            throw Errors.typeError("__build_class__: not enough arguments");
        }
        if (!(a[0] instanceof PyFunction body)) {
            throw Errors.typeError("__build_class__: func must be a function");
        }
        if (!(a[1] instanceof String name)) {
            throw Errors.typeError("__build_class__: name is not a string");
        }
        PyDict kwargs = null;
        if (k != null && k.length > 0) {
            kwargs = new PyDict();
            for (int i = 0; i < k.length; i++) {
                kwargs.put(k[i], a[npos + i]);
            }
        }
        return buildClass(ctx.topFrame, body, name, new PyTuple(Arrays.copyOfRange(a, 2, npos)), kwargs);
    }

    public static Object buildClass(PyFrame f, PyFunction body, String name, PyTuple bases, PyDict kwargs) {
        Object meta = null;
        PyDict kw = new PyDict();
        if (kwargs != null) {
            for (java.util.Map.Entry<Object, Object> e : kwargs.entries()) {
                if ("metaclass".equals(e.getKey())) {
                    meta = e.getValue();
                } else {
                    kw.put(e.getKey(), e.getValue());
                }
            }
        }
        PyTuple origBases = bases;
        bases = resolveMroEntries(bases);
        if (meta == null) {
            meta = bases.size() == 0 ? PyType.TYPE : PyType.of(bases.get(0));
            for (Object b : bases.items) {
                PyType bt = PyType.of(b);
                if (meta instanceof PyType mt && bt.isSubtypeOf(mt)) {
                    meta = bt;
                }
            }
        }
        if (meta instanceof PyType winner) {
            for (Object b : bases.items) {
                PyType bt = PyType.of(b);
                if (!winner.isSubtypeOf(bt)) {
                    if (bt.isSubtypeOf(winner)) {
                        winner = bt;
                    } else {
                        throw Errors.typeError("metaclass conflict: the metaclass of a derived class must be a "
                                + "(non-strict) subclass of the metaclasses of all its bases");
                    }
                }
            }
            meta = winner;
        }
        Object ns;
        Object prepare = meta == PyType.TYPE ? null : Attributes.get(meta, "__prepare__");
        if (prepare != null) {
            String[] kwnames = new String[kw.size()];
            Object[] args = new Object[2 + kw.size()];
            args[0] = name;
            args[1] = bases;
            int i = 0;
            for (java.util.Map.Entry<Object, Object> e : kw.entries()) {
                kwnames[i] = (String) e.getKey();
                args[2 + i++] = e.getValue();
            }
            ns = Abstract.call(prepare, args, kwnames.length == 0 ? null : kwnames);
            if (!(ns instanceof PyDict) && PyType.of(ns).lookup("__getitem__") == null) {
                throw Errors.typeError((meta instanceof PyType mt ? mt.name : "<metaclass>")
                        + ".__prepare__() must return a mapping, not " + Errors.typeName(ns));
            }
        } else {
            ns = new PyDict();
        }
        if (bases != origBases) {
            Abstract.setItem(ns, "__orig_bases__", origBases);
        }
        PyFrame frame = new PyFrame(f.context, body.code, body.globals, ns, null, null);
        CodeUnit u = body.code.unit;
        int ncells = u.cellNames.length + u.freeNames.length;
        if (ncells > 0) {
            Object[] cells = new Object[ncells];
            for (int i = 0; i < u.cellNames.length; i++) {
                cells[i] = new PyCell(null);
            }
            if (body.closure != null) {
                System.arraycopy(body.closure, 0, cells, u.cellNames.length, body.closure.length);
            }
            frame = new PyFrame(f.context, body.code, body.globals, ns, cells, null);
        }
        Object classCell = f.context.run(frame);
        Object cls;
        if (meta == PyType.TYPE && ns instanceof PyDict nsDict) {
            cls = TypeCalls.newClass(PyType.TYPE, name, bases, nsDict);
            initSubclass((PyType) cls, kw);
        } else if (meta instanceof PyType mt && !mt.isBuiltin) {
            String[] kwnames = new String[kw.size()];
            Object[] args = new Object[3 + kw.size()];
            args[0] = name;
            args[1] = bases;
            args[2] = ns;
            int i = 0;
            for (java.util.Map.Entry<Object, Object> e : kw.entries()) {
                kwnames[i] = (String) e.getKey();
                args[3 + i++] = e.getValue();
            }
            Object newM = mt.lookup("__new__");
            if (newM != null && !(newM instanceof PyBuiltinFunction) && !(newM instanceof PyStaticMethod s
                    && s.function instanceof PyBuiltinFunction) || !(ns instanceof PyDict)) {
                cls = Abstract.call(mt, args, kwnames.length == 0 ? null : kwnames);
            } else {
                PyType t = TypeCalls.newClass(mt, name, bases, (PyDict) ns);
                Object init = mt.lookup("__init__");
                if (init instanceof PyFunction) {
                    Object[] full = new Object[args.length + 1];
                    full[0] = t;
                    System.arraycopy(args, 0, full, 1, args.length);
                    Abstract.call(init, full, kwnames.length == 0 ? null : kwnames);
                }
                initSubclass(t, kw);
                cls = t;
            }
        } else {
            cls = Abstract.call(meta, new Object[] {name, bases, ns}, null);
        }
        // as CPython: checked only when the metaclass made a class
        if (cls instanceof PyType && classCell instanceof PyCell c && c.contents != cls) {
            if (c.contents == null) {
                throw Errors.of(Errors.RUNTIME_ERROR, "__class__ not set defining " + Abstract.repr(name) + " as "
                        + Abstract.repr(cls) + ". Was __classcell__ propagated to type.__new__?");
            }
            throw Errors.typeError("__class__ set to " + Abstract.repr(c.contents) + " defining " + Abstract.repr(name)
                    + " as " + Abstract.repr(cls));
        }
        return cls;
    }

    /** The parent's {@code __init_subclass__} with the class keywords. */
    static void initSubclass(PyType cls, PyDict kw) {
        // as CPython: super(cls, cls).__init_subclass__(**kw), so a custom MRO without cls fails the check
        int self = java.util.Arrays.asList(cls.mro).indexOf(cls);
        if (self < 0) {
            throw Errors.typeError("super(type, obj): obj must be an instance or subtype of type");
        }
        for (int i = self + 1; i < cls.mro.length; i++) {
            Object m = cls.mro[i].ready().dict.get("__init_subclass__");
            if (m != null) {
                Object fn = m instanceof PyClassMethod c ? c.function : m;
                String[] kwnames = new String[kw.size()];
                Object[] args = new Object[1 + kw.size()];
                args[0] = cls;
                int k = 0;
                for (java.util.Map.Entry<Object, Object> e : kw.entries()) {
                    kwnames[k] = (String) e.getKey();
                    args[1 + k++] = e.getValue();
                }
                if (fn instanceof PyBuiltinFunction && kwnames.length > 0) {
                    throw Errors.typeError(cls.name + ".__init_subclass__() takes no keyword arguments");
                }
                Abstract.call(fn, args, kwnames.length == 0 ? null : kwnames);
                return;
            }
        }
    }

    /** Unpacks {@code src} into {@code regs[first ..]}: {@code count} targets, one starred at {@code star} (or -1). */
    public static void unpack(Object[] regs, int first, Object src, int count, int star) {
        Object[] items;
        if (src instanceof PyTuple t && t.type() == PyTuple.TYPE) {
            items = t.items;
        } else if (src instanceof PyList l && l.type() == PyList.TYPE) {
            items = l.toArray(); // exact types only: a subclass may define __iter__
        } else {
            PyIterator it;
            try {
                it = Abstract.iter(src);
            } catch (PyException e) {
                if (e.matches(Errors.TYPE_ERROR)) {
                    throw Errors.typeError("cannot unpack non-iterable " + Errors.typeName(src) + " object");
                }
                throw e;
            }
            if (star < 0) {
                for (int i = 0; i < count; i++) {
                    Object v = it.next();
                    if (v == null) {
                        throw Errors.valueError("not enough values to unpack (expected " + count + ", got " + i + ")");
                    }
                    regs[first + i] = v;
                }
                if (it.next() != null) {
                    throw Errors.valueError("too many values to unpack (expected " + count + ")");
                }
                return;
            }
            items = Sequences.toArray(it);
        }
        if (star < 0) {
            if (items.length != count) {
                if (items.length < count) {
                    throw Errors.valueError("not enough values to unpack (expected " + count + ", got " + items.length
                            + ")");
                }
                throw Errors.valueError("too many values to unpack (expected " + count + ")");
            }
            System.arraycopy(items, 0, regs, first, count);
            return;
        }
        int after = count - star - 1;
        if (items.length < count - 1) {
            throw Errors.valueError("not enough values to unpack (expected at least " + (count - 1) + ", got "
                    + items.length + ")");
        }
        System.arraycopy(items, 0, regs, first, star);
        int middle = items.length - star - after;
        regs[first + star] = new PyList(Arrays.copyOfRange(items, star, star + middle), middle);
        System.arraycopy(items, star + middle, regs, first + star + 1, after);
    }

    public static Object importName(PyFrame f, String name, Object fromlist, int level) {
        return Imports.importModule(f.context, name, fromlist, level, f.globals);
    }

    /** {@code IMPORT_FROM} with CPython's fallback to a circularly imported submodule in sys.modules. */
    public static Object importFrom(PyFrame f, Object module, String name) {
        return Imports.importFrom(f.context, module, name);
    }

    public static void importStar(PyFrame f, Object module) {
        Imports.importStar(module, (name, value) -> storeName(f, name, value));
    }

    /** {@code raise exc from cause}; a bare raise re-raises the exception being handled. */
    public static PyException raise(PyFrame f, Object exc, Object cause) {
        if (exc == null) {
            PyBaseException current = f.context.currentHandled();
            if (current == null) {
                return Errors.of(Errors.RUNTIME_ERROR, "No active exception to reraise");
            }
            return current.toThrowable();
        }
        PyBaseException e = toException(exc);
        if (cause != null) {
            if (cause == Singletons.NONE) {
                e.cause = null;
            } else if (cause instanceof PyBaseException || cause instanceof PyType ct && ct.isSubtypeOf(Errors.BASE_EXCEPTION)) {
                e.cause = toException(cause);
            } else {
                return Errors.typeError("exception causes must derive from BaseException");
            }
            e.suppressContext = true;
        }
        // an explicit raise chains to the exception being handled (replacing an older context)
        // and puts this frame's entry on the traceback again
        PyBaseException handled = f.context.currentHandled();
        if (handled != null) {
            chainContext(e, handled);
        }
        e.lastFrame = null;
        return e.toThrowable();
    }

    /**
     * RERAISE: {@code exc} again; with {@code restore}, the frame's position first goes back to
     * where the exception last reached a handler in it, as CPython's RERAISE restores f_lasti
     * in a cleanup handler: f_lineno stays the line that raised.
     */
    public static PyException reraise(PyFrame f, Object exc, boolean restore) {
        PyBaseException e = (PyBaseException) exc;
        if (restore && e.lastFrame == f) {
            f.pc = e.lastPc;
            e.keepLastPc = true; // the handler it reaches next keeps this position, not the RERAISE's
        }
        return e.toThrowable();
    }

    /**
     * {@code e.__context__ = handled} as CPython's implicit chaining: unless they are the same, and
     * first cutting {@code handled}'s context chain where it reaches {@code e}, so no cycle is
     * made (a cycle that already exists is left, without hanging on it).
     */
    static void chainContext(PyBaseException e, PyBaseException handled) {
        if (handled == e) {
            return;
        }
        PyBaseException o = handled, slow = handled;
        boolean toggle = false;
        while (o.context instanceof PyBaseException context) {
            if (context == e) {
                o.context = null;
                break;
            }
            o = context;
            if (o == slow) {
                break; // a cycle that was there before
            }
            if (toggle) {
                slow = (PyBaseException) slow.context;
            }
            toggle = !toggle;
        }
        e.context = handled;
    }

    private static PyBaseException toException(Object exc) {
        if (exc instanceof PyBaseException e) {
            return e;
        }
        if (exc instanceof PyType t && t.isSubtypeOf(Errors.BASE_EXCEPTION)) {
            Object inst = Abstract.call(t, new Object[0], null);
            if (inst instanceof PyBaseException e) {
                return e;
            }
            throw Errors.typeError("calling " + Abstract.repr(t) + " should have returned an instance of BaseException, not "
                    + Errors.typeName(inst));
        }
        throw Errors.typeError("exceptions must derive from BaseException");
    }

    /** EXC_MATCH: every class of a tuple is checked before any is matched, as CPython. */
    public static boolean excMatch(Object exc, Object type) {
        if (type instanceof PyTuple t) {
            for (Object x : t.items) {
                checkCatchable(x);
            }
            for (Object x : t.items) {
                if (PyType.of(exc).isSubtypeOf((PyType) x)) {
                    return true;
                }
            }
            return false;
        }
        checkCatchable(type);
        return PyType.of(exc).isSubtypeOf((PyType) type);
    }

    private static void checkCatchable(Object type) {
        if (!(type instanceof PyType pt) || !pt.isSubtypeOf(Errors.BASE_EXCEPTION)) {
            throw Errors.typeError("catching classes that do not inherit from BaseException is not allowed");
        }
    }

    /** Records that {@code e} passed through frame {@code f} at {@code pc}; sets implicit chaining once. */
    public static void recordTraceback(PyFrame f, PyBaseException e, int pc) {
        if (e.lastFrame != f) {
            e.lastFrame = f;
            CodeUnit u = f.code;
            e.traceback = new PyTraceback(e.traceback, f, pc, LineTable.lineAt(u, pc));
        }
        if (e.keepLastPc) {
            e.keepLastPc = false;
        } else {
            e.lastPc = pc;
        }
        if (e.context == null) {
            PyBaseException handled = f.context.currentHandled();
            if (handled != null) {
                chainContext(e, handled);
            }
        }
    }

    public static Object[] withEnter(Object mgr) {
        PyType t = PyType.of(mgr);
        Object enter = t.lookup("__enter__");
        Object exit = t.lookup("__exit__");
        if (enter == null) {
            throw Errors.typeError("'" + t.name + "' object does not support the context manager protocol");
        }
        if (exit == null) {
            throw Errors.typeError("'" + t.name + "' object does not support the context manager protocol (missed __exit__ method)");
        }
        Object entered = Abstract.call(enter, new Object[] {mgr}, null);
        return new Object[] {entered, new PyBoundMethod(exit, mgr)};
    }

    public static Object withExit(Object exit, Object exc) {
        if (exc == null) {
            return Abstract.call(exit, new Object[] {Singletons.NONE, Singletons.NONE, Singletons.NONE}, null);
        }
        PyBaseException e = (PyBaseException) exc;
        return Abstract.call(exit, new Object[] {e.type(), e, PyTraceback.orNone(e.traceback)},
                null); // the caller tests its truth (or awaits it first, in async with)
    }

    public static String format(Object value, int conversion, Object spec) {
        if (conversion == 's') {
            value = Abstract.str(value);
        } else if (conversion == 'r') {
            value = Abstract.repr(value);
        } else if (conversion == 'a') {
            value = Builtins.ascii(value);
        }
        String s = spec == null ? "" : (String) spec;
        if (s.isEmpty() && value instanceof String str) {
            return str;
        }
        return Formatter.format(value, s);
    }

    /**
     * {@code fn(*args, **kwargs)}: {@code args} is the tuple of positional arguments or the one
     * value of {@code f(*x)}; {@code kwargs} is null or a tuple of keyword sources (dicts of named
     * keywords and the values of {@code **x}) merged here, with CPython's messages naming fn.
     */
    public static Object callEx(Object fn, Object args, Object kwargs) {
        Object[] pos;
        if (args instanceof PyTuple t && t.type() == PyTuple.TYPE) {
            pos = t.items;
        } else {
            if (!isIterable(args)) {
                throw Errors.typeError(functionStr(fn) + " argument after * must be an iterable, not "
                        + Errors.typeName(args));
            }
            pos = Sequences.toArray(args);
        }
        if (kwargs == null) {
            return Abstract.call(fn, pos, null);
        }
        java.util.List<String> names = new java.util.ArrayList<>();
        java.util.List<Object> values = new java.util.ArrayList<>();
        for (Object source : ((PyTuple) kwargs).items) {
            if (source instanceof PyDict d && d.type() == PyDict.TYPE) {
                for (java.util.Map.Entry<Object, Object> e : d.entries()) {
                    addKeyword(fn, names, values, e.getKey(), e.getValue());
                }
                continue;
            }
            Object keys;
            try {
                keys = Abstract.getAttr(source, "keys");
            } catch (PyException e) {
                if (e.matches(Errors.ATTRIBUTE_ERROR)) {
                    throw Errors.typeError(functionStr(fn) + " argument after ** must be a mapping, not "
                            + Errors.typeName(source));
                }
                throw e;
            }
            PyIterator it = Abstract.iter(Abstract.call(keys, new Object[0], null));
            for (Object key = it.next(); key != null; key = it.next()) {
                addKeyword(fn, names, values, key, Abstract.getItem(source, key));
            }
        }
        Object[] all = Arrays.copyOf(pos, pos.length + names.size());
        for (int i = 0; i < names.size(); i++) {
            all[pos.length + i] = values.get(i);
        }
        return Abstract.call(fn, all, names.isEmpty() ? null : names.toArray(new String[0]));
    }

    private static void addKeyword(Object fn, java.util.List<String> names, java.util.List<Object> values, Object key,
            Object value) {
        if (!(key instanceof String name)) {
            throw Errors.typeError("keywords must be strings");
        }
        if (names.contains(name)) {
            throw Errors.typeError(functionStr(fn) + " got multiple values for keyword argument '" + name + "'");
        }
        names.add(name);
        values.add(value);
    }

    /** Whether {@code iter(o)} can work: a built-in iterable, an {@code __iter__} or the sequence protocol. */
    static boolean isIterable(Object o) {
        if (o instanceof String || o instanceof PyList || o instanceof PyTuple || o instanceof PyDict
                || o instanceof PySet || o instanceof PyIterator || o instanceof PyRange || o instanceof PyBytes
                || o instanceof PyByteArray || o instanceof PyDictView) {
            return true;
        }
        PyType t = PyType.of(o);
        Object iter = t.lookup("__iter__");
        return iter != null && iter != Singletons.NONE || t.lookup("__getitem__") != null;
    }

    /**
     * How call errors name a callable (CPython's {@code _PyObject_FunctionStr}): its qualified
     * name with the module unless that is builtins, then "()"; or "T object" when it has no name.
     */
    public static String functionStr(Object fn) {
        Object qualname;
        try {
            qualname = Attributes.get(fn, "__qualname__");
        } catch (PyException e) {
            qualname = null;
        }
        if (!(qualname instanceof String q)) {
            return Errors.typeName(fn) + " object";
        }
        Object module;
        try {
            module = Attributes.get(fn, "__module__");
        } catch (PyException e) {
            module = null;
        }
        if (module instanceof String m && !m.equals("builtins")) {
            return m + "." + q + "()";
        }
        return q + "()";
    }

    /** {@code [*x]}, {@code f(a, *x)}: extends the list being built. */
    public static void listExtend(PyList list, Object iterable) {
        if (!isIterable(iterable)) {
            throw Errors.typeError("Value after * must be an iterable, not " + Errors.typeName(iterable));
        }
        Sequences.extend(list, iterable);
    }

    /** {@code {**source}} in a dict display: a mapping's items (no pairs, unlike dict.update). */
    public static void updateMapping(PyDict target, Object source) {
        if (source instanceof PyDict d && d.type() == PyDict.TYPE) {
            target.map.putAll(d.map);
            return;
        }
        Object keys;
        try {
            keys = Abstract.getAttr(source, "keys");
        } catch (PyException e) {
            if (e.matches(Errors.ATTRIBUTE_ERROR)) {
                throw Errors.typeError("'" + Errors.typeName(source) + "' object is not a mapping");
            }
            throw e;
        }
        PyIterator it = Abstract.iter(Abstract.call(keys, new Object[0], null));
        for (Object key = it.next(); key != null; key = it.next()) {
            target.put(key, Abstract.getItem(source, key));
        }
    }

    /** {@code obj.name(args...)} without allocating a bound method when the attribute is a plain function. */
    public static Object callMethod(Object obj, String name, Object[] args, String[] kwnames) {
        PyType t = PyType.of(obj);
        if (!(obj instanceof PyType) && !(obj instanceof PyModule) && !(obj instanceof SuperObject)) {
            Object attr = t.lookup(name);
            if ((attr instanceof PyFunction || attr instanceof PyBuiltinFunction b && b.isMethod)
                    && t.customGetattribute() == null) {
                java.util.Map<Object, Object> dict = Attributes.instanceDict(obj);
                if (dict == null || !dict.containsKey(name)) {
                    Object[] full = new Object[args.length + 1];
                    full[0] = obj;
                    System.arraycopy(args, 0, full, 1, args.length);
                    return attr instanceof PyFunction f ? f.call(full, kwnames)
                            : ((PyBuiltinFunction) attr).call(full, kwnames);
                }
            }
        }
        return Abstract.call(Abstract.getAttr(obj, name), args, kwnames);
    }

    // ------------------------------------------------------------------ structural pattern matching

    /**
     * A sequence subject's items for a sequence pattern of {@code n} items ({@code star} the
     * starred one's index or -1), or None when the shape does not match. As CPython: the subject's
     * type must be a sequence (flag), its len() decides the length test, and the items come by
     * iteration ({@code how} = UNPACK: the starred item a list), by subscripts when the star is a
     * wildcard (SUBSCRIPT: the starred slot None), or not at all when every sub-pattern is a
     * wildcard (LENGTH_ONLY: an empty tuple).
     */
    public static Object matchSequence(Object v, int n, int star, int how) {
        if ((PyType.of(v).collectionFlags() & PyType.SEQUENCE) == 0) {
            return Singletons.NONE; // str, bytes, mappings and non-sequences never match
        }
        long length = v instanceof PyTuple t ? t.items.length : Abstract.len(v);
        if (star < 0 ? length != n : length < n - 1) {
            return Singletons.NONE;
        }
        if (how == Opcode.MATCH_SEQ_LENGTH_ONLY) {
            return PyTuple.EMPTY;
        }
        if (how == Opcode.MATCH_SEQ_SUBSCRIPT) {
            Object[] out = new Object[n];
            for (int i = 0; i < n; i++) {
                if (i < star) {
                    out[i] = Abstract.getItem(v, (long) i);
                } else if (i == star) {
                    out[i] = Singletons.NONE;
                } else {
                    out[i] = Abstract.getItem(v, length - (n - i));
                }
            }
            return new PyTuple(out);
        }
        Object[] out = new Object[n];
        unpack(out, 0, v, n, star); // CPython's UNPACK_SEQUENCE/UNPACK_EX, with their errors
        return new PyTuple(out);
    }

    /**
     * The values of a mapping subject at {@code keys} (and the rest), or None. As CPython: the
     * subject's type must be a mapping (flag), len() at least the number of keys, and each value
     * comes from the subject's {@code get(key, <missing>)}; repeated keys are a ValueError.
     */
    public static Object matchMapping(Object v, PyTuple keys, boolean rest) {
        if ((PyType.of(v).collectionFlags() & PyType.MAPPING) == 0) {
            return Singletons.NONE;
        }
        if (keys.size() > 0 && Abstract.len(v) < keys.size()) { // no len() for {} and {**rest}
            return Singletons.NONE;
        }
        Object[] out = new Object[keys.size() + (rest ? 1 : 0)];
        PyDict seen = new PyDict();
        Object get = PyType.of(v) == PyDict.TYPE || keys.size() == 0 ? null : Abstract.getAttr(v, "get");
        Object missing = get == null ? null : new PyInstance(PyType.OBJECT);
        for (int i = 0; i < keys.size(); i++) {
            Object key = keys.get(i);
            if (seen.containsKey(key)) {
                throw Errors.valueError("mapping pattern checks duplicate key (" + Abstract.repr(key) + ")");
            }
            seen.put(key, key);
            Object value = get == null ? ((PyDict) v).get(key) : Abstract.call(get, new Object[] {key, missing}, null);
            if (value == null || value == missing) {
                return Singletons.NONE;
            }
            out[i] = value;
        }
        if (rest) {
            PyDict r = new PyDict();
            Builtins.updateDict(r, v);
            for (Object key : keys.items) {
                r.remove(key);
            }
            out[keys.size()] = r;
        }
        return new PyTuple(out);
    }

    private static final java.util.Set<PyType> SELF_MATCHING = java.util.Set.of(PyType.BOOL, PyType.INT,
            PyType.FLOAT, PyType.STR, PyList.TYPE, PyTuple.TYPE, PyDict.TYPE, PySet.TYPE, PySet.FROZEN_TYPE,
            PyBytes.TYPE, PyByteArray.TYPE);

    /** The attributes a class pattern extracts from the subject, or None when it does not match. */
    public static Object matchClass(Object v, Object cls, int npos, PyTuple kwdAttrs) {
        if (!(cls instanceof PyType t)) {
            throw Errors.typeError("called match pattern must be a class");
        }
        if (!Builtins.isInstance(v, t)) {
            return Singletons.NONE;
        }
        Object[] out = new Object[npos + kwdAttrs.size()];
        java.util.Set<String> seen = new java.util.HashSet<>();
        if (npos > 0) {
            // as CPython's match_class: __match_args__ (a tuple of str), or the subject itself for
            // the self-matching built-ins when the class does not define it
            Object matchArgs = Attributes.get(t, "__match_args__");
            boolean matchSelf = matchArgs == null && SELF_MATCHING.stream().anyMatch(t::isSubtypeOf);
            if (matchArgs != null && PyType.of(matchArgs) != PyTuple.TYPE) {
                throw Errors.typeError(t.name + ".__match_args__ must be a tuple (got " + Errors.typeName(matchArgs) + ")");
            }
            int allowed = matchArgs != null ? ((PyTuple) matchArgs).size() : matchSelf ? 1 : 0;
            if (npos > allowed) {
                throw Errors.typeError(t.name + "() accepts " + allowed + " positional sub-pattern"
                        + (allowed == 1 ? "" : "s") + " (" + npos + " given)");
            }
            if (matchSelf) {
                out[0] = v;
            } else {
                for (int i = 0; i < npos; i++) {
                    Object name = ((PyTuple) matchArgs).get(i);
                    if (!(name instanceof String n)) {
                        throw Errors.typeError("__match_args__ elements must be strings (got " + Errors.typeName(name)
                                + ")");
                    }
                    Object a = matchClassAttribute(v, t, n, seen);
                    if (a == null) {
                        return Singletons.NONE;
                    }
                    out[i] = a;
                }
            }
        }
        for (int i = 0; i < kwdAttrs.size(); i++) {
            Object a = matchClassAttribute(v, t, (String) kwdAttrs.get(i), seen);
            if (a == null) {
                return Singletons.NONE;
            }
            out[npos + i] = a;
        }
        return new PyTuple(out);
    }

    private static Object matchClassAttribute(Object v, PyType t, String name, java.util.Set<String> seen) {
        if (!seen.add(name)) {
            throw Errors.typeError(t.name + "() got multiple sub-patterns for attribute " + Abstract.repr(name));
        }
        return Attributes.get(v, name);
    }

    public static String buildString(Object[] regs, int first, int n) {
        StringBuilder sb = new StringBuilder();
        for (int i = 0; i < n; i++) {
            sb.append((String) regs[first + i]);
        }
        return sb.toString();
    }

    /**
     * CLOSE_OWNED_ITER: a for loop left early (break, return, an exception) closes its iterator
     * when it is a generator that this frame created for the loop after {@code mark} (ITER_MARK):
     * nothing else can refer to it, so this is when CPython's reference counting finalizes it.
     * Errors in its finally blocks are reported, not raised, as in a finalizer.
     */
    public static void closeOwnedIterator(PyFrame f, Object iterator, Object mark) {
        if (iterator instanceof PyGenerator g && g.creator == f && mark instanceof Long m && g.serial > m) {
            try {
                g.close();
            } catch (PyException e) {
                writeUnraisable(f.context, e.exception, g);
            }
        }
    }

    /** GEN_OWNS: a generator expression's generator owns its first iterator when it was made for it after the mark. */
    public static void generatorOwns(PyFrame f, Object generator, Object iterator, Object mark) {
        if (generator instanceof PyGenerator g && iterator instanceof PyGenerator it && it.creator == f
                && mark instanceof Long m && it.serial > m) {
            g.core.owned = it;
        }
    }

    /** ITER_MARK: the serial after which generators were made for the loop being set up. */
    public static Object iterMark(PyFrame f) {
        return f.context.generatorSerial;
    }

    /** An exception nobody can catch (finalizers): "Exception ignored in: obj" and its traceback on stderr. */
    public static void writeUnraisable(ExecutionContext ctx, PyBaseException e, Object where) {
        StringBuilder out = new StringBuilder("Exception ignored in: ").append(Abstract.repr(where)).append('\n');
        Tracebacks.printAlone(ctx, e, out);
        ctx.stderr.print(out);
        ctx.stderr.flush();
    }
}
