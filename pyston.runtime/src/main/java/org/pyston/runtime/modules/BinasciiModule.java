package org.pyston.runtime.modules;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.zip.CRC32;
import org.pyston.runtime.objects.Abstract;
import org.pyston.runtime.objects.CodecsAccess;
import org.pyston.runtime.objects.Errors;
import org.pyston.runtime.objects.PyBaseException;
import org.pyston.runtime.objects.PyBytes;
import org.pyston.runtime.objects.PyDict;
import org.pyston.runtime.objects.PyModule;
import org.pyston.runtime.objects.PyTuple;
import org.pyston.runtime.objects.PyType;

/**
 * {@code binascii}: hex and base64 conversions, CRC-32 and CRC-CCITT, with CPython's errors
 * ({@code binascii.Error}, a ValueError). The uu and quoted-printable codings raise
 * NotImplementedError.
 */
final class BinasciiModule {
    private BinasciiModule() {
    }

    private static final String BASE64 = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/";

    static PyModule create() {
        PyModule m = new PyModule("binascii");
        PyType error = exceptionType("binascii", "Error", Errors.VALUE_ERROR);
        PyType incomplete = exceptionType("binascii", "Incomplete", Errors.EXCEPTION);
        m.set("Error", error);
        m.set("Incomplete", incomplete);
        for (String name : new String[] {"hexlify", "b2a_hex"}) {
            Ext.function(m, name, (a, k) -> {
                Object[] v = Ext.bind(name, a, k, 1, 3, "data", "sep", "bytes_per_sep");
                return new PyBytes(hex(CodecsAccess.bytesLike(v[0]), v[1], v[2] == null ? 1 : Abstract.index(v[2]))
                        .getBytes(StandardCharsets.ISO_8859_1));
            });
        }
        for (String name : new String[] {"unhexlify", "a2b_hex"}) {
            Ext.function(m, name, (a, k) -> {
                Object[] v = Ext.bind(name, a, k, 1, 1, "hexstr");
                byte[] s = asciiData(v[0]);
                if (s.length % 2 != 0) {
                    throw error(error, "Odd-length string");
                }
                byte[] out = new byte[s.length / 2];
                for (int i = 0; i < out.length; i++) {
                    int hi = Character.digit(s[2 * i], 16), lo = Character.digit(s[2 * i + 1], 16);
                    if (hi < 0 || lo < 0) {
                        throw error(error, "Non-hexadecimal digit found");
                    }
                    out[i] = (byte) (hi * 16 + lo);
                }
                return new PyBytes(out);
            });
        }
        Ext.function(m, "b2a_base64", (a, k) -> {
            Object[] v = Ext.bind("b2a_base64", a, k, 1, 1, "data", "newline");
            byte[] data = CodecsAccess.bytesLike(v[0]);
            boolean newline = v[1] == null || Abstract.isTrue(v[1]);
            StringBuilder sb = new StringBuilder();
            for (int i = 0; i < data.length; i += 3) {
                int n = Math.min(3, data.length - i);
                int chunk = (data[i] & 0xFF) << 16 | (n > 1 ? (data[i + 1] & 0xFF) << 8 : 0) | (n > 2 ? data[i + 2] & 0xFF : 0);
                for (int j = 0; j < 4; j++) {
                    sb.append(j <= n ? BASE64.charAt(chunk >> (18 - 6 * j) & 0x3F) : '=');
                }
            }
            if (newline) {
                sb.append('\n');
            }
            return new PyBytes(sb.toString().getBytes(StandardCharsets.ISO_8859_1));
        });
        Ext.function(m, "a2b_base64", (a, k) -> {
            Object[] v = Ext.bind("a2b_base64", a, k, 1, 1, "data", "strict_mode");
            return new PyBytes(base64Decode(asciiData(v[0]), v[1] != null && Abstract.isTrue(v[1]), error));
        });
        Ext.function(m, "crc32", (a, k) -> {
            Ext.positionalOnly("crc32", a, k, 1, 2);
            return crc32(CodecsAccess.bytesLike(a[0]), a.length > 1 ? a[1] : 0L);
        });
        Ext.function(m, "crc_hqx", (a, k) -> {
            Ext.positionalOnly("crc_hqx", a, k, 2, 2);
            int crc = (int) (Abstract.index(a[1]) & 0xFFFF);
            for (byte b : CodecsAccess.bytesLike(a[0])) {
                crc ^= (b & 0xFF) << 8;
                for (int i = 0; i < 8; i++) {
                    crc = (crc & 0x8000) != 0 ? (crc << 1) ^ 0x1021 : crc << 1;
                }
                crc &= 0xFFFF;
            }
            return (long) crc;
        });
        for (String name : new String[] {"a2b_uu", "b2a_uu", "a2b_qp", "b2a_qp"}) {
            Ext.function(m, name, (a, k) -> {
                throw new PyBaseException(Errors.NOT_IMPLEMENTED_ERROR, PyTuple.of("binascii." + name + " is not supported yet"))
                        .toThrowable();
            });
        }
        return m;
    }

    /** A new exception class of a native module (per context, as the module is). */
    static PyType exceptionType(String module, String name, PyType base) {
        PyDict ns = new PyDict();
        ns.put("__module__", module);
        return (PyType) Abstract.call(PyType.TYPE, new Object[] {name, PyTuple.of(base), ns}, null);
    }

    private static RuntimeException error(PyType type, String message) {
        return ((PyBaseException) Abstract.call(type, new Object[] {message}, null)).toThrowable();
    }

    /** zlib.crc32 and binascii.crc32: the running CRC-32 continued over data. */
    static long crc32(byte[] data, Object start) {
        long value = Abstract.index(Abstract.isInt(start) ? start : Abstract.index(start)) & 0xFFFFFFFFL;
        // CRC32 cannot be seeded: combine by running the standard algorithm from the given value
        int crc = ~(int) value;
        for (byte b : data) {
            crc ^= b & 0xFF;
            for (int i = 0; i < 8; i++) {
                crc = (crc & 1) != 0 ? (crc >>> 1) ^ 0xEDB88320 : crc >>> 1;
            }
        }
        if (value == 0) {
            CRC32 fast = new CRC32(); // the common case, without the bitwise loop's cost
            fast.update(data);
            return fast.getValue();
        }
        return ~crc & 0xFFFFFFFFL;
    }

    /** ASCII data for the a2b functions: bytes-like or a str of ASCII characters. */
    private static byte[] asciiData(Object o) {
        if (o instanceof String s) {
            for (int i = 0; i < s.length(); i++) {
                if (s.charAt(i) >= 0x80) {
                    throw Errors.valueError("string argument should contain only ASCII characters");
                }
            }
            return s.getBytes(StandardCharsets.ISO_8859_1);
        }
        return CodecsAccess.bytesLike(o);
    }

    private static String hex(byte[] data, Object sep, long perSep) {
        StringBuilder sb = new StringBuilder();
        String separator = null;
        if (sep != null) {
            separator = sep instanceof String s ? s : new String(CodecsAccess.bytesLike(sep), StandardCharsets.ISO_8859_1);
            if (separator.length() != 1) {
                throw Errors.valueError("sep must be length 1.");
            }
        }
        int n = data.length;
        for (int i = 0; i < n; i++) {
            if (separator != null && perSep != 0 && i > 0) {
                // groups count from the right for a positive bytes_per_sep, from the left for a negative one
                long group = Math.abs(perSep);
                boolean boundary = perSep > 0 ? (n - i) % group == 0 : i % group == 0;
                if (boundary) {
                    sb.append(separator);
                }
            }
            sb.append(Character.forDigit((data[i] >> 4) & 0xF, 16)).append(Character.forDigit(data[i] & 0xF, 16));
        }
        return sb.toString();
    }

    /** Base64 decoding as CPython's: characters outside the alphabet are skipped unless strict. */
    private static byte[] base64Decode(byte[] s, boolean strict, PyType error) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        int acc = 0, bits = 0, quads = 0, pads = 0;
        boolean padStarted = false;
        if (strict && s.length > 0 && s[0] == '=') {
            throw error(error, "Leading padding not allowed");
        }
        for (int i = 0; i < s.length; i++) {
            int c = s[i] & 0xFF;
            if (c == '=') {
                padStarted = true;
                if (quads >= 2 && quads + ++pads >= 4) {
                    if (strict && i + 1 < s.length) {
                        throw error(error, "Excess data after padding");
                    }
                    quads = 0;
                    acc = 0;
                    bits = 0;
                    pads = 0;
                    if (!strict) {
                        continue;
                    }
                }
                continue;
            }
            int d = BASE64.indexOf(c);
            if (d < 0) {
                if (strict) {
                    throw error(error, "Only base64 data is allowed");
                }
                continue;
            }
            if (strict && padStarted) {
                throw error(error, "Discontinuous padding not allowed");
            }
            padStarted = false;
            pads = 0;
            acc = acc << 6 | d;
            bits += 6;
            quads = (quads + 1) % 4;
            if (bits >= 8) {
                bits -= 8;
                out.write(acc >> bits & 0xFF);
            }
        }
        if (quads != 0) {
            if (quads == 1) {
                int count = 0;
                for (byte b : s) {
                    if (BASE64.indexOf(b & 0xFF) >= 0) {
                        count++;
                    }
                }
                throw error(error, "Invalid base64-encoded string: number of data characters (" + count
                        + ") cannot be 1 more than a multiple of 4");
            }
            throw error(error, "Incorrect padding");
        }
        return out.toByteArray();
    }
}
