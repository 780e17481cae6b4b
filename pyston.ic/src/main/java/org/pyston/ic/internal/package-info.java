/**
 * The inline-cache rewriter: {@link org.pyston.ic.internal.InlineCacheService} (the service),
 * {@link org.pyston.ic.internal.CacheSite} (one site: slot chain, misses, megamorphic state, how
 * invalidation works), {@link org.pyston.ic.internal.Slots} (what a traced execution becomes) and
 * {@link org.pyston.ic.internal.Actions} (the guards and specialised actions).
 */
package org.pyston.ic.internal;
