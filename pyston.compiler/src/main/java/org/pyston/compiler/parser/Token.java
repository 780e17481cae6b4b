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
    /**
     * An OP that is a binary operator of the bitwise_or..term levels: its precedence, from 1 for
     * {@code |} to 6 for {@code * / // % @}; 0 for every other token.
     */
    final int binaryPrecedence;

    Token(Kind kind, String text, int line, int col, int endLine, int endCol) {
        this(kind, text, line, col, endLine, endCol, false);
    }

    Token(Kind kind, String text, int line, int col, int endLine, int endCol, boolean keyword) {
        this.keyword = keyword;
        this.binaryPrecedence = kind == Kind.OP ? binaryPrecedence(text) : 0;
        this.kind = kind;
        this.text = text;
        this.line = line;
        this.col = col;
        this.endLine = endLine;
        this.endCol = endCol;
    }

    private static int binaryPrecedence(String op) {
        char c = op.charAt(0);
        if (op.length() == 1) {
            switch (c) {
                case '|': return 1;
                case '^': return 2;
                case '&': return 3;
                case '+', '-': return 5;
                case '*', '/', '%', '@': return 6;
                default: return 0;
            }
        }
        if (op.length() == 2 && op.charAt(1) == c) {
            return c == '<' || c == '>' ? 4 : c == '/' ? 6 : 0;
        }
        return 0;
    }

    /** Whether this is the operator or keyword {@code op} (see {@code Parser.at}). */
    boolean is(String op) {
        return (kind == Kind.OP || kind == Kind.NAME) && (text == op || text.hashCode() == op.hashCode() && text.equals(op));
    }

    @Override
    public String toString() {
        return kind + " '" + text + "' " + line + ":" + col;
    }
}
