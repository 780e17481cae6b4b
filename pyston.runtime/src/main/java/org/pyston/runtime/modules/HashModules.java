package org.pyston.runtime.modules;

import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import org.pyston.runtime.objects.CodecsAccess;
import org.pyston.runtime.objects.Errors;
import org.pyston.runtime.objects.PyBytes;
import org.pyston.runtime.objects.PyModule;
import org.pyston.runtime.objects.PyType;
import org.pyston.runtime.objects.Singletons;

/**
 * The hash modules CPython builds from its own C code, on the JDK's message digests:
 * {@code _md5}, {@code _sha1}, {@code _sha256} (sha224, sha256), {@code _sha512} (sha384,
 * sha512) and {@code _sha3} (the fixed-size SHA-3 functions from the JDK, SHAKE128/256 on our
 * Keccak sponge in {@link Digests}). Each hash object has CPython's methods and attributes.
 */
final class HashModules {
    private HashModules() {
    }

    /** Python name, JDK algorithm, block size. */
    private static final String[][] ALGORITHMS = {{"md5", "MD5", "64"}, {"sha1", "SHA-1", "64"},
        {"sha224", "SHA-224", "64"}, {"sha256", "SHA-256", "64"}, {"sha384", "SHA-384", "128"},
        {"sha512", "SHA-512", "128"}, {"sha3_224", "SHA3-224", "144"}, {"sha3_256", "SHA3-256", "136"},
        {"sha3_384", "SHA3-384", "104"}, {"sha3_512", "SHA3-512", "72"}};

    static final class Hash extends NativeObject {
        final String name;
        final MessageDigest digest;
        final int blockSize;

        Hash(PyType type, String name, MessageDigest digest, int blockSize) {
            super(type);
            this.name = name;
            this.digest = digest;
            this.blockSize = blockSize;
        }

        synchronized byte[] value() {
            try {
                return ((MessageDigest) digest.clone()).digest();
            } catch (CloneNotSupportedException e) {
                throw new IllegalStateException(e);
            }
        }
    }

    /** The module {@code name} ("_md5", "_sha1", "_sha256", "_sha512", "_sha3"), or null. */
    static PyModule create(String module) {
        PyModule m = new PyModule(module);
        boolean any = false;
        for (String[] alg : ALGORITHMS) {
            if (!moduleOf(alg[0]).equals(module)) {
                continue;
            }
            any = true;
            String name = alg[0], javaName = alg[1];
            int blockSize = Integer.parseInt(alg[2]);
            PyType type = hashType(module, name);
            m.set(name.startsWith("sha3") ? name : name.toUpperCase() + "Type", type);
            Ext.function(m, name, (a, k) -> {
                Object[] v = Ext.bind(name, a, k, 0, 1, "string", "usedforsecurity");
                MessageDigest d;
                try {
                    d = MessageDigest.getInstance(javaName);
                } catch (NoSuchAlgorithmException e) {
                    throw Errors.valueError("unsupported hash type " + name);
                }
                Hash h = new Hash(type, name, d, blockSize);
                if (v[0] != null) {
                    update(h, v[0]);
                }
                return h;
            });
        }
        if (module.equals("_sha3")) {
            for (String shake : new String[] {"shake_128", "shake_256"}) {
                int rate = shake.equals("shake_128") ? 168 : 136;
                PyType type = Ext.type(module, shake, Blake2Module.EngineHash.class, null, (cls, a, k) -> {
                    Object[] v = Ext.bind(shake, a, k, 0, 1, "data", "usedforsecurity");
                    Blake2Module.EngineHash h = new Blake2Module.EngineHash(cls, shake, new Digests.Shake(rate), 0, rate);
                    if (v[0] != null) {
                        h.update(v[0]);
                    }
                    return h;
                });
                Blake2Module.defineMethods(type, true);
                m.set(shake, type);
            }
        }
        return any ? m : null;
    }

    private static String moduleOf(String name) {
        switch (name) {
            case "md5": return "_md5";
            case "sha1": return "_sha1";
            case "sha224": case "sha256": return "_sha256";
            case "sha384": case "sha512": return "_sha512";
            default: return "_sha3";
        }
    }

    private static void update(Hash h, Object data) {
        byte[] b = Blake2Module.hashInput(data);
        synchronized (h) {
            h.digest.update(b);
        }
    }

    private static PyType hashType(String module, String name) {
        PyType t = Ext.type(module, name, Hash.class, null, null);
        Ext.method(t, "update", (a, k) -> {
            Ext.positionalOnly("update", a, k, 2, 2);
            update((Hash) a[0], a[1]);
            return Singletons.NONE;
        });
        Ext.method(t, "digest", (a, k) -> {
            Ext.positionalOnly("digest", a, k, 1, 1);
            return new PyBytes(((Hash) a[0]).value());
        });
        Ext.method(t, "hexdigest", (a, k) -> {
            Ext.positionalOnly("hexdigest", a, k, 1, 1);
            StringBuilder sb = new StringBuilder();
            for (byte b : ((Hash) a[0]).value()) {
                sb.append(Character.forDigit((b >> 4) & 0xF, 16)).append(Character.forDigit(b & 0xF, 16));
            }
            return sb.toString();
        });
        Ext.method(t, "copy", (a, k) -> {
            Ext.positionalOnly("copy", a, k, 1, 1);
            Hash h = (Hash) a[0];
            synchronized (h) {
                try {
                    return new Hash(h.type(), h.name, (MessageDigest) h.digest.clone(), h.blockSize);
                } catch (CloneNotSupportedException e) {
                    throw new IllegalStateException(e);
                }
            }
        });
        Ext.getter(t, "name", self -> ((Hash) self).name);
        Ext.getter(t, "digest_size", self -> (long) ((Hash) self).digest.getDigestLength());
        Ext.getter(t, "block_size", self -> (long) ((Hash) self).blockSize);
        return t;
    }
}
