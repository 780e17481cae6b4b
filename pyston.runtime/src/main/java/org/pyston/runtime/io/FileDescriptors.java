package org.pyston.runtime.io;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.file.Files;
import java.nio.file.OpenOption;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.WeakHashMap;
import org.pyston.runtime.objects.ExecutionContext;

/**
 * The file descriptors a context's Python code sees ({@code io.FileIO.fileno()}, {@code os.open},
 * {@code os.read}, ...). The JVM gives no access to the process's own descriptors, so this table
 * stands in for them: 0, 1 and 2 are the context's standard streams ({@code ctx.stdin},
 * {@code ctx.stdout}, {@code ctx.stderr}), a file opened gets the lowest free number from 3 as on
 * POSIX, and {@link #dup} shares one open file between numbers. The table is per context (no
 * global state); {@code posix} is meant to share it through this public API, which speaks in
 * Linux terms: {@code O_*} flags, whence 0/1/2, and OSError with errno on failure
 * ({@link OsErrors}).
 */
public final class FileDescriptors {
    /** Linux open(2) flags, as {@code os.O_*}. */
    public static final int O_RDONLY = 0, O_WRONLY = 1, O_RDWR = 2, O_ACCMODE = 3, O_CREAT = 0100, O_EXCL = 0200,
            O_TRUNC = 01000, O_APPEND = 02000, O_DIRECTORY = 0200000, O_NOFOLLOW = 0400000, O_CLOEXEC = 02000000;
    /** lseek's whence values beyond 0, 1, 2 (Linux). */
    public static final int SEEK_DATA = 3, SEEK_HOLE = 4;

    private static final Map<ExecutionContext, FileDescriptors> TABLES = new WeakHashMap<>();

    /** The table of a context, made on first use. */
    public static FileDescriptors of(ExecutionContext ctx) {
        synchronized (TABLES) {
            return TABLES.computeIfAbsent(ctx, FileDescriptors::new);
        }
    }

    /** An open file: a channel over a file, or one of the context's standard streams. */
    private abstract static class OpenFile {
        /** How many descriptors refer to it (dup). */
        int references = 1;

        abstract int read(byte[] b, int off, int len) throws IOException;

        abstract int write(byte[] b, int off, int len) throws IOException;

        long seek(long offset, int whence) throws IOException {
            throw new IOException(OsErrors.strerror(OsErrors.ESPIPE));
        }

        long size() throws IOException {
            throw new IOException(OsErrors.strerror(OsErrors.ESPIPE));
        }

        void truncate(long size) throws IOException {
            throw new IOException(OsErrors.strerror(OsErrors.EINVAL));
        }

        boolean seekable() {
            return false;
        }

        boolean isatty() {
            return false;
        }

        void close() throws IOException {
        }
    }

    private static final class ChannelFile extends OpenFile {
        final FileChannel channel;
        /** O_APPEND: every write goes to the end of the file. */
        final boolean append;
        final boolean readable, writable;
        final String path;

        ChannelFile(FileChannel channel, String path, boolean append, boolean readable, boolean writable) {
            this.channel = channel;
            this.path = path;
            this.append = append;
            this.readable = readable;
            this.writable = writable;
        }

        @Override
        int read(byte[] b, int off, int len) throws IOException {
            if (!readable) {
                throw new OsErrors.BadDescriptorException();
            }
            int n = channel.read(ByteBuffer.wrap(b, off, len));
            return n < 0 ? 0 : n;
        }

        @Override
        int write(byte[] b, int off, int len) throws IOException {
            if (!writable) {
                throw new OsErrors.BadDescriptorException();
            }
            if (append) {
                channel.position(channel.size());
            }
            ByteBuffer buf = ByteBuffer.wrap(b, off, len);
            while (buf.hasRemaining()) {
                channel.write(buf);
            }
            return len;
        }

        @Override
        long seek(long offset, int whence) throws IOException {
            if (whence == SEEK_DATA || whence == SEEK_HOLE) {
                // no holes here: data runs from 0 to the end, the one hole is at the end
                if (offset < 0 || offset >= channel.size()) {
                    throw new IOException(OsErrors.strerror(OsErrors.ENXIO));
                }
                long target = whence == SEEK_DATA ? offset : channel.size();
                channel.position(target);
                return target;
            }
            long base = whence == 0 ? 0 : whence == 1 ? channel.position() : channel.size();
            long target = base + offset;
            if (target < 0) {
                throw new IOException(OsErrors.strerror(OsErrors.EINVAL));
            }
            channel.position(target);
            return target;
        }

        @Override
        long size() throws IOException {
            return channel.size();
        }

        @Override
        void truncate(long size) throws IOException {
            if (!writable) {
                throw new IOException(OsErrors.strerror(OsErrors.EINVAL));
            }
            long position = channel.position();
            if (size < channel.size()) {
                channel.truncate(size);
            } else if (size > channel.size()) {
                channel.write(ByteBuffer.wrap(new byte[1]), size - 1); // extends with zero bytes, as ftruncate
            }
            channel.position(position); // ftruncate leaves the file offset alone
        }

        @Override
        boolean seekable() {
            return true;
        }

        @Override
        void close() throws IOException {
            channel.close();
        }
    }

    /** A directory opened for reading (os.open(dir, O_RDONLY)): reads fail with EISDIR, as read(2). */
    private static final class DirectoryFile extends OpenFile {
        final String path;

        DirectoryFile(String path) {
            this.path = path;
        }

        @Override
        int read(byte[] b, int off, int len) throws IOException {
            throw new IOException(OsErrors.strerror(OsErrors.EISDIR));
        }

        @Override
        int write(byte[] b, int off, int len) throws IOException {
            throw new OsErrors.BadDescriptorException();
        }

        @Override
        long seek(long offset, int whence) {
            return 0;
        }

        @Override
        boolean seekable() {
            return true;
        }
    }

    /** Descriptor 0: the context's standard input. */
    private static final class InputFile extends OpenFile {
        final InputStream in;

        InputFile(InputStream in) {
            this.in = in;
        }

        @Override
        int read(byte[] b, int off, int len) throws IOException {
            if (len == 0) {
                return 0;
            }
            int n = in.read(b, off, len);
            return n < 0 ? 0 : n;
        }

        @Override
        int write(byte[] b, int off, int len) throws IOException {
            throw new OsErrors.BadDescriptorException();
        }

        @Override
        boolean isatty() {
            return in == System.in && System.console() != null;
        }
    }

    /** Descriptors 1 and 2: the context's standard output and error. */
    private static final class OutputFile extends OpenFile {
        final OutputStream out;

        OutputFile(OutputStream out) {
            this.out = out;
        }

        @Override
        int read(byte[] b, int off, int len) throws IOException {
            throw new OsErrors.BadDescriptorException();
        }

        @Override
        int write(byte[] b, int off, int len) throws IOException {
            out.write(b, off, len);
            out.flush();
            return len;
        }

        @Override
        boolean isatty() {
            return (out == System.out || out == System.err) && System.console() != null;
        }
    }

    private final Map<Integer, OpenFile> files = new TreeMap<>();

    private FileDescriptors(ExecutionContext ctx) {
        if (ctx.stdin != null) {
            files.put(0, new InputFile(ctx.stdin));
        }
        if (ctx.stdout != null) {
            files.put(1, new OutputFile(ctx.stdout));
        }
        if (ctx.stderr != null) {
            files.put(2, new OutputFile(ctx.stderr));
        }
    }

    private synchronized int add(OpenFile f) {
        int fd = 0;
        while (files.containsKey(fd)) {
            fd++;
        }
        files.put(fd, f);
        return fd;
    }

    private synchronized OpenFile get(int fd) throws IOException {
        OpenFile f = files.get(fd);
        if (f == null) {
            throw new OsErrors.BadDescriptorException();
        }
        return f;
    }

    /**
     * {@code open(path, flags)}: the new descriptor. Opening a directory fails with EISDIR (CPython's
     * FileIO refuses directories; Java cannot open them as channels for writing anyway).
     */
    public int open(String path, int flags) throws IOException {
        Path p = WorkingDirectory.resolve(path);
        int access = flags & O_ACCMODE;
        boolean readable = access == O_RDONLY || access == O_RDWR;
        boolean writable = access == O_WRONLY || access == O_RDWR;
        boolean directory = Files.isDirectory(p);
        if (directory && (writable || (flags & O_CREAT) != 0)) {
            // open(2): a directory opens for reading only (EEXIST first when it had to be new)
            throw new IOException((flags & O_CREAT) != 0 && (flags & O_EXCL) != 0 ? OsErrors.strerror(OsErrors.EEXIST)
                    : OsErrors.strerror(OsErrors.EISDIR));
        }
        if (!directory && (flags & O_DIRECTORY) != 0 && Files.exists(p)) {
            throw new IOException(OsErrors.strerror(OsErrors.ENOTDIR));
        }
        if (directory) {
            return add(new DirectoryFile(path));
        }
        Set<OpenOption> options = new java.util.HashSet<>();
        if (readable) {
            options.add(StandardOpenOption.READ);
        }
        if (writable) {
            options.add(StandardOpenOption.WRITE);
        }
        if ((flags & O_CREAT) != 0) {
            options.add((flags & O_EXCL) != 0 ? StandardOpenOption.CREATE_NEW : StandardOpenOption.CREATE);
            if (!writable) {
                options.add(StandardOpenOption.WRITE); // Java creates only for writing; reading stays allowed
            }
        }
        if ((flags & O_TRUNC) != 0 && writable) {
            options.add(StandardOpenOption.TRUNCATE_EXISTING);
        }
        FileChannel channel;
        try {
            channel = FileChannel.open(p, options);
        } catch (UnsupportedOperationException | IllegalArgumentException e) {
            throw new IOException(OsErrors.strerror(OsErrors.EINVAL));
        }
        return add(new ChannelFile(channel, path, (flags & O_APPEND) != 0, readable, writable));
    }

    /** Whether {@code fd} is open. */
    public synchronized boolean isOpen(int fd) {
        return files.containsKey(fd);
    }

    /** Reads up to {@code len} bytes into {@code b[off..]}: how many, 0 at end of file. */
    public int read(int fd, byte[] b, int off, int len) throws IOException {
        OpenFile e = get(fd);
        // a read may wait (pipe, terminal): other threads run meanwhile
        return org.pyston.runtime.objects.Gil.io(() -> e.read(b, off, len));
    }

    /** Writes {@code b[off..off+len)}: how many bytes were written. */
    public int write(int fd, byte[] b, int off, int len) throws IOException {
        return get(fd).write(b, off, len);
    }

    /** {@code lseek}: the new offset (ESPIPE for streams). */
    public long seek(int fd, long offset, int whence) throws IOException {
        if (whence < 0 || whence > SEEK_HOLE) {
            throw new IOException(OsErrors.strerror(OsErrors.EINVAL));
        }
        return get(fd).seek(offset, whence);
    }

    /** The size of the file ({@code st_size}); ESPIPE for streams. */
    public long size(int fd) throws IOException {
        return get(fd).size();
    }

    /** {@code ftruncate}. */
    public void truncate(int fd, long size) throws IOException {
        get(fd).truncate(size);
    }

    /** How many bytes a read could return at most: the rest of a file, -1 when unknown (streams). */
    public long available(int fd) throws IOException {
        return get(fd) instanceof ChannelFile c ? Math.max(c.channel.size() - c.channel.position(), 0) : -1;
    }

    /** Whether {@code lseek} works on {@code fd}. */
    public boolean seekable(int fd) throws IOException {
        return get(fd).seekable();
    }

    public boolean isatty(int fd) throws IOException {
        return get(fd).isatty();
    }

    /** {@code dup}: a new descriptor for the same open file. */
    public synchronized int dup(int fd) throws IOException {
        OpenFile f = get(fd);
        f.references++;
        return add(f);
    }

    /** {@code dup2}: {@code fd2} refers to the open file of {@code fd} (closing what it referred to). */
    public void dup2(int fd, int fd2) throws IOException {
        OpenFile old;
        synchronized (this) {
            OpenFile f = get(fd);
            if (fd == fd2) {
                return;
            }
            f.references++;
            old = files.put(fd2, f);
            if (old == null || --old.references > 0) {
                return;
            }
        }
        old.close();
    }

    /** The path a descriptor's file was opened with, or null for the standard streams. */
    public String path(int fd) throws IOException {
        OpenFile f = get(fd);
        return f instanceof ChannelFile c ? c.path : f instanceof DirectoryFile d ? d.path : null;
    }

    /** Whether {@code fd} is a directory (fstat's S_ISDIR). */
    public boolean isDirectory(int fd) throws IOException {
        return get(fd) instanceof DirectoryFile;
    }

    /** {@code close}: the open file is closed when its last descriptor is. */
    public void close(int fd) throws IOException {
        OpenFile f;
        synchronized (this) {
            f = files.remove(fd);
            if (f == null) {
                throw new OsErrors.BadDescriptorException();
            }
            if (--f.references > 0) {
                return;
            }
        }
        f.close();
    }
}
