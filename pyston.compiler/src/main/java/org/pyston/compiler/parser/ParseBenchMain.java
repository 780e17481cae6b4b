package org.pyston.compiler.parser;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * Front-end throughput: parses every file named (or listed, one per line, in a file given as
 * {@code @LIST}) several times in one process and prints the time of the first file, of the
 * first pass, and of the best later pass, with megabytes per second. Used by
 * {@code tools/frontend/parse_bench.py}, which times CPython's {@code compile()} beside it.
 */
public final class ParseBenchMain {
    private ParseBenchMain() {
    }

    public static void main(String[] args) throws IOException {
        List<byte[]> sources = new ArrayList<>();
        List<String> names = new ArrayList<>();
        int passes = 5;
        for (String a : args) {
            if (a.startsWith("--passes=")) {
                passes = Integer.parseInt(a.substring(9));
            } else if (a.startsWith("@")) {
                for (String line : Files.readAllLines(Path.of(a.substring(1)))) {
                    if (!line.isBlank()) {
                        names.add(line.strip());
                    }
                }
            } else {
                names.add(a);
            }
        }
        long bytes = 0;
        for (String n : names) {
            byte[] b = Files.readAllBytes(Path.of(n));
            sources.add(b);
            bytes += b.length;
        }
        long t0 = System.nanoTime();
        parse(sources.get(0), names.get(0));
        double first = (System.nanoTime() - t0) / 1e9;
        double best = Double.MAX_VALUE;
        double firstPass = 0;
        int failures = 0;
        for (int p = 0; p < passes; p++) {
            long s = System.nanoTime();
            failures = 0;
            for (int i = 0; i < sources.size(); i++) {
                failures += parse(sources.get(i), names.get(i));
            }
            double t = (System.nanoTime() - s) / 1e9;
            if (p == 0) {
                firstPass = t;
            }
            best = Math.min(best, t);
        }
        System.out.printf("files %d, %.1f MB, SyntaxErrors %d%n", sources.size(), bytes / 1e6, failures);
        System.out.printf("first file %.3f s; first pass %.2f s; best of %d passes %.2f s (%.1f MB/s)%n", first,
                firstPass, passes, best, bytes / 1e6 / best);
    }

    private static int parse(byte[] source, String name) {
        try {
            PythonParser.parse(source, name, ParseMode.EXEC);
            return 0;
        } catch (PythonSyntaxError e) {
            return 1;
        }
    }
}
