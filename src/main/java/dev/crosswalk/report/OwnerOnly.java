package dev.crosswalk.report;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermission;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.Set;

/**
 * Outbox files carry people's data: with {@code crosswalk.outbox.private=true} (the default) files are 0600 and
 * folders 0700, readable by the account that runs Crosswalk only. File systems without POSIX permissions are left
 * as they are.
 */
public final class OwnerOnly {

    private static final Set<PosixFilePermission> FILE = PosixFilePermissions.fromString("rw-------");
    private static final Set<PosixFilePermission> FOLDER = PosixFilePermissions.fromString("rwx------");

    private final boolean enabled;
    private final Path outbox;

    public OwnerOnly(boolean enabled, Path outbox) {
        this.enabled = enabled;
        this.outbox = outbox.toAbsolutePath().normalize();
    }

    /** The file 0600, and its folders up to and including the outbox 0700. */
    public void file(Path file) {
        if (!enabled || !Files.exists(file)) {
            return;
        }
        set(file, FILE);
        Path parent = file.toAbsolutePath().normalize().getParent();
        if (parent.startsWith(outbox)) {
            folder(parent);
        }
    }

    /** Creates the folder if needed; it and its parents up to and including the outbox become 0700. */
    public void folder(Path folder) {
        try {
            Files.createDirectories(folder);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot create " + folder, e);
        }
        if (!enabled) {
            return;
        }
        for (Path p = folder.toAbsolutePath().normalize(); p != null && p.startsWith(outbox); p = p.getParent()) {
            set(p, FOLDER);
        }
    }

    private static void set(Path path, Set<PosixFilePermission> permissions) {
        try {
            if (Files.getFileStore(path).supportsFileAttributeView("posix")) {
                Files.setPosixFilePermissions(path, permissions);
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot restrict the permissions of " + path, e);
        }
    }
}
