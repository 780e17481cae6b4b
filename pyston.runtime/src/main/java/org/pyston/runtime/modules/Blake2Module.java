package org.pyston.runtime.modules;

import org.pyston.runtime.objects.Abstract;
import org.pyston.runtime.objects.CodecsAccess;
import org.pyston.runtime.objects.Errors;
import org.pyston.runtime.objects.PyBytes;
import org.pyston.runtime.objects.PyModule;
import org.pyston.runtime.objects.PyType;
import org.pyston.runtime.objects.Singletons;

/**
 * {@code _blake2}: the {@code blake2b} and {@code blake2s} types with CPython's constructor
 * (key, salt, person and the tree parameters) and messages, on {@link Digests}. The hash object
 * type over an engine ({@link EngineHash}) is shared with SHAKE in {@code _sha3}.
 */
final class Blake2Module {
    private Blake2Module() {
    }

    /** A hash object whose state is a {@link Digests.Engine}. */
    static final class EngineHash extends NativeObject {
        final String name;
        final Digests.Engine engine;
        /** 0 for the SHAKE functions, whose digest length is an argument. */
        final int digestSize;
        final int blockSize;

        EngineHash(PyType type, String name, Digests.Engine engine, int digestSize, int blockSize) {
            super(type);
            this.name = name;
            this.engine = engine;
            this.digestSize = digestSize;
            this.blockSize = blockSize;
        }

        void update(Object data) {
            byte[] b = hashInput(data);
            synchronized (this) {
                engine.update(b, 0, b.length);
            }
        }

        synchronized byte[] value(int length) {
            return engine.digest(length);
        }
    }

    /** The bytes a hash object's update takes, with CPython's messages for str and non-buffers. */
    static byte[] hashInput(Object data) {
        if (data instanceof String) {
            throw Errors.typeError("Strings must be encoded before hashing");
        }
        if (!org.pyston.runtime.objects.Buffers.isBytesLike(data)) {
            throw Errors.typeError("object supporting the buffer API required");
        }
        return CodecsAccess.bytesLike(data);
    }

    static PyModule create() {
        PyModule m = new PyModule("_blake2");
        m.set("blake2b", blakeType("blake2b", 64, 16, 128));
        m.set("blake2s", blakeType("blake2s", 32, 8, 64));
        m.set("BLAKE2B_SALT_SIZE", 16L);
        m.set("BLAKE2B_PERSON_SIZE", 16L);
        m.set("BLAKE2B_MAX_KEY_SIZE", 64L);
        m.set("BLAKE2B_MAX_DIGEST_SIZE", 64L);
        m.set("BLAKE2S_SALT_SIZE", 8L);
        m.set("BLAKE2S_PERSON_SIZE", 8L);
        m.set("BLAKE2S_MAX_KEY_SIZE", 32L);
        m.set("BLAKE2S_MAX_DIGEST_SIZE", 32L);
        return m;
    }

    private static PyType blakeType(String name, int maxDigest, int saltSize, int blockSize) {
        PyType t = Ext.type("_blake2", name, EngineHash.class, null, (cls, a, k) -> {
            Object[] v = Ext.bind(name, a, k, 0, 1, "data", "digest_size", "key", "salt", "person", "fanout", "depth",
                    "leaf_size", "node_offset", "node_depth", "inner_size", "last_node", "usedforsecurity");
            Digests.Blake2Params p = new Digests.Blake2Params();
            p.digestSize = v[1] == null ? maxDigest : (int) bounded(v[1], 1, maxDigest,
                    "digest_size must be between 1 and " + maxDigest + " bytes");
            if (v[2] != null) {
                p.key = CodecsAccess.bytesLike(v[2]);
                if (p.key.length > maxDigest) {
                    throw Errors.valueError("maximum key length is " + maxDigest + " bytes");
                }
            }
            if (v[3] != null) {
                p.salt = CodecsAccess.bytesLike(v[3]);
                if (p.salt.length > saltSize) {
                    throw Errors.valueError("maximum salt length is " + saltSize + " bytes");
                }
            }
            if (v[4] != null) {
                p.person = CodecsAccess.bytesLike(v[4]);
                if (p.person.length > saltSize) {
                    throw Errors.valueError("maximum person length is " + saltSize + " bytes");
                }
            }
            if (v[5] != null) {
                p.fanout = (int) bounded(v[5], 0, 255, "fanout must be between 0 and 255");
            }
            if (v[6] != null) {
                p.depth = (int) bounded(v[6], 1, 255, "depth must be between 1 and 255");
            }
            if (v[7] != null && v[7] != Singletons.NONE) {
                long leaf = Abstract.index(v[7]);
                if (leaf < 0 || leaf > 0xFFFFFFFFL) {
                    throw Errors.overflow("leaf_size is too large");
                }
                p.leafSize = leaf;
            }
            if (v[8] != null) {
                long off = Abstract.index(v[8]);
                if (maxDigest == 32 && (off < 0 || off > 0xFFFFFFFFFFFFL)) {
                    throw Errors.overflow("node_offset is too large");
                }
                p.nodeOffset = off;
            }
            if (v[9] != null) {
                p.nodeDepth = (int) bounded(v[9], 0, 255, "node_depth must be between 0 and 255");
            }
            if (v[10] != null) {
                p.innerSize = (int) bounded(v[10], 0, maxDigest, "inner_size must be between 0 and is " + maxDigest);
            }
            if (v[11] != null) {
                p.lastNode = Abstract.isTrue(v[11]);
            }
            Digests.Engine e = maxDigest == 64 ? new Digests.Blake2b(p) : new Digests.Blake2s(p);
            EngineHash h = new EngineHash(cls, name, e, p.digestSize, blockSize);
            if (v[0] != null) {
                h.update(v[0]);
            }
            return h;
        });
        defineMethods(t, false);
        t.define("SALT_SIZE", (long) saltSize);
        t.define("PERSON_SIZE", (long) saltSize);
        t.define("MAX_KEY_SIZE", (long) maxDigest);
        t.define("MAX_DIGEST_SIZE", (long) maxDigest);
        return t;
    }

    private static long bounded(Object o, long min, long max, String message) {
        long v = Abstract.index(o);
        if (v < min || v > max) {
            throw Errors.valueError(message);
        }
        return v;
    }

    /**
     * update, digest, hexdigest, copy, name, digest_size, block_size; {@code variableLength}: the
     * SHAKE form, digest(length) and hexdigest(length).
     */
    static void defineMethods(PyType t, boolean variableLength) {
        Ext.method(t, "update", (a, k) -> {
            Ext.positionalOnly("update", a, k, 2, 2);
            ((EngineHash) a[0]).update(a[1]);
            return Singletons.NONE;
        });
        Ext.method(t, "digest", (a, k) -> new PyBytes(digest(a, k, "digest", variableLength)));
        Ext.method(t, "hexdigest", (a, k) -> {
            StringBuilder sb = new StringBuilder();
            for (byte b : digest(a, k, "hexdigest", variableLength)) {
                sb.append(Character.forDigit((b >> 4) & 0xF, 16)).append(Character.forDigit(b & 0xF, 16));
            }
            return sb.toString();
        });
        Ext.method(t, "copy", (a, k) -> {
            Ext.positionalOnly("copy", a, k, 1, 1);
            EngineHash h = (EngineHash) a[0];
            synchronized (h) {
                return new EngineHash(h.type(), h.name, h.engine.copy(), h.digestSize, h.blockSize);
            }
        });
        Ext.getter(t, "name", self -> ((EngineHash) self).name);
        Ext.getter(t, "digest_size", self -> (long) ((EngineHash) self).digestSize);
        Ext.getter(t, "block_size", self -> (long) ((EngineHash) self).blockSize);
    }

    private static byte[] digest(Object[] a, String[] k, String method, boolean variableLength) {
        EngineHash h = (EngineHash) a[0];
        if (!variableLength) {
            Ext.positionalOnly(method, a, k, 1, 1);
            return h.value(h.digestSize);
        }
        Object[] v = Ext.bind(method, java.util.Arrays.copyOfRange(a, 1, a.length), k, 1, 1, "length");
        long length = Abstract.index(v[0]);
        if (length < 0) {
            throw Errors.valueError("length must be non-negative"); // CPython 3.11: SystemError for negatives
        }
        if (length >= (1L << 29)) {
            throw Errors.valueError("length is too large");
        }
        return h.value((int) length);
    }
}
