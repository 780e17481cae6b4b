package org.pyston.runtime.objects;

import java.util.Arrays;

/**
 * {@code bytearray}: mutable bytes, a byte array with spare capacity so that {@code append} and
 * {@code +=} are amortised O(1). The methods shared with {@code bytes} are in
 * {@link BytesMethods}.
 */
public final class PyByteArray extends PyObject {
    public static final PyType TYPE = PyType.builtin("bytearray", PyByteArray.class);
    /** The contents are {@code data[0..size)}. */
    byte[] data;
    int size;
    /** Unreleased exports of the buffer (memoryviews, see PyMemoryView.Export): the size is fixed while there are any. */
    int exports;

    /** A bytearray holding {@code contents} (not copied). */
    public PyByteArray(byte[] contents) {
        this.data = contents;
        this.size = contents.length;
    }

    @Override
    public PyType type() {
        return TYPE;
    }

    public int size() {
        return size;
    }

    /** A copy of the contents. */
    public byte[] toBytes() {
        return Arrays.copyOf(data, size);
    }

    /** CPython's rule: while the buffer is exported its size cannot change (BufferError). */
    void checkResize(int newSize) {
        if (exports > 0 && newSize != size) {
            throw Errors.of(Errors.BUFFER_ERROR, "Existing exports of data: object cannot be re-sized");
        }
    }

    void setContents(byte[] contents) {
        checkResize(contents.length);
        data = contents;
        size = contents.length;
    }

    private void ensureCapacity(int needed) {
        if (needed > data.length) {
            data = Arrays.copyOf(data, Math.max(needed, data.length + (data.length >> 1) + 8));
        }
    }

    void append(byte b) {
        checkResize(size + 1);
        ensureCapacity(size + 1);
        data[size++] = b;
    }

    void append(byte[] more) {
        checkResize(size + more.length);
        ensureCapacity(size + more.length);
        System.arraycopy(more, 0, data, size, more.length);
        size += more.length;
    }

    /** Replaces {@code [start, end)} by {@code with} (slice assignment with step 1). */
    void replace(int start, int end, byte[] with) {
        int newSize = size - (end - start) + with.length;
        checkResize(newSize);
        if (newSize > data.length) {
            byte[] r = new byte[Math.max(newSize, newSize + (newSize >> 3))];
            System.arraycopy(data, 0, r, 0, start);
            System.arraycopy(with, 0, r, start, with.length);
            System.arraycopy(data, end, r, start + with.length, size - end);
            data = r;
        } else {
            System.arraycopy(data, end, data, start + with.length, size - end);
            System.arraycopy(with, 0, data, start, with.length);
        }
        size = newSize;
    }

    static byte toByte(Object o) {
        long v = Abstract.index(o);
        if (v < 0 || v > 255) {
            throw Errors.valueError("byte must be in range(0, 256)");
        }
        return (byte) v;
    }

    void setItem(Object key, Object value) {
        if (key instanceof PySlice sl) {
            byte[] with = value == this ? toBytes() : BytesMethods.assignable(value);
            long[] idx = sl.indices(size);
            if (idx[2] == 1) {
                int start = (int) idx[0];
                replace(start, Math.max(start, (int) idx[1]), with);
                return;
            }
            if (with.length == 0) {
                delItem(sl); // unlike a list, a bytearray lets an empty value delete an extended slice
                return;
            }
            if (with.length != idx[3]) {
                throw Errors.valueError("attempt to assign bytes of size " + with.length
                        + " to extended slice of size " + idx[3]);
            }
            long j = idx[0];
            for (int k = 0; k < with.length; k++, j += idx[2]) {
                data[(int) j] = with[k];
            }
            return;
        }
        if (!(Abstract.isInt(key) || key instanceof PyObject && PyType.of(key).lookup("__index__") != null)) {
            throw Errors.typeError("bytearray indices must be integers or slices, not " + Errors.typeName(key));
        }
        data[Abstract.seqIndex(key, size, "bytearray")] = toByte(value);
    }

    void delItem(Object key) {
        if (key instanceof PySlice sl) {
            long[] idx = sl.indices(size);
            if (idx[3] <= 0) {
                return;
            }
            if (idx[2] == 1) {
                replace((int) idx[0], (int) idx[1], new byte[0]);
                return;
            }
            checkResize(size - (int) idx[3]);
            // Remove every step-th byte: keep the others in order.
            long step = idx[2];
            long first = step > 0 ? idx[0] : idx[0] + step * (idx[3] - 1);
            long stride = Math.abs(step);
            long last = first + stride * (idx[3] - 1);
            int w = (int) first;
            for (int r = (int) first; r < size; r++) {
                if (r <= last && (r - first) % stride == 0) {
                    continue;
                }
                data[w++] = data[r];
            }
            size = w;
            return;
        }
        if (!(Abstract.isInt(key) || key instanceof PyObject && PyType.of(key).lookup("__index__") != null)) {
            throw Errors.typeError("bytearray indices must be integers or slices, not " + Errors.typeName(key));
        }
        int i = Abstract.seqIndex(key, size, "bytearray");
        checkResize(size - 1);
        System.arraycopy(data, i + 1, data, i, size - i - 1);
        size--;
    }
}
