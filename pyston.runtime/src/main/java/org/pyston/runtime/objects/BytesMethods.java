package org.pyston.runtime.objects;

import java.nio.charset.StandardCharsets;
import java.util.Arrays;

/**
 * {@code bytes}: item access and the methods of the type. Most methods are the {@code str}
 * methods applied to the bytes read as Latin-1 (one char per byte, an exact mapping), with the
 * results mapped back; the case methods touch ASCII letters only, as CPython's.
 */
final class BytesMethods {
    private BytesMethods() {
    }

    static String latin1(byte[] b) {
        return new String(b, StandardCharsets.ISO_8859_1);
    }

    static PyBytes bytes(String s) {
        return new PyBytes(s.getBytes(StandardCharsets.ISO_8859_1));
    }

    /** A bytes-like argument as a Latin-1 string (bytes, or a tuple of them for affixes). */
    private static Object arg(Object o) {
        if (o instanceof PyBytes b) {
            return latin1(b.bytes);
        }
        if (o instanceof PyByteArray || o instanceof PyMemoryView) {
            return latin1(PyMemoryView.bytesOf(o));
        }
        if (o instanceof PyTuple t) {
            Object[] items = new Object[t.size()];
            for (int i = 0; i < items.length; i++) {
                items[i] = arg(t.get(i));
            }
            return new PyTuple(items);
        }
        if (o instanceof PyList l) {
            Object[] items = l.toArray();
            for (int i = 0; i < items.length; i++) {
                items[i] = arg(items[i]);
            }
            return PyList.of(items);
        }
        if (o instanceof String) {
            throw Errors.typeError("a bytes-like object is required, not 'str'");
        }
        return o;
    }

    private static Object back(Object r) {
        if (r instanceof String s) {
            return bytes(s);
        }
        if (r instanceof PyList l) {
            Object[] items = l.toArray();
            for (int i = 0; i < items.length; i++) {
                items[i] = back(items[i]);
            }
            return PyList.of(items);
        }
        if (r instanceof PyTuple t) {
            Object[] items = t.items.clone();
            for (int i = 0; i < items.length; i++) {
                items[i] = back(items[i]);
            }
            return new PyTuple(items);
        }
        return r;
    }

    private static void viaStr(PyType t, String name) {
        t.defineMethod(name, (a, k) -> {
            Object[] args = new Object[a.length];
            args[0] = latin1(((PyBytes) a[0]).bytes);
            for (int i = 1; i < a.length; i++) {
                args[i] = arg(a[i]);
            }
            Object m = PyType.STR.lookup(name);
            return back(((PyBuiltinFunction) m).call(args, k));
        });
    }

    private static byte[] ascii(byte[] b, boolean upper) {
        byte[] r = b.clone();
        for (int i = 0; i < r.length; i++) {
            if (upper && r[i] >= 'a' && r[i] <= 'z') {
                r[i] -= 32;
            } else if (!upper && r[i] >= 'A' && r[i] <= 'Z') {
                r[i] += 32;
            }
        }
        return r;
    }

    static void install() {
        PyType t = PyBytes.TYPE;
        for (String name : new String[] {"split", "rsplit", "strip", "lstrip", "rstrip", "replace", "startswith",
            "endswith", "find", "rfind", "index", "rindex", "count", "partition", "rpartition", "center", "ljust",
            "rjust", "zfill", "splitlines", "expandtabs", "removeprefix", "removesuffix"}) {
            viaStr(t, name);
        }
        t.defineMethod("upper", (a, k) -> new PyBytes(ascii(((PyBytes) a[0]).bytes, true)));
        t.defineMethod("lower", (a, k) -> new PyBytes(ascii(((PyBytes) a[0]).bytes, false)));
        t.defineMethod("join", (a, k) -> {
            PyIterator it = Abstract.iter(a[1]);
            java.io.ByteArrayOutputStream out = new java.io.ByteArrayOutputStream();
            byte[] sep = ((PyBytes) a[0]).bytes;
            int i = 0;
            for (Object v = it.next(); v != null; v = it.next(), i++) {
                if (!(v instanceof PyBytes) && !(v instanceof PyByteArray)
                        && !(v instanceof PyMemoryView m && m.contiguousOrReleased())) {
                    throw Errors.typeError("sequence item " + i + ": expected a bytes-like object, "
                            + Errors.typeName(v) + " found");
                }
                if (i > 0) {
                    out.writeBytes(sep);
                }
                out.writeBytes(PyMemoryView.bytesOf(v));
            }
            return new PyBytes(out.toByteArray());
        });
        t.defineMethod("decode", (a, k) -> {
            Object enc = Args.positional(a, k) > 1 ? a[1] : Args.keyword(a, k, "encoding");
            return Codecs.decode(((PyBytes) a[0]).bytes, enc == null ? "utf-8" : (String) enc);
        });
        t.defineMethod("hex", (a, k) -> {
            StringBuilder sb = new StringBuilder();
            String sep = a.length > 1 ? Abstract.str(a[1]) : "";
            byte[] b = ((PyBytes) a[0]).bytes;
            for (int i = 0; i < b.length; i++) {
                if (i > 0) {
                    sb.append(sep);
                }
                sb.append(Character.forDigit((b[i] >> 4) & 15, 16)).append(Character.forDigit(b[i] & 15, 16));
            }
            return sb.toString();
        });
        t.define("fromhex", new PyClassMethod(new PyBuiltinFunction("fromhex", (a, k) -> {
            String s = ((String) a[1]).replace(" ", "");
            if (s.length() % 2 != 0) {
                throw Errors.valueError("non-hexadecimal number found in fromhex() arg at position " + s.length());
            }
            byte[] b = new byte[s.length() / 2];
            for (int i = 0; i < b.length; i++) {
                int hi = Character.digit(s.charAt(2 * i), 16), lo = Character.digit(s.charAt(2 * i + 1), 16);
                if (hi < 0 || lo < 0) {
                    throw Errors.valueError("non-hexadecimal number found in fromhex() arg at position " + (2 * i));
                }
                b[i] = (byte) (hi * 16 + lo);
            }
            return new PyBytes(b);
        }, false)));
    }

    static Object getItem(PyBytes b, Object key) {
        if (key instanceof PySlice s) {
            long[] idx = s.indices(b.bytes.length);
            byte[] r = new byte[(int) idx[3]];
            long j = idx[0];
            for (int i = 0; i < r.length; i++, j += idx[2]) {
                r[i] = b.bytes[(int) j];
            }
            return new PyBytes(r);
        }
        return (long) (b.bytes[Abstract.seqIndex(key, b.bytes.length, "index")] & 0xff);
    }

    static Object concat(PyBytes a, Object b) {
        if (!(b instanceof PyBytes || b instanceof PyMemoryView m && m.contiguousOrReleased())) {
            throw Errors.typeError("can't concat " + Errors.typeName(b) + " to bytes");
        }
        byte[] other = PyMemoryView.bytesOf(b);
        byte[] r = Arrays.copyOf(a.bytes, a.bytes.length + other.length);
        System.arraycopy(other, 0, r, a.bytes.length, other.length);
        return new PyBytes(r);
    }
}
