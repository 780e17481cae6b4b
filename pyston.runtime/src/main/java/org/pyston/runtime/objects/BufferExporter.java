package org.pyston.runtime.objects;

/**
 * An object outside this package that exports a writable buffer to memoryviews (as
 * {@code BytesIO.getbuffer()}): the views read and write its current array, and tell it when
 * exports begin and end, so that it can refuse to resize or close while one is unreleased.
 */
public interface BufferExporter {
    /** The array holding the exported bytes, {@code [0, exportedLength())}. */
    byte[] exportedArray();

    int exportedLength();

    /** One export more ({@code +1}) or less ({@code -1}). */
    void exportsChanged(int delta);

    /** The struct format of one item of the export ('B' unless the exporter holds typed items, as array.array). */
    default String exportedFormat() {
        return "B";
    }

    /** Bytes per item; {@code exportedLength()} is a multiple of it. */
    default int exportedItemSize() {
        return 1;
    }
}
