package org.pyston.compiler.codegen;

import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import org.pyston.compiler.ast.*;

/**
 * The symbol table: one {@link Scope} per module, class, function, lambda and comprehension,
 * built by a walk over the AST, then resolved so every name has its access kind (fast local, cell,
 * free, global, name lookup) as CPython 3.11 decides it.
 */
final class SymbolTable {
    final Map<AstNode, Scope> scopes = new IdentityHashMap<>();
    final Scope module;

    private SymbolTable(Mod root) {
        module = new Scope(Scope.Kind.MODULE, "<module>", null);
        module.qualname = "";
        scopes.put(root, module);
    }

    static SymbolTable build(Mod root) {
        SymbolTable t = new SymbolTable(root);
        t.walkAll(fieldNodes(root), t.module);
        t.resolve(t.module);
        return t;
    }

    Scope scopeOf(AstNode node) {
        return scopes.get(node);
    }

    private static List<Object> fieldNodes(AstNode node) {
        List<Object> out = new java.util.ArrayList<>();
        for (int i = 0; i < node.fieldNames().length; i++) {
            out.add(node.field(i));
        }
        return out;
    }

    private void walkAll(List<?> items, Scope s) {
        for (Object o : items) {
            walkObject(o, s);
        }
    }

    private void walkObject(Object o, Scope s) {
        if (o instanceof AstNode n) {
            walk(n, s);
        } else if (o instanceof List<?> l) {
            walkAll(l, s);
        }
    }

    private static String childQualname(Scope parent, String name) {
        if (parent.kind == Scope.Kind.MODULE) {
            return name;
        }
        if (parent.kind == Scope.Kind.FUNCTION) {
            return parent.qualname + ".<locals>." + name;
        }
        return parent.qualname + "." + name;
    }

    private void walk(AstNode node, Scope s) {
        if (node instanceof FunctionDef f) {
            s.assigned.add(s.mangle(f.name));
            walkAll(f.decorator_list, s);
            function(node, f.name, f.args, f.returns, s, false);
            return;
        }
        if (node instanceof AsyncFunctionDef f) {
            s.assigned.add(s.mangle(f.name));
            walkAll(f.decorator_list, s);
            Scope c = function(node, f.name, f.args, f.returns, s, false);
            c.isCoroutine = true;
            c.isAsyncFunction = true;
            return;
        }
        if (node instanceof Lambda l) {
            function(node, "<lambda>", l.args, null, s, true);
            return;
        }
        if (node instanceof ClassDef c) {
            s.assigned.add(s.mangle(c.name));
            walkAll(c.decorator_list, s);
            walkAll(c.bases, s);
            walkAll(c.keywords, s);
            Scope cs = new Scope(Scope.Kind.CLASS, c.name, s);
            cs.qualname = childQualname(s, c.name);
            scopes.put(node, cs);
            walkAll(c.body, cs);
            return;
        }
        if (node instanceof ListComp || node instanceof SetComp || node instanceof DictComp
                || node instanceof GeneratorExp) {
            comprehension(node, s);
            return;
        }
        if (node instanceof Name n) {
            if (n.ctx instanceof Load) {
                s.used.add(s.mangle(n.id));
                if ((n.id.equals("super") || n.id.equals("__class__")) && s.isFunction()) {
                    markClassCell(s);
                }
            } else {
                s.assigned.add(s.mangle(n.id));
            }
            return;
        }
        if (node instanceof Global g) {
            for (String n : g.names) {
                s.globals.add(s.mangle(n));
            }
            return;
        }
        if (node instanceof Nonlocal nl) {
            for (String n : nl.names) {
                s.nonlocals.add(s.mangle(n));
            }
            return;
        }
        if (node instanceof Alias a) {
            if (!a.name.equals("*")) {
                String bound = a.asname != null ? a.asname : a.name.split("\\.")[0];
                s.assigned.add(s.mangle(bound));
            }
            return;
        }
        if (node instanceof ExceptHandler h && h.name != null) {
            s.assigned.add(s.mangle(h.name));
        }
        if (node instanceof MatchAs m && m.name != null) {
            s.assigned.add(s.mangle(m.name));
        }
        if (node instanceof MatchStar m && m.name != null) {
            s.assigned.add(s.mangle(m.name));
        }
        if (node instanceof MatchMapping m && m.rest != null) {
            s.assigned.add(s.mangle(m.rest));
        }
        if (node instanceof Yield || node instanceof YieldFrom) {
            s.isGenerator = true;
        }
        if (node instanceof Await && s.isComprehension) {
            s.isCoroutine = true; // an await in a comprehension makes it an async comprehension
        }
        if (node instanceof NamedExpr ne) {
            Scope target = s;
            while (target.isComprehension) {
                target = target.parent;
            }
            String id = s.mangle(((Name) ne.target).id);
            target.assigned.add(id);
            if (target != s) {
                // PEP 572: the target binds in the enclosing non-comprehension scope.
                if (target.kind == Scope.Kind.FUNCTION) {
                    s.nonlocals.add(id);
                } else {
                    s.globals.add(id);
                }
            }
            walk(ne.value, s);
            return;
        }
        walkAll(fieldNodes(node), s);
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
        for (List<Arg> group : List.of(args.posonlyargs, args.args, args.kwonlyargs)) {
            for (Arg a : group) {
                if (a.annotation != null) {
                    walk(a.annotation, s);
                }
            }
        }
        if (args.vararg != null && args.vararg.annotation != null) {
            walk(args.vararg.annotation, s);
        }
        if (args.kwarg != null && args.kwarg.annotation != null) {
            walk(args.kwarg.annotation, s);
        }
        if (returns != null) {
            walk(returns, s);
        }
        Scope f = new Scope(Scope.Kind.FUNCTION, name, s);
        f.qualname = childQualname(s, name);
        f.isLambda = lambda;
        scopes.put(node, f);
        for (Arg a : args.posonlyargs) {
            f.params.add(f.mangle(a.arg));
        }
        for (Arg a : args.args) {
            f.params.add(f.mangle(a.arg));
        }
        for (Arg a : args.kwonlyargs) {
            f.params.add(f.mangle(a.arg));
        }
        if (args.vararg != null) {
            f.params.add(f.mangle(args.vararg.arg));
            f.hasVarargs = true;
        }
        if (args.kwarg != null) {
            f.params.add(f.mangle(args.kwarg.arg));
            f.hasVarkw = true;
        }
        if (node instanceof Lambda l) {
            walk(l.body, f);
        } else if (node instanceof FunctionDef fd) {
            walkAll(fd.body, f);
        } else if (node instanceof AsyncFunctionDef afd) {
            walkAll(afd.body, f);
        }
        return f;
    }

    private void comprehension(AstNode node, Scope s) {
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
        walk(gens.get(0).iter, s);
        Scope c = new Scope(Scope.Kind.FUNCTION, name, s);
        c.qualname = childQualname(s, name);
        c.isComprehension = true;
        c.isGenerator = node instanceof GeneratorExp;
        c.params.add(".0");
        scopes.put(node, c);
        for (int i = 0; i < gens.size(); i++) {
            Comprehension g = gens.get(i);
            if (g.is_async != 0) {
                c.isCoroutine = true;
            }
            walk(g.target, c);
            if (i > 0) {
                walk(g.iter, c);
            }
            walkAll(g.ifs, c);
        }
        if (node instanceof ListComp lc) {
            walk(lc.elt, c);
        } else if (node instanceof SetComp sc) {
            walk(sc.elt, c);
        } else if (node instanceof DictComp dc) {
            walk(dc.key, c);
            walk(dc.value, c);
        } else {
            walk(((GeneratorExp) node).elt, c);
        }
        if (c.isCoroutine && !c.isGenerator && s.isComprehension) {
            s.isCoroutine = true; // the enclosing comprehension awaits this one
        }
    }

    // ---------------------------------------------------------------- resolution

    private static boolean isLocal(Scope s, String n) {
        return s.isFunction() && !s.globals.contains(n) && !s.nonlocals.contains(n)
                && (s.params.contains(n) || s.assigned.contains(n));
    }

    private void resolve(Scope s) {
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
                throw new IllegalStateException("no binding for nonlocal '" + n + "' found");
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
