package org.pyston.compiler.pyast;

import java.math.BigInteger;
import java.util.List;
import org.pyston.compiler.ast.*;
import org.pyston.compiler.ast.Module;
import org.pyston.runtime.objects.Abstract;
import org.pyston.runtime.objects.Errors;
import org.pyston.runtime.objects.PySet;
import org.pyston.runtime.objects.PyTuple;
import org.pyston.runtime.objects.PyType;

/**
 * The checks CPython makes on a tree built by Python code before compiling it (its
 * {@code _PyAST_Validate}), with its messages: expression contexts (a target must be Store,
 * a deleted name Del, everything else Load), non-empty bodies and target lists, matching lengths
 * (Dict, Compare, arguments' defaults, patterns), constant types, names that are keywords. The
 * parser never makes a tree that fails these, so only {@code compile(ast_object, ...)} runs it.
 */
final class AstValidator {
    private AstValidator() {
    }

    static void validate(Mod mod) {
        if (mod instanceof Module m) {
            stmts(m.body);
        } else if (mod instanceof Interactive i) {
            stmts(i.body);
        } else if (mod instanceof Expression e) {
            expr(e.body, Load.INSTANCE);
        } else if (mod instanceof FunctionType f) {
            exprs(f.argtypes, Load.INSTANCE, false);
            expr(f.returns, Load.INSTANCE);
        }
    }

    private static RuntimeException error(String message) {
        return Errors.valueError(message);
    }

    // ------------------------------------------------------------------ statements

    private static void stmts(List<Stmt> body) {
        for (Stmt s : body) {
            if (s == null) {
                throw error("None disallowed in statement list");
            }
            stmt(s);
        }
    }

    private static void body(List<Stmt> body, String owner) {
        nonEmpty(body, "body", owner);
        stmts(body);
    }

    private static void nonEmpty(List<?> seq, String what, String owner) {
        if (seq.isEmpty()) {
            throw error("empty " + what + " on " + owner);
        }
    }

    private static void stmt(Stmt s) {
        Load load = Load.INSTANCE;
        if (s instanceof FunctionDef f) {
            body(f.body, "FunctionDef");
            arguments(f.args);
            exprs(f.decorator_list, load, false);
            optional(f.returns);
        } else if (s instanceof AsyncFunctionDef f) {
            body(f.body, "AsyncFunctionDef");
            arguments(f.args);
            exprs(f.decorator_list, load, false);
            optional(f.returns);
        } else if (s instanceof ClassDef c) {
            body(c.body, "ClassDef");
            exprs(c.bases, load, false);
            keywords(c.keywords);
            exprs(c.decorator_list, load, false);
        } else if (s instanceof Return r) {
            optional(r.value);
        } else if (s instanceof Delete d) {
            nonEmpty(d.targets, "targets", "Delete");
            exprs(d.targets, Del.INSTANCE, false);
        } else if (s instanceof Assign a) {
            nonEmpty(a.targets, "targets", "Assign");
            expr(a.value, load);
            exprs(a.targets, Store.INSTANCE, false);
        } else if (s instanceof AugAssign a) {
            expr(a.target, Store.INSTANCE);
            expr(a.value, load);
        } else if (s instanceof AnnAssign a) {
            if (a.simple != 0 && !(a.target instanceof Name)) {
                throw Errors.typeError("AnnAssign with simple non-Name target");
            }
            expr(a.target, Store.INSTANCE);
            optional(a.value);
            expr(a.annotation, load);
        } else if (s instanceof For f) {
            expr(f.target, Store.INSTANCE);
            expr(f.iter, load);
            body(f.body, "For");
            stmts(f.orelse);
        } else if (s instanceof AsyncFor f) {
            expr(f.target, Store.INSTANCE);
            expr(f.iter, load);
            body(f.body, "AsyncFor");
            stmts(f.orelse);
        } else if (s instanceof While w) {
            expr(w.test, load);
            body(w.body, "While");
            stmts(w.orelse);
        } else if (s instanceof If i) {
            expr(i.test, load);
            body(i.body, "If");
            stmts(i.orelse);
        } else if (s instanceof With w) {
            withItems(w.items, "With");
            body(w.body, "With");
        } else if (s instanceof AsyncWith w) {
            withItems(w.items, "AsyncWith");
            body(w.body, "AsyncWith");
        } else if (s instanceof Match m) {
            expr(m.subject, load);
            nonEmpty(m.cases, "cases", "Match");
            for (Match_case c : m.cases) {
                pattern(c.pattern, false);
                optional(c.guard);
                body(c.body, "match_case");
            }
        } else if (s instanceof Raise r) {
            if (r.exc != null) {
                expr(r.exc, load);
                optional(r.cause);
            } else if (r.cause != null) {
                throw error("Raise with cause but no exception");
            }
        } else if (s instanceof Try t) {
            tryStatement("Try", t.body, t.handlers, t.orelse, t.finalbody);
        } else if (s instanceof TryStar t) {
            tryStatement("TryStar", t.body, t.handlers, t.orelse, t.finalbody);
        } else if (s instanceof Assert a) {
            expr(a.test, load);
            optional(a.msg);
        } else if (s instanceof Import i) {
            nonEmpty(i.names, "names", "Import");
        } else if (s instanceof ImportFrom i) {
            if (i.level < 0) {
                throw error("Negative ImportFrom level");
            }
            nonEmpty(i.names, "names", "ImportFrom");
        } else if (s instanceof Global g) {
            nonEmpty(g.names, "names", "Global");
        } else if (s instanceof Nonlocal n) {
            nonEmpty(n.names, "names", "Nonlocal");
        } else if (s instanceof Expr_ e) {
            expr(e.value, load);
        }
    }

    private static void tryStatement(String owner, List<Stmt> body, List<Excepthandler> handlers, List<Stmt> orelse,
            List<Stmt> finalbody) {
        body(body, owner);
        if (handlers.isEmpty() && finalbody.isEmpty()) {
            throw error(owner + " has neither except handlers nor finalbody");
        }
        if (handlers.isEmpty() && !orelse.isEmpty()) {
            throw error(owner + " has orelse but no except handlers");
        }
        for (Excepthandler h : handlers) {
            ExceptHandler eh = (ExceptHandler) h;
            optional(eh.type);
            body(eh.body, "ExceptHandler");
        }
        stmts(finalbody);
        stmts(orelse);
    }

    private static void withItems(List<Withitem> items, String owner) {
        nonEmpty(items, "items", owner);
        for (Withitem w : items) {
            expr(w.context_expr, Load.INSTANCE);
            if (w.optional_vars != null) {
                expr(w.optional_vars, Store.INSTANCE);
            }
        }
    }

    private static void arguments(Arguments a) {
        args(a.posonlyargs);
        args(a.args);
        if (a.vararg != null) {
            optional(a.vararg.annotation);
        }
        args(a.kwonlyargs);
        if (a.kwarg != null) {
            optional(a.kwarg.annotation);
        }
        if (a.defaults.size() > a.posonlyargs.size() + a.args.size()) {
            throw error("more positional defaults than args on arguments");
        }
        if (a.kw_defaults.size() != a.kwonlyargs.size()) {
            throw error("length of kwonlyargs is not the same as kw_defaults on arguments");
        }
        exprs(a.defaults, Load.INSTANCE, false);
        exprs(a.kw_defaults, Load.INSTANCE, true);
    }

    private static void args(List<Arg> args) {
        for (Arg a : args) {
            optional(a.annotation);
        }
    }

    private static void keywords(List<Keyword> keywords) {
        for (Keyword k : keywords) {
            expr(k.value, Load.INSTANCE);
        }
    }

    // ------------------------------------------------------------------ expressions

    private static void optional(Expr e) {
        if (e != null) {
            expr(e, Load.INSTANCE);
        }
    }

    private static void exprs(List<Expr> exprs, Expr_context ctx, boolean noneAllowed) {
        for (Expr e : exprs) {
            if (e == null) {
                if (!noneAllowed) {
                    throw error("None disallowed in expression list");
                }
                continue;
            }
            expr(e, ctx);
        }
    }

    private static Expr_context contextOf(Expr e) {
        if (e instanceof Attribute a) {
            return a.ctx;
        } else if (e instanceof Subscript s) {
            return s.ctx;
        } else if (e instanceof Starred s) {
            return s.ctx;
        } else if (e instanceof Name n) {
            return n.ctx;
        } else if (e instanceof List_ l) {
            return l.ctx;
        } else if (e instanceof Tuple t) {
            return t.ctx;
        }
        return null;
    }

    private static void expr(Expr e, Expr_context ctx) {
        Expr_context actual = contextOf(e);
        if (actual != null) {
            if (actual != ctx) {
                throw error("expression must have " + ctx.nodeName() + " context but has " + actual.nodeName()
                        + " instead");
            }
        } else if (ctx != Load.INSTANCE) {
            throw error("expression which can't be assigned to in " + ctx.nodeName() + " context");
        }
        Load load = Load.INSTANCE;
        if (e instanceof BoolOp b) {
            if (b.values.size() < 2) {
                throw error("BoolOp with less than 2 values");
            }
            exprs(b.values, load, false);
        } else if (e instanceof BinOp b) {
            expr(b.left, load);
            expr(b.right, load);
        } else if (e instanceof UnaryOp u) {
            expr(u.operand, load);
        } else if (e instanceof Lambda l) {
            arguments(l.args);
            expr(l.body, load);
        } else if (e instanceof IfExp i) {
            expr(i.test, load);
            expr(i.body, load);
            expr(i.orelse, load);
        } else if (e instanceof Dict d) {
            if (d.keys.size() != d.values.size()) {
                throw error("Dict doesn't have the same number of keys as values");
            }
            exprs(d.keys, load, true);
            exprs(d.values, load, false);
        } else if (e instanceof Set s) {
            exprs(s.elts, load, false);
        } else if (e instanceof ListComp c) {
            comprehension(c.generators);
            expr(c.elt, load);
        } else if (e instanceof SetComp c) {
            comprehension(c.generators);
            expr(c.elt, load);
        } else if (e instanceof GeneratorExp c) {
            comprehension(c.generators);
            expr(c.elt, load);
        } else if (e instanceof DictComp c) {
            comprehension(c.generators);
            expr(c.key, load);
            expr(c.value, load);
        } else if (e instanceof Yield y) {
            optional(y.value);
        } else if (e instanceof YieldFrom y) {
            expr(y.value, load);
        } else if (e instanceof Await a) {
            expr(a.value, load);
        } else if (e instanceof Compare c) {
            if (c.comparators.isEmpty()) {
                throw error("Compare with no comparators");
            }
            if (c.comparators.size() != c.ops.size()) {
                throw error("Compare has a different number of comparators and operands");
            }
            exprs(c.comparators, load, false);
            expr(c.left, load);
        } else if (e instanceof Call c) {
            expr(c.func, load);
            exprs(c.args, load, false);
            keywords(c.keywords);
        } else if (e instanceof Constant c) {
            Object invalid = invalidConstant(c.value);
            if (invalid != null) {
                throw Errors.typeError("got an invalid type in Constant: " + PyType.of(invalid).name);
            }
        } else if (e instanceof JoinedStr j) {
            exprs(j.values, load, false);
        } else if (e instanceof FormattedValue f) {
            expr(f.value, load);
            optional(f.format_spec);
        } else if (e instanceof Attribute a) {
            expr(a.value, load);
        } else if (e instanceof Subscript s) {
            expr(s.slice, load);
            expr(s.value, load);
        } else if (e instanceof Starred s) {
            expr(s.value, ctx);
        } else if (e instanceof Slice s) {
            optional(s.lower);
            optional(s.upper);
            optional(s.step);
        } else if (e instanceof List_ l) {
            exprs(l.elts, ctx, false);
        } else if (e instanceof Tuple t) {
            exprs(t.elts, ctx, false);
        } else if (e instanceof NamedExpr n) {
            if (!(n.target instanceof Name)) {
                throw Errors.typeError("NamedExpr target must be a Name");
            }
            expr(n.value, load);
        } else if (e instanceof Name n) {
            name(n.id);
        }
    }

    private static void comprehension(List<Comprehension> generators) {
        if (generators.isEmpty()) {
            throw error("comprehension with no generators");
        }
        for (Comprehension c : generators) {
            expr(c.target, Store.INSTANCE);
            expr(c.iter, Load.INSTANCE);
            exprs(c.ifs, Load.INSTANCE, false);
        }
    }

    private static void name(String id) {
        if (id.equals("None") || id.equals("True") || id.equals("False")) {
            throw error("identifier field can't represent '" + id + "' constant");
        }
    }

    /**
     * CPython's validate_constant: the literal types, and tuples and frozensets of them; returns
     * the (innermost) value of another type, or null.
     */
    private static Object invalidConstant(Object v) {
        if (v instanceof ConstantSingleton || v instanceof String || v instanceof CodePointsValue
                || v instanceof BytesValue || v instanceof ComplexValue || v instanceof Long || v instanceof BigInteger
                || v instanceof Double || v instanceof Boolean) {
            return null;
        }
        PyType t = PyType.of(v);
        if (t == PyTuple.TYPE || t == PySet.FROZEN_TYPE) {
            for (Object item : Abstract.iterToList(v)) {
                Object invalid = invalidConstant(ObjectsToAst.constant(item));
                if (invalid != null) {
                    return invalid;
                }
            }
            return null;
        }
        return v;
    }

    // ------------------------------------------------------------------ patterns

    private static void pattern(Pattern p, boolean starOk) {
        if (p instanceof MatchValue v) {
            expr(v.value, Load.INSTANCE);
            patternValue(v.value);
        } else if (p instanceof MatchSingleton s) {
            Object v = s.value;
            if (!(v == ConstantSingleton.NONE || v instanceof Boolean)) {
                throw error("MatchSingleton can only contain True, False and None");
            }
        } else if (p instanceof MatchSequence s) {
            patterns(s.patterns, true);
        } else if (p instanceof MatchMapping m) {
            if (m.keys.size() != m.patterns.size()) {
                throw error("MatchMapping doesn't have the same number of keys as patterns");
            }
            if (m.rest != null) {
                capture(m.rest);
            }
            for (Expr key : m.keys) {
                if (key instanceof Constant c) {
                    if (c.value == ConstantSingleton.NONE || c.value instanceof Boolean) {
                        continue; // CPython accepts the singletons as keys here
                    }
                } else if (!(key instanceof Attribute)) {
                    patternValue(key);
                }
                expr(key, Load.INSTANCE);
            }
            patterns(m.patterns, false);
        } else if (p instanceof MatchClass c) {
            expr(c.cls, Load.INSTANCE);
            Expr cls = c.cls;
            while (true) {
                if (cls instanceof Name) {
                    break;
                } else if (cls instanceof Attribute a) {
                    cls = a.value;
                } else {
                    throw error("MatchClass cls field can only contain Name or Attribute nodes.");
                }
            }
            if (c.kwd_attrs.size() != c.kwd_patterns.size()) {
                throw error("MatchClass doesn't have the same number of keyword attributes as patterns");
            }
            for (String attr : c.kwd_attrs) {
                name(attr);
            }
            patterns(c.patterns, false);
            patterns(c.kwd_patterns, false);
        } else if (p instanceof MatchStar s) {
            if (!starOk) {
                throw error("can't use MatchStar here");
            }
            if (s.name != null) {
                capture(s.name);
            }
        } else if (p instanceof MatchAs a) {
            if (a.name != null) {
                capture(a.name);
            }
            if (a.pattern != null) {
                if (a.name == null) {
                    throw error("MatchAs must specify a target name if a pattern is given");
                }
                pattern(a.pattern, false);
            }
        } else if (p instanceof MatchOr o) {
            if (o.patterns.size() < 2) {
                throw error("MatchOr requires at least 2 patterns");
            }
            patterns(o.patterns, false);
        }
    }

    private static void patterns(List<Pattern> patterns, boolean starOk) {
        for (Pattern p : patterns) {
            pattern(p, starOk);
        }
    }

    private static void capture(String name) {
        if (name.equals("_")) {
            throw error("can't capture name '_' in patterns");
        }
        name(name);
    }

    /** What a value pattern may be: a literal (signed numbers and complex sums too) or an attribute. */
    private static void patternValue(Expr e) {
        if (e instanceof Constant c) {
            if (c.value == ConstantSingleton.NONE || c.value instanceof Boolean) {
                throw error("unexpected constant inside of a literal pattern");
            }
            return;
        }
        if (e instanceof Attribute || e instanceof UnaryOp || e instanceof BinOp || e instanceof JoinedStr) {
            return;
        }
        throw error("patterns may only match literals and attribute lookups");
    }
}
