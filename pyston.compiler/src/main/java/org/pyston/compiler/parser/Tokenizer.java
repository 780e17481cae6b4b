package org.pyston.compiler.parser;

import java.util.Arrays;

/**
 * Python 3.11's tokenizer: physical lines into logical lines, INDENT/DEDENT from an indentation
 * stack (tabs to multiples of 8, with CPython's consistency check against tab size 1 for
 * TabError), implicit joining inside brackets, backslash continuation, numbers, strings with every
 * prefix (contents are decoded later by {@link StringLiterals}; an f-string is one token as in
 * 3.11), operators by longest match. Hand-written over the character array: no regular
 * expressions on the hot path.
 *
 * <p>Errors are CPython's: unterminated strings, unmatched or mismatched brackets, brackets never
 * closed, inconsistent dedents, invalid characters.
 */
final class Tokenizer {
    private final Source source;
    private final String s;
    /** The text's characters: indexing an array is cheaper than String.charAt on the hot paths. */
    private final char[] buf;
    private final int n;
    private int pos;
    private int line = 1;
    private int lineStart;
    /** The tokens so far: {@code tokens[0, count)}. */
    private Token[] tokens;
    private int count;
    /**
     * One String per distinct identifier of the file (open addressing, looked up by the source
     * characters so a repeated name allocates nothing): the names of every code unit made from it
     * share them (less memory held by code, one cached hash per name in later lookups). Keywords
     * are the parser's own literals, so the parser can compare them by identity.
     */
    private String[] names = TEMPLATE_NAMES.clone();
    /** Per slot of {@link #names}: a hard keyword. */
    private boolean[] hardKeywords = TEMPLATE_HARD.clone();
    private int nameCount = TEMPLATE_COUNT;

    /** The name table every file starts with: the keywords (see {@link Keywords}). */
    private static final String[] TEMPLATE_NAMES = new String[512];
    private static final boolean[] TEMPLATE_HARD = new boolean[512];
    private static final int TEMPLATE_COUNT = Keywords.HARD.length + Keywords.SOFT.length;

    static {
        for (String k : Keywords.HARD) {
            TEMPLATE_HARD[templateSlot(k)] = true;
        }
        for (String k : Keywords.SOFT) {
            templateSlot(k);
        }
    }

    private static int templateSlot(String k) {
        int i = mix(k.hashCode()) & (TEMPLATE_NAMES.length - 1);
        while (TEMPLATE_NAMES[i] != null) {
            i = (i + 1) & (TEMPLATE_NAMES.length - 1);
        }
        TEMPLATE_NAMES[i] = k;
        return i;
    }
    /** Set by {@link #intern}: whether the name it returned is a hard keyword. */
    private boolean internedKeyword;
    private final int[] indents = new int[200];
    private final int[] altIndents = new int[200];
    private int indentDepth;
    private final char[] parenStack = new char[200];
    private final int[] parenLines = new int[200];
    private final int[] parenCols = new int[200];
    private int parenDepth;

    private Tokenizer(Source source) {
        this.source = source;
        this.s = source.text;
        this.buf = source.chars;
        this.n = buf.length;
        // About one token per five characters in typical code: no regrowth of a large list.
        this.tokens = new Token[n / 5 + 16];
    }

    /** The tokens of the source, ending with ENDMARKER. */
    static Token[] tokenize(Source source) {
        Tokenizer t = new Tokenizer(source);
        t.run();
        return Arrays.copyOf(t.tokens, t.count);
    }

    private PythonSyntaxError error(String msg, int errLine, int col) {
        return error("SyntaxError", msg, errLine, col);
    }

    private PythonSyntaxError error(String type, String msg, int errLine, int col) {
        String text = source.lineText(errLine);
        return new PythonSyntaxError(type, msg, source.filename, errLine, col + 1, text == null ? null : text + "\n",
                errLine, col + 1);
    }

    private void add(Token.Kind kind, String text, int l, int c, int el, int ec) {
        add(new Token(kind, text, l, c, el, ec));
    }

    private void add(Token t) {
        if (count == tokens.length) {
            tokens = Arrays.copyOf(tokens, count * 2);
        }
        tokens[count++] = t;
    }

    private int col() {
        return pos - lineStart;
    }

    private void newLine() {
        line++;
        lineStart = pos;
    }

    private void run() {
        boolean atLineStart = true;
        while (true) {
            if (atLineStart) {
                atLineStart = false;
                if (!indentation()) {
                    // blank or comment-only line: skip to its end
                    skipToEndOfLine();
                    if (pos >= n) {
                        break;
                    }
                    consumeNewline();
                    atLineStart = true;
                    continue;
                }
            }
            if (pos >= n) {
                break;
            }
            char c = buf[pos];
            if (c == ' ' || c == '\t' || c == '\f') {
                pos++;
            } else if (c == '#') {
                skipComment();
            } else if (c == '\n' || c == '\r') {
                if (parenDepth > 0) {
                    consumeNewline();
                } else {
                    int l = line, cc = col();
                    consumeNewline();
                    add(Token.Kind.NEWLINE, "", l, cc, l, cc + 1);
                    atLineStart = true;
                }
            } else if (c == '\\') {
                int l = line, cc = col();
                pos++;
                if (pos < n && (buf[pos] == '\n' || buf[pos] == '\r')) {
                    consumeNewline();
                    if (pos >= n) {
                        throw error("unexpected EOF while parsing", l, cc);
                    }
                } else {
                    throw error("unexpected character after line continuation character", l, cc + 1);
                }
            } else if (isIdentifierStart(c) || Character.isSurrogate(c)) {
                nameOrString();
            } else if (c >= '0' && c <= '9' || c == '.' && pos + 1 < n && isDigit(buf[pos + 1])) {
                number();
            } else if (c == '"' || c == '\'') {
                string(pos);
            } else {
                operator();
            }
        }
        int l = line, c = col();
        if (parenDepth > 0) {
            int i = parenDepth - 1;
            throw error("'" + parenStack[i] + "' was never closed", parenLines[i], parenCols[i]);
        }
        if (count > 0 && tokens[count - 1].kind != Token.Kind.NEWLINE) {
            add(Token.Kind.NEWLINE, "", l, c, l, c + 1);
        }
        while (indentDepth > 0) {
            indentDepth--;
            add(Token.Kind.DEDENT, "", l, c, l, c);
        }
        add(Token.Kind.ENDMARKER, "", l, c, l, c);
    }

    private void skipComment() {
        while (pos < n && buf[pos] != '\n' && buf[pos] != '\r') {
            pos++;
        }
    }

    private void skipToEndOfLine() {
        skipComment();
    }

    private void consumeNewline() {
        if (buf[pos] == '\r' && pos + 1 < n && buf[pos + 1] == '\n') {
            pos += 2;
        } else {
            pos++;
        }
        newLine();
    }

    /**
     * Measures the indentation of a new logical line and emits INDENT/DEDENT. Returns false for a
     * blank or comment-only line (no tokens), or at the end of input.
     */
    private boolean indentation() {
        int column = 0, alt = 0;
        // Indentation cannot be split over physical lines with backslashes: the first backslash
        // decides the level; whitespace-only lines joined so are blank lines (CPython's cont_line_col)
        int contColumn = -1, contAlt = -1;
        while (pos < n) {
            char c = buf[pos];
            if (c == ' ') {
                column++;
                alt++;
            } else if (c == '\t') {
                column = (column / 8 + 1) * 8;
                alt++;
            } else if (c == '\f') {
                column = alt = 0;
            } else if (c == '\\' && pos + 1 < n && (buf[pos + 1] == '\n' || buf[pos + 1] == '\r')) {
                if (contColumn < 0) {
                    contColumn = column;
                    contAlt = alt;
                }
                int l = line, cc = col();
                pos++;
                consumeNewline();
                if (pos >= n) {
                    throw error("unexpected EOF while parsing", l, cc);
                }
                continue;
            } else {
                break;
            }
            pos++;
        }
        if (pos >= n) {
            return false;
        }
        char c = buf[pos];
        if (c == '#' || c == '\n' || c == '\r') {
            return false;
        }
        if (contColumn >= 0) {
            column = contColumn;
            alt = contAlt;
        }
        if (parenDepth > 0) {
            return true;
        }
        int current = indentDepth == 0 ? 0 : indents[indentDepth - 1];
        int currentAlt = indentDepth == 0 ? 0 : altIndents[indentDepth - 1];
        if (column == current) {
            if (alt != currentAlt) {
                throw error("TabError", "inconsistent use of tabs and spaces in indentation", line, col());
            }
        } else if (column > current) {
            if (alt <= currentAlt) {
                throw error("TabError", "inconsistent use of tabs and spaces in indentation", line, col());
            }
            if (indentDepth == indents.length) {
                throw error("IndentationError", "too many levels of indentation", line, col());
            }
            indents[indentDepth] = column;
            altIndents[indentDepth] = alt;
            indentDepth++;
            add(Token.Kind.INDENT, s.substring(lineStart, pos), line, 0, line, col());
        } else {
            while (indentDepth > 0 && indents[indentDepth - 1] > column) {
                indentDepth--;
                add(Token.Kind.DEDENT, "", line, col(), line, col());
            }
            int now = indentDepth == 0 ? 0 : indents[indentDepth - 1];
            if (now != column) {
                throw error("IndentationError", "unindent does not match any outer indentation level", line, col());
            }
            if (alt != (indentDepth == 0 ? 0 : altIndents[indentDepth - 1])) {
                throw error("TabError", "inconsistent use of tabs and spaces in indentation", line, col());
            }
        }
        return true;
    }

    private static boolean isIdentifierStart(char c) {
        return c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z' || c == '_' || c >= 0x80 && Character.isUnicodeIdentifierStart(c);
    }

    private static boolean isIdentifierPart(int cp) {
        return cp >= 'a' && cp <= 'z' || cp >= 'A' && cp <= 'Z' || cp == '_' || cp >= '0' && cp <= '9'
                || cp >= 0x80 && (Character.isUnicodeIdentifierPart(cp) && !Character.isIdentifierIgnorable(cp));
    }

    private void nameOrString() {
        int start = pos;
        int startCol = col();
        if (source.undecodable) {
            checkUtf8Name();
        }
        // ASCII names (nearly all) are scanned and hashed in one pass; anything else goes the
        // general way (code points, NFKC).
        int hash = 0;
        boolean ascii = true;
        while (pos < n) {
            char c = buf[pos];
            if (c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z' || c == '_' || c >= '0' && c <= '9') {
                hash = 31 * hash + c;
                pos++;
            } else {
                ascii = c < 0x80;
                break;
            }
        }
        if (!ascii) {
            pos = start;
            while (pos < n) {
                int cp = s.codePointAt(pos);
                if (pos == start ? !(cp == '_' || Character.isUnicodeIdentifierStart(cp)) : !isIdentifierPart(cp)) {
                    break;
                }
                pos += Character.charCount(cp);
            }
        }
        if (pos == start) {
            throw invalidCharacter(s.codePointAt(pos), startCol);
        }
        if (pos < n && (buf[pos] == '"' || buf[pos] == '\'') && pos - start <= 2 && isStringPrefix(start, pos)) {
            string(start);
            return;
        }
        String name;
        if (ascii) {
            name = intern(start, pos, hash);
        } else {
            name = s.substring(start, pos);
            if (!isAscii(name)) {
                name = java.text.Normalizer.normalize(name, java.text.Normalizer.Form.NFKC);
            }
            name = intern(name);
        }
        add(new Token(Token.Kind.NAME, name, line, startCol, line, col(), internedKeyword));
    }

    /** Whether {@code buf[start, end)} (one or two characters) is a string prefix: r u b f br rb fr rf, any case. */
    private boolean isStringPrefix(int start, int end) {
        char a = Character.toLowerCase(buf[start]);
        if (end - start == 1) {
            return a == 'r' || a == 'u' || a == 'b' || a == 'f';
        }
        char b = Character.toLowerCase(buf[start + 1]);
        return a == 'b' && b == 'r' || a == 'r' && b == 'b' || a == 'f' && b == 'r' || a == 'r' && b == 'f';
    }

    /** The file's one String for the name {@code buf[start, end)}, whose String hash is {@code hash}. */
    private String intern(int start, int end, int hash) {
        int mask = names.length - 1;
        int len = end - start;
        for (int i = mix(hash) & mask; ; i = (i + 1) & mask) {
            String e = names[i];
            if (e == null) {
                return insert(i, new String(buf, start, len));
            }
            if (e.length() == len && e.hashCode() == hash && sameChars(e, start)) {
                internedKeyword = hardKeywords[i];
                return e;
            }
        }
    }

    private String intern(String name) {
        int mask = names.length - 1;
        for (int i = mix(name.hashCode()) & mask; ; i = (i + 1) & mask) {
            String e = names[i];
            if (e == null) {
                return insert(i, name);
            }
            if (e.equals(name)) {
                internedKeyword = hardKeywords[i];
                return e;
            }
        }
    }

    private static int mix(int h) {
        return h ^ (h >>> 16);
    }

    private boolean sameChars(String e, int start) {
        for (int k = 0; k < e.length(); k++) {
            if (e.charAt(k) != buf[start + k]) {
                return false;
            }
        }
        return true;
    }

    private String insert(int slot, String name) {
        names[slot] = name;
        internedKeyword = hardKeywords[slot] = false; // keywords are there from the start
        if (++nameCount * 2 > names.length) {
            String[] old = names;
            boolean[] oldHard = hardKeywords;
            names = new String[old.length * 2];
            hardKeywords = new boolean[old.length * 2];
            int mask = names.length - 1;
            for (int k = 0; k < old.length; k++) {
                String e = old[k];
                if (e != null) {
                    int i = mix(e.hashCode()) & mask;
                    while (names[i] != null) {
                        i = (i + 1) & mask;
                    }
                    names[i] = e;
                    hardKeywords[i] = oldHard[k];
                }
            }
        }
        return name;
    }

    /**
     * CPython takes every non-ASCII byte as part of a name and decodes the name's bytes before it
     * checks the characters: a name holding bytes that are not UTF-8 fails with the decoder's
     * message, the position counted in bytes from the name's start.
     */
    private void checkUtf8Name() {
        int end = pos;
        boolean undecodable = false;
        while (end < n) {
            char c = buf[end];
            if (c < 0x80 && !(c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z' || c >= '0' && c <= '9' || c == '_')) {
                break;
            }
            undecodable |= Source.isUndecodable(c);
            end++;
        }
        if (undecodable) {
            byte[] b = Source.sourceBytes(s.subSequence(pos, end));
            throw error("(unicode error) " + Source.utf8Error(b, 0, b.length), line, end - lineStart);
        }
    }

    private static boolean isAscii(String t) {
        for (int i = 0; i < t.length(); i++) {
            if (t.charAt(i) >= 0x80) {
                return false;
            }
        }
        return true;
    }

    /** A string literal starting at {@code start} (its prefix), quote at {@code pos}. */
    private void string(int start) {
        int startLine = line, startCol = start - lineStart;
        char quote = buf[pos];
        boolean triple = pos + 2 < n && buf[pos + 1] == quote && buf[pos + 2] == quote;
        pos += triple ? 3 : 1;
        while (true) {
            if (pos >= n) {
                if (triple) {
                    throw error("unterminated triple-quoted string literal (detected at line " + line + ")",
                            startLine, startCol);
                }
                throw error("unterminated string literal (detected at line " + startLine + ")", startLine, startCol);
            }
            char c = buf[pos];
            if (c == '\\') {
                pos++;
                if (pos < n) {
                    char d = buf[pos];
                    if (d == '\n' || d == '\r') {
                        consumeNewline();
                        continue;
                    }
                    pos++;
                }
            } else if (c == quote) {
                if (!triple) {
                    pos++;
                    break;
                }
                if (pos + 2 < n && buf[pos + 1] == quote && buf[pos + 2] == quote) {
                    pos += 3;
                    break;
                }
                pos++;
            } else if (c == '\n' || c == '\r') {
                if (!triple) {
                    throw error("unterminated string literal (detected at line " + startLine + ")", startLine,
                            startCol);
                }
                consumeNewline();
            } else {
                pos++;
            }
        }
        add(Token.Kind.STRING, s.substring(start, pos), startLine, startCol, line, col());
    }

    /** The character at {@code i}, or -1 at the end of the text. */
    private int charAt(int i) {
        return i < n ? buf[i] : -1;
    }

    private static boolean isDigit(int c) {
        return c >= '0' && c <= '9';
    }

    private static boolean isHexDigit(int c) {
        return c >= '0' && c <= '9' || c >= 'a' && c <= 'f' || c >= 'A' && c <= 'F';
    }

    /**
     * A SyntaxError located as CPython's tokenizer locates one: at the number of characters
     * between the line's start and {@code cur} (the tokenizer's read position after backing up).
     */
    private PythonSyntaxError errorAt(String msg, int cur) {
        return error(msg, line, cur - lineStart - 1);
    }

    /** CPython's tok_decimal_tail: digits with single underscores between them. */
    private void decimalTail() {
        while (true) {
            while (isDigit(charAt(pos))) {
                pos++;
            }
            if (charAt(pos) != '_') {
                return;
            }
            pos++;
            if (!isDigit(charAt(pos))) {
                throw errorAt("invalid decimal literal", pos);
            }
        }
    }

    /**
     * A number, as CPython 3.11's tokenizer reads one (its error messages and locations); what
     * follows it is checked by {@link #verifyEndOfNumber}.
     */
    private void number() {
        int start = pos, startCol = col();
        if (buf[pos] == '.') {
            floatTail();
        } else if (buf[pos] == '0') {
            pos++;
            int c = charAt(pos);
            if (c == 'x' || c == 'X') {
                pos++;
                do {
                    if (charAt(pos) == '_') {
                        pos++;
                    }
                    if (!isHexDigit(charAt(pos))) {
                        throw errorAt("invalid hexadecimal literal", pos);
                    }
                    while (isHexDigit(charAt(pos))) {
                        pos++;
                    }
                } while (charAt(pos) == '_');
                verifyEndOfNumber("hexadecimal");
            } else if (c == 'o' || c == 'O' || c == 'b' || c == 'B') {
                String what = c == 'o' || c == 'O' ? "octal" : "binary";
                char limit = c == 'o' || c == 'O' ? '8' : '2';
                pos++;
                do {
                    if (charAt(pos) == '_') {
                        pos++;
                    }
                    int d = charAt(pos);
                    if (d < '0' || d >= limit) {
                        if (isDigit(d)) {
                            throw errorAt("invalid digit '" + (char) d + "' in " + what + " literal", pos + 1);
                        }
                        throw errorAt("invalid " + what + " literal", pos);
                    }
                    while (charAt(pos) >= '0' && charAt(pos) < limit) {
                        pos++;
                    }
                } while (charAt(pos) == '_');
                if (isDigit(charAt(pos))) {
                    throw errorAt("invalid digit '" + buf[pos] + "' in " + what + " literal", pos + 1);
                }
                verifyEndOfNumber(what);
            } else {
                // zeros (an old-style octal literal is an error; "0" and "00" are fine)
                while (true) {
                    if (charAt(pos) == '_') {
                        pos++;
                        if (!isDigit(charAt(pos))) {
                            throw errorAt("invalid decimal literal", pos);
                        }
                    }
                    if (charAt(pos) != '0') {
                        break;
                    }
                    pos++;
                }
                int zerosEnd = pos + 1;
                boolean nonzero = false;
                if (isDigit(charAt(pos))) {
                    nonzero = true;
                    decimalTail();
                }
                c = charAt(pos);
                if (c == '.' || c == 'e' || c == 'E' || c == 'j' || c == 'J') {
                    floatTail();
                } else if (nonzero) {
                    String text = source.lineText(line);
                    throw new PythonSyntaxError("SyntaxError", "leading zeros in decimal integer literals are not "
                            + "permitted; use an 0o prefix for octal integers", source.filename, line, startCol + 1,
                            text == null ? null : text + "\n", line, zerosEnd - lineStart);
                } else {
                    verifyEndOfNumber("decimal");
                }
            }
        } else {
            decimalTail();
            floatTail();
        }
        add(Token.Kind.NUMBER, s.substring(start, pos), line, startCol, line, col());
    }

    /** What may follow a number's integer part: a fraction, an exponent, an imaginary suffix. */
    private void floatTail() {
        if (charAt(pos) == '.') {
            pos++;
            if (isDigit(charAt(pos))) {
                decimalTail();
            }
        }
        if (charAt(pos) == 'e' || charAt(pos) == 'E') {
            int e = pos;
            pos++;
            if (charAt(pos) == '+' || charAt(pos) == '-') {
                pos++;
                if (!isDigit(charAt(pos))) {
                    throw errorAt("invalid decimal literal", pos);
                }
            } else if (!isDigit(charAt(pos))) {
                pos = e; // the number ends before the 'e' (as in "1else")
                verifyEndOfNumber("decimal");
                return;
            }
            decimalTail();
        }
        if (charAt(pos) == 'j' || charAt(pos) == 'J') {
            pos++;
            verifyEndOfNumber("imaginary");
        } else {
            verifyEndOfNumber("decimal");
        }
    }

    /**
     * CPython's verify_end_of_number: a number directly followed by one of the keywords that can
     * follow one in valid code ({@code and else for if in is or not}) is read as the number and
     * the keyword, with a SyntaxWarning ("invalid hexadecimal literal"); followed by any other
     * ASCII letter, digit or underscore it is a SyntaxError.
     */
    private void verifyEndOfNumber(String kind) {
        int c = charAt(pos);
        boolean keyword = switch (c) {
            case 'a' -> lookahead("nd");
            case 'e' -> lookahead("lse");
            case 'f' -> lookahead("or");
            case 'i' -> charAt(pos + 1) == 'f' || charAt(pos + 1) == 'n' || charAt(pos + 1) == 's';
            case 'o' -> lookahead("r");
            case 'n' -> lookahead("ot");
            default -> false;
        };
        if (keyword) {
            if (!source.warnings.warn("SyntaxWarning", "invalid " + kind + " literal", source.filename, line)) {
                throw errorAt("invalid " + kind + " literal", pos);
            }
        } else if (c >= 0 && c < 0x80 && isIdentifierPart(c)) {
            throw errorAt("invalid " + kind + " literal", pos);
        }
    }

    /** Whether {@code rest} follows the character at {@link #pos}, and then no identifier character. */
    private boolean lookahead(String rest) {
        int after = charAt(pos + 1 + rest.length());
        return s.startsWith(rest, pos + 1) && !(after >= 0x80 || after >= 0 && isIdentifierPart(after));
    }

    /**
     * The operator at {@code i} by longest match, as one of the literal strings the parser
     * compares with (so identity holds), or null.
     */
    private String operatorAt(int i) {
        char c = buf[i];
        char d = i + 1 < n ? buf[i + 1] : 0;
        switch (c) {
            case '(': return "(";
            case ')': return ")";
            case '[': return "[";
            case ']': return "]";
            case '{': return "{";
            case '}': return "}";
            case ',': return ",";
            case ';': return ";";
            case '~': return "~";
            case ':': return d == '=' ? ":=" : ":";
            case '=': return d == '=' ? "==" : "=";
            case '.': return d == '.' && i + 2 < n && buf[i + 2] == '.' ? "..." : ".";
            case '-': return d == '>' ? "->" : d == '=' ? "-=" : "-";
            case '!': return d == '=' ? "!=" : "!";
            case '+': return d == '=' ? "+=" : "+";
            case '%': return d == '=' ? "%=" : "%";
            case '&': return d == '=' ? "&=" : "&";
            case '@': return d == '=' ? "@=" : "@";
            case '^': return d == '=' ? "^=" : "^";
            case '|': return d == '=' ? "|=" : "|";
            case '*': return d == '*' ? (thirdIsEquals(i) ? "**=" : "**") : d == '=' ? "*=" : "*";
            case '/': return d == '/' ? (thirdIsEquals(i) ? "//=" : "//") : d == '=' ? "/=" : "/";
            case '<': return d == '<' ? (thirdIsEquals(i) ? "<<=" : "<<") : d == '=' ? "<=" : "<";
            case '>': return d == '>' ? (thirdIsEquals(i) ? ">>=" : ">>") : d == '=' ? ">=" : ">";
            default: return null;
        }
    }

    private boolean thirdIsEquals(int i) {
        return i + 2 < n && buf[i + 2] == '=';
    }

    private void operator() {
        int startCol = col();
        String op = operatorAt(pos);
        if (op != null) {
            pos += op.length();
            char c = op.charAt(0);
            if (op.length() == 1 && (c == '(' || c == '[' || c == '{')) {
                if (parenDepth == parenStack.length) {
                    throw error("too many nested parentheses", line, startCol);
                }
                parenStack[parenDepth] = c;
                parenLines[parenDepth] = line;
                parenCols[parenDepth] = startCol;
                parenDepth++;
            } else if (op.length() == 1 && (c == ')' || c == ']' || c == '}')) {
                if (parenDepth == 0) {
                    throw error("unmatched '" + c + "'", line, startCol);
                }
                char open = parenStack[parenDepth - 1];
                char expected = open == '(' ? ')' : open == '[' ? ']' : '}';
                if (c != expected) {
                    if (parenLines[parenDepth - 1] != line) {
                        throw error("closing parenthesis '" + c + "' does not match opening parenthesis '"
                                + open + "' on line " + parenLines[parenDepth - 1], line, startCol);
                    }
                    throw error("closing parenthesis '" + c + "' does not match opening parenthesis '" + open
                            + "'", line, startCol);
                }
                parenDepth--;
            }
            add(Token.Kind.OP, op, line, startCol, line, col());
            return;
        }
        int cp = s.codePointAt(pos);
        if (cp == '$' || cp == '?' || cp == '`') {
            throw error("invalid syntax", line, startCol);
        }
        throw invalidCharacter(cp, startCol);
    }

    /** CPython's tokenizer names a printable character, and only the code of one that is not. */
    private PythonSyntaxError invalidCharacter(int cp, int startCol) {
        if (!org.pyston.runtime.text.Unicode.isPrintable(cp)) {
            return error("invalid non-printable character U+" + String.format("%04X", cp), line, startCol);
        }
        return error("invalid character '" + new String(Character.toChars(cp)) + "' (U+"
                + String.format("%04X", cp) + ")", line, startCol);
    }
}
