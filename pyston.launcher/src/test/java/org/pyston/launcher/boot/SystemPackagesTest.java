package org.pyston.launcher.boot;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertFalse;
import static org.junit.Assert.assertNotNull;
import static org.junit.Assert.assertTrue;

import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.jar.Attributes;
import java.util.jar.JarOutputStream;
import java.util.jar.Manifest;
import org.junit.Test;

public class SystemPackagesTest {
    @Test
    public void clausesSplitOutsideQuotes() {
        assertEquals(Arrays.asList("a;version=\"[1,2)\"", "b", "c;d;x=1"),
                SystemPackages.clauses("a;version=\"[1,2)\",b,c;d;x=1"));
        assertEquals(Arrays.asList("c", "d"), SystemPackages.packagesOf("c;d;x=1"));
        assertEquals(List.of("a"), SystemPackages.packagesOf(" a ;resolution:=optional"));
    }

    /** JDK packages a bundle imports are exported; its own, other bundles' and unknown ones are not. */
    @Test
    public void exportsTheJdkPackagesTheBundlesImport() throws Exception {
        Path dir = Files.createTempDirectory("syspkg");
        Path a = bundle(dir.resolve("a.jar"), "java.util,javax.xml.parsers,org.example.b,org.example.missing;resolution:=optional",
                "org.example.a");
        Path b = bundle(dir.resolve("b.jar"), "org.xml.sax;version=\"0\",org.example.a", "org.example.b");
        String value = SystemPackages.forBundles(dir, List.of(a, b));
        assertNotNull("Felix's default.properties is on the test class path", value);
        List<String> exports = SystemPackages.clauses(value);
        assertTrue(value, value.startsWith("org.osgi.framework;"));
        assertTrue(value, exports.contains("java.util"));
        assertTrue(value, exports.contains("javax.xml.parsers"));
        assertTrue(value, exports.contains("org.xml.sax"));
        assertFalse(value, value.contains("org.example"));
        assertFalse(value, exports.contains("java.awt")); // not imported: not exported
        // kept for the next start, keyed by the JDK
        assertTrue(Files.readString(dir.resolve("system-packages.txt")).startsWith(System.getProperty("java.home")));
        assertEquals(value, SystemPackages.forBundles(dir, List.of(a, b)));
    }

    private static Path bundle(Path jar, String imports, String exports) throws Exception {
        Manifest m = new Manifest();
        m.getMainAttributes().put(Attributes.Name.MANIFEST_VERSION, "1.0");
        m.getMainAttributes().putValue("Import-Package", imports);
        m.getMainAttributes().putValue("Export-Package", exports);
        try (OutputStream out = Files.newOutputStream(jar); JarOutputStream j = new JarOutputStream(out, m)) {
            j.flush();
        }
        return jar;
    }
}
