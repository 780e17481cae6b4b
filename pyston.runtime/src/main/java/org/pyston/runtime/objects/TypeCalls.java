package org.pyston.runtime.objects;

import java.util.LinkedHashMap;
import java.util.Map;

/**
 * Calling a type: the built-in constructors, and {@code __new__}/{@code __init__} for classes.
 *
 * <p>Plain classes. Most classes called in a program are plain: made by a class statement on
 * object (directly or through other plain classes), no {@code __new__} of their own, a metaclass
 * without a {@code __call__} written in Python, and an {@code __init__} that is a Python function
 * or object's. Calling one is {@code object.__new__} (a {@link PyInstance}) and then the
 * {@code __init__} function with the instance in front of the arguments. What a class needs is
 * worked out once per version of the class and of its metaclass ({@link #construction}, kept on
 * the type; a version changes whenever the class or a base changes, so a new {@code __init__},
 * {@code __new__} or {@code __abstractmethods__} anywhere in the MRO is seen), and the calls of
 * the tiers with positional arguments in their vregs go through {@link #callFromRegisters}, which
 * copies them straight into the {@code __init__} frame: no MRO lookups, no argument arrays. A
 * class that is not plain (a builtin base, a {@code __new__}, a metaclass {@code __call__},
 * keywords, an abstract class, a class without {@code __init__} called with arguments, which is
 * an error) takes {@link #construct}'s generic path, which stays the definition.
 */
public final class TypeCalls {
    private TypeCalls() {
    }

    /** What calling a class needs, for one version of the class and of its metaclass. */
    static final class Construction {
        /** A plain instance, then the class's {@code __init__} ({@link #init}). */
        static final int INIT = 1;
        /** A plain instance and nothing else: the class's {@code __init__} is object's (no arguments allowed). */
        static final int NO_INIT = 2;
        /** Anything else: {@link #construct}'s generic path. */
        static final int GENERIC = 0;

        final int version;
        /** The class's metaclass when it has one (then its version is checked too), else null. */
        final PyType meta;
        final int metaVersion;
        final int kind;
        /** The {@code __init__} function for {@link #INIT}, else null. */
        final PyFunction init;

        Construction(PyType t, int kind, PyFunction init) {
            this.version = t.version();
            this.meta = t.metatype;
            this.metaVersion = meta == null ? 0 : meta.version();
            this.kind = kind;
            this.init = init;
        }

        boolean isFor(PyType t) {
            return t.version() == version && (meta == null || meta.version() == metaVersion);
        }
    }

    /** How calling class {@code t} makes an instance (the cached answer while {@code t} and its metaclass are unchanged). */
    static Construction construction(PyType t) {
        Construction c = t.construction;
        if (c == null || !c.isFor(t)) {
            int kind = constructionKind(t);
            c = new Construction(t, kind, kind == Construction.INIT ? (PyFunction) t.lookup("__init__") : null);
            t.construction = c;
        }
        return c;
    }

    /** The steps of {@link #construct} and {@link #instantiate} for a class, when they are those of a plain class. */
    private static int constructionKind(PyType t) {
        if (t.isBuiltin || t.allocator != null || t.isAbstract || t.isSubtypeOf(PyType.TYPE)
                || t.javaClass != Object.class && t.javaClass != PyInstance.class
                || builtinBase(t) != PyType.OBJECT) {
            return Construction.GENERIC;
        }
        if (t.metatype != null && t.metatype.lookup("__call__") instanceof PyFunction) {
            return Construction.GENERIC; // construct calls the metaclass's __call__
        }
        if (!isObjectNew(t.lookup("__new__"))) {
            return Construction.GENERIC;
        }
        Object init = t.lookup("__init__");
        return init instanceof PyFunction ? Construction.INIT : isObjectInit(init) ? Construction.NO_INIT
                : Construction.GENERIC;
    }

    /**
     * {@code t(*regs[first:first + n])}: the tiers' call of a class with positional arguments in
     * their vregs. A plain class (see the class comment) gets a new instance and its
     * {@code __init__} the arguments copied straight into its frame; any other type the generic path.
     */
    public static Object callFromRegisters(PyType t, Object[] regs, int first, int n) {
        Construction c = construction(t);
        if (c.kind == Construction.INIT) {
            return initialized(t, c.init, regs, first, n);
        }
        if (c.kind == Construction.NO_INIT && n == 0) {
            return new PyInstance(t);
        }
        Object[] args = new Object[n];
        System.arraycopy(regs, first, args, 0, n);
        return construct(t, args, null);
    }

    /**
     * The {@code __init__} function of a plain class (what calling it runs after making the
     * instance), or null when calling {@code t} is something else; valid while {@code t}'s version
     * and its metaclass's are unchanged (an inline cache guards on them).
     */
    public static PyFunction plainInit(PyType t) {
        return construction(t).init;
    }

    /**
     * A new instance of the plain class {@code t} initialized by its {@code __init__} function
     * {@code init} with the positional arguments in {@code regs[first:first + n]} (see
     * {@link #plainInit}).
     */
    public static Object initialized(PyType t, PyFunction init, Object[] regs, int first, int n) {
        PyInstance obj = new PyInstance(t);
        Object r = init.callWithSelf(obj, regs, first, n);
        if (r != Singletons.NONE) {
            throw initResult(r);
        }
        return obj;
    }

    private static PyException initResult(Object r) {
        return Errors.typeError("__init__() should return None, not '" + Errors.typeName(r) + "'");
    }

    static Object construct(PyType t, Object[] args, String[] kwnames) {
        int nkw = kwnames == null ? 0 : kwnames.length;
        int npos = args.length - nkw;
        if (!t.isBuiltin) {
            if (nkw == 0) {
                Construction c = construction(t);
                if (c.kind == Construction.INIT) {
                    return initialized(t, c.init, args, 0, args.length);
                }
                if (c.kind == Construction.NO_INIT && args.length == 0) {
                    return new PyInstance(t);
                }
            }
            Object metaCall = t.type() != PyType.TYPE ? t.type().lookup("__call__") : null;
            if (metaCall instanceof PyFunction) {
                Object[] full = new Object[args.length + 1];
                full[0] = t;
                System.arraycopy(args, 0, full, 1, args.length);
                return Abstract.call(metaCall, full, kwnames);
            }
            return instantiate(t, args, kwnames);
        }
        if (t.allocator != null) {
            return instantiate(t, args, kwnames);
        }
        if (t == PyType.TYPE && npos == 1 && nkw == 0) {
            return PyType.of(args[0]);
        }
        if (t == PyType.TYPE && npos == 3) {
            // type(name, bases, ns) defers to the most derived metaclass of the bases, as CPython.
            checkTypeArguments(args);
            PyType winner = PyType.TYPE;
            for (Object b : ((PyTuple) args[1]).items) {
                PyType bt = PyType.of(b);
                if (winner.isSubtypeOf(bt)) {
                    continue;
                }
                if (bt.isSubtypeOf(winner)) {
                    winner = bt;
                    continue;
                }
                throw Errors.typeError("metaclass conflict: the metaclass of a derived class must be a (non-strict) "
                        + "subclass of the metaclasses of all its bases");
            }
            if (winner != PyType.TYPE) {
                return Abstract.call(winner, args, kwnames);
            }
            PyType cls = newClass(PyType.TYPE, (String) args[0], (PyTuple) args[1], (PyDict) args[2]);
            PyDict kw = new PyDict(); // as a class statement: the parent's __init_subclass__ with the keywords
            for (int i = 0; i < nkw; i++) {
                kw.put(kwnames[i], args[npos + i]);
            }
            Ops.initSubclass(cls, kw);
            return cls;
        }
        if (t == Errors.OS_ERROR && npos >= 2 && npos <= 5 && args[0] instanceof Long errno) {
            t = osErrorSubclass(errno); // OSError(ENOENT, ...) is a FileNotFoundError, as CPython
        }
        if (t.javaClass == PyBaseException.class) {
            if (nkw > 0 && keywordFields(t) != null) {
                PyBaseException e = new PyBaseException(t, PyTuple.EMPTY);
                initKeywordFields(e, args, kwnames, 0);
                return e;
            }
            if (nkw > 0) {
                throw Errors.typeError(t.name + "() takes no keyword arguments");
            }
            return newException(t, args);
        }
        if (t == PyType.TYPE && npos != 1 && npos != 3) {
            throw Errors.typeError("type() takes 1 or 3 arguments");
        }
        if (t == PyBoundMethod.TYPE) {
            // types.MethodType(function, instance)
            Args.positionalOnly("method", args, kwnames, 2, 2, false);
            if (!Builtins.isCallable(args[0])) {
                throw Errors.typeError("first argument must be callable");
            }
            if (args[1] == Singletons.NONE) {
                throw Errors.typeError("instance must not be None");
            }
            return new PyBoundMethod(args[0], args[1]);
        }
        return constructBuiltin(t, args, kwnames);
    }

    /** {@code t(*args)} for a built-in type t: its constructor, after CPython's argument-count checks. */
    static Object constructBuiltin(PyType t, Object[] args, String[] kwnames) {
        NativeFunction ctor = Builtins.constructor(t);
        if (ctor == null) {
            throw Errors.typeError("cannot create '" + t.name + "' instances");
        }
        if (t == PyType.FLOAT || t == PyList.TYPE || t == PyTuple.TYPE || t == PySet.TYPE || t == PySet.FROZEN_TYPE
                || t == PyType.BOOL || t == PyClassMethod.TYPE || t == PyStaticMethod.TYPE) {
            int min = t == PyClassMethod.TYPE || t == PyStaticMethod.TYPE ? 1 : 0;
            Args.positionalOnly(t.name, args, kwnames, min, 1, false);
        } else if (t == PyDict.TYPE) {
            int npos = Args.positional(args, kwnames);
            if (npos > 1) {
                throw Errors.typeError("dict expected at most 1 argument, got " + npos);
            }
        } else if (t == PyType.STR) {
            Args.parse("str", args, kwnames, 0, 0, 3, "object", "encoding", "errors");
        } else if (t == PySlice.TYPE) {
            Args.positionalOnly("slice", args, kwnames, 1, 3, false);
        }
        return ctor.call(args, kwnames);
    }

    /** Whether {@code m} is {@code object.__init__} (a class that does not define its own). */
    static boolean isObjectInit(Object m) {
        return m == PyType.OBJECT.ready().dict.get("__init__");
    }

    /** Whether {@code m} is {@code object.__new__}. */
    static boolean isObjectNew(Object m) {
        return m == PyType.OBJECT.ready().dict.get("__new__");
    }

    /** A new exception of type {@code t} (built-in or a class deriving from one) from positional arguments. */
    private static PyBaseException newException(PyType t, Object[] args) {
        if (t.isSubtypeOf(Errors.BASE_EXCEPTION_GROUP)) {
            return ExceptionGroups.create(t, args);
        }
        PyBaseException e = new PyBaseException(t, PyTuple.of(args.clone()));
        initException(e);
        return e;
    }

    /** The OSError subclass CPython picks for an errno (Linux numbering), or OSError itself. */
    private static PyType osErrorSubclass(long errno) {
        switch ((int) errno) {
            case 11: case 114: case 115: return Errors.BLOCKING_IO_ERROR; // EAGAIN/EWOULDBLOCK, EALREADY, EINPROGRESS
            case 10: return Errors.CHILD_PROCESS_ERROR; // ECHILD
            case 32: case 108: return Errors.BROKEN_PIPE_ERROR; // EPIPE, ESHUTDOWN
            case 103: return Errors.CONNECTION_ABORTED_ERROR;
            case 111: return Errors.CONNECTION_REFUSED_ERROR;
            case 104: return Errors.CONNECTION_RESET_ERROR;
            case 17: return Errors.FILE_EXISTS_ERROR;
            case 2: return Errors.FILE_NOT_FOUND_ERROR;
            case 21: return Errors.IS_A_DIRECTORY_ERROR;
            case 20: return Errors.NOT_A_DIRECTORY_ERROR;
            case 4: return Errors.INTERRUPTED_ERROR;
            case 1: case 13: return Errors.PERMISSION_ERROR; // EPERM, EACCES
            case 3: return Errors.PROCESS_LOOKUP_ERROR; // ESRCH
            case 110: return Errors.TIMEOUT_ERROR;
            default: return Errors.OS_ERROR;
        }
    }

    /** Attributes CPython's built-in exception constructors set from the arguments. */
    private static final String[] IMPORT_ERROR_FIELDS = {"name", "path"};
    private static final String[] ATTRIBUTE_ERROR_FIELDS = {"name", "obj"};
    private static final String[] NAME_ERROR_FIELDS = {"name"};

    /** The keyword-only fields of the exception types whose constructors take some (all default to None). */
    static String[] keywordFields(PyType t) {
        if (t.isSubtypeOf(Errors.IMPORT_ERROR)) {
            return IMPORT_ERROR_FIELDS;
        }
        if (t.isSubtypeOf(Errors.ATTRIBUTE_ERROR)) {
            return ATTRIBUTE_ERROR_FIELDS;
        }
        return t.isSubtypeOf(Errors.NAME_ERROR) ? NAME_ERROR_FIELDS : null;
    }

    /**
     * {@code __init__(self, *args, <keyword fields>)} of ImportError ({@code name}, {@code path}),
     * AttributeError ({@code name}, {@code obj}) and NameError ({@code name}): {@code args} from
     * {@code first} on are the call's (positional, then the keyword values named by {@code kwnames}).
     */
    static void initKeywordFields(PyBaseException e, Object[] args, String[] kwnames, int first) {
        String[] fields = keywordFields(e.type());
        int nkw = kwnames == null ? 0 : kwnames.length;
        int npos = args.length - nkw;
        e.args = new PyTuple(java.util.Arrays.copyOfRange(args, first, npos));
        Object[] values = new Object[fields.length];
        java.util.Arrays.fill(values, Singletons.NONE);
        keywords:
        for (int i = 0; i < nkw; i++) {
            for (int f = 0; f < fields.length; f++) {
                if (fields[f].equals(kwnames[i])) {
                    values[f] = args[npos + i];
                    continue keywords;
                }
            }
            throw Errors.typeError("'" + kwnames[i] + "' is an invalid keyword argument for " + e.type().name + "()");
        }
        for (int f = 0; f < fields.length; f++) {
            e.dict.put(fields[f], values[f]);
        }
        if (fields == IMPORT_ERROR_FIELDS) {
            e.dict.put("msg", e.args.size() == 1 ? e.args.get(0) : Singletons.NONE);
        }
    }

    static void initException(PyBaseException e) {
        PyType t = e.type();
        if (t.isSubtypeOf(Errors.SYNTAX_ERROR)) {
            initSyntaxError(e);
        }
        if (t.isSubtypeOf(Errors.UNICODE_ERROR)) {
            Codecs.setUnicodeErrorAttributes(e);
        }
        if (t.isSubtypeOf(Errors.OS_ERROR)) {
            // OSError(errno, strerror[, filename[, winerror[, filename2]]]): with a filename the
            // args are the first two, as CPython's
            int n = e.args.size();
            boolean pair = n >= 2 && n <= 5;
            Object filename = pair && n >= 3 ? e.args.get(2) : Singletons.NONE;
            e.dict.put("errno", pair ? e.args.get(0) : Singletons.NONE);
            e.dict.put("strerror", pair ? e.args.get(1) : Singletons.NONE);
            e.dict.put("filename", filename);
            e.dict.put("filename2", pair && n == 5 && filename != Singletons.NONE ? e.args.get(4) : Singletons.NONE);
            if (filename != Singletons.NONE) {
                e.args = PyTuple.of(e.args.get(0), e.args.get(1));
            }
        }
    }

    private static final String[] SYNTAX_ERROR_LOCATION = {"filename", "lineno", "offset", "text", "end_lineno",
        "end_offset"};

    /**
     * SyntaxError(msg, (filename, lineno, offset, text[, end_lineno, end_offset])): CPython's
     * attributes, None where the arguments do not give them.
     */
    private static void initSyntaxError(PyBaseException e) {
        e.dict.putIfAbsent("msg", e.args.size() >= 1 ? e.args.get(0) : Singletons.NONE);
        for (String field : SYNTAX_ERROR_LOCATION) {
            e.dict.putIfAbsent(field, Singletons.NONE);
        }
        e.dict.putIfAbsent("print_file_and_line", Singletons.NONE);
        if (e.args.size() == 2) {
            Object[] info = Sequences.toArray(e.args.get(1));
            if (info.length < 4 || info.length > 6) {
                throw Errors.typeError(info.length < 4 ? "function takes at least 4 arguments (" + info.length
                        + " given)" : "function takes at most 6 arguments (" + info.length + " given)");
            }
            if (info.length == 5) {
                throw Errors.typeError("end_offset must be provided when end_lineno is provided");
            }
            for (int i = 0; i < info.length; i++) {
                e.dict.put(SYNTAX_ERROR_LOCATION[i], info[i]);
            }
        }
    }

    static Object instantiate(PyType t, Object[] args, String[] kwnames) {
        Object newMethod = t.lookup("__new__");
        Object obj;
        boolean defaultNew = newMethod instanceof PyStaticMethod sm && sm.function instanceof PyBuiltinFunction
                && !t.isSubtypeOf(PyType.TYPE);
        Object init;
        if (newMethod != null && !(newMethod instanceof PyBuiltinFunction) && !defaultNew) {
            // as slot_tp_new: type.__new__ read through its descriptor (a classmethod binds), then called with the type
            Object fn = newMethod instanceof PyStaticMethod s ? s.function : Attributes.bind(newMethod, null, t);
            Object[] full = new Object[args.length + 1];
            full[0] = t;
            System.arraycopy(args, 0, full, 1, args.length);
            obj = Abstract.call(fn, full, kwnames);
            if (!PyType.of(obj).isSubtypeOf(t)) {
                return obj;
            }
            init = PyType.of(obj).lookup("__init__"); // as type_call: the __init__ of what __new__ made (a subclass)
        } else {
            init = t.lookup("__init__"); // the built-in __new__ runs no Python code: one lookup serves both
            if (args.length > 0 && isObjectInit(init) && builtinBase(t) == PyType.OBJECT) {
                throw Errors.typeError(t.name + "() takes no arguments"); // neither __new__ nor __init__ takes them
            }
            obj = newInstance(t, args, kwnames);
            if (!PyType.of(obj).isSubtypeOf(t)) {
                return obj; // as type_call: no __init__ for what is not an instance (reversed(list) & co.)
            }
        }
        if (init != null && !(init instanceof PyBuiltinFunction)) {
            Object r;
            if (init instanceof PyFunction) {
                Object[] full = new Object[args.length + 1];
                full[0] = obj;
                System.arraycopy(args, 0, full, 1, args.length);
                r = Abstract.call(init, full, kwnames);
            } else {
                // another descriptor (a property, a staticmethod) is bound first, as slot_tp_init
                r = Abstract.call(Attributes.bind(init, obj, PyType.of(obj)), args, kwnames);
            }
            if (r != Singletons.NONE) {
                throw initResult(r);
            }
        } else if (init instanceof PyBuiltinFunction b && !(obj instanceof PyBaseException)) {
            Object[] full = new Object[args.length + 1];
            full[0] = obj;
            System.arraycopy(args, 0, full, 1, args.length);
            b.call(full, kwnames);
        }
        return obj;
    }

    /** object.__new__(t): the instance representation a class's built-in base needs. */
    static Object newInstance(PyType t, Object[] args) {
        return newInstance(t, args, null);
    }

    /**
     * A new instance of {@code t} in the representation its built-in base needs: for int, float,
     * str, tuple and frozenset the base's value made from the arguments (as {@code base(*args)});
     * list, dict and set start empty ({@code __init__} fills them).
     */
    static Object newInstance(PyType t, Object[] args, String[] kwnames) {
        if (t.isSubtypeOf(PyType.TYPE)) {
            if (args.length != 3) {
                throw Errors.typeError("type.__new__() takes exactly 3 arguments (" + args.length + " given)");
            }
            checkTypeArguments(args);
            return newClass(t, (String) args[0], (PyTuple) args[1], (PyDict) args[2]);
        }
        Class<?> representation = t.javaClass;
        if (representation == PyBaseException.class) {
            if (keywordFields(t) != null) {
                PyBaseException e = new PyBaseException(t, PyTuple.EMPTY);
                initKeywordFields(e, args, kwnames, 0);
                return e;
            }
            return newException(t, args);
        }
        if (representation == PyDict.class) {
            return new PyDict(t);
        }
        if (representation == PyList.class) {
            return new PyList(t);
        }
        if (representation == PyTuple.class) {
            // immutable: the items come with the instance, as tuple.__new__(cls, iterable=())
            Object[] positional = keywordsLeftToInit(t, PyTuple.TYPE, args, kwnames);
            if (positional != args) {
                args = positional;
                kwnames = null;
            }
            return new PyTuple.OfSubclass(t, ((PyTuple) constructBuiltin(PyTuple.TYPE, args, kwnames)).items);
        }
        if (representation == PySet.class) {
            PySet s = new PySet(t);
            if (s.frozen) {
                // frozenset: the items come with the instance; set fills in __init__
                Object[] positional = keywordsLeftToInit(t, PySet.FROZEN_TYPE, args, kwnames);
                s.update(positional != args ? constructBuiltin(PySet.FROZEN_TYPE, positional, null)
                        : constructBuiltin(PySet.FROZEN_TYPE, args, kwnames));
            }
            return s;
        }
        if (representation == PyProperty.class) {
            return new PyProperty(t);
        }
        if (representation == PyClassMethod.class) {
            return new PyClassMethod(t);
        }
        if (representation == PyStaticMethod.class) {
            return new PyStaticMethod(t);
        }
        if (representation == Long.class || representation == Double.class || representation == String.class
                || representation == PyComplex.class) {
            if (representation == Double.class) {
                Object[] positional = keywordsLeftToInit(t, PyType.FLOAT, args, kwnames);
                if (positional != args) {
                    args = positional;
                    kwnames = null;
                }
            }
            Object value = PyValueInstance.unwrap(constructBuiltin(builtinBase(t), args, kwnames));
            if (value instanceof Boolean b) {
                value = b ? 1L : 0L;
            }
            return new PyValueInstance(t, value);
        }
        if (representation != Object.class && representation != PyInstance.class) {
            for (PyType m : t.mro) {
                if (m.allocator != null) {
                    return m.allocator.allocate(t, args, kwnames);
                }
            }
            throw new PyBaseException(Errors.NOT_IMPLEMENTED_ERROR, PyTuple.of(
                    "subclassing the built-in type '" + builtinBase(t).name + "' is not supported yet")).toThrowable();
        }
        if (t.isAbstract) {
            throw abstractInstantiation(t);
        }
        return new PyInstance(t);
    }

    /**
     * The arguments {@code base.__new__} takes for a class {@code t} deriving from tuple, frozenset
     * or float: keywords are an error for the base itself and a class inheriting its
     * {@code __init__} (left in {@code args}), and are left to the class's own {@code __init__}
     * otherwise (the positional arguments alone are returned), as CPython.
     */
    private static Object[] keywordsLeftToInit(PyType t, PyType base, Object[] args, String[] kwnames) {
        if (kwnames == null || kwnames.length == 0 || t == base || t.lookup("__init__") == base.lookup("__init__")) {
            return args;
        }
        return java.util.Arrays.copyOf(args, args.length - kwnames.length);
    }

    /**
     * {@code T.__new__} of a built-in type whose {@code __init__} sets it up (CPython's
     * PyType_GenericNew: property, classmethod, staticmethod): an empty instance of the subtype
     * given, the other arguments left to {@code __init__}.
     */
    static PyStaticMethod genericNew(PyType t) {
        return new PyStaticMethod(new PyBuiltinFunction("__new__", (a, k) -> {
            if (a.length == 0 || !(a[0] instanceof PyType cls)) {
                throw Errors.typeError(t.name + ".__new__(X): X is not a type object ("
                        + (a.length == 0 ? "nothing" : Errors.typeName(a[0])) + ")");
            }
            if (!cls.isSubtypeOf(t)) {
                throw Errors.typeError(t.name + ".__new__(" + cls.name + "): " + cls.name + " is not a subtype of "
                        + t.name);
            }
            return newInstance(cls, new Object[0], null);
        }, false, t));
    }

    /** CPython's error for instantiating a class with abstract methods left. */
    private static PyException abstractInstantiation(PyType t) {
        Object[] names = Sequences.toArray(t.lookup("__abstractmethods__")).clone();
        String[] sorted = new String[names.length];
        for (int i = 0; i < names.length; i++) {
            sorted[i] = Abstract.str(names[i]);
        }
        java.util.Arrays.sort(sorted);
        return Errors.typeError("Can't instantiate abstract class " + t.name + " with abstract method"
                + (sorted.length > 1 ? "s " : " ") + String.join(", ", sorted));
    }

    static PyType builtinBase(PyType t) {
        for (PyType m : t.mro) {
            if (m.isBuiltin && m != PyType.OBJECT) {
                return m;
            }
        }
        return PyType.OBJECT;
    }

    /** Creates a class as {@code type(name, bases, namespace)} with a metatype. */
    static PyType newClass(PyType metatype, String name, PyTuple bases, PyDict namespace) {
        PyType[] baseTypes = new PyType[bases.size()];
        for (int i = 0; i < baseTypes.length; i++) {
            if (!(bases.get(i) instanceof PyType b)) {
                throw Errors.typeError("bases must be types");
            }
            baseTypes[i] = b;
        }
        checkTypeName(name);
        if (namespace.type() != PyDict.TYPE && namespace.type().lookup("__iter__") != PyDict.TYPE.lookup("__iter__")) {
            // a dict subclass iterating in its own order (OrderedDict): copied in that order, as CPython
            PyDict ordered = new PyDict();
            Builtins.updateDict(ordered, namespace);
            namespace = ordered;
        }
        Object qualname = namespace.get("__qualname__");
        if (qualname != null && !(PyValueInstance.unwrap(qualname) instanceof String)) {
            throw Errors.typeError("type __qualname__ must be a str, not " + Errors.typeName(qualname));
        }
        if (namespace.get("__doc__") instanceof String doc) {
            Codecs.encode(doc, "utf-8", "strict"); // CPython keeps it as UTF-8: lone surrogates are an error
        }
        Map<String, Object> ns = new LinkedHashMap<>();
        for (Map.Entry<Object, Object> e : namespace.entries()) {
            Object k = e.getKey();
            if (k instanceof String s) {
                ns.put(s, e.getValue());
            }
        }
        if (!ns.containsKey("__module__")) {
            // type(name, bases, ns): the module is the calling code's __name__, as CPython
            Gil gil = Gil.current();
            PyFrame caller = gil == null ? null : gil.context().topFrame;
            Object module = caller == null ? null : caller.globals.getStr("__name__");
            if (module != null) {
                ns.put("__module__", module);
            }
        }
        if (ns.containsKey("__eq__") && !ns.containsKey("__hash__")) {
            ns.put("__hash__", Singletons.NONE); // defining __eq__ makes instances unhashable
        }
        if (ns.get("__new__") instanceof PyFunction f) {
            ns.put("__new__", new PyStaticMethod(f)); // as CPython: __new__ is a static method
        }
        Object init = ns.get("__init_subclass__");
        if (init instanceof PyFunction) {
            ns.put("__init_subclass__", new PyClassMethod(init));
        }
        Object classGetItem = ns.get("__class_getitem__");
        if (classGetItem instanceof PyFunction) {
            ns.put("__class_getitem__", new PyClassMethod(classGetItem));
        }
        // the class body's __class__ cell (zero-argument super()): filled with the new class, not an attribute
        Object classCell = ns.remove("__classcell__");
        if (classCell != null && !(classCell instanceof PyCell)) {
            throw Errors.typeError("__classcell__ must be a nonlocal cell, not " + Abstract.repr(PyType.of(classCell)));
        }
        PyType cls = new PyType(name, baseTypes, ns, metatype == PyType.TYPE ? null : metatype);
        if (classCell != null) {
            ((PyCell) classCell).contents = cls;
        }
        cls.readyMro();
        // __set_name__ on descriptors, then the parent's __init_subclass__
        for (Map.Entry<String, Object> e : ns.entrySet()) {
            Object v = e.getValue();
            if (v instanceof PyObject) {
                Object setName = PyType.of(v).lookup("__set_name__");
                if (setName != null) {
                    try {
                        Abstract.call(setName, new Object[] {v, cls, e.getKey()}, null);
                    } catch (PyException failure) {
                        // CPython 3.11 reports which descriptor failed, with the error as the cause
                        PyBaseException wrapped = new PyBaseException(Errors.RUNTIME_ERROR, PyTuple.of(
                                "Error calling __set_name__ on '" + PyType.of(v).name + "' instance '" + e.getKey()
                                        + "' in '" + cls.name + "'"));
                        wrapped.cause = failure.exception;
                        wrapped.context = failure.exception;
                        wrapped.suppressContext = true;
                        throw wrapped.toThrowable();
                    }
                }
            }
        }
        return cls;
    }


    /** type.__new__'s argument types (str, tuple, dict), with CPython's messages. */
    /** CPython's checks of a class name: encodable as UTF-8 (no lone surrogates), no NUL character. */
    static void checkTypeName(String name) {
        Codecs.encode(name, "utf-8", "strict");
        if (name.indexOf('\0') >= 0) {
            throw Errors.valueError("type name must not contain null characters");
        }
    }

    static void checkTypeArguments(Object[] args) {
        String[] want = {"str", "tuple", "dict"};
        Class<?>[] cls = {String.class, PyTuple.class, PyDict.class};
        for (int i = 0; i < 3; i++) {
            if (!cls[i].isInstance(args[i])) {
                throw Errors.typeError("type.__new__() argument " + (i + 1) + " must be " + want[i] + ", not "
                        + Errors.typeName(args[i]));
            }
        }
    }
}
