package org.pyston.runtime.modules;

import java.math.BigInteger;
import java.security.SecureRandom;
import org.pyston.runtime.objects.Abstract;
import org.pyston.runtime.objects.Errors;
import org.pyston.runtime.objects.PyModule;
import org.pyston.runtime.objects.PyTuple;
import org.pyston.runtime.objects.PyType;
import org.pyston.runtime.objects.Singletons;

/**
 * {@code _random}: the Mersenne Twister (MT19937) of CPython's random module, seeded as CPython
 * seeds it (an int's absolute value as 32-bit words through init_by_array; None from the system's
 * entropy), so a seeded {@code random.Random} produces CPython's sequence.
 */
final class RandomModule {
    private RandomModule() {
    }

    private static final int N = 624;
    private static final int M = 397;

    static final class Random extends NativeObject {
        final int[] mt = new int[N];
        int index = N + 1;

        Random(PyType type) {
            super(type);
        }

        void initGenrand(int s) {
            mt[0] = s;
            for (int i = 1; i < N; i++) {
                mt[i] = 1812433253 * (mt[i - 1] ^ (mt[i - 1] >>> 30)) + i;
            }
            index = N;
        }

        void initByArray(int[] key) {
            initGenrand(19650218);
            int i = 1, j = 0;
            for (int k = Math.max(N, key.length); k > 0; k--) {
                mt[i] = (mt[i] ^ ((mt[i - 1] ^ (mt[i - 1] >>> 30)) * 1664525)) + key[j] + j;
                i++;
                j++;
                if (i >= N) {
                    mt[0] = mt[N - 1];
                    i = 1;
                }
                if (j >= key.length) {
                    j = 0;
                }
            }
            for (int k = N - 1; k > 0; k--) {
                mt[i] = (mt[i] ^ ((mt[i - 1] ^ (mt[i - 1] >>> 30)) * 1566083941)) - i;
                i++;
                if (i >= N) {
                    mt[0] = mt[N - 1];
                    i = 1;
                }
            }
            mt[0] = 0x80000000;
        }

        int genrand() {
            if (index >= N) {
                int k = 0;
                for (; k < N - M; k++) {
                    int y = (mt[k] & 0x80000000) | (mt[k + 1] & 0x7fffffff);
                    mt[k] = mt[k + M] ^ (y >>> 1) ^ ((y & 1) != 0 ? 0x9908b0df : 0);
                }
                for (; k < N - 1; k++) {
                    int y = (mt[k] & 0x80000000) | (mt[k + 1] & 0x7fffffff);
                    mt[k] = mt[k + (M - N)] ^ (y >>> 1) ^ ((y & 1) != 0 ? 0x9908b0df : 0);
                }
                int y = (mt[N - 1] & 0x80000000) | (mt[0] & 0x7fffffff);
                mt[N - 1] = mt[M - 1] ^ (y >>> 1) ^ ((y & 1) != 0 ? 0x9908b0df : 0);
                index = 0;
            }
            int y = mt[index++];
            y ^= y >>> 11;
            y ^= (y << 7) & 0x9d2c5680;
            y ^= (y << 15) & 0xefc60000;
            y ^= y >>> 18;
            return y;
        }

        double random() {
            long a = (genrand() & 0xFFFFFFFFL) >>> 5, b = (genrand() & 0xFFFFFFFFL) >>> 6;
            return (a * 67108864.0 + b) * (1.0 / 9007199254740992.0);
        }

        void seed(Object arg) {
            BigInteger n;
            if (arg == null || arg == Singletons.NONE) {
                byte[] entropy = new byte[N * 4];
                new SecureRandom().nextBytes(entropy);
                int[] key = new int[N];
                for (int i = 0; i < N; i++) {
                    key[i] = (entropy[4 * i] & 0xFF) | (entropy[4 * i + 1] & 0xFF) << 8 | (entropy[4 * i + 2] & 0xFF) << 16
                            | (entropy[4 * i + 3] & 0xFF) << 24;
                }
                initByArray(key);
                return;
            }
            if (Abstract.isInt(arg)) {
                n = Abstract.big(arg).abs();
            } else {
                // CPython seeds other hashable objects by their hash
                n = BigInteger.valueOf(Abstract.hash(arg)).abs();
            }
            int words = Math.max(1, (n.bitLength() + 31) / 32);
            int[] key = new int[words];
            for (int i = 0; i < words; i++) {
                key[i] = n.shiftRight(32 * i).intValue();
            }
            initByArray(key);
        }
    }

    static final PyType RANDOM = Ext.type("_random", "Random", Random.class, null, (cls, a, k) -> {
        if (cls == RandomModule.RANDOM && k != null && k.length > 0) {
            throw Errors.typeError("Random() takes no keyword arguments");
        }
        Random r = new Random(cls);
        if (cls == RandomModule.RANDOM) {
            if (a.length > 1) {
                throw Errors.typeError("Random() expected at most 1 argument, got " + a.length);
            }
            r.seed(a.length > 0 ? a[0] : null);
        } else {
            r.seed(null);
        }
        return r;
    });

    static {
        Ext.method(RANDOM, "__init__", (a, k) -> Singletons.NONE);
        Ext.method(RANDOM, "random", (a, k) -> {
            Ext.positionalOnly("random", a, k, 1, 1);
            return ((Random) a[0]).random();
        });
        Ext.method(RANDOM, "seed", (a, k) -> {
            Ext.positionalOnly("seed", a, k, 1, 2);
            ((Random) a[0]).seed(a.length > 1 ? a[1] : null);
            return Singletons.NONE;
        });
        Ext.method(RANDOM, "getrandbits", (a, k) -> {
            Ext.positionalOnly("getrandbits", a, k, 2, 2);
            Random r = (Random) a[0];
            long bits = Abstract.index(a[1]);
            if (bits < 0) {
                throw Errors.valueError("number of bits must be non-negative");
            }
            if (bits == 0) {
                return 0L;
            }
            if (bits <= 32) {
                return (r.genrand() & 0xFFFFFFFFL) >>> (32 - bits);
            }
            // little-endian 32-bit words, the last one keeping its top bits (CPython's order)
            BigInteger result = BigInteger.ZERO;
            int shift = 0;
            for (long left = bits; left > 0; left -= 32, shift += 32) {
                long w = r.genrand() & 0xFFFFFFFFL;
                if (left < 32) {
                    w >>>= 32 - left;
                }
                result = result.or(BigInteger.valueOf(w).shiftLeft(shift));
            }
            return Abstract.normalize(result);
        });
        Ext.method(RANDOM, "getstate", (a, k) -> {
            Ext.positionalOnly("getstate", a, k, 1, 1);
            Random r = (Random) a[0];
            Object[] state = new Object[N + 1];
            for (int i = 0; i < N; i++) {
                state[i] = r.mt[i] & 0xFFFFFFFFL;
            }
            state[N] = (long) r.index;
            return new PyTuple(state);
        });
        Ext.method(RANDOM, "setstate", (a, k) -> {
            Ext.positionalOnly("setstate", a, k, 2, 2);
            Random r = (Random) a[0];
            if (!(a[1] instanceof PyTuple t)) {
                throw Errors.typeError("state vector must be a tuple");
            }
            if (t.size() != N + 1) {
                throw Errors.valueError("state vector is the wrong size");
            }
            int[] mt = new int[N];
            for (int i = 0; i < N; i++) {
                long v = Abstract.index(t.get(i));
                if (v < 0 || v > 0xFFFFFFFFL) {
                    throw Errors.overflow("Python int too large to convert to C unsigned long");
                }
                mt[i] = (int) v;
            }
            long index = Abstract.index(t.get(N));
            if (index < 0 || index > N) {
                throw Errors.valueError("invalid state");
            }
            System.arraycopy(mt, 0, r.mt, 0, N);
            r.index = (int) index;
            return Singletons.NONE;
        });
    }

    static PyModule create() {
        PyModule m = new PyModule("_random");
        m.set("Random", RANDOM);
        return m;
    }
}
