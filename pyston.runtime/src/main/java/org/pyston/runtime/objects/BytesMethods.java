package org.pyston.runtime.objects;

import java.io.ByteArrayOutputStream;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.pyston.runtime.objects.MethodArgs.Style;
import org.pyston.runtime.text.StrRepr;

/**
 * The methods {@code bytes} and {@code bytearray} share, written once over byte arrays: each
 * returns the type of its receiver. Character classes and case are ASCII only, as CPython's.
 * Also the buffer conversions the runtime uses for bytes-like arguments.
 */
final class BytesMethods {
    private BytesMethods() {
    }

    // ------------------------------------------------------------------ buffers

    /**
     * The bytes of a bytes-like object (bytes, bytearray, memoryview), or null. Not a copy for bytes.
     * A consumer of a simple buffer: a view that is not C-contiguous is a BufferError.
     */
    static byte[] buffer(Object o) {
        if (o instanceof PyBytes b) {
            return b.bytes;
        }
        if (o instanceof PyByteArray ba) {
            return ba.toBytes();
        }
        if (o instanceof PyMemoryView m) {
            return m.simpleBytes();
        }
        if (o instanceof BufferExporter e && e.exportedItemSize() > 0) {
            return java.util.Arrays.copyOf(e.exportedArray(), e.exportedLength());
        }
        return null;
    }

    /**
     * {@link #buffer}, for consumers that turn a refused buffer into their own TypeError
     * (concatenation, join): null also for a view that is not C-contiguous.
     */
    private static byte[] bufferOrRefused(Object o) {
        return o instanceof PyMemoryView m && !m.contiguousOrReleased() ? null : buffer(o);
    }

    /** A bytes-like argument: "a bytes-like object is required, not 'str'" otherwise. */
    static byte[] bytesLike(Object o) {
        byte[] b = buffer(o);
        if (b == null) {
            throw Errors.typeError("a bytes-like object is required, not '" + Errors.typeName(o) + "'");
        }
        return b;
    }

    /** The contents of the receiver (bytes or bytearray); a copy for bytearray. */
    private static byte[] self(Object[] a, String method) {
        if (a.length > 0 && a[0] instanceof PyBytes b) {
            return b.bytes;
        }
        if (a.length > 0 && a[0] instanceof PyByteArray ba) {
            return ba.toBytes();
        }
        throw Errors.typeError("descriptor '" + method + "' requires a 'bytes' object but received a '"
                + (a.length == 0 ? "nothing" : Errors.typeName(a[0])) + "'");
    }

    /** A result of the receiver's type. */
    private static Object wrap(Object self, byte[] r) {
        return self instanceof PyByteArray ? new PyByteArray(r) : new PyBytes(r);
    }

    /** The right side of a bytearray slice assignment. */
    static byte[] assignable(Object o) {
        byte[] b = buffer(o);
        if (b != null) {
            return b;
        }
        if (o instanceof String || Abstract.isInt(o) || !isIterable(o)) {
            throw Errors.typeError("can assign only bytes, buffers, or iterables of ints in range(0, 256)");
        }
        return fromIterable(o, "byte must be in range(0, 256)");
    }

    private static boolean isIterable(Object o) {
        if (o instanceof PyList || o instanceof PyTuple || o instanceof PyRange || o instanceof String
                || o instanceof PyDict || o instanceof PySet || o instanceof PyIterator || o instanceof PyDictView
                || o instanceof PyBytes || o instanceof PyByteArray) {
            return true;
        }
        PyType t = PyType.of(o);
        Object iter = t.lookup("__iter__");
        return iter != null && iter != Singletons.NONE || !(o instanceof PyType) && t.lookup("__getitem__") != null;
    }

    /** The bytes of an iterable of ints in range(256). */
    static byte[] fromIterable(Object o, String rangeMessage) {
        Object[] items = o instanceof PyList l ? l.toArray() : o instanceof PyTuple t ? t.items : null;
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        if (items != null) {
            for (Object v : items) {
                out.write(byteValue(v, rangeMessage));
            }
        } else {
            PyIterator it = Abstract.iter(o);
            for (Object v = it.next(); v != null; v = it.next()) {
                out.write(byteValue(v, rangeMessage));
            }
        }
        return out.toByteArray();
    }

    private static int byteValue(Object v, String rangeMessage) {
        long x = Abstract.index(v);
        if (x < 0 || x > 255) {
            throw Errors.valueError(rangeMessage);
        }
        return (int) x;
    }

    /** {@code bytes(...)} and {@code bytearray(...)} from their arguments. */
    static byte[] construct(Object[] a, String[] k, boolean array) {
        String name = array ? "bytearray" : "bytes";
        int np = Args.positional(a, k);
        if (np > 3) {
            throw Errors.typeError(name + "() takes at most 3 arguments (" + np + " given)");
        }
        Object source = np > 0 ? a[0] : Args.keyword(a, k, "source");
        Object encoding = np > 1 ? a[1] : Args.keyword(a, k, "encoding");
        Object errors = np > 2 ? a[2] : Args.keyword(a, k, "errors");
        Args.onlyKeywords(name, k, "source", "encoding", "errors");
        if (encoding != null && !(encoding instanceof String)) {
            throw Errors.typeError(name + "() argument 'encoding' must be str, not " + Errors.typeName(encoding));
        }
        if (errors != null && !(errors instanceof String)) {
            throw Errors.typeError(name + "() argument 'errors' must be str, not " + Errors.typeName(errors));
        }
        if (source == null) {
            if (encoding != null || errors != null) {
                throw Errors.typeError(encoding != null ? "encoding without a string argument"
                        : "errors without a string argument");
            }
            return new byte[0];
        }
        if (source instanceof String s) {
            if (encoding == null) {
                throw Errors.typeError("string argument without an encoding");
            }
            return Codecs.encode(s, (String) encoding, errors == null ? "strict" : (String) errors).bytes;
        }
        if (encoding != null || errors != null) {
            throw Errors.typeError(encoding != null ? "encoding without a string argument"
                    : "errors without a string argument");
        }
        if (!array && source instanceof PyObject && !(source instanceof PyBytes)) {
            Object m = PyType.of(source).lookup("__bytes__");
            if (m != null) {
                Object r = Abstract.call(m, new Object[] {source}, null);
                if (!(r instanceof PyBytes rb)) {
                    throw Errors.typeError("__bytes__ returned non-bytes (type " + Errors.typeName(r) + ")");
                }
                return rb.bytes;
            }
        }
        byte[] b = source instanceof PyMemoryView m ? m.toBytes() : buffer(source); // any view, copied in C order
        if (b != null) {
            return array && source instanceof PyBytes ? b.clone() : b;
        }
        if (Abstract.isInt(source) || source instanceof PyObject && !isIterable(source)
                && PyType.of(source).lookup("__index__") != null) {
            long n = Abstract.index(source);
            if (n < 0) {
                throw Errors.valueError("negative count");
            }
            return new byte[(int) n];
        }
        if (source instanceof Double || !isIterable(source)) {
            throw Errors.typeError("cannot convert '" + Errors.typeName(source) + "' object to " + name);
        }
        return fromIterable(source, array ? "byte must be in range(0, 256)" : "bytes must be in range(0, 256)");
    }

    // ------------------------------------------------------------------ operations

    static Object getItem(Object self, Object key) {
        byte[] b = self instanceof PyBytes pb ? pb.bytes : ((PyByteArray) self).data;
        int n = self instanceof PyBytes pb ? pb.bytes.length : ((PyByteArray) self).size;
        String what = self instanceof PyBytes ? "byte" : "bytearray";
        if (key instanceof PySlice s) {
            long[] idx = s.indices(n);
            byte[] r;
            if (idx[2] == 1) {
                r = Arrays.copyOfRange(b, (int) idx[0], (int) (idx[0] + Math.max(0, idx[3])));
            } else {
                r = new byte[(int) Math.max(0, idx[3])];
                long j = idx[0];
                for (int i = 0; i < r.length; i++, j += idx[2]) {
                    r[i] = b[(int) j];
                }
            }
            return wrap(self, r);
        }
        if (!(Abstract.isInt(key) || key instanceof PyObject && PyType.of(key).lookup("__index__") != null)) {
            throw Errors.typeError(what + " indices must be integers or slices, not " + Errors.typeName(key));
        }
        long i = Abstract.index(key);
        if (i < 0) {
            i += n;
        }
        if (i < 0 || i >= n) {
            throw Errors.indexError(self instanceof PyBytes ? "index out of range" : "bytearray index out of range");
        }
        return (long) (b[(int) i] & 0xff);
    }

    /** {@code a + b}, {@code a * n} and {@code a % args} for bytes and bytearray operands, or null. */
    static Object binaryOp(Abstract.BinaryOp op, Object a, Object b) {
        boolean aBytes = a instanceof PyBytes || a instanceof PyByteArray;
        switch (op) {
            case ADD: {
                if (!aBytes) {
                    return null;
                }
                byte[] y = bufferOrRefused(b);
                if (y == null && b instanceof PyObject && !PyType.of(b).isBuiltin && PyType.of(b).lookup("__radd__") != null) {
                    return null; // the right operand's __radd__ has its turn
                }
                if (y == null) {
                    throw Errors.typeError("can't concat " + Errors.typeName(b) + " to " + Errors.typeName(a));
                }
                byte[] x = a instanceof PyBytes pb ? pb.bytes : ((PyByteArray) a).toBytes();
                byte[] r = Arrays.copyOf(x, x.length + y.length);
                System.arraycopy(y, 0, r, x.length, y.length);
                return wrap(a, r);
            }
            case MUL: {
                Object seq = aBytes ? a : b;
                Object count = aBytes ? b : a;
                if (!(seq instanceof PyBytes || seq instanceof PyByteArray) || !Abstract.isInt(count)) {
                    return null;
                }
                return wrap(seq, repeat(seq instanceof PyBytes pb ? pb.bytes : ((PyByteArray) seq).toBytes(),
                        Abstract.index(count)));
            }
            case MOD:
                if (!aBytes) {
                    return null;
                }
                return wrap(a, Formatter.percentBytes(a instanceof PyBytes pb ? pb.bytes : ((PyByteArray) a).toBytes(), b));
            default:
                return null;
        }
    }

    static byte[] repeat(byte[] b, long count) {
        if (count <= 0 || b.length == 0) {
            return new byte[0];
        }
        if ((long) b.length * count > Integer.MAX_VALUE - 16) {
            throw Errors.of(Errors.MEMORY_ERROR, PyTuple.EMPTY.items);
        }
        byte[] r = new byte[(int) (b.length * count)];
        for (int i = 0; i < count; i++) {
            System.arraycopy(b, 0, r, i * b.length, b.length);
        }
        return r;
    }

    static boolean contains(Object container, Object item) {
        byte[] b = container instanceof PyBytes pb ? pb.bytes : ((PyByteArray) container).toBytes();
        byte[] sub = buffer(item);
        if (sub != null) {
            return indexOf(b, 0, b.length, sub) >= 0;
        }
        if (!Abstract.isInt(item) && !(item instanceof PyObject && PyType.of(item).lookup("__index__") != null)) {
            throw Errors.typeError("a bytes-like object is required, not '" + Errors.typeName(item) + "'");
        }
        long v = Abstract.index(item);
        if (v < 0 || v > 255) {
            throw Errors.valueError("byte must be in range(0, 256)");
        }
        for (byte x : b) {
            if ((x & 0xff) == v) {
                return true;
            }
        }
        return false;
    }

    // ------------------------------------------------------------------ searching

    static int indexOf(byte[] b, int from, int to, byte[] sub) {
        if (sub.length == 0) {
            return from <= to ? from : -1;
        }
        byte first = sub[0];
        outer:
        for (int i = from; i <= to - sub.length; i++) {
            if (b[i] != first) {
                continue;
            }
            for (int k = 1; k < sub.length; k++) {
                if (b[i + k] != sub[k]) {
                    continue outer;
                }
            }
            return i;
        }
        return -1;
    }

    static int lastIndexOf(byte[] b, int from, int to, byte[] sub) {
        outer:
        for (int i = to - sub.length; i >= from; i--) {
            for (int k = 0; k < sub.length; k++) {
                if (b[i + k] != sub[k]) {
                    continue outer;
                }
            }
            return i;
        }
        return -1;
    }

    /** The sub argument of find/count/index: bytes-like or an int in range(256). */
    private static byte[] subArg(Object o) {
        byte[] b = buffer(o);
        if (b != null) {
            return b;
        }
        if (Abstract.isInt(o) || o instanceof PyObject && PyType.of(o).lookup("__index__") != null) {
            long v = Abstract.index(o);
            if (v < 0 || v > 255) {
                throw Errors.valueError("byte must be in range(0, 256)");
            }
            return new byte[] {(byte) v};
        }
        throw Errors.typeError("argument should be integer or bytes-like object, not '" + Errors.typeName(o) + "'");
    }

    /** The [start, end) bounds of the search arguments, or null when start is beyond the end. */
    private static int[] region(int n, Object start, Object end) {
        long[] r = MethodArgs.adjust(MethodArgs.sliceIndex(start, 0), MethodArgs.sliceIndex(end, n), n);
        if (r[0] > n) {
            return null;
        }
        return new int[] {(int) r[0], (int) Math.max(r[0], r[1])};
    }

    private static long find(byte[] b, Object[] p, boolean reverse) {
        byte[] sub = subArg(p[0]);
        int[] r = region(b.length, p[1], p[2]);
        if (r == null || r[1] - r[0] < sub.length) {
            return -1;
        }
        return reverse ? lastIndexOf(b, r[0], r[1], sub) : indexOf(b, r[0], r[1], sub);
    }

    private static long count(byte[] b, Object[] p) {
        byte[] sub = subArg(p[0]);
        int[] r = region(b.length, p[1], p[2]);
        if (r == null) {
            return 0;
        }
        if (sub.length == 0) {
            return r[1] - r[0] + 1;
        }
        long c = 0;
        for (int i = indexOf(b, r[0], r[1], sub); i >= 0; i = indexOf(b, i + sub.length, r[1], sub)) {
            c++;
        }
        return c;
    }

    private static boolean affix(byte[] b, Object[] p, boolean prefix) {
        String name = prefix ? "startswith" : "endswith";
        int[] r = region(b.length, p[1], p[2]);
        Object[] options = p[0] instanceof PyTuple t ? t.items : new Object[] {p[0]};
        for (Object o : options) {
            byte[] x = buffer(o);
            if (x == null) {
                throw Errors.typeError(p[0] instanceof PyTuple
                        ? "a bytes-like object is required, not '" + Errors.typeName(o) + "'"
                        : name + " first arg must be bytes or a tuple of bytes, not " + Errors.typeName(o));
            }
            if (r != null && r[1] - r[0] >= x.length
                    && regionMatches(b, prefix ? r[0] : r[1] - x.length, x)) {
                return true;
            }
        }
        return false;
    }

    private static boolean regionMatches(byte[] b, int at, byte[] x) {
        for (int k = 0; k < x.length; k++) {
            if (b[at + k] != x[k]) {
                return false;
            }
        }
        return true;
    }

    // ------------------------------------------------------------------ character classes (ASCII)

    static boolean isSpace(int c) {
        return c == ' ' || (c >= 9 && c <= 13);
    }

    private static boolean isAlpha(int c) {
        return (c | 0x20) >= 'a' && (c | 0x20) <= 'z';
    }

    private static boolean isDigit(int c) {
        return c >= '0' && c <= '9';
    }

    private static boolean isUpper(int c) {
        return c >= 'A' && c <= 'Z';
    }

    private static boolean isLower(int c) {
        return c >= 'a' && c <= 'z';
    }

    private static boolean all(byte[] b, java.util.function.IntPredicate p) {
        if (b.length == 0) {
            return false;
        }
        for (byte x : b) {
            if (!p.test(x & 0xff)) {
                return false;
            }
        }
        return true;
    }

    private static byte[] mapCase(byte[] b, char how) {
        byte[] r = b.clone();
        boolean previousCased = false;
        for (int i = 0; i < r.length; i++) {
            int c = r[i] & 0xff;
            boolean upper;
            switch (how) {
                case 'u': upper = true; break;
                case 'l': upper = false; break;
                case 's': upper = isLower(c); break;
                case 'c': upper = i == 0; break;
                default: upper = !previousCased; break; // title
            }
            if (upper && isLower(c)) {
                r[i] = (byte) (c - 32);
            } else if (!upper && isUpper(c) && (how != 's' || isUpper(c))) {
                r[i] = (byte) (c + 32);
            }
            previousCased = isAlpha(c);
        }
        return r;
    }

    private static boolean isTitle(byte[] b) {
        boolean cased = false, previousCased = false;
        for (byte x : b) {
            int c = x & 0xff;
            if (isUpper(c)) {
                if (previousCased) {
                    return false;
                }
                previousCased = cased = true;
            } else if (isLower(c)) {
                if (!previousCased) {
                    return false;
                }
                previousCased = cased = true;
            } else {
                previousCased = false;
            }
        }
        return cased;
    }

    // ------------------------------------------------------------------ split, strip, join

    private static byte[] range(byte[] b, int from, int to) {
        return Arrays.copyOfRange(b, from, to);
    }

    private static PyList list(Object self, List<byte[]> parts) {
        Object[] items = new Object[parts.size()];
        for (int i = 0; i < items.length; i++) {
            items[i] = wrap(self, parts.get(i));
        }
        return PyList.of(items);
    }

    private static PyList split(Object self, byte[] b, Object sepArg, long maxsplit) {
        if (maxsplit < 0) {
            maxsplit = Long.MAX_VALUE;
        }
        List<byte[]> out = new ArrayList<>();
        int n = b.length;
        if (sepArg == null || sepArg == Singletons.NONE) {
            int i = 0;
            while (true) {
                while (i < n && isSpace(b[i] & 0xff)) {
                    i++;
                }
                if (i >= n) {
                    break;
                }
                if (out.size() >= maxsplit) {
                    out.add(range(b, i, n)); // the rest as it is
                    break;
                }
                int j = i;
                while (j < n && !isSpace(b[j] & 0xff)) {
                    j++;
                }
                out.add(range(b, i, j));
                i = j;
            }
            return list(self, out);
        }
        byte[] sep = bytesLike(sepArg);
        if (sep.length == 0) {
            throw Errors.valueError("empty separator");
        }
        int i = 0;
        while (out.size() < maxsplit) {
            int j = indexOf(b, i, n, sep);
            if (j < 0) {
                break;
            }
            out.add(range(b, i, j));
            i = j + sep.length;
        }
        out.add(range(b, i, n));
        return list(self, out);
    }

    private static PyList rsplit(Object self, byte[] b, Object sepArg, long maxsplit) {
        if (maxsplit < 0) {
            maxsplit = Long.MAX_VALUE;
        }
        List<byte[]> parts = new ArrayList<>();
        if (sepArg == null || sepArg == Singletons.NONE) {
            int end = b.length;
            while (true) {
                while (end > 0 && isSpace(b[end - 1] & 0xff)) {
                    end--;
                }
                if (end <= 0) {
                    break;
                }
                if (parts.size() >= maxsplit) {
                    parts.add(range(b, 0, end)); // the rest as it is
                    break;
                }
                int j = end;
                while (j > 0 && !isSpace(b[j - 1] & 0xff)) {
                    j--;
                }
                parts.add(range(b, j, end));
                end = j;
            }
        } else {
            byte[] sep = bytesLike(sepArg);
            if (sep.length == 0) {
                throw Errors.valueError("empty separator");
            }
            int end = b.length;
            while (parts.size() < maxsplit) {
                int j = lastIndexOf(b, 0, end, sep);
                if (j < 0) {
                    break;
                }
                parts.add(range(b, j + sep.length, end));
                end = j;
            }
            parts.add(range(b, 0, end));
        }
        java.util.Collections.reverse(parts);
        return list(self, parts);
    }

    private static byte[] strip(byte[] b, Object chars, boolean left, boolean right) {
        int start = 0, end = b.length;
        if (chars == null || chars == Singletons.NONE) {
            while (left && start < end && isSpace(b[start] & 0xff)) {
                start++;
            }
            while (right && end > start && isSpace(b[end - 1] & 0xff)) {
                end--;
            }
        } else {
            boolean[] set = new boolean[256];
            for (byte x : bytesLike(chars)) {
                set[x & 0xff] = true;
            }
            while (left && start < end && set[b[start] & 0xff]) {
                start++;
            }
            while (right && end > start && set[b[end - 1] & 0xff]) {
                end--;
            }
        }
        return range(b, start, end);
    }

    private static PyList splitlines(Object self, byte[] b, boolean keepends) {
        List<byte[]> out = new ArrayList<>();
        int i = 0, n = b.length;
        while (i < n) {
            int j = i;
            while (j < n && b[j] != '\n' && b[j] != '\r') {
                j++;
            }
            int eol = j;
            if (j < n) {
                j += b[j] == '\r' && j + 1 < n && b[j + 1] == '\n' ? 2 : 1;
            }
            out.add(range(b, i, keepends ? j : eol));
            i = j;
        }
        return list(self, out);
    }

    private static byte[] join(byte[] sep, Object iterable) {
        Object[] items;
        if (iterable instanceof PyList l) {
            items = l.toArray();
        } else if (iterable instanceof PyTuple t) {
            items = t.items;
        } else {
            if (!isIterable(iterable)) {
                throw Errors.typeError("can only join an iterable");
            }
            List<Object> list = new ArrayList<>();
            PyIterator it = Abstract.iter(iterable);
            for (Object v = it.next(); v != null; v = it.next()) {
                list.add(v);
            }
            items = list.toArray();
        }
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        for (int i = 0; i < items.length; i++) {
            byte[] x = bufferOrRefused(items[i]);
            if (x == null) {
                throw Errors.typeError("sequence item " + i + ": expected a bytes-like object, "
                        + Errors.typeName(items[i]) + " found");
            }
            if (i > 0) {
                out.writeBytes(sep);
            }
            out.writeBytes(x);
        }
        return out.toByteArray();
    }

    private static byte[] replace(byte[] b, byte[] old, byte[] with, long count) {
        if (count < 0) {
            count = Long.MAX_VALUE;
        }
        ByteArrayOutputStream out = new ByteArrayOutputStream(b.length);
        if (old.length == 0) {
            long done = 0;
            int i = 0;
            for (; i < b.length && done < count; i++, done++) {
                out.writeBytes(with);
                out.write(b[i]);
            }
            if (done < count) {
                out.writeBytes(with);
            }
            out.write(b, i, b.length - i);
            return out.toByteArray();
        }
        int i = 0;
        long done = 0;
        while (done < count) {
            int j = indexOf(b, i, b.length, old);
            if (j < 0) {
                break;
            }
            out.write(b, i, j - i);
            out.writeBytes(with);
            i = j + old.length;
            done++;
        }
        out.write(b, i, b.length - i);
        return out.toByteArray();
    }

    private static Object partition(Object self, byte[] b, Object sepArg, boolean reverse) {
        byte[] sep = bytesLike(sepArg);
        if (sep.length == 0) {
            throw Errors.valueError("empty separator");
        }
        int i = reverse ? lastIndexOf(b, 0, b.length, sep) : indexOf(b, 0, b.length, sep);
        Object empty = wrap(self, new byte[0]);
        if (i < 0) {
            return reverse ? PyTuple.of(empty, wrap(self, new byte[0]), wrap(self, b.clone()))
                    : PyTuple.of(wrap(self, b.clone()), empty, wrap(self, new byte[0]));
        }
        return PyTuple.of(wrap(self, range(b, 0, i)), wrap(self, sep.clone()), wrap(self, range(b, i + sep.length,
                b.length)));
    }

    private static byte[] pad(byte[] b, long width, Object fillArg, char how, String name) {
        byte fill = ' ';
        if (fillArg != null) {
            byte[] f = fillArg instanceof PyBytes pb ? pb.bytes : fillArg instanceof PyByteArray ba ? ba.toBytes() : null;
            if (f == null || f.length != 1) {
                throw Errors.typeError(name + "() argument 2 must be a byte string of length 1, not "
                        + Errors.typeName(fillArg));
            }
            fill = f[0];
        }
        if (width <= b.length) {
            return b.clone();
        }
        int padding = (int) width - b.length;
        int left = how == 'l' ? 0 : how == 'r' ? padding : padding / 2 + (padding & (int) width & 1);
        byte[] r = new byte[(int) width];
        Arrays.fill(r, fill);
        System.arraycopy(b, 0, r, left, b.length);
        return r;
    }

    private static byte[] zfill(byte[] b, long width) {
        if (width <= b.length) {
            return b.clone();
        }
        byte[] r = new byte[(int) width];
        int fill = (int) width - b.length;
        Arrays.fill(r, (byte) '0');
        System.arraycopy(b, 0, r, fill, b.length);
        if (b.length > 0 && (b[0] == '+' || b[0] == '-')) {
            r[0] = b[0];
            r[fill] = '0';
        }
        return r;
    }

    private static byte[] expandtabs(byte[] b, long tabsize) {
        ByteArrayOutputStream out = new ByteArrayOutputStream(b.length);
        long col = 0;
        for (byte x : b) {
            if (x == '\t') {
                if (tabsize > 0) {
                    long spaces = tabsize - col % tabsize;
                    for (long k = 0; k < spaces; k++) {
                        out.write(' ');
                    }
                    col += spaces;
                }
            } else {
                out.write(x);
                col = x == '\n' || x == '\r' ? 0 : col + 1;
            }
        }
        return out.toByteArray();
    }

    private static byte[] translate(byte[] b, Object table, Object delete) {
        byte[] map = null;
        if (table != Singletons.NONE) {
            map = bytesLike(table);
            if (map.length != 256) {
                throw Errors.valueError("translation table must be 256 characters long");
            }
        }
        boolean[] gone = new boolean[256];
        if (delete != null) {
            for (byte x : bytesLike(delete)) {
                gone[x & 0xff] = true;
            }
        }
        ByteArrayOutputStream out = new ByteArrayOutputStream(b.length);
        for (byte x : b) {
            if (!gone[x & 0xff]) {
                out.write(map == null ? x : map[x & 0xff]);
            }
        }
        return out.toByteArray();
    }

    static String hex(byte[] b, Object sepArg, Object perSepArg) {
        String sep = null;
        if (sepArg != null) {
            if (sepArg instanceof String s) {
                sep = s;
            } else if (buffer(sepArg) != null) {
                sep = new String(buffer(sepArg), java.nio.charset.StandardCharsets.ISO_8859_1);
            } else {
                throw Errors.typeError("sep must be str or bytes.");
            }
            if (sep.length() != 1) {
                throw Errors.valueError("sep must be length 1.");
            }
            if (sep.charAt(0) >= 0x80) {
                throw Errors.valueError("sep must be ASCII.");
            }
        }
        long perSep = perSepArg == null ? 1 : Abstract.index(perSepArg);
        StringBuilder sb = new StringBuilder(b.length * 3);
        int group = (int) Math.min(Math.abs(perSep), Integer.MAX_VALUE);
        for (int i = 0; i < b.length; i++) {
            if (sep != null && group > 0 && i > 0) {
                // positive counts group from the right, negative ones from the left
                boolean boundary = perSep > 0 ? (b.length - i) % group == 0 : i % group == 0;
                if (boundary) {
                    sb.append(sep);
                }
            }
            sb.append(Character.forDigit((b[i] >> 4) & 15, 16)).append(Character.forDigit(b[i] & 15, 16));
        }
        return sb.toString();
    }

    static byte[] fromhex(Object arg) {
        if (!(arg instanceof String s)) {
            throw Errors.typeError("fromhex() argument must be str, not " + Errors.typeName(arg));
        }
        ByteArrayOutputStream out = new ByteArrayOutputStream(s.length() / 2);
        int i = 0, n = s.length();
        while (true) {
            while (i < n && isSpace(s.charAt(i))) {
                i++;
            }
            if (i >= n) {
                break;
            }
            int hi = Character.digit(s.charAt(i), 16);
            if (hi < 0 || s.charAt(i) >= 0x80) {
                throw Errors.valueError("non-hexadecimal number found in fromhex() arg at position " + i);
            }
            int lo = i + 1 < n && s.charAt(i + 1) < 0x80 ? Character.digit(s.charAt(i + 1), 16) : -1;
            if (lo < 0) {
                throw Errors.valueError("non-hexadecimal number found in fromhex() arg at position " + (i + 1));
            }
            out.write(hi * 16 + lo);
            i += 2;
        }
        return out.toByteArray();
    }

    private static PyBytes maketrans(Object[] a, String[] k) {
        Args.exact("maketrans", a, k, 2, 2);
        byte[] from = bytesLike(a[0]), to = bytesLike(a[1]);
        if (from.length != to.length) {
            throw Errors.valueError("maketrans arguments must have same length");
        }
        byte[] table = new byte[256];
        for (int i = 0; i < 256; i++) {
            table[i] = (byte) i;
        }
        for (int i = 0; i < from.length; i++) {
            table[from[i] & 0xff] = to[i];
        }
        return new PyBytes(table);
    }

    static String repr(Object self) {
        if (self instanceof PyBytes b) {
            return StrRepr.repr(b.bytes);
        }
        return "bytearray(" + StrRepr.repr(((PyByteArray) self).toBytes()) + ")";
    }

    // ------------------------------------------------------------------ installation

    private static Object[] bind(String type, String name, Style style, Object[] a, String[] k, int min,
            String... names) {
        self(a, name);
        return MethodArgs.bind(type, name, style, a, k, min, names);
    }

    private static final String[] NONE = {};

    /** Installs the shared methods into {@code t} (bytes or bytearray). */
    static void install(PyType t) {
        String tn = t.name;
        t.defineMethod("split", (a, k) -> {
            Object[] p = bind(tn, "split", Style.KEYWORDS, a, k, 0, "sep", "maxsplit");
            return split(a[0], self(a, "split"), p[0], MethodArgs.index(p[1], -1));
        });
        t.defineMethod("rsplit", (a, k) -> {
            Object[] p = bind(tn, "rsplit", Style.KEYWORDS, a, k, 0, "sep", "maxsplit");
            return rsplit(a[0], self(a, "rsplit"), p[0], MethodArgs.index(p[1], -1));
        });
        t.defineMethod("splitlines", (a, k) -> {
            Object[] p = bind(tn, "splitlines", Style.KEYWORDS, a, k, 0, "keepends");
            return splitlines(a[0], self(a, "splitlines"), p[0] != null && Abstract.isTrue(p[0]));
        });
        for (String name : new String[] {"strip", "lstrip", "rstrip"}) {
            boolean left = name.charAt(0) != 'r', right = name.charAt(0) != 'l';
            t.defineMethod(name, (a, k) -> {
                Object[] p = bind(tn, name, Style.POSITIONAL, a, k, 0, "bytes");
                return wrap(a[0], strip(self(a, name), p[0], left, right));
            });
        }
        t.defineMethod("join", (a, k) -> {
            bind(tn, "join", Style.ONE, a, k, 1, "iterable_of_bytes");
            if (a[0] instanceof PyByteArray ba) {
                // the separator is exported while the items are gathered: resizing it meanwhile is a BufferError
                ba.exports++;
                try {
                    return wrap(a[0], join(self(a, "join"), a[1]));
                } finally {
                    ba.exports--;
                }
            }
            return wrap(a[0], join(self(a, "join"), a[1]));
        });
        t.defineMethod("replace", (a, k) -> {
            Object[] p = bind(tn, "replace", Style.POSITIONAL, a, k, 2, "old", "new", "count");
            return wrap(a[0], replace(self(a, "replace"), bytesLike(p[0]), bytesLike(p[1]), MethodArgs.index(p[2], -1)));
        });
        for (String name : new String[] {"find", "rfind", "index", "rindex"}) {
            boolean reverse = name.charAt(0) == 'r', raise = name.endsWith("index");
            t.defineMethod(name, (a, k) -> {
                Object[] p = bind(tn, name, Style.TUPLE, a, k, 1, "sub", "start", "end");
                long r = find(self(a, name), p, reverse);
                if (r < 0 && raise) {
                    throw Errors.valueError("subsection not found");
                }
                return r;
            });
        }
        t.defineMethod("count", (a, k) -> count(self(a, "count"), bind(tn, "count", Style.TUPLE, a, k, 1, "sub",
                "start", "end")));
        t.defineMethod("startswith", (a, k) -> affix(self(a, "startswith"), bind(tn, "startswith", Style.TUPLE, a, k,
                1, "prefix", "start", "end"), true));
        t.defineMethod("endswith", (a, k) -> affix(self(a, "endswith"), bind(tn, "endswith", Style.TUPLE, a, k, 1,
                "suffix", "start", "end"), false));
        t.defineMethod("partition", (a, k) -> {
            bind(tn, "partition", Style.ONE, a, k, 1, "sep");
            return partition(a[0], self(a, "partition"), a[1], false);
        });
        t.defineMethod("rpartition", (a, k) -> {
            bind(tn, "rpartition", Style.ONE, a, k, 1, "sep");
            return partition(a[0], self(a, "rpartition"), a[1], true);
        });
        for (String name : new String[] {"center", "ljust", "rjust"}) {
            char how = name.charAt(0);
            t.defineMethod(name, (a, k) -> {
                Object[] p = bind(tn, name, Style.POSITIONAL, a, k, 1, "width", "fillchar");
                return wrap(a[0], pad(self(a, name), Abstract.index(p[0]), p[1], how, name));
            });
        }
        t.defineMethod("zfill", (a, k) -> {
            bind(tn, "zfill", Style.ONE, a, k, 1, "width");
            return wrap(a[0], zfill(self(a, "zfill"), Abstract.index(a[1])));
        });
        t.defineMethod("expandtabs", (a, k) -> {
            Object[] p = bind(tn, "expandtabs", Style.KEYWORDS, a, k, 0, "tabsize");
            return wrap(a[0], expandtabs(self(a, "expandtabs"), MethodArgs.index(p[0], 8)));
        });
        t.defineMethod("removeprefix", (a, k) -> {
            bind(tn, "removeprefix", Style.ONE, a, k, 1, "prefix");
            byte[] b = self(a, "removeprefix"), x = bytesLike(a[1]);
            return wrap(a[0], b.length >= x.length && regionMatches(b, 0, x) ? range(b, x.length, b.length) : b.clone());
        });
        t.defineMethod("removesuffix", (a, k) -> {
            bind(tn, "removesuffix", Style.ONE, a, k, 1, "suffix");
            byte[] b = self(a, "removesuffix"), x = bytesLike(a[1]);
            return wrap(a[0], x.length > 0 && b.length >= x.length && regionMatches(b, b.length - x.length, x)
                    ? range(b, 0, b.length - x.length) : b.clone());
        });
        for (String name : new String[] {"upper", "lower", "swapcase", "capitalize", "title"}) {
            char how = name.equals("swapcase") ? 's' : name.equals("title") ? 't' : name.charAt(0);
            t.defineMethod(name, (a, k) -> {
                bind(tn, name, Style.NOARGS, a, k, 0, NONE);
                return wrap(a[0], mapCase(self(a, name), how));
            });
        }
        definePredicate(t, "isalpha", BytesMethods::isAlpha);
        definePredicate(t, "isdigit", BytesMethods::isDigit);
        definePredicate(t, "isalnum", c -> isAlpha(c) || isDigit(c));
        definePredicate(t, "isspace", BytesMethods::isSpace);
        t.defineMethod("isascii", (a, k) -> {
            bind(tn, "isascii", Style.NOARGS, a, k, 0, NONE);
            for (byte x : self(a, "isascii")) {
                if (x < 0) {
                    return false;
                }
            }
            return true;
        });
        t.defineMethod("islower", (a, k) -> {
            bind(tn, "islower", Style.NOARGS, a, k, 0, NONE);
            byte[] b = self(a, "islower");
            boolean cased = false;
            for (byte x : b) {
                if (isUpper(x)) {
                    return false;
                }
                cased |= isLower(x);
            }
            return cased;
        });
        t.defineMethod("isupper", (a, k) -> {
            bind(tn, "isupper", Style.NOARGS, a, k, 0, NONE);
            byte[] b = self(a, "isupper");
            boolean cased = false;
            for (byte x : b) {
                if (isLower(x)) {
                    return false;
                }
                cased |= isUpper(x);
            }
            return cased;
        });
        t.defineMethod("istitle", (a, k) -> {
            bind(tn, "istitle", Style.NOARGS, a, k, 0, NONE);
            return isTitle(self(a, "istitle"));
        });
        t.defineMethod("decode", (a, k) -> {
            Object[] p = bind(tn, "decode", Style.KEYWORDS, a, k, 0, "encoding", "errors");
            return Codecs.decode(self(a, "decode"), p[0] == null ? "utf-8"
                    : MethodArgs.str(p[0], "decode() argument 'encoding'"), p[1] == null ? "strict"
                    : MethodArgs.str(p[1], "decode() argument 'errors'"));
        });
        t.defineMethod("hex", (a, k) -> {
            Object[] p = bind(tn, "hex", Style.KEYWORDS, a, k, 0, "sep", "bytes_per_sep");
            return hex(self(a, "hex"), p[0], p[1]);
        });
        t.define("fromhex", new PyClassMethod(new PyBuiltinFunction("fromhex", (a, k) -> {
            Args.exact("fromhex", a, k, 2, 2);
            byte[] b = fromhex(a[1]);
            PyType cls = (PyType) a[0];
            if (cls == PyBytes.TYPE) {
                return new PyBytes(b);
            }
            if (cls == PyByteArray.TYPE) {
                return new PyByteArray(b);
            }
            return Abstract.call(cls, new Object[] {new PyBytes(b)}, null);
        }, false)));
        t.define("maketrans", new PyStaticMethod(new PyBuiltinFunction("maketrans", BytesMethods::maketrans, false)));
        if (t == PyByteArray.TYPE) {
            // bytearray.__init__(self, source, encoding, errors): new contents, as bytearray() would make them
            t.defineMethod("__init__", (a, k) -> {
                if (!(a[0] instanceof PyByteArray self)) {
                    throw Errors.typeError("descriptor '__init__' requires a 'bytearray' object but received a '"
                            + Errors.typeName(a[0]) + "'");
                }
                self.setContents(construct(java.util.Arrays.copyOfRange(a, 1, a.length), k, true));
                return Singletons.NONE;
            });
        }
        t.defineMethod("translate", (a, k) -> {
            Object[] p = bind(tn, "translate", Style.KEYWORDS, a, k, 1, "table", "delete");
            return wrap(a[0], translate(self(a, "translate"), p[0], p[1]));
        });
        t.defineMethod("__len__", (a, k) -> (long) Abstract.len(a[0]));
        t.defineMethod("__getitem__", (a, k) -> getItem(a[0], a[1]));
        t.defineMethod("__contains__", (a, k) -> contains(a[0], a[1]));
        t.defineMethod("__iter__", (a, k) -> Abstract.iter(a[0]));
        t.defineMethod("__add__", (a, k) -> binaryOp(Abstract.BinaryOp.ADD, a[0], a[1]));
        NativeFunction mul = (a, k) -> Abstract.isInt(a[1])
                ? binaryOp(Abstract.BinaryOp.MUL, a[0], a[1]) : Singletons.NOT_IMPLEMENTED;
        t.defineMethod("__mul__", mul);
        t.defineMethod("__rmul__", mul);
        t.defineMethod("__mod__", (a, k) -> binaryOp(Abstract.BinaryOp.MOD, a[0], a[1]));
        t.defineMethod("__rmod__", (a, k) -> Singletons.NOT_IMPLEMENTED);
        t.defineMethod("__repr__", (a, k) -> repr(a[0]));
        t.defineMethod("__str__", (a, k) -> Abstract.str(a[0]));
        for (Abstract.CompareOp op : Abstract.CompareOp.values()) {
            t.defineMethod(op.method, (a, k) -> a[1] instanceof PyBytes || a[1] instanceof PyByteArray
                    ? Abstract.compare(op, a[0], a[1]) : Singletons.NOT_IMPLEMENTED);
        }
        if (t == PyBytes.TYPE) {
            t.defineMethod("__hash__", (a, k) -> Abstract.hash(a[0]));
            t.defineMethod("__bytes__", (a, k) -> a[0]);
            t.defineMethod("__getnewargs__", (a, k) -> PyTuple.of(new PyBytes(((PyBytes) a[0]).bytes.clone())));
        } else {
            t.define("__hash__", Singletons.NONE);
            installByteArray(t);
        }
    }

    private static void definePredicate(PyType t, String name, java.util.function.IntPredicate p) {
        t.defineMethod(name, (a, k) -> {
            bind(t.name, name, Style.NOARGS, a, k, 0, NONE);
            return all(self(a, name), p);
        });
    }

    private static PyByteArray array(Object[] a, String method) {
        if (a.length > 0 && a[0] instanceof PyByteArray ba) {
            return ba;
        }
        throw Errors.typeError("descriptor '" + method + "' requires a 'bytearray' object but received a '"
                + (a.length == 0 ? "nothing" : Errors.typeName(a[0])) + "'");
    }

    private static void installByteArray(PyType t) {
        t.defineMethod("append", (a, k) -> {
            Args.exact("append", a, k, 2, 2);
            array(a, "append").append(PyByteArray.toByte(a[1]));
            return Singletons.NONE;
        });
        t.defineMethod("extend", (a, k) -> {
            Args.exact("extend", a, k, 2, 2);
            PyByteArray ba = array(a, "extend");
            byte[] more = buffer(a[1]);
            if (more == null) {
                if (!isIterable(a[1]) || a[1] instanceof Long) {
                    throw Errors.typeError("can't extend bytearray with " + Errors.typeName(a[1]));
                }
                more = fromIterable(a[1], "byte must be in range(0, 256)");
            }
            ba.append(more);
            return Singletons.NONE;
        });
        t.defineMethod("insert", (a, k) -> {
            Args.exact("insert", a, k, 3, 3);
            PyByteArray ba = array(a, "insert");
            long i = Abstract.index(a[1]);
            byte v = PyByteArray.toByte(a[2]);
            if (i < 0) {
                i = Math.max(0, i + ba.size);
            }
            i = Math.min(i, ba.size);
            ba.replace((int) i, (int) i, new byte[] {v});
            return Singletons.NONE;
        });
        t.defineMethod("pop", (a, k) -> {
            Args.exact("pop", a, k, 1, 2);
            PyByteArray ba = array(a, "pop");
            if (ba.size == 0) {
                throw Errors.indexError("pop from empty bytearray");
            }
            long i = a.length > 1 ? Abstract.index(a[1]) : ba.size - 1;
            if (i < 0) {
                i += ba.size;
            }
            if (i < 0 || i >= ba.size) {
                throw Errors.indexError("pop index out of range");
            }
            long v = ba.data[(int) i] & 0xff;
            ba.replace((int) i, (int) i + 1, new byte[0]);
            return v;
        });
        t.defineMethod("remove", (a, k) -> {
            Args.exact("remove", a, k, 2, 2);
            PyByteArray ba = array(a, "remove");
            byte v = PyByteArray.toByte(a[1]);
            for (int i = 0; i < ba.size; i++) {
                if (ba.data[i] == v) {
                    ba.replace(i, i + 1, new byte[0]);
                    return Singletons.NONE;
                }
            }
            throw Errors.valueError("value not found in bytearray");
        });
        t.defineMethod("reverse", (a, k) -> {
            Args.exact("reverse", a, k, 1, 1);
            PyByteArray ba = array(a, "reverse");
            for (int i = 0, j = ba.size - 1; i < j; i++, j--) {
                byte x = ba.data[i];
                ba.data[i] = ba.data[j];
                ba.data[j] = x;
            }
            return Singletons.NONE;
        });
        t.defineMethod("clear", (a, k) -> {
            Args.exact("clear", a, k, 1, 1);
            array(a, "clear").setContents(new byte[0]);
            return Singletons.NONE;
        });
        t.defineMethod("copy", (a, k) -> {
            Args.exact("copy", a, k, 1, 1);
            return new PyByteArray(array(a, "copy").toBytes());
        });
        t.defineMethod("__setitem__", (a, k) -> {
            array(a, "__setitem__").setItem(a[1], a[2]);
            return Singletons.NONE;
        });
        t.defineMethod("__delitem__", (a, k) -> {
            array(a, "__delitem__").delItem(a[1]);
            return Singletons.NONE;
        });
        t.defineMethod("__iadd__", (a, k) -> {
            PyByteArray ba = array(a, "__iadd__");
            byte[] more = bufferOrRefused(a[1]);
            if (more == null) {
                throw Errors.typeError("can't concat " + Errors.typeName(a[1]) + " to bytearray");
            }
            ba.append(more);
            return ba;
        });
        t.defineMethod("__imul__", (a, k) -> {
            PyByteArray ba = array(a, "__imul__");
            if (!Abstract.isInt(a[1])) {
                return Singletons.NOT_IMPLEMENTED;
            }
            ba.setContents(repeat(ba.toBytes(), Abstract.index(a[1])));
            return ba;
        });
        t.defineMethod("__alloc__", (a, k) -> (long) array(a, "__alloc__").data.length + 1);
    }
}
