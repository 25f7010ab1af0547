package dev.crosswalk.erasure;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.security.GeneralSecurityException;
import java.security.SecureRandom;
import java.util.HexFormat;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

/**
 * The installation's secret for tombstones: 32 random bytes in a file (0600) beside the embedded database, created
 * at first start. It lives outside the database so that a dump of the tables alone cannot confirm a guessed email
 * against the tombstones; instances sharing one database must share this file.
 */
public final class ErasureKey {

    private static final String ALGORITHM = "HmacSHA256";
    /** one initialised MAC per thread: creating one per hash would cost more than the hash */
    private final ThreadLocal<Mac> mac;

    private ErasureKey(byte[] key) {
        this.mac = ThreadLocal.withInitial(() -> {
            try {
                Mac m = Mac.getInstance(ALGORITHM);
                m.init(new SecretKeySpec(key, ALGORITHM));
                return m;
            } catch (GeneralSecurityException e) {
                throw new IllegalStateException(e);
            }
        });
    }

    /** A 32-byte secret in {@code file}, created (0600) when there is none yet; the review's sign-in links use one. */
    public static ErasureKey load(Path file) {
        try {
            if (!Files.exists(file)) {
                create(file);
            }
            byte[] key = HexFormat.of().parseHex(Files.readString(file, StandardCharsets.US_ASCII).strip());
            if (key.length < 32) {
                throw new IllegalStateException("the erasure key in " + file + " is shorter than 32 bytes");
            }
            return new ErasureKey(key);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read or create the erasure key " + file, e);
        }
    }

    private static void create(Path file) throws IOException {
        Files.createDirectories(file.toAbsolutePath().getParent());
        byte[] key = new byte[32];
        new SecureRandom().nextBytes(key);
        Path temp = Files.createTempFile(file.toAbsolutePath().getParent(), ".erasure", ".tmp");
        if (Files.getFileStore(temp).supportsFileAttributeView("posix")) {
            Files.setPosixFilePermissions(temp, PosixFilePermissions.fromString("rw-------"));
        }
        Files.writeString(temp, HexFormat.of().formatHex(key) + "\n", StandardCharsets.US_ASCII);
        try {
            // two processes starting at once: the first one's key wins, the other reads it
            Files.createLink(file, temp);
        } catch (FileAlreadyExistsException raced) {
            // the other process created it first
        } finally {
            Files.delete(temp);
        }
    }

    /** Hex HMAC-SHA256 of the text. */
    public String hmac(String text) {
        return HexFormat.of().formatHex(mac.get().doFinal(text.getBytes(StandardCharsets.UTF_8)));
    }
}
