package org.pyston.compiler.parser;

import java.math.BigInteger;
import java.util.ArrayList;
import java.util.List;
import org.pyston.compiler.ast.*;

/**
 * Recursive-descent parser for Python 3.11 over the token list, building CPython's AST with
 * CPython's positions.
 *
 * <p>Each grammar rule is one method, named after the rule in CPython's {@code python.gram}
 * where there is one. Expressions use one method per precedence level. Assignment targets are
 * parsed as expressions and then re-built with a {@code Store}/{@code Del} context
 * ({@link #toTarget}), which is also where "cannot assign to …" errors come from. A syntax error
 * is reported at the furthest token the parser reached, as CPython's PEG parser does.
 */
final class Parser {
    private final Source src;
    private final Token[] toks;
    /** Index of the last token (ENDMARKER). */
    private final int last;
    private int p;
    private int furthest;
    private int depth;
    /** Generator expressions written without their own parentheses, as a call's sole argument. */
    private final java.util.Set<Expr> bareGenerators = java.util.Collections.newSetFromMap(new java.util.IdentityHashMap<>());
    private static final int MAX_DEPTH = 200;

    Parser(Source src, Token[] toks) {
        this.src = src;
        this.toks = toks;
        this.last = toks.length - 1;
    }

    // ---------------------------------------------------------------- token access

    private Token peek() {
        return toks[p];
    }

    private Token peek(int k) {
        return toks[Math.min(p + k, last)];
    }

    private Token prev() {
        return toks[p - 1];
    }

    private Token next() {
        Token t = toks[p];
        if (p < last) {
            p++;
        }
        if (p > furthest) {
            furthest = p;
        }
        return t;
    }

    /**
     * Whether the next token is the operator or keyword {@code op}. The texts of operator and
     * keyword tokens are the very literals the parser compares with (see {@link Tokenizer}), and
     * names carry their hash: a mismatch costs no character comparison.
     */
    private boolean at(String op) {
        Token t = peek();
        String x = t.text;
        return (t.kind == Token.Kind.OP || t.kind == Token.Kind.NAME)
                && (x == op || x.hashCode() == op.hashCode() && x.equals(op));
    }

    private boolean atKind(Token.Kind k) {
        return peek().kind == k;
    }

    private boolean accept(String op) {
        if (at(op)) {
            next();
            return true;
        }
        return false;
    }

    private Token expect(String op) {
        if (!at(op)) {
            if (op.equals(":") && atKind(Token.Kind.NEWLINE)) {
                throw expectedColon();
            }
            throw syntaxError(peek(), "invalid syntax");
        }
        return next();
    }

    /** CPython's "expected ':'": a compound statement's header ended by its line (an empty range there). */
    private PythonSyntaxError expectedColon() {
        Token t = peek();
        String text = src.lineText(t.line);
        return new PythonSyntaxError("SyntaxError", "expected ':'", src.filename, t.line, t.col + 1,
                text == null ? null : text + "\n", t.line, t.col + 1);
    }

    private boolean atName() {
        Token t = peek();
        return t.kind == Token.Kind.NAME && !t.keyword;
    }

    private String expectName() {
        if (!atName()) {
            throw syntaxError(peek(), "invalid syntax");
        }
        return next().text;
    }

    // ---------------------------------------------------------------- positions and errors

    private int bcol(int line, int col) {
        return src.byteCol(line, col);
    }

    /** Sets the node's position from {@code start} to the last consumed token. */
    private <T extends AstNode> T fin(T node, Token start) {
        int k = p - 1;
        while (k > 0 && (toks[k].kind == Token.Kind.NEWLINE || toks[k].kind == Token.Kind.DEDENT
                || toks[k].kind == Token.Kind.INDENT)) {
            k--;
        }
        Token end = toks[k];
        return node.at(start.line, bcol(start.line, start.col), end.endLine, bcol(end.endLine, end.endCol));
    }

    private <T extends AstNode> T span(T node, AstNode from, AstNode to) {
        return node.at(from.lineno, from.col_offset, to.end_lineno, to.end_col_offset);
    }

    /** The (token, message) pairs already warned about: a literal the parser reads again warns once. */
    private java.util.Set<java.util.List<Object>> warned;

    /**
     * CPython's warn_invalid_escape_sequence: a DeprecationWarning at the literal's line; when a
     * filter makes it an error, a SyntaxError at the literal's token.
     */
    void warnInvalidEscape(Token t, String msg) {
        if (warned == null) {
            warned = new java.util.HashSet<>();
        }
        if (!warned.add(java.util.List.of(t, msg))) {
            return;
        }
        if (!src.warnings.warn("DeprecationWarning", msg, src.filename, t.line)) {
            throw syntaxError(t, msg);
        }
    }

    PythonSyntaxError syntaxError(Token t, String msg) {
        return syntaxError("SyntaxError", t, msg);
    }

    PythonSyntaxError syntaxError(String type, Token t, String msg) {
        if (msg.equals("invalid syntax") && furthest > p) {
            t = toks[Math.min(furthest, last)];
        }
        if (t.kind == Token.Kind.ENDMARKER || t.kind == Token.Kind.NEWLINE && msg.equals("invalid syntax")
                && t.line > src.lineCount()) {
            msg = msg.equals("invalid syntax") ? "invalid syntax" : msg;
        }
        String text = src.lineText(t.line);
        if (t.kind == Token.Kind.INDENT) {
            // CPython points at the end of the indentation, with no end (-1)
            return new PythonSyntaxError(type, msg, src.filename, t.line, t.endCol, text == null ? null : text + "\n",
                    t.endLine, -1);
        }
        return new PythonSyntaxError(type, msg, src.filename, t.line, t.col + 1, text == null ? null : text + "\n",
                t.endLine, t.endCol + 1);
    }

    private PythonSyntaxError nodeError(AstNode node, String msg) {
        String text = src.lineText(node.lineno);
        int col = charCol(node.lineno, node.col_offset);
        return new PythonSyntaxError("SyntaxError", msg, src.filename, node.lineno, col + 1,
                text == null ? null : text + "\n", node.end_lineno, charCol(node.end_lineno, node.end_col_offset) + 1);
    }

    /** An error located from the start of one token to the end of another. */
    private PythonSyntaxError tokenRangeError(Token from, Token to, String msg) {
        String text = src.lineText(from.line);
        return new PythonSyntaxError("SyntaxError", msg, src.filename, from.line, from.col + 1,
                text == null ? null : text + "\n", to.endLine, to.endCol + 1);
    }

    /** An error located from the start of one node to the end of another (CPython's RAISE_SYNTAX_ERROR_KNOWN_RANGE). */
    private PythonSyntaxError rangeError(AstNode from, AstNode to, String msg) {
        String text = src.lineText(from.lineno);
        return new PythonSyntaxError("SyntaxError", msg, src.filename, from.lineno, charCol(from.lineno, from.col_offset) + 1,
                text == null ? null : text + "\n", to.end_lineno, charCol(to.end_lineno, to.end_col_offset) + 1);
    }

    private int charCol(int line, int byteCol) {
        String text = src.lineText(line);
        if (text == null) {
            return byteCol;
        }
        int bytes = 0;
        for (int i = 0; i < text.length(); i++) {
            if (bytes >= byteCol) {
                return i;
            }
            bytes += src.byteCol(line, i + 1) - src.byteCol(line, i);
        }
        return text.length();
    }

    private void enter() {
        if (++depth > MAX_DEPTH) {
            throw syntaxError(peek(), "too many nested parentheses");
        }
    }

    private void leave() {
        depth--;
    }

    // ---------------------------------------------------------------- modules

    Mod parse(ParseMode mode) {
        switch (mode) {
            case EVAL: {
                while (atKind(Token.Kind.NEWLINE)) {
                    next();
                }
                Expr body = expressions();
                while (atKind(Token.Kind.NEWLINE)) {
                    next();
                }
                if (!atKind(Token.Kind.ENDMARKER)) {
                    throw syntaxError(peek(), "invalid syntax");
                }
                return new Expression(body);
            }
            case SINGLE: {
                List<Stmt> body = new ArrayList<>();
                while (atKind(Token.Kind.NEWLINE)) {
                    next();
                }
                if (!atKind(Token.Kind.ENDMARKER)) {
                    statement(body);
                }
                return new Interactive(body);
            }
            case FUNC_TYPE:
                return funcType();
            default: {
                List<Stmt> body = new ArrayList<>();
                while (!atKind(Token.Kind.ENDMARKER)) {
                    if (atKind(Token.Kind.NEWLINE)) {
                        next();
                        continue;
                    }
                    if (atKind(Token.Kind.INDENT)) {
                        throw syntaxError("IndentationError", peek(), "unexpected indent");
                    }
                    statement(body);
                }
                return new org.pyston.compiler.ast.Module(body, new ArrayList<>());
            }
        }
    }

    /**
     * {@code func_type_input}: a PEP 484 signature type comment, {@code (argtypes) -> returns};
     * in the argument types {@code *T} and {@code **T} (last, in that order) stand for T.
     */
    private Mod funcType() {
        expect("(");
        List<Expr> argtypes = new ArrayList<>();
        boolean star = false;
        boolean doubleStar = false;
        while (!at(")")) {
            if (doubleStar) {
                throw syntaxError(peek(), "invalid syntax");
            }
            if (accept("*")) {
                if (star) {
                    throw syntaxError(prev(), "invalid syntax");
                }
                star = true;
            } else if (accept("**")) {
                doubleStar = true;
            } else if (star) {
                throw syntaxError(peek(), "invalid syntax");
            }
            argtypes.add(expression());
            if (!accept(",")) {
                break;
            }
            if (at(")")) {
                throw syntaxError(peek(), "invalid syntax"); // no trailing comma in type_expressions
            }
        }
        expect(")");
        expect("->");
        Expr returns = expression();
        while (atKind(Token.Kind.NEWLINE)) {
            next();
        }
        if (!atKind(Token.Kind.ENDMARKER)) {
            throw syntaxError(peek(), "invalid syntax");
        }
        return new FunctionType(argtypes, returns);
    }

    // ---------------------------------------------------------------- statements

    private void statement(List<Stmt> out) {
        Token t = peek();
        if (t.kind == Token.Kind.NAME) {
            switch (t.text) {
                case "if":
                    out.add(ifStmt());
                    return;
                case "while":
                    out.add(whileStmt());
                    return;
                case "for":
                    out.add(forStmt(t, false));
                    return;
                case "try":
                    out.add(tryStmt());
                    return;
                case "with":
                    out.add(withStmt(t, false));
                    return;
                case "def":
                    out.add(funcDef(t, new ArrayList<>(), false));
                    return;
                case "class":
                    out.add(classDef(t, new ArrayList<>()));
                    return;
                case "async":
                    out.add(asyncStmt());
                    return;
                case "match": {
                    Stmt m = tryMatch();
                    if (m != null) {
                        out.add(m);
                        return;
                    }
                    break;
                }
                default:
                    break;
            }
        } else if (t.is("@")) {
            out.add(decorated());
            return;
        }
        simpleStatements(out);
    }

    /**
     * Whether star_expressions parse from here (CPython's invalid_legacy_expression needs them
     * after {@code print}/{@code exec}); the position is left as it was.
     */
    private boolean parsesAsExpressions() {
        int savedP = p, savedFurthest = furthest;
        try {
            starExpressions();
            return true;
        } catch (PythonSyntaxError notAnExpression) {
            return false;
        } finally {
            p = savedP;
            furthest = savedFurthest;
        }
    }

    /** Tokens that start an expression after {@code print}/{@code exec} (CPython's invalid_legacy_expression). */
    private static boolean startsLegacyOperand(Token t) {
        for (String s : new String[] {"{", "[", "-", "+", "~", "*", "...", "not", "lambda", "None", "True", "False",
            "await"}) {
            if (t.is(s)) {
                return true;
            }
        }
        return false;
    }

    private void simpleStatements(List<Stmt> out) {
        while (true) {
            Token first = peek();
            Stmt small = smallStatement();
            if ((first.is("print") || first.is("exec")) && small instanceof Expr_ && !atSimpleEnd()
                    && (atKind(Token.Kind.STRING) || atKind(Token.Kind.NUMBER) || atName() || startsLegacyOperand(peek()))
                    && parsesAsExpressions()) {
                // Python 2's print statement gets CPython's hint
                throw syntaxError(first, "Missing parentheses in call to '" + first.text + "'. Did you mean "
                        + first.text + "(...)?");
            }
            out.add(small);
            if (accept(";")) {
                if (atKind(Token.Kind.NEWLINE)) {
                    break;
                }
                continue;
            }
            break;
        }
        if (!atKind(Token.Kind.NEWLINE)) {
            throw syntaxError(peek(), "invalid syntax");
        }
        next();
    }

    private Stmt smallStatement() {
        Token t = peek();
        if (t.kind == Token.Kind.NAME) {
            switch (t.text) {
                case "pass":
                    next();
                    return fin(new Pass(), t);
                case "break":
                    next();
                    return fin(new Break(), t);
                case "continue":
                    next();
                    return fin(new Continue(), t);
                case "return": {
                    next();
                    Expr value = atSimpleEnd() ? null : starExpressions();
                    return fin(new Return(value), t);
                }
                case "raise": {
                    next();
                    Expr exc = null, cause = null;
                    if (!atSimpleEnd()) {
                        exc = expression();
                        if (accept("from")) {
                            cause = expression();
                        }
                    }
                    return fin(new Raise(exc, cause), t);
                }
                case "global":
                case "nonlocal": {
                    next();
                    List<String> names = new ArrayList<>();
                    do {
                        names.add(expectName());
                    } while (accept(","));
                    return t.text.equals("global") ? fin(new Global(names), t) : fin(new Nonlocal(names), t);
                }
                case "del": {
                    next();
                    List<Expr> targets = new ArrayList<>();
                    do {
                        if (atSimpleEnd()) {
                            break;
                        }
                        // del_target: a starred one is CPython's invalid_del_stmt "cannot delete starred"
                        targets.add(toTarget(at("*") ? starExpression() : bitwiseOr(), Del.INSTANCE));
                    } while (accept(","));
                    if (targets.isEmpty()) {
                        throw syntaxError(peek(), "invalid syntax");
                    }
                    return fin(new Delete(targets), t);
                }
                case "assert": {
                    next();
                    Expr test = expression();
                    Expr msg = accept(",") ? expression() : null;
                    return fin(new Assert(test, msg), t);
                }
                case "import":
                    return importName();
                case "from":
                    return importFrom();
                default:
                    break;
            }
        }
        return expressionStatement();
    }

    private boolean atSimpleEnd() {
        return atKind(Token.Kind.NEWLINE) || at(";") || atKind(Token.Kind.ENDMARKER);
    }

    private Stmt importName() {
        Token t = next();
        List<Alias> names = new ArrayList<>();
        do {
            Token s = peek();
            String name = dottedName();
            String as = accept("as") ? expectName() : null;
            names.add(fin(new Alias(name, as), s));
        } while (accept(","));
        return fin(new Import(names), t);
    }

    private String dottedName() {
        StringBuilder sb = new StringBuilder(expectName());
        while (at(".") && peek(1).kind == Token.Kind.NAME) {
            next();
            sb.append('.').append(expectName());
        }
        return sb.toString();
    }

    private Stmt importFrom() {
        Token t = next();
        int level = 0;
        while (at(".") || at("...")) {
            level += next().text.length();
        }
        String module = null;
        if (!at("import")) {
            module = dottedName();
        }
        expect("import");
        List<Alias> names = new ArrayList<>();
        if (at("*")) {
            Token s = next();
            names.add(fin(new Alias("*", null), s));
        } else {
            boolean paren = accept("(");
            do {
                if (paren && at(")")) {
                    break;
                }
                Token s = peek();
                String name = expectName();
                String as = accept("as") ? expectName() : null;
                names.add(fin(new Alias(name, as), s));
            } while (accept(","));
            if (paren) {
                expect(")");
            } else if (prev().is(",")) {
                throw syntaxError(prev(), "trailing comma not allowed without surrounding parentheses");
            }
        }
        return fin(new ImportFrom(module, names, level), t);
    }

    private static final java.util.Map<String, Operator> AUG_OPS = java.util.Map.ofEntries(
            java.util.Map.entry("+=", Add.INSTANCE), java.util.Map.entry("-=", Sub.INSTANCE),
            java.util.Map.entry("*=", Mult.INSTANCE), java.util.Map.entry("@=", MatMult.INSTANCE),
            java.util.Map.entry("/=", Div.INSTANCE), java.util.Map.entry("%=", Mod_.INSTANCE),
            java.util.Map.entry("&=", BitAnd.INSTANCE), java.util.Map.entry("|=", BitOr.INSTANCE),
            java.util.Map.entry("^=", BitXor.INSTANCE), java.util.Map.entry("<<=", LShift.INSTANCE),
            java.util.Map.entry(">>=", RShift.INSTANCE), java.util.Map.entry("**=", Pow.INSTANCE),
            java.util.Map.entry("//=", FloorDiv.INSTANCE));

    private Stmt expressionStatement() {
        Token start = peek();
        Expr first = at("yield") ? yieldExpr() : starExpressions();
        if (at("=")) {
            List<Expr> targets = new ArrayList<>();
            targets.add(firstAssignmentTarget(first, start));
            Expr value;
            while (true) {
                next();
                Token rhsStart = peek();
                Expr rhs = at("yield") ? yieldExpr() : starExpressions();
                if (at("=")) {
                    if (rhsStart.is("yield")) {
                        throw nodeError(rhs, "assignment to yield expression not possible");
                    }
                    targets.add(toTarget(rhs, Store.INSTANCE));
                } else {
                    value = rhs;
                    break;
                }
            }
            return fin(new Assign(targets, value, null), start);
        }
        Token t = peek();
        if (t.kind == Token.Kind.OP && AUG_OPS.containsKey(t.text)) {
            next();
            Expr target = augTarget(first);
            Expr value = at("yield") ? yieldExpr() : starExpressions();
            return fin(new AugAssign(target, AUG_OPS.get(t.text), value), start);
        }
        if (at(":")) {
            next();
            Expr target = annTarget(first);
            Expr annotation = expression();
            Expr value = null;
            if (accept("=")) {
                value = at("yield") ? yieldExpr() : starExpressions();
            }
            int simple = first instanceof Name && !(start.is("(")) ? 1 : 0;
            return fin(new AnnAssign(target, annotation, value, simple), start);
        }
        return fin(new Expr_(first), start);
    }

    /**
     * The first target of an assignment statement (the parser is at its '='). CPython's errors
     * for an invalid one come from three grammar rules, tried in this order: {@code
     * invalid_named_expression} on the last item before the '=' when a single {@code bitwise_or}
     * not followed by another '=' comes after it ("... here. Maybe you meant '==' instead of
     * '='?"), then "assignment to yield expression not possible", then the invalid target itself.
     */
    private Expr firstAssignmentTarget(Expr first, Token start) {
        if ((first instanceof Yield || first instanceof YieldFrom) && start.is("yield")) {
            throw nodeError(first, "assignment to yield expression not possible");
        }
        try {
            return toTarget(first, Store.INSTANCE);
        } catch (PythonSyntaxError invalid) {
            PythonSyntaxError named = namedExpressionError(first);
            throw named != null ? named : invalid;
        }
    }

    private PythonSyntaxError namedExpressionError(Expr first) {
        Expr e = first instanceof Tuple t && !ownParentheses(t) ? t.elts.get(t.elts.size() - 1) : first;
        int saveP = p;
        int saveFurthest = furthest;
        Expr value;
        Token after;
        try {
            next();
            value = bitwiseOr();
            after = peek();
        } catch (PythonSyntaxError notAnExpression) {
            return null;
        } finally {
            p = saveP;
            furthest = saveFurthest;
        }
        if (after.is("=") || after.is(":=")) {
            return null;
        }
        if (e instanceof Name) {
            String text = src.lineText(e.lineno);
            return new PythonSyntaxError("SyntaxError", "invalid syntax. Maybe you meant '==' or ':=' instead of '='?",
                    src.filename, e.lineno, charCol(e.lineno, e.col_offset) + 1, text == null ? null : text + "\n",
                    value.end_lineno, charCol(value.end_lineno, value.end_col_offset) + 1);
        }
        boolean bitwiseOrLevel = parenthesized(e) || !(e instanceof Compare || e instanceof BoolOp
                || e instanceof IfExp || e instanceof Lambda || e instanceof Starred || e instanceof NamedExpr
                || e instanceof Yield || e instanceof YieldFrom || e instanceof UnaryOp u && u.op instanceof Not);
        if (!bitwiseOrLevel || startsWithDisplayOrKeyword(e)) {
            return null;
        }
        return nodeError(e, "cannot assign to " + describe(e) + " here. Maybe you meant '==' instead of '='?");
    }

    /** The index of the token that starts at a node's start (-1 if none). */
    private int tokenAt(int line, int byteCol) {
        int col = charCol(line, byteCol);
        for (int i = 0; i <= last; i++) {
            if (toks[i].line == line && toks[i].col == col) {
                return i;
            }
        }
        return -1;
    }

    /** Whether the expression is written in parentheses of its own (a group: its node excludes them). */
    private boolean parenthesized(Expr e) {
        int first = tokenAt(e.lineno, e.col_offset);
        if (first <= 0 || !toks[first - 1].is("(")) {
            return false;
        }
        int end = charCol(e.end_lineno, e.end_col_offset);
        for (int i = first; i < last; i++) {
            if (toks[i].endLine == e.end_lineno && toks[i].endCol == end) {
                return toks[i + 1].is(")");
            }
        }
        return false;
    }

    /** Whether a tuple is a parenthesized display (its node's span is '(' ... the matching ')'). */
    private boolean ownParentheses(Tuple t) {
        int first = tokenAt(t.lineno, t.col_offset);
        if (first < 0 || !toks[first].is("(")) {
            return false;
        }
        int depth = 0;
        for (int i = first; i < last; i++) {
            Token k = toks[i];
            if (k.is("(") || k.is("[") || k.is("{")) {
                depth++;
            } else if (k.is(")") || k.is("]") || k.is("}")) {
                depth--;
                if (depth == 0) {
                    return k.endLine == t.end_lineno && k.endCol == charCol(t.end_lineno, t.end_col_offset);
                }
            }
        }
        return false;
    }

    /**
     * CPython's lookahead {@code !(list|tuple|genexp|'True'|'None'|'False')}: whether the
     * expression begins with a list or tuple display, a generator expression or a keyword constant.
     */
    private boolean startsWithDisplayOrKeyword(Expr e) {
        int first = tokenAt(e.lineno, e.col_offset);
        if (first >= 0 && (toks[first].is("True") || toks[first].is("None") || toks[first].is("False"))) {
            return true;
        }
        Expr leftmost = e;
        while (true) {
            if (leftmost instanceof Call c) {
                leftmost = c.func;
            } else if (leftmost instanceof Attribute a) {
                leftmost = a.value;
            } else if (leftmost instanceof Subscript s) {
                leftmost = s.value;
            } else if (leftmost instanceof BinOp b && !parenthesized(leftmost)) {
                leftmost = b.left;
            } else {
                break;
            }
        }
        return (leftmost instanceof List_ || leftmost instanceof Tuple || leftmost instanceof GeneratorExp)
                && leftmost.lineno == e.lineno && leftmost.col_offset == e.col_offset;
    }

    private Expr augTarget(Expr e) {
        if (e instanceof Name || e instanceof Attribute || e instanceof Subscript) {
            return toTarget(e, Store.INSTANCE);
        }
        throw nodeError(e, "'" + describe(e) + "' is an illegal expression for augmented assignment");
    }

    private Expr annTarget(Expr e) {
        if (e instanceof Name || e instanceof Attribute || e instanceof Subscript) {
            return toTarget(e, Store.INSTANCE);
        }
        if (e instanceof Tuple) {
            throw nodeError(e, "only single target (not tuple) can be annotated");
        }
        if (e instanceof List_) {
            throw nodeError(e, "only single target (not list) can be annotated");
        }
        throw nodeError(e, "illegal target for annotation");
    }

    /** Re-builds an expression as an assignment/deletion target. */
    private Expr toTarget(Expr e, Expr_context ctx) {
        if (e instanceof Name n) {
            return new Name(n.id, ctx).at(n);
        }
        if (e instanceof Attribute a) {
            return new Attribute(a.value, a.attr, ctx).at(a);
        }
        if (e instanceof Subscript s) {
            return new Subscript(s.value, s.slice, ctx).at(s);
        }
        if (e instanceof Tuple t) {
            List<Expr> elts = new ArrayList<>();
            for (Expr x : t.elts) {
                elts.add(toTarget(x, ctx));
            }
            return new Tuple(elts, ctx).at(t);
        }
        if (e instanceof List_ l) {
            List<Expr> elts = new ArrayList<>();
            for (Expr x : l.elts) {
                elts.add(toTarget(x, ctx));
            }
            return new List_(elts, ctx).at(l);
        }
        if (e instanceof Starred s && ctx instanceof Store) {
            return new Starred(toTarget(s.value, ctx), ctx).at(s);
        }
        throw nodeError(e, "cannot " + (ctx instanceof Del ? "delete" : "assign to") + " " + describe(e));
    }

    /** CPython's name of an expression in error messages (_PyPegen_get_expr_name). */
    private static String describe(Expr e) {
        if (e instanceof Tuple) {
            return "tuple";
        }
        if (e instanceof List_) {
            return "list";
        }
        if (e instanceof Attribute) {
            return "attribute";
        }
        if (e instanceof Subscript) {
            return "subscript";
        }
        if (e instanceof Name) {
            return "name";
        }
        if (e instanceof Call) {
            return "function call";
        }
        if (e instanceof Constant c) {
            Object v = c.value;
            if (v == ConstantSingleton.NONE) {
                return "None";
            }
            if (v instanceof Boolean b) {
                return b ? "True" : "False";
            }
            if (v == ConstantSingleton.ELLIPSIS) {
                return "ellipsis";
            }
            return "literal";
        }
        if (e instanceof BinOp || e instanceof UnaryOp) {
            return "expression";
        }
        if (e instanceof BoolOp) {
            return "expression";
        }
        if (e instanceof Compare) {
            return "comparison";
        }
        if (e instanceof Lambda) {
            return "lambda";
        }
        if (e instanceof IfExp) {
            return "conditional expression";
        }
        if (e instanceof NamedExpr) {
            return "named expression";
        }
        if (e instanceof Await) {
            return "await expression";
        }
        if (e instanceof Yield || e instanceof YieldFrom) {
            return "yield expression";
        }
        if (e instanceof ListComp) {
            return "list comprehension";
        }
        if (e instanceof SetComp) {
            return "set comprehension";
        }
        if (e instanceof DictComp) {
            return "dict comprehension";
        }
        if (e instanceof GeneratorExp) {
            return "generator expression";
        }
        if (e instanceof Dict) {
            return "dict literal";
        }
        if (e instanceof Set) {
            return "set display";
        }
        if (e instanceof JoinedStr || e instanceof FormattedValue) {
            return "f-string expression";
        }
        if (e instanceof Starred) {
            return "starred";
        }
        return "expression";
    }

    /** A block after ':' — an indented suite or simple statements on the same line. */
    private List<Stmt> block(Token owner, String what) {
        if (!at(":") && !atKind(Token.Kind.NEWLINE) && (what.equals("function definition")
                || what.equals("'try' statement") || what.equals("'else' statement")
                || what.equals("'finally' statement"))) {
            throw syntaxError(peek(), "expected ':'"); // a forced ':' in CPython's grammar
        }
        expect(":");
        List<Stmt> body = new ArrayList<>();
        if (atKind(Token.Kind.NEWLINE)) {
            next();
            if (!atKind(Token.Kind.INDENT)) {
                throw syntaxError("IndentationError", peek(),
                        "expected an indented block after " + what + " on line " + owner.line);
            }
            next();
            while (!atKind(Token.Kind.DEDENT) && !atKind(Token.Kind.ENDMARKER)) {
                if (atKind(Token.Kind.INDENT)) {
                    throw syntaxError("IndentationError", peek(), "unexpected indent");
                }
                statement(body);
            }
            if (atKind(Token.Kind.DEDENT)) {
                next();
            }
        } else {
            simpleStatements(body);
        }
        return body;
    }

    private Stmt ifStmt() {
        Token t = next();
        Expr test = checkedNamedExpression();
        List<Stmt> body = block(t, "'if' statement");
        return ifRest(t, test, body);
    }

    private Stmt ifRest(Token t, Expr test, List<Stmt> body) {
        List<Stmt> orelse = new ArrayList<>();
        if (at("elif")) {
            Token e = next();
            Expr etest = checkedNamedExpression();
            List<Stmt> ebody = block(e, "'elif' statement");
            orelse.add(ifRest(e, etest, ebody));
        } else if (at("else")) {
            Token e = next();
            orelse = block(e, "'else' statement");
        }
        return fin(new If(test, body, orelse), t);
    }

    private Stmt whileStmt() {
        Token t = next();
        Expr test = checkedNamedExpression();
        List<Stmt> body = block(t, "'while' statement");
        List<Stmt> orelse = new ArrayList<>();
        if (at("else")) {
            Token e = next();
            orelse = block(e, "'else' statement");
        }
        return fin(new While(test, body, orelse), t);
    }

    private Stmt forStmt(Token start, boolean isAsync) {
        Token t = next();
        Expr target = toTarget(starTargets(), Store.INSTANCE);
        expect("in");
        Expr iter = starExpressions();
        List<Stmt> body = block(t, "'for' statement");
        List<Stmt> orelse = new ArrayList<>();
        if (at("else")) {
            Token e = next();
            orelse = block(e, "'else' statement");
        }
        return isAsync ? fin(new AsyncFor(target, iter, body, orelse, null), start)
                : fin(new For(target, iter, body, orelse, null), start);
    }

    /** Targets of for/comprehensions: star_targets (no 'in' operator at top level). */
    private Expr starTargets() {
        Token start = peek();
        Expr first = starTarget();
        if (!at(",")) {
            return first;
        }
        List<Expr> elts = new ArrayList<>();
        elts.add(first);
        while (accept(",")) {
            if (at("in") || at("=")) {
                break;
            }
            elts.add(starTarget());
        }
        return fin(new Tuple(elts, Load.INSTANCE), start);
    }

    private Expr starTarget() {
        if (at("*")) {
            Token s = next();
            Expr v = bitwiseOr();
            return fin(new Starred(v, Load.INSTANCE), s);
        }
        return bitwiseOr();
    }

    private Stmt tryStmt() {
        Token t = next();
        List<Stmt> body = block(t, "'try' statement");
        List<Excepthandler> handlers = new ArrayList<>();
        boolean star = false;
        while (at("except")) {
            Token e = next();
            boolean thisStar = false;
            if (at("*")) {
                next();
                thisStar = true;
            }
            if (!handlers.isEmpty() && thisStar != star) {
                String msg = "cannot have both 'except' and 'except*' on the same 'try'";
                throw thisStar ? tokenRangeError(e, prev(), msg) : syntaxError(e, msg); // "except*" or "except"
            }
            star = thisStar;
            Expr type = null;
            String name = null;
            if (thisStar && (at(":") || atKind(Token.Kind.NEWLINE))) {
                throw syntaxError(peek(), "expected one or more exception types");
            }
            if (atKind(Token.Kind.NEWLINE)) {
                throw expectedColon();
            }
            if (!at(":")) {
                type = expression();
                if (at(",")) {
                    Token comma = peek();
                    while (accept(",")) {
                        expression();
                    }
                    if (accept("as")) {
                        expectName();
                    }
                    if (!at(":")) {
                        throw syntaxError(comma, "invalid syntax");
                    }
                    Token end = prev();
                    String text = src.lineText(type.lineno);
                    throw new PythonSyntaxError("SyntaxError", "multiple exception types must be parenthesized",
                            src.filename, type.lineno, charCol(type.lineno, type.col_offset) + 1,
                            text == null ? null : text + "\n", end.endLine, end.endCol + 1);
                }
                if (accept("as")) {
                    name = expectName();
                }
            }
            List<Stmt> hbody = block(e, thisStar ? "'except*' statement" : "'except' statement");
            handlers.add(fin(new ExceptHandler(type, name, hbody), e));
        }
        List<Stmt> orelse = new ArrayList<>();
        List<Stmt> finalbody = new ArrayList<>();
        if (at("else")) {
            Token e = next();
            orelse = block(e, "'else' statement");
        }
        if (at("finally")) {
            Token f = next();
            finalbody = block(f, "'finally' statement");
        }
        if (handlers.isEmpty() && finalbody.isEmpty()) {
            int next = p;
            while (toks[next].kind == Token.Kind.DEDENT) {
                next++;
            }
            if (toks[next].kind == Token.Kind.ENDMARKER) {
                // at the end of the file CPython points past the block's last line, with no end (-1)
                int end = p - 1;
                while (end > 0 && toks[end].kind == Token.Kind.DEDENT) {
                    end--;
                }
                Token nl = toks[end];
                String text = src.lineText(nl.line);
                throw new PythonSyntaxError("SyntaxError", "expected 'except' or 'finally' block", src.filename, nl.line,
                        nl.col + 1, text == null ? null : text + "\n", nl.line, -1);
            }
            throw syntaxError(peek(), "expected 'except' or 'finally' block");
        }
        return star ? fin(new TryStar(body, handlers, orelse, finalbody), t)
                : fin(new Try(body, handlers, orelse, finalbody), t);
    }

    private Stmt withStmt(Token start, boolean isAsync) {
        Token t = next();
        List<Withitem> items = new ArrayList<>();
        boolean parenthesized = false;
        if (at("(")) {
            // Parenthesized context managers (3.9+): try it, fall back to an expression.
            int save = p;
            try {
                next();
                do {
                    if (at(")")) {
                        break;
                    }
                    items.add(withItem());
                } while (accept(","));
                expect(")");
                if (!at(":")) {
                    throw syntaxError(peek(), "invalid syntax");
                }
                parenthesized = true;
            } catch (PythonSyntaxError notParenthesized) {
                p = save;
                items.clear();
            }
        }
        if (!parenthesized) {
            do {
                items.add(withItem());
            } while (accept(","));
        }
        List<Stmt> body = block(t, "'with' statement");
        return isAsync ? fin(new AsyncWith(items, body, null), start) : fin(new With(items, body, null), start);
    }

    private Withitem withItem() {
        Expr ctx = expression();
        Expr vars = null;
        if (accept("as")) {
            vars = toTarget(starTarget(), Store.INSTANCE);
        }
        return new Withitem(ctx, vars);
    }

    private Stmt decorated() {
        Token start = peek();
        List<Expr> decorators = new ArrayList<>();
        while (at("@")) {
            next();
            decorators.add(namedExpression());
            if (!atKind(Token.Kind.NEWLINE)) {
                throw syntaxError(peek(), "invalid syntax");
            }
            next();
        }
        Token t = peek();
        if (at("def")) {
            return funcDef(t, decorators, false);
        }
        if (at("class")) {
            return classDef(t, decorators);
        }
        if (at("async") && peek(1).is("def")) {
            next();
            return funcDef(t, decorators, true);
        }
        throw syntaxError(peek(), "invalid syntax");
    }

    private Stmt asyncStmt() {
        Token start = next();
        if (at("def")) {
            return funcDef(start, new ArrayList<>(), true);
        }
        if (at("for")) {
            return forStmt(start, true);
        }
        if (at("with")) {
            return withStmt(start, true);
        }
        throw syntaxError(peek(), "invalid syntax");
    }

    private Stmt funcDef(Token start, List<Expr> decorators, boolean isAsync) {
        Token def = peek();
        expect("def");
        String name = expectName();
        if (!at("(")) {
            throw syntaxError(peek(), "expected '('"); // a forced token in CPython's grammar
        }
        next();
        Arguments args = parameters(")", true);
        expect(")");
        Expr returns = null;
        if (accept("->")) {
            returns = expression();
        }
        List<Stmt> body = block(def, "function definition");
        Token s = decorators.isEmpty() ? start : start;
        return isAsync ? fin(new AsyncFunctionDef(name, args, body, decorators, returns, null), s)
                : fin(new FunctionDef(name, args, body, decorators, returns, null), s);
    }

    /** Parameters of def (annotations allowed) or lambda (not), up to {@code close}. */
    private Arguments parameters(String close, boolean annotations) {
        List<Arg> posonly = new ArrayList<>();
        List<Arg> args = new ArrayList<>();
        List<Expr> defaults = new ArrayList<>();
        List<Arg> kwonly = new ArrayList<>();
        List<Expr> kwDefaults = new ArrayList<>();
        Arg vararg = null, kwarg = null;
        boolean star = false;
        while (!at(close)) {
            if (at("/")) {
                Token slash = next();
                if (star) {
                    throw syntaxError(slash, "/ must be ahead of *");
                }
                if (!posonly.isEmpty()) {
                    throw syntaxError(slash, "/ may appear only once");
                }
                if (args.isEmpty()) {
                    throw syntaxError(slash, "at least one argument must precede /");
                }
                if (at("*")) {
                    throw syntaxError(peek(), "expected comma between / and *");
                }
                posonly.addAll(args);
                args.clear();
            } else if (at("**")) {
                next();
                kwarg = param(annotations, false);
                if (at("=")) {
                    throw syntaxError(peek(), "var-keyword argument cannot have default value");
                }
                accept(",");
                if (!at(close)) {
                    throw syntaxError(peek(), "arguments cannot follow var-keyword argument");
                }
                break;
            } else if (at("*")) {
                Token st = next();
                if (star) {
                    throw syntaxError(st, "* argument may appear only once");
                }
                star = true;
                if (at(",")) {
                    if (peek(1).is(close) || peek(1).is("**")) {
                        throw syntaxError(st, "named arguments must follow bare *");
                    }
                } else if (at(close)) {
                    throw syntaxError(st, "named arguments must follow bare *");
                } else {
                    vararg = param(annotations, true);
                    if (at("=")) {
                        throw syntaxError(peek(), "var-positional argument cannot have default value");
                    }
                }
            } else {
                if (at("(") && !star && defaults.isEmpty()) {
                    parenthesizedParameters(annotations);
                }
                Arg a = param(annotations, false);
                if (star) {
                    kwonly.add(a);
                    kwDefaults.add(accept("=") ? defaultValue() : null);
                } else {
                    args.add(a);
                    if (accept("=")) {
                        defaults.add(defaultValue());
                    } else if (!defaults.isEmpty()) {
                        throw syntaxError(prev(), "non-default argument follows default argument");
                    }
                }
            }
            if (!accept(",")) {
                break;
            }
        }
        return new Arguments(posonly, args, vararg, kwonly, kwDefaults, kwarg, defaults);
    }

    /** A parameter's default value (the parser is past its '='). */
    private Expr defaultValue() {
        if (at(",") || at(")")) {
            throw syntaxError(prev(), "expected default value expression");
        }
        return expression();
    }

    /** Python 2's tuple parameters, {@code def f(a, (b, c))}: CPython's error when they are names only. */
    private void parenthesizedParameters(boolean function) {
        int i = p + 1;
        boolean names = false;
        while (toks[i].kind == Token.Kind.NAME && !toks[i].keyword) {
            names = true;
            i++;
            if (!toks[i].is(",")) {
                break;
            }
            i++;
        }
        if (names && toks[i].is(")")) {
            throw tokenRangeError(peek(), toks[i], function ? "Function parameters cannot be parenthesized"
                    : "Lambda expression parameters cannot be parenthesized");
        }
    }

    private Arg param(boolean annotations, boolean starAnnotation) {
        Token t = peek();
        String name = expectName();
        Expr ann = null;
        if (annotations && accept(":")) {
            ann = starAnnotation && at("*") ? starExpression() : expression();
        }
        return fin(new Arg(name, ann, null), t);
    }

    private Stmt classDef(Token start, List<Expr> decorators) {
        Token cls = next();
        String name = expectName();
        List<Expr> bases = new ArrayList<>();
        List<Keyword> keywords = new ArrayList<>();
        if (accept("(")) {
            callArguments(bases, keywords, false);
            expect(")");
        }
        List<Stmt> body = block(cls, "class definition");
        return fin(new ClassDef(name, bases, keywords, body, decorators), start);
    }

    // ---------------------------------------------------------------- match (soft keyword)

    /**
     * {@code match} is a soft keyword: the statement is tried first and, when what follows is not
     * {@code subject ':' NEWLINE INDENT 'case'}, the tokens are parsed again as an ordinary
     * statement (CPython's PEG parser does the same by ordered choice).
     */
    private Stmt tryMatch() {
        int save = p;
        int saveFurthest = furthest;
        Token start = next();
        Expr subject;
        try {
            if (at(":") || atKind(Token.Kind.NEWLINE) || at("=") || at(".") && !peek(1).is(".")) {
                throw syntaxError(peek(), "invalid syntax");
            }
            Token s0 = peek();
            Expr first = at("*") ? starExpression() : checkedNamedExpression();
            if (at(",")) {
                List<Expr> elts = new ArrayList<>();
                elts.add(first);
                while (accept(",")) {
                    if (at(":")) {
                        break;
                    }
                    elts.add(at("*") ? starExpression() : checkedNamedExpression());
                }
                subject = fin(new Tuple(elts, Load.INSTANCE), s0);
            } else {
                subject = first;
            }
            if (!at(":") || !peek(1).kind.equals(Token.Kind.NEWLINE) || peek(2).kind != Token.Kind.INDENT
                    || !peek(3).is("case")) {
                throw syntaxError(peek(), "invalid syntax");
            }
        } catch (PythonSyntaxError notMatch) {
            p = save;
            furthest = saveFurthest;
            return null;
        }
        next(); // ':'
        next(); // NEWLINE
        next(); // INDENT
        List<Match_case> cases = new ArrayList<>();
        while (at("case")) {
            Token c = next();
            Pattern pattern = patterns();
            Expr guard = accept("if") ? checkedNamedExpression() : null;
            List<Stmt> body = block(c, "'case' statement");
            cases.add(new Match_case(pattern, guard, body));
        }
        if (atKind(Token.Kind.DEDENT)) {
            next();
        } else if (!atKind(Token.Kind.ENDMARKER)) {
            throw syntaxError(peek(), "invalid syntax");
        }
        return fin(new Match(subject, cases), start);
    }

    /** patterns: an open sequence pattern (a, b, *c) or a single pattern. */
    private Pattern patterns() {
        Token start = peek();
        Pattern first = maybeStarPattern();
        if (!at(",")) {
            if (first instanceof MatchStar) {
                throw syntaxError(start, "invalid syntax");
            }
            return first;
        }
        List<Pattern> items = new ArrayList<>();
        items.add(first);
        while (accept(",")) {
            if (at(":") || at("if")) {
                break;
            }
            items.add(maybeStarPattern());
        }
        return fin(new MatchSequence(items), start);
    }

    private Pattern maybeStarPattern() {
        if (at("*")) {
            Token s0 = next();
            String name = expectName();
            return fin(new MatchStar(name.equals("_") ? null : name), s0);
        }
        return pattern();
    }

    private Pattern pattern() {
        Token start = peek();
        Pattern or = orPattern();
        if (at("as")) {
            next();
            String name = expectName();
            if (name.equals("_")) {
                throw syntaxError(prev(), "cannot use '_' as a target");
            }
            return fin(new MatchAs(or, name), start);
        }
        return or;
    }

    private Pattern orPattern() {
        Token start = peek();
        Pattern first = closedPattern();
        if (!at("|")) {
            return first;
        }
        List<Pattern> alts = new ArrayList<>();
        alts.add(first);
        while (accept("|")) {
            alts.add(closedPattern());
        }
        return fin(new MatchOr(alts), start);
    }

    private Pattern closedPattern() {
        Token t = peek();
        if (t.kind == Token.Kind.NUMBER || t.kind == Token.Kind.STRING || t.is("-")) {
            Expr v = literalExpr();
            if (v instanceof JoinedStr) {
                throw nodeError(v, "patterns may only match literals and attribute lookups");
            }
            return fin(new MatchValue(v), t);
        }
        if (t.is("None") || t.is("True") || t.is("False")) {
            next();
            Object v = t.text.equals("None") ? ConstantSingleton.NONE : Boolean.valueOf(t.text.equals("True"));
            return fin(new MatchSingleton(v), t);
        }
        if (t.is("(")) {
            next();
            if (accept(")")) {
                return fin(new MatchSequence(new ArrayList<>()), t);
            }
            Pattern first = maybeStarPattern();
            if (at(",")) {
                List<Pattern> items = new ArrayList<>();
                items.add(first);
                while (accept(",")) {
                    if (at(")")) {
                        break;
                    }
                    items.add(maybeStarPattern());
                }
                expect(")");
                return fin(new MatchSequence(items), t);
            }
            expect(")");
            if (first instanceof MatchStar) {
                return fin(new MatchSequence(new ArrayList<>(List.of(first))), t);
            }
            return first; // a group pattern keeps the inner position
        }
        if (t.is("[")) {
            next();
            List<Pattern> items = new ArrayList<>();
            while (!at("]")) {
                items.add(maybeStarPattern());
                if (!accept(",")) {
                    break;
                }
            }
            expect("]");
            return fin(new MatchSequence(items), t);
        }
        if (t.is("{")) {
            return mappingPattern();
        }
        if (atName()) {
            Token nameTok = next();
            Expr value = fin(new Name(nameTok.text, Load.INSTANCE), nameTok);
            boolean dotted = false;
            while (at(".")) {
                next();
                String attr = expectName();
                value = fin(new Attribute(value, attr, Load.INSTANCE), nameTok);
                dotted = true;
            }
            if (at("(")) {
                return classPattern(t, value);
            }
            if (dotted) {
                return fin(new MatchValue(value), t);
            }
            String name = nameTok.text;
            return fin(new MatchAs(null, name.equals("_") ? null : name), t);
        }
        throw syntaxError(t, "invalid syntax");
    }

    /** A literal in a pattern: numbers (with sign and complex), strings (concatenated), f-strings rejected. */
    private Expr literalExpr() {
        Token start = peek();
        if (atKind(Token.Kind.STRING)) {
            return strings();
        }
        Expr left;
        if (at("-")) {
            next();
            Token num = peek();
            if (num.kind != Token.Kind.NUMBER) {
                throw syntaxError(num, "invalid syntax");
            }
            next();
            Expr operand = fin(new Constant(number(num), null), num);
            left = fin(new UnaryOp(USub.INSTANCE, operand), start);
        } else {
            Token num = next();
            left = fin(new Constant(number(num), null), num);
        }
        if (at("+") || at("-")) {
            // CPython's complex_number: a real part, then an imaginary one
            if (isImaginary(left)) {
                throw nodeError(left, "real number required in complex literal");
            }
            boolean plus = at("+");
            next();
            Token num = peek();
            if (num.kind != Token.Kind.NUMBER) {
                throw syntaxError(num, "invalid syntax");
            }
            next();
            Expr right = fin(new Constant(number(num), null), num);
            if (!isImaginary(right)) {
                throw nodeError(right, "imaginary number required in complex literal");
            }
            return fin(new BinOp(left, plus ? Add.INSTANCE : Sub.INSTANCE, right), start);
        }
        return left;
    }

    private static boolean isImaginary(Expr e) {
        Expr c = e instanceof UnaryOp u ? u.operand : e;
        return c instanceof Constant k && k.value instanceof ComplexValue;
    }

    private Pattern mappingPattern() {
        Token t = next(); // '{'
        List<Expr> keys = new ArrayList<>();
        List<Pattern> values = new ArrayList<>();
        String rest = null;
        while (!at("}")) {
            if (at("**")) {
                next();
                Token restTok = peek();
                rest = expectName();
                if (rest.equals("_")) {
                    throw syntaxError(restTok, "invalid syntax");
                }
                accept(",");
                break;
            }
            Expr key;
            if (atName()) {
                Token nameTok = next();
                key = fin(new Name(nameTok.text, Load.INSTANCE), nameTok);
                while (at(".")) {
                    next();
                    key = fin(new Attribute(key, expectName(), Load.INSTANCE), nameTok);
                }
            } else if (at("None") || at("True") || at("False")) {
                Token k = next();
                key = fin(new Constant(k.text.equals("None") ? ConstantSingleton.NONE
                        : Boolean.valueOf(k.text.equals("True")), null), k);
            } else {
                key = literalExpr();
                if (key instanceof JoinedStr) {
                    throw nodeError(key, "mapping pattern keys may only match literals and attribute lookups");
                }
            }
            keys.add(key);
            expect(":");
            values.add(pattern());
            if (!accept(",")) {
                break;
            }
        }
        expect("}");
        return fin(new MatchMapping(keys, values, rest), t);
    }

    private Pattern classPattern(Token start, Expr cls) {
        next(); // '('
        List<Pattern> patterns = new ArrayList<>();
        List<String> kwdAttrs = new ArrayList<>();
        List<Pattern> kwdPatterns = new ArrayList<>();
        while (!at(")")) {
            if (atName() && peek(1).is("=")) {
                kwdAttrs.add(next().text);
                next();
                kwdPatterns.add(pattern());
            } else {
                if (!kwdAttrs.isEmpty()) {
                    throw syntaxError(peek(), "positional patterns follow keyword patterns");
                }
                patterns.add(pattern());
            }
            if (!accept(",")) {
                break;
            }
        }
        expect(")");
        return fin(new MatchClass(cls, patterns, kwdAttrs, kwdPatterns), start);
    }

    // ---------------------------------------------------------------- expressions

    /** star_expressions: a tuple when there is a comma. */
    Expr starExpressions() {
        Token start = peek();
        Expr first = starExpression();
        if (!at(",")) {
            return first;
        }
        List<Expr> elts = new ArrayList<>();
        elts.add(first);
        while (accept(",")) {
            if (atExpressionEnd()) {
                break;
            }
            elts.add(starExpression());
        }
        return fin(new Tuple(elts, Load.INSTANCE), start);
    }

    private boolean atExpressionEnd() {
        Token t = peek();
        if (t.kind == Token.Kind.NEWLINE || t.kind == Token.Kind.ENDMARKER) {
            return true;
        }
        return t.kind == Token.Kind.OP && (t.text.equals("=") || t.text.equals(")") || t.text.equals("]")
                || t.text.equals("}") || t.text.equals(";") || t.text.equals(":") || AUG_OPS.containsKey(t.text));
    }

    private Expr starExpression() {
        if (at("*")) {
            Token s = next();
            Expr v = bitwiseOr();
            return fin(new Starred(v, Load.INSTANCE), s);
        }
        return expression();
    }

    /** expressions: like star_expressions without stars (eval mode, subscripts). */
    private Expr expressions() {
        return starExpressions();
    }

    /**
     * A named expression where '=' cannot follow (a condition, a display's item, a guard): CPython's
     * {@code invalid_named_expression} errors when one does.
     */
    private Expr checkedNamedExpression() {
        Expr e = namedExpression();
        if (at("=")) {
            PythonSyntaxError error = namedExpressionError(e);
            if (error != null) {
                throw error;
            }
        }
        return e;
    }

    private Expr namedExpression() {
        if (atName() && peek(1).is(":=")) {
            Token t = next();
            Name target = fin(new Name(t.text, Store.INSTANCE), t);
            next();
            Expr value = expression();
            return fin(new NamedExpr(target, value), t);
        }
        Expr e = expression();
        if (at(":=")) {
            throw nodeError(e, "cannot use assignment expressions with " + describe(e));
        }
        return e;
    }

    Expr expression() {
        enter();
        try {
            if (at("lambda")) {
                return lambda();
            }
            Token start = peek();
            Expr body = disjunction();
            if (at("if") ) {
                next();
                Expr test = disjunction();
                if (!at("else")) {
                    if (at(":")) {
                        throw syntaxError(peek(), "invalid syntax");
                    }
                    throw rangeError(body, test, "expected 'else' after 'if' expression");
                }
                next();
                Expr orelse = expression();
                return fin(new IfExp(test, body, orelse), start);
            }
            return body;
        } finally {
            leave();
        }
    }

    private Expr lambda() {
        Token t = next();
        Arguments args = parameters(":", false);
        expect(":");
        Expr body = expression();
        return fin(new Lambda(args, body), t);
    }

    private Expr disjunction() {
        Token start = peek();
        Expr first = conjunction();
        if (!at("or")) {
            return first;
        }
        List<Expr> values = new ArrayList<>();
        values.add(first);
        while (accept("or")) {
            values.add(conjunction());
        }
        return fin(new BoolOp(Or.INSTANCE, values), start);
    }

    private Expr conjunction() {
        Token start = peek();
        Expr first = inversion();
        if (!at("and")) {
            return first;
        }
        List<Expr> values = new ArrayList<>();
        values.add(first);
        while (accept("and")) {
            values.add(inversion());
        }
        return fin(new BoolOp(And.INSTANCE, values), start);
    }

    private Expr inversion() {
        if (at("not")) {
            Token t = next();
            enter();
            try {
                Expr operand = inversion();
                return fin(new UnaryOp(Not.INSTANCE, operand), t);
            } finally {
                leave();
            }
        }
        return comparison();
    }

    private Cmpop compareOp() {
        Token t = peek();
        if (t.kind == Token.Kind.NAME && !t.keyword || t.kind != Token.Kind.NAME && t.kind != Token.Kind.OP) {
            return null;
        }
        if (t.kind == Token.Kind.OP) {
            switch (t.text) {
                case "==": next(); return Eq.INSTANCE;
                case "!=": next(); return NotEq.INSTANCE;
                case "<": next(); return Lt.INSTANCE;
                case "<=": next(); return LtE.INSTANCE;
                case ">": next(); return Gt.INSTANCE;
                case ">=": next(); return GtE.INSTANCE;
                default: return null;
            }
        }
        if (t.is("in")) {
            next();
            return In.INSTANCE;
        }
        if (t.is("not") && peek(1).is("in")) {
            next();
            next();
            return NotIn.INSTANCE;
        }
        if (t.is("is")) {
            next();
            if (accept("not")) {
                return IsNot.INSTANCE;
            }
            return Is.INSTANCE;
        }
        return null;
    }

    private Expr comparison() {
        Token start = peek();
        Expr left = bitwiseOr();
        Cmpop op = compareOp();
        if (op == null) {
            return left;
        }
        List<Cmpop> ops = new ArrayList<>();
        List<Expr> comparators = new ArrayList<>();
        while (op != null) {
            ops.add(op);
            comparators.add(bitwiseOr());
            op = compareOp();
        }
        return fin(new Compare(left, ops, comparators), start);
    }

    private Expr binary(Token start, Expr left, Operator op, Expr right) {
        return fin(new BinOp(left, op, right), start);
    }

    /** bitwise_or: the binary operators from | down to * / // % @ (see {@link #binaryOperators}). */
    private Expr bitwiseOr() {
        return binaryOperators(1);
    }

    /**
     * The binary operator levels of the grammar (bitwise_or, bitwise_xor, bitwise_and,
     * shift_expr, sum, term) by precedence climbing: operands are factors, operators of
     * precedence {@code minPrecedence} and up are taken here, left-associative. Builds the same
     * tree, with the same positions, as one method per level, with one test of the next token
     * instead of one per level and operator.
     */
    private Expr binaryOperators(int minPrecedence) {
        Token start = peek();
        Expr e = factor();
        while (true) {
            Token t = peek();
            int precedence = t.binaryPrecedence;
            if (precedence < minPrecedence) {
                return e;
            }
            next();
            e = binary(start, e, binaryOperator(t.text), binaryOperators(precedence + 1));
        }
    }

    private static Operator binaryOperator(String op) {
        switch (op) {
            case "|": return BitOr.INSTANCE;
            case "^": return BitXor.INSTANCE;
            case "&": return BitAnd.INSTANCE;
            case "<<": return LShift.INSTANCE;
            case ">>": return RShift.INSTANCE;
            case "+": return Add.INSTANCE;
            case "-": return Sub.INSTANCE;
            case "*": return Mult.INSTANCE;
            case "/": return Div.INSTANCE;
            case "//": return FloorDiv.INSTANCE;
            case "%": return Mod_.INSTANCE;
            case "@": return MatMult.INSTANCE;
            default: throw new IllegalStateException("not a binary operator: " + op);
        }
    }

    private Expr factor() {
        Token t = peek();
        if (t.kind != Token.Kind.OP) {
            return power();
        }
        Unaryop op = t.is("+") ? UAdd.INSTANCE : t.is("-") ? USub.INSTANCE : t.is("~") ? Invert.INSTANCE : null;
        if (op != null) {
            next();
            enter();
            try {
                Expr operand = factor();
                return fin(new UnaryOp(op, operand), t);
            } finally {
                leave();
            }
        }
        return power();
    }

    private Expr power() {
        Token start = peek();
        Expr base = awaitPrimary();
        if (at("**")) {
            next();
            Expr exp = factor();
            return fin(new BinOp(base, Pow.INSTANCE, exp), start);
        }
        return base;
    }

    private Expr awaitPrimary() {
        if (at("await")) {
            Token t = next();
            Expr v = primary();
            return fin(new Await(v), t);
        }
        return primary();
    }

    private Expr primary() {
        Token start = peek();
        Expr e = atom();
        while (true) {
            if (at(".")) {
                next();
                String attr = expectName();
                e = fin(new Attribute(e, attr, Load.INSTANCE), start);
            } else if (at("(")) {
                next();
                enter();
                try {
                    List<Expr> args = new ArrayList<>();
                    List<Keyword> keywords = new ArrayList<>();
                    Token first = peek();
                    if (!at(")")) {
                        callArguments(args, keywords, true);
                    }
                    if (!at(")")) {
                        throw syntaxError(peek(), "invalid syntax");
                    }
                    next();
                    // f(x for x in y): the generator expression spans the parentheses
                    if (args.size() == 1 && keywords.isEmpty() && args.get(0) instanceof GeneratorExp g
                            && bareGenerators.contains(g)) {
                        Token open = toks[indexOf(first) - 1];
                        g.at(open.line, bcol(open.line, open.col), prev().endLine, bcol(prev().endLine, prev().endCol));
                    }
                    e = fin(new Call(e, args, keywords), start);
                } finally {
                    leave();
                }
            } else if (at("[")) {
                next();
                enter();
                try {
                    Expr slice = slices();
                    expect("]");
                    e = fin(new Subscript(e, slice, Load.INSTANCE), start);
                } finally {
                    leave();
                }
            } else {
                return e;
            }
        }
    }

    private int indexOf(Token t) {
        for (int i = p; i >= 0; i--) {
            if (toks[i] == t) {
                return i;
            }
        }
        return p;
    }

    private Expr slices() {
        Token start = peek();
        Expr first = slice();
        if (!at(",")) {
            if (first instanceof Starred) {
                // x[*a] is a one-element tuple of the starred expression (PEP 646)
                List<Expr> elts = new ArrayList<>();
                elts.add(first);
                return fin(new Tuple(elts, Load.INSTANCE), start);
            }
            return first;
        }
        List<Expr> elts = new ArrayList<>();
        elts.add(first);
        while (accept(",")) {
            if (at("]")) {
                break;
            }
            elts.add(slice());
        }
        return fin(new Tuple(elts, Load.INSTANCE), start);
    }

    private Expr slice() {
        Token start = peek();
        Expr lower = null, upper = null, step = null;
        if (!at(":")) {
            if (at("*")) {
                return starExpression();
            }
            lower = namedExpression();
            if (!at(":")) {
                return lower;
            }
        }
        next();
        if (!at(":") && !at("]") && !at(",")) {
            upper = expression();
        }
        if (accept(":")) {
            if (!at("]") && !at(",")) {
                step = expression();
            }
        }
        return fin(new Slice(lower, upper, step), start);
    }

    /**
     * Arguments of a call or class bases: positional, *args, keyword=value, **kwargs (a call's
     * sole argument may be a generator expression without parentheses of its own).
     */
    private void callArguments(List<Expr> args, List<Keyword> keywords, boolean call) {
        boolean sawKeyword = false, sawDoubleStar = false, positionalAfterKeyword = false;
        while (!at(")")) {
            Token t = peek();
            if (at("*")) {
                next();
                Expr v = expression();
                args.add(fin(new Starred(v, Load.INSTANCE), t));
                if (sawDoubleStar) {
                    throw tokenRangeError(t, t, "iterable argument unpacking follows keyword argument unpacking");
                }
            } else if (at("**")) {
                next();
                Expr v = expression();
                keywords.add(fin(new Keyword(null, v), t));
                sawDoubleStar = true;
            } else if (atName() && peek(1).is("=")) {
                String name = next().text;
                Token eq = next();
                Expr v = expression();
                if (at("for") || at("async")) {
                    throw tokenRangeError(t, eq, "invalid syntax. Maybe you meant '==' or ':=' instead of '='?");
                }
                keywords.add(fin(new Keyword(name, v), t));
                sawKeyword = true;
            } else {
                Expr v = namedExpression();
                if (call && (at("for") || at("async"))) {
                    Expr elt = v;
                    v = comprehensionTail(t, v, "gen");
                    if (!args.isEmpty() || !keywords.isEmpty() || at(",")) {
                        List<Comprehension> gens = ((GeneratorExp) v).generators;
                        Comprehension lastGen = gens.get(gens.size() - 1);
                        Expr lastItem = lastGen.ifs.isEmpty() ? lastGen.iter : lastGen.ifs.get(lastGen.ifs.size() - 1);
                        throw rangeError(elt, lastItem, "Generator expression must be parenthesized");
                    }
                    bareGenerators.add(v); // f(x for x in y): spans the call's parentheses
                } else if (at("=")) {
                    if (t.is("True") || t.is("False") || t.is("None")) {
                        throw tokenRangeError(t, peek(), "cannot assign to " + t.text);
                    }
                    String text = src.lineText(v.lineno);
                    Token eq = peek();
                    throw new PythonSyntaxError("SyntaxError", "expression cannot contain assignment, perhaps you meant \"==\"?",
                            src.filename, v.lineno, charCol(v.lineno, v.col_offset) + 1, text == null ? null : text + "\n",
                            eq.endLine, eq.endCol + 1);
                }
                positionalAfterKeyword |= sawDoubleStar || sawKeyword;
                args.add(v);
            }
            if (!accept(",")) {
                break;
            }
        }
        if (positionalAfterKeyword) {
            // CPython reports it once the arguments are read, at the token after them
            throw syntaxError(peek(), sawDoubleStar ? "positional argument follows keyword argument unpacking"
                    : "positional argument follows keyword argument");
        }
    }

    private Expr atom() {
        Token t = peek();
        switch (t.kind) {
            case NAME:
                switch (t.text) {
                    case "None":
                        next();
                        return fin(new Constant(ConstantSingleton.NONE, null), t);
                    case "True":
                        next();
                        return fin(new Constant(Boolean.TRUE, null), t);
                    case "False":
                        next();
                        return fin(new Constant(Boolean.FALSE, null), t);
                    default:
                        if (t.keyword) {
                            throw syntaxError(t, "invalid syntax");
                        }
                        next();
                        return fin(new Name(t.text, Load.INSTANCE), t);
                }
            case NUMBER:
                next();
                return fin(new Constant(number(t), null), t);
            case STRING:
                return strings();
            case OP:
                switch (t.text) {
                    case "(":
                        return parenthesized();
                    case "[":
                        return listDisplay();
                    case "{":
                        return braceDisplay();
                    case "...":
                        next();
                        return fin(new Constant(ConstantSingleton.ELLIPSIS, null), t);
                    default:
                        break;
                }
                break;
            case INDENT:
                throw syntaxError("IndentationError", t, "unexpected indent");
            default:
                break;
        }
        throw syntaxError(t, "invalid syntax");
    }

    private Object number(Token t) {
        String text = t.text.replace("_", "");
        char last = text.charAt(text.length() - 1);
        if (last == 'j' || last == 'J') {
            return new ComplexValue(0.0, Double.parseDouble(text.substring(0, text.length() - 1)));
        }
        if (text.length() > 1 && text.charAt(0) == '0' && Character.isLetter(text.charAt(1))) {
            char k = Character.toLowerCase(text.charAt(1));
            int radix = k == 'x' ? 16 : k == 'o' ? 8 : 2;
            return normalize(new BigInteger(text.substring(2), radix));
        }
        if (text.indexOf('.') >= 0 || text.indexOf('e') >= 0 || text.indexOf('E') >= 0) {
            return Double.parseDouble(text);
        }
        if (text.length() < 19) {
            return Long.parseLong(text);
        }
        return normalize(new BigInteger(text));
    }

    private static Object normalize(BigInteger b) {
        return b.bitLength() < 64 ? (Object) b.longValue() : b;
    }

    private Expr parenthesized() {
        Token open = next();
        enter();
        try {
            if (at(")")) {
                next();
                return fin(new Tuple(new ArrayList<>(), Load.INSTANCE), open);
            }
            if (at("yield")) {
                Expr y = yieldExpr();
                expect(")");
                return y;
            }
            if (at("**")) {
                // CPython's invalid_group: '(' '**' expression ')'
                Token doubleStar = next();
                expression();
                throw syntaxError(at(")") ? doubleStar : peek(),
                        at(")") ? "cannot use double starred expression here" : "invalid syntax");
            }
            Expr first = at("*") ? starExpression() : checkedNamedExpression();
            if (at("for") || at("async")) {
                Expr g = comprehensionTail(open, first, "gen");
                expect(")");
                return fin(g, open);
            }
            if (at(")")) {
                next();
                if (first instanceof Starred) {
                    throw nodeError(first, "cannot use starred expression here");
                }
                return first;
            }
            if (!at(",")) {
                if (atKind(Token.Kind.NAME) || atKind(Token.Kind.NUMBER) || atKind(Token.Kind.STRING)) {
                    throw nodeError(span(new Tuple(null, null), first, first), "invalid syntax. Perhaps you forgot a comma?");
                }
                throw syntaxError(peek(), "invalid syntax");
            }
            List<Expr> elts = new ArrayList<>();
            elts.add(first);
            while (accept(",")) {
                if (at(")")) {
                    break;
                }
                elts.add(at("*") ? starExpression() : checkedNamedExpression());
            }
            expect(")");
            return fin(new Tuple(elts, Load.INSTANCE), open);
        } finally {
            leave();
        }
    }

    private Expr listDisplay() {
        Token open = next();
        enter();
        try {
            List<Expr> elts = new ArrayList<>();
            if (!at("]")) {
                Expr first = at("*") ? starExpression() : checkedNamedExpression();
                if (at("for") || at("async")) {
                    Expr c = comprehensionTail(open, first, "list");
                    expect("]");
                    return fin(c, open);
                }
                elts.add(first);
                while (accept(",")) {
                    if (at("]") || atComprehension()) {
                        break;
                    }
                    elts.add(at("*") ? starExpression() : checkedNamedExpression());
                }
                unparenthesizedTarget(elts);
            }
            if (!at("]")) {
                throw syntaxError(peek(), "invalid syntax");
            }
            next();
            return fin(new List_(elts, Load.INSTANCE), open);
        } finally {
            leave();
        }
    }

    private Expr braceDisplay() {
        Token open = next();
        enter();
        try {
            if (at("}")) {
                next();
                return fin(new Dict(new ArrayList<>(), new ArrayList<>()), open);
            }
            if (at("**")) {
                return dictRest(open, null, null);
            }
            Expr first = at("*") ? starExpression() : checkedNamedExpression();
            if (accept(":")) {
                Expr value = expression();
                if (at("for") || at("async")) {
                    List<Comprehension> gens = comprehensionClauses();
                    expect("}");
                    return fin(new DictComp(first, value, gens), open);
                }
                return dictRest(open, first, value);
            }
            if (at("for") || at("async")) {
                Expr c = comprehensionTail(open, first, "set");
                expect("}");
                return fin(c, open);
            }
            List<Expr> elts = new ArrayList<>();
            elts.add(first);
            while (accept(",")) {
                if (at("}") || atComprehension()) {
                    break;
                }
                elts.add(at("*") ? starExpression() : checkedNamedExpression());
            }
            unparenthesizedTarget(elts);
            expect("}");
            return fin(new Set(elts), open);
        } finally {
            leave();
        }
    }

    private Expr dictRest(Token open, Expr firstKey, Expr firstValue) {
        List<Expr> keys = new ArrayList<>();
        List<Expr> values = new ArrayList<>();
        if (firstValue != null) {
            keys.add(firstKey);
            values.add(firstValue);
            if (!accept(",")) {
                expect("}");
                return fin(new Dict(keys, values), open);
            }
        }
        while (!at("}")) {
            if (accept("**")) {
                keys.add(null);
                values.add(bitwiseOr());
            } else {
                keys.add(expression());
                expect(":");
                values.add(expression());
            }
            if (!accept(",")) {
                break;
            }
        }
        expect("}");
        return fin(new Dict(keys, values), open);
    }

    /** At the {@code for} or {@code async for} that starts comprehension clauses. */
    private boolean atComprehension() {
        return at("for") || at("async") && peek(1).is("for");
    }

    /**
     * CPython's invalid_comprehension: elements of a list or set display followed by {@code for}
     * ({@code [x, y for x, y in z]}), from the first element to the last one or to the comma.
     */
    private void unparenthesizedTarget(List<Expr> elts) {
        if (!atComprehension()) {
            return;
        }
        String msg = "did you forget parentheses around the comprehension target?";
        if (elts.size() > 1) {
            throw rangeError(elts.get(0), elts.get(elts.size() - 1), msg);
        }
        Expr a = elts.get(0);
        Token comma = prev();
        String text = src.lineText(a.lineno);
        throw new PythonSyntaxError("SyntaxError", msg, src.filename, a.lineno, charCol(a.lineno, a.col_offset) + 1,
                text == null ? null : text + "\n", comma.endLine, comma.endCol + 1);
    }

    private Expr comprehensionTail(Token start, Expr elt, String kind) {
        if (elt instanceof Starred) {
            throw nodeError(elt, "iterable unpacking cannot be used in comprehension");
        }
        List<Comprehension> gens = comprehensionClauses();
        switch (kind) {
            case "list":
                return new ListComp(elt, gens);
            case "set":
                return new SetComp(elt, gens);
            default:
                return fin(new GeneratorExp(elt, gens), start);
        }
    }

    private List<Comprehension> comprehensionClauses() {
        List<Comprehension> gens = new ArrayList<>();
        while (at("for") || at("async") && peek(1).is("for")) {
            int isAsync = 0;
            if (accept("async")) {
                isAsync = 1;
            }
            next();
            Expr target = toTarget(starTargets(), Store.INSTANCE);
            expect("in");
            Expr iter = disjunction();
            List<Expr> ifs = new ArrayList<>();
            while (at("if")) {
                next();
                ifs.add(disjunction());
            }
            gens.add(new Comprehension(target, iter, ifs, isAsync));
        }
        return gens;
    }

    private Expr yieldExpr() {
        Token t = next();
        if (accept("from")) {
            Expr v = expression();
            return fin(new YieldFrom(v), t);
        }
        Expr v = null;
        if (!atExpressionEnd() && !at(")")) {
            v = starExpressions();
        }
        return fin(new Yield(v), t);
    }

    // ---------------------------------------------------------------- strings

    private Expr strings() {
        Token first = peek();
        if (peek(1).kind != Token.Kind.STRING) {
            Expr simple = FStrings.simpleLiteral(src, first);
            if (simple != null) {
                next();
                return simple;
            }
        }
        List<Token> parts = new ArrayList<>();
        while (atKind(Token.Kind.STRING)) {
            parts.add(next());
        }
        return new FStrings(this, src).concatenate(parts, first, prev(), peek());
    }

    /** Parses the text of an f-string replacement field as an expression (used by {@link FStrings}). */
    static Expr parseEmbedded(Source src, String text, int line, int col, String filename) {
        Source sub = new Source(filename, text, src.undecodable);
        CompileWarnings outer = src.warnings;
        if (outer != CompileWarnings.NONE) {
            sub.warnings = (category, message, file, lineno) -> outer.warn(category, message, file, lineno + line - 1);
        }
        Token[] toks = Tokenizer.tokenize(sub);
        Parser parser = new Parser(sub, toks);
        Expr e = parser.starExpressions();
        while (parser.atKind(Token.Kind.NEWLINE)) {
            parser.next();
        }
        if (!parser.atKind(Token.Kind.ENDMARKER)) {
            throw new PythonSyntaxError("SyntaxError", "f-string: invalid syntax", filename, line, col + 1,
                    src.lineText(line), line, col + 1);
        }
        return e;
    }
}
