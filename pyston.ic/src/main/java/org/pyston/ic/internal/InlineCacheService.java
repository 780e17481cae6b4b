package org.pyston.ic.internal;

import java.lang.invoke.CallSite;
import java.lang.invoke.MethodHandle;
import java.lang.invoke.SwitchPoint;
import java.lang.ref.WeakReference;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.LongAdder;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Deactivate;
import org.osgi.service.component.annotations.Modified;
import org.pyston.api.ic.InlineCaches;
import org.pyston.api.ic.SiteDescriptor;
import org.pyston.api.profile.SiteFeedback;

/**
 * The inline-cache rewriter service. Each site compiled code links becomes a {@link CacheSite},
 * kept beside the site's type feedback in the unit's profile so that every class a tier generates
 * for the unit shares it. Configuration PID {@code pyston.ic}: {@code slots} (the slot budget per
 * site, 4 by default).
 *
 * <p>Stopping the service invalidates {@link #alive}, which sends every site to its generic
 * operation at once, and then detaches every site (targets set to the generic operation, the
 * profile's reference dropped), so nothing keeps this bundle's classes loaded.
 */
@Component(service = InlineCaches.class, configurationPid = "pyston.ic")
public final class InlineCacheService implements InlineCaches {
    static final int DEFAULT_SLOTS = 4;

    private volatile SwitchPoint alive = new SwitchPoint();
    private volatile int slotBudget = DEFAULT_SLOTS;
    private final List<WeakReference<CacheSite>> sites = new ArrayList<>();
    final LongAdder invalidations = new LongAdder();
    final LongAdder megamorphicSites = new LongAdder();

    public InlineCacheService() {
    }

    @Activate
    @Modified
    void configure(Map<String, Object> properties) {
        Object s = properties.get("slots");
        slotBudget = s instanceof Number n ? n.intValue() : s instanceof String str ? Integer.parseInt(str.trim())
                : DEFAULT_SLOTS;
        if (alive.hasBeenInvalidated()) {
            alive = new SwitchPoint();
        }
    }

    @Deactivate
    void deactivate() {
        SwitchPoint.invalidateAll(new SwitchPoint[] {alive});
        List<CacheSite> live = new ArrayList<>();
        synchronized (sites) {
            for (WeakReference<CacheSite> r : sites) {
                CacheSite c = r.get();
                if (c != null) {
                    live.add(c);
                }
            }
            sites.clear();
        }
        for (CacheSite c : live) {
            c.detach();
        }
    }

    SwitchPoint alive() {
        return alive;
    }

    int slotBudget() {
        return slotBudget;
    }

    @Override
    public CallSite link(SiteDescriptor site, MethodHandle generic) {
        if (alive.hasBeenInvalidated()) {
            return new java.lang.invoke.ConstantCallSite(generic);
        }
        SiteFeedback feedback = site.profile() == null ? null : site.profile().site(site.site());
        if (feedback != null && feedback.cache instanceof CacheSite c && c.service == this && !c.detached
                && c.site.type().equals(site.type()) && c.site.operation().equals(site.operation())) {
            return c.callSite; // a class generated again for the same unit shares the site's cache
        }
        CacheSite c = new CacheSite(this, site, generic);
        if (feedback != null) {
            feedback.cache = c;
        }
        synchronized (sites) {
            sites.add(new WeakReference<>(c));
        }
        return c.callSite;
    }

    @Override
    public Statistics statistics() {
        long n = 0, hits = 0, misses = 0, slots = 0, megamorphicCalls = 0;
        synchronized (sites) {
            for (WeakReference<CacheSite> r : sites) {
                CacheSite c = r.get();
                if (c != null) {
                    n++;
                    hits += c.hits();
                    misses += c.misses;
                    slots += c.slots();
                    megamorphicCalls += c.megamorphicCalls;
                }
            }
        }
        return new Statistics(n, hits, misses, slots, megamorphicSites.sum(), invalidations.sum(), megamorphicCalls);
    }
}
