/**
 * The code cache: {@link org.pyston.runtime.codecache.CodeSerializer} (our serialized form of
 * code units, also for {@code marshal} of code objects) and
 * {@link org.pyston.runtime.codecache.CodeCache} (one file per source file under
 * {@code sys.pycache_prefix}, keyed by the source's mtime and size, written atomically).
 * Not exported: the runtime uses it for imports.
 */
package org.pyston.runtime.codecache;
