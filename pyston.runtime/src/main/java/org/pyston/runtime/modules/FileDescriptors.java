package org.pyston.runtime.modules;

import java.io.IOException;
import java.io.InputStream;
import java.io.PrintStream;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.util.Map;
import java.util.TreeMap;
import java.util.WeakHashMap;
import org.pyston.runtime.objects.ExecutionContext;

/**
 * The file descriptors a context's Python code sees (os.open, os.read, io.FileIO.fileno()): 0, 1
 * and 2 are the context's standard streams, files opened get the lowest free number from 3, as a
 * POSIX process's do. The JVM gives no access to the process's own descriptors; this table is what
 * makes descriptor-based code work on it.
 */
final class FileDescriptors {
    private static final Map<ExecutionContext, FileDescriptors> TABLES = new WeakHashMap<>();

    /** The table of a context, made on first use. */
    static FileDescriptors of(ExecutionContext ctx) {
        synchronized (TABLES) {
            return TABLES.computeIfAbsent(ctx, FileDescriptors::new);
        }
    }

    private final ExecutionContext context;
    private final Map<Integer, FileChannel> files = new TreeMap<>();
    private final java.util.Set<Integer> closedStandard = new java.util.HashSet<>();
    /** The path each descriptor was opened with (for reprs and errors). */
    private final Map<Integer, String> paths = new TreeMap<>();

    private FileDescriptors(ExecutionContext context) {
        this.context = context;
    }

    synchronized int add(FileChannel channel, String path) {
        int fd = 3;
        while (files.containsKey(fd)) {
            fd++;
        }
        files.put(fd, channel);
        paths.put(fd, path);
        return fd;
    }

    synchronized boolean isOpen(int fd) {
        return fd >= 0 && fd <= 2 ? !closedStandard.contains(fd) : files.containsKey(fd);
    }

    /** The channel of a file descriptor; null for the standard streams. */
    synchronized FileChannel channel(int fd) throws IOException {
        if (fd >= 0 && fd <= 2 && !closedStandard.contains(fd)) {
            return null;
        }
        FileChannel c = files.get(fd);
        if (c == null) {
            throw new BadDescriptor();
        }
        return c;
    }

    /** Raised for a descriptor that is not open (EBADF). */
    static final class BadDescriptor extends IOException {
        private static final long serialVersionUID = 1L;

        BadDescriptor() {
            super("Bad file descriptor");
        }
    }

    synchronized void close(int fd) throws IOException {
        if (fd >= 0 && fd <= 2) {
            if (!closedStandard.add(fd)) {
                throw new BadDescriptor();
            }
            return;
        }
        FileChannel c = files.remove(fd);
        paths.remove(fd);
        if (c == null) {
            throw new BadDescriptor();
        }
        c.close();
    }

    byte[] read(int fd, int n) throws IOException {
        FileChannel c = channel(fd);
        if (c == null) {
            if (fd != 0) {
                throw new BadDescriptor();
            }
            InputStream in = context.stdin;
            byte[] buf = new byte[n];
            int got = in.read(buf, 0, n);
            return got <= 0 ? new byte[0] : java.util.Arrays.copyOf(buf, got);
        }
        ByteBuffer buf = ByteBuffer.allocate(n);
        int got = c.read(buf);
        return got <= 0 ? new byte[0] : java.util.Arrays.copyOf(buf.array(), got);
    }

    int write(int fd, byte[] data) throws IOException {
        FileChannel c = channel(fd);
        if (c == null) {
            if (fd == 0) {
                throw new BadDescriptor();
            }
            PrintStream out = fd == 1 ? context.stdout : context.stderr;
            out.write(data, 0, data.length);
            out.flush();
            return data.length;
        }
        return c.write(ByteBuffer.wrap(data));
    }

    long seek(int fd, long position, int whence) throws IOException {
        FileChannel c = channel(fd);
        if (c == null) {
            throw new IOException("Illegal seek");
        }
        long base = whence == 0 ? 0 : whence == 1 ? c.position() : c.size();
        c.position(base + position);
        return c.position();
    }
}
