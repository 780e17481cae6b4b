package org.pyston.runtime.objects;

import org.pyston.api.code.CodeUnit;
import org.pyston.api.compile.SourceCompiler;

/** Builtins that look at the calling frame: locals(), exec(), eval(), zero-argument super(). */
final class Frames {
    private Frames() {
    }

    static Object locals(PyFrame f) {
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

    /**
     * {@code exec(source, globals=None, locals=None, /, *, closure=None)} and
     * {@code eval(source, globals=None, locals=None, /)} with CPython 3.11's argument rules and
     * messages; locals may be any mapping.
     */
    static Object exec(ExecutionContext ctx, Object[] a, String[] k, boolean eval) {
        String fname = eval ? "eval" : "exec";
        int npos = Args.positional(a, k);
        Object closureArg = null;
        for (int i = 0; k != null && i < k.length; i++) {
            if (eval) {
                throw Errors.typeError("eval() takes no keyword arguments");
            } else if (k[i].equals("closure")) {
                closureArg = a[npos + i];
            } else {
                throw Errors.typeError("'" + k[i] + "' is an invalid keyword argument for exec()");
            }
        }
        if (npos < 1 || npos > 3) {
            throw Errors.typeError(eval ? (npos < 1 ? "eval expected at least 1 argument, got 0"
                    : "eval expected at most 3 arguments, got " + npos)
                    : (npos < 1 ? "exec() takes at least 1 positional argument (0 given)"
                    : "exec() takes at most 3 positional arguments (" + npos + " given)"));
        }
        Object source = a[0];
        Object g = npos > 1 ? a[1] : Singletons.NONE;
        Object l = npos > 2 ? a[2] : Singletons.NONE;
        if (g != Singletons.NONE && !(g instanceof PyDict)) {
            throw Errors.typeError(eval ? (isMapping(g) ? "globals must be a real dict; try eval(expr, {}, mapping)"
                    : "globals must be a dict") : "exec() globals must be a dict, not " + Errors.typeName(g));
        }
        if (l != Singletons.NONE && !isMapping(l)) {
            throw Errors.typeError(eval ? "locals must be a mapping"
                    : "locals must be a mapping or None, not " + Errors.typeName(l));
        }
        PyFrame caller = ctx.topFrame;
        PyDict globals;
        Object locals;
        if (g == Singletons.NONE) {
            globals = caller.globals;
            locals = l == Singletons.NONE ? locals(caller) : l;
        } else {
            globals = (PyDict) g;
            locals = l == Singletons.NONE ? globals : l;
        }
        if (!globals.containsKey("__builtins__")) {
            globals.put("__builtins__", ctx.builtins);
        }
        PyCode code;
        Object[] cells = null;
        if (source instanceof PyCode c) {
            code = c;
            CodeUnit u = c.unit;
            int nfree = u.freeNames.length;
            if (closureArg != null && closureArg != Singletons.NONE && nfree == 0) {
                throw Errors.typeError("cannot use a closure with this code object");
            }
            if (nfree > 0) {
                if (eval) {
                    throw Errors.typeError("code object passed to eval() may not contain free variables");
                }
                if (closureArg == null || closureArg == Singletons.NONE) {
                    throw Errors.typeError("code object requires a closure of exactly length " + nfree);
                }
                if (!(closureArg instanceof PyTuple t) || t.items.length != nfree) {
                    throw Errors.typeError("code object requires a closure of exactly length " + nfree);
                }
                for (Object cell : t.items) {
                    if (!(cell instanceof PyCell)) {
                        throw Errors.typeError("code object requires a closure of exactly length " + nfree);
                    }
                }
            }
            if (u.cellNames.length + nfree > 0) {
                cells = new Object[u.cellNames.length + nfree];
                for (int i = 0; i < u.cellNames.length; i++) {
                    cells[i] = new PyCell(null);
                }
                if (nfree > 0) {
                    System.arraycopy(((PyTuple) closureArg).items, 0, cells, u.cellNames.length, nfree);
                }
            }
        } else {
            if (closureArg != null && closureArg != Singletons.NONE) {
                throw Errors.typeError("closure can only be used when source is a code object");
            }
            SourceCompiler.Mode mode = eval ? SourceCompiler.Mode.EVAL : SourceCompiler.Mode.EXEC;
            if (source instanceof PyBytes b) {
                // bytes are source as a file's: a BOM or a coding declaration says the encoding
                byte[] bytes = b.bytes;
                int start = 0;
                while (eval && start < bytes.length && (bytes[start] == ' ' || bytes[start] == '\t')) {
                    start++;
                }
                code = new PyCode(ctx.compiler.compile(java.util.Arrays.copyOfRange(bytes, start, bytes.length),
                        "<string>", mode, 0));
            } else {
                String text = Strings.strArg(source, fname);
                if (eval) {
                    text = text.stripLeading();
                }
                code = new PyCode(ctx.compiler.compile(text, "<string>", mode, 0));
            }
        }
        PyFrame frame = new PyFrame(ctx, code, globals, locals == globals ? null : locals, cells, null);
        Object r = ctx.run(frame);
        return eval ? r : Singletons.NONE;
    }

    /** CPython's PyMapping_Check: the type has {@code __getitem__} (a list passes too). */
    private static boolean isMapping(Object o) {
        return PyType.of(o).lookup("__getitem__") != null;
    }

    /** Flags of compile(): return the AST instead of code; parse type comments. */
    private static final int ONLY_AST = 0x400;
    private static final int TYPE_COMMENTS = 0x1000;
    /**
     * The flags compile() accepts: the {@code __future__} features (CO_FUTURE_*), CO_NESTED, and
     * PyCF_DONT_IMPLY_DEDENT, ONLY_AST, TYPE_COMMENTS, ALLOW_TOP_LEVEL_AWAIT, ALLOW_INCOMPLETE_INPUT.
     */
    private static final int KNOWN_FLAGS = 0x1FE0000 | 0x10 | 0x200 | ONLY_AST | TYPE_COMMENTS | 0x2000 | 0x4000;

    /** {@code compile(source, filename, mode, flags=0, dont_inherit=False, optimize=-1)}. */
    static Object compile(ExecutionContext ctx, Object[] a, String[] k) {
        String[] names = {"source", "filename", "mode", "flags", "dont_inherit", "optimize", "_feature_version"};
        Object[] v = new Object[names.length];
        int npos = Args.positional(a, k);
        if (npos > 6) {
            throw Errors.typeError("compile() takes at most 6 arguments (" + npos + " given)");
        }
        System.arraycopy(a, 0, v, 0, npos);
        for (int i = 0; k != null && i < k.length; i++) {
            int at = java.util.Arrays.asList(names).indexOf(k[i]);
            if (at < 0) {
                throw Errors.typeError("compile() got an unexpected keyword argument '" + k[i] + "'");
            }
            if (v[at] != null) {
                throw Errors.typeError("argument for compile() given by name ('" + k[i] + "') and position ("
                        + (at + 1) + ")");
            }
            v[at] = a[npos + i];
        }
        for (int i = 0; i < 3; i++) {
            if (v[i] == null) {
                throw Errors.typeError("compile() missing required argument '" + names[i] + "' (pos " + (i + 1) + ")");
            }
        }
        String filename = v[1] instanceof PyBytes fb ? new String(fb.bytes, java.nio.charset.StandardCharsets.UTF_8)
                : Strings.strArg(v[1], "compile");
        if (!(v[2] instanceof String mode)) {
            throw Errors.typeError("compile() argument 'mode' must be str, not " + Errors.typeName(v[2]));
        }
        int flags = v[3] == null ? 0 : (int) Abstract.index(v[3]);
        if ((flags & ~KNOWN_FLAGS) != 0) {
            throw Errors.valueError("compile(): unrecognised flags");
        }
        boolean onlyAst = (flags & ONLY_AST) != 0;
        SourceCompiler.Mode m = switch (mode) {
            case "exec" -> SourceCompiler.Mode.EXEC;
            case "eval" -> SourceCompiler.Mode.EVAL;
            case "single" -> SourceCompiler.Mode.SINGLE;
            case "func_type" -> {
                if (!onlyAst) {
                    throw Errors.valueError("compile() mode 'func_type' requires flag PyCF_ONLY_AST");
                }
                yield SourceCompiler.Mode.FUNC_TYPE;
            }
            default -> throw Errors.valueError("compile() mode must be 'exec', 'eval' or 'single'");
        };
        Object source = v[0];
        if (source instanceof PyCode) {
            return source;
        }
        if (source instanceof PyMemoryView mv) {
            source = new PyBytes(mv.toBytes()); // any bytes-like object, as CPython
        }
        if (!(source instanceof String || source instanceof PyBytes || source instanceof PyByteArray)) {
            PyModule astModule = astModule(ctx);
            if (!Builtins.isInstance(source, astModule.dict.getStr("AST"))) {
                throw Errors.typeError("compile() arg 1 must be a string, bytes or AST object");
            }
            // an AST with PyCF_ONLY_AST is returned as it is, unchecked, as CPython does
            return onlyAst ? source : new PyCode(ctx.compiler.compileAst(source, filename, m, flags, astModule));
        }
        if ((flags & TYPE_COMMENTS) != 0) {
            throw Errors.of(Errors.NOT_IMPLEMENTED_ERROR, "compile() with PyCF_TYPE_COMMENTS: type comments are not parsed yet");
        }
        if (source instanceof PyBytes || source instanceof PyByteArray) {
            byte[] bytes = source instanceof PyBytes b ? b.bytes : ((PyByteArray) source).toBytes();
            return onlyAst ? ctx.compiler.parseToAst(bytes, filename, m, flags, astModule(ctx))
                    : new PyCode(ctx.compiler.compile(bytes, filename, m, flags));
        }
        String text = (String) source;
        if (text.indexOf('\0') >= 0) {
            throw Errors.of(Errors.SYNTAX_ERROR, "source code string cannot contain null bytes");
        }
        return onlyAst ? ctx.compiler.parseToAst(text, filename, m, flags, astModule(ctx))
                : new PyCode(ctx.compiler.compile(text, filename, m, flags));
    }

    /** The context's {@code _ast} module (imported, so that its node classes are {@code ast}'s). */
    private static PyModule astModule(ExecutionContext ctx) {
        return (PyModule) Imports.importModule(ctx, "_ast", null, 0, null);
    }
}
