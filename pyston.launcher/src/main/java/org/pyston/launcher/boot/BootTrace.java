package org.pyston.launcher.boot;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.TreeMap;

/**
 * CPU figures for {@code -Dpyston.trace.boot=true}, read from Linux's {@code /proc} (where it
 * is missing the figures are -1): the process's CPU time at each boot phase, and at exit the
 * CPU time of each JVM thread kind (compiler threads, GC, main), which is where start-up time
 * goes on a loaded machine and what wall-clock phases cannot show.
 */
final class BootTrace {
    /** Linux's USER_HZ: /proc's times are in these ticks. */
    private static final int TICKS_PER_SECOND = 100;

    private BootTrace() {
    }

    /** User + system CPU time of the whole process so far, in ms (10 ms resolution). */
    static long processCpuMillis() {
        long[] t = times(Path.of("/proc/self/stat"));
        return t == null ? -1 : t[0] + t[1];
    }

    /** Prints CPU ms per thread name (numbers stripped: "C1 CompilerThread0" and "…1" add up). */
    static void printThreadCpu() {
        Map<String, long[]> byKind = new TreeMap<>();
        String[] tasks = Path.of("/proc/self/task").toFile().list();
        if (tasks == null) {
            return;
        }
        for (String task : tasks) {
            Path dir = Path.of("/proc/self/task", task);
            long[] t = times(dir.resolve("stat"));
            String name;
            try {
                name = Files.readString(dir.resolve("comm"), StandardCharsets.UTF_8).trim();
            } catch (IOException e) {
                continue;
            }
            if (t == null) {
                continue;
            }
            String kind = name.replaceAll("[0-9]+$", "").trim();
            long[] sum = byKind.computeIfAbsent(kind, k -> new long[2]);
            sum[0] += t[0] + t[1];
            sum[1]++;
        }
        long total = processCpuMillis();
        StringBuilder sb = new StringBuilder("[boot] CPU ms by thread (process " + total
                + " ms, exited threads not listed):");
        for (Map.Entry<String, long[]> e : byKind.entrySet()) {
            if (e.getValue()[0] > 0) {
                sb.append("\n  ").append(e.getValue()[0]).append("  ").append(e.getKey()).append(" (")
                        .append(e.getValue()[1]).append(')');
            }
        }
        System.err.println(sb);
    }

    /** {utime, stime} in ms from a {@code stat} file, or null. */
    private static long[] times(Path stat) {
        try {
            String s = Files.readString(stat, StandardCharsets.US_ASCII);
            // fields after the parenthesised command name; utime and stime are fields 14 and 15
            String[] f = s.substring(s.lastIndexOf(')') + 2).split(" ");
            long scale = 1000 / TICKS_PER_SECOND;
            return new long[] {Long.parseLong(f[11]) * scale, Long.parseLong(f[12]) * scale};
        } catch (IOException | RuntimeException e) {
            return null;
        }
    }
}
