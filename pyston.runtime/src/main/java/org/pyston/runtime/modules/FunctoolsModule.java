package org.pyston.runtime.modules;

import java.util.Arrays;
import java.util.IdentityHashMap;
import java.util.Map;
import org.pyston.runtime.objects.Abstract;
import org.pyston.runtime.objects.Builtins;
import org.pyston.runtime.objects.Errors;
import org.pyston.runtime.objects.PyDict;
import org.pyston.runtime.objects.PyException;
import org.pyston.runtime.objects.PyIterator;
import org.pyston.runtime.objects.PyModule;
import org.pyston.runtime.objects.PyTuple;
import org.pyston.runtime.objects.PyType;
import org.pyston.runtime.objects.Singletons;

/**
 * {@code _functools}: reduce, partial (with CPython's flattening of nested partials, repr and
 * pickling state) and cmp_to_key. functools.py keeps its pure-Python lru_cache.
 */
final class FunctoolsModule {
    private FunctoolsModule() {
    }

    static PyModule create() {
        PyModule m = new PyModule("_functools");
        m.set("partial", PARTIAL);
        m.set("KeyWrapper", KEY_WRAPPER);
        Ext.function(m, "reduce", (a, k) -> {
            Ext.positionalOnly("reduce", a, k, 2, 3);
            PyIterator it;
            try {
                it = Abstract.iter(a[1]);
            } catch (PyException e) {
                if (e.matches(Errors.TYPE_ERROR)) {
                    throw Errors.typeError("reduce() arg 2 must support iteration");
                }
                throw e;
            }
            Object acc = a.length > 2 ? a[2] : null;
            for (Object v = it.next(); v != null; v = it.next()) {
                acc = acc == null ? v : Abstract.call(a[0], new Object[] {acc, v}, null);
            }
            if (acc == null) {
                throw Errors.typeError("reduce() of empty iterable with no initial value");
            }
            return acc;
        });
        Ext.function(m, "cmp_to_key", (a, k) -> {
            Object[] b = Ext.bind("cmp_to_key", a, k, 1, 1, "mycmp");
            return new KeyWrapper(KEY_WRAPPER, b[0], null);
        });
        return m;
    }

    // ------------------------------------------------------------------ partial

    static final PyType PARTIAL = Ext.type("functools", "partial", Partial.class, null, (cls, a, k) -> {
        int nkw = k == null ? 0 : k.length;
        int npos = a.length - nkw;
        if (npos < 1) {
            throw Errors.typeError("type 'partial' takes at least one argument");
        }
        Object func = a[0];
        Object[] innerArgs = new Object[0];
        PyDict innerKeywords = null;
        if (func instanceof Partial p && PyType.of(p).lookup("__call__") == FunctoolsModule.PARTIAL.dict.get("__call__")
                && p.ownDict() == null) {
            innerArgs = p.args.items;
            innerKeywords = p.keywords;
            func = p.function;
        }
        if (!Builtins.isCallable(func)) {
            throw Errors.typeError("the first argument must be callable");
        }
        Object[] args = new Object[innerArgs.length + npos - 1];
        System.arraycopy(innerArgs, 0, args, 0, innerArgs.length);
        System.arraycopy(a, 1, args, innerArgs.length, npos - 1);
        PyDict keywords = new PyDict();
        if (innerKeywords != null) {
            for (Map.Entry<Object, Object> e : innerKeywords.entries()) {
                keywords.put(e.getKey(), e.getValue());
            }
        }
        for (int i = 0; i < nkw; i++) {
            keywords.put(k[i], a[npos + i]);
        }
        return new Partial(cls, func, new PyTuple(args), keywords);
    });

    static final class Partial extends NativeObject {
        Object function;
        PyTuple args;
        PyDict keywords;

        Partial(PyType type, Object function, PyTuple args, PyDict keywords) {
            super(type);
            this.function = function;
            this.args = args;
            this.keywords = keywords;
        }

        @Override
        boolean typeHasDict() {
            return true;
        }

        /** The instance dict if attributes were ever set (flattening leaves such partials alone). */
        PyDict ownDict() {
            PyDict d = instanceDict();
            return d == null || d.size() == 0 ? null : d;
        }

        Object call(Object[] a, String[] k) {
            int nkw = k == null ? 0 : k.length;
            int npos = a.length - nkw;
            int stored = keywords.size();
            Object[] full;
            String[] names;
            if (stored == 0) {
                full = new Object[args.items.length + a.length];
                System.arraycopy(args.items, 0, full, 0, args.items.length);
                System.arraycopy(a, 0, full, args.items.length, a.length);
                names = k;
            } else {
                // stored keywords first, those of the call override them
                PyDict merged = new PyDict();
                for (Map.Entry<Object, Object> e : keywords.entries()) {
                    merged.put(e.getKey(), e.getValue());
                }
                for (int i = 0; i < nkw; i++) {
                    merged.put(k[i], a[npos + i]);
                }
                full = new Object[args.items.length + npos + merged.size()];
                System.arraycopy(args.items, 0, full, 0, args.items.length);
                System.arraycopy(a, 0, full, args.items.length, npos);
                names = new String[merged.size()];
                int i = 0;
                for (Map.Entry<Object, Object> e : merged.entries()) {
                    names[i] = (String) e.getKey();
                    full[args.items.length + npos + i] = e.getValue();
                    i++;
                }
            }
            return Abstract.call(function, full, names);
        }
    }

    private static final ThreadLocal<Map<Object, Boolean>> IN_REPR = ThreadLocal.withInitial(IdentityHashMap::new);

    static {
        WeakrefModule.allowWeakReferences(PARTIAL);
        GenericAlias.classGetItem(PARTIAL);
        Ext.method(PARTIAL, "__call__", (a, k) -> ((Partial) a[0]).call(Arrays.copyOfRange(a, 1, a.length), k));
        Ext.getter(PARTIAL, "func", self -> ((Partial) self).function);
        Ext.getter(PARTIAL, "args", self -> ((Partial) self).args);
        Ext.getter(PARTIAL, "keywords", self -> ((Partial) self).keywords);
        Ext.method(PARTIAL, "__repr__", (a, k) -> {
            Partial p = (Partial) a[0];
            Map<Object, Boolean> active = IN_REPR.get();
            if (active.containsKey(p)) {
                return "...";
            }
            active.put(p, Boolean.TRUE);
            try {
                StringBuilder sb = new StringBuilder(Errors.typeName(p)).append('(').append(Abstract.repr(p.function));
                for (Object arg : p.args.items) {
                    sb.append(", ").append(Abstract.repr(arg));
                }
                for (Map.Entry<Object, Object> e : p.keywords.entries()) {
                    sb.append(", ").append(Abstract.str(e.getKey())).append('=').append(Abstract.repr(e.getValue()));
                }
                return sb.append(')').toString();
            } finally {
                active.remove(p);
            }
        });
        Ext.method(PARTIAL, "__reduce__", (a, k) -> {
            Partial p = (Partial) a[0];
            PyDict d = p.ownDict();
            return PyTuple.of(PyType.of(p), PyTuple.of(p.function), PyTuple.of(p.function, p.args,
                    p.keywords.size() == 0 ? Singletons.NONE : p.keywords, d == null ? Singletons.NONE : d));
        });
        Ext.method(PARTIAL, "__setstate__", (a, k) -> {
            Partial p = (Partial) a[0];
            if (!(a[1] instanceof PyTuple state) || state.items.length != 4) {
                throw Errors.typeError("argument to __setstate__ must be a tuple");
            }
            Object fn = state.items[0], fnargs = state.items[1], kw = state.items[2], dict = state.items[3];
            if (!Builtins.isCallable(fn) || !(fnargs instanceof PyTuple)
                    || kw != Singletons.NONE && !(kw instanceof PyDict)) {
                throw Errors.typeError("invalid partial state");
            }
            p.function = fn;
            p.args = new PyTuple(((PyTuple) fnargs).items.clone());
            PyDict keywords = new PyDict();
            if (kw instanceof PyDict kd) {
                for (Map.Entry<Object, Object> e : kd.entries()) {
                    keywords.put(e.getKey(), e.getValue());
                }
            }
            p.keywords = keywords;
            if (dict instanceof PyDict dd) {
                PyDict own = p.instanceDict();
                for (Map.Entry<Object, Object> e : dd.entries()) {
                    own.put(e.getKey(), e.getValue());
                }
            }
            return Singletons.NONE;
        });
    }

    // ------------------------------------------------------------------ cmp_to_key

    static final PyType KEY_WRAPPER = Ext.type("functools", "KeyWrapper", KeyWrapper.class, null, null);

    /** cmp_to_key's result (no object) and the keys it makes (wrapping one object each). */
    static final class KeyWrapper extends NativeObject {
        final Object compare;
        final Object object;

        KeyWrapper(PyType type, Object compare, Object object) {
            super(type);
            this.compare = compare;
            this.object = object;
        }
    }

    static {
        KEY_WRAPPER.define("__hash__", Singletons.NONE);
        Ext.method(KEY_WRAPPER, "__call__", (a, k) -> {
            Object[] b = Ext.bind("K", Arrays.copyOfRange(a, 1, a.length), k, 1, 1, "obj");
            KeyWrapper w = (KeyWrapper) a[0];
            return new KeyWrapper(KEY_WRAPPER, w.compare, b[0]);
        });
        Ext.getter(KEY_WRAPPER, "obj", self -> {
            Object o = ((KeyWrapper) self).object;
            if (o == null) {
                throw Errors.attributeError("obj");
            }
            return o;
        });
        for (Abstract.CompareOp op : Abstract.CompareOp.values()) {
            Ext.method(KEY_WRAPPER, op.method, (a, k) -> {
                if (!(a[1] instanceof KeyWrapper other) || PyType.of(a[1]) != KEY_WRAPPER) {
                    throw Errors.typeError("other argument must be K instance");
                }
                KeyWrapper self = (KeyWrapper) a[0];
                if (self.object == null || other.object == null) {
                    throw Errors.attributeError("object");
                }
                Object r = Abstract.call(self.compare, new Object[] {self.object, other.object}, null);
                return Abstract.compare(op, r, 0L);
            });
        }
    }
}
