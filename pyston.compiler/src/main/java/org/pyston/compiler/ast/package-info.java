/**
 * The Python AST, node for node CPython 3.11's {@code ast} module (generated classes) — the
 * parser's output and the code generator's input. Not exported: other bundles see code units.
 *
 * <p>Constant values ({@code Constant.value}) are neutral Java values: {@code Boolean},
 * {@code Long}, {@code java.math.BigInteger}, {@code Double}, {@link ComplexValue},
 * {@code String}, {@link CodePointsValue} (a str a Java string cannot hold), {@link BytesValue},
 * {@link ConstantSingleton}.
 */
package org.pyston.compiler.ast;
