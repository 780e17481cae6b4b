package org.pyston.runtime.objects;

/**
 * The buffer protocol for objects other than bytes and bytearray (array.array): a live byte
 * array in native (little-endian) order holding items of one struct format, which memoryview,
 * bytes() and every bytes-like argument read and, unless read-only, write in place.
 */
public interface BufferExporter {
    /** The backing array (valid up to {@link #bufferSize()}); may be replaced when the object resizes. */
    byte[] bufferBytes();

    int bufferSize();

    /** The struct format character of one item ('B', 'h', 'd', ...). */
    String bufferFormat();

    int bufferItemSize();

    boolean bufferReadonly();
}
