package org.pyston.api.ic;

import java.lang.invoke.CallSite;
import java.lang.invoke.MethodHandle;
import org.osgi.annotation.versioning.ConsumerType;

/**
 * The inline-cache rewriter (bundle pyston.ic): turns one dynamic-operation site into a call site
 * whose target is a chain of slots (guards plus a specialised action) ending in the generic
 * operation. The runtime's linker calls it when compiled code first executes a site; without the
 * service, sites call the generic operation directly.
 *
 * <p>Contract for hot swap: when the service goes away, every call site it returned must call the
 * generic operation (at once, not at the next miss) and keep no reference to the service's
 * classes.
 */
@ConsumerType
public interface InlineCaches {
    /**
     * The call site for {@code site}; {@code generic} has the site's type and is the complete
     * operation (what a miss and a megamorphic site call).
     */
    CallSite link(SiteDescriptor site, MethodHandle generic);

    /** Counters over every site linked so far. */
    Statistics statistics();

    /**
     * What the caches did, for {@code -X stats} and {@code pyston:stats}: executions of a site
     * are hits (a slot admitted them), misses (the generic operation ran and the site learnt) or
     * megamorphic calls (the generic operation of a site past its slot budget).
     */
    record Statistics(long sites, long hits, long misses, long slots, long megamorphicSites,
            long invalidations, long megamorphicCalls) {
        /** Share of executions a cached slot answered; 1 when nothing ran. */
        public double hitRate() {
            long all = hits + misses + megamorphicCalls;
            return all == 0 ? 1.0 : (double) hits / all;
        }
    }
}
