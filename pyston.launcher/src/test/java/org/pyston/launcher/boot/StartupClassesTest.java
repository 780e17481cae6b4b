package org.pyston.launcher.boot;

import static org.junit.Assert.assertTrue;

import java.io.File;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Enumeration;
import java.util.List;
import java.util.stream.Stream;
import java.util.zip.ZipEntry;
import java.util.zip.ZipFile;
import org.junit.Test;

/**
 * Start-up as a tested property of the build: the classes of our bundles (on this test's class
 * path, as jars or class folders) hold no lambda or string-concatenation {@code invokedynamic},
 * whose first execution spins a class in a fresh JVM — the build turns them into classes
 * ({@code tools/build/LambdaDesugar.java}) and compiles concatenation inline.
 */
public class StartupClassesTest {
    private static final String[] SPINNING_BOOTSTRAPS = {"java/lang/invoke/LambdaMetafactory",
        "java/lang/invoke/StringConcatFactory"};

    @Test
    public void noClassSpinningBootstraps() throws IOException {
        List<String> offenders = new ArrayList<>();
        int checked = 0;
        for (String entry : System.getProperty("java.class.path").split(File.pathSeparator)) {
            Path p = Path.of(entry);
            String name = p.getFileName() == null ? "" : p.getFileName().toString();
            boolean ours = name.startsWith("pyston.") && name.endsWith(".jar")
                    || Files.isDirectory(p) && p.endsWith(Path.of("target", "classes"));
            if (!ours) {
                continue;
            }
            if (Files.isDirectory(p)) {
                try (Stream<Path> files = Files.walk(p)) {
                    for (Path f : (Iterable<Path>) files.filter(f -> f.toString().endsWith(".class"))::iterator) {
                        checked++;
                        check(f.toString(), Files.readAllBytes(f), offenders);
                    }
                }
            } else {
                try (ZipFile zip = new ZipFile(p.toFile())) {
                    for (Enumeration<? extends ZipEntry> e = zip.entries(); e.hasMoreElements();) {
                        ZipEntry z = e.nextElement();
                        if (z.getName().endsWith(".class")) {
                            checked++;
                            try (InputStream in = zip.getInputStream(z)) {
                                check(name + "!" + z.getName(), in.readAllBytes(), offenders);
                            }
                        }
                    }
                }
            }
        }
        assertTrue("no classes of ours on the class path", checked > 100);
        assertTrue("classes that spin classes at their first use: " + offenders, offenders.isEmpty());
    }

    private static void check(String where, byte[] classFile, List<String> offenders) {
        // the bootstrap's class name is a constant-pool UTF-8 entry of any class that uses it
        String text = new String(classFile, StandardCharsets.ISO_8859_1);
        for (String bootstrap : SPINNING_BOOTSTRAPS) {
            if (text.contains(bootstrap)) {
                offenders.add(where + " (" + bootstrap.substring(bootstrap.lastIndexOf('/') + 1) + ")");
            }
        }
    }
}
