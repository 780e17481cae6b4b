package org.pyston.runtime.objects;

import java.io.File;

/**
 * Finds CPython 3.11's pure-Python standard library ({@code Lib/}) on this machine, which this
 * runtime uses unmodified: {@code PYSTON_STDLIB} when set, else the {@code lib/python3.11}
 * folder beside a {@code python3.11}/{@code python3} on the PATH, pyenv's installations, and
 * the Debian/usual locations. A folder counts when it holds {@code os.py}.
 */
public final class Stdlib {
    private Stdlib() {
    }

    private static volatile String cached;

    /** The standard library folder, or null when none is installed. */
    public static String locate() {
        String c = cached;
        if (c != null) {
            return c.isEmpty() ? null : c;
        }
        String found = search();
        cached = found == null ? "" : found;
        return found;
    }

    private static boolean isStdlib(File dir) {
        return new File(dir, "os.py").isFile() && new File(dir, "__future__.py").isFile();
    }

    /** The standard library of the newest 3.11 among pyenv's installations, or null. */
    private static String pyenvStdlib(File versions) {
        String[] names = versions.list();
        if (names != null) {
            java.util.Arrays.sort(names);
            for (int i = names.length - 1; i >= 0; i--) {
                if (names[i].startsWith("3.11")) {
                    File lib = new File(versions, names[i] + "/lib/python3.11");
                    if (isStdlib(lib)) {
                        return lib.getPath();
                    }
                }
            }
        }
        return null;
    }

    private static String search() {
        String env = System.getenv("PYSTON_STDLIB");
        if (env != null && !env.isEmpty()) {
            return env;
        }
        String path = System.getenv("PATH");
        if (path != null) {
            for (String dir : path.split(File.pathSeparator)) {
                for (String exe : new String[] {"python3.11", "python3"}) {
                    File f = new File(dir, exe);
                    if (f.isFile() && new File(dir).getName().equals("shims")
                            && new File(new File(dir).getParentFile(), "versions").isDirectory()) {
                        // a pyenv shim: the python3 it runs is one of pyenv's installations
                        String lib = pyenvStdlib(new File(new File(dir).getParentFile(), "versions"));
                        if (lib != null) {
                            return lib;
                        }
                    } else if (f.isFile()) {
                        try {
                            File real = f.getCanonicalFile();
                            File lib = new File(real.getParentFile().getParentFile(), "lib/python3.11");
                            if (isStdlib(lib)) {
                                return lib.getPath();
                            }
                        } catch (java.io.IOException ignored) {
                            // try the next candidate
                        }
                    }
                }
            }
        }
        String pyenv = System.getenv("PYENV_ROOT");
        String lib = pyenvStdlib(new File(pyenv != null ? pyenv : System.getProperty("user.home") + "/.pyenv", "versions"));
        if (lib != null) {
            return lib;
        }
        for (String candidate : new String[] {"/usr/lib/python3.11", "/usr/local/lib/python3.11"}) {
            if (isStdlib(new File(candidate))) {
                return candidate;
            }
        }
        return null;
    }

    /**
     * The installation prefix ({@code sys.prefix}) of a standard library folder:
     * {@code PREFIX/lib/python3.11} gives PREFIX; any other folder (a source checkout's
     * {@code Lib/}, a {@code PYSTON_STDLIB} copy) gives its parent.
     */
    public static String prefixOf(String stdlib) {
        File lib = new File(stdlib).getAbsoluteFile();
        File parent = lib.getParentFile();
        if (parent == null) {
            return lib.getPath();
        }
        if (lib.getName().equals("python3.11") && parent.getName().equals("lib") && parent.getParentFile() != null) {
            return parent.getParentFile().getPath();
        }
        return parent.getPath();
    }
}
