package org.pyston.runtime.modules;

import java.io.ByteArrayOutputStream;
import java.util.zip.Adler32;
import java.util.zip.CRC32;
import java.util.zip.DataFormatException;
import java.util.zip.Deflater;
import java.util.zip.Inflater;
import org.pyston.runtime.objects.Abstract;
import org.pyston.runtime.objects.CodecsAccess;
import org.pyston.runtime.objects.Errors;
import org.pyston.runtime.objects.PyBaseException;
import org.pyston.runtime.objects.PyBytes;
import org.pyston.runtime.objects.PyModule;
import org.pyston.runtime.objects.PyTuple;
import org.pyston.runtime.objects.PyType;
import org.pyston.runtime.objects.Singletons;

/**
 * {@code zlib} on the JDK's zlib ({@link Deflater}/{@link Inflater}): one-shot and streaming
 * compression and decompression in the three container formats {@code wbits} selects (zlib
 * 9..15, raw deflate -9..-15, gzip 25..31; decompression also auto-detects zlib or gzip with
 * 40..47), checksums, and CPython's constants and errors. The gzip header and trailer are
 * written and checked here, as zlib's own deflate would write them.
 */
final class ZlibModule {
    private ZlibModule() {
    }

    private enum Format { ZLIB, RAW, GZIP, AUTO }

    static PyModule create() {
        PyModule m = new PyModule("zlib");
        PyType error = BinasciiModule.exceptionType("zlib", "error", Errors.EXCEPTION);
        m.set("error", error);
        Object[][] constants = {{"MAX_WBITS", 15L}, {"DEFLATED", 8L}, {"DEF_MEM_LEVEL", 8L}, {"DEF_BUF_SIZE", 16384L},
            {"Z_NO_COMPRESSION", 0L}, {"Z_BEST_SPEED", 1L}, {"Z_BEST_COMPRESSION", 9L}, {"Z_DEFAULT_COMPRESSION", -1L},
            {"Z_FILTERED", 1L}, {"Z_HUFFMAN_ONLY", 2L}, {"Z_RLE", 3L}, {"Z_FIXED", 4L}, {"Z_DEFAULT_STRATEGY", 0L},
            {"Z_NO_FLUSH", 0L}, {"Z_PARTIAL_FLUSH", 1L}, {"Z_SYNC_FLUSH", 2L}, {"Z_FULL_FLUSH", 3L}, {"Z_FINISH", 4L},
            {"Z_BLOCK", 5L}, {"Z_TREES", 6L}, {"ZLIB_VERSION", "1.2.13"}, {"ZLIB_RUNTIME_VERSION", "1.2.13"}};
        for (Object[] c : constants) {
            m.set((String) c[0], c[1]);
        }
        Ext.function(m, "crc32", (a, k) -> {
            Ext.positionalOnly("crc32", a, k, 1, 2);
            return BinasciiModule.crc32(CodecsAccess.bytesLike(a[0]), a.length > 1 ? a[1] : 0L);
        });
        Ext.function(m, "adler32", (a, k) -> {
            Ext.positionalOnly("adler32", a, k, 1, 2);
            byte[] data = CodecsAccess.bytesLike(a[0]);
            long start = a.length > 1 ? Abstract.index(a[1]) & 0xFFFFFFFFL : 1;
            long s1 = start & 0xFFFF, s2 = start >>> 16;
            for (byte b : data) {
                s1 = (s1 + (b & 0xFF)) % 65521;
                s2 = (s2 + s1) % 65521;
            }
            return s2 << 16 | s1;
        });
        Ext.function(m, "compress", (a, k) -> {
            Object[] v = Ext.bind("compress", a, k, 1, 3, "data", "level", "wbits");
            byte[] data = CodecsAccess.bytesLike(v[0]);
            int level = v[1] == null ? -1 : (int) Abstract.index(v[1]);
            Compressor c = new Compressor(COMPRESS, level, v[2] == null ? 15 : (int) Abstract.index(v[2]), 0, error);
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            out.writeBytes(c.compress(data));
            out.writeBytes(c.flush(4));
            return new PyBytes(out.toByteArray());
        });
        Ext.function(m, "decompress", (a, k) -> {
            Object[] v = Ext.bind("decompress", a, k, 1, 3, "data", "wbits", "bufsize");
            Decompressor d = new Decompressor(DECOMPRESS, v[1] == null ? 15 : (int) Abstract.index(v[1]), error);
            byte[] out = d.decompress(CodecsAccess.bytesLike(v[0]), 0);
            if (!d.eof) {
                throw error(error, "Error -5 while decompressing data: incomplete or truncated stream");
            }
            return new PyBytes(out);
        });
        Ext.function(m, "compressobj", (a, k) -> {
            Object[] v = Ext.bind("compressobj", a, k, 0, 6, "level", "method", "wbits", "memLevel", "strategy", "zdict");
            int level = v[0] == null ? -1 : (int) Abstract.index(v[0]);
            int wbits = v[2] == null ? 15 : (int) Abstract.index(v[2]);
            int strategy = v[4] == null ? 0 : (int) Abstract.index(v[4]);
            Compressor c = new Compressor(COMPRESS, level, wbits, strategy, error);
            if (v[5] != null && v[5] != Singletons.NONE) {
                c.deflater.setDictionary(CodecsAccess.bytesLike(v[5]));
            }
            return c;
        });
        Ext.function(m, "decompressobj", (a, k) -> {
            Object[] v = Ext.bind("decompressobj", a, k, 0, 2, "wbits", "zdict");
            Decompressor d = new Decompressor(DECOMPRESS, v[0] == null ? 15 : (int) Abstract.index(v[0]), error);
            if (v[1] != null) {
                d.zdict = CodecsAccess.bytesLike(v[1]);
            }
            return d;
        });
        return m;
    }

    private static RuntimeException error(PyType error, String message) {
        return ((PyBaseException) Abstract.call(error, new Object[] {message}, null)).toThrowable();
    }

    private static Format format(int wbits, boolean decompress, PyType error) {
        if (wbits >= 9 && wbits <= 15 || decompress && wbits == 0) {
            return Format.ZLIB;
        }
        if (wbits <= -9 && wbits >= -15) {
            return Format.RAW;
        }
        if (wbits >= 25 && wbits <= 31) {
            return Format.GZIP;
        }
        if (decompress && wbits >= 40 && wbits <= 47) {
            return Format.AUTO;
        }
        throw decompress ? error(error, "Error -2 while preparing to decompress data: inconsistent stream state")
                : Errors.valueError("Invalid initialization option");
    }

    // ------------------------------------------------------------------ compression

    static final class Compressor extends NativeObject {
        final Deflater deflater;
        final Format format;
        final PyType error;
        final int level;
        final int strategy;
        final CRC32 crc = new CRC32();
        long size;
        boolean headerWritten, finished;

        Compressor(PyType type, int level, int wbits, int strategy, PyType error) {
            super(type);
            if (level < -1 || level > 9) {
                throw error(error, "Bad compression level");
            }
            this.format = format(wbits, false, error);
            this.error = error;
            this.level = level;
            this.strategy = strategy;
            this.deflater = new Deflater(level, format != Format.ZLIB);
            if (strategy == 1) {
                deflater.setStrategy(Deflater.FILTERED);
            } else if (strategy == 2) {
                deflater.setStrategy(Deflater.HUFFMAN_ONLY);
            }
        }

        private void header(ByteArrayOutputStream out) {
            if (format == Format.GZIP && !headerWritten) {
                // zlib's gzip header: no name, mtime 0, the extra flags from the level, OS unix
                int xfl = level == 9 ? 2 : level == 1 || strategy >= 2 ? 4 : 0;
                out.writeBytes(new byte[] {0x1f, (byte) 0x8b, 8, 0, 0, 0, 0, 0, (byte) xfl, 3});
            }
            headerWritten = true;
        }

        byte[] compress(byte[] data) {
            if (finished) {
                throw error(error, "Error -2 while compressing data: inconsistent stream state");
            }
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            header(out);
            crc.update(data);
            size += data.length;
            deflater.setInput(data);
            byte[] buf = new byte[8192];
            while (!deflater.needsInput()) {
                int n = deflater.deflate(buf, 0, buf.length, Deflater.NO_FLUSH);
                out.write(buf, 0, n);
            }
            return out.toByteArray();
        }

        byte[] flush(int mode) {
            if (mode == 0 || finished) {
                return new byte[0];
            }
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            header(out);
            byte[] buf = new byte[8192];
            if (mode == 4) {
                deflater.finish();
                while (!deflater.finished()) {
                    int n = deflater.deflate(buf);
                    out.write(buf, 0, n);
                }
                if (format == Format.GZIP) {
                    long c = crc.getValue();
                    out.writeBytes(new byte[] {(byte) c, (byte) (c >> 8), (byte) (c >> 16), (byte) (c >> 24), (byte) size,
                        (byte) (size >> 8), (byte) (size >> 16), (byte) (size >> 24)});
                }
                finished = true;
                deflater.end();
            } else {
                int flush = mode == 3 ? Deflater.FULL_FLUSH : Deflater.SYNC_FLUSH;
                int n;
                do {
                    n = deflater.deflate(buf, 0, buf.length, flush);
                    out.write(buf, 0, n);
                } while (n == buf.length);
            }
            return out.toByteArray();
        }
    }

    static final PyType COMPRESS = Ext.type("zlib", "Compress", Compressor.class, null, null);

    static {
        Ext.method(COMPRESS, "compress", (a, k) -> {
            Ext.positionalOnly("compress", a, k, 2, 2);
            return new PyBytes(((Compressor) a[0]).compress(CodecsAccess.bytesLike(a[1])));
        });
        Ext.method(COMPRESS, "flush", (a, k) -> {
            Ext.positionalOnly("flush", a, k, 1, 2);
            return new PyBytes(((Compressor) a[0]).flush(a.length > 1 ? (int) Abstract.index(a[1]) : 4));
        });
        Ext.method(COMPRESS, "copy", (a, k) -> {
            throw new PyBaseException(Errors.NOT_IMPLEMENTED_ERROR, PyTuple.of("copying a zlib compressor is not supported"))
                    .toThrowable();
        });
    }

    // ------------------------------------------------------------------ decompression

    static final class Decompressor extends NativeObject {
        Inflater inflater;
        Format format;
        final PyType error;
        byte[] zdict;
        byte[] unusedData = new byte[0];
        byte[] unconsumedTail = new byte[0];
        /** Bytes of a gzip header or trailer still being collected. */
        ByteArrayOutputStream pending = new ByteArrayOutputStream();
        boolean headerDone, eof;
        final CRC32 crc = new CRC32();

        Decompressor(PyType type, int wbits, PyType error) {
            super(type);
            this.error = error;
            this.format = format(wbits, true, error);
            if (format == Format.ZLIB || format == Format.RAW) {
                inflater = new Inflater(format == Format.RAW);
                headerDone = true;
            }
        }

        /** Decompresses more input; at most maxLength bytes of output when positive (the rest of the input is kept). */
        byte[] decompress(byte[] data, long maxLength) {
            if (eof) {
                unusedData = concat(unusedData, data);
                return new byte[0];
            }
            byte[] input = concat(unconsumedTail, data);
            unconsumedTail = new byte[0];
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            int at = 0;
            if (!headerDone) {
                pending.writeBytes(input);
                byte[] h = pending.toByteArray();
                if (format == Format.AUTO) {
                    if (h.length < 2) {
                        return new byte[0];
                    }
                    format = (h[0] & 0xFF) == 0x1f && (h[1] & 0xFF) == 0x8b ? Format.GZIP : Format.ZLIB;
                    if (format == Format.ZLIB) {
                        inflater = new Inflater(false);
                        headerDone = true;
                        pending.reset();
                        input = h;
                    }
                }
                if (format == Format.GZIP) {
                    int length = gzipHeaderLength(h);
                    if (length < 0) {
                        return new byte[0]; // more header to come
                    }
                    inflater = new Inflater(true);
                    headerDone = true;
                    pending.reset();
                    input = h;
                    at = length;
                }
            }
            inflater.setInput(input, at, input.length - at);
            byte[] buf = new byte[8192];
            try {
                while (!inflater.finished()) {
                    int room = maxLength > 0 ? (int) Math.min(buf.length, maxLength - out.size()) : buf.length;
                    if (room <= 0) {
                        break;
                    }
                    int n = inflater.inflate(buf, 0, room);
                    if (n == 0) {
                        if (inflater.needsDictionary()) {
                            if (zdict == null) {
                                throw error(error, "Error 2 while decompressing data");
                            }
                            inflater.setDictionary(zdict);
                            continue;
                        }
                        if (inflater.needsInput()) {
                            break;
                        }
                    }
                    out.write(buf, 0, n);
                    crc.update(buf, 0, n);
                }
            } catch (DataFormatException e) {
                throw error(error, "Error -3 while decompressing data: " + (e.getMessage() == null ? "invalid data"
                        : e.getMessage()));
            }
            int remaining = inflater.getRemaining();
            byte[] rest = java.util.Arrays.copyOfRange(input, input.length - remaining, input.length);
            if (inflater.finished()) {
                if (format == Format.GZIP) {
                    pending.writeBytes(rest);
                    byte[] t = pending.toByteArray();
                    if (t.length < 8) {
                        return out.toByteArray(); // the trailer is still coming
                    }
                    long c = (t[0] & 0xFFL) | (t[1] & 0xFFL) << 8 | (t[2] & 0xFFL) << 16 | (t[3] & 0xFFL) << 24;
                    if (c != crc.getValue()) {
                        throw error(error, "Error -3 while decompressing data: incorrect data check");
                    }
                    rest = java.util.Arrays.copyOfRange(t, 8, t.length);
                }
                eof = true;
                unusedData = concat(unusedData, rest);
            } else {
                unconsumedTail = rest;
            }
            return out.toByteArray();
        }

        private static int gzipHeaderLength(byte[] h) {
            if (h.length < 10) {
                return -1;
            }
            int flags = h[3] & 0xFF, at = 10;
            if ((flags & 4) != 0) {
                if (h.length < at + 2) {
                    return -1;
                }
                at += 2 + ((h[at] & 0xFF) | (h[at + 1] & 0xFF) << 8);
            }
            for (int bit : new int[] {8, 16}) {
                if ((flags & bit) != 0) {
                    while (at < h.length && h[at] != 0) {
                        at++;
                    }
                    at++;
                }
            }
            if ((flags & 2) != 0) {
                at += 2;
            }
            return at <= h.length ? at : -1;
        }
    }

    private static byte[] concat(byte[] a, byte[] b) {
        if (a.length == 0) {
            return b;
        }
        byte[] r = java.util.Arrays.copyOf(a, a.length + b.length);
        System.arraycopy(b, 0, r, a.length, b.length);
        return r;
    }

    static final PyType DECOMPRESS = Ext.type("zlib", "Decompress", Decompressor.class, null, null);

    static {
        Ext.method(DECOMPRESS, "decompress", (a, k) -> {
            Object[] v = Ext.bind("decompress", java.util.Arrays.copyOfRange(a, 1, a.length), k, 1, 2, "data", "max_length");
            long max = v[1] == null ? 0 : Abstract.index(v[1]);
            if (max < 0) {
                throw Errors.valueError("max_length must be non-negative");
            }
            return new PyBytes(((Decompressor) a[0]).decompress(CodecsAccess.bytesLike(v[0]), max));
        });
        Ext.method(DECOMPRESS, "flush", (a, k) -> {
            Decompressor d = (Decompressor) a[0];
            return new PyBytes(d.decompress(new byte[0], 0));
        });
        Ext.getter(DECOMPRESS, "unused_data", self -> new PyBytes(((Decompressor) self).unusedData));
        Ext.getter(DECOMPRESS, "unconsumed_tail", self -> new PyBytes(((Decompressor) self).unconsumedTail));
        Ext.getter(DECOMPRESS, "eof", self -> ((Decompressor) self).eof);
    }
}
