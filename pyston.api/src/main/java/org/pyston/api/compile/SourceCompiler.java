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
    /** Compilation modes, as {@code compile()}'s {@code mode} argument. */
    enum Mode {
        EXEC, EVAL, SINGLE
    }

    /** Compiles text (as {@code compile()} does for a {@code str}). */
    CodeUnit compile(String source, String filename, Mode mode, int flags);

    /**
     * Compiles raw source bytes: the encoding comes from a UTF-8 BOM or a PEP 263 coding
     * declaration, UTF-8 otherwise (as CPython reads a file).
     */
    CodeUnit compile(byte[] source, String filename, Mode mode, int flags);

    /**
     * {@code ast.dump(ast.parse(source, filename), include_attributes=True)} exactly as CPython
     * 3.11 prints it; invalid source raises the runtime's {@code SyntaxError}.
     */
    String dumpAst(byte[] source, String filename);
}
