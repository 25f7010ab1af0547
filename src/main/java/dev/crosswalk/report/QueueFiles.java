package dev.crosswalk.report;

import dev.crosswalk.report.NamedConflicts.NamedConflict;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/**
 * The decisions files in {@code outbox/conflicts/} list open items only: {@code open-conflicts.csv} every one, each
 * {@code <batch>-conflicts.csv} those its batch raised or added evidence to. Rewritten whole (staged, then moved
 * into place) after every batch and decision, so a decided or settled item never asks again; with nothing open there
 * is no {@code open-conflicts.csv}.
 */
final class QueueFiles {

    private static final Pattern BATCH_FILE = Pattern.compile("(\\d+)-conflicts\\.csv");

    private final Outbox outbox;
    private final OwnerOnly ownerOnly;

    QueueFiles(Outbox outbox, OwnerOnly ownerOnly) {
        this.outbox = outbox;
        this.ownerOnly = ownerOnly;
    }

    void write(Connection c) throws SQLException, IOException {
        Map<Long, Path> batchFiles = new LinkedHashMap<>();
        Files.createDirectories(outbox.conflicts());
        try (Stream<Path> files = Files.list(outbox.conflicts())) {
            for (Path f : files.toList()) {
                Matcher m = BATCH_FILE.matcher(f.getFileName().toString());
                if (m.matches()) {
                    batchFiles.put(Long.parseLong(m.group(1)), f);
                }
            }
        }
        List<NamedConflict> open = new ArrayList<>();
        NamedConflicts.forEach(c, null, true, open::add);
        if (open.isEmpty()) {
            // nothing to decide: no header-only file to open
            Files.deleteIfExists(outbox.openConflicts());
        } else {
            write(outbox.openConflicts(), open);
        }
        for (Map.Entry<Long, Path> f : batchFiles.entrySet()) {
            write(f.getValue(), open.stream().filter(k -> k.askedIn().contains(f.getKey())).toList());
        }
    }

    private void write(Path file, List<NamedConflict> items) throws IOException {
        Path staged = file.resolveSibling("." + file.getFileName() + ".tmp");
        try (CsvOut out = new CsvOut(staged, OutputFiles.conflictColumns(false))) {
            items.forEach(k -> out.row(OutputFiles.conflictRow(k, false)));
        }
        ownerOnly.file(staged);
        Files.move(staged, file, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
    }
}
