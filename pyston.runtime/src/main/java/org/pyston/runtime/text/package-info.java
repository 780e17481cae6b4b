/**
 * Python's text forms of values that need no object model: {@code repr} of floats (shortest
 * round-trip digits), strings and bytes. Used by the runtime, the AST dump and the tiers.
 */
@org.osgi.annotation.bundle.Export
@org.osgi.annotation.versioning.Version("1.0.0")
package org.pyston.runtime.text;
