package org.pyston.compiler.codegen;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * One scope of the symbol table (module, class, function, lambda, comprehension): which names
 * it binds, declares global or nonlocal, and uses; after {@link SymbolTable#resolve} the kind of
 * every name as the code generator needs it.
 */
final class Scope {
    enum Kind {
        MODULE, CLASS, FUNCTION
    }

    /** How a name is accessed in this scope. */
    enum Access {
        /** A vreg of this frame. */
        FAST,
        /** A cell of this frame (a local captured by an inner scope). */
        CELL,
        /** A cell from the enclosing function. */
        FREE,
        /** globals, then builtins. */
        GLOBAL,
        /** the locals mapping, then globals, then builtins (module and class bodies). */
        NAME,
        /** class body reading a name of an enclosing function: locals mapping, then the cell. */
        CLASSDEREF
    }

    final Kind kind;
    final String name;
    final Scope parent;
    final List<Scope> children = new ArrayList<>();
    final List<String> params = new ArrayList<>();
    final Set<String> assigned = new LinkedHashSet<>();
    final Set<String> used = new LinkedHashSet<>();
    final Set<String> globals = new LinkedHashSet<>();
    final Set<String> nonlocals = new LinkedHashSet<>();
    /** Names of {@link #assigned} bound by imports only so far. */
    final Set<String> importedOnly = new LinkedHashSet<>();
    /** Names with a simple annotation ({@code x: int}) in this scope (CPython's DEF_ANNOT). */
    final Set<String> annotated = new LinkedHashSet<>();
    /** The first global or nonlocal statement naming each name: where the symbol table's errors point. */
    final Map<String, org.pyston.compiler.ast.AstNode> directives = new LinkedHashMap<>();
    /** Comprehension: the names its {@code for} targets bind (an assignment expression may not rebind them). */
    final Set<String> iterationTargets = new LinkedHashSet<>();
    /**
     * How deep the walk is inside a comprehension's iterable expressions in this scope; a scope
     * made inside one (a lambda, a nested comprehension) starts inside it too, as CPython's
     * symtable_enter_block copies ste_comp_iter_expr.
     */
    int inIterableExpression;
    /** Names that inner scopes read from this one (so they become cells here). */
    final Set<String> capturedByChildren = new LinkedHashSet<>();
    final Map<String, Access> access = new LinkedHashMap<>();
    final List<String> cellNames = new ArrayList<>();
    final List<String> freeNames = new ArrayList<>();
    boolean isGenerator;
    /**
     * Function: an {@code async def}. Comprehension: it awaits (an {@code async for} or an
     * {@code await} inside), so it is a coroutine, or an async generator for a generator expression.
     */
    boolean isCoroutine;
    /** An {@code async def} (await, async for and async with are allowed in it). */
    boolean isAsyncFunction;
    boolean isLambda;
    boolean isComprehension;
    boolean hasVarargs;
    boolean hasVarkw;
    /** A method that uses super() or __class__: the class body provides a __class__ cell. */
    boolean needsClassCell;
    /** The qualified name (CPython's __qualname__). */
    String qualname;
    /** The name of the class whose private names ({@code __x}) are mangled here, or null outside classes. */
    final String privateName;

    Scope(Kind kind, String name, Scope parent) {
        this.kind = kind;
        this.name = name;
        this.parent = parent;
        this.privateName = kind == Kind.CLASS ? name : parent == null ? null : parent.privateName;
        if (parent != null) {
            parent.children.add(this);
            this.inIterableExpression = parent.inIterableExpression;
        }
    }

    /**
     * A name as this scope sees it: inside a class, {@code __x} (not {@code __x__}) is the class's
     * private name {@code _Class__x}, as CPython mangles it (leading underscores of the class name
     * dropped; no mangling for a class named only by underscores or for dotted names).
     */
    String mangle(String n) {
        if (privateName == null || !n.startsWith("__") || n.endsWith("__") || n.indexOf('.') >= 0) {
            return n;
        }
        int i = 0;
        while (i < privateName.length() && privateName.charAt(i) == '_') {
            i++;
        }
        return i == privateName.length() ? n : "_" + privateName.substring(i) + n;
    }

    boolean isFunction() {
        return kind == Kind.FUNCTION;
    }

    Access accessOf(String n) {
        Access a = access.get(n);
        if (a != null) {
            return a;
        }
        return kind == Kind.FUNCTION ? Access.GLOBAL : Access.NAME;
    }
}
