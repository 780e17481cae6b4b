package org.pyston.compiler.parser;

/**
 * One token. Positions: 1-based lines, 0-based character columns ({@link Source} converts to
 * CPython's UTF-8 byte columns).
 */
final class Token {
    enum Kind {
        NAME, NUMBER, STRING, OP, NEWLINE, INDENT, DEDENT, ENDMARKER
    }

    final Kind kind;
    /** The exact source text (for OP and NAME the operator or identifier). */
    final String text;
    final int line;
    final int col;
    final int endLine;
    final int endCol;
    /** A NAME that is a hard keyword (its text is then {@link Keywords}' literal). */
    final boolean keyword;

    Token(Kind kind, String text, int line, int col, int endLine, int endCol) {
        this(kind, text, line, col, endLine, endCol, false);
    }

    Token(Kind kind, String text, int line, int col, int endLine, int endCol, boolean keyword) {
        this.keyword = keyword;
        this.kind = kind;
        this.text = text;
        this.line = line;
        this.col = col;
        this.endLine = endLine;
        this.endCol = endCol;
    }

    boolean is(String op) {
        return (kind == Kind.OP || kind == Kind.NAME) && text.equals(op);
    }

    @Override
    public String toString() {
        return kind + " '" + text + "' " + line + ":" + col;
    }
}
