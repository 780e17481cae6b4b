package org.pyston.runtime.io;

import java.io.ByteArrayOutputStream;
import java.math.BigInteger;
import java.util.Arrays;
import org.pyston.runtime.objects.Abstract;
import org.pyston.runtime.objects.Args;
import org.pyston.runtime.objects.Buffers;
import org.pyston.runtime.objects.Errors;
import org.pyston.runtime.objects.PyBytes;
import org.pyston.runtime.objects.PyException;
import org.pyston.runtime.objects.PyType;
import org.pyston.runtime.objects.PyValueInstance;
import org.pyston.runtime.objects.Singletons;
import org.pyston.runtime.text.CodePoints;

/**
 * {@code TextIOWrapper}: text over a buffered binary stream, as CPython's textio.c.
 *
 * <p>Reading decodes chunks of {@code buffer.read1(chunk size)} into {@link #decoded}, of which
 * the first {@link #decodedUsed} chars were returned. For {@code tell()} each chunk read records
 * a snapshot: the decoder's flags before it and the bytes it was fed from there
 * ({@link #snapshotFlags}, {@link #snapshotInput}); tell() replays the decoder from the snapshot
 * to find the position of the next character, and packs it into a cookie with CPython's layout
 * (start position, decoder flags, bytes to feed, characters to skip, whether to signal end of
 * input), so the numbers are CPython's. Writing encodes into {@link #pending}, which goes to the
 * buffer once it reaches the chunk size, on a newline in line-buffered mode, or on
 * {@code write_through}.
 */
final class TextIOWrapper extends IoBase {
    Object buffer;
    /** The buffer is a buffered object of this module over a FileIO: closed checks ask the FileIO. */
    FileIO raw;
    boolean ok, detached, finalizing;
    String encoding;
    String errors = "strict";
    TextCodecs.Decoder decoder;
    TextCodecs.Encoder encoder;
    boolean readuniversal, readtranslate, writetranslate;
    /** The newline argument, or null for None. */
    String readnl;
    /** What \n is written as, or null for \n itself. */
    String writenl;
    boolean lineBuffering, writeThrough;
    boolean seekable, telling, hasRead1;
    int chunkSize = 8192;
    String decoded;
    int decodedUsed;
    boolean haveSnapshot;
    long snapshotFlags;
    byte[] snapshotInput;
    double b2cratio;
    boolean encodingStartOfStream;
    final ByteArrayOutputStream pending = new ByteArrayOutputStream();

    TextIOWrapper(IoModule io, PyType type) {
        super(io, type);
    }

    static TextIOWrapper self(Object o) {
        return (TextIOWrapper) o;
    }

    // ------------------------------------------------------------------ set-up

    void init(Object buf, String encodingArg, String errorsArg, String newline, boolean newlineGiven,
            boolean lineBuffered, boolean writeThroughArg) {
        ok = false;
        detached = false;
        if (newlineGiven && newline != null) {
            validateNewline(newline, newline);
        }
        if (encodingArg != null && encodingArg.indexOf('\0') >= 0) {
            throw Errors.valueError("embedded null character");
        }
        errors = errorsArg == null ? "strict" : errorsArg;
        chunkSize = 8192;
        decoded = null;
        decodedUsed = 0;
        haveSnapshot = false;
        pending.reset();
        setNewline(newlineGiven ? newline : null);
        lineBuffering = lineBuffered;
        writeThrough = writeThroughArg;
        encoding = encodingArg == null || encodingArg.equals("locale") ? Open.LOCALE_ENCODING : encodingArg;
        TextCodecs.Codec codec = TextCodecs.lookup(io, encoding);
        buffer = buf;
        raw = null;
        if (buf instanceof Buffered b && (b.type() == io.bufferedReader || b.type() == io.bufferedWriter
                || b.type() == io.bufferedRandom) && b.raw instanceof FileIO f && f.type() == io.fileIO) {
            raw = f;
        }
        setCodec(codec);
        seekable = telling = Abstract.isTrue(IoModule.call(buf, "seekable"));
        hasRead1 = IoBase.lookupOptional(buf, "read1") != null;
        encodingStartOfStream = false;
        fixEncoderState();
        ok = true;
    }

    static void validateNewline(String newline, Object shown) {
        if (!newline.isEmpty() && !newline.equals("\n") && !newline.equals("\r") && !newline.equals("\r\n")) {
            throw Errors.valueError("illegal newline value: " + shown);
        }
    }

    private void setNewline(String newline) {
        readuniversal = newline == null || newline.isEmpty();
        readtranslate = newline == null;
        readnl = newline;
        writetranslate = newline == null || !newline.isEmpty();
        writenl = null;
        if (!readuniversal && readnl != null) {
            writenl = readnl.equals("\n") ? null : readnl;
        }
    }

    private void setCodec(TextCodecs.Codec codec) {
        decoder = null;
        if (Abstract.isTrue(IoModule.call(buffer, "readable"))) {
            TextCodecs.Decoder d = TextCodecs.decoder(codec, errors);
            decoder = readuniversal ? NewlineDecoder.over(io, d, readtranslate) : d;
        }
        encoder = null;
        if (Abstract.isTrue(IoModule.call(buffer, "writable"))) {
            encoder = TextCodecs.encoder(codec, errors);
        }
    }

    /** A stream not at its start gets no byte order mark (CPython's _textiowrapper_fix_encoder_state). */
    private void fixEncoderState() {
        if (!seekable || encoder == null) {
            return;
        }
        encodingStartOfStream = true;
        Object pos = IoModule.call(buffer, "tell");
        if (!Abstract.eq(pos, 0L)) {
            encodingStartOfStream = false;
            encoder.setState(0);
        }
    }

    // ------------------------------------------------------------------ checks

    void checkAttached() {
        if (!ok) {
            throw IoModule.uninitialized();
        }
        if (detached) {
            throw Errors.valueError("underlying buffer has been detached");
        }
    }

    void checkClosed() {
        boolean closed;
        if (type() == io.textIOWrapper) {
            closed = raw != null ? raw.fd < 0 : Abstract.isTrue(Abstract.getAttr(buffer, "closed"));
        } else {
            closed = Abstract.isTrue(Abstract.getAttr(this, "closed"));
        }
        if (closed) {
            throw IoModule.closedFile();
        }
    }

    // ------------------------------------------------------------------ writing

    long write(Object arg) {
        checkAttached();
        checkClosed();
        if (encoder == null) {
            throw io.unsupported("not writable");
        }
        if (!(PyValueInstance.unwrap(arg) instanceof String text)) {
            throw Errors.typeError("write() argument must be str, not " + Errors.typeName(arg));
        }
        long textlen = CodePoints.length(text);
        boolean haslf = false;
        if ((writetranslate && writenl != null) || lineBuffering) {
            haslf = text.indexOf('\n') >= 0;
        }
        if (haslf && writetranslate && writenl != null) {
            text = text.replace("\n", writenl);
        }
        boolean textNeedflush = writeThrough;
        boolean needflush = lineBuffering && (haslf || text.indexOf('\r') >= 0);
        byte[] b = encoder.encode(text);
        encodingStartOfStream = false;
        if (pending.size() + b.length > chunkSize) {
            writeFlush();
        }
        pending.write(b, 0, b.length);
        if (pending.size() >= chunkSize || needflush || textNeedflush) {
            writeFlush();
        } else if (pending.size() > 0) {
            io.holdsPendingData(this);
        }
        if (needflush) {
            IoModule.call(buffer, "flush");
        }
        decoded = null;
        decodedUsed = 0;
        haveSnapshot = false;
        if (decoder != null) {
            decoder.reset();
        }
        return textlen;
    }

    /** Hands the pending encoded text to the buffer. */
    void writeFlush() {
        if (pending.size() == 0) {
            return;
        }
        byte[] b = pending.toByteArray();
        pending.reset();
        io.passedPendingData(this);
        if (buffer instanceof Buffered bb && bb.type() != null && (bb.type() == io.bufferedWriter
                || bb.type() == io.bufferedRandom)) {
            bb.write(b);
        } else {
            IoModule.call(buffer, "write", new PyBytes(b));
        }
    }

    // ------------------------------------------------------------------ reading

    private String takeDecoded(int n) {
        if (decoded == null) {
            return "";
        }
        int availChars = decoded.length() - decodedUsed;
        int end;
        if (n < 0) {
            end = decoded.length();
        } else if (CodePoints.isPlain(decoded)) {
            end = decodedUsed + Math.min(n, availChars);
        } else {
            end = decodedUsed;
            for (int i = 0; i < n && end < decoded.length(); i++) {
                end += CodePoints.width(decoded, end);
            }
        }
        String r = decoded.substring(decodedUsed, end);
        decodedUsed = end;
        return r;
    }

    /** Reads and decodes one chunk; false at end of input. */
    private boolean readChunk(long sizeHint) {
        if (decoder == null) {
            throw io.unsupported("not readable");
        }
        byte[] decBuffer = null;
        long decFlags = 0;
        if (telling) {
            decBuffer = decoder.pending();
            decFlags = decoder.flags();
        }
        if (sizeHint > 0) {
            sizeHint = (long) (Math.max(b2cratio, 1.0) * sizeHint);
        }
        long size = Math.max(chunkSize, sizeHint);
        byte[] input = readFromBuffer(size);
        boolean eof = input.length == 0;
        String text = decoder.decode(input, eof);
        decoded = text;
        decodedUsed = 0;
        int nchars = text.isEmpty() ? 0 : CodePoints.length(text);
        b2cratio = nchars > 0 ? (double) input.length / nchars : 0.0;
        if (nchars > 0) {
            eof = false;
        }
        if (telling) {
            byte[] next = Arrays.copyOf(decBuffer, decBuffer.length + input.length);
            System.arraycopy(input, 0, next, decBuffer.length, input.length);
            haveSnapshot = true;
            snapshotFlags = decFlags;
            snapshotInput = next;
        }
        return !eof;
    }

    private byte[] readFromBuffer(long size) {
        if (buffer instanceof Buffered b && (b.type() == io.bufferedReader || b.type() == io.bufferedRandom)) {
            return b.read1(size);
        }
        String method = hasRead1 ? "read1" : "read";
        Object chunk = IoModule.call(buffer, method, size);
        if (!Buffers.isBytesLike(chunk)) {
            throw Errors.typeError("underlying " + method + "() should have returned a bytes-like object, not '"
                    + Errors.typeName(chunk) + "'");
        }
        return Buffers.bytesLike(chunk);
    }

    String read(long n) {
        checkAttached();
        checkClosed();
        if (decoder == null) {
            throw io.unsupported("not readable");
        }
        writeFlush();
        if (n < 0) {
            Object all = IoModule.call(buffer, "read");
            byte[] bytes = all == Singletons.NONE ? new byte[0] : Buffers.bytesLike(all);
            String text = decoder.decode(bytes, true);
            String result = takeDecoded(-1) + text;
            decoded = null;
            decodedUsed = 0;
            haveSnapshot = false;
            return result;
        }
        StringBuilder result = new StringBuilder(takeDecoded((int) Math.min(n, Integer.MAX_VALUE)));
        long remaining = n - CodePoints.length(result.toString());
        while (remaining > 0) {
            if (!readChunk(remaining)) {
                break;
            }
            String more = takeDecoded((int) Math.min(remaining, Integer.MAX_VALUE));
            result.append(more);
            remaining -= CodePoints.length(more);
        }
        return result.toString();
    }

    /** CPython's _PyIO_find_line_ending on {@code line[start..]}: the line's length in chars, or -1 with {@code consumed[0]} set. */
    private int findLineEnding(String line, int start, int[] consumed) {
        int end = line.length();
        if (readtranslate) {
            int i = line.indexOf('\n', start);
            if (i >= 0) {
                return i - start + 1;
            }
            consumed[0] = end - start;
            return -1;
        }
        if (readuniversal) {
            for (int i = start; i < end; i++) {
                char c = line.charAt(i);
                if (c == '\n') {
                    return i - start + 1;
                }
                if (c == '\r') {
                    return i + 1 < end && line.charAt(i + 1) == '\n' ? i - start + 2 : i - start + 1;
                }
            }
            consumed[0] = end - start;
            return -1;
        }
        int i = line.indexOf(readnl, start);
        if (i >= 0) {
            return i - start + readnl.length();
        }
        if (readnl.length() == 1) {
            consumed[0] = end - start;
            return -1;
        }
        // a partial separator may end the text: keep it for the next chunk
        int e = Math.max(end - (readnl.length() - 1), start);
        int p = line.indexOf(readnl.charAt(0), e);
        consumed[0] = (p < 0 ? end : p) - start;
        return -1;
    }

    /** The char index {@code count} code points after {@code from}. */
    private static int advance(String s, int from, long count) {
        int i = from;
        for (long k = 0; k < count && i < s.length(); k++) {
            i += CodePoints.width(s, i);
        }
        return i;
    }

    String readline(long limit) {
        checkClosed();
        writeFlush();
        StringBuilder chunks = null;
        String remainingText = null;
        String line = null;
        int start = 0, endpos = 0, offsetToBuffer = 0;
        long chunked = 0;
        while (true) {
            boolean more = true;
            while (decoded == null || decoded.isEmpty()) {
                more = readChunk(0);
                if (!more) {
                    break;
                }
            }
            if (!more) {
                decoded = null;
                decodedUsed = 0;
                haveSnapshot = false;
                start = endpos = offsetToBuffer = 0;
                line = null;
                break;
            }
            if (remainingText == null) {
                line = decoded;
                start = decodedUsed;
                offsetToBuffer = 0;
            } else {
                line = remainingText + decoded;
                start = 0;
                offsetToBuffer = remainingText.length();
                remainingText = null;
            }
            int[] consumed = new int[1];
            int found = findLineEnding(line, start, consumed);
            if (found >= 0) {
                endpos = start + found;
                if (limit >= 0 && CodePoints.length(line.substring(start, endpos)) + chunked >= limit) {
                    endpos = advance(line, start, limit - chunked);
                }
                break;
            }
            endpos = start + consumed[0];
            if (limit >= 0 && CodePoints.length(line.substring(start, endpos)) + chunked >= limit) {
                endpos = advance(line, start, limit - chunked);
                break;
            }
            if (endpos > start) {
                if (chunks == null) {
                    chunks = new StringBuilder();
                }
                String s = line.substring(start, endpos);
                chunks.append(s);
                chunked += CodePoints.length(s);
            }
            if (endpos < line.length()) {
                remainingText = line.substring(endpos);
            }
            line = null;
            decoded = null;
            decodedUsed = 0;
        }
        String result = "";
        if (line != null) {
            decodedUsed = endpos - offsetToBuffer;
            result = line.substring(start, endpos);
        }
        if (remainingText != null || chunks != null) {
            StringBuilder sb = chunks == null ? new StringBuilder() : chunks;
            if (remainingText != null) {
                sb.append(remainingText);
            }
            sb.append(result);
            result = sb.toString();
        }
        return result;
    }

    // ------------------------------------------------------------------ positions

    /** CPython's cookie: start_pos (64 bits), dec_flags (32), bytes_to_feed (32), chars_to_skip (32), need_eof (8). */
    private static Object buildCookie(long startPos, long decFlags, long bytesToFeed, long charsToSkip,
            boolean needEof) {
        BigInteger c = BigInteger.valueOf(startPos);
        if (startPos < 0) {
            c = c.add(BigInteger.ONE.shiftLeft(64));
        }
        c = c.or(BigInteger.valueOf(decFlags & 0xFFFFFFFFL).shiftLeft(64))
                .or(BigInteger.valueOf(bytesToFeed & 0xFFFFFFFFL).shiftLeft(96))
                .or(BigInteger.valueOf(charsToSkip & 0xFFFFFFFFL).shiftLeft(128))
                .or(BigInteger.valueOf(needEof ? 1 : 0).shiftLeft(160));
        return Abstract.normalize(c);
    }

    Object tell() {
        checkAttached();
        checkClosed();
        if (!seekable) {
            throw io.unsupported("underlying stream is not seekable");
        }
        if (!telling) {
            throw IoModule.osError("telling position disabled by next() call");
        }
        writeFlush();
        IoModule.call(this, "flush");
        Object posObj = IoModule.call(buffer, "tell");
        if (decoder == null || !haveSnapshot) {
            return posObj;
        }
        long position = Abstract.index(posObj);
        long decFlags = snapshotFlags;
        byte[] nextInput = snapshotInput;
        long startPos = position - nextInput.length;
        if (decodedUsed == 0) {
            return buildCookie(startPos, decFlags, 0, 0, false);
        }
        long charsToSkip = CodePoints.length(decoded.substring(0, decodedUsed));
        byte[] savedPending = decoder.pending();
        long savedFlags = decoder.flags();
        long bytesToFeed = 0;
        boolean needEof = false;
        try {
            long skipBytes = (long) (b2cratio * charsToSkip);
            long skipBack = 1;
            while (skipBytes > 0) {
                decoder.setState(new byte[0], decFlags);
                long n = CodePoints.length(decoder.decode(Arrays.copyOf(nextInput, (int) skipBytes), false));
                if (n <= charsToSkip) {
                    byte[] decBuffer = decoder.pending();
                    long flags = decoder.flags();
                    if (decBuffer.length == 0) {
                        decFlags = flags;
                        charsToSkip -= n;
                        break;
                    }
                    skipBytes -= decBuffer.length;
                    skipBack = 1;
                } else {
                    skipBytes -= skipBack;
                    skipBack *= 2;
                }
            }
            if (skipBytes <= 0) {
                skipBytes = 0;
                decoder.setState(new byte[0], decFlags);
            }
            startPos += skipBytes;
            if (charsToSkip == 0) {
                return buildCookie(startPos, decFlags, 0, 0, false);
            }
            long charsDecoded = 0;
            int i = (int) skipBytes;
            for (; i < nextInput.length; i++) {
                charsDecoded += CodePoints.length(decoder.decode(new byte[] {nextInput[i]}, false));
                bytesToFeed++;
                byte[] decBuffer = decoder.pending();
                long flags = decoder.flags();
                if (decBuffer.length == 0 && charsDecoded <= charsToSkip) {
                    startPos += bytesToFeed;
                    charsToSkip -= charsDecoded;
                    decFlags = flags;
                    bytesToFeed = 0;
                    charsDecoded = 0;
                }
                if (charsDecoded >= charsToSkip) {
                    break;
                }
            }
            if (i >= nextInput.length) {
                charsDecoded += CodePoints.length(decoder.decode(new byte[0], true));
                needEof = true;
                if (charsDecoded < charsToSkip) {
                    throw IoModule.osError("can't reconstruct logical file position");
                }
            }
            return buildCookie(startPos, decFlags, bytesToFeed, charsToSkip, needEof);
        } finally {
            decoder.setState(savedPending, savedFlags);
        }
    }

    Object seek(Object cookieObj, long whence) {
        checkAttached();
        checkClosed();
        if (!seekable) {
            throw io.unsupported("underlying stream is not seekable");
        }
        switch ((int) whence) {
            case 1:
                if (!Abstract.eq(cookieObj, 0L)) {
                    throw io.unsupported("can't do nonzero cur-relative seeks");
                }
                cookieObj = IoModule.call(this, "tell");
                break;
            case 2: {
                if (!Abstract.eq(cookieObj, 0L)) {
                    throw io.unsupported("can't do nonzero end-relative seeks");
                }
                IoModule.call(this, "flush");
                decoded = null;
                decodedUsed = 0;
                haveSnapshot = false;
                if (decoder != null) {
                    decoder.reset();
                }
                Object res = IoModule.call(buffer, "seek", 0L, 2L);
                if (encoder != null) {
                    if (Abstract.eq(res, 0L)) {
                        encoder.reset();
                    } else {
                        encoder.setState(0);
                    }
                }
                return res;
            }
            case 0:
                break;
            default:
                throw Errors.valueError("invalid whence (" + whence + ", should be 0, 1 or 2)");
        }
        Object cookieValue = Abstract.indexValue(cookieObj);
        BigInteger cookie = cookieValue instanceof BigInteger b ? b : BigInteger.valueOf((Long) cookieValue);
        if (cookie.signum() < 0) {
            throw Errors.valueError("negative seek position " + Abstract.repr(cookieObj));
        }
        IoModule.call(this, "flush");
        long startPos = cookie.longValue();
        long decFlags = cookie.shiftRight(64).longValue() & 0xFFFFFFFFL;
        long bytesToFeed = cookie.shiftRight(96).longValue() & 0xFFFFFFFFL;
        long charsToSkip = cookie.shiftRight(128).longValue() & 0xFFFFFFFFL;
        boolean needEof = cookie.shiftRight(160).testBit(0);
        IoModule.call(buffer, "seek", startPos);
        decoded = null;
        decodedUsed = 0;
        haveSnapshot = false;
        if (decoder != null) {
            if (cookie.signum() == 0) {
                decoder.reset();
            } else {
                decoder.setState(new byte[0], decFlags);
            }
            haveSnapshot = true;
            snapshotFlags = decFlags;
            snapshotInput = new byte[0];
        }
        if (encoder != null) {
            if (cookie.signum() == 0) {
                encoder.reset();
            } else {
                encoder.setState(0);
            }
        }
        if (charsToSkip > 0) {
            Object chunk = IoModule.call(buffer, "read", bytesToFeed);
            byte[] input = Buffers.bytesLike(chunk);
            snapshotInput = input;
            String text = decoder.decode(input, needEof);
            decoded = text;
            decodedUsed = 0;
            if (CodePoints.length(text) < charsToSkip) {
                throw IoModule.osError("can't restore logical file position");
            }
            decodedUsed = advance(text, 0, charsToSkip);
        }
        return cookieObj;
    }

    // ------------------------------------------------------------------ the rest

    Object flush() {
        checkAttached();
        checkClosed();
        telling = seekable;
        writeFlush();
        return IoModule.call(buffer, "flush");
    }

    Object close() {
        checkAttached();
        if (Abstract.isTrue(Abstract.getAttr(buffer, "closed"))) {
            return Singletons.NONE;
        }
        IoModule.flushThenClose(this, buffer, () -> { });
        return Singletons.NONE;
    }

    Object reconfigure(Object[] a, String[] k) {
        if (Args.positional(a, k) > 1) {
            throw Errors.typeError("reconfigure() takes no positional arguments");
        }
        Object[] v = Args.parse("reconfigure", a, k, 1, 0, 0 + 5, "encoding", "errors", "newline", "line_buffering",
                "write_through");
        Object enc = v[0] == null ? Singletons.NONE : v[0];
        Object err = v[1] == null ? Singletons.NONE : v[1];
        boolean newlineGiven = v[2] != null;
        if (decoded != null && (enc != Singletons.NONE || err != Singletons.NONE || newlineGiven)) {
            throw io.unsupported("It is not possible to set the encoding or newline of stream after the first read");
        }
        String encodingStr = Open.optionalStr("reconfigure", "encoding", enc);
        String errorsStr = Open.optionalStr("reconfigure", "errors", err);
        String newline = null;
        if (newlineGiven && v[2] != Singletons.NONE) {
            newline = Open.optionalStr("reconfigure", "newline", v[2]);
            validateNewline(newline, newline);
        }
        boolean lb = v[3] == null || v[3] == Singletons.NONE ? lineBuffering : Abstract.isTrue(v[3]);
        boolean wt = v[4] == null || v[4] == Singletons.NONE ? writeThrough : Abstract.isTrue(v[4]);
        IoModule.call(this, "flush");
        b2cratio = 0;
        if (newlineGiven) {
            setNewline(newline);
        }
        if (encodingStr != null || errorsStr != null || newlineGiven) {
            String newEncoding = encoding;
            String newErrors;
            if (encodingStr == null) {
                newErrors = errorsStr == null ? errors : errorsStr;
            } else {
                newEncoding = encodingStr.equals("locale") ? Open.LOCALE_ENCODING : encodingStr;
                newErrors = errorsStr == null ? "strict" : errorsStr;
            }
            TextCodecs.Codec codec = TextCodecs.lookup(io, newEncoding);
            errors = newErrors;
            setCodec(codec);
            fixEncoderState();
            encoding = newEncoding;
        }
        lineBuffering = lb;
        writeThrough = wt;
        return Singletons.NONE;
    }

    Object detach() {
        checkAttached();
        IoModule.call(this, "flush");
        Object b = buffer;
        buffer = null;
        raw = null;
        detached = true;
        return b;
    }

    String repr() {
        String typeName = "_io.TextIOWrapper"; // whatever the class, as CPython
        if (!ok) {
            throw IoModule.uninitialized();
        }
        return Open.guardedRepr(this, typeName, () -> {
            StringBuilder sb = new StringBuilder("<").append(typeName);
            Object name = optionalAttribute("name");
            if (name != null) {
                sb.append(" name=").append(Abstract.repr(name));
            }
            Object mode = optionalAttribute("mode");
            if (mode != null) {
                sb.append(" mode=").append(Abstract.repr(mode));
            }
            return sb.append(" encoding=").append(Abstract.repr(encoding)).append('>').toString();
        });
    }

    private Object optionalAttribute(String name) {
        try {
            return IoBase.lookupOptional(this, name);
        } catch (PyException e) {
            if (e.matches(Errors.EXCEPTION)) {
                return null;
            }
            throw e;
        }
    }

    // ------------------------------------------------------------------ the type

    static void define(IoModule io) {
        PyType t = io.textIOWrapper = io.newType("TextIOWrapper", cls -> new TextIOWrapper(io, cls),
                "Character and line based layer over a BufferedIOBase object, buffer.", io.textIOBase);
        t.defineLazily(() -> defineMethods(io, t));
    }

    private static void defineMethods(IoModule io, PyType t) {
        IoModule.method(t, "__init__", (a, k) -> {
            Object[] v = Args.parse("TextIOWrapper", a, k, 1, 1, 6, "buffer", "encoding", "errors", "newline",
                    "line_buffering", "write_through");
            String enc = Open.optionalStr("TextIOWrapper", "encoding", v[1]);
            String err = Open.optionalStr("TextIOWrapper", "errors", v[2]);
            String nl = Open.optionalStr("TextIOWrapper", "newline", v[3]);
            boolean lb = v[4] != null && Abstract.index(v[4]) != 0;
            boolean wt = v[5] != null && Abstract.index(v[5]) != 0;
            self(a[0]).init(v[0], enc, err, nl, nl != null, lb, wt);
            return Singletons.NONE;
        });
        IoModule.method(t, "write", (a, k) -> {
            IoModule.exactArgs("write", a, k, 1, 1);
            return self(a[0]).write(a[1]);
        });
        IoModule.method(t, "read", (a, k) -> {
            IoModule.exactArgs("read", a, k, 0, 1);
            TextIOWrapper w = self(a[0]);
            w.checkAttached();
            return w.read(IoModule.sizeArg(IoModule.arg(a, 1)));
        });
        IoModule.method(t, "readline", (a, k) -> {
            IoModule.exactArgs("readline", a, k, 0, 1);
            TextIOWrapper w = self(a[0]);
            w.checkAttached();
            Object size = IoModule.arg(a, 1);
            if (size != null && size != Singletons.NONE && !IoModule.isIndex(size)) {
                throw Errors.typeError("'" + Errors.typeName(size) + "' object cannot be interpreted as an integer");
            }
            return w.readline(IoModule.sizeArg(size));
        });
        IoModule.method(t, "__next__", (a, k) -> {
            TextIOWrapper w = self(a[0]);
            w.checkAttached();
            w.telling = false;
            Object line;
            if (w.type() == io.textIOWrapper) {
                line = w.readline(-1);
            } else {
                line = IoModule.call(w, "readline");
                if (!(PyValueInstance.unwrap(line) instanceof String)) {
                    throw IoModule.osError("readline() should have returned a str object, not '"
                            + Errors.typeName(line) + "'");
                }
            }
            if (((String) PyValueInstance.unwrap(line)).isEmpty()) {
                w.haveSnapshot = false;
                w.telling = w.seekable;
                throw Errors.of(Errors.STOP_ITERATION, new Object[0]);
            }
            return line;
        });
        IoModule.method(t, "tell", (a, k) -> {
            IoModule.exactArgs("tell", a, k, 0, 0);
            return self(a[0]).tell();
        });
        IoModule.method(t, "seek", (a, k) -> {
            IoModule.exactArgs("seek", a, k, 1, 2);
            return self(a[0]).seek(a[1], a.length > 2 ? Abstract.index(a[2]) : 0);
        });
        IoModule.method(t, "truncate", (a, k) -> {
            IoModule.exactArgs("truncate", a, k, 0, 1);
            TextIOWrapper w = self(a[0]);
            w.checkAttached();
            IoModule.call(w, "flush");
            return IoModule.call(w.buffer, "truncate", IoModule.arg(a, 1) == null ? Singletons.NONE : a[1]);
        });
        IoModule.method(t, "flush", (a, k) -> self(a[0]).flush());
        IoModule.method(t, "close", (a, k) -> self(a[0]).close());
        IoModule.method(t, "detach", (a, k) -> self(a[0]).detach());
        IoModule.method(t, "reconfigure", (a, k) -> self(a[0]).reconfigure(a, k));
        for (String name : new String[] {"fileno", "seekable", "readable", "writable", "isatty"}) {
            IoModule.method(t, name, (a, k) -> {
                TextIOWrapper w = self(a[0]);
                w.checkAttached();
                return IoModule.call(w.buffer, name);
            });
        }
        IoModule.method(t, "__repr__", (a, k) -> self(a[0]).repr());
        io.getter(t, "name", o -> {
            self(o).checkAttached();
            return Abstract.getAttr(self(o).buffer, "name");
        });
        io.getter(t, "closed", o -> {
            self(o).checkAttached();
            return Abstract.getAttr(self(o).buffer, "closed");
        });
        io.getter(t, "newlines", o -> {
            TextIOWrapper w = self(o);
            w.checkAttached();
            if (w.decoder instanceof NewlineDecoder d) {
                return d.newlinesAttribute();
            }
            if (w.decoder instanceof TextCodecs.PyDecoder p) {
                Object n = IoBase.lookupOptional(p.decoder, "newlines");
                return n == null ? Singletons.NONE : n;
            }
            return Singletons.NONE;
        });
        io.getter(t, "encoding", o -> {
            if (!self(o).ok) {
                throw IoModule.uninitialized();
            }
            return self(o).encoding;
        });
        io.getter(t, "errors", o -> {
            if (!self(o).ok) {
                throw IoModule.uninitialized();
            }
            return self(o).errors;
        });
        io.getter(t, "buffer", o -> self(o).buffer == null ? Singletons.NONE : self(o).buffer);
        io.getter(t, "line_buffering", o -> self(o).lineBuffering);
        io.getter(t, "write_through", o -> self(o).writeThrough);
        io.getter(t, "_finalizing", o -> self(o).finalizing);
        io.getset(t, "_CHUNK_SIZE", o -> {
            self(o).checkAttached();
            return (long) self(o).chunkSize;
        }, (o, v) -> {
            TextIOWrapper w = self(o);
            w.checkAttached();
            if (v == null) {
                throw Errors.attributeError("cannot delete attribute");
            }
            long n = Abstract.index(v);
            if (n <= 0) {
                throw Errors.valueError("a strictly positive integer is required");
            }
            w.chunkSize = (int) Math.min(n, Integer.MAX_VALUE - 8);
        });
    }
}
