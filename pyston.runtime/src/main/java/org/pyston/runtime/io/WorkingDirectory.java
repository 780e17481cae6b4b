package org.pyston.runtime.io;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * The process's current directory as Python sees it. The JVM cannot change its own working
 * directory, so os.chdir moves this one and every relative path the runtime hands to the file
 * system (os functions, open(), the path importer, tracebacks' source lines, child processes)
 * is resolved against it. Process-wide, as chdir(2).
 */
public final class WorkingDirectory {
    private WorkingDirectory() {
    }

    private static volatile Path current = Path.of("").toAbsolutePath();

    /** os.getcwd(). */
    public static Path current() {
        return current;
    }

    /** A path as the file system must see it: a relative one against the current directory. */
    public static Path resolve(String path) {
        Path p = Path.of(path);
        return p.isAbsolute() ? p : current.resolve(p);
    }

    /** os.chdir(path): the directory (symbolic links resolved, as getcwd(3) reports it) becomes current. */
    public static void change(String path) throws IOException {
        Path target = resolve(path);
        if (!Files.exists(target)) {
            throw new java.nio.file.NoSuchFileException(path);
        }
        if (!Files.isDirectory(target)) {
            throw new java.nio.file.NotDirectoryException(path);
        }
        current = target.toRealPath();
    }
}
