package org.pyston.runtime.objects;

/**
 * The cache of one global-name site ({@code LOAD_GLOBAL}): where the name was found, the module
 * globals or the builtins, and at which entry position, valid while neither table has gained or
 * lost a key ({@link DictTable#layout()}). A hit reads the value at that position, so rebinding
 * the global needs no invalidation; adding the name to the globals (shadowing a builtin) or
 * deleting it changes the layout and sends the next execution through the full lookup again.
 */
public final class GlobalSite {
    private final String name;
    private DictTable globals;
    private int globalsLayout;
    private DictTable builtins;
    private int builtinsLayout;
    private int position = -1;
    private boolean inGlobals;

    public GlobalSite(String name) {
        this.name = name;
    }

    public Object load(PyFrame f) {
        Object v = loadCached(f);
        return v != null ? v : fill(f);
    }

    /** The value when the cache holds the name's position, else null (then {@link #load}): the interpreter's inline path. */
    public Object loadCached(PyFrame f) {
        DictTable g = f.globals.map;
        if (g == globals && g.layout() == globalsLayout && position >= 0) {
            if (inGlobals) {
                return g.valueAt(position);
            }
            DictTable b = f.builtins.map;
            if (b == builtins && b.layout() == builtinsLayout) {
                return b.valueAt(position);
            }
        }
        return null;
    }

    private Object fill(PyFrame f) {
        DictTable g = f.globals.map;
        int p = g.positionOfStr(name);
        if (p >= 0) {
            remember(g, null, p, true);
            return g.valueAt(p);
        }
        DictTable b = f.builtins.map;
        p = b.positionOfStr(name);
        if (p >= 0) {
            remember(g, b, p, false);
            return b.valueAt(p);
        }
        position = -1;
        throw Errors.nameError(name);
    }

    private void remember(DictTable g, DictTable b, int p, boolean global) {
        globals = g;
        globalsLayout = g.layout();
        builtins = b;
        builtinsLayout = b == null ? 0 : b.layout();
        position = p;
        inGlobals = global;
    }
}
