package org.pyston.runtime.objects;

import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The process environment as C's getenv sees it: the JVM's (which cannot change), with the
 * changes made through os.putenv/os.unsetenv. Read where CPython calls getenv at run time
 * (PYTHONBREAKPOINT) and handed to child processes.
 */
public final class ProcessEnvironment {
    private ProcessEnvironment() {
    }

    /** Changes: a value, or empty when unset. */
    private static final Map<String, Optional<String>> CHANGES = new ConcurrentHashMap<>();

    /** The variable's value, or null when it is not set. */
    public static String get(String name) {
        Optional<String> changed = CHANGES.get(name);
        return changed != null ? changed.orElse(null) : System.getenv(name);
    }

    public static void put(String name, String value) {
        CHANGES.put(name, Optional.of(value));
    }

    public static void remove(String name) {
        CHANGES.put(name, Optional.empty());
    }

    /** A child process gets the environment with the changes. */
    public static void applyTo(ProcessBuilder pb) {
        Map<String, String> env = pb.environment();
        CHANGES.forEach((name, value) -> {
            if (value.isPresent()) {
                env.put(name, value.get());
            } else {
                env.remove(name);
            }
        });
    }
}
