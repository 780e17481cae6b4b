package org.pyston.compiler.parser;

import java.util.HashMap;
import java.util.Map;

/**
 * Python 3.11's keywords. The tokenizer gives a keyword token these very String objects (the
 * literals the parser compares with), and marks the hard ones, so the parser tests a token with
 * a field read instead of a set lookup.
 */
final class Keywords {
    private Keywords() {
    }

    /** Hard keywords: never a name. */
    private static final String[] HARD = {"False", "None", "True", "and", "as", "assert", "async", "await", "break",
        "class", "continue", "def", "del", "elif", "else", "except", "finally", "for", "from", "global", "if",
        "import", "in", "is", "lambda", "nonlocal", "not", "or", "pass", "raise", "return", "try", "while", "with",
        "yield"};

    /** Soft keywords and the other names the parser looks for: names all the same. */
    private static final String[] SOFT = {"match", "case", "_", "type", "print", "exec"};

    private static final Map<String, String> LITERALS = new HashMap<>();
    private static final Map<String, Boolean> IS_HARD = new HashMap<>();

    static {
        for (String k : HARD) {
            LITERALS.put(k, k);
            IS_HARD.put(k, Boolean.TRUE);
        }
        for (String k : SOFT) {
            LITERALS.put(k, k);
        }
    }

    /** The shared literal equal to {@code name}, or null when it is no keyword. */
    static String literal(String name) {
        return LITERALS.get(name);
    }

    static boolean isHard(String name) {
        return IS_HARD.containsKey(name);
    }
}
