package org.pyston.api.compile;

import org.osgi.annotation.versioning.ProviderType;
import org.pyston.api.code.CodeUnit;

/**
 * Source to code units: the service the compiler bundle registers and the runtime uses for
 * {@code import}, {@code exec}, {@code eval} and {@code compile}. Invalid source raises the
 * runtime's {@code SyntaxError} (a runtime exception), never a Java error.
 */
@ProviderType
public interface SourceCompiler {
    /**
     * Compilation modes, as {@code compile()}'s {@code mode} argument ({@code FUNC_TYPE}, a
     * PEP 484 signature type comment, only for {@link #parseToAst}).
     */
    enum Mode {
        EXEC, EVAL, SINGLE, FUNC_TYPE
    }

    /** Compiles text (as {@code compile()} does for a {@code str}). */
    CodeUnit compile(String source, String filename, Mode mode, int flags);

    /**
     * Compiles raw source bytes: the encoding comes from a UTF-8 BOM or a PEP 263 coding
     * declaration, UTF-8 otherwise (as CPython reads a file).
     */
    CodeUnit compile(byte[] source, String filename, Mode mode, int flags);

    /**
     * {@code compile(source, filename, mode, flags=PyCF_ONLY_AST)}: the AST as node objects of
     * {@code astModule}, the context's {@code _ast} module (typed {@code Object}: runtime types
     * are not part of this API).
     */
    Object parseToAst(String source, String filename, Mode mode, int flags, Object astModule);

    /** As {@link #parseToAst(String, String, Mode, int, Object)}, from source bytes (encoding as in {@link #compile(byte[], String, Mode, int)}). */
    Object parseToAst(byte[] source, String filename, Mode mode, int flags, Object astModule);

    /**
     * {@code compile(tree, filename, mode)}: a tree of {@code astModule}'s node objects, built or
     * changed by Python code, to a code unit; a tree CPython would refuse raises CPython's
     * TypeError or ValueError.
     */
    CodeUnit compileAst(Object tree, String filename, Mode mode, int flags, Object astModule);

    /**
     * {@code ast.dump(ast.parse(source, filename), include_attributes=True)} exactly as CPython
     * 3.11 prints it; invalid source raises the runtime's {@code SyntaxError}.
     */
    String dumpAst(byte[] source, String filename);

    /**
     * Names what this compiler produces: code units compiled by a compiler of another revision
     * are not taken from a code cache (it is part of the cache's magic number). Empty when
     * unknown (a build without the digest step), which code caches treat as one more revision.
     */
    default String revision() {
        return "";
    }
}
