package org.pyston.compiler.parser;

/** What the source is parsed as: {@code compile()}'s modes. */
public enum ParseMode {
    EXEC, EVAL, SINGLE, FUNC_TYPE
}
