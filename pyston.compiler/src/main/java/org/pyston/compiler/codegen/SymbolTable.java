package org.pyston.compiler.codegen;

import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import org.pyston.compiler.ast.*;
import org.pyston.compiler.parser.PythonSyntaxError;

/**
 * The symbol table: one {@link Scope} per module, class, function, lambda and comprehension,
 * built by a walk over the AST, then resolved so every name has its access kind (fast local, cell,
 * free, global, name lookup) as CPython 3.11 decides it.
 */
final class SymbolTable {
    final Map<AstNode, Scope> scopes = new IdentityHashMap<>();
    final Scope module;
    private final String filename;
    /** The module's {@code from __future__ import} features. */
    FutureFeatures future;

    private SymbolTable(Mod root, String filename) {
        module = new Scope(Scope.Kind.MODULE, "<module>", null);
        module.qualname = "";
        scopes.put(root, module);
        this.filename = filename;
    }

    /** The table of a tree; an error CPython's symbol table reports raises its SyntaxError. */
    static SymbolTable build(Mod root, String filename) {
        SymbolTable t = new SymbolTable(root, filename);
        t.future = FutureFeatures.of(root, filename);
        if (root instanceof org.pyston.compiler.ast.Module m) {
            t.walkStatements(m.body, t.module);
        } else if (root instanceof Interactive i) {
            t.walkStatements(i.body, t.module);
        } else if (root instanceof Expression e) {
            t.walk(e.body, t.module);
        } else {
            throw new IllegalStateException("symbol table: unexpected root " + root.nodeName());
        }
        t.resolve(t.module);
        sortCells(t.module);
        return t;
    }

    private PythonSyntaxError error(String msg, AstNode at) {
        return new PythonSyntaxError("SyntaxError", msg, filename, at.lineno, at.col_offset + 1, null, at.end_lineno,
                at.end_col_offset + 1);
    }

    Scope scopeOf(AstNode node) {
        return scopes.get(node);
    }

    /**
     * Facts about a subtree that the code generator asks about for many nodes (a statement, a
     * condition, a call), recorded on each node ({@link AstNode#facts}) by the one walk that
     * builds the table, rather than re-walked per question.
     */
    static final class Facts {
        private Facts() {
        }

        /** The node was walked: the other bits are valid. */
        static final int KNOWN = 1;
        /**
         * Evaluating it branches or suspends (and/or, conditional expression, chained comparison,
         * yield, await, async comprehension), outside nested functions, lambdas, classes and
         * statements.
         */
        static final int BRANCHES = 2;
        /** It holds an assignment expression (:=) outside lambdas. */
        static final int STORES = 4;

        /** What a parent inherits from a child: everything but KNOWN. */
        static final int INHERITED = BRANCHES | STORES;
    }

    /** Records {@code f} (the subtree's facts) on the node; returns what its parent inherits. */
    private static int record(AstNode node, int f) {
        node.facts |= f | Facts.KNOWN;
        return f;
    }

    private int walkAll(List<? extends AstNode> items, Scope s) {
        int f = 0;
        for (int i = 0, n = items.size(); i < n; i++) {
            AstNode item = items.get(i);
            if (item != null) {
                f |= walk(item, s);
            }
        }
        return f;
    }

    private int walkOptional(AstNode node, Scope s) {
        return node == null ? 0 : walk(node, s);
    }

    private void walkStatements(List<Stmt> body, Scope s) {
        for (int i = 0, n = body.size(); i < n; i++) {
            walk(body.get(i), s);
        }
    }

    private static String childQualname(Scope parent, String name) {
        // a name declared global in its function or class is qualified as a module-level one (CPython)
        if (parent.kind == Scope.Kind.MODULE || parent.globals.contains(parent.mangle(name))) {
            return name;
        }
        if (parent.kind == Scope.Kind.FUNCTION) {
            return parent.qualname + ".<locals>." + name;
        }
        return parent.qualname + "." + name;
    }

    /**
     * Walks a node and its subtree in field order (the order names are first seen decides the
     * order of locals), recording each node's facts; returns what the parent inherits (a
     * statement's facts are its own: a parent statement does not inherit them).
     */
    private int walk(AstNode node, Scope s) {
        if (node instanceof Expr e) {
            return record(e, expression(e, s));
        }
        if (node instanceof Stmt st) {
            record(st, statement(st, s));
            return 0;
        }
        return record(node, other(node, s));
    }

    private int expression(Expr node, Scope s) {
        if (node instanceof Name n) {
            if (n.ctx == Load.INSTANCE) {
                s.used.add(s.mangle(n.id));
                if ((n.id.equals("super") || n.id.equals("__class__")) && s.isFunction()) {
                    markClassCell(s);
                }
            } else {
                bind(s, s.mangle(n.id));
            }
            return 0;
        }
        if (node instanceof Attribute a) {
            return walk(a.value, s);
        }
        if (node instanceof Call c) {
            return walk(c.func, s) | walkAll(c.args, s) | walkAll(c.keywords, s);
        }
        if (node instanceof Constant) {
            return 0;
        }
        if (node instanceof BinOp b) {
            return walk(b.left, s) | walk(b.right, s);
        }
        if (node instanceof Subscript sub) {
            return walk(sub.value, s) | walk(sub.slice, s);
        }
        if (node instanceof Tuple tu) {
            return walkAll(tu.elts, s);
        }
        if (node instanceof Compare c) {
            return walk(c.left, s) | walkAll(c.comparators, s) | (c.ops.size() > 1 ? Facts.BRANCHES : 0);
        }
        if (node instanceof BoolOp b) {
            return walkAll(b.values, s) | Facts.BRANCHES;
        }
        if (node instanceof UnaryOp u) {
            return walk(u.operand, s);
        }
        if (node instanceof List_ l) {
            return walkAll(l.elts, s);
        }
        if (node instanceof Dict d) {
            return walkAll(d.keys, s) | walkAll(d.values, s);
        }
        if (node instanceof JoinedStr j) {
            return walkAll(j.values, s);
        }
        if (node instanceof FormattedValue fv) {
            return walk(fv.value, s) | walkOptional(fv.format_spec, s);
        }
        if (node instanceof Starred st) {
            return walk(st.value, s);
        }
        if (node instanceof Slice sl) {
            return walkOptional(sl.lower, s) | walkOptional(sl.upper, s) | walkOptional(sl.step, s);
        }
        if (node instanceof IfExp ie) {
            return walk(ie.test, s) | walk(ie.body, s) | walk(ie.orelse, s) | Facts.BRANCHES;
        }
        if (node instanceof Lambda l) {
            function(node, "<lambda>", l.args, null, s, true);
            return 0;
        }
        if (node instanceof ListComp || node instanceof SetComp || node instanceof DictComp
                || node instanceof GeneratorExp) {
            return comprehension(node, s);
        }
        if (node instanceof Set se) {
            return walkAll(se.elts, s);
        }
        if (node instanceof Yield || node instanceof YieldFrom) {
            if (s.isComprehension) {
                throw error("'yield' inside " + comprehensionKind(s), node);
            }
        }
        if (node instanceof Yield y) {
            s.isGenerator = true;
            return walkOptional(y.value, s) | Facts.BRANCHES;
        }
        if (node instanceof YieldFrom y) {
            s.isGenerator = true;
            return walk(y.value, s) | Facts.BRANCHES;
        }
        if (node instanceof Await a) {
            if (s.isComprehension) {
                s.isCoroutine = true; // an await in a comprehension makes it an async comprehension
            }
            return walk(a.value, s) | Facts.BRANCHES;
        }
        if (node instanceof NamedExpr ne) {
            namedExprTarget(ne, s);
            return walk(ne.value, s) | Facts.STORES;
        }
        throw new IllegalStateException("symbol table: unexpected expression " + node.nodeName());
    }

    private static String comprehensionKind(Scope s) {
        switch (s.name) {
            case "<listcomp>":
                return "list comprehension";
            case "<setcomp>":
                return "set comprehension";
            case "<dictcomp>":
                return "dict comprehension";
            default:
                return "generator expression";
        }
    }

    /**
     * The target of {@code :=}: in a comprehension it binds in the nearest enclosing scope that is
     * not one (PEP 572), with CPython's errors for the uses PEP 572 forbids.
     */
    private void namedExprTarget(NamedExpr ne, Scope s) {
        Name targetName = (Name) ne.target;
        String id = s.mangle(targetName.id);
        if (s.inIterableExpression > 0) {
            throw error("assignment expression cannot be used in a comprehension iterable expression", ne);
        }
        Scope target = s;
        while (target.isComprehension) {
            if (target.iterationTargets.contains(id)) {
                throw error("assignment expression cannot rebind comprehension iteration variable '" + id + "'",
                        targetName);
            }
            target = target.parent;
        }
        if (target != s && target.kind == Scope.Kind.CLASS) {
            throw error("assignment expression within a comprehension cannot be used in a class body", targetName);
        }
        bind(target, id);
        if (target != s) {
            // PEP 572: the target binds in the enclosing non-comprehension scope.
            if (target.kind == Scope.Kind.FUNCTION) {
                s.nonlocals.add(id);
            } else {
                s.globals.add(id);
            }
        }
        record(ne.target, 0);
    }

    /** A yield in a comprehension (not in a lambda inside it) is an error. */
    private void refuseYield(AstNode node, String comprehensionKind) {
        if (node instanceof Lambda) {
            return;
        }
        if (node instanceof Yield || node instanceof YieldFrom) {
            throw error("'yield' inside " + comprehensionKind, node);
        }
        String[] fields = node.fieldNames();
        for (int i = 0; i < fields.length; i++) {
            Object v = node.field(i);
            if (v instanceof AstNode child) {
                refuseYield(child, comprehensionKind);
            } else if (v instanceof List<?> items) {
                for (Object item : items) {
                    if (item instanceof AstNode child) {
                        refuseYield(child, comprehensionKind);
                    }
                }
            }
        }
    }

    /**
     * A global or nonlocal statement: CPython refuses one that follows a use, binding or annotation
     * of the name in the same scope, or names a parameter.
     */
    private void declare(Stmt node, List<String> names, Scope s, boolean global) {
        String kind = global ? "global" : "nonlocal";
        for (String source : names) {
            String n = s.mangle(source);
            String msg = null;
            if (s.params.contains(n)) {
                msg = "name '" + source + "' is parameter and " + kind;
            } else if (s.used.contains(n)) {
                msg = "name '" + source + "' is used prior to " + kind + " declaration";
            } else if (s.annotated.contains(n)) {
                msg = "annotated name '" + source + "' can't be " + kind;
            } else if (s.assigned.contains(n) && !s.importedOnly.contains(n)) {
                msg = "name '" + source + "' is assigned to before " + kind + " declaration";
            }
            if (msg != null) {
                throw error(msg, node);
            }
            (global ? s.globals : s.nonlocals).add(n);
            s.directives.putIfAbsent(n, node);
        }
    }

    /** A binding of {@code n} in {@code s} (CPython's DEF_LOCAL). */
    private static void bind(Scope s, String n) {
        s.assigned.add(n);
        s.importedOnly.remove(n);
    }

    /** A binding by an import (CPython's DEF_IMPORT: a later global statement does not object to it). */
    private static void importBind(Scope s, String n) {
        if (s.assigned.add(n)) {
            s.importedOnly.add(n);
        }
    }

    private int statement(Stmt node, Scope s) {
        if (node instanceof Expr_ e) {
            return walk(e.value, s);
        }
        if (node instanceof Assign a) {
            return walkAll(a.targets, s) | walk(a.value, s);
        }
        if (node instanceof Return r) {
            return walkOptional(r.value, s);
        }
        if (node instanceof If i) {
            int f = walk(i.test, s);
            walkStatements(i.body, s);
            walkStatements(i.orelse, s);
            return f;
        }
        if (node instanceof FunctionDef f) {
            bind(s, s.mangle(f.name));
            walkAll(f.decorator_list, s);
            function(node, f.name, f.args, f.returns, s, false);
            return 0;
        }
        if (node instanceof ImportFrom im) {
            walkAll(im.names, s);
            return 0;
        }
        if (node instanceof Import im) {
            walkAll(im.names, s);
            return 0;
        }
        if (node instanceof For fo) {
            int f = walk(fo.target, s) | walk(fo.iter, s);
            walkStatements(fo.body, s);
            walkStatements(fo.orelse, s);
            return f;
        }
        if (node instanceof AugAssign a) {
            return walk(a.target, s) | walk(a.value, s);
        }
        if (node instanceof Raise r) {
            return walkOptional(r.exc, s) | walkOptional(r.cause, s);
        }
        if (node instanceof Try tr) {
            walkStatements(tr.body, s);
            int f = walkAll(tr.handlers, s);
            walkStatements(tr.orelse, s);
            walkStatements(tr.finalbody, s);
            return f;
        }
        if (node instanceof ClassDef c) {
            bind(s, s.mangle(c.name));
            walkAll(c.decorator_list, s);
            walkAll(c.bases, s);
            walkAll(c.keywords, s);
            Scope cs = new Scope(Scope.Kind.CLASS, c.name, s);
            cs.qualname = childQualname(s, c.name);
            scopes.put(node, cs);
            walkStatements(c.body, cs);
            return 0;
        }
        if (node instanceof While w) {
            int f = walk(w.test, s);
            walkStatements(w.body, s);
            walkStatements(w.orelse, s);
            return f;
        }
        if (node instanceof With w) {
            int f = walkAll(w.items, s);
            walkStatements(w.body, s);
            return f;
        }
        if (node instanceof Pass || node instanceof Break || node instanceof Continue) {
            return 0;
        }
        if (node instanceof AnnAssign a) {
            if (a.target instanceof Name n && s.kind != Scope.Kind.MODULE) {
                String id = s.mangle(n.id);
                if (a.simple != 0 && (s.globals.contains(id) || s.nonlocals.contains(id))) {
                    throw error("annotated name '" + n.id + "' can't be " + (s.globals.contains(id) ? "global"
                            : "nonlocal"), node);
                }
            }
            if (a.target instanceof Name n && a.simple != 0) {
                s.annotated.add(s.mangle(n.id));
            }
            if (a.target instanceof Name && a.simple == 0 && a.value == null) {
                // "(x): int" binds nothing (CPython's symtable adds no definition)
                return annotation(a.annotation, s);
            }
            return walk(a.target, s) | annotation(a.annotation, s) | walkOptional(a.value, s);
        }
        if (node instanceof Assert a) {
            return walk(a.test, s) | walkOptional(a.msg, s);
        }
        if (node instanceof Delete d) {
            return walkAll(d.targets, s);
        }
        if (node instanceof Global g) {
            declare(node, g.names, s, true);
            return 0;
        }
        if (node instanceof Nonlocal nl) {
            declare(node, nl.names, s, false);
            return 0;
        }
        if (node instanceof AsyncFunctionDef f) {
            bind(s, s.mangle(f.name));
            walkAll(f.decorator_list, s);
            Scope c = function(node, f.name, f.args, f.returns, s, false);
            c.isCoroutine = true;
            c.isAsyncFunction = true;
            return 0;
        }
        if (node instanceof AsyncFor fo) {
            int f = walk(fo.target, s) | walk(fo.iter, s);
            walkStatements(fo.body, s);
            walkStatements(fo.orelse, s);
            return f;
        }
        if (node instanceof AsyncWith w) {
            int f = walkAll(w.items, s);
            walkStatements(w.body, s);
            return f;
        }
        if (node instanceof Match m) {
            return walk(m.subject, s) | walkAll(m.cases, s);
        }
        if (node instanceof TryStar tr) {
            walkStatements(tr.body, s);
            int f = walkAll(tr.handlers, s);
            walkStatements(tr.orelse, s);
            walkStatements(tr.finalbody, s);
            return f;
        }
        throw new IllegalStateException("symbol table: unexpected statement " + node.nodeName());
    }

    /** Nodes neither expressions nor statements: keywords, aliases, with items, handlers, match cases, patterns. */
    private int other(AstNode node, Scope s) {
        if (node instanceof Keyword k) {
            return walk(k.value, s);
        }
        if (node instanceof Alias a) {
            if (a.name.equals("*") && s.kind != Scope.Kind.MODULE) {
                throw error("import * only allowed at module level", a);
            }
            if (!a.name.equals("*")) {
                int dot = a.name.indexOf('.');
                String bound = a.asname != null ? a.asname : dot < 0 ? a.name : a.name.substring(0, dot);
                importBind(s, s.mangle(bound));
            }
            return 0;
        }
        if (node instanceof Withitem w) {
            return walk(w.context_expr, s) | walkOptional(w.optional_vars, s);
        }
        if (node instanceof ExceptHandler h) {
            if (h.name != null) {
                bind(s, s.mangle(h.name));
            }
            int f = walkOptional(h.type, s);
            walkStatements(h.body, s);
            return f;
        }
        if (node instanceof Match_case mc) {
            int f = walk(mc.pattern, s) | walkOptional(mc.guard, s);
            walkStatements(mc.body, s);
            return f;
        }
        if (node instanceof Pattern) {
            return pattern(node, s);
        }
        throw new IllegalStateException("symbol table: unexpected node " + node.nodeName());
    }

    private int pattern(AstNode node, Scope s) {
        if (node instanceof MatchValue m) {
            return walk(m.value, s);
        }
        if (node instanceof MatchSingleton) {
            return 0;
        }
        if (node instanceof MatchSequence m) {
            return walkAll(m.patterns, s);
        }
        if (node instanceof MatchMapping m) {
            if (m.rest != null) {
                bind(s, s.mangle(m.rest));
            }
            return walkAll(m.keys, s) | walkAll(m.patterns, s);
        }
        if (node instanceof MatchClass m) {
            return walk(m.cls, s) | walkAll(m.patterns, s) | walkAll(m.kwd_patterns, s);
        }
        if (node instanceof MatchStar m) {
            if (m.name != null) {
                bind(s, s.mangle(m.name));
            }
            return 0;
        }
        if (node instanceof MatchAs m) {
            if (m.name != null) {
                bind(s, s.mangle(m.name));
            }
            return walkOptional(m.pattern, s);
        }
        if (node instanceof MatchOr m) {
            return walkAll(m.patterns, s);
        }
        throw new IllegalStateException("symbol table: unexpected pattern " + node.nodeName());
    }

    private void markClassCell(Scope s) {
        Scope p = s;
        while (p != null && p.kind == Scope.Kind.FUNCTION) {
            if (p.parent != null && p.parent.kind == Scope.Kind.CLASS) {
                p.needsClassCell = true;
                return;
            }
            p = p.parent;
        }
    }

    private Scope function(AstNode node, String name, Arguments args, Expr returns, Scope s, boolean lambda) {
        walkAll(args.defaults, s);
        for (Expr d : args.kw_defaults) {
            if (d != null) {
                walk(d, s);
            }
        }
        annotations(args.posonlyargs, s);
        annotations(args.args, s);
        annotations(args.kwonlyargs, s);
        if (args.vararg != null && args.vararg.annotation != null) {
            annotation(args.vararg.annotation, s);
        }
        if (args.kwarg != null && args.kwarg.annotation != null) {
            annotation(args.kwarg.annotation, s);
        }
        if (returns != null) {
            annotation(returns, s);
        }
        Scope f = new Scope(Scope.Kind.FUNCTION, name, s);
        f.qualname = childQualname(s, name);
        f.isLambda = lambda;
        scopes.put(node, f);
        for (Arg a : args.posonlyargs) {
            parameter(f, a);
        }
        for (Arg a : args.args) {
            parameter(f, a);
        }
        for (Arg a : args.kwonlyargs) {
            parameter(f, a);
        }
        if (args.vararg != null) {
            parameter(f, args.vararg);
            f.hasVarargs = true;
        }
        if (args.kwarg != null) {
            parameter(f, args.kwarg);
            f.hasVarkw = true;
        }
        if (node instanceof Lambda l) {
            walk(l.body, f);
        } else if (node instanceof FunctionDef fd) {
            walkStatements(fd.body, f);
        } else if (node instanceof AsyncFunctionDef afd) {
            walkStatements(afd.body, f);
        }
        return f;
    }

    private void parameter(Scope f, Arg a) {
        String n = f.mangle(a.arg);
        if (f.params.contains(n)) {
            throw error("duplicate argument '" + a.arg + "' in function definition", a);
        }
        f.params.add(n);
    }

    /** Records the names a comprehension's {@code for} target binds. */
    private void targetNames(Expr target, Scope c) {
        if (target instanceof Name n) {
            String id = c.mangle(n.id);
            if (c.nonlocals.contains(id) || c.globals.contains(id)) {
                // an assignment expression earlier in the comprehension made it the enclosing scope's
                throw error("comprehension inner loop cannot rebind assignment expression target '" + id + "'", n);
            }
            c.iterationTargets.add(id);
        } else if (target instanceof Starred st) {
            targetNames(st.value, c);
        } else if (target instanceof Tuple t) {
            for (Expr e : t.elts) {
                targetNames(e, c);
            }
        } else if (target instanceof List_ l) {
            for (Expr e : l.elts) {
                targetNames(e, c);
            }
        }
    }

    private void annotations(List<Arg> params, Scope s) {
        for (int i = 0, n = params.size(); i < n; i++) {
            Arg a = params.get(i);
            if (a.annotation != null) {
                annotation(a.annotation, s);
            }
        }
    }

    /**
     * An annotation is evaluated in the scope where it stands, unless the module has {@code from
     * __future__ import annotations}: then it is kept as text and binds or uses nothing (CPython
     * walks it in a block of its own, where yield, await and := are refused).
     */
    private int annotation(Expr annotation, Scope s) {
        if (!future.annotations) {
            return walk(annotation, s);
        }
        refuseInAnnotation(annotation);
        return 0;
    }

    private void refuseInAnnotation(AstNode node) {
        if (node instanceof Lambda) {
            return; // a scope of its own
        }
        if (node instanceof ListComp || node instanceof SetComp || node instanceof DictComp
                || node instanceof GeneratorExp) {
            // its first iterable is evaluated here, the rest in its own scope, where yield is refused
            String kind = node instanceof ListComp ? "list comprehension" : node instanceof SetComp
                    ? "set comprehension" : node instanceof DictComp ? "dict comprehension" : "generator expression";
            String[] fields = node.fieldNames();
            for (int i = 0; i < fields.length; i++) {
                Object v = node.field(i);
                if (v instanceof List<?> gens) {
                    for (int g = 0; g < gens.size(); g++) {
                        Comprehension c = (Comprehension) gens.get(g);
                        if (g == 0) {
                            refuseInAnnotation(c.iter);
                        } else {
                            refuseYield(c.iter, kind);
                        }
                        refuseYield(c.target, kind);
                        for (Expr cond : c.ifs) {
                            refuseYield(cond, kind);
                        }
                    }
                } else if (v instanceof AstNode child) {
                    refuseYield(child, kind);
                }
            }
            return;
        }
        String what = node instanceof Yield || node instanceof YieldFrom ? "yield expression"
                : node instanceof Await ? "await expression" : node instanceof NamedExpr ? "named expression" : null;
        if (what != null) {
            throw error("'" + what + "' can not be used within an annotation", node);
        }
        String[] fields = node.fieldNames();
        for (int i = 0; i < fields.length; i++) {
            Object v = node.field(i);
            if (v instanceof AstNode child) {
                refuseInAnnotation(child);
            } else if (v instanceof List<?> items) {
                for (Object item : items) {
                    if (item instanceof AstNode child) {
                        refuseInAnnotation(child);
                    }
                }
            }
        }
    }

    private int comprehension(AstNode node, Scope s) {
        List<Comprehension> gens;
        String name;
        if (node instanceof ListComp c) {
            gens = c.generators;
            name = "<listcomp>";
        } else if (node instanceof SetComp c) {
            gens = c.generators;
            name = "<setcomp>";
        } else if (node instanceof DictComp c) {
            gens = c.generators;
            name = "<dictcomp>";
        } else {
            gens = ((GeneratorExp) node).generators;
            name = "<genexpr>";
        }
        s.inIterableExpression++;
        int facts = walk(gens.get(0).iter, s);
        s.inIterableExpression--;
        Scope c = new Scope(Scope.Kind.FUNCTION, name, s);
        c.qualname = childQualname(s, name);
        c.isComprehension = true;
        c.isGenerator = node instanceof GeneratorExp;
        c.params.add(".0");
        scopes.put(node, c);
        for (int i = 0; i < gens.size(); i++) {
            Comprehension g = gens.get(i);
            int f = 0;
            if (g.is_async != 0) {
                c.isCoroutine = true;
                f = Facts.BRANCHES;
            }
            f |= walk(g.target, c);
            targetNames(g.target, c);
            if (i > 0) {
                c.inIterableExpression++;
                f |= walk(g.iter, c);
                c.inIterableExpression--;
            }
            f |= walkAll(g.ifs, c);
            facts |= record(g, f | (i == 0 ? g.iter.facts & Facts.INHERITED : 0));
        }
        if (node instanceof ListComp lc) {
            facts |= walk(lc.elt, c);
        } else if (node instanceof SetComp sc) {
            facts |= walk(sc.elt, c);
        } else if (node instanceof DictComp dc) {
            facts |= walk(dc.key, c) | walk(dc.value, c);
        } else {
            facts |= walk(((GeneratorExp) node).elt, c);
        }
        if (c.isCoroutine && !c.isGenerator && s.isComprehension) {
            s.isCoroutine = true; // the enclosing comprehension awaits this one
        }
        return facts;
    }

    // ---------------------------------------------------------------- resolution

    private static boolean isLocal(Scope s, String n) {
        return s.isFunction() && !s.globals.contains(n) && !s.nonlocals.contains(n)
                && (s.params.contains(n) || s.assigned.contains(n));
    }

    /** co_cellvars and co_freevars in CPython's order, by name (exec(code, closure=...) relies on it). */
    private static void sortCells(Scope s) {
        java.util.Collections.sort(s.cellNames);
        java.util.Collections.sort(s.freeNames);
        for (Scope c : s.children) {
            sortCells(c);
        }
    }

    private void resolve(Scope s) {
        for (String n : s.nonlocals) {
            AstNode directive = s.directives.get(n);
            if (directive == null) {
                continue; // the target of an assignment expression in a comprehension
            }
            if (s.globals.contains(n)) {
                throw error("name '" + n + "' is nonlocal and global", directive);
            }
            if (s.kind == Scope.Kind.MODULE) {
                throw error("nonlocal declaration not allowed at module level", directive);
            }
        }
        if (s.kind == Scope.Kind.FUNCTION) {
            for (String p : s.params) {
                s.access.put(p, Scope.Access.FAST);
            }
            for (String n : s.assigned) {
                if (!s.globals.contains(n) && !s.nonlocals.contains(n)) {
                    s.access.putIfAbsent(n, Scope.Access.FAST);
                }
            }
            for (String n : s.globals) {
                s.access.put(n, Scope.Access.GLOBAL);
            }
            for (String n : s.nonlocals) {
                bindFree(s, n);
            }
            for (String n : s.used) {
                if (!s.access.containsKey(n)) {
                    if (!bindFree(s, n)) {
                        s.access.put(n, Scope.Access.GLOBAL);
                    }
                }
            }
            if (s.needsClassCell) {
                bindFree(s, "__class__");
            }
        } else if (s.kind == Scope.Kind.MODULE) {
            // `global x` at module level: x is the globals' even where the locals are another
            // mapping (exec(code, globals, locals)), as CPython's explicit globals
            for (String n : s.globals) {
                s.access.put(n, Scope.Access.GLOBAL);
            }
        } else if (s.kind == Scope.Kind.CLASS) {
            for (String n : s.globals) {
                s.access.put(n, Scope.Access.GLOBAL);
            }
            for (String n : s.nonlocals) {
                bindFree(s, n);
            }
            for (String n : s.used) {
                if (!s.access.containsKey(n) && !s.assigned.contains(n)) {
                    Scope owner = findOwner(s.parent, n);
                    if (owner != null) {
                        bindFree(s, n);
                        s.access.put(n, Scope.Access.CLASSDEREF);
                    }
                }
            }
        }
        for (Scope c : s.children) {
            resolve(c);
        }
        // Captured locals become cells (children resolved above may have captured more).
        if (s.kind == Scope.Kind.FUNCTION) {
            for (String n : s.capturedByChildren) {
                if (s.access.get(n) == Scope.Access.FAST) {
                    s.access.put(n, Scope.Access.CELL);
                    if (!s.cellNames.contains(n)) {
                        s.cellNames.add(n);
                    }
                }
            }
        }
        if (s.kind == Scope.Kind.CLASS && s.capturedByChildren.contains("__class__")) {
            if (!s.cellNames.contains("__class__")) {
                s.cellNames.add("__class__");
            }
        }
    }

    /** The nearest enclosing function scope where {@code n} is local (class scopes are skipped). */
    private static Scope findOwner(Scope from, String n) {
        for (Scope p = from; p != null && p.kind != Scope.Kind.MODULE; p = p.parent) {
            if (p.kind == Scope.Kind.FUNCTION && (isLocal(p, n) || p.nonlocals.contains(n) && false)) {
                return p;
            }
        }
        return null;
    }

    /** Makes {@code n} a free variable of {@code s}; false when no enclosing function binds it. */
    private boolean bindFree(Scope s, String n) {
        if (n.equals("__class__")) {
            Scope p = s.parent;
            while (p != null && p.kind != Scope.Kind.CLASS) {
                p = p.parent;
            }
            if (p == null) {
                return false;
            }
            p.capturedByChildren.add("__class__");
            for (Scope q = s; q != p; q = q.parent) {
                addFree(q, n);
            }
            return true;
        }
        Scope owner = null;
        for (Scope p = s.parent; p != null && p.kind != Scope.Kind.MODULE; p = p.parent) {
            if (p.kind != Scope.Kind.FUNCTION) {
                continue;
            }
            if (isLocal(p, n)) {
                owner = p;
                break;
            }
            if (p.nonlocals.contains(n)) {
                continue;
            }
            if (p.globals.contains(n)) {
                return false;
            }
        }
        if (owner == null) {
            if (s.nonlocals.contains(n)) {
                throw error("no binding for nonlocal '" + n + "' found", s.directives.get(n));
            }
            return false;
        }
        owner.capturedByChildren.add(n);
        for (Scope q = s; q != owner; q = q.parent) {
            addFree(q, n); // class scopes in between pass the cell through, as in CPython
        }
        return true;
    }

    private static void addFree(Scope q, String n) {
        if (!q.freeNames.contains(n)) {
            q.freeNames.add(n);
        }
        if (q.kind == Scope.Kind.FUNCTION || q.access.get(n) == null) {
            q.access.put(n, q.kind == Scope.Kind.CLASS ? Scope.Access.CLASSDEREF : Scope.Access.FREE);
        }
    }
}
