package org.pyston.runtime.modules;

import org.pyston.runtime.objects.PyTuple;

/**
 * The Java subclasses of the core object classes, loaded (not initialized) before any Python code
 * runs, once per JVM.
 *
 * <p>HotSpot compiles {@code x instanceof PyDict} against a class with no loaded subclass as an
 * exact class comparison and records a "leaf type" dependency; loading a subclass later discards
 * every compiled method that relied on it, and a compilation in progress fails ("concurrent class
 * loading"). The interpreter loop checks these classes on its fast paths and is compiled by C2
 * during start-up, for about a second of a core: with {@code collections}' defaultdict loaded on
 * the first {@code import collections} (which {@code site} does on most installations), that
 * compilation was thrown away every run and done again. With the subclasses loaded first the
 * assumption is never made, and the checks keep their profile-based fast form.
 */
public final class CoreSubclasses {
    private CoreSubclasses() {
    }

    /** Loads the classes (their static initializers run when first used, as before). */
    public static void load() {
        Holder.LOADED.getClass();
    }

    private static final class Holder {
        static final Class<?>[] LOADED = {
            CollectionsModule.DefaultDict.class, // PyDict
            StructSeq.class, PyTuple.OfSubclass.class, // PyTuple
        };
    }
}
