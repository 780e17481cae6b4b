package org.pyston.launcher.boot;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertFalse;
import static org.junit.Assert.assertNotEquals;
import static org.junit.Assert.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.util.List;
import org.junit.Rule;
import org.junit.Test;
import org.junit.rules.TemporaryFolder;

/** When a kept framework storage is reused, and that concurrent runs never share one. */
public class FrameworkStorageTest {
    @Rule
    public TemporaryFolder tmp = new TemporaryFolder();

    private List<Path> jars() throws IOException {
        Path a = tmp.getRoot().toPath().resolve("a.jar");
        Path b = tmp.getRoot().toPath().resolve("b.jar");
        if (!Files.exists(a)) {
            Files.writeString(a, "a");
            Files.writeString(b, "bb");
        }
        return List.of(a, b);
    }

    @Test
    public void reusedOnlyAfterASuccessfulInstallOfTheSameBundles() throws IOException {
        Path parent = tmp.getRoot().toPath().resolve("osgi");
        List<Path> jars = jars();
        try (FrameworkStorage first = FrameworkStorage.open(parent, jars, true)) {
            assertTrue(first.kept);
            assertFalse(first.reused);
            assertEquals(parent.resolve("0"), first.dir);
            // killed before markInstalled: no stamp, so the next run installs again
        }
        try (FrameworkStorage second = FrameworkStorage.open(parent, jars, true)) {
            assertFalse(second.reused);
            Files.createDirectories(second.dir);
            second.markInstalled();
        }
        try (FrameworkStorage third = FrameworkStorage.open(parent, jars, true)) {
            assertTrue(third.reused);
        }
        // a rebuilt jar (new time) invalidates the storage; its stamp goes until installed again
        Files.setLastModifiedTime(jars.get(1), FileTime.fromMillis(Files.getLastModifiedTime(jars.get(1)).toMillis()
                + 5_000));
        try (FrameworkStorage fourth = FrameworkStorage.open(parent, jars, true)) {
            assertFalse(fourth.reused);
            assertFalse(Files.exists(fourth.dir.resolve(FrameworkStorage.STAMP)));
        }
    }

    @Test
    public void concurrentRunsGetTheirOwnSlotThenTemporaryStorage() throws IOException {
        Path parent = tmp.getRoot().toPath().resolve("osgi");
        List<Path> jars = jars();
        FrameworkStorage[] held = new FrameworkStorage[FrameworkStorage.SLOTS];
        try {
            for (int i = 0; i < held.length; i++) {
                held[i] = FrameworkStorage.open(parent, jars, true);
                assertTrue(held[i].kept);
                assertEquals(parent.resolve(Integer.toString(i)), held[i].dir);
            }
            try (FrameworkStorage overflow = FrameworkStorage.open(parent, jars, true)) {
                assertFalse(overflow.kept);
                assertNotEquals(parent, overflow.dir.getParent());
            }
        } finally {
            for (FrameworkStorage s : held) {
                if (s != null) {
                    s.close();
                }
            }
        }
        try (FrameworkStorage again = FrameworkStorage.open(parent, jars, true)) {
            assertEquals(parent.resolve("0"), again.dir); // released at close
        }
    }

    @Test
    public void temporaryStorageIsRemovedAtClose() throws IOException {
        FrameworkStorage s = FrameworkStorage.open(tmp.getRoot().toPath().resolve("osgi"), jars(), false);
        assertFalse(s.kept);
        assertTrue(Files.isDirectory(s.dir));
        Files.writeString(s.dir.resolve("x"), "x");
        s.close();
        assertFalse(Files.exists(s.dir));
    }

    @Test
    public void unwritableParentFallsBackToTemporaryStorage() throws IOException {
        Path file = tmp.newFile("not-a-folder").toPath();
        try (FrameworkStorage s = FrameworkStorage.open(file.resolve("osgi"), jars(), true)) {
            assertFalse(s.kept);
        }
    }
}
