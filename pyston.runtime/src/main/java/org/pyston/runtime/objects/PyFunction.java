package org.pyston.runtime.objects;

import org.pyston.api.code.CodeUnit;

/**
 * A function defined in Python. Calling it binds the arguments into a new frame's vregs
 * (parameters are the first user-visible vregs, CPython's co_varnames order) and runs the frame
 * through the tier ladder ({@link ExecutionContext#run}).
 */
public final class PyFunction extends PyObject {
    public static final PyType TYPE = PyType.builtin("function", PyFunction.class);
    /** Code-unit flag: constants[0] is the function's docstring. */
    public static final int DOCSTRING = 0x8000;
    /** Code-unit flags of functions whose call makes a generator, coroutine or async generator. */
    private static final int RESUMABLE = CodeUnit.GENERATOR | CodeUnit.COROUTINE | CodeUnit.ASYNC_GENERATOR;
    public final ExecutionContext context;
    /** The code ({@code __code__}, assignable: calls read it each time, inline caches do not keep it). */
    public PyCode code;
    public final PyDict globals;
    public String name;
    /** {@code __qualname__} once assigned; until then the code unit's, made when read (see {@link #qualname()}). */
    private String qualname;
    public Object[] defaults;
    public PyDict kwdefaults;
    public final PyCell[] closure;
    /** The function's {@code __dict__} (attributes set on it). */
    /** The function's attributes ({@code __dict__}, which may be replaced by another dict). */
    public PyDict dict = new PyDict();
    /** {@code __annotations__}, made on first use. */
    private Object annotations;
    public Object module;
    public Object doc = Singletons.NONE;

    public PyFunction(ExecutionContext context, PyCode code, PyDict globals, Object[] defaults, PyDict kwdefaults,
            PyCell[] closure) {
        this.context = context;
        this.code = code;
        this.globals = globals;
        this.name = code.unit.name;
        this.defaults = defaults;
        this.kwdefaults = kwdefaults;
        this.closure = closure;
        if ((code.unit.flags & DOCSTRING) != 0) {
            this.doc = code.unit.constants[0];
        }
        Object mod = globals.getStr("__name__");
        this.module = mod == null ? Singletons.NONE : mod;
    }

    /**
     * {@code __qualname__}: the assigned one, else the code unit's (made on each read: a function
     * holds no string of its own until one is assigned, so loading a module creates none).
     */
    public String qualname() {
        return qualname != null ? qualname : code.unit.qualname();
    }

    @Override
    public PyType type() {
        return TYPE;
    }

    static {
        TYPE.defineMethod("__get__", (a, k) -> a.length < 2 || a[1] == Singletons.NONE ? a[0]
                : new PyBoundMethod(a[0], a[1]));
        // the attributes of functions: descriptors in the type, as CPython's getsets and members
        getset("__code__", f -> f.code, (f, v) -> {
            if (!(v instanceof PyCode c)) {
                throw Errors.typeError("__code__ must be set to a code object");
            }
            int had = f.code.unit.freeNames.length, has = c.unit.freeNames.length;
            if (had != has) {
                throw Errors.valueError(f.code.unit.name + "() requires a code object with " + had
                        + " free vars, not " + has);
            }
            f.code = c;
        });
        getset("__defaults__", f -> f.defaults == null ? Singletons.NONE : new PyTuple(f.defaults), (f, v) -> {
            if (v != null && v != Singletons.NONE && !(v instanceof PyTuple)) {
                throw Errors.typeError("__defaults__ must be set to a tuple object");
            }
            f.defaults = v instanceof PyTuple t ? t.items : null;
        });
        getset("__kwdefaults__", f -> f.kwdefaults == null ? Singletons.NONE : f.kwdefaults, (f, v) -> {
            if (v != null && v != Singletons.NONE && !(v instanceof PyDict)) {
                throw Errors.typeError("__kwdefaults__ must be set to a dict object");
            }
            f.kwdefaults = v instanceof PyDict d ? d : null;
        });
        getset("__name__", f -> f.name, (f, v) -> f.name = nameValue("__name__", v));
        getset("__qualname__", f -> f.qualname(), (f, v) -> f.qualname = nameValue("__qualname__", v));
        getset("__dict__", f -> f.dict, (f, v) -> {
            // CPython's PyObject_GenericSetDict
            if (v == null) {
                throw Errors.typeError("cannot delete __dict__");
            }
            if (!(v instanceof PyDict d)) {
                throw Errors.typeError("__dict__ must be set to a dictionary, not a '" + Errors.typeName(v) + "'");
            }
            f.dict = d;
        });
        getset("__annotations__", f -> {
            if (f.annotations == null) {
                f.annotations = new PyDict();
            }
            return f.annotations;
        }, (f, v) -> {
            if (v != null && v != Singletons.NONE && !(v instanceof PyDict)) {
                throw Errors.typeError("__annotations__ must be set to a dict object");
            }
            f.annotations = v == Singletons.NONE ? null : v;
        });
        member("__globals__", f -> f.globals, null);
        member("__closure__", f -> f.closure == null ? Singletons.NONE : new PyTuple(f.closure.clone()), null);
        member("__doc__", f -> f.doc, (f, v) -> f.doc = v == null ? Singletons.NONE : v);
        member("__module__", f -> f.module, (f, v) -> f.module = v == null ? Singletons.NONE : v);
        member("__builtins__", f -> f.context.builtinsDict, null);
    }

    private static void getset(String name, java.util.function.Function<PyFunction, Object> get,
            java.util.function.BiConsumer<PyFunction, Object> set) {
        TYPE.define(name, new PyGetSetDescriptor(name, TYPE, o -> get.apply((PyFunction) o),
                (o, v) -> set.accept((PyFunction) o, v)));
    }

    private static void member(String name, java.util.function.Function<PyFunction, Object> get,
            java.util.function.BiConsumer<PyFunction, Object> set) {
        TYPE.define(name, new PyMemberDescriptor(name, TYPE, o -> get.apply((PyFunction) o),
                set == null ? null : (o, v) -> set.accept((PyFunction) o, v)));
    }

    private static String nameValue(String what, Object v) {
        if (!(PyValueInstance.unwrap(v) instanceof String s)) {
            throw Errors.typeError(what + " must be set to a string object");
        }
        return s;
    }

    /**
     * Whether a positional call with exactly {@code argCount} arguments can bind them by copying
     * (no defaults needed, no *args/**kwargs, keyword-only parameters, cells or generator).
     */
    public boolean isSimple() {
        CodeUnit u = code.unit;
        return (u.flags & (CodeUnit.VARARGS | CodeUnit.VARKEYWORDS | RESUMABLE)) == 0 && u.kwOnlyArgCount == 0
                && u.cellNames.length == 0 && closure == null;
    }

    /**
     * Whether a positional call with {@code n} arguments binds them by copying into the frame
     * ({@link #isSimple()} and exactly the parameters): then {@link #callCopying} may run it.
     */
    public boolean bindsByCopy(int n) {
        return n == code.unit.argCount && isSimple();
    }

    /**
     * The call fast path of the tiers: positional arguments copied straight from the caller's
     * vregs {@code [first, first + n)} into the new frame, no argument array in between.
     */
    public Object callFromRegisters(Object[] regs, int first, int n) {
        if (!bindsByCopy(n)) {
            Object[] args = new Object[n];
            System.arraycopy(regs, first, args, 0, n);
            return call(args, null);
        }
        return callCopying(regs, first, n);
    }

    /** {@link #callFromRegisters} for a call {@link #bindsByCopy} accepts (the interpreter's inline path). */
    public Object callCopying(Object[] regs, int first, int n) {
        PyFrame frame = new PyFrame(context, code, globals, null, null, this);
        System.arraycopy(regs, first, frame.regs, 0, n);
        return context.run(frame);
    }

    /**
     * A method call's fast path: {@code self} and the positional arguments in the caller's vregs
     * {@code [first, first + n)} go straight into the new frame.
     */
    public Object callWithSelf(Object self, Object[] regs, int first, int n) {
        if (!bindsByCopy(n + 1)) {
            Object[] args = new Object[n + 1];
            args[0] = self;
            System.arraycopy(regs, first, args, 1, n);
            return call(args, null);
        }
        return callWithSelfCopying(self, regs, first, n);
    }

    /** {@link #callWithSelf} for a call {@link #bindsByCopy} accepts with n + 1 arguments. */
    public Object callWithSelfCopying(Object self, Object[] regs, int first, int n) {
        PyFrame frame = new PyFrame(context, code, globals, null, null, this);
        frame.regs[0] = self;
        System.arraycopy(regs, first, frame.regs, 1, n);
        return context.run(frame);
    }

    public Object call(Object[] args, String[] kwnames) {
        PyFrame frame = newFrame(args, kwnames);
        if ((code.unit.flags & RESUMABLE) != 0) {
            code.profile.calls++;
            return Coroutines.create(frame);
        }
        return context.run(frame);
    }

    /** A frame with the arguments bound (CPython's argument-binding rules and messages). */
    public PyFrame newFrame(Object[] args, String[] kwnames) {
        CodeUnit u = code.unit;
        int ncells = u.cellNames.length + u.freeNames.length;
        Object[] cells = ncells == 0 ? null : new Object[ncells];
        for (int i = 0; i < u.cellNames.length; i++) {
            cells[i] = new PyCell(null);
        }
        if (closure != null) {
            System.arraycopy(closure, 0, cells, u.cellNames.length, closure.length);
        }
        PyFrame frame = new PyFrame(context, code, globals, null, cells, this);
        Object[] regs = frame.regs;
        int nkw = kwnames == null ? 0 : kwnames.length;
        int npos = args.length - nkw;
        int argc = u.argCount;
        boolean varargs = u.hasFlag(CodeUnit.VARARGS);
        boolean varkw = u.hasFlag(CodeUnit.VARKEYWORDS);
        int kwonly = u.kwOnlyArgCount;
        if (nkw == 0 && npos == argc && !varargs && !varkw && kwonly == 0) {
            System.arraycopy(args, 0, regs, 0, npos); // the common case
        } else {
            bindGeneral(u, regs, args, npos, kwnames, varargs, varkw);
        }
        // Parameters that are cells move into their cells.
        if (u.cellNames.length > 0) {
            for (int i = 0; i < u.cellNames.length; i++) {
                String cname = u.cellNames[i];
                int total = argc + kwonly + (varargs ? 1 : 0) + (varkw ? 1 : 0);
                for (int k = 0; k < total; k++) {
                    if (u.localNames[k].equals(cname)) {
                        ((PyCell) cells[i]).contents = regs[k];
                    }
                }
            }
        }
        return frame;
    }

    private void bindGeneral(CodeUnit u, Object[] regs, Object[] args, int npos, String[] kwnames, boolean varargs,
            boolean varkw) {
        int argc = u.argCount;
        int kwonly = u.kwOnlyArgCount;
        int total = argc + kwonly;
        int n = Math.min(npos, argc);
        System.arraycopy(args, 0, regs, 0, n);
        if (varargs) {
            Object[] rest = npos > argc ? java.util.Arrays.copyOfRange(args, argc, npos) : new Object[0];
            regs[total] = PyTuple.of(rest);
        } else if (npos > argc) {
            int withDefaults = defaults == null ? 0 : defaults.length;
            String takes = withDefaults > 0 ? "from " + (argc - withDefaults) + " to " + argc : String.valueOf(argc);
            int kwGiven = 0;
            if (kwnames != null) {
                for (String k : kwnames) {
                    for (int i = argc; i < total; i++) {
                        if (u.localNames[i].equals(k)) {
                            kwGiven++;
                        }
                    }
                }
            }
            throw Errors.typeError(qualname() + "() takes " + takes + " positional argument"
                    + (argc == 1 && withDefaults == 0 ? "" : "s") + " but " + npos
                    + (kwGiven > 0 ? " positional argument" + (npos == 1 ? "" : "s") + " (and " + kwGiven
                            + " keyword-only argument" + (kwGiven == 1 ? "" : "s") + ")" : "")
                    + " " + (npos == 1 && kwGiven == 0 ? "was" : "were") + " given");
        }
        PyDict kwdict = varkw ? new PyDict() : null;
        if (kwnames != null) {
            for (int k = 0; k < kwnames.length; k++) {
                String key = kwnames[k];
                Object value = args[npos + k];
                int slot = -1;
                for (int i = u.posOnlyArgCount; i < total; i++) {
                    if (u.localNames[i].equals(key)) {
                        slot = i;
                        break;
                    }
                }
                if (slot < 0) {
                    if (kwdict != null) {
                        kwdict.put(key, value);
                        continue;
                    }
                    StringBuilder posOnly = new StringBuilder();
                    for (int i = 0; i < u.posOnlyArgCount; i++) {
                        for (String name : kwnames) {
                            if (u.localNames[i].equals(name)) {
                                posOnly.append(posOnly.length() > 0 ? ", " : "").append(name);
                                break;
                            }
                        }
                    }
                    if (posOnly.length() > 0) {
                        throw Errors.typeError(qualname() + "() got some positional-only arguments passed as keyword"
                                + " arguments: '" + posOnly + "'");
                    }
                    throw Errors.typeError(qualname() + "() got an unexpected keyword argument '" + key + "'");
                }
                if (regs[slot] != null) {
                    throw Errors.typeError(qualname() + "() got multiple values for argument '" + key + "'");
                }
                regs[slot] = value;
            }
        }
        if (kwdict != null) {
            regs[total + (varargs ? 1 : 0)] = kwdict;
        }
        // defaults for missing positional parameters
        int ndef = defaults == null ? 0 : defaults.length;
        java.util.List<String> missing = new java.util.ArrayList<>();
        for (int i = 0; i < argc; i++) {
            if (regs[i] == null) {
                int d = i - (argc - ndef);
                if (d >= 0) {
                    regs[i] = defaults[d];
                } else {
                    missing.add(u.localNames[i]);
                }
            }
        }
        if (!missing.isEmpty()) {
            throw Errors.typeError(qualname() + "() missing " + missing.size() + " required positional argument"
                    + (missing.size() == 1 ? "" : "s") + ": " + names(missing));
        }
        for (int i = argc; i < total; i++) {
            if (regs[i] == null) {
                Object d = kwdefaults == null ? null : kwdefaults.get(u.localNames[i]);
                if (d != null) {
                    regs[i] = d;
                } else {
                    missing.add(u.localNames[i]);
                }
            }
        }
        if (!missing.isEmpty()) {
            throw Errors.typeError(qualname() + "() missing " + missing.size() + " required keyword-only argument"
                    + (missing.size() == 1 ? "" : "s") + ": " + names(missing));
        }
    }

    private static String names(java.util.List<String> names) {
        StringBuilder sb = new StringBuilder();
        for (int i = 0; i < names.size(); i++) {
            if (i > 0) {
                sb.append(names.size() == 2 ? " and " : i == names.size() - 1 ? ", and " : ", ");
            }
            sb.append('\'').append(names.get(i)).append('\'');
        }
        return sb.toString();
    }
}
