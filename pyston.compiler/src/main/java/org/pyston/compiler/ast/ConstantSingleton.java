package org.pyston.compiler.ast;

/** The constants {@code None} and {@code ...} as {@code Constant.value}. */
public enum ConstantSingleton {
    NONE, ELLIPSIS
}
