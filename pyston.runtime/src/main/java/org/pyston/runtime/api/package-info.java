/**
 * Embedding Python: {@link org.pyston.runtime.api.PythonContext} runs programs the way the
 * {@code python3} command does, with a tier ladder and a compiler given by the host.
 */
@org.osgi.annotation.bundle.Export
@org.osgi.annotation.versioning.Version("1.0.0")
package org.pyston.runtime.api;
