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

    /** Linux's (glibc's) message for {@code errno}, as {@code os.strerror}; the one table of the runtime. */
    public static String strerror(int errno) {
        switch (errno) {
            case 1: return "Operation not permitted";
            case 2: return "No such file or directory";
            case 3: return "No such process";
            case 4: return "Interrupted system call";
            case 5: return "Input/output error";
            case 6: return "No such device or address";
            case 7: return "Argument list too long";
            case 8: return "Exec format error";
            case 9: return "Bad file descriptor";
            case 10: return "No child processes";
            case 11: return "Resource temporarily unavailable";
            case 12: return "Cannot allocate memory";
            case 13: return "Permission denied";
            case 14: return "Bad address";
            case 16: return "Device or resource busy";
            case 17: return "File exists";
            case 18: return "Invalid cross-device link";
            case 19: return "No such device";
            case 20: return "Not a directory";
            case 21: return "Is a directory";
            case 22: return "Invalid argument";
            case 23: return "Too many open files in system";
            case 24: return "Too many open files";
            case 25: return "Inappropriate ioctl for device";
            case 26: return "Text file busy";
            case 27: return "File too large";
            case 28: return "No space left on device";
            case 29: return "Illegal seek";
            case 30: return "Read-only file system";
            case 31: return "Too many links";
            case 32: return "Broken pipe";
            case 33: return "Numerical argument out of domain";
            case 34: return "Numerical result out of range";
            case 35: return "Resource deadlock avoided";
            case 36: return "File name too long";
            case 38: return "Function not implemented";
            case 39: return "Directory not empty";
            case 40: return "Too many levels of symbolic links";
            case 61: return "No data available";
            case 75: return "Value too large for defined data type";
            case 95: return "Operation not supported";
            case 98: return "Address already in use";
            case 99: return "Cannot assign requested address";
            case 104: return "Connection reset by peer";
            case 110: return "Connection timed out";
            case 111: return "Connection refused";
            case 113: return "No route to host";
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
