package org.pyston.runtime.modules;

import java.util.LinkedHashMap;
import java.util.Map;
import org.pyston.runtime.objects.Abstract;
import org.pyston.runtime.objects.Errors;
import org.pyston.runtime.objects.ExecutionContext;
import org.pyston.runtime.objects.Gil;
import org.pyston.runtime.objects.PyList;
import org.pyston.runtime.objects.PyModule;
import org.pyston.runtime.objects.PyTuple;
import org.pyston.runtime.objects.PyType;
import org.pyston.runtime.objects.Singletons;

/**
 * {@code _contextvars}: context variables (PEP 567). A Context maps variables to values in a
 * map that is replaced (copied), never changed, on each set, so copies are cheap; each thread has
 * a current context; {@code Context.run} makes one current for a call.
 */
final class ContextVarsModule {
    private ContextVarsModule() {
    }

    /** A mapping from ContextVar to value; {@code vars} is replaced, never changed. */
    static final class Context extends NativeObject {
        Map<Object, Object> vars = new LinkedHashMap<>();
        boolean entered;

        Context(PyType type) {
            super(type);
        }
    }

    static final class ContextVar extends NativeObject {
        final String name;
        /** The default, or null when there is none. */
        final Object defaultValue;

        ContextVar(PyType type, String name, Object defaultValue) {
            super(type);
            this.name = name;
            this.defaultValue = defaultValue;
        }
    }

    static final class Token extends NativeObject {
        final Context context;
        final ContextVar var;
        /** The variable's value before the set, or null when it had none (Token.MISSING). */
        final Object oldValue;
        boolean used;

        Token(Context context, ContextVar var, Object oldValue) {
            super(TOKEN);
            this.context = context;
            this.var = var;
            this.oldValue = oldValue;
        }
    }

    static final class Missing extends NativeObject {
        Missing(PyType type) {
            super(type);
        }
    }

    static final PyType CONTEXT = Ext.type("_contextvars", "Context", Context.class, null, (cls, a, k) -> {
        if (a.length > 0 || k != null && k.length > 0) {
            throw Errors.typeError("Context() does not accept any arguments");
        }
        return new Context(cls);
    });
    static final PyType CONTEXT_VAR = Ext.type("_contextvars", "ContextVar", ContextVar.class, null, (cls, a, k) -> {
        Object[] v = Ext.bind("ContextVar", a, k, 1, 1, "name", "default");
        if (!(v[0] instanceof String name)) {
            throw Errors.typeError("context variable name must be a str");
        }
        return new ContextVar(cls, name, v[1]);
    });
    static final PyType TOKEN = Ext.type("_contextvars", "Token", Token.class, null, null);
    static final PyType MISSING_TYPE = Ext.type("_contextvars", "Token.MISSING", Missing.class, null, null);
    static final Missing MISSING = new Missing(MISSING_TYPE);

    /**
     * The running thread's current context. It lives in the execution context's per-thread state
     * (swapped by its interpreter lock), not in a Java thread-local: execution contexts that take
     * turns on one Java thread (embedding, the test harnesses) must not see each other's values.
     */
    private static Context current() {
        ExecutionContext ctx = Gil.current().context();
        if (ctx.contextVars == null) {
            ctx.contextVars = new Context(CONTEXT);
        }
        return (Context) ctx.contextVars;
    }

    private static void makeCurrent(Context c) {
        Gil.current().context().contextVars = c;
    }

    static PyModule create() {
        PyModule m = new PyModule("_contextvars");
        m.set("Context", CONTEXT);
        m.set("ContextVar", CONTEXT_VAR);
        m.set("Token", TOKEN);
        Ext.function(m, "copy_context", (a, k) -> {
            Ext.positionalOnly("copy_context", a, k, 0, 0);
            return copy(current());
        });
        return m;
    }

    private static Context copy(Context c) {
        Context n = new Context(CONTEXT);
        n.vars = c.vars;
        return n;
    }

    static {
        TOKEN.define("MISSING", MISSING);
        Ext.method(MISSING_TYPE, "__repr__", (a, k) -> "<Token.MISSING>");
        Ext.getter(TOKEN, "var", self -> ((Token) self).var);
        Ext.getter(TOKEN, "old_value", self -> {
            Object v = ((Token) self).oldValue;
            return v == null ? MISSING : v;
        });
        Ext.method(TOKEN, "__repr__", (a, k) -> {
            Token t = (Token) a[0];
            return "<Token" + (t.used ? " used" : "") + " var=" + Abstract.repr(t.var) + " at "
                    + String.format("0x%012x", System.identityHashCode(t)) + ">";
        });
        GenericAlias.classGetItem(TOKEN);

        Ext.getter(CONTEXT_VAR, "name", self -> ((ContextVar) self).name);
        GenericAlias.classGetItem(CONTEXT_VAR);
        Ext.method(CONTEXT_VAR, "get", (a, k) -> {
            Ext.positionalOnly("get", a, k, 1, 2);
            ContextVar var = (ContextVar) a[0];
            Object v = current().vars.get(var);
            if (v != null) {
                return v;
            }
            if (a.length > 1) {
                return a[1];
            }
            if (var.defaultValue != null) {
                return var.defaultValue;
            }
            throw Errors.of(Errors.LOOKUP_ERROR, new Object[] {var});
        });
        Ext.method(CONTEXT_VAR, "set", (a, k) -> {
            Ext.positionalOnly("set", a, k, 2, 2);
            ContextVar var = (ContextVar) a[0];
            Context c = current();
            Object old = c.vars.get(var);
            Map<Object, Object> vars = new LinkedHashMap<>(c.vars);
            vars.put(var, a[1]);
            c.vars = vars;
            return new Token(c, var, old);
        });
        Ext.method(CONTEXT_VAR, "reset", (a, k) -> {
            Ext.positionalOnly("reset", a, k, 2, 2);
            ContextVar var = (ContextVar) a[0];
            if (!(a[1] instanceof Token t)) {
                throw Errors.typeError("expected an instance of Token, got " + Abstract.repr(a[1]));
            }
            if (t.used) {
                throw Errors.of(Errors.RUNTIME_ERROR, Abstract.repr(t) + " has already been used once");
            }
            if (t.var != var) {
                throw Errors.valueError(Abstract.repr(t) + " was created by a different ContextVar");
            }
            Context c = current();
            if (t.context != c) {
                throw Errors.valueError(Abstract.repr(t) + " was created in a different Context");
            }
            t.used = true;
            Map<Object, Object> vars = new LinkedHashMap<>(c.vars);
            if (t.oldValue == null) {
                vars.remove(var);
            } else {
                vars.put(var, t.oldValue);
            }
            c.vars = vars;
            return Singletons.NONE;
        });
        Ext.method(CONTEXT_VAR, "__repr__", (a, k) -> {
            ContextVar v = (ContextVar) a[0];
            return "<ContextVar name=" + Abstract.repr(v.name) + (v.defaultValue != null ? " default="
                    + Abstract.repr(v.defaultValue) : "") + " at " + String.format("0x%012x", System.identityHashCode(v)) + ">";
        });
        Ext.method(CONTEXT_VAR, "__hash__", (a, k) -> (long) System.identityHashCode(a[0]));

        Ext.method(CONTEXT, "run", (a, k) -> {
            if (a.length < 2) {
                throw Errors.typeError("run() missing 1 required positional argument");
            }
            Context c = (Context) a[0];
            if (c.entered) {
                throw Errors.of(Errors.RUNTIME_ERROR, "cannot enter context: " + Abstract.repr(c) + " is already entered");
            }
            Context previous = current();
            c.entered = true;
            makeCurrent(c);
            try {
                return Abstract.call(a[1], java.util.Arrays.copyOfRange(a, 2, a.length), k);
            } finally {
                c.entered = false;
                makeCurrent(previous);
            }
        });
        Ext.method(CONTEXT, "copy", (a, k) -> copy((Context) a[0]));
        Ext.method(CONTEXT, "__getitem__", (a, k) -> {
            Object v = ((Context) a[0]).vars.get(checkVar(a[1]));
            if (v == null) {
                throw Errors.of(Errors.KEY_ERROR, new Object[] {a[1]});
            }
            return v;
        });
        Ext.method(CONTEXT, "get", (a, k) -> {
            Ext.positionalOnly("get", a, k, 2, 3);
            Object v = ((Context) a[0]).vars.get(checkVar(a[1]));
            return v != null ? v : a.length > 2 ? a[2] : Singletons.NONE;
        });
        Ext.method(CONTEXT, "__contains__", (a, k) -> ((Context) a[0]).vars.containsKey(checkVar(a[1])));
        Ext.method(CONTEXT, "__len__", (a, k) -> (long) ((Context) a[0]).vars.size());
        Ext.method(CONTEXT, "__iter__", (a, k) -> Abstract.iter(PyList.of(((Context) a[0]).vars.keySet().toArray())));
        Ext.method(CONTEXT, "keys", (a, k) -> PyList.of(((Context) a[0]).vars.keySet().toArray()));
        Ext.method(CONTEXT, "values", (a, k) -> PyList.of(((Context) a[0]).vars.values().toArray()));
        Ext.method(CONTEXT, "items", (a, k) -> {
            PyList items = new PyList();
            for (Map.Entry<Object, Object> e : ((Context) a[0]).vars.entrySet()) {
                items.append(PyTuple.of(e.getKey(), e.getValue()));
            }
            return items;
        });
        CONTEXT.define("__hash__", Singletons.NONE);
    }

    private static Object checkVar(Object o) {
        if (!(o instanceof ContextVar)) {
            throw Errors.typeError("a ContextVar key was expected, got " + Abstract.repr(o));
        }
        return o;
    }
}
