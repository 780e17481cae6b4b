package org.pyston.compiler.parser;

import org.pyston.compiler.ast.Mod;

/** Entry points of the front end: source text or bytes to a CPython-shaped AST. */
public final class PythonParser {
    private PythonParser() {
    }

    public static Mod parse(String source, String filename, ParseMode mode) {
        return parse(new Source(filename, source), mode);
    }

    public static Mod parse(byte[] source, String filename, ParseMode mode) {
        return parse(Source.decode(source, filename), mode);
    }

    /** As {@link #parse(String, String, ParseMode)}, sending compile-time warnings to {@code warnings}. */
    public static Mod parse(String source, String filename, ParseMode mode, CompileWarnings warnings) {
        Source src = new Source(filename, source);
        src.warnings = warnings;
        return parse(src, mode);
    }

    /** As {@link #parse(byte[], String, ParseMode)}, sending compile-time warnings to {@code warnings}. */
    public static Mod parse(byte[] source, String filename, ParseMode mode, CompileWarnings warnings) {
        Source src = Source.decode(source, filename);
        src.warnings = warnings;
        return parse(src, mode);
    }

    private static Mod parse(Source src, ParseMode mode) {
        String filename = src.filename;
        try {
            return new Parser(src, Tokenizer.tokenize(src)).parse(mode);
        } catch (StackOverflowError deep) {
            throw new PythonSyntaxError("SyntaxError", "too many nested parentheses", filename, 1, 1, null, 1, 1);
        }
    }
}
