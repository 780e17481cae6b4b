package org.pyston.ic.internal;

import java.lang.invoke.MethodHandle;
import java.lang.invoke.MethodHandles;
import java.lang.invoke.MethodType;
import java.lang.invoke.MutableCallSite;
import java.util.ArrayList;
import java.util.List;
import org.pyston.api.ic.SiteDescriptor;
import org.pyston.api.profile.SiteFeedback;
import org.pyston.runtime.objects.PyFrame;
import org.pyston.runtime.objects.PyType;

/**
 * One dynamic-operation site's inline cache.
 *
 * <p>How it works. The call site the compiled code invokes is a JDK {@link MutableCallSite}
 * whose target is {@code alive.guardWithTest(chain, generic)}: while the service runs, the chain
 * of slots — {@code guardWithTest(guard_1, action_1, guardWithTest(guard_2, action_2, ... miss))}
 * — ending in this site's {@link #miss}; once the service stops, the generic operation. A miss
 * counts, records the operand's type as feedback, traces a new slot ({@link Slots}) and relinks,
 * then runs the generic operation. A slot that stopped admitting (its type changed version, a
 * namespace gained a key) is replaced by the new trace of the same kind and type: an
 * invalidation. After {@link InlineCacheService#slotBudget()} slots, or as many misses that no
 * slot can describe, the site goes megamorphic: its target becomes the generic operation itself,
 * so a megamorphic site costs what no cache costs.
 *
 * <p>Why guards on type versions rather than a {@code SwitchPoint} per type: invalidating a switch
 * point deoptimizes every compiled method that inlined it, which a class attribute used as a
 * counter would do on every increment; a version check is two loads and a compare in the slot
 * itself, and is exactly as precise. Switch points are used where a change is rare and global:
 * the service going away ({@code alive}) and the baseline JIT's code being invalidated.
 */
final class CacheSite {
    /** A slot in use and how often it hit. */
    static final class Entry {
        final Slots.Slot slot;
        long hits;

        Entry(Slots.Slot slot) {
            this.slot = slot;
        }

        void hit() {
            hits++;
        }
    }

    private static final MethodHandle HIT;
    private static final MethodHandle MEGAMORPHIC_CALL;

    static {
        try {
            HIT = MethodHandles.lookup().findVirtual(Entry.class, "hit", MethodType.methodType(void.class));
            MEGAMORPHIC_CALL = MethodHandles.lookup().findVirtual(CacheSite.class, "megamorphicCall",
                    MethodType.methodType(void.class));
        } catch (ReflectiveOperationException e) {
            throw new ExceptionInInitializerError(e);
        }
    }

    /**
     * The end of the slot chain: a plain virtual method of this site for each site shape, bound
     * to the site. It is one call that HotSpot's compilers do not inline (too large); a generic
     * collector ({@code asCollector}) here would be inlined into every site of the compiled code,
     * which makes a block method too big for C1.
     */
    private MethodHandle missHandle(MethodType type) throws ReflectiveOperationException {
        String name;
        if (type.parameterCount() == 4) {
            name = "missCall";
        } else if (type.parameterType(0) == PyFrame.class) {
            name = "missFrame";
        } else if (type.returnType() == void.class) {
            name = type.parameterCount() == 2 ? "missStore2" : "missStore3";
        } else {
            name = type.parameterCount() == 1 ? "miss1" : "miss2";
        }
        MethodType shape = type.parameterType(0) == PyFrame.class ? type : type.returnType() == void.class
                ? type.generic().changeReturnType(void.class) : type.parameterCount() == 4 ? type : type.generic();
        return MethodHandles.lookup().findVirtual(CacheSite.class, name, shape).bindTo(this).asType(type);
    }

    Object miss1(Object a) throws Throwable {
        return miss(new Object[] {a});
    }

    Object miss2(Object a, Object b) throws Throwable {
        return miss(new Object[] {a, b});
    }

    void missStore2(Object a, Object b) throws Throwable {
        miss(new Object[] {a, b});
    }

    void missStore3(Object a, Object b, Object c) throws Throwable {
        miss(new Object[] {a, b, c});
    }

    Object missCall(Object a, Object[] regs, int first, int n) throws Throwable {
        return miss(new Object[] {a, regs, first, n});
    }

    Object missFrame(PyFrame f) throws Throwable {
        return miss(new Object[] {f});
    }

    final InlineCacheService service;
    final SiteDescriptor site;
    final MethodHandle generic;
    final MutableCallSite callSite;
    private final MethodHandle spreadGeneric;
    private final MethodHandle missHandle;
    private final List<Entry> entries = new ArrayList<>();
    long misses;
    long retiredHits;
    private int untraceable;
    boolean megamorphic;
    boolean detached;
    /** Executions of the generic operation since the site went megamorphic (racy like the hit counts: statistics). */
    long megamorphicCalls;

    CacheSite(InlineCacheService service, SiteDescriptor site, MethodHandle generic) {
        this.service = service;
        this.site = site;
        MethodType type = site.type();
        this.generic = generic;
        this.callSite = new MutableCallSite(type);
        this.spreadGeneric = generic.asType(type.generic()).asSpreader(Object[].class, type.parameterCount());
        try {
            this.missHandle = missHandle(type);
        } catch (ReflectiveOperationException e) {
            throw new IllegalStateException("inline cache: no miss path for site type " + type, e);
        }
        relink();
    }

    /** A slot missed: trace, relink, and run the generic operation. */
    private Object miss(Object[] args) throws Throwable {
        synchronized (this) {
            misses++;
            feedback(args);
            if (!megamorphic && !detached) {
                Slots.Slot slot = Slots.trace(site, args);
                if (slot == null) {
                    if (++untraceable > service.slotBudget()) {
                        goMegamorphic();
                    }
                } else {
                    for (int i = 0; i < entries.size(); i++) {
                        Slots.Slot old = entries.get(i).slot;
                        if (old.kind().equals(slot.kind()) && old.type() == slot.type()) {
                            retiredHits += entries.remove(i).hits;
                            service.invalidations.increment();
                            break;
                        }
                    }
                    if (entries.size() >= service.slotBudget()) {
                        goMegamorphic();
                    } else {
                        entries.add(new Entry(slot));
                        relink();
                    }
                }
            }
        }
        return spreadGeneric.invokeExact(args);
    }

    private void feedback(Object[] args) {
        if (site.profile() == null || args.length == 0 || args[0] instanceof PyFrame || args[0] == null) {
            return;
        }
        SiteFeedback f = site.profile().site(site.site());
        f.record(PyType.of(args[0]));
    }

    private void goMegamorphic() {
        megamorphic = true;
        service.megamorphicSites.increment();
        for (Entry e : entries) {
            retiredHits += e.hits;
        }
        entries.clear();
        // counted as slot hits are, so the stats' hit rate covers every execution
        callSite.setTarget(MethodHandles.foldArguments(generic, MEGAMORPHIC_CALL.bindTo(this)));
    }

    void megamorphicCall() {
        megamorphicCalls++;
    }

    private void relink() {
        MethodHandle chain = missHandle;
        MethodType type = site.type();
        for (int i = entries.size() - 1; i >= 0; i--) {
            Entry e = entries.get(i);
            // every hit counts (the stats' hit rate and the feedback's weights): one increment
            MethodHandle action = MethodHandles.foldArguments(e.slot.action().asType(type), HIT.bindTo(e));
            chain = MethodHandles.guardWithTest(e.slot.guard().asType(type.changeReturnType(boolean.class)), action,
                    chain);
        }
        callSite.setTarget(service.alive().guardWithTest(chain, generic));
    }

    /** The service stops: the generic operation from now on, and no reference to this bundle's classes. */
    synchronized void detach() {
        detached = true;
        callSite.setTarget(generic);
        SiteFeedback f = site.profile() == null ? null : site.profile().sites[site.site()];
        if (f != null && f.cache == this) {
            f.cache = null;
        }
    }

    synchronized long hits() {
        long h = retiredHits;
        for (Entry e : entries) {
            h += e.hits;
        }
        return h;
    }

    synchronized int slots() {
        return entries.size();
    }
}
