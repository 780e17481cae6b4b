package org.pyston.runtime.codecache;

import java.io.IOException;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.concurrent.ThreadLocalRandom;
import org.pyston.api.code.CodeUnit;

/**
 * The cache of compiled modules: one file per source file, in a directory we own, so importing
 * the standard library does not compile it again at every start.
 *
 * <p><b>Where.</b> The cache root is CPython's {@code sys.pycache_prefix}, which this runtime
 * sets by default (CPython leaves it None and writes {@code __pycache__} beside the source; the
 * standard library's folders are not ours to write into): {@code PYTHONPYCACHEPREFIX} or
 * {@code -X pycache_prefix} when given, else {@code $PYSTON_CACHE_DIR}, else
 * {@code $XDG_CACHE_HOME/pyston}, else {@code ~/.cache/pyston}. A file's cache path is exactly
 * what CPython's {@code importlib.util.cache_from_source} computes under a prefix: the source's
 * absolute folder below the root, then {@code NAME.pyston-311.pyc}. Our cache tag
 * ({@link #CACHE_TAG}, also {@code sys.implementation.cache_tag}) keeps CPython's
 * {@code *.cpython-311.pyc} files and ours apart for good.
 *
 * <p><b>What.</b> A file is CPython's 16-byte pyc layout (our magic number, flags 0, source mtime
 * and size, little-endian u32 each) followed by {@code marshal.dumps} of the module's code object
 * ({@link CodeSerializer#marshal}: our own format under a marshal type code of its own). Keeping CPython's header means importlib's own {@code SourceLoader}, once it runs our
 * imports, validates these same files by mtime and size and hands the rest to
 * {@code marshal.loads}, which reads our format. A file whose header does not match the source,
 * or whose payload is of another format version or unreadable, is ignored and rewritten.
 * Writes go to a temporary file that is renamed into place, so readers never see half a file.
 */
public final class CodeCache {
    /** {@code sys.implementation.cache_tag}. */
    public static final String CACHE_TAG = "pyston-311";
    private static final int HEADER = 16;

    private final Path root;
    /** Our pyc magic number ({@link CodeSerializer#pycMagic}) followed by CR LF, as importlib checks it. */
    private final byte[] pycMagic;

    private CodeCache(Path root, int magic) {
        this.root = root;
        this.pycMagic = magicBytes(magic);
    }

    /** A cache rooted at {@code root} (the {@code sys.pycache_prefix}) for code of the given pyc magic number. */
    public static CodeCache at(String root, int magic) {
        return new CodeCache(Path.of(root), magic);
    }

    /** The four bytes of a pyc header's magic: the number (little-endian u16), CR, LF. */
    public static byte[] magicBytes(int magic) {
        return new byte[] {(byte) magic, (byte) (magic >>> 8), '\r', '\n'};
    }

    /** The default root: see the class comment; {@code xoptions} is {@code sys._xoptions}. */
    public static String defaultRoot(java.util.Map<String, String> xoptions) {
        String x = xoptions == null ? null : xoptions.get("pycache_prefix");
        if (x != null && !x.isEmpty()) {
            return x;
        }
        for (String var : new String[] {"PYTHONPYCACHEPREFIX", "PYSTON_CACHE_DIR"}) {
            String v = System.getenv(var);
            if (v != null && !v.isEmpty()) {
                return Path.of(v).toAbsolutePath().toString();
            }
        }
        String xdg = System.getenv("XDG_CACHE_HOME");
        if (xdg != null && !xdg.isEmpty() && Path.of(xdg).isAbsolute()) {
            return Path.of(xdg, "pyston").toString();
        }
        return Path.of(System.getProperty("user.home"), ".cache", "pyston").toString();
    }

    public String root() {
        return root.toString();
    }

    /** CPython's {@code cache_from_source(source)} with our tag under our prefix. */
    public Path cachePath(Path source) {
        Path abs = source.toAbsolutePath();
        String file = abs.getFileName().toString();
        int dot = file.lastIndexOf('.');
        String base = dot < 0 ? file : file.substring(0, dot);
        Path parent = abs.getParent();
        String head = parent == null ? "" : parent.toString();
        if (head.startsWith("/")) {
            head = head.substring(1);
        }
        return (head.isEmpty() ? root : root.resolve(head)).resolve(base + "." + CACHE_TAG + ".pyc");
    }

    /** What a source file's cache entry is keyed by: CPython's mtime and size fields. */
    public record SourceStamp(long mtimeSeconds, long size) {
        public static SourceStamp of(Path source) throws IOException {
            BasicFileAttributes a = Files.readAttributes(source, BasicFileAttributes.class);
            return new SourceStamp(a.lastModifiedTime().toMillis() / 1000, a.size());
        }
    }

    /**
     * The cached code of {@code source} when present, fresh for {@code stamp} and compiled under
     * the file name {@code filename}, else null.
     */
    public CodeUnit load(Path source, SourceStamp stamp, String filename) {
        byte[] data;
        try {
            data = Files.readAllBytes(cachePath(source));
        } catch (IOException | SecurityException e) {
            return null;
        }
        if (!validHeader(data, stamp)) {
            return null;
        }
        try {
            CodeUnit unit = CodeSerializer.unmarshal(data, HEADER);
            return unit.filename.equals(filename) ? unit : null;
        } catch (IllegalArgumentException e) {
            return null;
        }
    }

    private boolean validHeader(byte[] data, SourceStamp stamp) {
        if (data.length < HEADER) {
            return false;
        }
        for (int i = 0; i < pycMagic.length; i++) {
            if (data[i] != pycMagic[i]) {
                return false;
            }
        }
        return u32(data, 4) == 0 && u32(data, 8) == (stamp.mtimeSeconds() & 0xffffffffL)
                && u32(data, 12) == (stamp.size() & 0xffffffffL);
    }

    private static long u32(byte[] b, int at) {
        return (b[at] & 0xffL) | (b[at + 1] & 0xffL) << 8 | (b[at + 2] & 0xffL) << 16 | (b[at + 3] & 0xffL) << 24;
    }

    /**
     * Stores {@code unit} as the cached code of {@code source}; failures (an unwritable folder, a
     * constant the format does not know) leave the cache as it was.
     */
    public void store(Path source, SourceStamp stamp, CodeUnit unit) {
        byte[] payload;
        try {
            payload = CodeSerializer.marshal(unit);
        } catch (UnsupportedOperationException e) {
            return;
        }
        byte[] data = new byte[HEADER + payload.length];
        System.arraycopy(pycMagic, 0, data, 0, pycMagic.length);
        putU32(data, 8, stamp.mtimeSeconds());
        putU32(data, 12, stamp.size());
        System.arraycopy(payload, 0, data, HEADER, payload.length);
        writeAtomically(cachePath(source), data);
    }

    private static void putU32(byte[] b, int at, long v) {
        b[at] = (byte) v;
        b[at + 1] = (byte) (v >>> 8);
        b[at + 2] = (byte) (v >>> 16);
        b[at + 3] = (byte) (v >>> 24);
    }

    /** Writes {@code data} to a temporary file beside {@code target} and renames it into place. */
    static void writeAtomically(Path target, byte[] data) {
        Path tmp = null;
        try {
            Files.createDirectories(target.getParent());
            tmp = target.resolveSibling(target.getFileName() + "." + Long.toHexString(ThreadLocalRandom.current().nextLong())
                    + ".tmp");
            Files.write(tmp, data);
            try {
                Files.move(tmp, target, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
            } catch (AtomicMoveNotSupportedException e) {
                Files.move(tmp, target, StandardCopyOption.REPLACE_EXISTING);
            }
            tmp = null;
        } catch (IOException | SecurityException | UnsupportedOperationException e) {
            // an unwritable cache is no error: the module was compiled and runs anyway
        } finally {
            if (tmp != null) {
                try {
                    Files.deleteIfExists(tmp);
                } catch (IOException | SecurityException ignored) {
                    // nothing more to do
                }
            }
        }
    }
}
