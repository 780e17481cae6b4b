package org.pyston.api.profile;

/**
 * What one dynamic-operation site has seen: up to {@link #MAX_TYPES} distinct receiver types
 * with counts, and how often it was executed beyond those (megamorphic). The types are runtime
 * type objects, compared by identity. Written by inline caches, read by the optimizing tier.
 */
public final class SiteFeedback {
    public static final int MAX_TYPES = 4;

    private final Object[] types = new Object[MAX_TYPES];
    private final int[] counts = new int[MAX_TYPES];
    private int others;
    /**
     * The inline-cache service's own state for this site (opaque here), so that every class a tier
     * generates for the unit shares one cache per site; cleared by the service when it stops.
     */
    public volatile Object cache;

    public void record(Object type) {
        for (int i = 0; i < MAX_TYPES; i++) {
            if (types[i] == type) {
                counts[i]++;
                return;
            }
            if (types[i] == null) {
                types[i] = type;
                counts[i] = 1;
                return;
            }
        }
        others++;
    }

    /** The single type seen, or null when the site is not monomorphic. */
    public Object monomorphicType() {
        return others == 0 && types[1] == null ? types[0] : null;
    }

    public int distinctTypes() {
        int n = 0;
        while (n < MAX_TYPES && types[n] != null) {
            n++;
        }
        return n;
    }

    public Object type(int i) {
        return types[i];
    }

    public int count(int i) {
        return counts[i];
    }

    public int megamorphicCount() {
        return others;
    }
}
