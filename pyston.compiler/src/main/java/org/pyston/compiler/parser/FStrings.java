package org.pyston.compiler.parser;

import java.io.ByteArrayOutputStream;
import java.util.ArrayList;
import java.util.List;
import org.pyston.compiler.ast.AstNode;
import org.pyston.compiler.ast.BytesValue;
import org.pyston.compiler.ast.Constant;
import org.pyston.compiler.ast.Expr;
import org.pyston.compiler.ast.FormattedValue;
import org.pyston.compiler.ast.JoinedStr;

/**
 * Adjacent string literals into one {@code Constant} or, when any is an f-string, one
 * {@code JoinedStr}, as CPython 3.11 does: literal text merges into single constants, every
 * constant and {@code FormattedValue} of the joined string carries the position of the whole
 * concatenation, replacement-field expressions carry their own source positions.
 */
final class FStrings {
    private final Parser parser;
    private final Source src;

    FStrings(Parser parser, Source src) {
        this.parser = parser;
        this.src = src;
    }

    private int bcol(int line, int col) {
        return src.byteCol(line, col);
    }

    /** The f-string token being read (where its warnings are reported). */
    private Token current;

    /** Position of the string token being read: CPython 3.11 gives format specs this span. */
    private int[] tokenSpan;

    /** Literal text waiting to become a Constant, and the values built so far. */
    private final StrBuilder pending = new StrBuilder();
    private boolean hasPending;
    private final List<Expr> values = new ArrayList<>();

    /**
     * The value of adjacent literals {@code parts}; {@code after} is the token that follows them,
     * where CPython reports the errors of decoding them.
     */
    /**
     * A lone str literal without escapes or replacement fields (most literals): its text is its
     * value. Null for anything else, which {@link #concatenate} decodes.
     */
    static Expr simpleLiteral(Source src, Token t) {
        String text = t.text;
        int q = 0;
        boolean u = false;
        char c;
        while ((c = text.charAt(q)) != '\'' && c != '"') {
            if (c == 'u' || c == 'U') {
                u = true;
            } else if (c != 'r' && c != 'R') {
                return null; // b or f
            }
            q++;
        }
        if (src.undecodable) {
            return null;
        }
        boolean raw = q > 0 && !u;
        int quote = isTriple(text, q) ? 3 : 1;
        int from = q + quote, to = text.length() - quote;
        if (!raw && text.indexOf('\\', from) >= 0) {
            return null;
        }
        Constant literal = new Constant(text.substring(from, to), u ? "u" : null).at(t.line,
                src.byteCol(t.line, t.col), t.endLine, src.byteCol(t.endLine, t.endCol));
        // decoded source holds surrogates only in pairs (undecodable bytes excluded above)
        literal.facts = AstNode.PLAIN_TEXT;
        return literal;
    }

    /** Whether the literal whose quote is at {@code q} is triple-quoted. */
    private static boolean isTriple(String text, int q) {
        char quote = text.charAt(q);
        return text.length() - q >= 6 && text.charAt(q + 1) == quote && text.charAt(q + 2) == quote;
    }

    Expr concatenate(List<Token> parts, Token first, Token last, Token after) {
        int l1 = first.line, c1 = bcol(first.line, first.col), l2 = last.endLine, c2 = bcol(last.endLine, last.endCol);
        boolean anyBytes = false, anyStr = false, anyF = false;
        String kind = null;
        ByteArrayOutputStream bytes = null;
        for (int i = 0; i < parts.size(); i++) {
            Token t = parts.get(i);
            int q = 0;
            boolean raw = false, isBytes = false, isF = false;
            char c;
            while ((c = t.text.charAt(q)) != '\'' && c != '"') {
                switch (c) {
                    case 'r', 'R' -> raw = true;
                    case 'b', 'B' -> isBytes = true;
                    case 'f', 'F' -> isF = true;
                    case 'u', 'U' -> {
                        if (i == 0) {
                            kind = "u";
                        }
                    }
                    default -> { }
                }
                q++;
            }
            boolean triple = isTriple(t.text, q);
            int open = q + (triple ? 3 : 1);
            String body = t.text.substring(open, t.text.length() - (triple ? 3 : 1));
            try {
                if (isBytes) {
                    if (bytes == null) {
                        bytes = new ByteArrayOutputStream();
                    }
                    anyBytes = true;
                    String[] invalid = new String[1];
                    try {
                        bytes.writeBytes(StringLiterals.decodeBytes(body, raw, invalid));
                    } catch (StringLiterals.BadEscape nonAscii) {
                        if (nonAscii.atToken) {
                            throw parser.syntaxError(t, nonAscii.getMessage());
                        }
                        throw nonAscii;
                    }
                    if (invalid[0] != null) {
                        parser.warnInvalidEscape(t, invalid[0]);
                    }
                } else {
                    anyStr = true;
                    if (isF) {
                        anyF = true;
                        current = t;
                        int[] bodyPos = positionAfter(t, open);
                        tokenSpan = new int[] {t.line, bcol(t.line, t.col), t.endLine, bcol(t.endLine, t.endCol)};
                        fstring(body, 0, raw, bodyPos[0], bodyPos[1], l1, c1, l2, c2, 0);
                    } else {
                        if (src.undecodable) {
                            checkUtf8(body, !raw && body.indexOf('\\') >= 0);
                        }
                        String invalid = StringLiterals.decodeStr(body, raw, pending);
                        hasPending = true;
                        if (invalid != null) {
                            parser.warnInvalidEscape(t, invalid);
                        }
                    }
                }
            } catch (StringLiterals.BadEscape e) {
                throw parser.syntaxError(after, e.getMessage());
            }
            if (anyBytes && anyStr) {
                throw parser.syntaxError(after, "cannot mix bytes and nonbytes literals");
            }
        }
        if (anyBytes) {
            return new Constant(new BytesValue(bytes.toByteArray()), null).at(l1, c1, l2, c2);
        }
        if (!anyF) {
            return new Constant(pending.value(), kind).at(l1, c1, l2, c2);
        }
        flush(l1, c1, l2, c2);
        return new JoinedStr(new ArrayList<>(values)).at(l1, c1, l2, c2);
    }

    /**
     * Literal text holding bytes that are not UTF-8 fails as CPython decodes it: the whole text at
     * once (raw, or without backslashes), else each run of non-ASCII characters on its own; the
     * position in the message counts bytes from there.
     */
    private static void checkUtf8(String text, boolean eachRun) {
        boolean any = false;
        for (int i = 0; i < text.length() && !any; i++) {
            any = Source.isUndecodable(text.charAt(i));
        }
        if (!any) {
            return;
        }
        int i = 0;
        while (i < text.length()) {
            int from = i, to = text.length();
            if (eachRun) {
                while (from < text.length() && text.charAt(from) < 0x80) {
                    from++;
                }
                to = from;
                while (to < text.length() && text.charAt(to) >= 0x80) {
                    to++;
                }
            }
            byte[] b = Source.sourceBytes(text.subSequence(from, to));
            String why = Source.utf8Error(b, 0, b.length);
            if (why != null) {
                throw new StringLiterals.BadEscape("(unicode error) " + why);
            }
            i = to;
        }
    }

    /** Decoded literal text (a piece of an f-string between replacement fields) onto the pending constant. */
    private void addDecoded(String text, boolean raw) {
        if (src.undecodable) {
            checkUtf8(text, !raw);
        }
        String invalid = StringLiterals.decodeStr(text, raw, pending);
        hasPending = true;
        if (invalid != null) {
            parser.warnInvalidEscape(current, invalid);
        }
    }

    private void addLiteral(String s) {
        pending.append(s);
        hasPending = true;
    }

    private void flush(int l1, int c1, int l2, int c2) {
        if (hasPending && pending.length() > 0) {
            values.add(new Constant(pending.value(), null).at(l1, c1, l2, c2));
        }
        pending.clear();
        hasPending = false;
    }

    /** Line and char column of character {@code index} of the token's text. */
    private static int[] positionAfter(Token t, int index) {
        int line = t.line, col = t.col;
        for (int i = 0; i < index; i++) {
            char c = t.text.charAt(i);
            if (c == '\n') {
                line++;
                col = 0;
            } else {
                col++;
            }
        }
        return new int[] {line, col};
    }

    private PythonSyntaxError error(int line, int col, String msg) {
        String text = src.lineText(line);
        return new PythonSyntaxError("SyntaxError", msg, src.filename, line, col + 1, text == null ? null : text + "\n",
                line, col + 1);
    }

    /**
     * Parses f-string text {@code body} from index {@code from}, where (line, col) in the source is
     * the body's start; appends to {@link #values}. A format spec ({@code nesting > 0}) ends at its
     * unmatched '}': returns that index, or the body's length. Literal text is decoded in the
     * pieces CPython decodes (which is where the positions of escape errors count from): up to a
     * replacement field, or up to and including the first brace of a doubled one. A
     * {@code \N{...}} escape's braces are not fields; in a format spec braces are never doubled.
     */
    private int fstring(String body, int from, boolean raw, int line, int col, int l1, int c1, int l2, int c2,
            int nesting) {
        int n = body.length();
        int i = from;
        int litStart = from;
        while (i < n) {
            char c = body.charAt(i);
            if (c == '\\' && !raw && i + 1 < n) {
                char e = body.charAt(i + 1);
                if (e == 'N') {
                    // \N and the character after it; a brace there opens a name that runs to '}'
                    i += 2;
                    if (i < n && body.charAt(i++) == '{') {
                        while (i < n && body.charAt(i++) != '}') {
                            // the name
                        }
                    }
                    continue;
                }
                if (e != '{' && e != '}') {
                    i += 2;
                    continue;
                }
                if (e == '{') {
                    parser.warnInvalidEscape(current, "invalid escape sequence '\\{'");
                }
                i++; // a brace after a backslash is a brace; the backslash stays literal text
                c = e;
            }
            if (c == '{' || c == '}') {
                if (nesting == 0 && i + 1 < n && body.charAt(i + 1) == c) {
                    addDecoded(body.substring(litStart, i + 1), raw);
                    i += 2;
                    litStart = i;
                    continue;
                }
                if (c == '}' && nesting == 0) {
                    int[] at = advance(body, 0, i, line, col);
                    throw error(at[0], at[1], "f-string: single '}' is not allowed");
                }
                if (litStart < i) {
                    addDecoded(body.substring(litStart, i), raw);
                }
                if (c == '}') {
                    return i;
                }
                i = replacementField(body, i, raw, line, col, l1, c1, l2, c2, nesting);
                litStart = i;
            } else {
                i++;
            }
        }
        if (litStart < n) {
            addDecoded(body.substring(litStart, n), raw);
        }
        return n;
    }

    private static String triple(char quote) {
        return quote == '"' ? "\"\"\"" : "'''";
    }

    private static int[] advance(String body, int from, int to, int line, int col) {
        for (int k = from; k < to; k++) {
            if (body.charAt(k) == '\n') {
                line++;
                col = 0;
            } else {
                col++;
            }
        }
        return new int[] {line, col};
    }

    /** Parses {@code {expr[=][!c][:spec]}} starting at the '{'; returns the index after '}'. */
    private int replacementField(String body, int open, boolean raw, int line, int col, int l1, int c1, int l2,
            int c2, int nesting) {
        if (nesting >= 2) {
            int[] at = advance(body, 0, open, line, col);
            throw error(at[0], at[1], "f-string: expressions nested too deeply");
        }
        int n = body.length();
        int i = open + 1;
        int depth = 0;
        char inQuote = 0;
        boolean tripleQuoted = false;
        int exprEnd = -1;
        boolean selfDoc = false;
        boolean tripleQuote = false;
        StringBuilder parens = new StringBuilder();
        for (; i < n; i++) {
            char c = body.charAt(i);
            if (c == '\\') {
                // nowhere inside an expression, in a string or not
                int[] at = advance(body, 0, i, line, col);
                throw error(at[0], at[1], "f-string expression part cannot include a backslash");
            }
            if (inQuote != 0) {
                if (c == inQuote && !tripleQuoted) {
                    inQuote = 0;
                } else if (c == inQuote && i + 2 < n && body.charAt(i + 1) == c && body.charAt(i + 2) == c) {
                    inQuote = 0;
                    i += 2;
                }
                continue;
            }
            if (c == '\'' || c == '"') {
                inQuote = c;
                tripleQuoted = i + 2 < n && body.charAt(i + 1) == c && body.charAt(i + 2) == c;
                if (tripleQuoted) {
                    i += 2;
                }
            } else if (c == '(' || c == '[' || c == '{') {
                parens.append(c);
                depth++;
            } else if (c == ')' || c == ']' || c == '}') {
                if (depth == 0) {
                    if (c != '}') {
                        int[] at = advance(body, 0, i, line, col);
                        throw error(at[0], at[1], "f-string: unmatched '" + c + "'");
                    }
                    exprEnd = i;
                    break;
                }
                depth--;
                char opening = parens.charAt(depth);
                parens.setLength(depth);
                if ("([{".indexOf(opening) != ")]}".indexOf(c)) {
                    int[] at = advance(body, 0, i, line, col);
                    throw error(at[0], at[1], "f-string: closing parenthesis '" + c
                            + "' does not match opening parenthesis '" + opening + "'");
                }
            } else if (c == '#') {
                int[] at = advance(body, 0, i, line, col);
                throw error(at[0], at[1], "f-string expression part cannot include '#'");
            } else if (depth == 0 && (c == '!' || c == ':' || c == '=' || c == '<' || c == '>')) {
                // CPython's fstring_find_expr: != == <= >= are operators; a lone < or > too
                if (c != ':' && i + 1 < n && body.charAt(i + 1) == '=') {
                    i++;
                    continue;
                }
                if (c == '<' || c == '>') {
                    continue;
                }
                exprEnd = i;
                selfDoc = c == '=';
                break;
            }
        }
        if (exprEnd < 0) {
            int[] at = advance(body, 0, open, line, col);
            throw error(at[0], at[1], inQuote != 0 ? "f-string: unterminated string"
                    : depth > 0 ? "f-string: unmatched '" + parens.charAt(depth - 1) + "'" : "f-string: expecting '}'");
        }
        String exprText = body.substring(open + 1, exprEnd);
        if (exprText.chars().allMatch(ch -> ch == ' ' || ch == '\t' || ch == '\n' || ch == '\r' || ch == '\f')) {
            // the whitespace CPython's f-string scanner skips (its tokenizer has made \r \n already);
            // anything else goes to the tokenizer
            int[] at = advance(body, 0, exprEnd, line, col);
            char next = body.charAt(exprEnd);
            throw error(at[0], at[1], next == '!' || next == ':' || next == '='
                    ? "f-string: expression required before '" + next + "'" : "f-string: empty expression not allowed");
        }
        int[] exprPos = advance(body, 0, open + 1, line, col);
        Expr value = embedded(exprText, exprPos[0], exprPos[1]);
        i = exprEnd;
        int conversion = -1;
        if (selfDoc) {
            i++;
            while (i < n && Character.isWhitespace(body.charAt(i))) {
                i++;
            }
            addLiteral(body.substring(open + 1, i));
        }
        if (i < n && body.charAt(i) == '!') {
            if (i + 1 >= n) {
                int[] at = advance(body, 0, i, line, col);
                throw error(at[0], at[1], "f-string: expecting '}'");
            }
            char conv = body.charAt(i + 1);
            if (conv != 's' && conv != 'r' && conv != 'a') {
                int[] at = advance(body, 0, i, line, col);
                throw error(at[0], at[1], "f-string: invalid conversion character: expected 's', 'r', or 'a'");
            }
            conversion = conv;
            i += 2;
        }
        JoinedStr spec = null;
        if (i < n && body.charAt(i) == ':') {
            FStrings inner = new FStrings(parser, src);
            inner.tokenSpan = tokenSpan;
            int[] ts = tokenSpan;
            // CPython 3.11: the spec's parts up to its last field carry the whole concatenation's
            // position, its last constant and the spec itself the token's
            i = inner.fstring(body, i + 1, raw, line, col, l1, c1, l2, c2, nesting + 1);
            inner.flush(ts[0], ts[1], ts[2], ts[3]);
            spec = new JoinedStr(new ArrayList<>(inner.values)).at(ts[0], ts[1], ts[2], ts[3]);
        }
        if (i >= n || body.charAt(i) != '}') {
            int[] at = advance(body, 0, Math.min(i, n), line, col);
            throw error(at[0], at[1], "f-string: expecting '}'");
        }
        if (selfDoc && conversion == -1 && spec == null) {
            conversion = 'r';
        }
        flush(l1, c1, l2, c2);
        values.add(new FormattedValue(value, conversion, spec).at(l1, c1, l2, c2));
        return i + 1;
    }

    /** Parses an embedded expression and moves its positions to where it stands in the source. */
    private Expr embedded(String text, int line, int col) {
        Expr e;
        try {
            e = Parser.parseEmbedded(src, "(" + text + ")", line, col, src.filename);
        } catch (PythonSyntaxError err) {
            throw new PythonSyntaxError("SyntaxError", "f-string: " + err.msg.replace("f-string: ", ""),
                    src.filename, line, col + 1, src.lineText(line), line, col + 1);
        }
        shift(e, line, col - 1);
        return e;
    }

    /** Moves a sub-parse's positions (relative to "(" + text + ")") to the source. */
    private void shift(AstNode node, int line, int col) {
        if (node.hasAttributes() || node.lineno != 0) {
            node.col_offset = shiftCol(node.lineno, node.col_offset, line, col);
            node.end_col_offset = shiftCol(node.end_lineno, node.end_col_offset, line, col);
            node.lineno += line - 1;
            node.end_lineno += line - 1;
        }
        String[] fields = node.fieldNames();
        for (int i = 0; i < fields.length; i++) {
            Object v = node.field(i);
            if (v instanceof AstNode child) {
                shiftOnce(child, line, col);
            } else if (v instanceof List<?> list) {
                for (Object o : list) {
                    if (o instanceof AstNode child) {
                        shiftOnce(child, line, col);
                    }
                }
            }
        }
    }

    /** Nodes already shifted (made on the first replacement field: most literals have none). */
    private java.util.Set<AstNode> shifted;

    private void shiftOnce(AstNode child, int line, int col) {
        // Singletons (Load, Add, ...) are shared and carry no position.
        if (child.hasAttributes() || child.fieldNames().length > 0) {
            if (shifted == null) {
                shifted = java.util.Collections.newSetFromMap(new java.util.IdentityHashMap<>());
            }
            if (shifted.add(child)) {
                shift(child, line, col);
            }
        }
    }

    private int shiftCol(int relLine, int relCol, int line, int col) {
        if (relLine == 1) {
            return src.byteCol(line, col) + relCol;
        }
        return relCol;
    }
}
