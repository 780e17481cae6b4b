package org.pyston.compiler.parser;

/**
 * Where the front end and the code generator send CPython's compile-time warnings: the
 * tokenizer's SyntaxWarning for a number followed by a keyword ({@code 0xfor}), the
 * DeprecationWarning for an invalid escape in a literal, the compiler's SyntaxWarnings
 * ({@code "is" with a literal}, an assertion on a tuple, a call of a literal). The compiler
 * service issues them through the runtime's {@code warnings} machinery
 * ({@code PyErr_WarnExplicitObject}); tools without a runtime drop them.
 */
@FunctionalInterface
public interface CompileWarnings {
    /**
     * Issues warning {@code message} of {@code category} ("SyntaxWarning" or "DeprecationWarning")
     * at {@code filename:lineno}. Returns false when a warnings filter turned it into an exception
     * of that category: the caller then raises a SyntaxError with the same message at the
     * warning's location, as CPython does. Any other exception propagates.
     */
    boolean warn(String category, String message, String filename, int lineno);

    /** Drops every warning. */
    CompileWarnings NONE = (category, message, filename, lineno) -> true;
}
