import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.List;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/**
 * Build step: {@code java SourceDigest.java SRC_DIR OUT_FILE} writes the SHA-256 (first 16 hex digits) of
 * every file under SRC_DIR (paths and contents, in path order) to OUT_FILE. The compiler bundle ships
 * the digest of its sources as its revision, so code caches written by another compiler are not reused.
 */
public final class SourceDigest {
    public static void main(String[] args) throws IOException, NoSuchAlgorithmException {
        Path src = Path.of(args[0]);
        Path out = Path.of(args[1]);
        MessageDigest sha = MessageDigest.getInstance("SHA-256");
        List<Path> files;
        try (Stream<Path> s = Files.walk(src)) {
            files = s.filter(Files::isRegularFile).sorted().collect(Collectors.toList());
        }
        for (Path f : files) {
            sha.update(src.relativize(f).toString().replace('\\', '/').getBytes(StandardCharsets.UTF_8));
            sha.update((byte) 0);
            sha.update(Files.readAllBytes(f));
        }
        Files.createDirectories(out.getParent());
        String digest = HexFormat.of().formatHex(sha.digest()).substring(0, 16);
        Files.writeString(out, digest + "\n", StandardCharsets.US_ASCII);
    }
}
