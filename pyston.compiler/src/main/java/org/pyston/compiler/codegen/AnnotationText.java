package org.pyston.compiler.codegen;

import java.util.List;
import org.pyston.compiler.ast.*;
import org.pyston.compiler.parser.AstDump;
import org.pyston.runtime.text.StrRepr;

/**
 * An expression as source text, the way CPython writes an annotation under
 * {@code from __future__ import annotations} (PEP 563; its {@code Python/ast_unparse.c}):
 * parentheses only where precedence needs them, constants by their repr (infinity as
 * {@code 1e309}), f-strings rebuilt.
 */
final class AnnotationText {
    private AnnotationText() {
    }

    // precedence levels, lowest first (CPython's PR_*)
    private static final int TUPLE = 0;
    private static final int TEST = 1; // if-else, lambda
    private static final int OR = 2;
    private static final int AND = 3;
    private static final int NOT = 4;
    private static final int CMP = 5;
    private static final int EXPR = 6;
    private static final int BOR = EXPR;
    private static final int BXOR = 7;
    private static final int BAND = 8;
    private static final int SHIFT = 9;
    private static final int ARITH = 10;
    private static final int TERM = 11;
    private static final int FACTOR = 12;
    private static final int POWER = 13;
    private static final int AWAIT = 14;
    private static final int ATOM = 15;

    /** The text of an annotation. */
    static String of(Expr e) {
        StringBuilder sb = new StringBuilder();
        expr(sb, e, TEST);
        return sb.toString();
    }

    private static void open(StringBuilder sb, boolean paren) {
        if (paren) {
            sb.append('(');
        }
    }

    private static void close(StringBuilder sb, boolean paren) {
        if (paren) {
            sb.append(')');
        }
    }

    private static void exprs(StringBuilder sb, List<Expr> items, int level) {
        for (int i = 0; i < items.size(); i++) {
            if (i > 0) {
                sb.append(", ");
            }
            expr(sb, items.get(i), level);
        }
    }

    private static void expr(StringBuilder sb, Expr e, int level) {
        if (e instanceof BoolOp b) {
            boolean and = b.op instanceof And;
            int pr = and ? AND : OR;
            open(sb, level > pr);
            for (int i = 0; i < b.values.size(); i++) {
                if (i > 0) {
                    sb.append(and ? " and " : " or ");
                }
                expr(sb, b.values.get(i), pr + 1);
            }
            close(sb, level > pr);
        } else if (e instanceof BinOp b) {
            String op;
            int pr;
            Operator o = b.op;
            if (o instanceof Add) {
                op = " + ";
                pr = ARITH;
            } else if (o instanceof Sub) {
                op = " - ";
                pr = ARITH;
            } else if (o instanceof Mult) {
                op = " * ";
                pr = TERM;
            } else if (o instanceof MatMult) {
                op = " @ ";
                pr = TERM;
            } else if (o instanceof Div) {
                op = " / ";
                pr = TERM;
            } else if (o instanceof Mod_) {
                op = " % ";
                pr = TERM;
            } else if (o instanceof LShift) {
                op = " << ";
                pr = SHIFT;
            } else if (o instanceof RShift) {
                op = " >> ";
                pr = SHIFT;
            } else if (o instanceof BitOr) {
                op = " | ";
                pr = BOR;
            } else if (o instanceof BitXor) {
                op = " ^ ";
                pr = BXOR;
            } else if (o instanceof BitAnd) {
                op = " & ";
                pr = BAND;
            } else if (o instanceof FloorDiv) {
                op = " // ";
                pr = TERM;
            } else {
                op = " ** ";
                pr = POWER;
            }
            int rightAssociative = o instanceof Pow ? 1 : 0;
            open(sb, level > pr);
            expr(sb, b.left, pr + rightAssociative);
            sb.append(op);
            expr(sb, b.right, pr + 1 - rightAssociative);
            close(sb, level > pr);
        } else if (e instanceof UnaryOp u) {
            String op;
            int pr;
            if (u.op instanceof Invert) {
                op = "~";
                pr = FACTOR;
            } else if (u.op instanceof Not) {
                op = "not ";
                pr = NOT;
            } else if (u.op instanceof UAdd) {
                op = "+";
                pr = FACTOR;
            } else {
                op = "-";
                pr = FACTOR;
            }
            open(sb, level > pr);
            sb.append(op);
            expr(sb, u.operand, pr);
            close(sb, level > pr);
        } else if (e instanceof Lambda l) {
            open(sb, level > TEST);
            int positional = l.args.args.size() + l.args.posonlyargs.size();
            sb.append(positional > 0 ? "lambda " : "lambda");
            arguments(sb, l.args);
            sb.append(": ");
            expr(sb, l.body, TEST);
            close(sb, level > TEST);
        } else if (e instanceof IfExp i) {
            open(sb, level > TEST);
            expr(sb, i.body, TEST + 1);
            sb.append(" if ");
            expr(sb, i.test, TEST + 1);
            sb.append(" else ");
            expr(sb, i.orelse, TEST);
            close(sb, level > TEST);
        } else if (e instanceof Dict d) {
            sb.append('{');
            for (int i = 0; i < d.values.size(); i++) {
                if (i > 0) {
                    sb.append(", ");
                }
                Expr k = d.keys.get(i);
                if (k != null) {
                    expr(sb, k, TEST);
                    sb.append(": ");
                    expr(sb, d.values.get(i), TEST);
                } else {
                    sb.append("**");
                    expr(sb, d.values.get(i), EXPR);
                }
            }
            sb.append('}');
        } else if (e instanceof Set s) {
            sb.append('{');
            exprs(sb, s.elts, TEST);
            sb.append('}');
        } else if (e instanceof List_ l) {
            sb.append('[');
            exprs(sb, l.elts, TEST);
            sb.append(']');
        } else if (e instanceof Tuple t) {
            if (t.elts.isEmpty()) {
                sb.append("()");
                return;
            }
            open(sb, level > TUPLE);
            exprs(sb, t.elts, TEST);
            if (t.elts.size() == 1) {
                sb.append(',');
            }
            close(sb, level > TUPLE);
        } else if (e instanceof GeneratorExp g) {
            sb.append('(');
            expr(sb, g.elt, TEST);
            comprehensions(sb, g.generators);
            sb.append(')');
        } else if (e instanceof ListComp c) {
            sb.append('[');
            expr(sb, c.elt, TEST);
            comprehensions(sb, c.generators);
            sb.append(']');
        } else if (e instanceof SetComp c) {
            sb.append('{');
            expr(sb, c.elt, TEST);
            comprehensions(sb, c.generators);
            sb.append('}');
        } else if (e instanceof DictComp c) {
            sb.append('{');
            expr(sb, c.key, TEST);
            sb.append(": ");
            expr(sb, c.value, TEST);
            comprehensions(sb, c.generators);
            sb.append('}');
        } else if (e instanceof Yield y) {
            if (y.value == null) {
                sb.append("(yield)");
                return;
            }
            sb.append("(yield ");
            expr(sb, y.value, TEST);
            sb.append(')');
        } else if (e instanceof YieldFrom y) {
            sb.append("(yield from ");
            expr(sb, y.value, TEST);
            sb.append(')');
        } else if (e instanceof Await a) {
            open(sb, level > AWAIT);
            sb.append("await ");
            expr(sb, a.value, ATOM);
            close(sb, level > AWAIT);
        } else if (e instanceof Compare c) {
            open(sb, level > CMP);
            expr(sb, c.left, CMP + 1);
            for (int i = 0; i < c.ops.size(); i++) {
                sb.append(comparison(c.ops.get(i)));
                expr(sb, c.comparators.get(i), CMP + 1);
            }
            close(sb, level > CMP);
        } else if (e instanceof Call c) {
            expr(sb, c.func, ATOM);
            if (c.args.size() == 1 && c.keywords.isEmpty() && c.args.get(0) instanceof GeneratorExp g) {
                expr(sb, g, TEST); // f(x for x in y): the generator expression's parentheses are the call's
                return;
            }
            sb.append('(');
            boolean first = true;
            for (Expr a : c.args) {
                if (!first) {
                    sb.append(", ");
                }
                first = false;
                expr(sb, a, TEST);
            }
            for (Keyword k : c.keywords) {
                if (!first) {
                    sb.append(", ");
                }
                first = false;
                if (k.arg == null) {
                    sb.append("**");
                } else {
                    sb.append(k.arg).append('=');
                }
                expr(sb, k.value, TEST);
            }
            sb.append(')');
        } else if (e instanceof Constant c) {
            if (c.value == ConstantSingleton.ELLIPSIS) {
                sb.append("...");
                return;
            }
            if (c.kind != null) {
                sb.append(c.kind);
            }
            constant(sb, c.value);
        } else if (e instanceof JoinedStr j) {
            sb.append('f').append(StrRepr.repr(fstringBody(j.values, false)));
        } else if (e instanceof FormattedValue) {
            sb.append('f').append(StrRepr.repr(fstringBody(List.of(e), false)));
        } else if (e instanceof Attribute a) {
            expr(sb, a.value, ATOM);
            // an int needs a space before the dot: 1 .real
            boolean intValue = a.value instanceof Constant c
                    && (c.value instanceof Long || c.value instanceof java.math.BigInteger);
            sb.append(intValue ? " ." : ".").append(a.attr);
        } else if (e instanceof Subscript s) {
            expr(sb, s.value, ATOM);
            sb.append('[');
            expr(sb, s.slice, TUPLE);
            sb.append(']');
        } else if (e instanceof Starred s) {
            sb.append('*');
            expr(sb, s.value, EXPR);
        } else if (e instanceof Name n) {
            sb.append(n.id);
        } else if (e instanceof Slice s) {
            if (s.lower != null) {
                expr(sb, s.lower, TEST);
            }
            sb.append(':');
            if (s.upper != null) {
                expr(sb, s.upper, TEST);
            }
            if (s.step != null) {
                sb.append(':');
                expr(sb, s.step, TEST);
            }
        } else if (e instanceof NamedExpr n) {
            open(sb, level > TUPLE);
            expr(sb, n.target, ATOM);
            sb.append(" := ");
            expr(sb, n.value, ATOM);
            close(sb, level > TUPLE);
        } else {
            throw new IllegalStateException("annotation text: unexpected " + e.nodeName());
        }
    }

    private static String comparison(Cmpop op) {
        if (op instanceof Eq) {
            return " == ";
        } else if (op instanceof NotEq) {
            return " != ";
        } else if (op instanceof Lt) {
            return " < ";
        } else if (op instanceof LtE) {
            return " <= ";
        } else if (op instanceof Gt) {
            return " > ";
        } else if (op instanceof GtE) {
            return " >= ";
        } else if (op instanceof Is) {
            return " is ";
        } else if (op instanceof IsNot) {
            return " is not ";
        } else if (op instanceof In) {
            return " in ";
        }
        return " not in ";
    }

    private static void comprehensions(StringBuilder sb, List<Comprehension> generators) {
        for (Comprehension g : generators) {
            sb.append(g.is_async != 0 ? " async for " : " for ");
            expr(sb, g.target, TUPLE);
            sb.append(" in ");
            expr(sb, g.iter, TEST + 1);
            for (Expr cond : g.ifs) {
                sb.append(" if ");
                expr(sb, cond, TEST + 1);
            }
        }
    }

    private static void arguments(StringBuilder sb, Arguments a) {
        boolean first = true;
        int posonly = a.posonlyargs.size();
        int positional = posonly + a.args.size();
        int defaults = a.defaults.size();
        for (int i = 0; i < positional; i++) {
            if (!first) {
                sb.append(", ");
            }
            first = false;
            argument(sb, i < posonly ? a.posonlyargs.get(i) : a.args.get(i - posonly));
            int d = i - positional + defaults;
            if (d >= 0) {
                sb.append('=');
                expr(sb, a.defaults.get(d), TEST);
            }
            if (posonly > 0 && i + 1 == posonly) {
                sb.append(", /");
            }
        }
        if (a.vararg != null || !a.kwonlyargs.isEmpty()) {
            if (!first) {
                sb.append(", ");
            }
            first = false;
            sb.append('*');
            if (a.vararg != null) {
                argument(sb, a.vararg);
            }
        }
        for (int i = 0; i < a.kwonlyargs.size(); i++) {
            if (!first) {
                sb.append(", ");
            }
            first = false;
            argument(sb, a.kwonlyargs.get(i));
            Expr d = a.kw_defaults.get(i);
            if (d != null) {
                sb.append('=');
                expr(sb, d, TEST);
            }
        }
        if (a.kwarg != null) {
            if (!first) {
                sb.append(", ");
            }
            sb.append("**");
            argument(sb, a.kwarg);
        }
    }

    private static void argument(StringBuilder sb, Arg a) {
        sb.append(a.arg);
        if (a.annotation != null) {
            sb.append(": ");
            expr(sb, a.annotation, TEST);
        }
    }

    /** A constant's repr; infinity (a float's or a complex's part) as 1e309, which reads back as it. */
    private static void constant(StringBuilder sb, Object v) {
        String repr = AstDump.constantRepr(v);
        if ((v instanceof Double d && d.isInfinite()) || v instanceof ComplexValue) {
            repr = repr.replace("inf", "1e309");
        }
        sb.append(repr);
    }

    /** The text between an f-string's quotes (a format spec's, without the braces around it). */
    private static String fstringBody(List<Expr> values, boolean formatSpec) {
        StringBuilder sb = new StringBuilder();
        for (Expr v : values) {
            fstringElement(sb, v, formatSpec);
        }
        return sb.toString();
    }

    private static void fstringElement(StringBuilder sb, Expr e, boolean formatSpec) {
        if (e instanceof Constant c) {
            String s = c.value instanceof CodePointsValue cp ? cp.toString() : (String) c.value;
            sb.append(s.replace("{", "{{").replace("}", "}}"));
        } else if (e instanceof JoinedStr j) {
            if (formatSpec) {
                sb.append(fstringBody(j.values, true));
            } else {
                sb.append('f').append(StrRepr.repr(fstringBody(j.values, false)));
            }
        } else if (e instanceof FormattedValue f) {
            StringBuilder value = new StringBuilder();
            expr(value, f.value, TEST + 1); // a lambda's ':' needs parentheses here
            sb.append(value.length() > 0 && value.charAt(0) == '{' ? "{ " : "{").append(value);
            if (f.conversion > 0) {
                sb.append('!').append((char) f.conversion);
            }
            if (f.format_spec != null) {
                sb.append(':');
                fstringElement(sb, f.format_spec, true);
            }
            sb.append('}');
        }
    }
}
