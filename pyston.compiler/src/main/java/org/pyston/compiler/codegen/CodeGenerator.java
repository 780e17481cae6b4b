package org.pyston.compiler.codegen;

import static org.pyston.api.code.Opcode.*;

import java.math.BigInteger;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.pyston.api.code.CodeUnit;
import org.pyston.compiler.ast.*;
import org.pyston.compiler.parser.CompileWarnings;
import org.pyston.compiler.parser.AstDump;
import org.pyston.compiler.parser.PythonSyntaxError;
import org.pyston.runtime.objects.PyDict;
import org.pyston.runtime.objects.PyBytes;
import org.pyston.runtime.objects.PyCode;
import org.pyston.runtime.objects.PyComplex;
import org.pyston.runtime.objects.PyTuple;
import org.pyston.runtime.objects.Singletons;
import org.pyston.runtime.text.CodePoints;

/**
 * AST to code units, one {@code CodeGenerator} per scope. Statements and expressions are
 * compiled into the basic blocks of an {@link Assembler}: an expression is compiled into a vreg
 * (a local's own vreg when it is one, a temporary otherwise); control flow opens new blocks;
 * {@code try}/{@code with} regions are blocks covered by a handler block; {@code finally} bodies
 * are compiled once per exit path (normal, exception, return/break/continue), as CPython 3.11.
 */
final class CodeGenerator {
    private final SymbolTable table;
    private final Scope scope;
    private final String filename;
    private final Assembler asm;
    private final Map<String, Integer> fast = new HashMap<>();
    private final Map<String, Integer> cells = new HashMap<>();
    private final List<String> localNames = new ArrayList<>();
    private final String[] cellNames;
    private final String[] freeNames;
    /** Interactive input ({@code compile(..., "single")}): the module level's expression statements are displayed. */
    private boolean interactive;

    /** The code a return/break/continue must run on its way out of one level. */
    private interface Cleanup {
        /** Emits the cleanup of this level; {@code returning} is true for return. */
        void emit(boolean returning);
    }

    /**
     * A level with a cleanup (finally, with, except-as). The cleanup is compiled under the
     * handler around the level's protected region, not under the region's own: an exception in
     * a finally body run by a return must not run that finally body again.
     */
    private static final class Unwind {
        final Cleanup cleanup;
        final int handler;
        final int handlerReg;

        /** Pushed where the region is about to start: the current handler is the one around it. */
        Unwind(Assembler.Block outside, Cleanup cleanup) {
            this.cleanup = cleanup;
            this.handler = outside.handler;
            this.handlerReg = outside.handlerReg;
        }
    }

    private final Deque<Object> unwind = new ArrayDeque<>(); // Loop or Unwind, innermost first

    private static final class Loop {
        final Assembler.Block breakTo;
        final Assembler.Block continueTo;
        /** A for loop's iterator and ITER_MARK vregs: a return closes an owned generator (-1: none). */
        final int iterator;
        final int mark;

        Loop(Assembler.Block breakTo, Assembler.Block continueTo) {
            this(breakTo, continueTo, -1, -1);
        }

        Loop(Assembler.Block breakTo, Assembler.Block continueTo, int iterator, int mark) {
            this.breakTo = breakTo;
            this.continueTo = continueTo;
            this.iterator = iterator;
            this.mark = mark;
        }
    }

    /** The loop iterable whose call gets the ITER_MARK just before it (see {@link #forStmt}). */
    private Expr markBefore;
    private int markReg;

    private CodeGenerator(SymbolTable table, Scope scope, String filename, int firstLine, Assembler.ModulePool pool) {
        this.table = table;
        this.scope = scope;
        this.filename = filename;
        if (scope.kind == Scope.Kind.FUNCTION) {
            for (String p : scope.params) {
                fast.put(p, localNames.size());
                localNames.add(p);
            }
            for (Map.Entry<String, Scope.Access> e : scope.access.entrySet()) {
                if ((e.getValue() == Scope.Access.FAST) && !fast.containsKey(e.getKey())) {
                    fast.put(e.getKey(), localNames.size());
                    localNames.add(e.getKey());
                }
            }
        }
        cellNames = scope.cellNames.toArray(new String[0]);
        freeNames = scope.freeNames.toArray(new String[0]);
        for (int i = 0; i < cellNames.length; i++) {
            cells.put(cellNames[i], i);
        }
        for (int i = 0; i < freeNames.length; i++) {
            cells.put(freeNames[i], cellNames.length + i);
        }
        asm = new Assembler(localNames.size(), firstLine, pool);
        asm.parameters = scope.kind == Scope.Kind.FUNCTION ? scope.params.size() : 0;
    }

    /** Compiles a module, expression or interactive input. */
    static CodeUnit compile(Mod mod, String filename, boolean eval) {
        return compile(mod, filename, eval, CompileWarnings.NONE);
    }

    static CodeUnit compile(Mod mod, String filename, boolean eval, CompileWarnings warnings) {
        SymbolTable table;
        try {
            table = SymbolTable.build(mod, filename);
        } catch (IllegalStateException e) {
            throw new PythonSyntaxError("SyntaxError", e.getMessage(), filename, 1, 1, null, 1, 1);
        }
        CodeGenerator g = new CodeGenerator(table, table.module, filename, 1, new Assembler.ModulePool());
        g.warnings = warnings;
        if (mod instanceof Expression e) {
            g.asm.line = e.body.lineno;
            int r = g.exprAcross(e.body);
            g.asm.emit(RETURN, r);
        } else {
            List<Stmt> body = mod instanceof org.pyston.compiler.ast.Module m ? m.body : ((Interactive) mod).body;
            g.interactive = mod instanceof Interactive;
            if (!g.interactive) {
                g.docstring(body, false);
            }
            g.setupAnnotations(body);
            for (Stmt s : body) {
                g.stmt(s);
            }
            g.returnNone();
        }
        return g.asm.assemble("<module>", "<module>", filename, 1, 0, 0, 0, 0, new String[0], new String[0],
                new String[0]);
    }

    /**
     * CPython's PRINT_EXPR of interactive input, as a call of {@code sys.displayhook(value)}
     * (the import finds the interpreter's sys module in sys.modules; no new instruction needed).
     */
    private void display(int value) {
        int sys = asm.temp();
        asm.emit(IMPORT_NAME, sys, asm.name("sys"), constant(ConstantSingleton.NONE), 0);
        int arg = asm.temps(1);
        asm.emit(MOVE, arg, value);
        asm.emit(CALL_METHOD, asm.temp(), sys, asm.name("displayhook"), arg, 1, -1, asm.site());
    }

    private void docstring(List<Stmt> body, boolean function) {
        // Module docstrings become __doc__ (functions keep theirs in the function object, later).
        if (!function && !body.isEmpty() && body.get(0) instanceof Expr_ e && e.value instanceof Constant c
                && isStr(c.value)) {
            int r = asm.temp();
            asm.emit(LOAD_CONST, r, constant(c.value));
            asm.emit(STORE_NAME, asm.name("__doc__"), r);
        }
    }

    // ------------------------------------------------------------------ constants

    private static boolean isStr(Object constantValue) {
        return constantValue instanceof String || constantValue instanceof CodePointsValue;
    }

    /** {@link #constant(Object)} of a Constant node, without scanning text the parser knows is plain. */
    private int constant(Constant c) {
        if ((c.facts & AstNode.PLAIN_TEXT) != 0 && c.value instanceof String s) {
            return asm.constant(s, s); // what CodePoints.fromUtf16 gives for text without lone surrogates
        }
        return constant(c.value);
    }

    /** A constant of the AST ({@link Constant#value}) as the runtime's value. */
    static Object constantValue(Object v) {
        if (v == ConstantSingleton.NONE || v == null) {
            return Singletons.NONE;
        } else if (v == ConstantSingleton.ELLIPSIS) {
            return Singletons.ELLIPSIS;
        } else if (v instanceof BytesValue b) {
            return new PyBytes(b.bytes());
        } else if (v instanceof CodePointsValue s) {
            // surrogate code points take the runtime str's form (see CodePoints): they stay separate
            return CodePoints.of(s.codePoints(), 0, s.codePoints().length);
        } else if (v instanceof String s) {
            return CodePoints.fromUtf16(s); // a lone surrogate from an escape becomes a surrogate code point
        } else if (v instanceof ComplexValue c) {
            return new PyComplex(c.real(), c.imag());
        }
        return v; // Long, BigInteger, Double, Boolean; a tuple or frozenset of a tree built by Python code
    }

    private int constant(Object v) {
        Object value = constantValue(v);
        Object key = v;
        if (v == ConstantSingleton.NONE || v == null) {
            key = Assembler.NONE_KEY;
        } else if (v instanceof CodePointsValue || v instanceof String) {
            key = value;
        } else if (v instanceof Double d) {
            key = List.of("float", Double.doubleToRawLongBits(d));
        } else if (v instanceof Boolean) {
            key = List.of("bool", v);
        } else if (v instanceof BigInteger) {
            key = List.of("bigint", v);
        } else if (v instanceof ComplexValue c) {
            key = List.of("complex", Double.doubleToRawLongBits(c.real()), Double.doubleToRawLongBits(c.imag()));
        } else if (v instanceof PyTuple) {
            key = new Object(); // a tuple from a tree built by Python code: unshared (== would merge (1,) and (True,))
        }
        return asm.constant(value, key);
    }

    private int loadConst(Object v) {
        int r = asm.temp();
        asm.emit(LOAD_CONST, r, constant(v));
        return r;
    }

    private void returnNone() {
        int r = loadConst(ConstantSingleton.NONE);
        asm.emit(RETURN, r);
    }

    // ------------------------------------------------------------------ names

    private Scope.Access access(String name) {
        if (scope.kind == Scope.Kind.MODULE) {
            return scope.access.get(name) == Scope.Access.GLOBAL ? Scope.Access.GLOBAL : Scope.Access.NAME;
        }
        Scope.Access a = scope.access.get(name);
        if (a == null) {
            return scope.kind == Scope.Kind.FUNCTION ? Scope.Access.GLOBAL : Scope.Access.NAME;
        }
        if (scope.kind == Scope.Kind.CLASS && (a == Scope.Access.FAST || a == Scope.Access.CELL)) {
            return Scope.Access.NAME;
        }
        return a;
    }

    /** Loads a name; returns the vreg holding it. */
    private int loadName(String source, int into) {
        String name = scope.mangle(source);
        switch (access(name)) {
            case FAST: {
                int reg = fast.get(name);
                // parameters take the first vregs; BoundLocals drops the checks every path makes redundant
                if (reg >= scope.params.size()) {
                    asm.emit(CHECK_BOUND, reg, reg);
                }
                if (into >= 0 && into != reg) {
                    asm.emit(MOVE, into, reg);
                    return into;
                }
                return reg;
            }
            case CELL:
            case FREE: {
                int r = into >= 0 ? into : asm.temp();
                asm.emit(LOAD_DEREF, r, cells.get(name));
                return r;
            }
            case CLASSDEREF: {
                int r = into >= 0 ? into : asm.temp();
                asm.emit(LOAD_CLASSDEREF, r, asm.name(name), cells.get(name));
                return r;
            }
            case GLOBAL: {
                int r = into >= 0 ? into : asm.temp();
                asm.emit(LOAD_GLOBAL, r, asm.name(name), asm.site());
                return r;
            }
            default: {
                int r = into >= 0 ? into : asm.temp();
                asm.emit(LOAD_NAME, r, asm.name(name));
                return r;
            }
        }
    }

    private void storeName(String source, int value) {
        String name = scope.mangle(source);
        switch (access(name)) {
            case FAST:
                asm.emit(MOVE, fast.get(name), value);
                break;
            case CELL:
            case FREE:
            case CLASSDEREF:
                if (scope.kind == Scope.Kind.CLASS && access(name) == Scope.Access.CLASSDEREF
                        && !scope.nonlocals.contains(name)) {
                    asm.emit(STORE_NAME, asm.name(name), value);
                } else {
                    asm.emit(STORE_DEREF, cells.get(name), value);
                }
                break;
            case GLOBAL:
                asm.emit(STORE_GLOBAL, asm.name(name), value);
                break;
            default:
                asm.emit(STORE_NAME, asm.name(name), value);
                break;
        }
    }

    private void deleteName(String source) {
        String name = scope.mangle(source);
        switch (access(name)) {
            case FAST:
                asm.emit(DELETE_FAST, fast.get(name), fast.get(name));
                break;
            case CELL:
            case FREE:
                asm.emit(STORE_DEREF, cells.get(name), -1);
                break;
            case GLOBAL:
                asm.emit(DELETE_GLOBAL, asm.name(name));
                break;
            default:
                asm.emit(DELETE_NAME, asm.name(name));
                break;
        }
    }

    // ------------------------------------------------------------------ statements

    /** Whether evaluating the node branches or suspends (see {@link SymbolTable.Facts#BRANCHES}). */
    private static boolean branches(AstNode node) {
        if (node == null) {
            return false;
        }
        if ((node.facts & SymbolTable.Facts.KNOWN) != 0) {
            return (node.facts & SymbolTable.Facts.BRANCHES) != 0;
        }
        return walkBranches(node);
    }

    /** {@link #branches} of a node the symbol table did not walk. */
    private static boolean walkBranches(AstNode node) {
        if (node == null) {
            return false;
        }
        if (node instanceof BoolOp || node instanceof IfExp || node instanceof Yield || node instanceof YieldFrom
                || node instanceof Await || node instanceof Compare c && c.ops.size() > 1
                || node instanceof Comprehension g && g.is_async != 0) {
            return true;
        }
        if (node instanceof Lambda || node instanceof FunctionDef || node instanceof ClassDef) {
            return false;
        }
        return childrenBranch(node, null);
    }

    /** Whether an expression among {@code node}'s children (but field {@code skipped}) branches; statements are not walked. */
    private static boolean childrenBranch(AstNode node, String skipped) {
        String[] names = node.fieldNames();
        for (int i = 0; i < names.length; i++) {
            Object f = node.field(i);
            if (names[i].equals(skipped)) {
                continue;
            }
            if (f instanceof AstNode n && !(f instanceof Stmt) && walkBranches(n)) {
                return true;
            }
            if (f instanceof List<?> l) {
                for (Object o : l) {
                    if (o instanceof AstNode n && !(o instanceof Stmt) && walkBranches(n)) {
                        return true;
                    }
                }
            }
        }
        return false;
    }

    private void stmt(Stmt s) {
        asm.line = s.lineno;
        long mark = asm.mark();
        boolean saved = asm.crossMode;
        // Statements whose expressions split blocks keep all their temporaries in the cross band.
        if (!(s instanceof If || s instanceof While || s instanceof For || s instanceof Try || s instanceof With
                || s instanceof FunctionDef || s instanceof ClassDef || s instanceof TryStar || s instanceof AsyncFor
                || s instanceof AsyncWith || s instanceof AsyncFunctionDef)) {
            asm.crossMode = saved || branches(s);
        }
        try {
            statement(s);
        } finally {
            asm.crossMode = saved;
            asm.release(mark);
        }
    }

    private void body(List<Stmt> stmts) {
        for (Stmt s : stmts) {
            stmt(s);
        }
    }

    private void statement(Stmt s) {
        if (s instanceof Expr_ e && interactive) {
            display(expr(e.value));
        } else if (s instanceof Expr_ e) {
            expr(e.value);
        } else if (s instanceof Assign a) {
            if (a.targets.size() == 1 && a.targets.get(0) instanceof Name n && writesResultLast(a.value)
                    && access(scope.mangle(n.id)) == Scope.Access.FAST) {
                // x = a + b: the operation writes the local itself, no temporary and MOVE
                forbiddenName(n.id, false, n);
                expr(a.value, fast.get(scope.mangle(n.id)));
                return;
            }
            int v = expr(a.value);
            if (a.targets.size() > 1 && isLocalReg(v)) {
                int t = asm.temp();
                asm.emit(MOVE, t, v);
                v = t;
            }
            for (Expr t : a.targets) {
                assign(t, v);
            }
        } else if (s instanceof AugAssign a) {
            augAssign(a);
        } else if (s instanceof AnnAssign a) {
            if (a.value == null) { // with a value, the store to the target makes the check
                if (a.target instanceof Name n) {
                    forbiddenName(n.id, false, s);
                } else if (a.target instanceof Attribute at) {
                    forbiddenName(at.attr, false, s);
                }
            }
            if (a.value != null) {
                int v = expr(a.value);
                assign(a.target, v);
            }
            boolean stored = a.target instanceof Name && a.simple != 0;
            if (scope.kind != Scope.Kind.FUNCTION && (stored || !table.future.annotations)) {
                // module and class level: the annotation is evaluated (after the value), and that of a
                // simple name is stored in __annotations__ (functions never evaluate theirs); with
                // PEP 563 the annotation of a simple name is stored as text, others are dropped
                int ann = table.future.annotations ? loadConst(AnnotationText.of(a.annotation)) : expr(a.annotation);
                if (a.target instanceof Name n && a.simple != 0) {
                    int keep = asm.temp();
                    asm.emit(MOVE, keep, ann);
                    int annotations = asm.temp();
                    asm.emit(LOAD_NAME, annotations, asm.name("__annotations__"));
                    int key = asm.temp();
                    asm.emit(LOAD_CONST, key, constant(scope.mangle(n.id)));
                    asm.emit(SET_ITEM, annotations, key, keep, asm.site());
                }
            }
        } else if (s instanceof Return r) {
            if (scope.kind != Scope.Kind.FUNCTION) {
                throw syntaxError("'return' outside function", s);
            }
            if (unwind.contains(EXCEPT_STAR_BODY)) {
                // CPython's location: a constant return value's own, else the statement's
                throw exceptStarJump(r.value instanceof Constant ? r.value : s);
            }
            if (r.value != null && scope.isAsyncFunction && scope.isGenerator) {
                throw syntaxError("'return' with value in async generator", s);
            }
            int v = r.value == null ? loadConst(ConstantSingleton.NONE) : expr(r.value);
            if (!unwind.isEmpty()) {
                int keep = asm.crossTemp();
                asm.emit(MOVE, keep, v);
                v = keep;
                unwindAll(true);
            }
            asm.emit(RETURN, v);
        } else if (s instanceof If i) {
            ifStmt(i);
        } else if (s instanceof While w) {
            whileStmt(w);
        } else if (s instanceof For f) {
            forStmt(f);
        } else if (s instanceof Break) {
            breakOrContinue(true, s);
        } else if (s instanceof Continue) {
            breakOrContinue(false, s);
        } else if (s instanceof Pass) {
            // nothing
        } else if (s instanceof FunctionDef f) {
            forbiddenName(f.name, false, s);
            int fn = functionDef(f, f.name, f.args, f.body, f.decorator_list, false);
            storeName(f.name, fn);
        } else if (s instanceof AsyncFunctionDef f) {
            forbiddenName(f.name, false, s);
            int fn = functionDef(f, f.name, f.args, f.body, f.decorator_list, false);
            storeName(f.name, fn);
        } else if (s instanceof ClassDef c) {
            forbiddenName(c.name, false, s);
            validateKeywords(c.keywords, s);
            classDef(c);
        } else if (s instanceof Global || s instanceof Nonlocal) {
            // resolved by the symbol table
        } else if (s instanceof Delete d) {
            for (Expr t : d.targets) {
                delete(t);
            }
        } else if (s instanceof Raise r) {
            int exc = r.exc == null ? -1 : expr(r.exc);
            int cause = r.cause == null ? -1 : expr(r.cause);
            asm.emit(RAISE, exc, cause);
        } else if (s instanceof Assert a) {
            if (a.test instanceof Tuple t && !t.elts.isEmpty()) {
                warn("assertion is always true, perhaps remove parentheses?", s);
            }
            int t = expr(a.test);
            Assembler.Block fail = asm.newBlock();
            Assembler.Block ok = asm.newBlock();
            inheritHandler(fail);
            inheritHandler(ok);
            asm.emit(BRANCH, t, ok.index, fail.index, asm.site());
            asm.use(fail);
            int msg = a.msg == null ? -1 : expr(a.msg);
            asm.emit(RAISE_ASSERT, msg);
            asm.use(ok);
        } else if (s instanceof Import im) {
            importStmt(im);
        } else if (s instanceof ImportFrom im) {
            importFrom(im);
        } else if (s instanceof Try t) {
            tryStmt(t.body, t.handlers, t.orelse, t.finalbody);
        } else if (s instanceof With w) {
            withStmt(w.items, 0, w.body, w.lineno);
        } else if (s instanceof Match m) {
            matchStmt(m);
        } else if (s instanceof TryStar t) {
            if (!t.finalbody.isEmpty()) {
                tryFinally(() -> tryExceptStar(t), t.finalbody);
            } else {
                tryExceptStar(t);
            }
        } else if (s instanceof AsyncFor f) {
            asyncForStmt(f);
        } else if (s instanceof AsyncWith w) {
            if (!scope.isAsyncFunction) {
                throw syntaxError("'async with' outside async function", s);
            }
            asyncWithStmt(w.items, 0, w.body, w.lineno);
        } else {
            unsupported(s.nodeName(), s);
        }
    }

    /**
     * Whether {@code e} compiles to code that writes its result register only with its last
     * instruction, after reading every operand — so the result may go straight into a local the
     * expression itself reads ({@code x = x.next}, {@code x = f(x)}). Displays, boolean operations
     * and conditional expressions write their result early and are not.
     */
    private static boolean writesResultLast(Expr e) {
        return e instanceof BinOp || e instanceof UnaryOp || e instanceof Attribute || e instanceof Subscript
                || e instanceof Call || e instanceof Constant || e instanceof Name;
    }

    private boolean isLocalReg(int reg) {
        return reg < localNames.size();
    }

    /** Raises NotImplementedError when the construct runs: visibly not done, never silent. */
    private void unsupported(String what, AstNode at) {
        int k = asm.uniqueConstant(what + " are not supported yet by Pyston for the JVM");
        asm.emit(UNSUPPORTED, k);
    }

    private void inheritHandler(Assembler.Block b) {
        b.handler = asm.current.handler;
        b.handlerReg = asm.current.handlerReg;
    }

    private Assembler.Block block() {
        Assembler.Block b = asm.newBlock();
        inheritHandler(b);
        return b;
    }

    private void ifStmt(If i) {
        Assembler.Block then = block(), otherwise = block(), after = block();
        condition(i.test, then, i.orelse.isEmpty() ? after : otherwise);
        asm.use(then);
        body(i.body);
        asm.jump(after);
        if (!i.orelse.isEmpty()) {
            asm.use(otherwise);
            body(i.orelse);
            asm.jump(after);
        }
        asm.use(after);
    }

    /** Branches on a condition (and/or/not compiled as control flow). */
    private void condition(Expr test, Assembler.Block ifTrue, Assembler.Block ifFalse) {
        if (test instanceof UnaryOp u && u.op instanceof Not) {
            condition(u.operand, ifFalse, ifTrue);
            return;
        }
        if (test instanceof BoolOp b) {
            boolean and = b.op instanceof And;
            for (int i = 0; i < b.values.size() - 1; i++) {
                Assembler.Block next = block();
                if (and) {
                    condition(b.values.get(i), next, ifFalse);
                } else {
                    condition(b.values.get(i), ifTrue, next);
                }
                asm.use(next);
            }
            condition(b.values.get(b.values.size() - 1), ifTrue, ifFalse);
            return;
        }
        long mark = asm.mark();
        boolean saved = asm.crossMode;
        asm.crossMode = saved || branches(test);
        int r = expr(test);
        asm.emit(BRANCH, r, ifTrue.index, ifFalse.index, asm.site());
        asm.crossMode = saved;
        asm.release(mark);
    }

    private void whileStmt(While w) {
        Assembler.Block head = block(), loopBody = block(), orelse = block(), after = block();
        asm.jump(head);
        asm.use(head);
        asm.line = w.lineno;
        condition(w.test, loopBody, orelse);
        asm.use(loopBody);
        unwind.push(new Loop(after, head));
        body(w.body);
        unwind.pop();
        asm.jump(head);
        asm.use(orelse);
        body(w.orelse);
        asm.jump(after);
        asm.use(after);
    }

    /**
     * A for loop. Its iterator is the loop's alone when it is a generator this frame created for
     * it (a generator function called as the iterable, a generator expression, a generator
     * {@code __iter__}): leaving the loop early (break, return, an exception) then closes it,
     * which is when CPython's reference counting finalizes it and runs its finally blocks.
     * ITER_MARK, emitted just before the iterable's own call (or GET_ITER), tells those
     * generators from older ones that may be referred to elsewhere.
     */
    private void forStmt(For f) {
        int mark = asm.crossTemp();
        boolean markAtCall = f.iter instanceof Call || f.iter instanceof GeneratorExp;
        markBefore = markAtCall ? f.iter : null;
        markReg = mark;
        int iterable = exprAcross(f.iter);
        if (!markAtCall || markBefore != null) {
            markBefore = null;
            asm.emit(ITER_MARK, mark);
        }
        int it = asm.crossTemp();
        asm.emit(GET_ITER, it, iterable, asm.site());
        int exc = asm.crossTemp();
        Assembler.Block closeOnError = block(), breakOut = block(), orelse = block(), after = block();
        Assembler.Block head = asm.newBlock();
        head.handler = closeOnError.index;
        head.handlerReg = exc;
        asm.jump(head);
        asm.use(head);
        Assembler.Block loopBody = block();
        int value = asm.crossTemp();
        asm.line = f.lineno;
        asm.emit(FOR_ITER, value, it, loopBody.index, orelse.index);
        asm.use(loopBody);
        assign(f.target, value);
        unwind.push(new Loop(breakOut, head, it, mark));
        body(f.body);
        unwind.pop();
        asm.jump(head);
        asm.use(closeOnError);
        asm.emit(CLOSE_OWNED_ITER, it, mark);
        asm.emit(RERAISE, exc, 1);
        asm.use(breakOut);
        asm.emit(CLOSE_OWNED_ITER, it, mark);
        asm.jump(after);
        asm.use(orelse);
        body(f.orelse);
        asm.jump(after);
        asm.use(after);
    }

    /** Emits ITER_MARK when {@code call} is the iterable of the for loop being set up. */
    private void markIfLoopIterable(Expr call) {
        if (markBefore == call) {
            markBefore = null;
            asm.emit(ITER_MARK, markReg);
        }
    }

    /** Compiles an expression whose temporaries must outlive a suspension or branch inside it. */
    private int exprAcross(Expr e) {
        boolean saved = asm.crossMode;
        asm.crossMode = saved || branches(e);
        try {
            return expr(e);
        } finally {
            asm.crossMode = saved;
        }
    }

    private void asyncForStmt(AsyncFor f) {
        if (!scope.isAsyncFunction) {
            throw syntaxError("'async for' outside async function", f);
        }
        int iterable = exprAcross(f.iter);
        int aiter = asm.crossTemp();
        asm.emit(GET_AITER, aiter, iterable);
        Assembler.Block head = block(), loopBody = block(), orelse = block(), after = block();
        asm.jump(head);
        asm.use(head);
        asm.line = f.lineno;
        int value = asm.crossTemp();
        awaitNext(aiter, value, orelse);
        asm.jump(loopBody);
        asm.use(loopBody);
        assign(f.target, value);
        unwind.push(new Loop(after, head));
        body(f.body);
        unwind.pop();
        asm.jump(head);
        asm.use(orelse);
        body(f.orelse);
        asm.jump(after);
        asm.use(after);
    }

    /** {@code value = await anext(aiter)}, going to {@code exhausted} when it raises StopAsyncIteration. */
    private void awaitNext(int aiter, int value, Assembler.Block exhausted) {
        int exc = asm.crossTemp();
        Assembler.Block handler = protectedRegion(() -> {
            int aw = asm.temp();
            asm.emit(GET_ANEXT, aw, aiter);
            Assembler.Block resume = block();
            asm.emit(YIELD_FROM, value, aw, resume.index);
            asm.use(resume);
        }, exc);
        Assembler.Block next = asm.current;
        asm.use(handler);
        int stop = asm.temp();
        asm.emit(LOAD_CONST, stop, asm.uniqueConstant(org.pyston.runtime.objects.Errors.STOP_ASYNC_ITERATION));
        int matched = asm.temp();
        asm.emit(EXC_MATCH, matched, exc, stop);
        Assembler.Block reraise = block();
        asm.emit(BRANCH, matched, exhausted.index, reraise.index, asm.site());
        asm.use(reraise);
        asm.emit(RERAISE, exc, 1);
        asm.use(next);
    }

    /** {@code dst = await value}; {@code where}: 0 an await, 1/2 the results of __aenter__/__aexit__ (messages). */
    private void await(int value, int where, int dst) {
        int aw = asm.temp();
        asm.emit(GET_AWAITABLE, aw, value, where);
        Assembler.Block resume = block();
        asm.emit(YIELD_FROM, dst, aw, resume.index);
        asm.use(resume);
    }

    private void asyncWithStmt(List<Withitem> items, int index, List<Stmt> withBody, int line) {
        Withitem item = items.get(index);
        int mgr = exprAcross(item.context_expr);
        int exit = asm.crossTemp();
        int enterResult = asm.temp();
        asm.emit(ASYNC_WITH_ENTER, enterResult, mgr, exit);
        int entered = asm.crossTemp();
        await(enterResult, 1, entered);
        int exc = asm.crossTemp();
        unwind.push(new Unwind(asm.current, returning -> {
            int saved = asm.line;
            asm.line = line;
            awaitExit(exit, -1);
            asm.line = saved;
        }));
        Assembler.Block handler = protectedRegion(() -> {
            if (item.optional_vars != null) {
                assign(item.optional_vars, entered);
            }
            if (index + 1 < items.size()) {
                asyncWithStmt(items, index + 1, withBody, line);
            } else {
                body(withBody);
            }
        }, exc);
        unwind.pop();
        asm.line = line;
        awaitExit(exit, -1);
        Assembler.Block after = block();
        asm.jump(after);
        // The exception is being handled while __aexit__ runs and is awaited; whatever that
        // raises leaves the handled state as it found it.
        asm.use(handler);
        asm.line = line;
        asm.emit(PUSH_EXC, exc);
        int exc2 = asm.crossTemp();
        int[] suppress = new int[1];
        Assembler.Block cleanup = protectedRegion(() -> suppress[0] = awaitExit(exit, exc), exc2);
        asm.emit(POP_EXC);
        Assembler.Block reraise = block();
        asm.emit(BRANCH, suppress[0], after.index, reraise.index, asm.site());
        asm.use(reraise);
        asm.emit(RERAISE, exc, 1);
        asm.use(cleanup);
        asm.emit(POP_EXC);
        asm.emit(RERAISE, exc2, 1);
        asm.use(after);
    }

    /** {@code await exit(None, None, None)}, or {@code exit(type, exc, tb)} for the exception in {@code exc}. */
    private int awaitExit(int exit, int exc) {
        int r = asm.temp();
        asm.emit(WITH_EXIT, r, exit, exc);
        int d = asm.crossTemp();
        await(r, 2, d);
        return d;
    }

    private void breakOrContinue(boolean isBreak, Stmt s) {
        // Run the cleanups between here and the innermost loop.
        for (Object u : unwind) {
            if (u == EXCEPT_STAR_BODY) {
                throw exceptStarJump(s);
            }
            if (u instanceof Loop loop) {
                emitUnwinds(loop, false);
                asm.jump(isBreak ? loop.breakTo : loop.continueTo);
                return;
            }
        }
        throw syntaxError(isBreak ? "'break' outside loop" : "'continue' not properly in loop", s);
    }

    private void unwindAll(boolean returning) {
        emitUnwinds(null, returning);
    }

    /** Emits the cleanups of the levels inside {@code stop} (a Loop; null: all, for return), innermost first. */
    private void emitUnwinds(Object stop, boolean returning) {
        List<Object> levels = new ArrayList<>(unwind);
        try {
            for (int i = 0; i < levels.size() && levels.get(i) != stop; i++) {
                Object level = levels.get(i);
                if (level instanceof Unwind u) {
                    // while its cleanup is compiled only the levels outside it are active (a return in a finally body)
                    unwind.clear();
                    unwind.addAll(levels.subList(i + 1, levels.size()));
                    Assembler.Block b = asm.newBlock();
                    b.handler = u.handler;
                    b.handlerReg = u.handlerReg;
                    asm.jump(b);
                    asm.use(b);
                    u.cleanup.emit(returning);
                } else if (level instanceof Loop loop && loop.iterator >= 0 && returning) {
                    asm.emit(CLOSE_OWNED_ITER, loop.iterator, loop.mark);
                }
            }
        } finally {
            unwind.clear();
            unwind.addAll(levels);
        }
    }

    // ------------------------------------------------------------------ compile-time warnings

    /** Where this unit's SyntaxWarnings go. */
    private CompileWarnings warnings = CompileWarnings.NONE;

    /**
     * CPython's compiler_warn: a SyntaxWarning at {@code at}'s line; when a filter makes it an
     * error, a SyntaxError with the same message at {@code at}.
     */
    private void warn(String msg, AstNode at) {
        if (!warnings.warn("SyntaxWarning", msg, filename, at.lineno)) {
            throw syntaxError(msg, at);
        }
    }

    /** CPython's check_is_arg: an operand {@code is} may meet without a warning. */
    private static boolean isIdentityOperand(Expr e) {
        if (!(e instanceof Constant k)) {
            return true;
        }
        Object v = k.value;
        return v == null || v == ConstantSingleton.NONE || v == ConstantSingleton.ELLIPSIS || v instanceof Boolean;
    }

    /** CPython's check_compare: {@code x is 1} warns ("is" with a literal). */
    private void checkCompare(Compare c) {
        boolean left = isIdentityOperand(c.left);
        for (int i = 0; i < c.ops.size(); i++) {
            boolean right = isIdentityOperand(c.comparators.get(i));
            Cmpop op = c.ops.get(i);
            if ((op instanceof Is || op instanceof IsNot) && !(left && right)) {
                warn(op instanceof Is ? "\"is\" with a literal. Did you mean \"==\"?"
                        : "\"is not\" with a literal. Did you mean \"!=\"?", c);
                return;
            }
            left = right;
        }
    }

    /** CPython's infer_type: the type name of the value {@code e} certainly evaluates to, or null. */
    private static String inferType(Expr e) {
        if (e instanceof Tuple) {
            return "tuple";
        }
        if (e instanceof List_ || e instanceof ListComp) {
            return "list";
        }
        if (e instanceof Dict || e instanceof DictComp) {
            return "dict";
        }
        if (e instanceof org.pyston.compiler.ast.Set || e instanceof SetComp) {
            return "set";
        }
        if (e instanceof GeneratorExp) {
            return "generator";
        }
        if (e instanceof Lambda) {
            return "function";
        }
        if (e instanceof JoinedStr || e instanceof FormattedValue) {
            return "str";
        }
        if (e instanceof Constant k) {
            Object v = k.value;
            if (v == null || v == ConstantSingleton.NONE) {
                return "NoneType";
            }
            if (v == ConstantSingleton.ELLIPSIS) {
                return "ellipsis";
            }
            if (v instanceof Boolean) {
                return "bool";
            }
            if (v instanceof String || v instanceof CodePointsValue) {
                return "str";
            }
            if (v instanceof Long || v instanceof java.math.BigInteger || v instanceof Integer) {
                return "int";
            }
            if (v instanceof Double) {
                return "float";
            }
            if (v instanceof ComplexValue) {
                return "complex";
            }
            if (v instanceof BytesValue) {
                return "bytes";
            }
            return org.pyston.runtime.objects.PyType.of(v).name; // a tuple or frozenset from compile(tree)
        }
        return null;
    }

    /** CPython's check_caller: calling a display or literal warns. */
    private void checkCaller(Call c) {
        Expr f = c.func;
        if (f instanceof Constant || f instanceof Tuple || f instanceof List_
                || f instanceof ListComp || f instanceof Dict || f instanceof DictComp
                || f instanceof org.pyston.compiler.ast.Set || f instanceof SetComp || f instanceof GeneratorExp
                || f instanceof JoinedStr || f instanceof FormattedValue) {
            warn("'" + inferType(f) + "' object is not callable; perhaps you missed a comma?", c);
        }
    }

    /** CPython's check_subscripter and check_index, for a subscript that is read. */
    private void checkSubscript(Subscript s) {
        Expr e = s.value;
        boolean notSubscriptable;
        if (e instanceof Constant k) {
            String t = inferType(k);
            notSubscriptable = t.equals("NoneType") || t.equals("ellipsis") || t.equals("int") || t.equals("bool")
                    || t.equals("float") || t.equals("complex") || t.equals("frozenset");
        } else {
            notSubscriptable = e instanceof org.pyston.compiler.ast.Set || e instanceof SetComp
                    || e instanceof GeneratorExp || e instanceof Lambda;
        }
        if (notSubscriptable) {
            warn("'" + inferType(e) + "' object is not subscriptable; perhaps you missed a comma?", s);
            return;
        }
        String index = inferType(s.slice);
        if (index == null || index.equals("int") || index.equals("bool") || s.slice instanceof Slice) {
            return;
        }
        boolean sequence;
        if (e instanceof Constant k) {
            String t = inferType(k);
            sequence = t.equals("str") || t.equals("bytes") || t.equals("tuple");
        } else {
            sequence = e instanceof Tuple || e instanceof List_ || e instanceof ListComp
                    || e instanceof JoinedStr || e instanceof FormattedValue;
        }
        if (sequence) {
            warn(inferType(e) + " indices must be integers or slices, not " + index
                    + "; perhaps you missed a comma?", s);
        }
    }

    private PythonSyntaxError syntaxError(String msg, AstNode at) {
        return new PythonSyntaxError("SyntaxError", msg, filename, at.lineno, at.col_offset + 1, null, at.end_lineno,
                at.end_col_offset + 1);
    }

    // ------------------------------------------------------------------ try / with

    private void tryStmt(List<Stmt> tryBody, List<Excepthandler> handlers, List<Stmt> orelse, List<Stmt> finalbody) {
        if (!finalbody.isEmpty()) {
            tryFinally(() -> {
                if (handlers.isEmpty()) {
                    body(tryBody);
                } else {
                    tryExcept(tryBody, handlers, orelse);
                }
            }, finalbody);
        } else {
            tryExcept(tryBody, handlers, orelse);
        }
    }

    /** Runs {@code inner} in a region whose exceptions go to a new handler block; returns it. */
    private Assembler.Block protectedRegion(Runnable inner, int excReg) {
        Assembler.Block handler = block(); // handled in the enclosing region
        Assembler.Block exit = block();
        Assembler.Block region = asm.newBlock();
        region.handler = handler.index;
        region.handlerReg = excReg;
        asm.jump(region);
        asm.use(region);
        inner.run();
        asm.jump(exit);
        asm.use(exit);
        return handler;
    }

    private void tryExcept(List<Stmt> tryBody, List<Excepthandler> handlers, List<Stmt> orelse) {
        int exc = asm.crossTemp();
        Assembler.Block handler = protectedRegion(() -> body(tryBody), exc);
        body(orelse);
        Assembler.Block after = block();
        asm.jump(after);
        // The handlers: the exception becomes the one being handled; anything raised while
        // handling pops it again on its way out (cleanup region).
        asm.use(handler);
        asm.emit(PUSH_EXC, exc);
        int exc2 = asm.crossTemp();
        for (int i = 0; i < handlers.size() - 1; i++) {
            if (((ExceptHandler) handlers.get(i)).type == null) {
                throw syntaxError("default 'except:' must be last", handlers.get(i));
            }
        }
        Assembler.Block cleanup = protectedRegion(() -> {
            for (Excepthandler eh : handlers) {
                ExceptHandler h = (ExceptHandler) eh;
                asm.line = h.lineno;
                Assembler.Block matched = block(), next = block();
                if (h.type != null) {
                    long mark = asm.mark();
                    int t = expr(h.type);
                    int m = asm.temp();
                    asm.emit(EXC_MATCH, m, exc, t);
                    asm.emit(BRANCH, m, matched.index, next.index, asm.site());
                    asm.release(mark);
                } else {
                    asm.jump(matched);
                }
                asm.use(matched);
                if (h.name != null) {
                    storeName(h.name, exc);
                    // "except E as name": name is deleted at the end of the handler, even on error.
                    String name = h.name;
                    Cleanup clear = clearOnlyName(name, exc);
                    Assembler.Block body = asm.newBlock();
                    int exc3 = asm.crossTemp();
                    Assembler.Block nameCleanup = block();
                    body.handler = nameCleanup.index;
                    body.handlerReg = exc3;
                    asm.jump(body);
                    asm.use(body);
                    unwind.push(new Unwind(asm.current, clearOnlyName(name, exc)));
                    body(h.body);
                    unwind.pop();
                    Assembler.Block done = block();
                    asm.jump(done);
                    asm.use(nameCleanup);
                    deleteIfBound(name);
                    asm.emit(RERAISE, exc3, 1);
                    asm.use(done);
                    clear.emit(false);
                } else {
                    unwind.push(new Unwind(asm.current, returning -> {
                        asm.emit(POP_EXC);
                        dropException(exc);
                    }));
                    body(h.body);
                    unwind.pop();
                    asm.emit(POP_EXC);
                    dropException(exc);
                }
                asm.jump(after);
                asm.use(next);
            }
            asm.line = handlers.get(handlers.size() - 1).lineno; // as CPython: the last clause's line
            asm.emit(RERAISE, exc, 0);
        }, exc2);
        asm.use(cleanup);
        asm.emit(POP_EXC);
        dropException(exc);
        asm.emit(RERAISE, exc2, 1);
        asm.use(after);
    }

    /**
     * The frame lets go of a handled exception (its vreg) when the handler is left, as CPython's
     * stack does: otherwise the exception, its traceback and their frames' locals would stay
     * reachable from this frame.
     */
    private void dropException(int reg) {
        asm.emit(LOAD_CONST, reg, constant(ConstantSingleton.NONE));
    }

    /** Marks an except* handler body on the unwind stack: no break, continue or return may leave it. */
    private static final Object EXCEPT_STAR_BODY = new Object();

    private PythonSyntaxError exceptStarJump(AstNode s) {
        return syntaxError("'break', 'continue' and 'return' cannot appear in an except* block", s);
    }

    /**
     * {@code try/except*} (PEP 654). What the body raised is split clause by clause: each clause
     * takes the part of the still-unhandled rest that matches its types (a naked exception is
     * wrapped in a group) and runs with it as the handled exception; what the handlers raise is
     * collected, and at the end EXC_STAR_RESULT combines it with the unmatched rest into what
     * propagates, if anything.
     */
    private void tryExceptStar(TryStar t) {
        int exc = asm.crossTemp();
        Assembler.Block handler = protectedRegion(() -> body(t.body), exc);
        body(t.orelse);
        Assembler.Block after = block();
        asm.jump(after);
        asm.use(handler);
        asm.emit(PUSH_EXC, exc);
        int rest = asm.crossTemp();
        int raised = asm.crossTemp();
        asm.emit(MOVE, rest, exc);
        asm.emit(BUILD_LIST, raised, 0, 0);
        int exc2 = asm.crossTemp();
        Assembler.Block cleanup = protectedRegion(() -> {
            for (Excepthandler eh : t.handlers) {
                ExceptHandler h = (ExceptHandler) eh;
                asm.line = h.lineno;
                int matched = asm.crossTemp();
                Assembler.Block run = block(), next = block();
                long mark = asm.mark();
                int type = expr(h.type);
                asm.emit(EXC_STAR_MATCH, matched, rest, type);
                int none = loadConst(ConstantSingleton.NONE);
                int isSome = asm.temp();
                asm.emit(IS, isSome, matched, none, 1);
                asm.emit(BRANCH, isSome, run.index, next.index, asm.site());
                asm.release(mark);
                asm.use(run);
                asm.emit(PUSH_EXC, matched);
                if (h.name != null) {
                    storeName(h.name, matched);
                }
                // what the handler raises is collected, not propagated (yet)
                int raisedHere = asm.crossTemp();
                Assembler.Block failed = block();
                Assembler.Block body = asm.newBlock();
                body.handler = failed.index;
                body.handlerReg = raisedHere;
                asm.jump(body);
                asm.use(body);
                unwind.push(EXCEPT_STAR_BODY);
                body(h.body);
                unwind.pop();
                Assembler.Block done = block();
                asm.jump(done);
                asm.use(failed);
                asm.emit(LIST_APPEND, raised, raisedHere);
                asm.jump(done);
                asm.use(done);
                asm.emit(POP_EXC);
                if (h.name != null) {
                    deleteIfBound(h.name);
                }
                asm.jump(next);
                asm.use(next);
            }
            int result = asm.crossTemp();
            asm.emit(EXC_STAR_RESULT, result, exc, raised, rest);
            int none = loadConst(ConstantSingleton.NONE);
            int isSome = asm.temp();
            asm.emit(IS, isSome, result, none, 1);
            Assembler.Block propagate = block(), handled = block();
            asm.emit(BRANCH, isSome, propagate.index, handled.index, asm.site());
            asm.use(propagate);
            asm.emit(RERAISE, result, 0);
            asm.use(handled);
        }, exc2);
        asm.emit(POP_EXC);
        asm.jump(after);
        asm.use(cleanup);
        asm.emit(POP_EXC);
        asm.emit(RERAISE, exc2, 1);
        asm.use(after);
    }

    private Cleanup clearOnlyName(String name, int exc) {
        return returning -> {
            asm.emit(POP_EXC);
            deleteIfBound(name);
            dropException(exc);
        };
    }

    private void deleteIfBound(String name) {
        int none = loadConst(ConstantSingleton.NONE);
        storeName(name, none);
        deleteName(name);
    }

    private void tryFinally(Runnable inner, List<Stmt> finalbody) {
        int exc = asm.crossTemp();
        unwind.push(new Unwind(asm.current, returning -> body(finalbody)));
        Assembler.Block handler = protectedRegion(inner, exc);
        unwind.pop();
        body(finalbody);
        Assembler.Block after = block();
        asm.jump(after);
        asm.use(handler);
        asm.emit(PUSH_EXC, exc);
        int exc2 = asm.crossTemp();
        // break, continue or return in the finally body drop the exception: it is no longer handled
        Assembler.Block cleanup = protectedRegion(() -> {
            unwind.push(new Unwind(asm.current, returning -> {
                asm.emit(POP_EXC);
                dropException(exc);
            }));
            body(finalbody);
            unwind.pop();
        }, exc2);
        asm.emit(POP_EXC);
        asm.emit(RERAISE, exc, 0);
        asm.use(cleanup);
        asm.emit(POP_EXC);
        asm.emit(RERAISE, exc2, 1);
        asm.use(after);
    }

    private void withStmt(List<Withitem> items, int index, List<Stmt> withBody, int line) {
        Withitem item = items.get(index);
        int mgr = exprAcross(item.context_expr); // a branch inside (`with f(x or y):`) splits the block
        int entered = asm.crossTemp();
        int exit = asm.crossTemp();
        asm.emit(WITH_ENTER, entered, mgr, exit);
        int exc = asm.crossTemp();
        // __exit__ is called on the with statement's line, as CPython
        unwind.push(new Unwind(asm.current, returning -> {
            int saved = asm.line;
            asm.line = line;
            int r = asm.temp();
            asm.emit(WITH_EXIT, r, exit, -1);
            asm.line = saved;
        }));
        Assembler.Block handler = protectedRegion(() -> {
            if (item.optional_vars != null) {
                assign(item.optional_vars, entered);
            }
            if (index + 1 < items.size()) {
                withStmt(items, index + 1, withBody, line);
            } else {
                body(withBody);
            }
        }, exc);
        unwind.pop();
        asm.line = line;
        int r = asm.temp();
        asm.emit(WITH_EXIT, r, exit, -1);
        Assembler.Block after = block();
        asm.jump(after);
        // The exception is being handled while __exit__ runs; whatever that raises leaves the
        // handled state as it found it (cleanup region, as the except handlers').
        asm.use(handler);
        asm.line = line;
        asm.emit(PUSH_EXC, exc);
        int suppress = asm.crossTemp();
        int exc2 = asm.crossTemp();
        Assembler.Block cleanup = protectedRegion(() -> asm.emit(WITH_EXIT, suppress, exit, exc), exc2);
        asm.emit(POP_EXC);
        Assembler.Block reraise = block(), suppressed = block();
        asm.emit(BRANCH, suppress, suppressed.index, reraise.index, asm.site());
        asm.use(suppressed);
        dropException(exc);
        asm.jump(after);
        asm.use(reraise);
        asm.emit(RERAISE, exc, 1);
        asm.use(cleanup);
        asm.emit(POP_EXC);
        asm.emit(RERAISE, exc2, 1);
        asm.use(after);
    }

    // ------------------------------------------------------------------ match

    /**
     * {@code match}: each case tests its pattern against the subject, jumping to the next case
     * on the first failing test; names are bound as sub-patterns succeed (PEP 634 allows a
     * failed case to leave some bound). Sequence, mapping and class patterns first extract the
     * parts to test with one instruction each (MATCH_SEQ/MAP/CLASS, None when the shape fails).
     */
    /*
     * CPython's compile-time checks of patterns, with its error locations: the location is the
     * pattern compiled last (its compiler sets the location on entering a pattern and does not
     * restore it), names bound by one case are collected to find a name bound twice, and an
     * irrefutable pattern (a capture or wildcard) is allowed only where nothing could follow it.
     */
    /** The pattern entered last: where a pattern error points. */
    private AstNode patternLocation;
    /** The names the patterns of the current case bind so far. */
    private List<String> patternStores;
    /** Whether an irrefutable pattern may appear here (the last case or a guarded one, a sub-pattern, a last alternative). */
    private boolean allowIrrefutable;

    private void matchStmt(Match m) {
        int subject = asm.crossTemp();
        expr(m.subject, subject);
        Assembler.Block after = block();
        for (int i = 0; i < m.cases.size(); i++) {
            Match_case c = m.cases.get(i);
            asm.line = c.pattern.lineno;
            Assembler.Block next = block();
            boolean saved = asm.crossMode;
            asm.crossMode = true;
            patternStores = new ArrayList<>();
            allowIrrefutable = c.guard != null || i == m.cases.size() - 1;
            pattern(c.pattern, subject, next);
            asm.crossMode = saved;
            if (c.guard != null) {
                Assembler.Block body = block();
                condition(c.guard, body, next);
                asm.use(body);
            }
            body(c.body);
            asm.jump(after);
            asm.use(next);
        }
        asm.jump(after);
        asm.use(after);
    }

    /** Binds a capture of a pattern: not __debug__, not a name the case binds already. */
    private void storeCapture(String name, int value) {
        forbiddenName(name, false, patternLocation);
        if (patternStores.contains(name)) {
            throw syntaxError("multiple assignments to name '" + name + "' in pattern", patternLocation);
        }
        patternStores.add(name);
        storeName(name, value);
    }

    /** Continues in a new block when {@code test} is true, else jumps to {@code fail}. */
    private void require(int test, Assembler.Block fail) {
        Assembler.Block ok = block();
        asm.emit(BRANCH, test, ok.index, fail.index, asm.site());
        asm.use(ok);
    }

    /** Fails unless {@code reg} is not None. */
    private void requireNotNone(int reg, Assembler.Block fail) {
        int none = loadConst(ConstantSingleton.NONE);
        int t = asm.temp();
        asm.emit(IS, t, reg, none, 1);
        require(t, fail);
    }

    private void pattern(Pattern p, int value, Assembler.Block fail) {
        asm.line = p.lineno;
        patternLocation = p;
        if (p instanceof MatchValue v) {
            int x = expr(v.value);
            int t = asm.temp();
            asm.emit(COMPARE, t, 2, value, x, asm.site());
            require(t, fail);
        } else if (p instanceof MatchSingleton s) {
            int x = loadConst(s.value);
            int t = asm.temp();
            asm.emit(IS, t, value, x, 0);
            require(t, fail);
        } else if (p instanceof MatchAs a) {
            if (a.pattern != null) {
                pattern(a.pattern, value, fail);
            } else if (!allowIrrefutable) {
                throw syntaxError(a.name != null ? "name capture '" + a.name + "' makes remaining patterns unreachable"
                        : "wildcard makes remaining patterns unreachable", p);
            }
            if (a.name != null) {
                storeCapture(a.name, value);
            }
        } else if (p instanceof MatchOr o) {
            Assembler.Block success = block();
            List<String> outerStores = patternStores;
            boolean outerAllow = allowIrrefutable;
            List<String> control = null;
            for (int i = 0; i < o.patterns.size(); i++) {
                boolean last = i == o.patterns.size() - 1;
                Assembler.Block altFail = last ? fail : block();
                patternStores = new ArrayList<>();
                allowIrrefutable = last && outerAllow;
                pattern(o.patterns.get(i), value, altFail);
                if (control == null) {
                    control = patternStores;
                } else if (!(control.size() == patternStores.size() && patternStores.containsAll(control))) {
                    throw syntaxError("alternative patterns bind different names", patternLocation);
                }
                asm.jump(success);
                if (!last) {
                    asm.use(altFail);
                }
            }
            patternStores = outerStores;
            allowIrrefutable = outerAllow;
            for (String name : control) {
                if (patternStores.contains(name)) {
                    throw syntaxError("multiple assignments to name '" + name + "' in pattern", patternLocation);
                }
                patternStores.add(name);
            }
            asm.use(success);
        } else if (p instanceof MatchSequence s) {
            int star = -1;
            for (int i = 0; i < s.patterns.size(); i++) {
                if (s.patterns.get(i) instanceof MatchStar) {
                    if (star >= 0) {
                        throw syntaxError("multiple starred names in sequence pattern", s.patterns.get(i));
                    }
                    star = i;
                }
            }
            // as CPython: all wildcards test the length only; a wildcard star takes the other items
            // by subscript (the subject need not be iterable); else the items come by iteration
            boolean onlyWildcards = s.patterns.stream().allMatch(CodeGenerator::isWildcard);
            boolean starWildcard = star >= 0 && isWildcard(s.patterns.get(star));
            int how = onlyWildcards ? MATCH_SEQ_LENGTH_ONLY : starWildcard ? MATCH_SEQ_SUBSCRIPT : MATCH_SEQ_UNPACK;
            int parts = asm.temp();
            asm.emit(MATCH_SEQ, parts, value, s.patterns.size(), star, how);
            requireNotNone(parts, fail);
            if (!onlyWildcards) {
                subpatterns(s.patterns, parts, fail);
            }
        } else if (p instanceof MatchMapping mm) {
            PyDict seen = new PyDict();
            for (Expr key : mm.keys) {
                Object k = foldedLiteral(key); // CPython folds -0 and 1+2j before this check
                if (k != null) {
                    Object v = constantValue(k);
                    if (seen.containsKey(v)) {
                        throw syntaxError("mapping pattern checks duplicate key (" + AstDump.constantRepr(k) + ")", p);
                    }
                    seen.put(v, v);
                }
            }
            int keys = starredTuple(mm.keys);
            int parts = asm.temp();
            asm.emit(MATCH_MAP, parts, value, keys, mm.rest != null ? 1 : 0);
            requireNotNone(parts, fail);
            List<Pattern> subs = new ArrayList<>(mm.patterns);
            subpatterns(subs, parts, fail, mm.rest);
        } else if (p instanceof MatchClass mc) {
            for (int i = 0; i < mc.kwd_attrs.size(); i++) {
                String attr = mc.kwd_attrs.get(i);
                forbiddenName(attr, false, mc.kwd_patterns.get(i));
                for (int j = i + 1; j < mc.kwd_attrs.size(); j++) {
                    if (attr.equals(mc.kwd_attrs.get(j))) {
                        throw syntaxError("attribute name repeated in class pattern: " + attr, mc.kwd_patterns.get(j));
                    }
                }
            }
            int cls = expr(mc.cls);
            int parts = asm.temp();
            asm.emit(MATCH_CLASS, parts, value, cls, mc.patterns.size(),
                    asm.uniqueConstant(new PyTuple(mc.kwd_attrs.toArray())));
            requireNotNone(parts, fail);
            List<Pattern> subs = new ArrayList<>(mc.patterns);
            subs.addAll(mc.kwd_patterns);
            subpatterns(subs, parts, fail);
        } else if (p instanceof MatchStar st) {
            if (st.name != null) {
                storeCapture(st.name, value);
            }
        } else {
            unsupported(p.nodeName() + " patterns", p);
        }
    }

    /** A pattern literal's constant (a Constant, or -number and real+/-imaginary folded), or null. */
    private static Object foldedLiteral(Expr e) {
        if (e instanceof Constant c) {
            return c.value;
        }
        if (e instanceof UnaryOp u && u.op instanceof USub && u.operand instanceof Constant c) {
            return c.value instanceof Long l && l != Long.MIN_VALUE ? (Object) (-l)
                    : c.value instanceof BigInteger b ? b.negate()
                    : c.value instanceof Double d ? (Object) (-d)
                    : c.value instanceof ComplexValue z ? new ComplexValue(-z.real(), -z.imag()) : null;
        }
        Object re = e instanceof BinOp b0 ? foldedLiteral(b0.left) : null;
        if (re != null && e instanceof BinOp b && foldedLiteral(b.right) instanceof ComplexValue im) {
            double real = re instanceof Long l ? l : re instanceof Double d ? d : re instanceof BigInteger big ? big.doubleValue()
                    : Double.NaN;
            double imag = b.op instanceof Sub ? -im.imag() : im.imag();
            return new ComplexValue(real, imag);
        }
        return null;
    }

    /** {@code _} or {@code *_}: a pattern that binds nothing and always matches. */
    private static boolean isWildcard(Pattern p) {
        return p instanceof MatchAs a && a.pattern == null && a.name == null || p instanceof MatchStar st && st.name == null;
    }

    private void subpatterns(List<Pattern> subs, int tuple, Assembler.Block fail) {
        subpatterns(subs, tuple, fail, null);
    }

    /** Tests the items of an extracted tuple against sub-patterns (and binds a mapping's rest). */
    private void subpatterns(List<Pattern> subs, int tuple, Assembler.Block fail, String rest) {
        int n = subs.size() + (rest != null ? 1 : 0);
        if (n == 0) {
            return;
        }
        int first = asm.temps(n);
        asm.emit(UNPACK, first, tuple, n, -1);
        boolean outerAllow = allowIrrefutable;
        allowIrrefutable = true;
        for (int i = 0; i < subs.size(); i++) {
            pattern(subs.get(i), first + i, fail);
        }
        allowIrrefutable = outerAllow;
        if (rest != null) {
            storeCapture(rest, first + subs.size());
        }
    }

    // ------------------------------------------------------------------ functions and classes

    /** No parameter may be called {@code __debug__} (CPython's error points at the definition). */
    private void checkDebugParameters(Arguments args, AstNode at) {
        for (List<Arg> list : List.of(args.posonlyargs, args.args, args.kwonlyargs)) {
            for (Arg a : list) {
                forbiddenName(a.arg, false, at);
            }
        }
        if (args.vararg != null) {
            forbiddenName(args.vararg.arg, false, at);
        }
        if (args.kwarg != null) {
            forbiddenName(args.kwarg.arg, false, at);
        }
    }

    private int functionDef(AstNode node, String name, Arguments args, List<Stmt> fbody, List<Expr> decorators,
            boolean lambda) {
        boolean saved = asm.crossMode;
        asm.crossMode = saved || headerBranches(node);
        try {
            return functionDefinition(node, name, args, fbody, decorators, lambda);
        } finally {
            asm.crossMode = saved;
        }
    }

    /**
     * Whether what a def, lambda or class evaluates in the enclosing scope (decorators, defaults,
     * annotations, bases, keywords) branches: then its temporaries, held from the first decorator
     * to the last call, live across blocks.
     */
    private static boolean headerBranches(AstNode definition) {
        return childrenBranch(definition, "body");
    }

    private int functionDefinition(AstNode node, String name, Arguments args, List<Stmt> fbody, List<Expr> decorators,
            boolean lambda) {
        checkDebugParameters(args, node);
        List<Integer> decs = new ArrayList<>();
        for (Expr d : decorators) {
            int r = expr(d);
            int keep = asm.temp();
            asm.emit(MOVE, keep, r);
            decs.add(keep);
        }
        Scope fs = table.scopeOf(node);
        int defaults = -1;
        if (!args.defaults.isEmpty()) {
            int first = asm.temps(args.defaults.size());
            for (int i = 0; i < args.defaults.size(); i++) {
                expr(args.defaults.get(i), first + i);
            }
            defaults = asm.temp();
            asm.emit(BUILD_TUPLE, defaults, first, args.defaults.size());
        }
        int kwdefaults = -1;
        int nkw = 0;
        for (Expr d : args.kw_defaults) {
            if (d != null) {
                nkw++;
            }
        }
        if (nkw > 0) {
            int first = asm.temps(nkw * 2);
            int k = 0;
            for (int i = 0; i < args.kwonlyargs.size(); i++) {
                Expr d = args.kw_defaults.get(i);
                if (d != null) {
                    asm.emit(LOAD_CONST, first + 2 * k, constant(scope.mangle(args.kwonlyargs.get(i).arg)));
                    expr(d, first + 2 * k + 1);
                    k++;
                }
            }
            kwdefaults = asm.temp();
            asm.emit(BUILD_MAP, kwdefaults, first, nkw);
        }
        int annotations = lambda ? -1 : annotationsDict(args, node);
        CodeGenerator inner = new CodeGenerator(table, fs, filename, node.lineno, asm.pool);
        inner.warnings = warnings;
        CodeUnit unit = inner.functionBody(fs, args, fbody, node, lambda);
        int closure = closureTuple(fs);
        int fn = asm.temp();
        asm.line = node.lineno;
        asm.emit(MAKE_FUNCTION, fn, asm.uniqueConstant(new PyCode(unit)), defaults, kwdefaults, closure, annotations);
        for (int i = decs.size() - 1; i >= 0; i--) {
            int r = asm.temp();
            asm.emit(CALL, r, decs.get(i), fn, 1, -1, asm.site());
            fn = r;
        }
        return fn;
    }

    /** The tuple of cells a nested scope closes over, or -1. */
    private int closureTuple(Scope inner) {
        if (inner.freeNames.isEmpty()) {
            return -1;
        }
        int first = asm.temps(inner.freeNames.size());
        for (int i = 0; i < inner.freeNames.size(); i++) {
            String n = inner.freeNames.get(i);
            Integer idx = cells.get(n);
            if (idx == null) {
                throw new IllegalStateException("no cell for free variable " + n + " in " + scope.qualname);
            }
            asm.emit(LOAD_CELL, first + i, idx);
        }
        int t = asm.temp();
        asm.emit(BUILD_TUPLE, t, first, inner.freeNames.size());
        return t;
    }

    private CodeUnit functionBody(Scope fs, Arguments args, List<Stmt> fbody, AstNode node, boolean lambda) {
        // Parameters that are cells are moved into their cells by the call (PyFunction.newFrame).
        boolean hasDoc = !lambda && !fbody.isEmpty() && fbody.get(0) instanceof Expr_ e && e.value instanceof Constant k
                && isStr(k.value);
        if (hasDoc) {
            constant(((Constant) ((Expr_) fbody.get(0)).value).value); // constants[0], as CPython's co_consts
        }
        if (lambda) {
            asm.line = ((Lambda) node).body.lineno;
            int r = exprAcross(((Lambda) node).body); // no statement around it to set the band
            asm.emit(RETURN, r);
        } else {
            body(fbody);
            returnNone();
        }
        int flags = CodeUnit.OPTIMIZED | CodeUnit.NEWLOCALS | (hasDoc ? org.pyston.runtime.objects.PyFunction.DOCSTRING : 0);
        if (fs.hasVarargs) {
            flags |= CodeUnit.VARARGS;
        }
        if (fs.hasVarkw) {
            flags |= CodeUnit.VARKEYWORDS;
        }
        if (fs.isAsyncFunction) {
            flags |= fs.isGenerator ? CodeUnit.ASYNC_GENERATOR : CodeUnit.COROUTINE;
        } else if (fs.isGenerator) {
            flags |= CodeUnit.GENERATOR;
        }
        if (fs.parent != null && fs.parent.kind == Scope.Kind.FUNCTION) {
            flags |= CodeUnit.NESTED;
        }
        if (freeNames.length == 0) {
            flags |= CodeUnit.NOFREE;
        }
        int argCount = args.posonlyargs.size() + args.args.size();
        return asm.assemble(fs.name, fs.qualname, filename, firstLineWithDecorators(node), flags, argCount,
                args.posonlyargs.size(),
                args.kwonlyargs.size(), localNames.toArray(new String[0]), cellNames, freeNames);
    }

    private void classDef(ClassDef c) {
        boolean saved = asm.crossMode;
        asm.crossMode = saved || headerBranches(c);
        try {
            classDefinition(c);
        } finally {
            asm.crossMode = saved;
        }
    }

    private void classDefinition(ClassDef c) {
        List<Integer> decs = new ArrayList<>();
        for (Expr d : c.decorator_list) {
            int r = expr(d);
            int keep = asm.temp();
            asm.emit(MOVE, keep, r);
            decs.add(keep);
        }
        Scope cs = table.scopeOf(c);
        CodeGenerator inner = new CodeGenerator(table, cs, filename, c.lineno, asm.pool);
        inner.warnings = warnings;
        CodeUnit unit = inner.classBody(cs, c);
        int closure = closureTuple(cs);
        int bodyFn = asm.temp();
        asm.emit(MAKE_FUNCTION, bodyFn, asm.uniqueConstant(new PyCode(unit)), -1, -1, closure, -1);
        int bases = starredTuple(c.bases);
        int kwargs = -1;
        if (!c.keywords.isEmpty()) {
            kwargs = keywordsDict(c.keywords);
        }
        int cls = asm.temp();
        asm.line = c.lineno;
        asm.emit(BUILD_CLASS, cls, bodyFn, constant(c.name), bases, kwargs);
        for (int i = decs.size() - 1; i >= 0; i--) {
            int r = asm.temp();
            asm.emit(CALL, r, decs.get(i), cls, 1, -1, asm.site());
            cls = r;
        }
        storeName(c.name, cls);
    }

    /**
     * A function's {@code __annotations__}, evaluated where the function is defined (after its
     * defaults): parameters in order, then {@code return}; -1 when there are none.
     */
    private int annotationsDict(Arguments args, AstNode node) {
        List<Object[]> entries = new ArrayList<>();
        List<Arg> all = new ArrayList<>(args.args); // CPython's order: args before positional-only ones
        all.addAll(args.posonlyargs);
        if (args.vararg != null) {
            all.add(args.vararg);
        }
        all.addAll(args.kwonlyargs);
        if (args.kwarg != null) {
            all.add(args.kwarg);
        }
        for (Arg a : all) {
            if (a.annotation != null) {
                entries.add(new Object[] {scope.mangle(a.arg), a.annotation}); // keys mangled as the names (CPython)
            }
        }
        Expr returns = node instanceof FunctionDef f ? f.returns : node instanceof AsyncFunctionDef af ? af.returns : null;
        if (returns != null) {
            entries.add(new Object[] {"return", returns});
        }
        if (entries.isEmpty()) {
            return -1;
        }
        int first = asm.temps(entries.size() * 2);
        for (int i = 0; i < entries.size(); i++) {
            asm.emit(LOAD_CONST, first + 2 * i, constant(entries.get(i)[0]));
            Expr annotation = (Expr) entries.get(i)[1];
            if (table.future.annotations) {
                asm.emit(LOAD_CONST, first + 2 * i + 1, constant(AnnotationText.of(annotation)));
            } else if (annotation instanceof Starred starred) {
                // PEP 646, `*args: *Ts`: the value unpacked into exactly one item, as CPython 3.11
                int iterable = asm.temp();
                expr(starred.value, iterable);
                asm.emit(UNPACK, first + 2 * i + 1, iterable, 1, -1);
            } else {
                expr(annotation, first + 2 * i + 1);
            }
        }
        int d = asm.temp();
        asm.emit(BUILD_MAP, d, first, entries.size());
        return d;
    }

    /** CPython's SETUP_ANNOTATIONS: a module or class body with annotations starts with an empty __annotations__. */
    private void setupAnnotations(List<Stmt> body) {
        if (hasAnnotations(body)) {
            asm.emit(SETUP_ANNOTATIONS); // only when the namespace has none yet (__prepare__'s or exec's may)
        }
    }

    /** Whether annotated assignments occur in these statements (not in nested functions or classes). */
    private static boolean hasAnnotations(List<Stmt> body) {
        for (Stmt s : body) {
            if (s instanceof AnnAssign) {
                return true;
            }
            List<List<Stmt>> inner = new ArrayList<>();
            if (s instanceof If i) {
                inner.add(i.body);
                inner.add(i.orelse);
            } else if (s instanceof For f) {
                inner.add(f.body);
                inner.add(f.orelse);
            } else if (s instanceof AsyncFor f) {
                inner.add(f.body);
                inner.add(f.orelse);
            } else if (s instanceof While w) {
                inner.add(w.body);
                inner.add(w.orelse);
            } else if (s instanceof With w) {
                inner.add(w.body);
            } else if (s instanceof AsyncWith w) {
                inner.add(w.body);
            } else if (s instanceof Try t) {
                inner.add(t.body);
                inner.add(t.orelse);
                inner.add(t.finalbody);
                for (Excepthandler h : t.handlers) {
                    inner.add(((ExceptHandler) h).body);
                }
            } else if (s instanceof TryStar t) {
                inner.add(t.body);
                inner.add(t.orelse);
                inner.add(t.finalbody);
                for (Excepthandler h : t.handlers) {
                    inner.add(((ExceptHandler) h).body);
                }
            } else if (s instanceof Match m) {
                for (Match_case c : m.cases) {
                    inner.add(c.body);
                }
            }
            for (List<Stmt> b : inner) {
                if (hasAnnotations(b)) {
                    return true;
                }
            }
        }
        return false;
    }

    /** co_firstlineno as CPython sets it: a decorated definition starts at its first decorator (inspect.getsource). */
    private static int firstLineWithDecorators(AstNode node) {
        List<Expr> decorators = node instanceof FunctionDef f ? f.decorator_list
                : node instanceof AsyncFunctionDef f ? f.decorator_list
                : node instanceof ClassDef c ? c.decorator_list : List.of();
        return decorators.isEmpty() ? node.lineno : Math.min(node.lineno, decorators.get(0).lineno);
    }

    private CodeUnit classBody(Scope cs, ClassDef c) {
        int r = asm.temp();
        asm.emit(LOAD_NAME, r, asm.name("__name__"));
        asm.emit(STORE_NAME, asm.name("__module__"), r);
        asm.emit(LOAD_CONST, r, constant(cs.qualname));
        asm.emit(STORE_NAME, asm.name("__qualname__"), r);
        // only a docstring is stored: the class gets __doc__ = None when it has none (a namespace
        // holding __doc__ would conflict with a '__doc__' slot, as typing's classes have)
        if (!c.body.isEmpty() && c.body.get(0) instanceof Expr_ e && e.value instanceof Constant k
                && isStr(k.value)) {
            asm.emit(LOAD_CONST, r, constant(k.value));
            asm.emit(STORE_NAME, asm.name("__doc__"), r);
        }
        setupAnnotations(c.body);
        body(c.body);
        // The body stores its __class__ cell as __classcell__ (type.__new__ fills it with the class) and
        // returns it, or None; __build_class__ checks that the cell was filled.
        Integer classCell = cells.get("__class__");
        int ret = asm.temp();
        if (classCell != null && classCell < cellNames.length) {
            asm.emit(LOAD_CELL, ret, classCell);
            asm.emit(STORE_NAME, asm.name("__classcell__"), ret);
        } else {
            asm.emit(LOAD_CONST, ret, constant(ConstantSingleton.NONE));
        }
        asm.emit(RETURN, ret);
        return asm.assemble(c.name, cs.qualname, filename, firstLineWithDecorators(c), 0, 0, 0, 0, new String[0],
                cellNames, freeNames);
    }

    // ------------------------------------------------------------------ imports

    private void importStmt(Import im) {
        for (Alias a : im.names) {
            forbiddenName(a.asname != null ? a.asname : a.name.split("\\.")[0], false, im);
            int mod = asm.temp();
            asm.emit(IMPORT_NAME, mod, asm.name(a.name), constant(ConstantSingleton.NONE), 0);
            if (a.asname != null) {
                int target = mod;
                String[] parts = a.name.split("\\.");
                for (int i = 1; i < parts.length; i++) {
                    int next = asm.temp();
                    asm.emit(IMPORT_FROM, next, target, asm.name(parts[i]));
                    target = next;
                }
                storeName(a.asname, target);
            } else {
                storeName(a.name.split("\\.")[0], mod);
            }
        }
    }

    private void importFrom(ImportFrom im) {
        if (im.lineno > table.future.lastLine && "__future__".equals(im.module)) {
            throw syntaxError("from __future__ imports must occur at the beginning of the file", im);
        }
        for (Alias a : im.names) {
            if (!a.name.equals("*")) {
                forbiddenName(a.asname != null ? a.asname : a.name, false, im);
            }
        }
        Object[] names = new Object[im.names.size()];
        for (int i = 0; i < names.length; i++) {
            names[i] = im.names.get(i).name;
        }
        int fromlist = asm.uniqueConstant(new PyTuple(names));
        int mod = asm.temp();
        asm.emit(IMPORT_NAME, mod, asm.name(im.module == null ? "" : im.module), fromlist, im.level);
        for (Alias a : im.names) {
            if (a.name.equals("*")) {
                asm.emit(IMPORT_STAR, mod);
                continue;
            }
            int v = asm.temp();
            asm.emit(IMPORT_FROM, v, mod, asm.name(a.name));
            storeName(a.asname != null ? a.asname : a.name, v);
        }
    }

    // ------------------------------------------------------------------ assignment

    /**
     * CPython's forbidden_name: {@code __debug__} cannot be bound or deleted (a name, an attribute,
     * a parameter, a keyword argument, an import, a capture pattern).
     */
    private void forbiddenName(String name, boolean delete, AstNode at) {
        if (name != null && name.equals("__debug__")) {
            throw syntaxError(delete ? "cannot delete __debug__" : "cannot assign to __debug__", at);
        }
    }

    /** CPython's validate_keywords: no keyword argument named __debug__, none repeated. */
    private void validateKeywords(List<Keyword> keywords, AstNode owner) {
        for (int i = 0; i < keywords.size(); i++) {
            String arg = keywords.get(i).arg;
            if (arg == null) {
                continue;
            }
            forbiddenName(arg, false, owner);
            for (int j = i + 1; j < keywords.size(); j++) {
                if (arg.equals(keywords.get(j).arg)) {
                    throw syntaxError("keyword argument repeated: " + arg, keywords.get(j));
                }
            }
        }
    }

    private void assign(Expr target, int value) {
        if (target instanceof Name n) {
            forbiddenName(n.id, false, n);
            storeName(n.id, value);
        } else if (target instanceof Attribute a) {
            forbiddenName(a.attr, false, a);
            long mark = asm.mark();
            int obj = expr(a.value);
            asm.emit(SET_ATTR, obj, asm.name(scope.mangle(a.attr)), value, asm.site());
            asm.release(mark);
        } else if (target instanceof Subscript s) {
            long mark = asm.mark();
            int obj = expr(s.value);
            int key = expr(s.slice);
            asm.emit(SET_ITEM, obj, key, value, asm.site());
            asm.release(mark);
        } else if (target instanceof Tuple || target instanceof List_) {
            List<Expr> elts = target instanceof Tuple t ? t.elts : ((List_) target).elts;
            int star = -1;
            for (int i = 0; i < elts.size(); i++) {
                if (elts.get(i) instanceof Starred) {
                    if (star >= 0) {
                        throw syntaxError("multiple starred expressions in assignment", target);
                    }
                    star = i;
                }
            }
            int first = asm.temps(elts.size());
            asm.emit(UNPACK, first, value, elts.size(), star);
            for (int i = 0; i < elts.size(); i++) {
                Expr e = elts.get(i);
                assign(e instanceof Starred st ? st.value : e, first + i);
            }
        } else if (target instanceof Starred) {
            throw syntaxError("starred assignment target must be in a list or tuple", target);
        } else {
            throw new PythonSyntaxError("SyntaxError", "cannot assign to " + target.nodeName(), filename,
                    target.lineno, target.col_offset + 1, null, target.end_lineno, target.end_col_offset + 1);
        }
    }

    private void delete(Expr target) {
        if (target instanceof Name n) {
            forbiddenName(n.id, true, n);
            deleteName(n.id);
        } else if (target instanceof Attribute a) {
            forbiddenName(a.attr, true, a);
            int obj = expr(a.value);
            asm.emit(DEL_ATTR, obj, asm.name(scope.mangle(a.attr)));
        } else if (target instanceof Subscript s) {
            int obj = expr(s.value);
            int key = expr(s.slice);
            asm.emit(DEL_ITEM, obj, key);
        } else if (target instanceof Tuple t) {
            for (Expr e : t.elts) {
                delete(e);
            }
        } else if (target instanceof List_ l) {
            for (Expr e : l.elts) {
                delete(e);
            }
        }
    }

    private void augAssign(AugAssign a) {
        int op = binaryOp(a.op) | INPLACE;
        if (a.target instanceof Name n) {
            forbiddenName(n.id, false, n);
        } else if (a.target instanceof Attribute at) {
            forbiddenName(at.attr, false, at);
        }
        if (a.target instanceof Name n && access(scope.mangle(n.id)) == Scope.Access.FAST) {
            // x += v: BINARY reads its operands before it writes the local; the old value needs a
            // copy only when v itself assigns x (a walrus)
            int cur = loadName(n.id, containsStore(a.value) ? asm.temp() : -1);
            int v = expr(a.value);
            asm.emit(BINARY, fast.get(scope.mangle(n.id)), op, cur, v, asm.site());
        } else if (a.target instanceof Name n) {
            int cur = loadName(n.id, asm.temp());
            int v = expr(a.value);
            int r = asm.temp();
            asm.emit(BINARY, r, op, cur, v, asm.site());
            storeName(n.id, r);
        } else if (a.target instanceof Attribute at) {
            int obj = expr(at.value);
            int cur = asm.temp();
            asm.emit(GET_ATTR, cur, obj, asm.name(scope.mangle(at.attr)), asm.site());
            int v = expr(a.value);
            int r = asm.temp();
            asm.emit(BINARY, r, op, cur, v, asm.site());
            asm.emit(SET_ATTR, obj, asm.name(scope.mangle(at.attr)), r, asm.site());
        } else if (a.target instanceof Subscript s) {
            int obj = expr(s.value);
            int key = expr(s.slice);
            int cur = asm.temp();
            asm.emit(GET_ITEM, cur, obj, key, asm.site());
            int v = expr(a.value);
            int r = asm.temp();
            asm.emit(BINARY, r, op, cur, v, asm.site());
            asm.emit(SET_ITEM, obj, key, r, asm.site());
        }
    }

    // ------------------------------------------------------------------ expressions

    private int expr(Expr e) {
        return expr(e, -1);
    }

    /** Compiles {@code e}; its value ends up in {@code into} when that is given (>= 0). */
    private int expr(Expr e, int into) {
        int line = asm.line;
        asm.line = e.lineno;
        try {
            int r = expression(e, into);
            if (into >= 0 && r != into) {
                asm.emit(MOVE, into, r);
                return into;
            }
            return r;
        } finally {
            asm.line = line;
        }
    }

    private int target(int into) {
        return into >= 0 ? into : asm.temp();
    }

    private int expression(Expr e, int into) {
        if (e instanceof Constant c) {
            int r = target(into);
            asm.emit(LOAD_CONST, r, constant(c));
            return r;
        }
        if (e instanceof Name n) {
            return loadName(n.id, into);
        }
        if (e instanceof BinOp b) {
            long mark = asm.mark();
            int l = expr(b.left);
            if (isLocalReg(l) && containsStore(b.right)) {
                int t = asm.temp();
                asm.emit(MOVE, t, l);
                l = t;
            }
            int r = expr(b.right);
            asm.release(mark);
            int d = target(into);
            asm.line = b.lineno;
            asm.emit(BINARY, d, binaryOp(b.op), l, r, asm.site());
            return d;
        }
        if (e instanceof UnaryOp u) {
            int v = expr(u.operand);
            int d = target(into);
            int op = u.op instanceof Not ? 0 : u.op instanceof USub ? 1 : u.op instanceof UAdd ? 2 : 3;
            asm.emit(UNARY, d, op, v, asm.site());
            return d;
        }
        if (e instanceof Compare c) {
            checkCompare(c);
            return compare(c, into);
        }
        if (e instanceof BoolOp b) {
            int d = into >= 0 && !isLocalReg(into) ? into : asm.crossTemp();
            Assembler.Block end = block();
            boolean and = b.op instanceof And;
            for (int i = 0; i < b.values.size(); i++) {
                expr(b.values.get(i), d);
                if (i < b.values.size() - 1) {
                    Assembler.Block next = block();
                    asm.emit(BRANCH, d, and ? next.index : end.index, and ? end.index : next.index, asm.site());
                    asm.use(next);
                }
            }
            asm.jump(end);
            asm.use(end);
            return d;
        }
        if (e instanceof IfExp i) {
            int d = into >= 0 && !isLocalReg(into) ? into : asm.crossTemp();
            Assembler.Block then = block(), otherwise = block(), end = block();
            condition(i.test, then, otherwise);
            asm.use(then);
            expr(i.body, d);
            asm.jump(end);
            asm.use(otherwise);
            expr(i.orelse, d);
            asm.jump(end);
            asm.use(end);
            return d;
        }
        if (e instanceof Call c) {
            checkCaller(c);
            return call(c, into);
        }
        if (e instanceof Attribute a) {
            int obj = expr(a.value);
            int d = target(into);
            asm.line = a.end_lineno;
            asm.emit(GET_ATTR, d, obj, asm.name(scope.mangle(a.attr)), asm.site());
            return d;
        }
        if (e instanceof Subscript s) {
            checkSubscript(s);
            long mark = asm.mark();
            int obj = expr(s.value);
            if (s.slice instanceof Constant k && k.value instanceof Long) {
                asm.release(mark);
                int d = target(into);
                asm.emit(GET_ITEM_CONST, d, obj, constant(k), asm.site());
                return d;
            }
            int key = expr(s.slice);
            asm.release(mark);
            int d = target(into);
            asm.emit(GET_ITEM, d, obj, key, asm.site());
            return d;
        }
        if (e instanceof Slice s) {
            int lo = s.lower == null ? loadConst(ConstantSingleton.NONE) : expr(s.lower);
            int hi = s.upper == null ? loadConst(ConstantSingleton.NONE) : expr(s.upper);
            int st = s.step == null ? loadConst(ConstantSingleton.NONE) : expr(s.step);
            int d = target(into);
            asm.emit(BUILD_SLICE, d, lo, hi, st);
            return d;
        }
        if (e instanceof Tuple t) {
            if (hasStar(t.elts)) {
                int l = starredList(t.elts);
                int d = target(into);
                asm.emit(LIST_TO_TUPLE, d, l);
                return d;
            }
            int first = sequence(t.elts);
            int d = target(into);
            asm.emit(BUILD_TUPLE, d, first, t.elts.size());
            return d;
        }
        if (e instanceof List_ l) {
            if (hasStar(l.elts)) {
                int r = starredList(l.elts);
                if (into >= 0) {
                    asm.emit(MOVE, into, r);
                    return into;
                }
                return r;
            }
            int first = sequence(l.elts);
            int d = target(into);
            asm.emit(BUILD_LIST, d, first, l.elts.size());
            return d;
        }
        if (e instanceof org.pyston.compiler.ast.Set s) {
            int d = target(into);
            if (hasStar(s.elts)) {
                asm.emit(BUILD_SET, d, 0, 0);
                for (Expr x : s.elts) {
                    if (x instanceof Starred st) {
                        asm.emit(SET_UPDATE, d, expr(st.value));
                    } else {
                        asm.emit(SET_ADD, d, expr(x));
                    }
                }
                return d;
            }
            int first = sequence(s.elts);
            asm.emit(BUILD_SET, d, first, s.elts.size());
            return d;
        }
        if (e instanceof Dict dict) {
            return dictDisplay(dict, into);
        }
        if (e instanceof JoinedStr j) {
            return joinedStr(j, into);
        }
        if (e instanceof FormattedValue f) {
            return formatted(f, into);
        }
        if (e instanceof Lambda l) {
            return functionDef(l, "<lambda>", l.args, null, List.of(), true);
        }
        if (e instanceof NamedExpr ne) {
            forbiddenName(((Name) ne.target).id, false, ne.target);
            int v = expr(ne.value);
            storeName(((Name) ne.target).id, v);
            return v;
        }
        if (e instanceof ListComp || e instanceof SetComp || e instanceof DictComp || e instanceof GeneratorExp) {
            return comprehension(e, into);
        }
        if (e instanceof Yield y) {
            if (scope.kind != Scope.Kind.FUNCTION) {
                throw syntaxError("'yield' outside function", e);
            }
            int v = y.value == null ? loadConst(ConstantSingleton.NONE) : expr(y.value);
            int d = into >= 0 && !isLocalReg(into) ? into : asm.crossTemp();
            Assembler.Block resume = block();
            asm.emit(YIELD, d, v, resume.index);
            asm.use(resume);
            return d;
        }
        if (e instanceof YieldFrom y) {
            if (scope.kind != Scope.Kind.FUNCTION) {
                throw syntaxError("'yield' outside function", e);
            }
            if (scope.isAsyncFunction) {
                throw syntaxError("'yield from' inside async function", e);
            }
            int v = expr(y.value);
            int it = asm.temp();
            asm.emit(GET_YIELD_FROM_ITER, it, v);
            int d = into >= 0 && !isLocalReg(into) ? into : asm.crossTemp();
            Assembler.Block resume = block();
            asm.emit(YIELD_FROM, d, it, resume.index);
            asm.use(resume);
            return d;
        }
        if (e instanceof Await a) {
            if (scope.kind != Scope.Kind.FUNCTION) {
                throw syntaxError("'await' outside function", e);
            }
            if (!scope.isAsyncFunction && !scope.isComprehension) {
                throw syntaxError("'await' outside async function", e);
            }
            int v = expr(a.value);
            int d = into >= 0 && !isLocalReg(into) ? into : asm.crossTemp();
            await(v, 0, d);
            return d;
        }
        if (e instanceof Starred) {
            throw new PythonSyntaxError("SyntaxError", "can't use starred expression here", filename, e.lineno,
                    e.col_offset + 1, null, e.end_lineno, e.end_col_offset + 1);
        }
        unsupported(e.nodeName() + " expressions", e);
        return target(into);
    }

    /** Whether the node holds an assignment expression (see {@link SymbolTable.Facts#STORES}). */
    private static boolean containsStore(AstNode node) {
        if ((node.facts & SymbolTable.Facts.KNOWN) != 0) {
            return (node.facts & SymbolTable.Facts.STORES) != 0;
        }
        return walkStores(node);
    }

    /** {@link #containsStore} of a node the symbol table did not walk. */
    private static boolean walkStores(AstNode node) {
        if (node instanceof NamedExpr) {
            return true;
        }
        if (node instanceof Lambda) {
            return false;
        }
        for (int i = 0; i < node.fieldNames().length; i++) {
            Object f = node.field(i);
            if (f instanceof AstNode n && walkStores(n)) {
                return true;
            }
            if (f instanceof List<?> l) {
                for (Object o : l) {
                    if (o instanceof AstNode n && walkStores(n)) {
                        return true;
                    }
                }
            }
        }
        return false;
    }

    private static int binaryOp(Operator op) {
        if (op instanceof Add) return 0;
        if (op instanceof Sub) return 1;
        if (op instanceof Mult) return 2;
        if (op instanceof MatMult) return 3;
        if (op instanceof Div) return 4;
        if (op instanceof FloorDiv) return 5;
        if (op instanceof Mod_) return 6;
        if (op instanceof Pow) return 7;
        if (op instanceof LShift) return 8;
        if (op instanceof RShift) return 9;
        if (op instanceof BitAnd) return 10;
        if (op instanceof BitOr) return 11;
        return 12;
    }

    private int compareOp(Cmpop op, int d, int l, int r) {
        if (op instanceof Lt) {
            asm.emit(COMPARE, d, 0, l, r, asm.site());
        } else if (op instanceof LtE) {
            asm.emit(COMPARE, d, 1, l, r, asm.site());
        } else if (op instanceof Eq) {
            asm.emit(COMPARE, d, 2, l, r, asm.site());
        } else if (op instanceof NotEq) {
            asm.emit(COMPARE, d, 3, l, r, asm.site());
        } else if (op instanceof Gt) {
            asm.emit(COMPARE, d, 4, l, r, asm.site());
        } else if (op instanceof GtE) {
            asm.emit(COMPARE, d, 5, l, r, asm.site());
        } else if (op instanceof Is) {
            asm.emit(IS, d, l, r, 0);
        } else if (op instanceof IsNot) {
            asm.emit(IS, d, l, r, 1);
        } else if (op instanceof In) {
            asm.emit(CONTAINS, d, l, r, 0);
        } else {
            asm.emit(CONTAINS, d, l, r, 1);
        }
        return d;
    }

    private int compare(Compare c, int into) {
        if (c.ops.size() == 1) {
            long mark = asm.mark();
            int l = expr(c.left);
            int r = expr(c.comparators.get(0));
            asm.release(mark);
            return compareOp(c.ops.get(0), target(into), l, r);
        }
        int d = into >= 0 && !isLocalReg(into) ? into : asm.crossTemp();
        Assembler.Block end = block();
        int left = expr(c.left);
        int keep = asm.crossTemp();
        asm.emit(MOVE, keep, left);
        for (int i = 0; i < c.ops.size(); i++) {
            int right = expr(c.comparators.get(i));
            int rkeep = asm.crossTemp();
            asm.emit(MOVE, rkeep, right);
            compareOp(c.ops.get(i), d, keep, rkeep);
            if (i < c.ops.size() - 1) {
                Assembler.Block next = block();
                asm.emit(BRANCH, d, next.index, end.index, asm.site());
                asm.use(next);
                keep = rkeep;
            }
        }
        asm.jump(end);
        asm.use(end);
        return d;
    }

    private static boolean hasStar(List<Expr> elts) {
        for (Expr e : elts) {
            if (e instanceof Starred) {
                return true;
            }
        }
        return false;
    }

    /** Evaluates expressions into consecutive temporaries; returns the first. */
    private int sequence(List<Expr> elts) {
        int first = asm.temps(elts.size());
        for (int i = 0; i < elts.size(); i++) {
            expr(elts.get(i), first + i);
        }
        return first;
    }

    private int starredList(List<Expr> elts) {
        int l = asm.temp();
        asm.emit(BUILD_LIST, l, 0, 0);
        for (Expr x : elts) {
            if (x instanceof Starred st) {
                asm.emit(LIST_EXTEND, l, expr(st.value));
            } else {
                asm.emit(LIST_APPEND, l, expr(x));
            }
        }
        return l;
    }

    private int starredTuple(List<Expr> elts) {
        int t = asm.temp();
        if (hasStar(elts)) {
            int l = starredList(elts);
            asm.emit(LIST_TO_TUPLE, t, l);
        } else {
            int first = sequence(elts);
            asm.emit(BUILD_TUPLE, t, first, elts.size());
        }
        return t;
    }

    private int dictDisplay(Dict dict, int into) {
        int d = target(into);
        boolean unpack = dict.keys.contains(null);
        if (!unpack) {
            int first = asm.temps(dict.keys.size() * 2);
            for (int i = 0; i < dict.keys.size(); i++) {
                expr(dict.keys.get(i), first + 2 * i);
                expr(dict.values.get(i), first + 2 * i + 1);
            }
            asm.emit(BUILD_MAP, d, first, dict.keys.size());
            return d;
        }
        asm.emit(BUILD_MAP, d, 0, 0);
        for (int i = 0; i < dict.keys.size(); i++) {
            if (dict.keys.get(i) == null) {
                asm.emit(MAP_UPDATE, d, expr(dict.values.get(i)));
            } else {
                long mark = asm.mark();
                int k = expr(dict.keys.get(i));
                int v = expr(dict.values.get(i));
                asm.emit(MAP_SET, d, k, v);
                asm.release(mark);
            }
        }
        return d;
    }

    private int keywordsDict(List<Keyword> keywords) {
        int d = asm.temp();
        asm.emit(BUILD_MAP, d, 0, 0);
        for (Keyword k : keywords) {
            if (k.arg == null) {
                asm.emit(MAP_UPDATE, d, expr(k.value));
            } else {
                long mark = asm.mark();
                int key = loadConst(k.arg);
                int v = expr(k.value);
                asm.emit(MAP_SET, d, key, v);
                asm.release(mark);
            }
        }
        return d;
    }

    /**
     * The keywords of a call with {@code **}: a tuple of the sources in order, a dict for each
     * run of named keywords and the value of each {@code **x}. The call merges them, so that it
     * can name the function when a source is not a mapping or repeats a keyword.
     */
    private int keywordSources(List<Keyword> keywords) {
        List<List<Keyword>> runs = new java.util.ArrayList<>();
        for (Keyword k : keywords) {
            if (k.arg == null || runs.isEmpty() || runs.get(runs.size() - 1).get(0).arg == null) {
                runs.add(new java.util.ArrayList<>());
            }
            runs.get(runs.size() - 1).add(k);
        }
        int first = asm.temps(runs.size());
        for (int i = 0; i < runs.size(); i++) {
            List<Keyword> run = runs.get(i);
            if (run.get(0).arg == null) {
                expr(run.get(0).value, first + i);
                continue;
            }
            long mark = asm.mark();
            int pairs = asm.temps(run.size() * 2);
            for (int j = 0; j < run.size(); j++) {
                asm.emit(LOAD_CONST, pairs + 2 * j, constant(run.get(j).arg));
                expr(run.get(j).value, pairs + 2 * j + 1);
            }
            asm.emit(BUILD_MAP, first + i, pairs, run.size());
            asm.release(mark);
        }
        int t = asm.temp();
        asm.emit(BUILD_TUPLE, t, first, runs.size());
        return t;
    }

    private int joinedStr(JoinedStr j, int into) {
        int first = asm.temps(j.values.size());
        for (int i = 0; i < j.values.size(); i++) {
            Expr v = j.values.get(i);
            if (v instanceof Constant c) {
                asm.emit(LOAD_CONST, first + i, constant(c.value));
            } else {
                formatted((FormattedValue) v, first + i);
            }
        }
        int d = target(into);
        asm.emit(BUILD_STRING, d, first, j.values.size());
        return d;
    }

    private int formatted(FormattedValue f, int into) {
        int v = expr(f.value);
        int spec = f.format_spec == null ? -1 : expr(f.format_spec);
        int d = target(into);
        asm.emit(FORMAT, d, v, f.conversion, spec);
        return d;
    }

    private int call(Call c, int into) {
        validateKeywords(c.keywords, c);
        boolean star = hasStar(c.args);
        boolean doubleStar = false;
        for (Keyword k : c.keywords) {
            doubleStar |= k.arg == null;
        }
        if (star || doubleStar) {
            int fn = expr(c.func);
            int keepFn = asm.temp();
            asm.emit(MOVE, keepFn, fn);
            int args;
            if (c.args.size() == 1 && c.args.get(0) instanceof Starred only) {
                // f(*x): x itself goes to the call, which names f if x is not iterable (as CPython)
                args = asm.temp();
                expr(only.value, args);
            } else {
                args = starredTuple(c.args);
            }
            int kwargs = c.keywords.isEmpty() ? -1 : keywordSources(c.keywords);
            int d = target(into);
            asm.line = c.lineno;
            markIfLoopIterable(c);
            asm.emit(CALL_EX, d, keepFn, args, kwargs, asm.site());
            return d;
        }
        int n = c.args.size() + c.keywords.size();
        int kwnames = -1;
        if (!c.keywords.isEmpty()) {
            Object[] names = new Object[c.keywords.size()];
            for (int i = 0; i < names.length; i++) {
                names[i] = c.keywords.get(i).arg;
            }
            kwnames = asm.uniqueConstant(new PyTuple(names));
        }
        if (c.func instanceof Attribute a) {
            int obj = expr(a.value);
            int keepObj = obj;
            if (isLocalReg(obj) && containsStore(c)) {
                keepObj = asm.temp();
                asm.emit(MOVE, keepObj, obj);
            }
            int first = asm.temps(n);
            argsInto(c, first);
            int d = target(into);
            asm.line = c.lineno;
            markIfLoopIterable(c);
            asm.emit(CALL_METHOD, d, keepObj, asm.name(scope.mangle(a.attr)), first, n, kwnames, asm.site());
            return d;
        }
        int fn = expr(c.func);
        int keepFn = fn;
        if (isLocalReg(fn) && containsStore(c)) {
            keepFn = asm.temp();
            asm.emit(MOVE, keepFn, fn);
        }
        int first = asm.temps(n);
        argsInto(c, first);
        int d = target(into);
        asm.line = c.lineno;
        markIfLoopIterable(c);
        asm.emit(CALL, d, keepFn, first, n, kwnames, asm.site());
        return d;
    }

    private void argsInto(Call c, int first) {
        for (int i = 0; i < c.args.size(); i++) {
            expr(c.args.get(i), first + i);
        }
        for (int i = 0; i < c.keywords.size(); i++) {
            expr(c.keywords.get(i).value, first + c.args.size() + i);
        }
    }

    /** A comprehension: a nested function called with the first iterable's iterator (as 3.11). */
    private int comprehension(Expr e, int into) {
        Scope cs = table.scopeOf(e);
        List<Comprehension> gens = e instanceof ListComp l ? l.generators : e instanceof SetComp s ? s.generators
                : e instanceof DictComp d ? d.generators : ((GeneratorExp) e).generators;
        boolean awaited = cs.isCoroutine && !(e instanceof GeneratorExp);
        if (awaited && !scope.isAsyncFunction && !scope.isComprehension) {
            throw syntaxError("asynchronous comprehension outside of an asynchronous function", e);
        }
        // A generator expression owns its first iterator when that is a generator made for it
        // (finalized with it); the mark goes just before the iterable's own call, as for loops.
        Expr first = gens.get(0).iter;
        boolean owning = e instanceof GeneratorExp && gens.get(0).is_async == 0;
        Expr outerMarkBefore = markBefore;
        int outerMarkReg = markReg;
        int mark = -1;
        if (owning) {
            mark = asm.temp();
            markBefore = first instanceof Call ? first : null;
            markReg = mark;
        }
        int outer = expr(first);
        if (owning && (markBefore == first || !(first instanceof Call))) {
            asm.emit(ITER_MARK, mark);
        }
        markBefore = outerMarkBefore;
        markReg = outerMarkReg;
        int it = asm.temp();
        if (gens.get(0).is_async != 0) {
            asm.emit(GET_AITER, it, outer);
        } else {
            asm.emit(GET_ITER, it, outer, asm.site());
        }
        CodeGenerator inner = new CodeGenerator(table, cs, filename, e.lineno, asm.pool);
        CodeUnit unit = inner.comprehensionBody(cs, e, gens);
        int closure = closureTuple(cs);
        int fn = asm.temp();
        asm.emit(MAKE_FUNCTION, fn, asm.uniqueConstant(new PyCode(unit)), -1, -1, closure, -1);
        asm.line = e.lineno;
        markIfLoopIterable(e);
        if (awaited) {
            // an async comprehension is a coroutine, awaited where it stands
            int made = asm.temp();
            asm.emit(CALL, made, fn, it, 1, -1, asm.site());
            int d = into >= 0 && !isLocalReg(into) ? into : asm.crossTemp();
            await(made, 0, d);
            return d;
        }
        int d = target(into);
        asm.emit(CALL, d, fn, it, 1, -1, asm.site());
        if (owning) {
            asm.emit(GEN_OWNS, d, it, mark);
        }
        return d;
    }

    private CodeUnit comprehensionBody(Scope cs, Expr e, List<Comprehension> gens) {
        asm.line = e.lineno;
        int result = -1;
        if (!(e instanceof GeneratorExp)) {
            result = asm.crossTemp();
            if (e instanceof ListComp) {
                asm.emit(BUILD_LIST, result, 0, 0);
            } else if (e instanceof SetComp) {
                asm.emit(BUILD_SET, result, 0, 0);
            } else {
                asm.emit(BUILD_MAP, result, 0, 0);
            }
        }
        comprehensionLevel(e, gens, 0, result);
        if (result >= 0) {
            asm.emit(RETURN, result);
        } else {
            returnNone();
        }
        int flags = CodeUnit.OPTIMIZED | CodeUnit.NEWLOCALS | (cs.isCoroutine
                ? (cs.isGenerator ? CodeUnit.ASYNC_GENERATOR : CodeUnit.COROUTINE) : cs.isGenerator ? CodeUnit.GENERATOR : 0);
        return asm.assemble(cs.name, cs.qualname, filename, e.lineno, flags, 1, 0, 0,
                localNames.toArray(new String[0]), cellNames, freeNames);
    }

    private void comprehensionLevel(Expr e, List<Comprehension> gens, int level, int result) {
        Comprehension g = gens.get(level);
        int it;
        if (level == 0) {
            it = fast.get(".0");
        } else {
            int iterable = exprAcross(g.iter);
            it = asm.crossTemp();
            if (g.is_async != 0) {
                asm.emit(GET_AITER, it, iterable);
            } else {
                asm.emit(GET_ITER, it, iterable, asm.site());
            }
        }
        Assembler.Block head = block(), loopBody = block(), after = block();
        asm.jump(head);
        asm.use(head);
        int value = asm.crossTemp();
        if (g.is_async != 0) {
            awaitNext(it, value, after);
            asm.jump(loopBody);
        } else {
            asm.emit(FOR_ITER, value, it, loopBody.index, after.index);
        }
        asm.use(loopBody);
        boolean saved = asm.crossMode;
        asm.crossMode = true;
        assign(g.target, value);
        for (Expr cond : g.ifs) {
            Assembler.Block pass = block();
            condition(cond, pass, head);
            asm.use(pass);
        }
        if (level + 1 < gens.size()) {
            comprehensionLevel(e, gens, level + 1, result);
        } else if (e instanceof ListComp l) {
            asm.emit(LIST_APPEND, result, expr(l.elt));
        } else if (e instanceof SetComp s) {
            asm.emit(SET_ADD, result, expr(s.elt));
        } else if (e instanceof DictComp d) {
            int k = expr(d.key);
            int v = expr(d.value);
            asm.emit(MAP_SET, result, k, v);
        } else {
            int v = expr(((GeneratorExp) e).elt);
            int sent = asm.crossTemp();
            Assembler.Block resume = block();
            asm.emit(YIELD, sent, v, resume.index);
            asm.use(resume);
        }
        asm.crossMode = saved;
        asm.jump(head);
        asm.use(after);
    }
}
