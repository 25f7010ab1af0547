package dev.crosswalk.pipeline;

import java.nio.file.Path;
import java.time.Instant;

/**
 * One file to import. {@code exportedAt} is the file's last-modified time: when the export was made, the time
 * of the consent it states. {@code archiveTo} is where the inbox moves it afterwards (a file imported from the command line
 * is copied there).
 */
public record ImportRequest(long batchId, Path file, String source, boolean preview, Instant exportedAt,
        Path archiveTo) {
}
