package org.pyston.runtime.objects;

/** Attributes that built-in objects have without a dict entry ({@code __class__}, exception fields, ...). */
final class Special {
    private Special() {
    }

    static Object get(Object obj, String name) {
        if (name.equals("__class__")) {
            return PyType.of(obj);
        }
        if (obj instanceof PyValueInstance v) {
            // int's real, numerator, ... of an instance of a subclass of int are its value's
            return name.equals("__dict__") ? v.dict : get(v.value, name);
        }
        if (obj instanceof PyBaseException e) {
            switch (name) {
                case "args":
                    return e.args;
                case "__cause__":
                    return e.cause == null ? Singletons.NONE : e.cause;
                case "__context__":
                    return e.context == null ? Singletons.NONE : e.context;
                case "__suppress_context__":
                    return e.suppressContext;
                case "__traceback__":
                    return PyTraceback.orNone(e.traceback);
                case "__dict__":
                    return dictOf(e.dict);
                default:
                    break;
            }
            if (e.type().isSubtypeOf(Errors.STOP_ITERATION) && name.equals("value")) {
                return e.args.size() > 0 ? e.args.get(0) : Singletons.NONE;
            }
            if (e.type().isSubtypeOf(Errors.SYSTEM_EXIT) && name.equals("code")) {
                return e.args.size() == 0 ? Singletons.NONE : e.args.size() == 1 ? e.args.get(0) : e.args;
            }
            if (e.type().isSubtypeOf(Errors.IMPORT_ERROR)) {
                if (name.equals("name") || name.equals("path")) {
                    return Singletons.NONE;
                }
                if (name.equals("msg")) {
                    return e.args.size() == 1 ? e.args.get(0) : Singletons.NONE;
                }
            }
            if (name.equals("name") && (e.type().isSubtypeOf(Errors.NAME_ERROR)
                    || e.type().isSubtypeOf(Errors.ATTRIBUTE_ERROR))) {
                return Singletons.NONE;
            }
            if (name.equals("obj") && e.type().isSubtypeOf(Errors.ATTRIBUTE_ERROR)) {
                return Singletons.NONE;
            }
            return null;
        }
        if (obj instanceof PyBoundMethod m) {
            switch (name) {
                case "__self__":
                    return m.self;
                case "__func__":
                    return m.function;
                case "__name__":
                case "__qualname__":
                case "__doc__":
                case "__module__":
                    return Attributes.get(m.function, name);
                default:
                    return Attributes.get(m.function, name);
            }
        }
        if (obj instanceof PyBuiltinFunction b) {
            switch (name) {
                case "__name__":
                    return b.name;
                case "__qualname__":
                    return b.qualname();
                case "__doc__":
                    return b.doc != null ? b.doc : BuiltinDocs.of(b); // its own, else the table's
                case "__module__":
                    return b.module != null ? b.module : "builtins";
                case "__self__":
                    return builtinSelf(b);
                case "__objclass__":
                    return b.isMethod && b.owner != null ? b.owner : null; // a method descriptor's type
                default:
                    return null;
            }
        }
        if (obj instanceof HasDict h && name.equals("__dict__")) {
            return h.instanceDict();
        }
        if (name.equals("__dict__") && (obj instanceof PyClassMethod || obj instanceof PyStaticMethod)
                && Attributes.instanceDict(obj) != null) {
            return obj instanceof PyClassMethod c ? c.dict() : ((PyStaticMethod) obj).dict();
        }
        if (name.equals("__dict__") && !(obj instanceof PyInstance) && Abstract.isDerived(obj)
                && Attributes.instanceDict(obj) != null) {
            // an instance of a subclass of a built-in type: its attributes
            return obj instanceof PyList l ? l.attributes : obj instanceof PyDict d ? d.attributes
                    : obj instanceof PyTuple.OfSubclass t ? t.attributes : obj instanceof PySet s ? s.attributes
                    : obj instanceof PyProperty p ? p.attributes : null;
        }
        if (obj instanceof PyInstance i && name.equals("__dict__")) {
            return i.dict; // null without one (__slots__)
        }
        if (obj instanceof PyProperty p) {
            switch (name) {
                case "fget":
                    return p.fget;
                case "fset":
                    return p.fset;
                case "fdel":
                    return p.fdel;
                case "__doc__":
                    return p.doc;
                case "__isabstractmethod__":
                    return isAbstract(p.fget) || isAbstract(p.fset) || isAbstract(p.fdel);
                default:
                    return null;
            }
        }
        if (obj instanceof FrameObject f) {
            return f.attribute(name);
        }
        if (obj instanceof PyClassMethod c && name.equals("__func__")) {
            return c.function;
        }
        if (obj instanceof PyStaticMethod s && name.equals("__func__")) {
            return s.function;
        }
        if (name.equals("__isabstractmethod__") && (obj instanceof PyClassMethod || obj instanceof PyStaticMethod)) {
            return isAbstract(obj instanceof PyClassMethod c ? c.function : ((PyStaticMethod) obj).function);
        }
        if (obj instanceof PyModule && name.equals("__dict__")) {
            return ((PyModule) obj).dict;
        }
        if (obj instanceof PyCode c) {
            switch (name) {
                case "co_name":
                    return c.unit.name;
                case "co_qualname":
                    return c.unit.qualname();
                case "co_filename":
                    return c.unit.filename;
                case "co_firstlineno":
                    return (long) c.unit.firstLineNumber();
                case "co_argcount":
                    return (long) c.unit.argCount;
                case "co_varnames":
                    return new PyTuple(c.unit.localNames.clone());
                case "co_kwonlyargcount":
                    return (long) c.unit.kwOnlyArgCount;
                case "co_posonlyargcount":
                    return (long) c.unit.posOnlyArgCount;
                case "co_freevars":
                    return new PyTuple(c.unit.freeNames.clone());
                case "co_cellvars":
                    return new PyTuple(c.unit.cellNames.clone());
                case "co_flags":
                    return (long) c.unit.flags;
                case "co_nlocals":
                    return (long) c.unit.localNames.length;
                default:
                    return null;
            }
        }
        if (obj instanceof PySlice s) {
            switch (name) {
                case "start":
                    return s.start;
                case "stop":
                    return s.stop;
                case "step":
                    return s.step;
                default:
                    return null;
            }
        }
        if (obj instanceof PyRange r) {
            switch (name) {
                case "start":
                    return r.startValue();
                case "stop":
                    return r.stopValue();
                case "step":
                    return r.stepValue();
                default:
                    return null;
            }
        }
        if (obj instanceof Long || obj instanceof java.math.BigInteger || obj instanceof Boolean) {
            switch (name) {
                case "real":
                case "numerator":
                    return obj instanceof Boolean b ? (Object) (b ? 1L : 0L) : obj;
                case "imag":
                    return 0L;
                case "denominator":
                    return 1L;
                default:
                    return null;
            }
        }
        if (obj instanceof PyComplex c) {
            switch (name) {
                case "real":
                    return c.real;
                case "imag":
                    return c.imag;
                default:
                    return null;
            }
        }
        if (obj instanceof Double d) {
            switch (name) {
                case "real":
                    return d;
                case "imag":
                    return 0.0;
                default:
                    return null;
            }
        }
        return null;
    }

    /** getattr(f, "__isabstractmethod__", False) as a truth value (abstract properties and class methods). */
    private static boolean isAbstract(Object f) {
        if (f == null || f == Singletons.NONE) {
            return false;
        }
        Object flag = Attributes.get(f, "__isabstractmethod__");
        return flag != null && Abstract.isTrue(flag);
    }

    private static PyDict dictOf(java.util.Map<String, Object> m) {
        PyDict d = new PyDict();
        for (java.util.Map.Entry<String, Object> e : m.entrySet()) {
            d.put(e.getKey(), e.getValue());
        }
        return d;
    }

    /**
     * {@code __self__} of a built-in function: the type of a {@code __new__} (copyreg compares
     * it), the module of a module function, None when neither is known.
     */
    private static Object builtinSelf(PyBuiltinFunction b) {
        if (!b.isMethod && b.owner != null) {
            return b.owner;
        }
        Gil gil = Gil.current();
        Object module = gil == null ? null : gil.ctx.modules.get(b.module != null ? b.module : "builtins");
        return module != null ? module : Singletons.NONE;
    }
}
