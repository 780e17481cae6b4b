package org.pyston.launcher.boot;

import java.io.File;
import java.io.IOException;
import java.io.RandomAccessFile;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.channels.OverlappingFileLockException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.List;

/**
 * The framework's storage folder for one run, kept between runs where it can be.
 *
 * <p><b>Why keep it.</b> A fresh storage means every start installs every bundle (Felix reads and
 * records each jar) and SCR parses every component description (XML: the JDK's SAX parser is
 * loaded and initialised for a few hundred bytes of descriptors). A storage kept from an earlier
 * run with the same bundles holds the installed bundles already, and SCR's component metadata
 * cache ({@code ds.cache.metadata}, written at framework stop, keyed by bundle id and install
 * time) replaces the XML parsing.
 *
 * <p><b>When it is reused.</b> Only for exactly the same bundle jars (path, size, modification
 * time, in order) on the same JVM, and only for runs of the distribution's own bundles (not
 * {@code --shell}, whose users install bundles and set configurations that must not outlive the
 * session): the folder's {@value #STAMP} records what it was made for; any difference, or no
 * stamp, cleans it and installs again. The stamp is written only after the bundles were installed
 * and started, and removed before a clean install, so a run killed half-way leaves no stamp.
 *
 * <p><b>Concurrent runs.</b> A kept storage is used by one process at a time: a few numbered
 * slots beside the bundles ({@code pyston/osgi/N}), each guarded by an exclusive lock on its
 * {@code N.lock} file held for the whole run (the OS releases it when the process ends, however it
 * ends). A run that finds every slot busy, or cannot write there, uses a fresh temporary storage
 * removed at exit, as every run did before.
 */
final class FrameworkStorage implements AutoCloseable {
    /** The file in a kept storage that says which bundles and JVM it was made for. */
    static final String STAMP = "pyston-bundles.txt";
    /** Kept storages per installation: concurrent runs beyond this many use temporary ones. */
    static final int SLOTS = 4;

    /** The folder to hand Felix as {@code org.osgi.framework.storage}. */
    final Path dir;
    /** Whether the folder holds these bundles installed by an earlier run (no clean, no install needed). */
    final boolean reused;
    /** Whether the folder outlives this run (component metadata may be cached there). */
    final boolean kept;
    private final String stamp;
    private final FileChannel lockChannel;

    private FrameworkStorage(Path dir, boolean reused, boolean kept, String stamp, FileChannel lockChannel) {
        this.dir = dir;
        this.reused = reused;
        this.kept = kept;
        this.stamp = stamp;
        this.lockChannel = lockChannel;
    }

    /**
     * A kept storage under {@code parent} when one is free (reused when its stamp matches
     * {@code bundles}), else a fresh temporary one; {@code keep=false} always gives a temporary one.
     */
    static FrameworkStorage open(Path parent, List<Path> bundles, boolean keep) throws IOException {
        if (keep) {
            String stamp = stampOf(bundles);
            if (stamp != null) {
                FrameworkStorage kept = lockSlot(parent, stamp);
                if (kept != null) {
                    return kept;
                }
            }
        }
        return new FrameworkStorage(newTemporary(), false, false, null, null);
    }

    /** The first free slot, locked; null when none is free or the folder is not writable. */
    private static FrameworkStorage lockSlot(Path parent, String stamp) {
        File root = parent.toFile();
        if (!root.isDirectory() && !root.mkdirs()) {
            return null;
        }
        for (int slot = 0; slot < SLOTS; slot++) {
            FileChannel channel = null;
            try {
                channel = new RandomAccessFile(new File(root, slot + ".lock"), "rw").getChannel();
                FileLock lock = channel.tryLock();
                if (lock == null) {
                    channel.close();
                    continue; // another run holds this slot
                }
                Path dir = parent.resolve(Integer.toString(slot));
                Path stampFile = dir.resolve(STAMP);
                boolean reused = false;
                if (Files.isRegularFile(stampFile)) {
                    reused = stamp.equals(Files.readString(stampFile, StandardCharsets.UTF_8));
                    if (!reused) {
                        Files.delete(stampFile); // Felix cleans the folder; no stamp until installed again
                    }
                }
                return new FrameworkStorage(dir, reused, true, stamp, channel);
            } catch (IOException | OverlappingFileLockException | SecurityException e) {
                closeQuietly(channel);
                if (e instanceof IOException && slot == 0) {
                    return null; // not writable: no slot will be
                }
            }
        }
        return null;
    }

    /**
     * What a kept storage is valid for: the JVM, then each bundle jar's path, size and
     * modification time; null when a jar cannot be read (Felix will report it).
     */
    static String stampOf(List<Path> bundles) {
        StringBuilder sb = new StringBuilder();
        sb.append(System.getProperty("java.home")).append(' ').append(System.getProperty("java.vm.version"))
                .append('\n');
        for (Path jar : bundles) {
            File f = jar.toFile();
            long modified = f.lastModified();
            if (modified == 0L) {
                return null;
            }
            sb.append(f.getPath()).append(' ').append(f.length()).append(' ').append(modified).append('\n');
        }
        return sb.toString();
    }

    /**
     * Records that the bundles are installed and started, so the next run may reuse the storage.
     * Failures only cost the next run a clean install.
     */
    void markInstalled() {
        if (!kept || reused) {
            return;
        }
        try {
            Path tmp = dir.resolve(STAMP + ".tmp");
            Files.writeString(tmp, stamp, StandardCharsets.UTF_8);
            Files.move(tmp, dir.resolve(STAMP), StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
        } catch (IOException | UnsupportedOperationException | SecurityException ignored) {
            // the next run installs again
        }
    }

    /** Releases a kept storage's slot, or removes a temporary storage. */
    @Override
    public void close() {
        if (kept) {
            closeQuietly(lockChannel); // closing the channel releases its lock
        } else {
            deleteTree(dir.toFile());
        }
    }

    /**
     * A fresh temporary storage folder: {@code File.mkdir} is atomic, so a clash with another
     * process just tries the next name. (Cheaper than {@code Files.createTempDirectory}, whose
     * random names seed a {@code SecureRandom}, or naming it by pid, whose lookup initialises
     * the process API: both cost tens of milliseconds at start-up.)
     */
    private static Path newTemporary() throws IOException {
        File tmp = new File(System.getProperty("java.io.tmpdir"));
        long stamp = System.nanoTime();
        for (int attempt = 0; attempt < 1000; attempt++) {
            File dir = new File(tmp, "pyston-osgi-" + Long.toHexString(stamp + attempt * 7919L));
            if (dir.mkdir()) {
                return dir.toPath();
            }
        }
        throw new IOException("cannot create a framework storage folder in " + tmp);
    }

    private static void closeQuietly(FileChannel channel) {
        if (channel != null) {
            try {
                channel.close();
            } catch (IOException ignored) {
                // nothing more to do
            }
        }
    }

    private static void deleteTree(File file) {
        File[] children = file.listFiles();
        if (children != null) {
            for (File child : children) {
                deleteTree(child);
            }
        }
        file.delete();
    }
}
