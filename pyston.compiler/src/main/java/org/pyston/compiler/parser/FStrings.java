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

    /** Position of the string token being read: CPython 3.11 gives format specs this span. */
    private int[] tokenSpan;

    /** Literal text waiting to become a Constant, and the values built so far. */
    private final StringBuilder pending = new StringBuilder();
    private boolean hasPending;
    private final List<Expr> values = new ArrayList<>();

    Expr concatenate(List<Token> parts, Token first, Token last) {
        int l1 = first.line, c1 = bcol(first.line, first.col), l2 = last.endLine, c2 = bcol(last.endLine, last.endCol);
        boolean anyBytes = false, anyStr = false, anyF = false;
        String kind = null;
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        for (int i = 0; i < parts.size(); i++) {
            Token t = parts.get(i);
            int q = 0;
            while (t.text.charAt(q) != '\'' && t.text.charAt(q) != '"') {
                q++;
            }
            String prefix = t.text.substring(0, q).toLowerCase();
            boolean triple = t.text.length() - q >= 6 && t.text.startsWith(t.text.substring(q, q + 1).repeat(3), q);
            int open = q + (triple ? 3 : 1);
            String body = t.text.substring(open, t.text.length() - (triple ? 3 : 1));
            boolean raw = prefix.indexOf('r') >= 0;
            if (i == 0 && prefix.indexOf('u') >= 0) {
                kind = "u";
            }
            try {
                if (prefix.indexOf('b') >= 0) {
                    anyBytes = true;
                    bytes.writeBytes(StringLiterals.decodeBytes(body, raw));
                } else {
                    anyStr = true;
                    if (prefix.indexOf('f') >= 0) {
                        anyF = true;
                        int[] bodyPos = positionAfter(t, open);
                        tokenSpan = new int[] {t.line, bcol(t.line, t.col), t.endLine, bcol(t.endLine, t.endCol)};
                        fstring(body, raw, bodyPos[0], bodyPos[1], l1, c1, l2, c2, 0);
                    } else {
                        addLiteral(StringLiterals.decodeStr(body, raw));
                    }
                }
            } catch (StringLiterals.BadEscape e) {
                throw parser.syntaxError(t, e.getMessage());
            }
            if (anyBytes && anyStr) {
                throw parser.syntaxError(first, "cannot mix bytes and nonbytes literals");
            }
        }
        if (anyBytes) {
            return new Constant(new BytesValue(bytes.toByteArray()), null).at(l1, c1, l2, c2);
        }
        if (!anyF) {
            return new Constant(pending.toString(), kind).at(l1, c1, l2, c2);
        }
        flush(l1, c1, l2, c2);
        return new JoinedStr(new ArrayList<>(values)).at(l1, c1, l2, c2);
    }

    private void addLiteral(String s) {
        pending.append(s);
        hasPending = true;
    }

    private void flush(int l1, int c1, int l2, int c2) {
        if (hasPending && pending.length() > 0) {
            values.add(new Constant(pending.toString(), null).at(l1, c1, l2, c2));
        }
        pending.setLength(0);
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
     * Parses f-string text {@code body} starting at (line, col) in the source; appends to
     * {@link #values}. Returns nothing; nested format specs use a fresh instance.
     */
    private void fstring(String body, boolean raw, int line, int col, int l1, int c1, int l2, int c2, int nesting) {
        int n = body.length();
        int i = 0;
        StringBuilder lit = new StringBuilder();
        int litStart = 0;
        while (i < n) {
            char c = body.charAt(i);
            if (c == '{') {
                if (i + 1 < n && body.charAt(i + 1) == '{') {
                    lit.append('{');
                    i += 2;
                    continue;
                }
                addLiteral(raw ? lit.toString() : StringLiterals.decodeStr(lit.toString(), false));
                lit.setLength(0);
                i = replacementField(body, i, raw, line, col, l1, c1, l2, c2, nesting);
                litStart = i;
            } else if (c == '}') {
                if (i + 1 < n && body.charAt(i + 1) == '}') {
                    lit.append('}');
                    i += 2;
                    continue;
                }
                int[] at = advance(body, 0, i, line, col);
                throw error(at[0], at[1], "f-string: single '}' is not allowed");
            } else if (c == '\\' && !raw && i + 1 < n) {
                // An escaped backslash, and \N{NAME}, whose braces are the escape's, not a field.
                char next = body.charAt(i + 1);
                int end = i + 2;
                if (next == 'N' && end < n && body.charAt(end) == '{') {
                    int close = body.indexOf('}', end);
                    end = close < 0 ? n : close + 1;
                } else if (next != '\\') {
                    end = i + 1;
                }
                lit.append(body, i, end);
                i = end;
            } else {
                lit.append(c);
                i++;
            }
        }
        addLiteral(raw ? lit.toString() : StringLiterals.decodeStr(lit.toString(), false));
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
        int exprEnd = -1;
        boolean selfDoc = false;
        boolean tripleQuote = false;
        for (; i < n; i++) {
            char c = body.charAt(i);
            if (inQuote != 0) {
                if (c == inQuote && !tripleQuote) {
                    inQuote = 0;
                } else if (c == inQuote && body.startsWith(triple(c), i)) {
                    inQuote = 0;
                    i += 2;
                }
                continue;
            }
            if (c == '\\') {
                int[] at = advance(body, 0, i, line, col);
                throw error(at[0], at[1], "f-string expression part cannot include a backslash");
            }
            if (c == '\'' || c == '"') {
                inQuote = c;
                tripleQuote = body.startsWith(triple(c), i);
                if (tripleQuote) {
                    i += 2;
                }
            } else if (c == '(' || c == '[' || c == '{') {
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
            } else if (c == '#') {
                int[] at = advance(body, 0, i, line, col);
                throw error(at[0], at[1], "f-string expression part cannot include '#'");
            } else if (depth == 0 && c == '!' && i + 1 < n && body.charAt(i + 1) != '=') {
                exprEnd = i;
                break;
            } else if (depth == 0 && c == ':') {
                exprEnd = i;
                break;
            } else if (depth == 0 && c == '=' && i + 1 < n && body.charAt(i + 1) != '='
                    && "=!<>".indexOf(body.charAt(i - 1)) < 0) {
                exprEnd = i;
                selfDoc = true;
                break;
            } else if (depth == 0 && c == '=' && i + 1 < n && body.charAt(i + 1) == '=') {
                i++;
            }
        }
        if (exprEnd < 0) {
            int[] at = advance(body, 0, open, line, col);
            throw error(at[0], at[1], inQuote != 0 ? "f-string: unterminated string" : "f-string: expecting '}'");
        }
        String exprText = body.substring(open + 1, exprEnd);
        if (exprText.isBlank()) {
            int[] at = advance(body, 0, exprEnd, line, col);
            throw error(at[0], at[1], "f-string: empty expression not allowed");
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
            int specStart = i + 1;
            int k = specStart;
            while (k < n && body.charAt(k) != '}') {
                k = body.charAt(k) == '{' ? fieldEnd(body, k) : k + 1;
            }
            FStrings inner = new FStrings(parser, src);
            inner.tokenSpan = tokenSpan;
            int[] specPos = advance(body, 0, specStart, line, col);
            int[] ts = tokenSpan;
            inner.fstringSpec(body.substring(specStart, k), raw, specPos[0], specPos[1], ts[0], ts[1], ts[2], ts[3],
                    nesting + 1);
            inner.flush(ts[0], ts[1], ts[2], ts[3]);
            spec = new JoinedStr(new ArrayList<>(inner.values)).at(ts[0], ts[1], ts[2], ts[3]);
            i = k;
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

    /**
     * The index after the '}' closing the replacement field (nested in a format spec) that opens
     * at {@code open}, or the end of {@code body}: brackets nest, quoted strings (triple-quoted
     * ones too) are skipped. Errors inside are reported when the nested field is parsed.
     */
    private static int fieldEnd(String body, int open) {
        int n = body.length();
        int depth = 0;
        for (int i = open + 1; i < n; i++) {
            char c = body.charAt(i);
            if (c == '\'' || c == '"') {
                String quote = body.startsWith(triple(c), i) ? triple(c) : String.valueOf(c);
                int close = body.indexOf(quote, i + quote.length());
                if (close < 0) {
                    return n;
                }
                i = close + quote.length() - 1;
            } else if (c == '(' || c == '[' || c == '{') {
                depth++;
            } else if (c == ')' || c == ']' || c == '}') {
                if (depth == 0) {
                    return i + 1;
                }
                depth--;
            }
        }
        return n;
    }

    private void fstringSpec(String body, boolean raw, int line, int col, int l1, int c1, int l2, int c2,
            int nesting) {
        fstring(body, raw, line, col, l1, c1, l2, c2, nesting);
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

    private final java.util.Set<AstNode> shifted = java.util.Collections.newSetFromMap(new java.util.IdentityHashMap<>());

    private void shiftOnce(AstNode child, int line, int col) {
        // Singletons (Load, Add, ...) are shared and carry no position.
        if (child.hasAttributes() || child.fieldNames().length > 0) {
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
