package org.pyston.runtime.modules;

import java.util.Arrays;

/**
 * The message digests the JDK lacks, written from their specifications: BLAKE2b and BLAKE2s
 * (RFC 7693, with the parameter block's salt, personalization and tree fields) and the Keccak
 * sponge behind SHAKE128/SHAKE256 (FIPS 202). Each engine is a plain copyable state machine;
 * the Python types around them are in {@link Blake2Module} and {@link HashModules}.
 */
final class Digests {
    private Digests() {
    }

    /** What the Python hash objects need of an engine. */
    interface Engine {
        void update(byte[] data, int off, int len);

        /** The digest of what was given so far; the engine can go on being updated. */
        byte[] digest(int length);

        Engine copy();
    }

    // ------------------------------------------------------------------ BLAKE2

    private static final byte[][] SIGMA = {
        {0, 1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12, 13, 14, 15},
        {14, 10, 4, 8, 9, 15, 13, 6, 1, 12, 0, 2, 11, 7, 5, 3},
        {11, 8, 12, 0, 5, 2, 15, 13, 10, 14, 3, 6, 7, 1, 9, 4},
        {7, 9, 3, 1, 13, 12, 11, 14, 2, 6, 5, 10, 4, 0, 15, 8},
        {9, 0, 5, 7, 2, 4, 10, 15, 14, 1, 11, 12, 6, 8, 3, 13},
        {2, 12, 6, 10, 0, 11, 8, 3, 4, 13, 7, 5, 15, 14, 1, 9},
        {12, 5, 1, 15, 14, 13, 4, 10, 0, 7, 6, 3, 9, 2, 8, 11},
        {13, 11, 7, 14, 12, 1, 3, 9, 5, 0, 15, 4, 8, 6, 2, 10},
        {6, 15, 14, 9, 11, 3, 0, 8, 12, 2, 13, 7, 1, 4, 10, 5},
        {10, 2, 8, 4, 7, 6, 1, 5, 15, 11, 9, 14, 3, 12, 13, 0}};

    private static final long[] IV_B = {0x6a09e667f3bcc908L, 0xbb67ae8584caa73bL, 0x3c6ef372fe94f82bL,
        0xa54ff53a5f1d36f1L, 0x510e527fade682d1L, 0x9b05688c2b3e6c1fL, 0x1f83d9abfb41bd6bL, 0x5be0cd19137e2179L};
    private static final int[] IV_S = {0x6A09E667, 0xBB67AE85, 0x3C6EF372, 0xA54FF53A, 0x510E527F, 0x9B05688C,
        0x1F83D9AB, 0x5BE0CD19};

    /** The BLAKE2 parameters (CPython's blake2b/blake2s keyword arguments), checked by the caller. */
    static final class Blake2Params {
        int digestSize;
        byte[] key = new byte[0];
        byte[] salt = new byte[0];
        byte[] person = new byte[0];
        int fanout = 1;
        int depth = 1;
        long leafSize;
        long nodeOffset;
        int nodeDepth;
        int innerSize;
        boolean lastNode;
    }

    /** BLAKE2b: 64-bit words, 128-byte blocks, 12 rounds. */
    static final class Blake2b implements Engine {
        private long[] h = new long[8];
        private byte[] buf = new byte[128];
        private int bufLen;
        private long t0;
        private long t1;
        private final int outLen;
        private final boolean lastNode;

        Blake2b(Blake2Params p) {
            outLen = p.digestSize;
            lastNode = p.lastNode;
            byte[] block = new byte[64];
            block[0] = (byte) p.digestSize;
            block[1] = (byte) p.key.length;
            block[2] = (byte) p.fanout;
            block[3] = (byte) p.depth;
            putLE(block, 4, p.leafSize, 4);
            putLE(block, 8, p.nodeOffset, 8);
            block[16] = (byte) p.nodeDepth;
            block[17] = (byte) p.innerSize;
            System.arraycopy(p.salt, 0, block, 32, p.salt.length);
            System.arraycopy(p.person, 0, block, 48, p.person.length);
            for (int i = 0; i < 8; i++) {
                h[i] = IV_B[i] ^ getLE(block, i * 8, 8);
            }
            if (p.key.length > 0) {
                byte[] k = Arrays.copyOf(p.key, 128);
                update(k, 0, 128);
            }
        }

        private Blake2b(Blake2b o) {
            h = o.h.clone();
            buf = o.buf.clone();
            bufLen = o.bufLen;
            t0 = o.t0;
            t1 = o.t1;
            outLen = o.outLen;
            lastNode = o.lastNode;
        }

        @Override
        public Engine copy() {
            return new Blake2b(this);
        }

        @Override
        public void update(byte[] data, int off, int len) {
            while (len > 0) {
                if (bufLen == 128) {
                    count(128);
                    compress(h, buf, t0, t1, false, false);
                    bufLen = 0;
                }
                int n = Math.min(len, 128 - bufLen);
                System.arraycopy(data, off, buf, bufLen, n);
                bufLen += n;
                off += n;
                len -= n;
            }
        }

        private void count(int n) {
            t0 += n;
            if (Long.compareUnsigned(t0, n) < 0) {
                t1++;
            }
        }

        @Override
        public byte[] digest(int length) {
            long[] hh = h.clone();
            byte[] last = Arrays.copyOf(buf, 128);
            Arrays.fill(last, bufLen, 128, (byte) 0);
            long c0 = t0 + bufLen;
            long c1 = Long.compareUnsigned(c0, bufLen) < 0 ? t1 + 1 : t1;
            compress(hh, last, c0, c1, true, lastNode);
            byte[] out = new byte[64];
            for (int i = 0; i < 8; i++) {
                putLE(out, i * 8, hh[i], 8);
            }
            return Arrays.copyOf(out, outLen);
        }

        private static void compress(long[] h, byte[] block, long t0, long t1, boolean last, boolean lastNode) {
            long[] m = new long[16];
            for (int i = 0; i < 16; i++) {
                m[i] = getLE(block, i * 8, 8);
            }
            long[] v = new long[16];
            System.arraycopy(h, 0, v, 0, 8);
            System.arraycopy(IV_B, 0, v, 8, 8);
            v[12] ^= t0;
            v[13] ^= t1;
            if (last) {
                v[14] = ~v[14];
                if (lastNode) {
                    v[15] = ~v[15];
                }
            }
            for (int r = 0; r < 12; r++) {
                byte[] s = SIGMA[r % 10];
                g(v, 0, 4, 8, 12, m[s[0]], m[s[1]]);
                g(v, 1, 5, 9, 13, m[s[2]], m[s[3]]);
                g(v, 2, 6, 10, 14, m[s[4]], m[s[5]]);
                g(v, 3, 7, 11, 15, m[s[6]], m[s[7]]);
                g(v, 0, 5, 10, 15, m[s[8]], m[s[9]]);
                g(v, 1, 6, 11, 12, m[s[10]], m[s[11]]);
                g(v, 2, 7, 8, 13, m[s[12]], m[s[13]]);
                g(v, 3, 4, 9, 14, m[s[14]], m[s[15]]);
            }
            for (int i = 0; i < 8; i++) {
                h[i] ^= v[i] ^ v[i + 8];
            }
        }

        private static void g(long[] v, int a, int b, int c, int d, long x, long y) {
            v[a] = v[a] + v[b] + x;
            v[d] = Long.rotateRight(v[d] ^ v[a], 32);
            v[c] = v[c] + v[d];
            v[b] = Long.rotateRight(v[b] ^ v[c], 24);
            v[a] = v[a] + v[b] + y;
            v[d] = Long.rotateRight(v[d] ^ v[a], 16);
            v[c] = v[c] + v[d];
            v[b] = Long.rotateRight(v[b] ^ v[c], 63);
        }
    }

    /** BLAKE2s: 32-bit words, 64-byte blocks, 10 rounds. */
    static final class Blake2s implements Engine {
        private int[] h = new int[8];
        private byte[] buf = new byte[64];
        private int bufLen;
        private long t;
        private final int outLen;
        private final boolean lastNode;

        Blake2s(Blake2Params p) {
            outLen = p.digestSize;
            lastNode = p.lastNode;
            byte[] block = new byte[32];
            block[0] = (byte) p.digestSize;
            block[1] = (byte) p.key.length;
            block[2] = (byte) p.fanout;
            block[3] = (byte) p.depth;
            putLE(block, 4, p.leafSize, 4);
            putLE(block, 8, p.nodeOffset, 6);
            block[14] = (byte) p.nodeDepth;
            block[15] = (byte) p.innerSize;
            System.arraycopy(p.salt, 0, block, 16, p.salt.length);
            System.arraycopy(p.person, 0, block, 24, p.person.length);
            for (int i = 0; i < 8; i++) {
                h[i] = IV_S[i] ^ (int) getLE(block, i * 4, 4);
            }
            if (p.key.length > 0) {
                update(Arrays.copyOf(p.key, 64), 0, 64);
            }
        }

        private Blake2s(Blake2s o) {
            h = o.h.clone();
            buf = o.buf.clone();
            bufLen = o.bufLen;
            t = o.t;
            outLen = o.outLen;
            lastNode = o.lastNode;
        }

        @Override
        public Engine copy() {
            return new Blake2s(this);
        }

        @Override
        public void update(byte[] data, int off, int len) {
            while (len > 0) {
                if (bufLen == 64) {
                    t += 64;
                    compress(h, buf, t, false, false);
                    bufLen = 0;
                }
                int n = Math.min(len, 64 - bufLen);
                System.arraycopy(data, off, buf, bufLen, n);
                bufLen += n;
                off += n;
                len -= n;
            }
        }

        @Override
        public byte[] digest(int length) {
            int[] hh = h.clone();
            byte[] last = Arrays.copyOf(buf, 64);
            Arrays.fill(last, bufLen, 64, (byte) 0);
            compress(hh, last, t + bufLen, true, lastNode);
            byte[] out = new byte[32];
            for (int i = 0; i < 8; i++) {
                putLE(out, i * 4, hh[i] & 0xFFFFFFFFL, 4);
            }
            return Arrays.copyOf(out, outLen);
        }

        private static void compress(int[] h, byte[] block, long t, boolean last, boolean lastNode) {
            int[] m = new int[16];
            for (int i = 0; i < 16; i++) {
                m[i] = (int) getLE(block, i * 4, 4);
            }
            int[] v = new int[16];
            System.arraycopy(h, 0, v, 0, 8);
            System.arraycopy(IV_S, 0, v, 8, 8);
            v[12] ^= (int) t;
            v[13] ^= (int) (t >>> 32);
            if (last) {
                v[14] = ~v[14];
                if (lastNode) {
                    v[15] = ~v[15];
                }
            }
            for (int r = 0; r < 10; r++) {
                byte[] s = SIGMA[r];
                g(v, 0, 4, 8, 12, m[s[0]], m[s[1]]);
                g(v, 1, 5, 9, 13, m[s[2]], m[s[3]]);
                g(v, 2, 6, 10, 14, m[s[4]], m[s[5]]);
                g(v, 3, 7, 11, 15, m[s[6]], m[s[7]]);
                g(v, 0, 5, 10, 15, m[s[8]], m[s[9]]);
                g(v, 1, 6, 11, 12, m[s[10]], m[s[11]]);
                g(v, 2, 7, 8, 13, m[s[12]], m[s[13]]);
                g(v, 3, 4, 9, 14, m[s[14]], m[s[15]]);
            }
            for (int i = 0; i < 8; i++) {
                h[i] ^= v[i] ^ v[i + 8];
            }
        }

        private static void g(int[] v, int a, int b, int c, int d, int x, int y) {
            v[a] = v[a] + v[b] + x;
            v[d] = Integer.rotateRight(v[d] ^ v[a], 16);
            v[c] = v[c] + v[d];
            v[b] = Integer.rotateRight(v[b] ^ v[c], 12);
            v[a] = v[a] + v[b] + y;
            v[d] = Integer.rotateRight(v[d] ^ v[a], 8);
            v[c] = v[c] + v[d];
            v[b] = Integer.rotateRight(v[b] ^ v[c], 7);
        }
    }

    // ------------------------------------------------------------------ Keccak / SHAKE

    private static final long[] RC = {0x0000000000000001L, 0x0000000000008082L, 0x800000000000808aL,
        0x8000000080008000L, 0x000000000000808bL, 0x0000000080000001L, 0x8000000080008081L, 0x8000000000008009L,
        0x000000000000008aL, 0x0000000000000088L, 0x0000000080008009L, 0x000000008000000aL, 0x000000008000808bL,
        0x800000000000008bL, 0x8000000000008089L, 0x8000000000008003L, 0x8000000000008002L, 0x8000000000000080L,
        0x000000000000800aL, 0x800000008000000aL, 0x8000000080008081L, 0x8000000000008080L, 0x0000000080000001L,
        0x8000000080008008L};
    private static final int[] ROTATIONS = {0, 1, 62, 28, 27, 36, 44, 6, 55, 20, 3, 10, 43, 25, 39, 41, 45, 15, 21, 8,
        18, 2, 61, 56, 14};

    /** A SHAKE extendable-output function: the Keccak sponge with rate {@code rate} bytes and suffix 0x1F. */
    static final class Shake implements Engine {
        final int rate;
        private long[] state = new long[25];
        private byte[] buf;
        private int bufLen;

        Shake(int rate) {
            this.rate = rate;
            this.buf = new byte[rate];
        }

        private Shake(Shake o) {
            rate = o.rate;
            state = o.state.clone();
            buf = o.buf.clone();
            bufLen = o.bufLen;
        }

        @Override
        public Engine copy() {
            return new Shake(this);
        }

        @Override
        public void update(byte[] data, int off, int len) {
            while (len > 0) {
                int n = Math.min(len, rate - bufLen);
                System.arraycopy(data, off, buf, bufLen, n);
                bufLen += n;
                off += n;
                len -= n;
                if (bufLen == rate) {
                    absorb(state, buf, rate);
                    bufLen = 0;
                }
            }
        }

        @Override
        public byte[] digest(int length) {
            long[] s = state.clone();
            byte[] last = new byte[rate];
            System.arraycopy(buf, 0, last, 0, bufLen);
            last[bufLen] ^= 0x1F;
            last[rate - 1] ^= (byte) 0x80;
            absorb(s, last, rate);
            byte[] out = new byte[length];
            int done = 0;
            while (true) {
                for (int i = 0; i < rate && done < length; i++, done++) {
                    out[done] = (byte) (s[i >> 3] >>> (8 * (i & 7)));
                }
                if (done >= length) {
                    return out;
                }
                keccakF(s);
            }
        }

        private static void absorb(long[] s, byte[] block, int rate) {
            for (int i = 0; i < rate / 8; i++) {
                s[i] ^= getLE(block, i * 8, 8);
            }
            keccakF(s);
        }
    }

    /** Keccak-f[1600]: 24 rounds of theta, rho and pi, chi, iota; lane (x, y) is {@code a[x + 5y]}. */
    static void keccakF(long[] a) {
        long[] c = new long[5];
        long[] b = new long[25];
        for (int round = 0; round < 24; round++) {
            for (int x = 0; x < 5; x++) {
                c[x] = a[x] ^ a[x + 5] ^ a[x + 10] ^ a[x + 15] ^ a[x + 20];
            }
            for (int x = 0; x < 5; x++) {
                long d = c[(x + 4) % 5] ^ Long.rotateLeft(c[(x + 1) % 5], 1);
                for (int y = 0; y < 25; y += 5) {
                    a[x + y] ^= d;
                }
            }
            for (int x = 0; x < 5; x++) {
                for (int y = 0; y < 5; y++) {
                    // pi: (x, y) -> (y, 2x + 3y)
                    b[y + 5 * ((2 * x + 3 * y) % 5)] = Long.rotateLeft(a[x + 5 * y], ROTATIONS[x + 5 * y]);
                }
            }
            for (int y = 0; y < 25; y += 5) {
                for (int x = 0; x < 5; x++) {
                    a[x + y] = b[x + y] ^ (~b[(x + 1) % 5 + y] & b[(x + 2) % 5 + y]);
                }
            }
            a[0] ^= RC[round];
        }
    }

    // ------------------------------------------------------------------ little-endian helpers

    static long getLE(byte[] b, int off, int n) {
        long v = 0;
        for (int i = n - 1; i >= 0; i--) {
            v = (v << 8) | (b[off + i] & 0xFFL);
        }
        return v;
    }

    static void putLE(byte[] b, int off, long v, int n) {
        for (int i = 0; i < n; i++) {
            b[off + i] = (byte) (v >>> (8 * i));
        }
    }
}
