package org.pyston.runtime.modules;

import java.util.function.Function;
import org.pyston.runtime.objects.Args;
import org.pyston.runtime.objects.Errors;
import org.pyston.runtime.objects.NativeFunction;
import org.pyston.runtime.objects.PyBuiltinFunction;
import org.pyston.runtime.objects.PyClassMethod;
import org.pyston.runtime.objects.PyModule;
import org.pyston.runtime.objects.PyProperty;
import org.pyston.runtime.objects.PyStaticMethod;
import org.pyston.runtime.objects.PyTuple;
import org.pyston.runtime.objects.PyType;
import org.pyston.runtime.objects.Singletons;

/**
 * Building blocks of the native modules: extension types (CPython's C types: a module-qualified
 * name, an allocator as tp_new, special methods that generic operations dispatch to), their
 * methods and read-only attributes, module functions, and argument binding with the messages of
 * CPython's argument clinic.
 */
final class Ext {
    private Ext() {
    }

    /** An extension type {@code module.name} whose instances are of Java class {@code cls}. */
    static PyType type(String module, String name, Class<?> cls, PyType base, PyType.Allocator allocator) {
        PyType t = base == null ? PyType.builtin(name, cls) : PyType.builtin(name, cls, base);
        t.module = module;
        t.extension = true;
        if (allocator != null) {
            t.setAllocator(allocator);
        }
        return t;
    }

    /** An iterator type: {@code __iter__} returns the iterator, {@code __next__} its next value. */
    static PyType iteratorType(String module, String name, Class<?> cls, PyType.Allocator allocator) {
        PyType t = type(module, name, cls, null, allocator);
        method(t, "__iter__", (a, k) -> a[0]);
        method(t, "__next__", (a, k) -> {
            Object v = ((org.pyston.runtime.objects.PyIterator) a[0]).next();
            if (v == null) {
                throw Errors.of(Errors.STOP_ITERATION, new Object[0]);
            }
            return v;
        });
        // pickle and copy: the iterators that implement PyIterator's reduce()/setState() (CPython's
        // __reduce__/__setstate__ of the same kind)
        if (declares(cls, "reduce")) {
            method(t, "__reduce__", (a, k) -> ((org.pyston.runtime.objects.PyIterator) a[0]).reduce());
        }
        if (declares(cls, "setState", Object.class)) {
            method(t, "__setstate__", (a, k) -> {
                Args.positionalCount("__setstate__", a.length - 1, 1, 1);
                ((org.pyston.runtime.objects.PyIterator) a[0]).setState(a[1]);
                return Singletons.NONE;
            });
        }
        return t;
    }

    private static boolean declares(Class<?> cls, String method, Class<?>... parameters) {
        try {
            cls.getDeclaredMethod(method, parameters);
            return true;
        } catch (NoSuchMethodException e) {
            return false;
        }
    }

    /** A method of an extension type; {@code self} is {@code args[0]} (special methods are the type's slots). */
    static void method(PyType t, String name, NativeFunction f) {
        t.define(name, new PyBuiltinFunction(name, f, true, t));
    }

    /** A read-only attribute of the instances of an extension type. */
    static void getter(PyType t, String name, Function<Object, Object> get) {
        t.define(name, new PyProperty(new PyBuiltinFunction(name, (a, k) -> get.apply(a[0]), false),
                Singletons.NONE, Singletons.NONE, Singletons.NONE));
    }

    /** A class method: {@code args[0]} is the class. */
    static void classMethod(PyType t, String name, NativeFunction f) {
        t.define(name, new PyClassMethod(new PyBuiltinFunction(name, f, false)));
    }

    static void staticMethod(PyType t, String name, NativeFunction f) {
        t.define(name, new PyStaticMethod(new PyBuiltinFunction(name, f, false)));
    }

    /** A module-level function. */
    static PyBuiltinFunction function(PyModule m, String name, NativeFunction f) {
        PyBuiltinFunction b = new PyBuiltinFunction(name, f, false);
        m.set(name, b);
        return b;
    }

    static void addType(PyModule m, PyType t) {
        m.set(t.name, t);
    }

    static PyTuple tuple(Object... items) {
        return new PyTuple(items);
    }

    /**
     * Binds arguments to parameters {@code names} as CPython's argument clinic does: the first
     * {@code required} are required, the first {@code maxPositional} may be given by position,
     * any may be given by name. Missing optional arguments are null in the result.
     */
    static Object[] bind(String fname, Object[] args, String[] kwnames, int required, int maxPositional,
            String... names) {
        int nkw = kwnames == null ? 0 : kwnames.length;
        int npos = args.length - nkw;
        int maxArgs = names.length;
        if (npos + nkw > maxArgs) {
            throw Errors.typeError(fname + "() takes at most " + maxArgs + " " + (npos == 0 ? "keyword " : "")
                    + "argument" + (maxArgs == 1 ? "" : "s") + " (" + (npos + nkw) + " given)");
        }
        if (npos > maxPositional) {
            if (maxPositional == 0) {
                throw Errors.typeError(fname + "() takes no positional arguments");
            }
            throw Errors.typeError(fname + "() takes " + (Math.min(required, maxPositional) < maxPositional ? "at most"
                    : "exactly") + " " + maxPositional + " positional argument" + (maxPositional == 1 ? "" : "s")
                    + " (" + npos + " given)");
        }
        Object[] bound = new Object[maxArgs];
        System.arraycopy(args, 0, bound, 0, npos);
        int used = 0;
        for (int i = npos; i < maxArgs; i++) {
            for (int j = 0; j < nkw; j++) {
                if (kwnames[j].equals(names[i])) {
                    bound[i] = args[npos + j];
                    used++;
                    break;
                }
            }
            if (bound[i] == null && i < required) {
                throw Errors.typeError(fname + "() missing required argument '" + names[i] + "' (pos " + (i + 1) + ")");
            }
        }
        if (used < nkw) {
            for (int i = 0; i < npos; i++) {
                for (String k : kwnames) {
                    if (k.equals(names[i])) {
                        throw Errors.typeError("argument for " + fname + "() given by name ('" + k + "') and position ("
                                + (i + 1) + ")");
                    }
                }
            }
            outer:
            for (String k : kwnames) {
                for (String n : names) {
                    if (n.equals(k)) {
                        continue outer;
                    }
                }
                throw Errors.typeError("'" + k + "' is an invalid keyword argument for " + fname + "()");
            }
        }
        return bound;
    }

    /** Positional arguments only, between min and max: "NAME expected N arguments, got M". */
    static void positionalOnly(String fname, Object[] args, String[] kwnames, int min, int max) {
        if (kwnames != null && kwnames.length > 0) {
            throw Errors.typeError(fname + "() takes no keyword arguments");
        }
        int n = args.length;
        if (n < min || n > max) {
            String bound = min == max ? "" : n < min ? "at least " : "at most ";
            int shown = n < min ? min : max;
            throw Errors.typeError(fname + " expected " + bound + shown + " argument" + (shown == 1 ? "" : "s")
                    + ", got " + n);
        }
    }

    /** The instance's type name as CPython's reprs show it (a subclass's own name). */
    static String typeName(Object self) {
        return PyType.of(self).name;
    }
}
