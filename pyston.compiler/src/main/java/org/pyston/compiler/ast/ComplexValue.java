package org.pyston.compiler.ast;

/** An imaginary literal's value as {@code Constant.value} (the real part is always 0 in source). */
public record ComplexValue(double real, double imag) {
}
