package org.pyston.runtime.objects;

import java.util.IdentityHashMap;
import java.util.Map;

/** repr() of the built-in types, with CPython's recursion guard ({@code [...]}). */
final class Reprs {
    private Reprs() {
    }

    private static final ThreadLocal<Map<Object, Boolean>> IN_PROGRESS = ThreadLocal.withInitial(IdentityHashMap::new);

    static String builtinRepr(Object o) {
        if (o instanceof SuperObject s) {
            return s.repr();
        }
        if (o instanceof PyList l) {
            if (l.size == 0) {
                return "[]";
            }
            return guarded(o, "[...]", () -> join("[", l.items, l.size, "]"));
        }
        if (o instanceof PyTuple t) {
            if (t.items.length == 0) {
                return "()";
            }
            return guarded(o, "(...)", () -> join("(", t.items, t.items.length, t.items.length == 1 ? ",)" : ")"));
        }
        if (o instanceof PyDict d) {
            if (d.size() == 0) {
                return "{}";
            }
            return guarded(o, "{...}", () -> {
                StringBuilder sb = new StringBuilder("{");
                boolean first = true;
                for (Map.Entry<Object, Object> e : d.entries()) {
                    if (!first) {
                        sb.append(", ");
                    }
                    first = false;
                    sb.append(Abstract.repr(e.getKey())).append(": ").append(Abstract.repr(e.getValue()));
                }
                return sb.append('}').toString();
            });
        }
        if (o instanceof PySet s) {
            String name = s.type().name;
            if (s.size() == 0) {
                return name + "()";
            }
            return guarded(o, name + "(...)", () -> {
                Object[] items = s.toArray();
                String body = join("{", items, items.length, "}");
                return s.type() == PySet.TYPE ? body : name + "(" + body + ")";
            });
        }
        if (o instanceof PyDictView v) {
            return guarded(o, "...", () -> {
                PyList items = new PyList();
                Sequences.extend(items, v);
                return v.type().name + "(" + builtinRepr(items) + ")";
            });
        }
        if (o instanceof PyType t) {
            return t.toString();
        }
        if (o instanceof PyBytes b) {
            return org.pyston.runtime.text.StrRepr.repr(b.bytes);
        }
        if (o instanceof PyMemoryView m) {
            return m.toString();
        }
        if (o instanceof PyByteArray ba) {
            return "bytearray(" + org.pyston.runtime.text.StrRepr.repr(ba.toBytes()) + ")";
        }
        if (o instanceof PyFunction f) {
            return "<function " + f.qualname() + " at 0x" + String.format("%012x", System.identityHashCode(f)) + ">";
        }
        if (o instanceof PyGenerator g) {
            return "<generator object " + g.qualname() + " at 0x" + String.format("%012x", System.identityHashCode(o)) + ">";
        }
        if (o instanceof PyCoroutine c) {
            return "<coroutine object " + c.qualname() + " at 0x" + String.format("%012x", System.identityHashCode(o)) + ">";
        }
        if (o instanceof PyAsyncGenerator g) {
            return "<async_generator object " + g.qualname() + " at 0x" + String.format("%012x", System.identityHashCode(o))
                    + ">";
        }
        if (o instanceof PyBuiltinFunction b) {
            if (b.isMethod && b.owner != null) {
                return "<" + (PyBuiltinFunction.isSpecialName(b.name) ? "slot wrapper" : "method") + " '" + b.name
                        + "' of '" + b.owner.name + "' objects>";
            }
            return "<built-in function " + b.name + ">";
        }
        if (o instanceof PyBoundMethod m) {
            if (m.function instanceof PyBuiltinFunction b) {
                String self = PyType.of(m.self).name + " object at 0x"
                        + String.format("%012x", System.identityHashCode(m.self));
                return PyBuiltinFunction.isSpecialName(b.name) ? "<method-wrapper '" + b.name + "' of " + self + ">"
                        : "<built-in method " + b.name + " of " + self + ">";
            }
            String fname = m.function instanceof PyFunction f ? f.qualname() : String.valueOf(m.function);
            return "<bound method " + fname + " of " + Abstract.repr(m.self) + ">";
        }
        if (o instanceof PyMappingProxy p) {
            return "mappingproxy(" + Abstract.repr(p.snapshot()) + ")";
        }
        if (o instanceof PyMemberDescriptor || o instanceof PyGetSetDescriptor) {
            return o.toString();
        }
        if (o instanceof FrameObject f) {
            return f.toString();
        }
        if (o instanceof PyModule m) {
            return moduleRepr(m);
        }
        if (o instanceof PyRange r) {
            return r.toString();
        }
        if (o instanceof PySlice s) {
            return "slice(" + Abstract.repr(s.start) + ", " + Abstract.repr(s.stop) + ", " + Abstract.repr(s.step) + ")";
        }
        if (o instanceof PyBaseException e) {
            String args = e.args.size() == 1 ? "(" + Abstract.repr(e.args.get(0)) + ")" : Abstract.repr(e.args);
            return e.type().name + args;
        }
        PyType t = PyType.of(o);
        return "<" + (t.module.equals("builtins") ? "" : t.module + ".") + t.qualname + " object at 0x"
                + String.format("%012x", System.identityHashCode(o)) + ">";
    }

    private static String join(String open, Object[] items, int n, String close) {
        StringBuilder sb = new StringBuilder(open);
        for (int i = 0; i < n; i++) {
            if (i > 0) {
                sb.append(", ");
            }
            sb.append(Abstract.repr(items[i]));
        }
        return sb.append(close).toString();
    }

    private static String guarded(Object o, String recursive, java.util.function.Supplier<String> body) {
        Map<Object, Boolean> active = IN_PROGRESS.get();
        if (active.containsKey(o)) {
            return recursive;
        }
        // one level of nesting per container, as CPython's repr: deep nesting is a RecursionError
        Gil gil = Gil.current();
        ExecutionContext ctx = gil == null ? null : gil.context();
        if (ctx != null) {
            ctx.enterNested();
        }
        active.put(o, Boolean.TRUE);
        try {
            return body.get();
        } finally {
            active.remove(o);
            if (ctx != null) {
                ctx.leaveNested();
            }
        }
    }

    /**
     * {@code module.__repr__}: importlib's {@code _module_repr} once importlib is installed (the
     * spec's origin, a loader's own repr, {@code __file__}), as CPython's module_repr calls it.
     */
    private static String moduleRepr(PyModule m) {
        Gil gil = Gil.current();
        PyModule bootstrap = gil == null ? null : gil.ctx.imports.bootstrap;
        Object f = bootstrap == null ? null : bootstrap.dict.get("_module_repr");
        if (f == null) {
            return "<module '" + m.name + "'>";
        }
        Object r = PyValueInstance.unwrap(Abstract.call(f, new Object[] {m}, null));
        if (!(r instanceof String s)) {
            throw Errors.typeError("__repr__ returned non-string (type " + Errors.typeName(r) + ")");
        }
        return s;
    }
}
