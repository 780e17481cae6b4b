package org.pyston.runtime.modules;

import java.util.ArrayList;
import java.util.List;
import org.pyston.runtime.objects.Abstract;
import org.pyston.runtime.objects.CustomAttributes;
import org.pyston.runtime.objects.Errors;
import org.pyston.runtime.objects.NativeFunction;
import org.pyston.runtime.objects.PyBuiltinFunction;
import org.pyston.runtime.objects.PyClassMethod;
import org.pyston.runtime.objects.PyDict;
import org.pyston.runtime.objects.PyException;
import org.pyston.runtime.objects.PyList;
import org.pyston.runtime.objects.PySet;
import org.pyston.runtime.objects.PyTuple;
import org.pyston.runtime.objects.PyType;
import org.pyston.runtime.objects.Singletons;

/**
 * {@code types.GenericAlias}: what {@code list[int]} makes. Attribute reads other than its own go
 * to the origin class, as CPython's; calling it calls the origin and records
 * {@code __orig_class__}; substitution of type variables follows CPython 3.11.
 */
public final class GenericAlias extends NativeObject implements CustomAttributes {
    static final PyType TYPE = Ext.type("types", "GenericAlias", GenericAlias.class, null, (cls, a, k) -> {
        if (cls.isBuiltin && k != null && k.length > 0) {
            throw Errors.typeError("GenericAlias() takes no keyword arguments");
        }
        Ext.positionalOnly("GenericAlias", a, null, 2, 2);
        return new GenericAlias(cls, a[0], a[1]);
    });

    /** The attributes a GenericAlias answers itself; all others are the origin's. */
    private static final java.util.Set<String> OWN = java.util.Set.of("__class__", "__origin__", "__args__",
            "__unpacked__", "__parameters__", "__typing_unpacked_tuple_args__", "__mro_entries__", "__reduce_ex__",
            "__reduce__", "__copy__", "__deepcopy__", "__iter__");

    final Object origin;
    final PyTuple args;
    /** {@code *tuple[int, str]}: the alias iteration yields (PEP 646), shown with a star. */
    final boolean unpacked;
    private PyTuple parameters;

    GenericAlias(PyType type, Object origin, Object args) {
        this(type, origin, args, false);
    }

    private GenericAlias(PyType type, Object origin, Object args, boolean unpacked) {
        super(type);
        this.origin = origin;
        this.args = args instanceof PyTuple t ? t : PyTuple.of(args);
        this.unpacked = unpacked;
    }

    private static final PyType ITERATOR = org.pyston.runtime.objects.PyIterator.iteratorType("generic_alias_iterator");

    /** What {@code iter(alias)} returns: one item, the unpacked alias, as CPython 3.11's ga_iter. */
    private static final class UnpackIterator extends org.pyston.runtime.objects.PyIterator {
        private GenericAlias alias;

        UnpackIterator(GenericAlias alias) {
            this.alias = alias;
        }

        @Override
        public PyType type() {
            return ITERATOR;
        }

        @Override
        public Object next() {
            GenericAlias a = alias;
            alias = null;
            return a == null ? null : new GenericAlias(GenericAlias.TYPE, a.origin, a.args, true);
        }
    }

    /** {@code origin[args]}: the object {@code __class_getitem__} of the built-in generic types returns. */
    public static Object of(Object origin, Object args) {
        return new GenericAlias(TYPE, origin, args);
    }

    private static boolean installed;

    /** Gives the built-in generic types their {@code __class_getitem__}. */
    public static synchronized void install() {
        if (installed) {
            return;
        }
        installed = true;
        for (PyType t : new PyType[] {PyType.TYPE, PyList.TYPE, PyDict.TYPE, PyTuple.TYPE, PySet.TYPE,
            PySet.FROZEN_TYPE}) {
            classGetItem(t);
        }
        UnionType.install();
    }

    /** Defines {@code __class_getitem__} returning a GenericAlias, as CPython's Py_GenericAlias. */
    static void classGetItem(PyType t) {
        NativeFunction f = (a, k) -> of(a[0], a[1]);
        t.define("__class_getitem__", new PyClassMethod(new PyBuiltinFunction("__class_getitem__", f, false)));
    }

    @Override
    public Object getAttribute(String name) {
        if (OWN.contains(name) || definedInSubclass(name)) {
            return Abstract.genericGetAttr(this, name);
        }
        return Abstract.getAttr(origin, name);
    }

    /** Whether a class deriving from GenericAlias in Python defines {@code name}. */
    private boolean definedInSubclass(String name) {
        for (PyType t : type().mro) {
            if (t == TYPE) {
                return false;
            }
            if (t.dict.containsKey(name)) {
                return true;
            }
        }
        return false;
    }

    @Override
    public void setAttribute(String name, Object value) {
        org.pyston.runtime.objects.HasDict self = this;
        if (self.instanceDict() == null) {
            throw Errors.attributeError("'" + type().name + "' object has no attribute '" + name + "'");
        }
        if (value == null) {
            if (self.instanceDict().remove(name) == null) {
                throw Errors.attributeError("'" + type().name + "' object has no attribute '" + name + "'");
            }
        } else {
            self.instanceDict().put(name, value);
        }
    }

    /** The type variables among the arguments (anything with {@code __typing_subst__}), and those of nested aliases. */
    PyTuple parameters() {
        if (parameters == null) {
            List<Object> found = new ArrayList<>();
            for (Object arg : args.items) {
                if (arg instanceof PyType) {
                    continue;
                }
                if (hasAttr(arg, "__typing_subst__")) {
                    addUnique(found, arg);
                    continue;
                }
                Object sub = optionalAttr(arg, "__parameters__");
                if (sub instanceof PyTuple st) {
                    for (Object p : st.items) {
                        addUnique(found, p);
                    }
                }
            }
            parameters = new PyTuple(found.toArray());
        }
        return parameters;
    }

    private static void addUnique(List<Object> list, Object o) {
        for (Object x : list) {
            if (x == o) {
                return;
            }
        }
        list.add(o);
    }

    private static boolean hasAttr(Object o, String name) {
        return optionalAttr(o, name) != null;
    }

    private static Object optionalAttr(Object o, String name) {
        try {
            return Abstract.getAttr(o, name);
        } catch (PyException e) {
            if (e.matches(Errors.ATTRIBUTE_ERROR)) {
                return null;
            }
            throw e;
        }
    }

    /** repr of one argument: a class by its qualified name, ... for Ellipsis, lists item by item. */
    static String argRepr(Object o) {
        if (o == Singletons.ELLIPSIS) {
            return "...";
        }
        if (o instanceof PyList l) {
            StringBuilder sb = new StringBuilder("[");
            for (int i = 0; i < l.size; i++) {
                sb.append(i > 0 ? ", " : "").append(argRepr(l.items[i]));
            }
            return sb.append(']').toString();
        }
        if (o instanceof GenericAlias) {
            return Abstract.repr(o);
        }
        Object qualname = optionalAttr(o, "__qualname__");
        Object module = optionalAttr(o, "__module__");
        if (qualname != null && module != null && hasAttr(o, "__origin__") == false && hasAttr(o, "__args__") == false) {
            if (module instanceof String m && m.equals("builtins")) {
                return Abstract.str(qualname);
            }
            return Abstract.str(module) + "." + Abstract.str(qualname);
        }
        return Abstract.repr(o);
    }

    static {
        Ext.method(TYPE, "__repr__", (a, k) -> {
            GenericAlias g = (GenericAlias) a[0];
            StringBuilder sb = new StringBuilder(g.unpacked ? "*" : "").append(argRepr(g.origin)).append('[');
            if (g.args.items.length == 0) {
                sb.append("()");
            }
            for (int i = 0; i < g.args.items.length; i++) {
                sb.append(i > 0 ? ", " : "").append(argRepr(g.args.items[i]));
            }
            return sb.append(']').toString();
        });
        Ext.method(TYPE, "__call__", (a, k) -> {
            GenericAlias g = (GenericAlias) a[0];
            Object result = Abstract.call(g.origin, java.util.Arrays.copyOfRange(a, 1, a.length), k);
            try {
                Abstract.setAttr(result, "__orig_class__", g);
            } catch (PyException e) {
                if (!e.matches(Errors.ATTRIBUTE_ERROR) && !e.matches(Errors.TYPE_ERROR)) {
                    throw e;
                }
            }
            return result;
        });
        Ext.method(TYPE, "__mro_entries__", (a, k) -> PyTuple.of(((GenericAlias) a[0]).origin));
        Ext.method(TYPE, "__eq__", (a, k) -> {
            if (!(a[1] instanceof GenericAlias o)) {
                return Singletons.NOT_IMPLEMENTED;
            }
            GenericAlias g = (GenericAlias) a[0];
            return g.unpacked == o.unpacked && Abstract.eq(g.origin, o.origin) && Abstract.eq(g.args, o.args);
        });
        Ext.method(TYPE, "__ne__", (a, k) -> {
            if (!(a[1] instanceof GenericAlias o)) {
                return Singletons.NOT_IMPLEMENTED;
            }
            GenericAlias g = (GenericAlias) a[0];
            return !(g.unpacked == o.unpacked && Abstract.eq(g.origin, o.origin) && Abstract.eq(g.args, o.args));
        });
        Ext.method(TYPE, "__hash__", (a, k) -> {
            GenericAlias g = (GenericAlias) a[0];
            return Abstract.hash(g.origin) ^ Abstract.hash(g.args);
        });
        Ext.method(TYPE, "__instancecheck__", (a, k) -> {
            throw Errors.typeError("isinstance() argument 2 cannot be a parameterized generic");
        });
        Ext.method(TYPE, "__subclasscheck__", (a, k) -> {
            throw Errors.typeError("issubclass() argument 2 cannot be a parameterized generic");
        });
        Ext.method(TYPE, "__getitem__", (a, k) -> ((GenericAlias) a[0]).substitute(a[1]));
        Ext.method(TYPE, "__reduce__", (a, k) -> {
            GenericAlias g = (GenericAlias) a[0];
            return PyTuple.of(PyType.of(g), PyTuple.of(g.origin, g.args));
        });
        Ext.getter(TYPE, "__origin__", self -> ((GenericAlias) self).origin);
        Ext.getter(TYPE, "__args__", self -> ((GenericAlias) self).args);
        Ext.getter(TYPE, "__parameters__", self -> ((GenericAlias) self).parameters());
        Ext.getter(TYPE, "__unpacked__", self -> ((GenericAlias) self).unpacked);
        Ext.getter(TYPE, "__typing_unpacked_tuple_args__", self -> {
            GenericAlias g = (GenericAlias) self;
            return g.unpacked && g.origin == PyTuple.TYPE ? g.args : Singletons.NONE;
        });
        Ext.method(TYPE, "__iter__", (a, k) -> new UnpackIterator((GenericAlias) a[0]));
        Ext.method(TYPE, "__or__", (a, k) -> UnionType.or(a[0], a[1]));
        Ext.method(TYPE, "__ror__", (a, k) -> UnionType.or(a[1], a[0]));
    }

    /** {@code alias[items]}: each type variable replaced by its argument (through {@code __typing_subst__}). */
    Object substitute(Object items) {
        PyTuple params = parameters();
        if (params.items.length == 0) {
            throw Errors.typeError(Abstract.repr(this) + " is not a generic class");
        }
        Object[] given = items instanceof PyTuple t ? t.items : new Object[] {items};
        if (given.length != params.items.length) {
            throw Errors.typeError("Too " + (given.length > params.items.length ? "many" : "few") + " arguments for "
                    + Abstract.repr(this) + "; actual " + given.length + ", expected " + params.items.length);
        }
        Object[] substituted = new Object[given.length];
        for (int i = 0; i < given.length; i++) {
            Object subst = optionalAttr(params.items[i], "__typing_subst__");
            substituted[i] = subst == null ? given[i] : Abstract.call(subst, new Object[] {given[i]}, null);
        }
        Object[] newArgs = new Object[args.items.length];
        for (int i = 0; i < newArgs.length; i++) {
            newArgs[i] = substituteIn(args.items[i], params.items, substituted);
        }
        return new GenericAlias(TYPE, origin, new PyTuple(newArgs), unpacked);
    }

    private static Object substituteIn(Object arg, Object[] params, Object[] values) {
        if (arg instanceof PyType) {
            return arg;
        }
        for (int i = 0; i < params.length; i++) {
            if (params[i] == arg) {
                return values[i];
            }
        }
        Object sub = optionalAttr(arg, "__parameters__");
        if (sub instanceof PyTuple st && st.items.length > 0) {
            Object[] picked = new Object[st.items.length];
            for (int j = 0; j < picked.length; j++) {
                picked[j] = substituteIn(st.items[j], params, values);
            }
            return Abstract.getItem(arg, picked.length == 1 ? picked[0] : new PyTuple(picked));
        }
        return arg;
    }
}
