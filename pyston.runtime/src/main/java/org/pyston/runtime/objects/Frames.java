package org.pyston.runtime.objects;

import org.pyston.api.code.CodeUnit;
import org.pyston.api.compile.SourceCompiler;

/** Builtins that look at the calling frame: locals(), exec(), eval(), zero-argument super(). */
final class Frames {
    private Frames() {
    }

    static PyDict locals(PyFrame f) {
        if (f.locals != null) {
            return f.locals;
        }
        if (f.function == null) {
            return f.globals;
        }
        PyDict d = new PyDict();
        CodeUnit u = f.code;
        for (int i = 0; i < u.localNames.length; i++) {
            if (f.regs[i] != null) {
                d.put(u.localNames[i], f.regs[i]);
            }
        }
        for (int i = 0; i < u.cellNames.length + u.freeNames.length; i++) {
            String name = i < u.cellNames.length ? u.cellNames[i] : u.freeNames[i - u.cellNames.length];
            Object v = ((PyCell) f.cells[i]).contents;
            if (v != null) {
                d.put(name, v);
            }
        }
        return d;
    }

    static Object exec(ExecutionContext ctx, Object[] a, boolean eval) {
        Object source = a[0];
        PyFrame caller = ctx.topFrame;
        PyDict globals = a.length > 1 && a[1] instanceof PyDict g ? g : caller.globals;
        PyDict locals = a.length > 2 && a[2] instanceof PyDict l ? l : a.length > 1 && a[1] instanceof PyDict g2 ? g2
                : locals(caller);
        if (!globals.containsKey("__builtins__")) {
            globals.put("__builtins__", ctx.builtins);
        }
        PyCode code;
        if (source instanceof PyCode c) {
            code = c;
        } else {
            String text = source instanceof PyBytes b ? new String(b.bytes, java.nio.charset.StandardCharsets.UTF_8)
                    : Strings.strArg(source, eval ? "eval" : "exec");
            if (eval) {
                text = text.stripLeading();
            }
            code = new PyCode(ctx.compiler.compile(text, "<string>",
                    eval ? SourceCompiler.Mode.EVAL : SourceCompiler.Mode.EXEC, 0));
        }
        PyFrame frame = new PyFrame(ctx, code, globals, locals == globals ? null : locals, null, null);
        Object r = ctx.run(frame);
        return eval ? r : Singletons.NONE;
    }

    static Object superObject(ExecutionContext ctx, Object[] a) {
        if (a.length == 2) {
            if (!(a[0] instanceof PyType t)) {
                throw Errors.typeError("super() argument 1 must be a type, not " + Errors.typeName(a[0]));
            }
            return SuperObject.checked(t, a[1]);
        }
        PyFrame f = ctx.topFrame;
        if (f == null || f.function == null || f.code.argCount == 0) {
            throw Errors.of(Errors.RUNTIME_ERROR, "super(): no arguments");
        }
        CodeUnit u = f.code;
        PyType cls = null;
        for (int i = 0; i < u.freeNames.length; i++) {
            if (u.freeNames[i].equals("__class__")) {
                Object c = ((PyCell) f.cells[u.cellNames.length + i]).contents;
                if (c instanceof PyType t) {
                    cls = t;
                }
            }
        }
        if (cls == null) {
            throw Errors.of(Errors.RUNTIME_ERROR, "super(): __class__ cell not found");
        }
        Object self = f.regs[0];
        if (self == null) {
            for (int i = 0; i < u.cellNames.length; i++) {
                if (u.cellNames[i].equals(u.localNames[0])) {
                    self = ((PyCell) f.cells[i]).contents;
                }
            }
        }
        return SuperObject.checked(cls, self);
    }
}
