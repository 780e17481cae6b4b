package org.pyston.runtime.io;

import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.Charset;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CodingErrorAction;
import java.util.Arrays;
import java.util.Set;
import org.pyston.runtime.objects.Abstract;
import org.pyston.runtime.objects.Codecs;
import org.pyston.runtime.objects.Errors;
import org.pyston.runtime.objects.Imports;
import org.pyston.runtime.objects.PyBytes;
import org.pyston.runtime.objects.PyException;
import org.pyston.runtime.objects.PyTuple;
import org.pyston.runtime.objects.PyValueInstance;

/**
 * The incremental encoders and decoders a TextIOWrapper uses (CPython's
 * {@code codecs.getincrementaldecoder(encoding)(errors)} and the encoder likewise).
 *
 * <p>For the codecs the runtime writes itself ({@link Codecs}) the decoders here keep the bytes
 * of an incomplete character between calls and decode the rest with {@link Codecs#decode}, so
 * errors and error handlers behave as they do for {@code bytes.decode}. Their state
 * ({@code getstate()}: pending bytes and a flag) is the one CPython's decoders report, which
 * makes {@code TextIOWrapper.tell()} cookies the same numbers. Encodings the runtime lacks are
 * looked up in Python's {@code codecs} registry when it can be imported; otherwise LookupError,
 * as CPython for an unknown encoding.
 */
final class TextCodecs {
    private TextCodecs() {
    }

    /** An incremental decoder. */
    interface Decoder {
        String decode(byte[] input, boolean last);

        /** The bytes held back, of {@code getstate()}. */
        byte[] pending();

        /** The flag of {@code getstate()}. */
        long flags();

        void setState(byte[] pending, long flags);

        void reset();
    }

    /** An incremental encoder. */
    interface Encoder {
        byte[] encode(String text);

        void reset();

        /** {@code setstate(state)}: 0 after the start of a stream (no BOM). */
        void setState(long state);
    }

    /** The codecs of CPython's that are not text encodings (bytes to bytes, str to str). */
    private static final Set<String> NOT_TEXT = Set.of("base64", "base_64", "base64_codec", "bz2", "bz2_codec",
            "hex", "hex_codec", "quopri", "quotedprintable", "quoted_printable", "quopri_codec", "uu", "uu_codec",
            "zip", "zlib", "zlib_codec", "rot13", "rot_13");

    /** A codec found for a TextIOWrapper: one of ours (by its name) or a Python CodecInfo. */
    record Codec(String name, Object pyInfo) {
    }

    /**
     * Looks {@code encoding} up as a text encoding (CPython's {@code _PyCodec_LookupTextEncoding}):
     * LookupError "unknown encoding: X", or "'X' is not a text encoding; use codecs.open() to handle
     * arbitrary codecs".
     */
    static Codec lookup(IoModule io, String encoding) {
        try {
            return new Codec(Codecs.codecName(encoding), null);
        } catch (PyException unknown) {
            if (!unknown.matches(Errors.LOOKUP_ERROR)) {
                throw unknown;
            }
            Object codecs;
            try {
                codecs = Imports.importModule(io.ctx, "codecs", PyTuple.of("lookup"), 0, null);
            } catch (PyException unavailable) {
                String normal = encoding.toLowerCase().replace('-', '_').replace(' ', '_');
                if (NOT_TEXT.contains(normal)) {
                    throw notText(encoding);
                }
                throw unknown;
            }
            Object info = Abstract.call(Abstract.getAttr(codecs, "lookup"), new Object[] {encoding}, null);
            Object isText = IoBase.lookupOptional(info, "_is_text_encoding");
            if (isText != null && !Abstract.isTrue(isText)) {
                throw notText(encoding);
            }
            return new Codec((String) PyValueInstance.unwrap(Abstract.getAttr(info, "name")), info);
        }
    }

    private static PyException notText(String encoding) {
        return Errors.of(Errors.LOOKUP_ERROR, "'" + encoding + "' is not a text encoding; use codecs.open() to handle "
                + "arbitrary codecs");
    }

    static Decoder decoder(Codec codec, String errors) {
        if (codec.pyInfo != null) {
            return new PyDecoder(Abstract.call(Abstract.getAttr(codec.pyInfo, "incrementaldecoder"),
                    new Object[] {errors}, null));
        }
        return new NativeDecoder(codec.name, errors);
    }

    static Encoder encoder(Codec codec, String errors) {
        if (codec.pyInfo != null) {
            return new PyEncoder(Abstract.call(Abstract.getAttr(codec.pyInfo, "incrementalencoder"),
                    new Object[] {errors}, null));
        }
        return new NativeEncoder(codec.name, errors);
    }

    // ------------------------------------------------------------------ the runtime's codecs

    /** How a codec's characters are laid out in bytes, for finding an incomplete one at the end. */
    private enum Layout { SINGLE, UTF8, UTF8_SIG, UTF16, UTF16_LE, UTF16_BE, UTF32, UTF32_LE, UTF32_BE, MULTI }

    private static Layout layout(String name) {
        switch (name) {
            case "utf-8": return Layout.UTF8;
            case "utf-8-sig": return Layout.UTF8_SIG;
            case "utf-16": return Layout.UTF16;
            case "utf-16-le": return Layout.UTF16_LE;
            case "utf-16-be": return Layout.UTF16_BE;
            case "utf-32": return Layout.UTF32;
            case "utf-32-le": return Layout.UTF32_LE;
            case "utf-32-be": return Layout.UTF32_BE;
            default:
                Charset cs = Codecs.charsetOf(name);
                return cs != null && cs.newEncoder().maxBytesPerChar() > 1 ? Layout.MULTI : Layout.SINGLE;
        }
    }

    static final class NativeDecoder implements Decoder {
        final String name;
        final String errors;
        final Layout layout;
        byte[] pending = new byte[0];
        /**
         * utf-16/utf-32: 2 until the BOM decided the byte order, then 0 (little endian) or 1 (big);
         * utf-8-sig: 1 until the start was seen.
         */
        long flags;

        NativeDecoder(String name, String errors) {
            this.name = name;
            this.errors = errors;
            this.layout = layout(name);
            reset();
        }

        @Override
        public void reset() {
            pending = new byte[0];
            flags = layout == Layout.UTF16 || layout == Layout.UTF32 ? 2 : layout == Layout.UTF8_SIG ? 1 : 0;
        }

        @Override
        public byte[] pending() {
            return pending;
        }

        @Override
        public long flags() {
            return flags;
        }

        @Override
        public void setState(byte[] buffered, long f) {
            pending = buffered.clone();
            flags = f;
        }

        @Override
        public String decode(byte[] input, boolean last) {
            byte[] data = input;
            if (pending.length > 0) {
                data = Arrays.copyOf(pending, pending.length + input.length);
                System.arraycopy(input, 0, data, pending.length, input.length);
            }
            int start = 0;
            String codecName = name;
            switch (layout) {
                case UTF8_SIG:
                    codecName = "utf-8";
                    if (flags == 1) {
                        if (data.length < 3 && isBomPrefix(data) && !last) {
                            pending = data;
                            return "";
                        }
                        flags = 0;
                        if (data.length >= 3 && (data[0] & 0xFF) == 0xEF && (data[1] & 0xFF) == 0xBB
                                && (data[2] & 0xFF) == 0xBF) {
                            start = 3;
                        }
                    }
                    break;
                case UTF16:
                case UTF32: {
                    int unit = layout == Layout.UTF16 ? 2 : 4;
                    if (flags == 2) {
                        if (data.length < unit) {
                            if (last && data.length > 0) {
                                break; // the codec reports the truncated data
                            }
                            pending = data;
                            return "";
                        }
                        int order = byteOrderMark(data, unit);
                        flags = order == 1 ? 1 : 0;
                        start = order != 0 ? unit : 0;
                    }
                    codecName = (unit == 2 ? "utf-16" : "utf-32") + (flags == 1 ? "-be" : "-le");
                    break;
                }
                default:
                    break;
            }
            int end = last ? data.length : completeEnd(data, start, codecName);
            pending = Arrays.copyOfRange(data, end, data.length);
            if (end == start) {
                return "";
            }
            return Codecs.decode(data, start, end, codecName, errors);
        }

        private static boolean isBomPrefix(byte[] data) {
            int[] bom = {0xEF, 0xBB, 0xBF};
            for (int i = 0; i < data.length; i++) {
                if ((data[i] & 0xFF) != bom[i]) {
                    return false;
                }
            }
            return true;
        }

        /** 1: big-endian BOM, -1: little-endian BOM, 0: none (little endian assumed, as CPython on x86). */
        private static int byteOrderMark(byte[] d, int unit) {
            int b0 = d[0] & 0xFF, b1 = d[1] & 0xFF;
            if (unit == 2) {
                return b0 == 0xFE && b1 == 0xFF ? 1 : b0 == 0xFF && b1 == 0xFE ? -1 : 0;
            }
            int b2 = d[2] & 0xFF, b3 = d[3] & 0xFF;
            if (b0 == 0 && b1 == 0 && b2 == 0xFE && b3 == 0xFF) {
                return 1;
            }
            return b0 == 0xFF && b1 == 0xFE && b2 == 0 && b3 == 0 ? -1 : 0;
        }

        /** Where the last complete character of {@code data[start..]} ends (the rest waits for more input). */
        private int completeEnd(byte[] data, int start, String codecName) {
            int n = data.length;
            switch (layout) {
                case UTF8:
                case UTF8_SIG: {
                    for (int i = n - 1; i >= Math.max(start, n - 3); i--) {
                        int b = data[i] & 0xFF;
                        if ((b & 0xC0) == 0x80) {
                            continue;
                        }
                        int need = b >= 0xC2 && b <= 0xDF ? 2 : b >= 0xE0 && b <= 0xEF ? 3 : b >= 0xF0 && b <= 0xF4 ? 4
                                : 1;
                        return i + need > n ? i : n;
                    }
                    return n;
                }
                case UTF16:
                case UTF16_LE:
                case UTF16_BE: {
                    int end = start + ((n - start) & ~1);
                    if (end - start >= 2) {
                        boolean be = codecName.endsWith("be");
                        int hi = be ? data[end - 2] & 0xFF : data[end - 1] & 0xFF;
                        if (hi >= 0xD8 && hi <= 0xDB) {
                            end -= 2; // a high surrogate waits for its partner
                        }
                    }
                    return end;
                }
                case UTF32:
                case UTF32_LE:
                case UTF32_BE:
                    return start + ((n - start) & ~3);
                case MULTI:
                    return multiByteEnd(data, start);
                default:
                    return n;
            }
        }

        /** The end of the complete characters of a multi-byte JDK charset (malformed bytes count as complete). */
        private int multiByteEnd(byte[] data, int start) {
            CharsetDecoder d = Codecs.charsetOf(name).newDecoder().onMalformedInput(CodingErrorAction.REPLACE)
                    .onUnmappableCharacter(CodingErrorAction.REPLACE);
            ByteBuffer in = ByteBuffer.wrap(data, start, data.length - start);
            CharBuffer out = CharBuffer.allocate(data.length * 2 + 4);
            d.decode(in, out, false);
            return in.position();
        }
    }

    static final class NativeEncoder implements Encoder {
        final String name;
        final String errors;
        /** For utf-16/utf-32/utf-8-sig: whether the byte order mark is still to come. */
        boolean first = true;

        NativeEncoder(String name, String errors) {
            this.name = name;
            this.errors = errors;
        }

        @Override
        public byte[] encode(String text) {
            String codecName = name;
            switch (name) {
                case "utf-16":
                case "utf-32":
                case "utf-8-sig":
                    if (!first) {
                        codecName = name.equals("utf-8-sig") ? "utf-8" : name + "-le";
                    } else if (text.isEmpty()) {
                        return new byte[0];
                    }
                    first = false;
                    break;
                default:
                    break;
            }
            return Codecs.encode(text, codecName, errors).bytes;
        }

        @Override
        public void reset() {
            first = true;
        }

        @Override
        public void setState(long state) {
            first = state != 0;
        }
    }

    // ------------------------------------------------------------------ codecs of the Python registry

    static final class PyDecoder implements Decoder {
        final Object decoder;

        PyDecoder(Object decoder) {
            this.decoder = decoder;
        }

        @Override
        public String decode(byte[] input, boolean last) {
            Object r = Abstract.call(Abstract.getAttr(decoder, "decode"), new Object[] {new PyBytes(input), last},
                    null);
            if (!(PyValueInstance.unwrap(r) instanceof String s)) {
                throw Errors.typeError("decoder should return a string result, not '" + Errors.typeName(r) + "'");
            }
            return s;
        }

        private PyTuple state() {
            Object st = IoModule.call(decoder, "getstate");
            if (!(st instanceof PyTuple t) || t.size() != 2) {
                throw Errors.typeError("illegal decoder state");
            }
            if (!(t.get(0) instanceof PyBytes)) {
                throw Errors.typeError("illegal decoder state: the first item should be a bytes object, not '"
                        + Errors.typeName(t.get(0)) + "'");
            }
            return t;
        }

        @Override
        public byte[] pending() {
            return ((PyBytes) state().get(0)).bytes;
        }

        @Override
        public long flags() {
            return Abstract.index(state().get(1));
        }

        @Override
        public void setState(byte[] pending, long flags) {
            IoModule.call(decoder, "setstate", PyTuple.of(new PyBytes(pending), flags));
        }

        @Override
        public void reset() {
            IoModule.call(decoder, "reset");
        }
    }

    static final class PyEncoder implements Encoder {
        final Object encoder;

        PyEncoder(Object encoder) {
            this.encoder = encoder;
        }

        @Override
        public byte[] encode(String text) {
            Object r = IoModule.call(encoder, "encode", text);
            if (!(r instanceof PyBytes b)) {
                throw Errors.typeError("encoder should return a bytes object, not '" + Errors.typeName(r) + "'");
            }
            return b.bytes;
        }

        @Override
        public void reset() {
            IoModule.call(encoder, "reset");
        }

        @Override
        public void setState(long state) {
            IoModule.call(encoder, "setstate", state);
        }
    }
}
