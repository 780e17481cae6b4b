package org.pyston.launcher.boot;

import java.io.IOException;
import java.io.InputStream;
import java.lang.module.ModuleDescriptor;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Properties;
import java.util.Set;
import java.util.TreeSet;
import java.util.jar.Attributes;
import java.util.jar.JarFile;
import java.util.jar.Manifest;

/**
 * {@code org.osgi.framework.system.packages} for a run of the distribution's own bundles: the
 * framework's OSGi packages plus the JDK packages these bundles import — instead of Felix's
 * default, every package exported by every module of the JDK, which Felix computes from the boot
 * layer and then parses as one export header at every start (about a tenth of the CPU time of
 * {@code ./pyston -c pass}).
 *
 * <p>The list depends only on the bundle jars and the JDK, so it is computed once and kept in
 * {@code pyston/system-packages.txt} beside the bundles, keyed by the JDK (first line) and
 * recomputed when a bundle jar is newer; where the folder is not writable it is computed at every
 * start. {@code --shell} keeps Felix's default, as bundles installed there may need any JDK
 * package; a {@code -Dorg.osgi.framework.system.packages=…} given to the JVM overrides this.
 */
final class SystemPackages {
    private static final String CACHE = "system-packages.txt";

    private SystemPackages() {
    }

    /**
     * The property's value for these bundle jars, or null when it cannot be computed (a framework
     * other than Felix, whose default export list we would need to start from).
     */
    static String forBundles(Path pystonDir, List<Path> bundles) {
        String jvm = System.getProperty("java.home") + " " + System.getProperty("java.version");
        Path cache = pystonDir.resolve(CACHE);
        try {
            if (Files.isRegularFile(cache) && newerThanAll(cache, bundles)) {
                String text = Files.readString(cache, StandardCharsets.UTF_8);
                int nl = text.indexOf('\n');
                if (nl > 0 && text.substring(0, nl).equals(jvm)) {
                    return text.substring(nl + 1).trim();
                }
            }
        } catch (IOException unreadable) {
            // compute it again
        }
        String value = compute(bundles);
        if (value != null) {
            try {
                Path tmp = pystonDir.resolve(CACHE + "." + System.nanoTime() + ".tmp");
                Files.writeString(tmp, jvm + "\n" + value + "\n", StandardCharsets.UTF_8);
                Files.move(tmp, cache, java.nio.file.StandardCopyOption.REPLACE_EXISTING,
                        java.nio.file.StandardCopyOption.ATOMIC_MOVE);
            } catch (IOException | UnsupportedOperationException notWritable) {
                // an installation we may not write to: computed at every start then
            }
        }
        return value;
    }

    private static boolean newerThanAll(Path cache, List<Path> bundles) throws IOException {
        long stamp = Files.getLastModifiedTime(cache).toMillis();
        for (Path jar : bundles) {
            if (Files.getLastModifiedTime(jar).toMillis() > stamp) {
                return false;
            }
        }
        return true;
    }

    /** Felix's own OSGi exports followed by the JDK packages the bundles import and do not export. */
    static String compute(List<Path> bundles) {
        String osgiExports = felixOsgiExports();
        if (osgiExports == null) {
            return null;
        }
        Set<String> exported = new HashSet<>();
        for (String clause : clauses(osgiExports)) {
            exported.addAll(packagesOf(clause));
        }
        Set<String> imported = new TreeSet<>();
        for (Path jar : bundles) {
            Attributes main;
            try (JarFile file = new JarFile(jar.toFile(), false)) {
                Manifest manifest = file.getManifest();
                if (manifest == null) {
                    continue;
                }
                main = manifest.getMainAttributes();
            } catch (IOException unreadable) {
                return null; // Felix will report the jar; keep its default meanwhile
            }
            for (String clause : clauses(main.getValue("Export-Package"))) {
                exported.addAll(packagesOf(clause));
            }
            for (String clause : clauses(main.getValue("Import-Package"))) {
                imported.addAll(packagesOf(clause));
            }
        }
        Set<String> jdk = new HashSet<>();
        for (Module module : ModuleLayer.boot().modules()) {
            for (ModuleDescriptor.Exports e : module.getDescriptor().exports()) {
                if (!e.isQualified()) {
                    jdk.add(e.source());
                }
            }
        }
        StringBuilder sb = new StringBuilder(osgiExports.trim());
        for (String pkg : imported) {
            if (!exported.contains(pkg) && jdk.contains(pkg)) {
                sb.append(',').append(pkg);
            }
        }
        return sb.toString();
    }

    /** The {@code osgi-exports} entry of Felix's {@code default.properties} (its own packages, with versions). */
    private static String felixOsgiExports() {
        try (InputStream in = SystemPackages.class.getClassLoader().getResourceAsStream("default.properties")) {
            if (in == null) {
                return null;
            }
            Properties p = new Properties();
            p.load(in);
            return p.getProperty("osgi-exports");
        } catch (IOException e) {
            return null;
        }
    }

    /** The comma-separated clauses of a manifest header (commas inside quotes do not separate). */
    static List<String> clauses(String header) {
        List<String> out = new ArrayList<>();
        if (header == null) {
            return out;
        }
        boolean quoted = false;
        int start = 0;
        for (int i = 0; i < header.length(); i++) {
            char c = header.charAt(i);
            if (c == '"') {
                quoted = !quoted;
            } else if (c == ',' && !quoted) {
                out.add(header.substring(start, i));
                start = i + 1;
            }
        }
        out.add(header.substring(start));
        return out;
    }

    /** The package names of one clause: the leading {@code ;}-separated parts without '=' (attributes, directives). */
    static List<String> packagesOf(String clause) {
        List<String> out = new ArrayList<>();
        for (String part : clause.split(";")) {
            String p = part.trim();
            if (p.isEmpty() || p.indexOf('=') >= 0) {
                break;
            }
            out.add(p);
        }
        return out;
    }
}
