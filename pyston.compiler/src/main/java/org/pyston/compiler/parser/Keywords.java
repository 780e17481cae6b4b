package org.pyston.compiler.parser;

/**
 * Python 3.11's keywords. The tokenizer gives a keyword token these very String objects (the
 * literals the parser compares with), and marks the hard ones, so the parser tests a token with
 * a field read instead of a set lookup (its name table starts with them: see Tokenizer).
 */
final class Keywords {
    private Keywords() {
    }

    /** Hard keywords: never a name. */
    static final String[] HARD = {"False", "None", "True", "and", "as", "assert", "async", "await", "break",
        "class", "continue", "def", "del", "elif", "else", "except", "finally", "for", "from", "global", "if",
        "import", "in", "is", "lambda", "nonlocal", "not", "or", "pass", "raise", "return", "try", "while", "with",
        "yield"};

    /** Soft keywords and the other names the parser looks for: names all the same. */
    static final String[] SOFT = {"match", "case", "_", "type", "print", "exec"};
}
