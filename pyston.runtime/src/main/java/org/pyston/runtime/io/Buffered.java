package org.pyston.runtime.io;

import java.io.ByteArrayOutputStream;
import java.util.Arrays;
import org.pyston.runtime.objects.Abstract;
import org.pyston.runtime.objects.Args;
import org.pyston.runtime.objects.Buffers;
import org.pyston.runtime.objects.Errors;
import org.pyston.runtime.objects.PyBaseException;
import org.pyston.runtime.objects.PyBytes;
import org.pyston.runtime.objects.PyException;
import org.pyston.runtime.objects.PyType;
import org.pyston.runtime.objects.Singletons;

/**
 * {@code BufferedReader}, {@code BufferedWriter} and {@code BufferedRandom}: one class, as in
 * CPython, whose type says whether it reads, writes or both.
 *
 * <p>The read buffer holds {@code rbuf[0..rlen)} read from the raw stream, of which
 * {@code rbuf[rpos..rlen)} is not consumed yet; the raw stream's position is at the end of it.
 * The write buffer {@code wbuf[0..wlen)} holds bytes not written to the raw stream yet, which
 * belong at the raw stream's position. At most one of the two holds data: a BufferedRandom
 * rewinds the raw stream over unread data before it buffers a write, and flushes pending writes
 * before it reads ("flush and rewind", as CPython). The logical position is therefore
 * {@code raw.tell() - (rlen - rpos) + wlen}. When and how much the raw stream is asked for
 * follows CPython's buffered I/O, so {@code peek}, {@code read1} and the raw calls a program can
 * observe are the same.
 */
final class Buffered extends IoBase {
    Object raw;
    /** The raw stream when it is a FileIO of this module's exact type: its operations are called directly. */
    FileIO fastRaw;
    boolean readable, writable;
    /** Set up ({@code __init__} ran) and not detached. */
    boolean ok;
    boolean detached;
    boolean finalizing;
    int bufferSize;
    byte[] rbuf;
    int rpos, rlen;
    byte[] wbuf;
    int wlen;
    /** Freed by close(): CPython's test of a closed buffered object without asking the raw stream. */
    boolean bufferFreed;

    Buffered(IoModule io, PyType type) {
        super(io, type);
    }

    static Buffered self(Object o) {
        return (Buffered) o;
    }

    void init(Object rawStream, long size) {
        ok = false;
        detached = false;
        readable = type().isSubtypeOf(io.bufferedReader) || type().isSubtypeOf(io.bufferedRandom);
        writable = type().isSubtypeOf(io.bufferedWriter) || type().isSubtypeOf(io.bufferedRandom);
        if (readable && writable) {
            checkRaw(rawStream, "seekable", "File or stream is not seekable.");
        }
        if (readable) {
            checkRaw(rawStream, "readable", "File or stream is not readable.");
        }
        if (writable) {
            checkRaw(rawStream, "writable", "File or stream is not writable.");
        }
        if (size <= 0) {
            throw Errors.valueError("buffer size must be strictly positive");
        }
        raw = rawStream;
        fastRaw = rawStream instanceof FileIO f && f.type() == io.fileIO ? f : null;
        bufferSize = (int) Math.min(size, Integer.MAX_VALUE - 8);
        rbuf = readable ? new byte[bufferSize] : null;
        wbuf = writable ? new byte[bufferSize] : null;
        rpos = rlen = wlen = 0;
        bufferFreed = false;
        ok = true;
    }

    private void checkRaw(Object rawStream, String method, String message) {
        if (IoModule.call(rawStream, method) != Boolean.TRUE) {
            throw io.unsupported(message);
        }
    }

    // ------------------------------------------------------------------ state checks

    void checkInitialized() {
        if (!ok) {
            throw Errors.valueError(detached ? "raw stream has been detached" : "I/O operation on uninitialized object");
        }
    }

    boolean isClosed() {
        if (bufferFreed) {
            return true;
        }
        if (fastRaw != null) {
            return fastRaw.fd < 0;
        }
        return Abstract.isTrue(Abstract.getAttr(raw, "closed"));
    }

    /** CPython's CHECK_CLOSED: an error only when no read-ahead is left. */
    private void checkClosed(String message) {
        if (unread() == 0 && isClosed()) {
            throw Errors.valueError(message);
        }
    }

    int unread() {
        return rlen - rpos;
    }

    // ------------------------------------------------------------------ the raw stream

    /** Reads up to n bytes into b[off..]: the count, 0 at end of file, -2 when the raw stream returned None. */
    private int rawRead(byte[] b, int off, int n) {
        if (fastRaw != null) {
            return fastRaw.readInto(b, off, n);
        }
        Object target = Buffers.byteArray(new byte[n]);
        Object r = IoModule.call(raw, "readinto", target);
        if (r == Singletons.NONE) {
            return -2;
        }
        long got = Abstract.index(r);
        if (got < 0 || got > n) {
            throw IoModule.osError("raw readinto() returned invalid length " + got + " (should have been between 0 and "
                    + n + ")");
        }
        System.arraycopy(Buffers.bytesLike(target), 0, b, off, (int) got);
        return (int) got;
    }

    private int rawWrite(byte[] b, int off, int n) {
        if (fastRaw != null) {
            return fastRaw.write(b, off, n);
        }
        Object r = IoModule.call(raw, "write", new PyBytes(Arrays.copyOfRange(b, off, off + n)));
        if (r == Singletons.NONE) {
            return -2;
        }
        long done = Abstract.index(r);
        if (done < 0 || done > n) {
            throw IoModule.osError("raw write() returned invalid length " + done + " (should have been between 0 and "
                    + n + ")");
        }
        return (int) done;
    }

    long rawSeek(long target, int whence) {
        long n = fastRaw != null ? fastRaw.seek(target, whence) : Abstract.index(IoModule.call(raw, "seek", target,
                (long) whence));
        if (n < 0) {
            throw IoModule.osError("Raw stream returned invalid position " + n);
        }
        return n;
    }

    long rawTell() {
        long n = fastRaw != null ? fastRaw.tell() : Abstract.index(IoModule.call(raw, "tell"));
        if (n < 0) {
            throw IoModule.osError("Raw stream returned invalid position " + n);
        }
        return n;
    }

    // ------------------------------------------------------------------ buffers

    private void resetReadBuffer() {
        rpos = rlen = 0;
    }

    /** Appends one raw read to the read buffer: the count, 0 at end of file, -2 for None. */
    private int fill() {
        int n = rawRead(rbuf, rlen, bufferSize - rlen);
        if (n > 0) {
            rlen += n;
        }
        return n;
    }

    /** Writes the write buffer to the raw stream. */
    void flushWrites() {
        int done = 0;
        while (done < wlen) {
            int n = rawWrite(wbuf, done, wlen - done);
            if (n == -2) {
                System.arraycopy(wbuf, done, wbuf, 0, wlen - done);
                wlen -= done;
                throw blockingError("write could not complete without blocking", 0);
            }
            done += n;
        }
        wlen = 0;
        io.passedPendingData(this);
    }

    private static PyException blockingError(String message, long written) {
        return ((PyBaseException) Abstract.call(Errors.BLOCKING_IO_ERROR, new Object[] {(long) OsErrors.EAGAIN, message,
                written}, null)).toThrowable();
    }

    /** Pending writes out, and the raw stream back at the logical position with no read-ahead (CPython's flush and rewind). */
    void flushAndRewind() {
        flushWrites();
        if (readable) {
            rawSeek(-unread(), 1);
            resetReadBuffer();
        }
    }

    // ------------------------------------------------------------------ reading

    byte[] read(long n) {
        checkInitialized();
        if (n < -1) {
            throw Errors.valueError("read length must be non-negative or -1");
        }
        checkClosed("read of closed file");
        if (n == -1) {
            return readAll();
        }
        if (n > LARGE_READ) {
            return readLarge(n);
        }
        int want = (int) n;
        if (want <= unread()) {
            byte[] r = Arrays.copyOfRange(rbuf, rpos, rpos + want);
            rpos += want;
            return r;
        }
        byte[] out = new byte[want];
        int written = unread();
        System.arraycopy(rbuf, rpos, out, 0, written);
        rpos = rlen;
        int remaining = want - written;
        if (writable) {
            flushAndRewind();
        }
        resetReadBuffer();
        while (remaining > 0) {
            int r = bufferSize * (remaining / bufferSize);
            if (r == 0) {
                break;
            }
            r = rawRead(out, written, r);
            if (r == 0 || r == -2) {
                return r == -2 && written == 0 ? null : Arrays.copyOf(out, written);
            }
            remaining -= r;
            written += r;
        }
        while (remaining > 0 && rlen < bufferSize) {
            int r = fill();
            if (r == 0 || r == -2) {
                return r == -2 && written == 0 ? null : Arrays.copyOf(out, written);
            }
            int take = Math.min(remaining, rlen - rpos);
            System.arraycopy(rbuf, rpos, out, written, take);
            written += take;
            rpos += take;
            remaining -= take;
        }
        return out;
    }

    /** Reads larger than this are made of several, so that a request is not all allocated up front. */
    private static final int LARGE_READ = 1 << 24;

    private byte[] readLarge(long n) {
        ByteArrayOutputStream all = new ByteArrayOutputStream();
        long left = n;
        while (left > 0) {
            int part = (int) Math.min(left, LARGE_READ);
            byte[] got = read(part);
            if (got == null) {
                return all.size() == 0 ? null : all.toByteArray();
            }
            all.write(got, 0, got.length);
            if (got.length < part) {
                break;
            }
            left -= got.length;
        }
        return all.toByteArray();
    }

    private byte[] readAll() {
        ByteArrayOutputStream all = new ByteArrayOutputStream();
        all.write(rbuf, rpos, unread());
        rpos = rlen;
        if (writable) {
            flushAndRewind();
        }
        resetReadBuffer();
        if (fastRaw != null) {
            byte[] rest = fastRaw.readAll();
            all.write(rest, 0, rest.length);
            return all.toByteArray();
        }
        Object readall = IoBase.lookupOptional(raw, "readall");
        if (readall != null) {
            Object r = Abstract.call(readall, new Object[0], null);
            if (r == Singletons.NONE) {
                return all.size() == 0 ? null : all.toByteArray();
            }
            if (!(r instanceof PyBytes b)) {
                throw Errors.typeError("readall() should return bytes");
            }
            all.write(b.bytes, 0, b.bytes.length);
            return all.toByteArray();
        }
        while (true) {
            Object r = IoModule.call(raw, "read");
            if (r == Singletons.NONE) {
                return all.size() == 0 ? null : all.toByteArray();
            }
            if (!(r instanceof PyBytes b)) {
                throw Errors.typeError("read() should return bytes");
            }
            if (b.bytes.length == 0) {
                return all.toByteArray();
            }
            all.write(b.bytes, 0, b.bytes.length);
        }
    }

    byte[] read1(long n) {
        checkInitialized();
        if (n < 0) {
            n = bufferSize;
        }
        checkClosed("read of closed file");
        if (n == 0) {
            return new byte[0];
        }
        int have = unread();
        if (have > 0) {
            int take = (int) Math.min(have, n);
            byte[] r = Arrays.copyOfRange(rbuf, rpos, rpos + take);
            rpos += take;
            return r;
        }
        // one raw read, which may return fewer bytes than asked: no more than a large read is allocated
        byte[] out = new byte[(int) Math.min(n, LARGE_READ)];
        if (writable) {
            flushAndRewind();
        }
        resetReadBuffer();
        int r = rawRead(out, 0, out.length);
        if (r == -2) {
            r = 0;
        }
        return r == out.length ? out : Arrays.copyOf(out, r);
    }

    byte[] peek() {
        checkInitialized();
        checkClosed("peek of closed file");
        if (writable) {
            flushAndRewind();
        }
        int have = unread();
        if (have > 0) {
            return Arrays.copyOfRange(rbuf, rpos, rlen);
        }
        resetReadBuffer();
        int r = fill();
        if (r == -2) {
            r = 0;
        }
        rpos = 0;
        return Arrays.copyOf(rbuf, Math.max(r, 0));
    }

    /** {@code readinto(b)} and {@code readinto1(b)}: bytes copied into the writable buffer {@code target}. */
    Object readInto(Object target, boolean once) {
        checkInitialized();
        String name = once ? "readinto1" : "readinto";
        int len = IoBase.writable(target, name);
        checkClosed("readinto of closed file");
        int written = 0;
        int have = unread();
        if (have > 0) {
            if (have >= len) {
                Buffers.write(target, 0, rbuf, rpos, len);
                rpos += len;
                return (long) len;
            }
            Buffers.write(target, 0, rbuf, rpos, have);
            rpos += have;
            written = have;
        }
        if (writable) {
            flushAndRewind();
        }
        resetReadBuffer();
        int remaining = len - written;
        while (remaining > 0) {
            int n;
            if (remaining > bufferSize) {
                byte[] direct = new byte[remaining];
                n = rawRead(direct, 0, remaining);
                if (n > 0) {
                    Buffers.write(target, written, direct, 0, n);
                }
            } else if (!(once && written > 0)) {
                n = fill();
                if (n > 0) {
                    int take = Math.min(n, remaining);
                    Buffers.write(target, written, rbuf, rpos, take);
                    rpos += take;
                    written += take;
                    remaining -= take;
                    continue;
                }
            } else {
                n = 0;
            }
            if (n == 0 || n == -2 && written > 0) {
                break;
            }
            if (n < 0) {
                return Singletons.NONE;
            }
            written += n;
            remaining -= n;
            if (once) {
                break;
            }
        }
        return (long) written;
    }

    byte[] readline(long limit) {
        checkInitialized();
        checkClosed("readline of closed file");
        int n = unread();
        if (limit >= 0 && n > limit) {
            n = (int) limit;
        }
        for (int i = rpos; i < rpos + n; i++) {
            if (rbuf[i] == '\n') {
                byte[] r = Arrays.copyOfRange(rbuf, rpos, i + 1);
                rpos = i + 1;
                return r;
            }
        }
        if (n == limit) {
            byte[] r = Arrays.copyOfRange(rbuf, rpos, rpos + n);
            rpos += n;
            return r;
        }
        ByteArrayOutputStream line = new ByteArrayOutputStream();
        if (n > 0) {
            line.write(rbuf, rpos, n);
            rpos += n;
            if (limit >= 0) {
                limit -= n;
            }
        }
        if (writable) {
            flushAndRewind();
        }
        while (true) {
            resetReadBuffer();
            int got = fill();
            if (got <= 0) {
                break;
            }
            if (limit >= 0 && got > limit) {
                got = (int) limit;
            }
            for (int i = 0; i < got; i++) {
                if (rbuf[i] == '\n') {
                    line.write(rbuf, 0, i + 1);
                    rpos = i + 1;
                    return line.toByteArray();
                }
            }
            line.write(rbuf, 0, got);
            if (got == limit) {
                rpos = got;
                break;
            }
            rpos = rlen;
            if (limit >= 0) {
                limit -= got;
            }
        }
        return line.toByteArray();
    }

    // ------------------------------------------------------------------ writing

    long write(byte[] data) {
        checkInitialized();
        if (isClosed()) {
            throw Errors.valueError("write to closed file");
        }
        if (readable && rlen > 0) {
            // read-ahead is dropped: the raw stream goes back to the logical position
            if (unread() > 0) {
                rawSeek(-unread(), 1);
            }
            resetReadBuffer();
        }
        int len = data.length;
        if (len <= bufferSize - wlen) {
            System.arraycopy(data, 0, wbuf, wlen, len);
            wlen += len;
            io.holdsPendingData(this);
            return len;
        }
        flushWrites();
        int written = 0;
        int remaining = len;
        while (remaining > bufferSize) {
            int n = rawWrite(data, written, len - written);
            if (n == -2) {
                // as much as fits is buffered; the rest is refused
                int keep = Math.min(bufferSize, remaining);
                System.arraycopy(data, written, wbuf, 0, keep);
                wlen = keep;
                throw blockingError("write could not complete without blocking", written + keep);
            }
            written += n;
            remaining -= n;
        }
        System.arraycopy(data, written, wbuf, 0, remaining);
        wlen = remaining;
        if (wlen > 0) {
            io.holdsPendingData(this);
        }
        return len;
    }

    // ------------------------------------------------------------------ positioning

    long tell() {
        checkInitialized();
        long pos = rawTell() - unread() + wlen;
        return Math.max(pos, 0);
    }

    long seek(Object targetArg, int whence) {
        checkInitialized();
        if (whence < 0 || whence > 4) { // 3 and 4 are Linux's SEEK_DATA and SEEK_HOLE, left to the raw stream
            throw Errors.valueError("whence value " + whence + " unsupported");
        }
        checkClosed("seek of closed file");
        checkRaw(raw, "seekable", "File or stream is not seekable.");
        long target = Abstract.index(targetArg);
        if ((whence == 0 || whence == 1) && readable) {
            int avail = unread();
            if (avail > 0) {
                long current = rawTell();
                long offset = whence == 0 ? target - (current - avail) : target;
                if (offset >= -rpos && offset <= avail) {
                    rpos += (int) offset;
                    return current - avail + offset;
                }
            }
        }
        if (writable) {
            flushWrites();
        }
        if (whence == 1) {
            target -= unread();
        }
        long n = rawSeek(target, whence);
        if (readable) {
            resetReadBuffer();
        }
        return n;
    }

    Object truncate(Object pos) {
        checkInitialized();
        checkClosed("truncate of closed file");
        if (!writable) {
            throw io.unsupported("truncate");
        }
        flushAndRewind();
        return IoModule.call(raw, "truncate", pos == null ? Singletons.NONE : pos);
    }

    Object flush() {
        checkInitialized();
        if (!writable) {
            return IoModule.call(raw, "flush");
        }
        checkClosed("flush of closed file");
        flushAndRewind();
        return Singletons.NONE;
    }

    Object close() {
        checkInitialized();
        if (isClosed()) {
            return Singletons.NONE;
        }
        IoModule.flushThenClose(this, raw, () -> {
            bufferFreed = true;
            rpos = rlen = wlen = 0;
        });
        return Singletons.NONE;
    }

    Object detach() {
        checkInitialized();
        IoModule.call(this, "flush");
        Object r = raw;
        raw = null;
        fastRaw = null;
        ok = false;
        detached = true;
        return r;
    }

    String repr() {
        String typeName = Open.typeName(this);
        Object name;
        try {
            name = IoBase.lookupOptional(this, "name");
        } catch (PyException e) {
            if (!e.matches(Errors.EXCEPTION)) {
                throw e;
            }
            name = null;
        }
        if (name == null) {
            return "<" + typeName + ">";
        }
        Object shown = name;
        return Open.guardedRepr(this, typeName, () -> "<" + typeName + " name=" + Abstract.repr(shown) + ">");
    }

    // ------------------------------------------------------------------ the types

    static void define(IoModule io) {
        io.bufferedReader = io.newType("BufferedReader", cls -> new Buffered(io, cls),
                "Create a new buffered reader using the given readable raw IO object.", io.bufferedIOBase);
        io.bufferedWriter = io.newType("BufferedWriter", cls -> new Buffered(io, cls),
                "A buffer for a writeable sequential RawIO object.", io.bufferedIOBase);
        io.bufferedRandom = io.newType("BufferedRandom", cls -> new Buffered(io, cls),
                "A buffered interface to random access streams.", io.bufferedIOBase);
        for (PyType t : new PyType[] {io.bufferedReader, io.bufferedWriter, io.bufferedRandom}) {
            t.defineLazily(() -> defineMethods(io, t));
        }
    }

    private static void defineMethods(IoModule io, PyType t) {
        {
            boolean reads = t != io.bufferedWriter, writes = t != io.bufferedReader;
            String typeName = t.name;
            IoModule.method(t, "__init__", (a, k) -> {
                Object[] v = Args.parse(typeName, a, k, 1, 1, 2, "raw", "buffer_size");
                self(a[0]).init(v[0], v[1] == null ? IoModule.DEFAULT_BUFFER_SIZE : Abstract.index(v[1]));
                return Singletons.NONE;
            });
            if (reads) {
                IoModule.method(t, "read", (a, k) -> {
                    IoModule.exactArgs("read", a, k, 0, 1);
                    byte[] r = self(a[0]).read(IoModule.sizeArg(IoModule.arg(a, 1)));
                    return r == null ? Singletons.NONE : new PyBytes(r);
                });
                IoModule.method(t, "read1", (a, k) -> {
                    IoModule.exactArgs("read1", a, k, 0, 1);
                    return new PyBytes(self(a[0]).read1(IoModule.sizeArg(IoModule.arg(a, 1))));
                });
                IoModule.method(t, "peek", (a, k) -> {
                    IoModule.exactArgs("peek", a, k, 0, 1);
                    if (a.length > 1) {
                        Abstract.index(a[1]);
                    }
                    return new PyBytes(self(a[0]).peek());
                });
                IoModule.method(t, "readinto", (a, k) -> {
                    IoModule.exactArgs("readinto", a, k, 1, 1);
                    return self(a[0]).readInto(a[1], false);
                });
                IoModule.method(t, "readinto1", (a, k) -> {
                    IoModule.exactArgs("readinto1", a, k, 1, 1);
                    return self(a[0]).readInto(a[1], true);
                });
                IoModule.method(t, "readline", (a, k) -> {
                    IoModule.exactArgs("readline", a, k, 0, 1);
                    return new PyBytes(self(a[0]).readline(IoModule.sizeArg(IoModule.arg(a, 1))));
                });
                IoModule.method(t, "__next__", (a, k) -> {
                    Buffered b = self(a[0]);
                    Object line = b.type() == io.bufferedReader || b.type() == io.bufferedRandom
                            ? new PyBytes(b.readline(-1)) : IoModule.call(b, "readline");
                    if (!(line instanceof PyBytes lb)) {
                        throw IoModule.osError("readline() should have returned a bytes object, not '"
                                + Errors.typeName(line) + "'");
                    }
                    if (lb.bytes.length == 0) {
                        throw Errors.of(Errors.STOP_ITERATION, new Object[0]);
                    }
                    return line;
                });
            }
            if (writes) {
                IoModule.method(t, "write", (a, k) -> {
                    IoModule.exactArgs("write", a, k, 1, 1);
                    return self(a[0]).write(Buffers.bytesLike(a[1]));
                });
            }
            IoModule.method(t, "flush", (a, k) -> self(a[0]).flush());
            IoModule.method(t, "close", (a, k) -> self(a[0]).close());
            IoModule.method(t, "detach", (a, k) -> self(a[0]).detach());
            IoModule.method(t, "tell", (a, k) -> self(a[0]).tell());
            IoModule.method(t, "seek", (a, k) -> {
                IoModule.exactArgs("seek", a, k, 1, 2);
                long whence = a.length > 2 ? Abstract.index(a[2]) : 0;
                return self(a[0]).seek(a[1], (int) whence);
            });
            IoModule.method(t, "truncate", (a, k) -> {
                IoModule.exactArgs("truncate", a, k, 0, 1);
                return self(a[0]).truncate(IoModule.arg(a, 1));
            });
            // as CPython: a reader has no writable() of its own, a writer no readable() (_IOBase's say False)
            for (String name : reads && writes ? new String[] {"fileno", "isatty", "seekable", "readable", "writable"}
                    : reads ? new String[] {"fileno", "isatty", "seekable", "readable"}
                    : new String[] {"fileno", "isatty", "seekable", "writable"}) {
                IoModule.method(t, name, (a, k) -> {
                    Buffered b = self(a[0]);
                    b.checkInitialized();
                    return IoModule.call(b.raw, name);
                });
            }
            IoModule.method(t, "_dealloc_warn", (a, k) -> Singletons.NONE);
            IoModule.method(t, "__repr__", (a, k) -> self(a[0]).repr());
            IoModule.method(t, "__sizeof__", (a, k) -> (long) (64 + self(a[0]).bufferSize));
            io.getter(t, "raw", o -> self(o).raw == null ? Singletons.NONE : self(o).raw);
            io.getter(t, "closed", o -> {
                self(o).checkInitialized();
                return Abstract.getAttr(self(o).raw, "closed");
            });
            io.getter(t, "name", o -> {
                self(o).checkInitialized();
                return Abstract.getAttr(self(o).raw, "name");
            });
            io.getter(t, "mode", o -> {
                self(o).checkInitialized();
                return Abstract.getAttr(self(o).raw, "mode");
            });
            io.getter(t, "_finalizing", o -> self(o).finalizing);
        }
    }
}
