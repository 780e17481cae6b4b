package org.pyston.runtime.io;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import org.pyston.runtime.objects.Abstract;
import org.pyston.runtime.objects.Args;
import org.pyston.runtime.objects.Buffers;
import org.pyston.runtime.objects.Errors;
import org.pyston.runtime.objects.PyBytes;
import org.pyston.runtime.objects.PyException;
import org.pyston.runtime.objects.PyType;
import org.pyston.runtime.objects.Singletons;

/**
 * {@code _io.FileIO}: raw binary I/O on a descriptor of the context's table
 * ({@link FileDescriptors}), with CPython's mode rules, argument checks and messages.
 */
final class FileIO extends IoBase {
    /** The descriptor; -1 when closed (or not set up). */
    int fd = -1;
    boolean created, readable, writable, appending;
    /** Whether {@code close()} closes the descriptor. */
    boolean closefd = true;
    /** Unknown until asked: -1; else 0 or 1. */
    int seekable = -1;
    long blksize = IoModule.DEFAULT_BUFFER_SIZE;
    boolean finalizing;

    FileIO(IoModule io, PyType type) {
        super(io, type);
    }

    static FileIO self(Object o) {
        return (FileIO) o;
    }

    // ------------------------------------------------------------------ set-up

    /** {@code FileIO.__init__(file, mode='r', closefd=True, opener=None)}. */
    void init(Object file, Object modeArg, Object closefdArg, Object opener) {
        if (fd >= 0) {
            if (closefd) {
                internalClose();
            } else {
                fd = -1;
            }
        }
        String mode = modeArg == null ? "r" : Open.strArg("FileIO", "mode", 2, modeArg);
        boolean closeIt = closefdArg == null || Abstract.isTrue(closefdArg);
        int newFd = -1;
        if (IoModule.isIndex(file) && !(file instanceof Double)) {
            long n = Abstract.index(file);
            if (n < 0) {
                throw Errors.valueError("negative file descriptor");
            }
            newFd = (int) n;
        }
        String path = newFd < 0 ? Open.fsPath(file) : null;
        boolean rwa = false, plus = false;
        int flags = 0;
        created = readable = writable = appending = false;
        for (int i = 0; i < mode.length(); i++) {
            char c = mode.charAt(i);
            switch (c) {
                case 'x':
                case 'r':
                case 'w':
                case 'a':
                    if (rwa) {
                        throw badMode();
                    }
                    rwa = true;
                    if (c == 'x') {
                        created = writable = true;
                        flags |= FileDescriptors.O_EXCL | FileDescriptors.O_CREAT;
                    } else if (c == 'r') {
                        readable = true;
                    } else if (c == 'w') {
                        writable = true;
                        flags |= FileDescriptors.O_CREAT | FileDescriptors.O_TRUNC;
                    } else {
                        writable = appending = true;
                        flags |= FileDescriptors.O_APPEND | FileDescriptors.O_CREAT;
                    }
                    break;
                case 'b':
                    break;
                case '+':
                    if (plus) {
                        throw badMode();
                    }
                    readable = writable = plus = true;
                    break;
                default:
                    throw Errors.valueError("invalid mode: " + mode);
            }
        }
        if (!rwa) {
            throw badMode();
        }
        flags |= readable && writable ? FileDescriptors.O_RDWR : readable ? FileDescriptors.O_RDONLY
                : FileDescriptors.O_WRONLY;
        flags |= FileDescriptors.O_CLOEXEC;
        if (newFd >= 0) {
            closefd = closeIt;
        } else {
            closefd = true;
            if (!closeIt) {
                throw Errors.valueError("Cannot use closefd=False with file name");
            }
            if (opener == null || opener == Singletons.NONE) {
                try {
                    newFd = io.fds.open(path, flags);
                } catch (IOException e) {
                    throw OsErrors.of(e, file);
                }
            } else {
                Object r = Abstract.call(opener, new Object[] {file, (long) flags}, null);
                if (!IoModule.isIndex(r)) {
                    throw Errors.typeError("expected integer from opener");
                }
                long n = Abstract.index(r);
                if (n < 0) {
                    throw Errors.valueError("opener returned " + n);
                }
                newFd = (int) n;
            }
        }
        if (!io.fds.isOpen(newFd)) {
            throw OsErrors.of(OsErrors.EBADF, null);
        }
        try {
            if (io.fds.isDirectory(newFd)) {
                // as CPython after its fstat: a directory is no file to read
                if (path != null) {
                    io.fds.close(newFd);
                }
                throw OsErrors.of(OsErrors.EISDIR, file);
            }
        } catch (IOException e) {
            throw OsErrors.of(e, file);
        }
        fd = newFd;
        seekable = -1;
        blksize = 4096; // st_blksize of the file systems we run on
        dict.put("name", file);
        if (appending) {
            // as CPython: the position starts at the end (the descriptor may not be seekable)
            try {
                io.fds.seek(fd, 0, 2);
            } catch (IOException ignored) {
                // a pipe or terminal
            }
        }
    }

    private static PyException badMode() {
        return Errors.valueError("Must have exactly one of create/read/write/append mode and at most one plus");
    }

    // ------------------------------------------------------------------ checks

    private void checkOpen() {
        if (fd < 0) {
            throw Errors.valueError("I/O operation on closed file");
        }
    }

    private void checkReadable() {
        checkOpen();
        if (!readable) {
            throw io.unsupported("File not open for reading");
        }
    }

    private void checkWritable() {
        checkOpen();
        if (!writable) {
            throw io.unsupported("File not open for writing");
        }
    }

    String modeString() {
        if (created) {
            return readable ? "xb+" : "xb";
        }
        if (appending) {
            return readable ? "ab+" : "ab";
        }
        if (readable) {
            return writable ? "rb+" : "rb";
        }
        return "wb";
    }

    // ------------------------------------------------------------------ operations (also used by Buffered directly)

    /** Reads up to {@code n} bytes into {@code b[off..]}: how many, 0 at end of file. */
    int readInto(byte[] b, int off, int n) {
        checkReadable();
        try {
            return io.fds.read(fd, b, off, n);
        } catch (IOException e) {
            throw OsErrors.of(e, null);
        }
    }

    byte[] read(long size) {
        if (size < 0) {
            return readAll();
        }
        checkReadable();
        long available;
        try {
            available = io.fds.available(fd);
        } catch (IOException e) {
            throw OsErrors.of(e, null);
        }
        // a read returns at most the rest of a file, and a stream's reads return what has arrived:
        // no need to allocate all of a large request (CPython's one read(2) call returns no more)
        long cap = available >= 0 ? available : 1 << 16;
        byte[] b = new byte[(int) Math.min(Math.min(size, cap), Integer.MAX_VALUE - 8)];
        int n = readInto(b, 0, b.length);
        return n == b.length ? b : java.util.Arrays.copyOf(b, n);
    }

    byte[] readAll() {
        checkReadable();
        ByteArrayOutputStream all = new ByteArrayOutputStream();
        byte[] chunk = new byte[IoModule.DEFAULT_BUFFER_SIZE * 8];
        while (true) {
            int n = readInto(chunk, 0, chunk.length);
            if (n == 0) {
                return all.toByteArray();
            }
            all.write(chunk, 0, n);
        }
    }

    int write(byte[] b, int off, int n) {
        checkWritable();
        try {
            return io.fds.write(fd, b, off, n);
        } catch (IOException e) {
            throw OsErrors.of(e, null);
        }
    }

    long seek(long pos, int whence) {
        checkOpen();
        try {
            return io.fds.seek(fd, pos, whence);
        } catch (IOException e) {
            throw OsErrors.of(e, null);
        }
    }

    long tell() {
        return seek(0, 1);
    }

    boolean isSeekable() {
        checkOpen();
        if (seekable < 0) {
            try {
                io.fds.seek(fd, 0, 1);
                seekable = 1;
            } catch (IOException e) {
                seekable = 0;
            }
        }
        return seekable == 1;
    }

    long truncate(Object size) {
        checkWritable();
        long n;
        if (size == null || size == Singletons.NONE) {
            n = tell();
        } else {
            n = Abstract.index(size);
        }
        try {
            io.fds.truncate(fd, n);
        } catch (IOException e) {
            throw OsErrors.of(e, null);
        }
        return n;
    }

    private void internalClose() {
        int old = fd;
        fd = -1;
        try {
            io.fds.close(old);
        } catch (IOException e) {
            throw OsErrors.of(e, null);
        }
    }

    Object close() {
        PyException flushError = null;
        try {
            // _RawIOBase.close: flush, then closed
            if (!ioBaseClosed) {
                try {
                    IoModule.call(this, "flush");
                } finally {
                    ioBaseClosed = true;
                }
            }
        } catch (PyException e) {
            flushError = e;
        }
        if (!closefd) {
            fd = -1;
        } else if (fd >= 0) {
            try {
                internalClose();
            } catch (PyException e) {
                if (flushError != null) {
                    e.exception.context = flushError.exception;
                }
                throw e;
            }
        }
        if (flushError != null) {
            throw flushError;
        }
        return Singletons.NONE;
    }

    String repr() {
        String typeName = "_io.FileIO"; // whatever the class, as CPython
        if (fd < 0) {
            return "<" + typeName + " [closed]>";
        }
        Object name = IoBase.lookupOptional(this, "name");
        String closefdText = closefd ? "True" : "False";
        if (name == null) {
            return "<" + typeName + " fd=" + fd + " mode='" + modeString() + "' closefd=" + closefdText + ">";
        }
        return Open.guardedRepr(this, typeName, () -> "<" + typeName + " name=" + Abstract.repr(name) + " mode='"
                + modeString() + "' closefd=" + closefdText + ">");
    }

    // ------------------------------------------------------------------ the type

    static void define(IoModule io) {
        PyType t = io.fileIO = io.newType("FileIO", cls -> new FileIO(io, cls),
                "Open a file.", io.rawIOBase);
        t.defineLazily(() -> defineMethods(io, t));
    }

    private static void defineMethods(IoModule io, PyType t) {
        IoModule.method(t, "__init__", (a, k) -> {
            Object[] v = Args.parse("FileIO", a, k, 1, 1, 4, "file", "mode", "closefd", "opener");
            self(a[0]).init(v[0], v[1], v[2], v[3]);
            return Singletons.NONE;
        });
        IoModule.method(t, "read", (a, k) -> {
            IoModule.exactArgs("read", a, k, 0, 1);
            return new PyBytes(self(a[0]).read(IoModule.sizeArg(IoModule.arg(a, 1))));
        });
        IoModule.method(t, "readall", (a, k) -> {
            IoModule.exactArgs("readall", a, k, 0, 0);
            return new PyBytes(self(a[0]).readAll());
        });
        IoModule.method(t, "readinto", (a, k) -> {
            IoModule.exactArgs("readinto", a, k, 1, 1);
            FileIO f = self(a[0]);
            f.checkOpen();
            int n = IoBase.writable(a[1], "readinto");
            f.checkReadable();
            byte[] b = new byte[n];
            int got = f.readInto(b, 0, n);
            Buffers.write(a[1], 0, b, 0, got);
            return (long) got;
        });
        IoModule.method(t, "write", (a, k) -> {
            IoModule.exactArgs("write", a, k, 1, 1);
            FileIO f = self(a[0]);
            f.checkOpen();
            byte[] b = Buffers.bytesLike(a[1]);
            return (long) f.write(b, 0, b.length);
        });
        IoModule.method(t, "seek", (a, k) -> {
            IoModule.exactArgs("seek", a, k, 1, 2);
            FileIO f = self(a[0]);
            f.checkOpen();
            long pos = Open.intArg(a[1]);
            long whence = a.length > 2 ? Open.intArg(a[2]) : 0;
            return f.seek(pos, (int) whence);
        });
        IoModule.method(t, "tell", (a, k) -> {
            IoModule.exactArgs("tell", a, k, 0, 0);
            return self(a[0]).tell();
        });
        IoModule.method(t, "truncate", (a, k) -> {
            IoModule.exactArgs("truncate", a, k, 0, 1);
            return self(a[0]).truncate(IoModule.arg(a, 1));
        });
        IoModule.method(t, "close", (a, k) -> self(a[0]).close());
        IoModule.method(t, "seekable", (a, k) -> self(a[0]).isSeekable());
        IoModule.method(t, "readable", (a, k) -> {
            self(a[0]).checkOpen();
            return self(a[0]).readable;
        });
        IoModule.method(t, "writable", (a, k) -> {
            self(a[0]).checkOpen();
            return self(a[0]).writable;
        });
        IoModule.method(t, "fileno", (a, k) -> {
            self(a[0]).checkOpen();
            return (long) self(a[0]).fd;
        });
        IoModule.method(t, "isatty", (a, k) -> {
            FileIO f = self(a[0]);
            f.checkOpen();
            try {
                return io.fds.isatty(f.fd);
            } catch (IOException e) {
                throw OsErrors.of(e, null);
            }
        });
        IoModule.method(t, "_dealloc_warn", (a, k) -> Singletons.NONE);
        IoModule.method(t, "__repr__", (a, k) -> self(a[0]).repr());
        io.getter(t, "closed", o -> self(o).fd < 0);
        io.getter(t, "closefd", o -> self(o).closefd);
        io.getter(t, "mode", o -> self(o).modeString());
        io.getter(t, "_blksize", o -> self(o).blksize);
        io.getter(t, "_finalizing", o -> self(o).finalizing);
    }
}
