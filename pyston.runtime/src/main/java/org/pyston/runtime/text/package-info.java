/**
 * Python's text forms of values that need no object model: {@code repr} of floats (shortest
 * round-trip digits), strings and bytes; the code point view of a {@code str} held in a Java
 * String ({@link org.pyston.runtime.text.CodePoints}) and Python's character classes and case
 * mappings ({@link org.pyston.runtime.text.Unicode}). Used by the runtime, the compiler, the AST
 * dump and the tiers.
 */
@org.osgi.annotation.bundle.Export
@org.osgi.annotation.versioning.Version("1.1.0")
package org.pyston.runtime.text;
