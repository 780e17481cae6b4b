package org.pyston.runtime.modules;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.AccessDeniedException;
import java.nio.file.DirectoryNotEmptyException;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.FileSystemException;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.NoSuchFileException;
import java.nio.file.NotDirectoryException;
import java.nio.file.NotLinkException;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.FileTime;
import java.nio.file.attribute.PosixFilePermission;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.pyston.runtime.io.FileDescriptors;
import org.pyston.runtime.io.OsErrors;
import org.pyston.runtime.io.WorkingDirectory;
import org.pyston.runtime.objects.Abstract;
import org.pyston.runtime.objects.Errors;
import org.pyston.runtime.objects.ExecutionContext;
import org.pyston.runtime.objects.NativeIterator;
import org.pyston.runtime.objects.PyBaseException;
import org.pyston.runtime.objects.PyBytes;
import org.pyston.runtime.objects.PyDict;
import org.pyston.runtime.objects.PyException;
import org.pyston.runtime.objects.PyList;
import org.pyston.runtime.objects.ProcessEnvironment;
import org.pyston.runtime.objects.PyModule;
import org.pyston.runtime.objects.PyTuple;
import org.pyston.runtime.objects.PyType;
import org.pyston.runtime.objects.Singletons;

/**
 * {@code posix}, the module os.py is built on, over java.nio.file and the process API. Paths are
 * str, bytes (UTF-8, the filesystem encoding) or os.PathLike; results follow the argument's type.
 * The JVM has no chdir, no fork and no access to the process's descriptors: chdir raises
 * NotImplementedError, descriptors are this context's table ({@link FileDescriptors}), and
 * putenv/unsetenv change the environment that child processes started from here get.
 */
final class PosixModule {
    private PosixModule() {
    }

    static final PyType STAT_RESULT = StructSeq.newType("os", "stat_result", new String[] {"st_mode", "st_ino",
        "st_dev", "st_nlink", "st_uid", "st_gid", "st_size", null, null, null, "st_atime", "st_mtime", "st_ctime",
        "st_atime_ns", "st_mtime_ns", "st_ctime_ns", "st_blksize", "st_blocks", "st_rdev"}, 10, true);
    static final PyType UNAME_RESULT = StructSeq.newType("posix", "uname_result",
            new String[] {"sysname", "nodename", "release", "version", "machine"}, 5, true);
    static final PyType TERMINAL_SIZE = StructSeq.newType("os", "terminal_size", new String[] {"columns", "lines"}, 2,
            true);
    static final PyType TIMES_RESULT = StructSeq.newType("posix", "times_result",
            new String[] {"user", "system", "children_user", "children_system", "elapsed"}, 5, true);

    private static final long START_NANOS = System.nanoTime();

    static PyModule create(ExecutionContext ctx) {
        PyModule m = new PyModule("posix");
        FileDescriptors fds = FileDescriptors.of(ctx);
        m.set("error", Errors.OS_ERROR);
        m.set("stat_result", STAT_RESULT);
        m.set("uname_result", UNAME_RESULT);
        m.set("terminal_size", TERMINAL_SIZE);
        m.set("times_result", TIMES_RESULT);
        m.set("DirEntry", DIR_ENTRY);
        m.set("_have_functions", new PyList());
        PyDict environ = new PyDict();
        for (Map.Entry<String, String> e : System.getenv().entrySet()) {
            environ.put(bytes(e.getKey()), bytes(e.getValue()));
        }
        m.set("environ", environ);
        Object[][] ints = {
            {"F_OK", 0}, {"R_OK", 4}, {"W_OK", 2}, {"X_OK", 1}, {"O_RDONLY", 0}, {"O_WRONLY", 1}, {"O_RDWR", 2},
            {"O_ACCMODE", 3}, {"O_CREAT", 64}, {"O_EXCL", 128}, {"O_NOCTTY", 256}, {"O_TRUNC", 512}, {"O_APPEND", 1024},
            {"O_NONBLOCK", 2048}, {"O_NDELAY", 2048}, {"O_DSYNC", 4096}, {"O_SYNC", 1052672}, {"O_DIRECTORY", 65536},
            {"O_NOFOLLOW", 131072}, {"O_CLOEXEC", 524288}, {"SEEK_SET", 0}, {"SEEK_CUR", 1}, {"SEEK_END", 2},
            {"EX_OK", 0}, {"EX_USAGE", 64}, {"EX_DATAERR", 65}, {"EX_NOINPUT", 66}, {"EX_SOFTWARE", 70},
            {"EX_OSERR", 71}, {"EX_IOERR", 74}, {"EX_TEMPFAIL", 75}, {"EX_NOPERM", 77}, {"EX_CONFIG", 78},
            {"WNOHANG", 1}, {"WUNTRACED", 2}, {"TMP_MAX", 238328}, {"NGROUPS_MAX", 65536},
        };
        for (Object[] c : ints) {
            m.set((String) c[0], (long) (Integer) c[1]);
        }
        Ext.function(m, "fspath", (a, k) -> {
            Object[] b = Ext.bind("fspath", a, k, 1, 1, "path");
            return fspath(b[0]);
        });
        Ext.function(m, "stat", (a, k) -> {
            Object[] b = Ext.bind("stat", a, k, 1, 1, "path", "dir_fd", "follow_symlinks");
            if (b[0] instanceof Long || b[0] instanceof Boolean) {
                return fstat(fds, (int) Abstract.index(b[0]));
            }
            boolean follow = b[2] == null || Abstract.isTrue(b[2]);
            return stat(b[0], follow);
        });
        Ext.function(m, "lstat", (a, k) -> {
            Object[] b = Ext.bind("lstat", a, k, 1, 1, "path", "dir_fd");
            return stat(b[0], false);
        });
        Ext.function(m, "fstat", (a, k) -> {
            Object[] b = Ext.bind("fstat", a, k, 1, 1, "fd");
            return fstat(fds, (int) Abstract.index(b[0]));
        });
        Ext.function(m, "getcwd", (a, k) -> WorkingDirectory.current().toString());
        Ext.function(m, "getcwdb", (a, k) -> bytes(WorkingDirectory.current().toString()));
        Ext.function(m, "chdir", (a, k) -> {
            Object[] b = Ext.bind("chdir", a, k, 1, 1, "path");
            if (b[0] instanceof Long || b[0] instanceof Boolean) {
                throw new PyBaseException(Errors.NOT_IMPLEMENTED_ERROR,
                        PyTuple.of("os.chdir(fd) (fchdir) is not implemented yet")).toThrowable();
            }
            path(b[0]); // the argument checks (type, embedded null byte)
            try {
                WorkingDirectory.change(pathString(b[0]));
            } catch (IOException e) {
                throw osError(e, b[0]);
            }
            return Singletons.NONE;
        });
        Ext.function(m, "listdir", (a, k) -> {
            Object[] b = Ext.bind("listdir", a, k, 0, 1, "path");
            Object arg = b[0] == null || b[0] == Singletons.NONE ? "." : b[0];
            boolean asBytes = fspath(arg) instanceof PyBytes;
            Path p = path(arg);
            PyList names = new PyList();
            try (var stream = Files.newDirectoryStream(p)) {
                for (Path entry : stream) {
                    String name = entry.getFileName().toString();
                    names.append(asBytes ? bytes(name) : name);
                }
            } catch (IOException e) {
                throw osError(e, arg);
            }
            return names;
        });
        Ext.function(m, "scandir", (a, k) -> {
            Object[] b = Ext.bind("scandir", a, k, 0, 1, "path");
            Object arg = b[0] == null || b[0] == Singletons.NONE ? "." : b[0];
            boolean asBytes = fspath(arg) instanceof PyBytes;
            Path p = path(arg);
            String prefix = pathString(arg);
            List<Object> entries = new ArrayList<>();
            try (var stream = Files.newDirectoryStream(p)) {
                for (Path entry : stream) {
                    String name = entry.getFileName().toString();
                    String full = b[0] == null || b[0] == Singletons.NONE ? "./" + name
                            : prefix.endsWith("/") ? prefix + name : prefix + "/" + name;
                    entries.add(new DirEntry(name, full, asBytes));
                }
            } catch (IOException e) {
                throw osError(e, arg);
            }
            return new ScandirIterator(entries);
        });
        Ext.function(m, "mkdir", (a, k) -> {
            Object[] b = Ext.bind("mkdir", a, k, 1, 2, "path", "mode", "dir_fd");
            try {
                Files.createDirectory(path(b[0]));
            } catch (IOException e) {
                throw osError(e, b[0]);
            }
            return Singletons.NONE;
        });
        Ext.function(m, "rmdir", (a, k) -> {
            Object[] b = Ext.bind("rmdir", a, k, 1, 1, "path", "dir_fd");
            Path p = path(b[0]);
            try {
                if (!Files.isDirectory(p, LinkOption.NOFOLLOW_LINKS)) {
                    throw osErrorOf(Files.exists(p, LinkOption.NOFOLLOW_LINKS) ? 20 : 2, b[0]);
                }
                Files.delete(p);
            } catch (IOException e) {
                throw osError(e, b[0]);
            }
            return Singletons.NONE;
        });
        for (String name : new String[] {"remove", "unlink"}) {
            Ext.function(m, name, (a, k) -> {
                Object[] b = Ext.bind(name, a, k, 1, 1, "path", "dir_fd");
                Path p = path(b[0]);
                try {
                    if (Files.isDirectory(p, LinkOption.NOFOLLOW_LINKS)) {
                        throw osErrorOf(21, b[0]);
                    }
                    Files.delete(p);
                } catch (IOException e) {
                    throw osError(e, b[0]);
                }
                return Singletons.NONE;
            });
        }
        for (String name : new String[] {"rename", "replace"}) {
            Ext.function(m, name, (a, k) -> {
                Object[] b = Ext.bind(name, a, k, 2, 2, "src", "dst", "src_dir_fd", "dst_dir_fd");
                try {
                    Files.move(path(b[0]), path(b[1]), StandardCopyOption.REPLACE_EXISTING,
                            StandardCopyOption.ATOMIC_MOVE);
                } catch (IOException e) {
                    throw osError(e, b[0], b[1]);
                }
                return Singletons.NONE;
            });
        }
        Ext.function(m, "access", (a, k) -> {
            Object[] b = Ext.bind("access", a, k, 2, 2, "path", "mode", "dir_fd", "effective_ids", "follow_symlinks");
            Path p = path(b[0]);
            long mode = Abstract.index(b[1]);
            if (!Files.exists(p)) {
                return false;
            }
            return ((mode & 4) == 0 || Files.isReadable(p)) && ((mode & 2) == 0 || Files.isWritable(p))
                    && ((mode & 1) == 0 || Files.isExecutable(p));
        });
        Ext.function(m, "readlink", (a, k) -> {
            Object[] b = Ext.bind("readlink", a, k, 1, 1, "path", "dir_fd");
            try {
                String target = Files.readSymbolicLink(path(b[0])).toString();
                return fspath(b[0]) instanceof PyBytes ? bytes(target) : target;
            } catch (IOException e) {
                throw osError(e, b[0]);
            }
        });
        Ext.function(m, "symlink", (a, k) -> {
            Object[] b = Ext.bind("symlink", a, k, 2, 2, "src", "dst", "target_is_directory", "dir_fd");
            try {
                Files.createSymbolicLink(path(b[1]), path(b[0]));
            } catch (IOException e) {
                throw osError(e, b[0], b[1]);
            }
            return Singletons.NONE;
        });
        Ext.function(m, "chmod", (a, k) -> {
            Object[] b = Ext.bind("chmod", a, k, 2, 2, "path", "mode", "dir_fd", "follow_symlinks");
            try {
                Files.setPosixFilePermissions(path(b[0]), permissions(Abstract.index(b[1])));
            } catch (IOException e) {
                throw osError(e, b[0]);
            }
            return Singletons.NONE;
        });
        Ext.function(m, "chown", (a, k) -> {
            Object[] b = Ext.bind("chown", a, k, 3, 3, "path", "uid", "gid", "dir_fd", "follow_symlinks");
            boolean follow = b[4] == null || Abstract.isTrue(b[4]);
            chown(b[0], Abstract.index(b[1]), Abstract.index(b[2]), follow);
            return Singletons.NONE;
        });
        Ext.function(m, "lchown", (a, k) -> {
            Object[] b = Ext.bind("lchown", a, k, 3, 3, "path", "uid", "gid");
            chown(b[0], Abstract.index(b[1]), Abstract.index(b[2]), false);
            return Singletons.NONE;
        });
        Ext.function(m, "utime", (a, k) -> {
            Object[] b = Ext.bind("utime", a, k, 1, 2, "path", "times", "ns", "dir_fd", "follow_symlinks");
            Path p = path(b[0]);
            try {
                FileTime atime, mtime;
                if (b[2] != null) {
                    Object[] ns = ((PyTuple) b[2]).items;
                    atime = FileTime.from(java.time.Instant.EPOCH.plusNanos(Abstract.index(ns[0])));
                    mtime = FileTime.from(java.time.Instant.EPOCH.plusNanos(Abstract.index(ns[1])));
                } else if (b[1] != null && b[1] != Singletons.NONE) {
                    Object[] t = ((PyTuple) b[1]).items;
                    atime = FileTime.from((long) (Abstract.asDouble(t[0]) * 1e6), java.util.concurrent.TimeUnit.MICROSECONDS);
                    mtime = FileTime.from((long) (Abstract.asDouble(t[1]) * 1e6), java.util.concurrent.TimeUnit.MICROSECONDS);
                } else {
                    atime = mtime = FileTime.from(java.time.Instant.now());
                }
                Files.setAttribute(p, "lastAccessTime", atime);
                Files.setLastModifiedTime(p, mtime);
            } catch (IOException e) {
                throw osError(e, b[0]);
            }
            return Singletons.NONE;
        });
        Ext.function(m, "open", (a, k) -> {
            Object[] b = Ext.bind("open", a, k, 2, 3, "path", "flags", "mode", "dir_fd");
            return (long) openFile(fds, b[0], Abstract.index(b[1]), b[2] == null ? 0777 : Abstract.index(b[2]));
        });
        Ext.function(m, "close", (a, k) -> {
            Object[] b = Ext.bind("close", a, k, 1, 1, "fd");
            try {
                fds.close((int) Abstract.index(b[0]));
            } catch (IOException e) {
                throw osError(e, null);
            }
            return Singletons.NONE;
        });
        Ext.function(m, "read", (a, k) -> {
            Ext.positionalOnly("read", a, k, 2, 2);
            long n = Abstract.index(a[1]);
            if (n < 0) {
                throw osErrorOf(22, null);
            }
            try {
                byte[] buf = new byte[(int) Math.min(n, Integer.MAX_VALUE - 16)];
                int got = fds.read((int) Abstract.index(a[0]), buf, 0, buf.length);
                return new PyBytes(got == buf.length ? buf : java.util.Arrays.copyOf(buf, got));
            } catch (IOException e) {
                throw osError(e, null);
            }
        });
        Ext.function(m, "write", (a, k) -> {
            Ext.positionalOnly("write", a, k, 2, 2);
            byte[] data = ((PyBytes) Abstract.call(PyBytes.TYPE, new Object[] {a[1]}, null)).bytes;
            try {
                return (long) fds.write((int) Abstract.index(a[0]), data, 0, data.length);
            } catch (IOException e) {
                throw osError(e, null);
            }
        });
        Ext.function(m, "lseek", (a, k) -> {
            Ext.positionalOnly("lseek", a, k, 3, 3);
            try {
                return fds.seek((int) Abstract.index(a[0]), Abstract.index(a[1]), (int) Abstract.index(a[2]));
            } catch (IOException e) {
                throw osError(e, null);
            }
        });
        Ext.function(m, "isatty", (a, k) -> {
            Ext.positionalOnly("isatty", a, k, 1, 1);
            long fd = Abstract.index(a[0]);
            try {
                return fds.isatty((int) fd);
            } catch (IOException e) {
                return false; // as isatty(3): not a terminal
            }
        });
        Ext.function(m, "device_encoding", (a, k) -> Singletons.NONE);
        Ext.function(m, "getpid", (a, k) -> ProcessHandle.current().pid());
        Ext.function(m, "kill", (a, k) -> {
            Ext.positionalOnly("kill", a, k, 2, 2);
            SignalModule.kill(Abstract.index(a[0]), Abstract.index(a[1]));
            return Singletons.NONE;
        });
        Ext.function(m, "getppid", (a, k) -> ProcessHandle.current().parent().map(ProcessHandle::pid).orElse(0L));
        for (String[] id : new String[][] {{"getuid", "uid"}, {"geteuid", "uid"}, {"getgid", "gid"}, {"getegid", "gid"}}) {
            Ext.function(m, id[0], (a, k) -> processId(id[1]));
        }
        Ext.function(m, "getlogin", (a, k) -> System.getProperty("user.name"));
        Ext.function(m, "uname", (a, k) -> {
            String host;
            try {
                host = java.net.InetAddress.getLocalHost().getHostName();
            } catch (IOException e) {
                host = "localhost";
            }
            String version = readFirstLine("/proc/sys/kernel/version");
            return StructSeq.of(UNAME_RESULT, System.getProperty("os.name"), host, System.getProperty("os.version"),
                    version == null ? "" : version, machine());
        });
        Ext.function(m, "cpu_count", (a, k) -> (long) Runtime.getRuntime().availableProcessors());
        Ext.function(m, "urandom", (a, k) -> {
            Ext.positionalOnly("urandom", a, k, 1, 1);
            long n = Abstract.index(a[0]);
            if (n < 0) {
                throw Errors.valueError("negative argument not allowed");
            }
            byte[] r = new byte[(int) n];
            new java.security.SecureRandom().nextBytes(r);
            return new PyBytes(r);
        });
        Ext.function(m, "strerror", (a, k) -> {
            Ext.positionalOnly("strerror", a, k, 1, 1);
            return strerror((int) Abstract.index(a[0]));
        });
        Ext.function(m, "umask", (a, k) -> {
            throw new PyBaseException(Errors.NOT_IMPLEMENTED_ERROR,
                    PyTuple.of("os.umask: the JVM cannot change the process's file mode mask")).toThrowable();
        });
        Ext.function(m, "putenv", (a, k) -> {
            Ext.positionalOnly("putenv", a, k, 2, 2);
            ProcessEnvironment.put(pathString(a[0]), pathString(a[1]));
            return Singletons.NONE;
        });
        Ext.function(m, "unsetenv", (a, k) -> {
            Ext.positionalOnly("unsetenv", a, k, 1, 1);
            ProcessEnvironment.remove(pathString(a[0]));
            return Singletons.NONE;
        });
        Ext.function(m, "get_terminal_size", (a, k) -> {
            String cols = System.getenv("COLUMNS"), lines = System.getenv("LINES");
            if (cols == null || lines == null) {
                throw osErrorOf(25, null);
            }
            return StructSeq.of(TERMINAL_SIZE, Long.parseLong(cols.trim()), Long.parseLong(lines.trim()));
        });
        Ext.function(m, "times", (a, k) -> {
            java.lang.management.ThreadMXBean bean = java.lang.management.ManagementFactory.getThreadMXBean();
            double cpu = bean.isCurrentThreadCpuTimeSupported() ? bean.getCurrentThreadCpuTime() / 1e9 : 0.0;
            double user = bean.isCurrentThreadCpuTimeSupported() ? bean.getCurrentThreadUserTime() / 1e9 : 0.0;
            return StructSeq.of(TIMES_RESULT, user, cpu - user, 0.0, 0.0, (System.nanoTime() - START_NANOS) / 1e9);
        });
        Ext.function(m, "system", (a, k) -> {
            Object[] b = Ext.bind("system", a, k, 1, 1, "command");
            ProcessBuilder pb = new ProcessBuilder("/bin/sh", "-c", pathString(b[0])).inheritIO()
                    .directory(WorkingDirectory.current().toFile());
            applyEnvironment(pb);
            try {
                int status = pb.start().waitFor();
                return (long) status << 8;
            } catch (IOException e) {
                throw osError(e, null);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw Errors.of(Errors.KEYBOARD_INTERRUPT, new Object[0]);
            }
        });
        Ext.function(m, "_exit", (a, k) -> {
            Ext.positionalOnly("_exit", a, k, 1, 1);
            ctx.stdout.flush();
            ctx.stderr.flush();
            Runtime.getRuntime().halt((int) Abstract.index(a[0]));
            return Singletons.NONE;
        });
        // Children of this process are started and waited for inside the runtime (os.system);
        // Python code has none of its own to wait for (_posixsubprocess.fork_exec is not done yet).
        Ext.function(m, "pipe", (a, k) -> {
            throw Errors.of(Errors.NOT_IMPLEMENTED_ERROR,
                    "os.pipe is not implemented yet on Pyston for the JVM (the descriptor table has no pipes)");
        });
        Ext.function(m, "waitpid", (a, k) -> {
            Ext.positionalOnly("waitpid", a, k, 2, 2);
            Abstract.index(a[0]);
            Abstract.index(a[1]);
            throw org.pyston.runtime.io.OsErrors.of(10, null); // ECHILD: ChildProcessError
        });
        m.set("WNOHANG", 1L);
        m.set("WUNTRACED", 2L);
        m.set("WCONTINUED", 8L);
        // The wait-status macros of Linux's <sys/wait.h>.
        Ext.function(m, "WIFEXITED", (a, k) -> (Abstract.index(a[0]) & 0x7f) == 0);
        Ext.function(m, "WEXITSTATUS", (a, k) -> (Abstract.index(a[0]) >> 8) & 0xff);
        Ext.function(m, "WIFSIGNALED", (a, k) -> {
            long s = Abstract.index(a[0]);
            return ((s & 0x7f) + 1) >> 1 > 0 && (s & 0x7f) != 0x7f && (s & 0x7f) != 0;
        });
        Ext.function(m, "WTERMSIG", (a, k) -> Abstract.index(a[0]) & 0x7f);
        Ext.function(m, "WIFSTOPPED", (a, k) -> (Abstract.index(a[0]) & 0xff) == 0x7f);
        Ext.function(m, "WSTOPSIG", (a, k) -> (Abstract.index(a[0]) >> 8) & 0xff);
        Ext.function(m, "WIFCONTINUED", (a, k) -> Abstract.index(a[0]) == 0xffff);
        Ext.function(m, "WCOREDUMP", (a, k) -> (Abstract.index(a[0]) & 0x80) != 0);
        Ext.function(m, "waitstatus_to_exitcode", (a, k) -> {
            long status = Abstract.index(a[0]);
            if ((status & 0x7f) == 0) {
                return (status >> 8) & 0xff;
            }
            return -(status & 0x7f);
        });
        return m;
    }

    /** chown/lchown through the JVM's unix file attributes; -1 leaves an id unchanged, as chown(2). */
    private static void chown(Object pathArg, long uid, long gid, boolean followLinks) {
        Path p = path(pathArg);
        java.nio.file.LinkOption[] options = followLinks ? new java.nio.file.LinkOption[0]
                : new java.nio.file.LinkOption[] {java.nio.file.LinkOption.NOFOLLOW_LINKS};
        try {
            if (uid != -1) {
                Files.setAttribute(p, "unix:uid", (int) uid, options);
            }
            if (gid != -1) {
                Files.setAttribute(p, "unix:gid", (int) gid, options);
            }
        } catch (IOException e) {
            throw osError(e, pathArg);
        } catch (UnsupportedOperationException | IllegalArgumentException e) {
            throw osErrorOf(38, pathArg); // ENOSYS: no unix attribute view here
        }
    }

    /** The environment of a child process: the JVM's, with the changes made through putenv/unsetenv. */
    static void applyEnvironment(ProcessBuilder pb) {
        ProcessEnvironment.applyTo(pb);
    }

    private static String readFirstLine(String file) {
        try {
            List<String> lines = Files.readAllLines(Path.of(file));
            return lines.isEmpty() ? null : lines.get(0);
        } catch (IOException e) {
            return null;
        }
    }

    private static String machine() {
        String arch = System.getProperty("os.arch");
        return arch.equals("amd64") ? "x86_64" : arch.equals("arm64") ? "aarch64" : arch;
    }

    private static long processId(String which) {
        try {
            return ((Number) Files.getAttribute(Path.of("/proc/self"), "unix:" + which)).longValue();
        } catch (IOException | UnsupportedOperationException | IllegalArgumentException e) {
            return 0;
        }
    }

    // ------------------------------------------------------------------ paths and errors

    static PyBytes bytes(String s) {
        return new PyBytes(s.getBytes(StandardCharsets.UTF_8));
    }

    /** os.fspath: str and bytes as they are, else the result of __fspath__ (which must be one of them). */
    static Object fspath(Object o) {
        if (o instanceof String || o instanceof PyBytes) {
            return o;
        }
        Object m = PyType.of(o).lookup("__fspath__");
        if (m == null) {
            throw Errors.typeError("expected str, bytes or os.PathLike object, not " + Errors.typeName(o));
        }
        Object r = Abstract.call(m, new Object[] {o}, null);
        if (!(r instanceof String || r instanceof PyBytes)) {
            throw Errors.typeError("expected " + Errors.typeName(o) + ".__fspath__() to return str or bytes, not "
                    + Errors.typeName(r));
        }
        return r;
    }

    static String pathString(Object o) {
        Object p = fspath(o);
        return p instanceof PyBytes b ? new String(b.bytes, StandardCharsets.UTF_8) : (String) p;
    }

    static Path path(Object o) {
        String s = pathString(o);
        if (s.indexOf('\0') >= 0) {
            throw Errors.valueError("embedded null byte");
        }
        return s.isEmpty() ? Path.of("") : WorkingDirectory.resolve(s); // "" is no file: ENOENT as CPython
    }

    /** CPython's message for an errno (Linux). */
    static String strerror(int errno) {
        return org.pyston.runtime.io.OsErrors.strerror(errno);
    }

    static PyException osErrorOf(int errno, Object filename) {
        Object[] args = filename == null ? new Object[] {(long) errno, strerror(errno)}
                : new Object[] {(long) errno, strerror(errno), filename};
        return ((PyBaseException) Abstract.call(Errors.OS_ERROR, args, null)).toThrowable();
    }

    /** The OSError (with CPython's errno and subclass) for a failed file operation. */
    static PyException osError(IOException e, Object filename) {
        return osError(e, filename, null);
    }

    static PyException osError(IOException e, Object filename, Object filename2) {
        int errno;
        if (e instanceof NoSuchFileException) {
            errno = 2;
        } else if (e instanceof FileAlreadyExistsException) {
            errno = 17;
        } else if (e instanceof AccessDeniedException) {
            errno = 13;
        } else if (e instanceof DirectoryNotEmptyException) {
            errno = 39;
        } else if (e instanceof NotDirectoryException) {
            errno = 20;
        } else if (e instanceof NotLinkException) {
            errno = 22;
        } else if (e instanceof OsErrors.BadDescriptorException) {
            errno = 9;
        } else if (e instanceof FileSystemException fse && fse.getReason() != null) {
            String reason = fse.getReason();
            errno = reason.contains("Is a directory") ? 21 : reason.contains("Not a directory") ? 20
                    : reason.contains("Too many levels") ? 40 : reason.contains("Read-only") ? 30 : 5;
        } else if (e.getMessage() != null && e.getMessage().contains("Is a directory")) {
            errno = 21;
        } else if (e.getMessage() != null && e.getMessage().contains("Illegal seek")) {
            errno = 29;
        } else {
            errno = OsErrors.errno(e, 5); // the descriptor table's failures name their errno's text
        }
        if (filename2 != null) {
            return ((PyBaseException) Abstract.call(Errors.OS_ERROR,
                    new Object[] {(long) errno, strerror(errno), filename, 0L, filename2}, null)).toThrowable();
        }
        return osErrorOf(errno, filename);
    }

    // ------------------------------------------------------------------ stat

    static Object stat(Object pathArg, boolean follow) {
        Path p = path(pathArg);
        try {
            Map<String, Object> attrs = follow ? Files.readAttributes(p, "unix:*")
                    : Files.readAttributes(p, "unix:*", LinkOption.NOFOLLOW_LINKS);
            return statResult(attrs);
        } catch (IOException e) {
            throw osError(e, pathArg);
        }
    }

    private static Object fstat(FileDescriptors fds, int fd) {
        try {
            String path = fds.path(fd);
            if (path == null) {
                // a standard stream: a character device, as a terminal or pipe shows
                return StructSeq.of(STAT_RESULT, 0020620L, 0L, 0L, 1L, 0L, 0L, 0L, 0L, 0L, 0L, 0.0, 0.0, 0.0, 0L, 0L,
                        0L, 1024L, 0L, 0L);
            }
            try {
                return statResult(Files.readAttributes(WorkingDirectory.resolve(path), "unix:*"));
            } catch (IOException removed) {
                // the file is gone from its directory but still open: what the descriptor knows
                long size = fds.isDirectory(fd) ? 4096 : fds.size(fd);
                return StructSeq.of(STAT_RESULT, fds.isDirectory(fd) ? 0040755L : 0100644L, 0L, 0L, 0L, 0L, 0L, size,
                        0L, 0L, 0L, 0.0, 0.0, 0.0, 0L, 0L, 0L, 4096L, (size + 511) / 512, 0L);
            }
        } catch (IOException e) {
            throw osError(e, null);
        }
    }

    private static long nanos(Object fileTime) {
        java.time.Instant i = ((FileTime) fileTime).toInstant();
        return i.getEpochSecond() * 1_000_000_000L + i.getNano();
    }

    static Object statResult(Map<String, Object> attrs) {
        long atime = nanos(attrs.get("lastAccessTime"));
        long mtime = nanos(attrs.get("lastModifiedTime"));
        long ctime = nanos(attrs.get("ctime"));
        long size = ((Number) attrs.get("size")).longValue();
        return StructSeq.of(STAT_RESULT, ((Number) attrs.get("mode")).longValue(),
                ((Number) attrs.get("ino")).longValue(), ((Number) attrs.get("dev")).longValue(),
                ((Number) attrs.get("nlink")).longValue(), ((Number) attrs.get("uid")).longValue(),
                ((Number) attrs.get("gid")).longValue(), size, Math.floorDiv(atime, 1_000_000_000L),
                Math.floorDiv(mtime, 1_000_000_000L), Math.floorDiv(ctime, 1_000_000_000L), atime / 1e9, mtime / 1e9,
                ctime / 1e9, atime, mtime, ctime, 4096L, (size + 511) / 512, ((Number) attrs.get("rdev")).longValue());
    }

    private static Set<PosixFilePermission> permissions(long mode) {
        Set<PosixFilePermission> s = EnumSet.noneOf(PosixFilePermission.class);
        PosixFilePermission[] order = {PosixFilePermission.OTHERS_EXECUTE, PosixFilePermission.OTHERS_WRITE,
            PosixFilePermission.OTHERS_READ, PosixFilePermission.GROUP_EXECUTE, PosixFilePermission.GROUP_WRITE,
            PosixFilePermission.GROUP_READ, PosixFilePermission.OWNER_EXECUTE, PosixFilePermission.OWNER_WRITE,
            PosixFilePermission.OWNER_READ};
        for (int i = 0; i < order.length; i++) {
            if ((mode & (1L << i)) != 0) {
                s.add(order[i]);
            }
        }
        return s;
    }

    /** os.open: the file opened in the context's descriptor table (shared with io.FileIO). */
    static int openFile(FileDescriptors fds, Object pathArg, long flags, long mode) {
        Path p = path(pathArg);
        try {
            return fds.open(p.toString(), (int) flags);
        } catch (IOException e) {
            throw osError(e, pathArg);
        }
    }

    // ------------------------------------------------------------------ scandir

    static final PyType DIR_ENTRY = Ext.type("posix", "DirEntry", DirEntry.class, null, null);
    static final PyType SCANDIR_ITERATOR = Ext.iteratorType("posix", "ScandirIterator", ScandirIterator.class, null);

    static final class DirEntry extends NativeObject {
        final String name;
        final String path;
        final boolean asBytes;

        DirEntry(String name, String path, boolean asBytes) {
            super(DIR_ENTRY);
            this.name = name;
            this.path = path;
            this.asBytes = asBytes;
        }

        Object value(String s) {
            return asBytes ? bytes(s) : s;
        }
    }

    private static boolean followArgument(Object[] a, String[] k, String fname) {
        Object[] b = Ext.bind(fname, java.util.Arrays.copyOfRange(a, 1, a.length), k, 0, 0, "follow_symlinks");
        return b[0] == null || Abstract.isTrue(b[0]);
    }

    static {
        Ext.getter(DIR_ENTRY, "name", self -> ((DirEntry) self).value(((DirEntry) self).name));
        Ext.getter(DIR_ENTRY, "path", self -> ((DirEntry) self).value(((DirEntry) self).path));
        Ext.method(DIR_ENTRY, "__fspath__", (a, k) -> ((DirEntry) a[0]).value(((DirEntry) a[0]).path));
        Ext.method(DIR_ENTRY, "is_dir", (a, k) -> {
            boolean follow = followArgument(a, k, "is_dir");
            Path p = WorkingDirectory.resolve(((DirEntry) a[0]).path);
            return follow ? Files.isDirectory(p) : Files.isDirectory(p, LinkOption.NOFOLLOW_LINKS);
        });
        Ext.method(DIR_ENTRY, "is_file", (a, k) -> {
            boolean follow = followArgument(a, k, "is_file");
            Path p = WorkingDirectory.resolve(((DirEntry) a[0]).path);
            return follow ? Files.isRegularFile(p) : Files.isRegularFile(p, LinkOption.NOFOLLOW_LINKS);
        });
        Ext.method(DIR_ENTRY, "is_symlink", (a, k) -> Files.isSymbolicLink(WorkingDirectory.resolve(((DirEntry) a[0]).path)));
        Ext.method(DIR_ENTRY, "stat", (a, k) -> {
            boolean follow = followArgument(a, k, "stat");
            DirEntry e = (DirEntry) a[0];
            return stat(e.path, follow);
        });
        Ext.method(DIR_ENTRY, "inode", (a, k) -> {
            DirEntry e = (DirEntry) a[0];
            try {
                return ((Number) Files.getAttribute(WorkingDirectory.resolve(e.path), "unix:ino", LinkOption.NOFOLLOW_LINKS)).longValue();
            } catch (IOException ex) {
                throw osError(ex, e.path);
            }
        });
        Ext.method(DIR_ENTRY, "__repr__", (a, k) -> "<DirEntry " + Abstract.repr(((DirEntry) a[0]).value(((DirEntry) a[0]).name))
                + ">");
        GenericAlias.classGetItem(DIR_ENTRY);
        Ext.method(SCANDIR_ITERATOR, "__enter__", (a, k) -> a[0]);
        Ext.method(SCANDIR_ITERATOR, "__exit__", (a, k) -> {
            ((ScandirIterator) a[0]).entries.clear();
            return Singletons.NONE;
        });
        Ext.method(SCANDIR_ITERATOR, "close", (a, k) -> {
            ((ScandirIterator) a[0]).entries.clear();
            return Singletons.NONE;
        });
    }

    static final class ScandirIterator extends NativeIterator {
        final List<Object> entries;
        private int index;

        ScandirIterator(List<Object> entries) {
            super(SCANDIR_ITERATOR);
            this.entries = entries;
        }

        @Override
        public Object next() {
            return index < entries.size() ? entries.get(index++) : null;
        }
    }
}
