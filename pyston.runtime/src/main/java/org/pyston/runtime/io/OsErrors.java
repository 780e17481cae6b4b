package org.pyston.runtime.io;

import java.io.IOException;
import java.nio.file.AccessDeniedException;
import java.nio.file.DirectoryNotEmptyException;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.FileSystemException;
import java.nio.file.NoSuchFileException;
import java.nio.file.NotDirectoryException;
import org.pyston.runtime.objects.Abstract;
import org.pyston.runtime.objects.Errors;
import org.pyston.runtime.objects.PyBaseException;
import org.pyston.runtime.objects.PyException;

/**
 * OSError with an errno, as CPython raises it from a failed system call: {@code OSError(errno,
 * strerror[, filename])}, which picks the subclass (FileNotFoundError, ...) from the errno. Java
 * reports failures as exception classes and messages; {@link #of(IOException, Object)} maps them
 * back to Linux errno numbers and their {@code strerror} texts.
 */
public final class OsErrors {
    private OsErrors() {
    }

    public static final int EPERM = 1, ENOENT = 2, ENXIO = 6, EBADF = 9, EAGAIN = 11, EACCES = 13, EEXIST = 17,
            ENOTDIR = 20, EISDIR = 21, EINVAL = 22, ENOSPC = 28, ESPIPE = 29, EPIPE = 32, ENOTEMPTY = 39,
            ENAMETOOLONG = 36, ELOOP = 40;

    /** The C library's text for an errno ({@code os.strerror}). */
    public static String strerror(int errno) {
        switch (errno) {
            case EPERM: return "Operation not permitted";
            case ENOENT: return "No such file or directory";
            case ENXIO: return "No such device or address";
            case EBADF: return "Bad file descriptor";
            case EAGAIN: return "Resource temporarily unavailable";
            case EACCES: return "Permission denied";
            case EEXIST: return "File exists";
            case ENOTDIR: return "Not a directory";
            case EISDIR: return "Is a directory";
            case EINVAL: return "Invalid argument";
            case ENOSPC: return "No space left on device";
            case ESPIPE: return "Illegal seek";
            case EPIPE: return "Broken pipe";
            case ENAMETOOLONG: return "File name too long";
            case ENOTEMPTY: return "Directory not empty";
            case ELOOP: return "Too many levels of symbolic links";
            default: return "Unknown error " + errno;
        }
    }

    /** {@code OSError(errno, strerror(errno), filename)}; no filename when {@code filename} is null. */
    public static PyException of(int errno, Object filename) {
        Object[] args = filename == null ? new Object[] {(long) errno, strerror(errno)}
                : new Object[] {(long) errno, strerror(errno), filename};
        return ((PyBaseException) Abstract.call(Errors.OS_ERROR, args, null)).toThrowable();
    }

    /** The errno a Java I/O failure stands for (EINVAL when it cannot be told). */
    public static int errno(IOException e) {
        return errno(e, EINVAL);
    }

    /** The errno a Java I/O failure stands for, {@code unknown} when it cannot be told. */
    public static int errno(IOException e, int unknown) {
        if (e instanceof BadDescriptorException) {
            return EBADF;
        }
        if (e instanceof NoSuchFileException) {
            return ENOENT;
        }
        if (e instanceof AccessDeniedException) {
            return EACCES;
        }
        if (e instanceof FileAlreadyExistsException) {
            return EEXIST;
        }
        if (e instanceof NotDirectoryException) {
            return ENOTDIR;
        }
        if (e instanceof DirectoryNotEmptyException) {
            return ENOTEMPTY;
        }
        String m = e instanceof FileSystemException fs ? fs.getReason() : e.getMessage();
        if (m != null) {
            for (int errno : new int[] {EISDIR, ENOTDIR, ENOENT, EACCES, EEXIST, ENOSPC, ESPIPE, EPIPE, EINVAL, ENXIO,
                    ENAMETOOLONG, ELOOP, EPERM}) {
                if (m.contains(strerror(errno))) {
                    return errno;
                }
            }
        }
        return unknown;
    }

    /** The OSError for a Java I/O failure on {@code filename} (null: none named). */
    public static PyException of(IOException e, Object filename) {
        return of(errno(e), filename);
    }

    /** A descriptor that is not open (EBADF). */
    public static final class BadDescriptorException extends IOException {
        private static final long serialVersionUID = 1L;

        public BadDescriptorException() {
            super("Bad file descriptor");
        }
    }
}
