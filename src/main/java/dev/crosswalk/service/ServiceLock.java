package dev.crosswalk.service;

import dev.crosswalk.config.StartRefused;
import dev.crosswalk.db.Database;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.channels.OverlappingFileLockException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;

/**
 * One service per home on the embedded database: that database lives and dies with the service that started it,
 * so a second {@code run} on the same home is refused, naming the first (its pid and health URL). The lock is an
 * operating-system file lock, released by a crash as by a clean stop. With an external database any number of
 * services may share an inbox, and no lock is taken.
 */
public final class ServiceLock implements AutoCloseable {

    private final FileChannel channel;
    private final FileLock lock;

    private ServiceLock(FileChannel channel, FileLock lock) {
        this.channel = channel;
        this.lock = lock;
    }

    /**
     * @param database the database settings: an external server ({@code url} set) takes no lock
     * @param home the installation, named when another service holds it
     * @param health where this one's health endpoint answers, written into the lock file for the next to name
     */
    static ServiceLock acquire(Database.Options database, Path home, HealthPort health) {
        if (!database.url().isEmpty()) {
            return new ServiceLock(null, null);
        }
        Path file = database.embeddedDataDir().resolveSibling("crosswalk-service.lock");
        try {
            Files.createDirectories(file.getParent());
            FileChannel channel = FileChannel.open(file, StandardOpenOption.CREATE, StandardOpenOption.READ,
                    StandardOpenOption.WRITE);
            FileLock lock = tryLock(channel);
            if (lock == null) {
                String holder = Files.readString(file, StandardCharsets.UTF_8).strip();
                channel.close();
                throw new StartRefused("another Crosswalk (" + holder + ") already runs on " + home
                        + " with its embedded database; stop it first, or give this one its own crosswalk.home "
                        + "(CROSSWALK_HOME)");
            }
            channel.truncate(0);
            channel.write(ByteBuffer.wrap(("pid " + ProcessHandle.current().pid() + ", health "
                    + health.url()).getBytes(StandardCharsets.UTF_8)));
            channel.force(true);
            return new ServiceLock(channel, lock);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot lock " + file, e);
        }
    }

    private static FileLock tryLock(FileChannel channel) throws IOException {
        try {
            return channel.tryLock();
        } catch (OverlappingFileLockException heldInThisJvm) {
            return null;
        }
    }

    @Override
    public void close() throws IOException {
        if (channel != null) {
            lock.release();
            channel.close();
        }
    }
}
