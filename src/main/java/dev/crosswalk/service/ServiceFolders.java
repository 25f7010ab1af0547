package dev.crosswalk.service;

import dev.crosswalk.report.Outbox;
import dev.crosswalk.report.OwnerOnly;
import dev.crosswalk.source.Sources;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/** The folders the service moves files through: one inbox and one preview inbox per source, and the outbox. */
final class ServiceFolders {

    private ServiceFolders() {
    }

    /**
     * Creates any that are missing (a fresh home), the outbox ones private, and returns them all, for the folders
     * health check.
     */
    static List<Path> create(Path inbox, Outbox outbox, OwnerOnly ownerOnly, Sources sources) {
        List<Path> folders = new ArrayList<>();
        for (String source : sources.names()) {
            folders.add(inbox.resolve(source));
            folders.add(inbox.resolve("preview").resolve(source));
        }
        folders.addAll(List.of(outbox.archive(), outbox.rejected(), outbox.reports(), outbox.conflicts()));
        try {
            for (Path folder : folders) {
                Files.createDirectories(folder);
                ownerOnly.folder(folder);
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot create the inbox and outbox folders " + inbox + ", "
                    + outbox.root(), e);
        }
        return folders;
    }
}
