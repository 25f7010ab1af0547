package dev.crosswalk.report;

import dev.crosswalk.apply.ChangeSet.ChangeLine;
import dev.crosswalk.apply.ChunkWriter.WrittenConflict;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The files one batch writes to the outbox, streamed while the batch runs: open conflicts, rejected and skipped
 * rows, and every field change. If the batch fails they are deleted, so the outbox never shows a half batch.
 */
public final class OutputFiles implements AutoCloseable {

    public static final String[] CONFLICT_COLUMNS = {"conflict_id", "batch", "line", "contact_id", "field",
        "current_value", "incoming_value", "reason", "decision"};

    private final long batch;
    private final Map<String, Path> paths = new LinkedHashMap<>();
    private CsvOut conflicts;
    private CsvOut rejected;
    private CsvOut changes;

    public OutputFiles(Path outbox, long batch) {
        this.batch = batch;
        paths.put("report_json", outbox.resolve("reports").resolve(batch + "-report.json"));
        paths.put("report_html", outbox.resolve("reports").resolve(batch + "-report.html"));
        paths.put("conflicts", outbox.resolve("conflicts").resolve(batch + "-conflicts.csv"));
        paths.put("rejected", outbox.resolve("rejected").resolve(batch + "-rejected.csv"));
        paths.put("changes", outbox.resolve("reports").resolve(batch + "-changes.csv"));
    }

    /** Starts the row-level files (conflicts, rejected, changes); a refused file writes only its report. */
    public void open() {
        conflicts = new CsvOut(paths.get("conflicts"), CONFLICT_COLUMNS);
        rejected = new CsvOut(paths.get("rejected"), "line", "outcome", "reason");
        changes = new CsvOut(paths.get("changes"), "line", "contact_id", "field", "old_value", "new_value",
                "outcome");
    }

    public void conflicts(List<WrittenConflict> written) {
        for (WrittenConflict w : written) {
            var k = w.conflict();
            conflicts.row(w.id(), batch, k.line(), k.contactId(), k.field(), k.currentValue(), k.incomingValue(),
                    k.reason(), "");
        }
    }

    public void rejected(long line, String outcome, String reason) {
        rejected.row(line, outcome, reason);
    }

    public void changes(List<ChangeLine> lines) {
        for (ChangeLine l : lines) {
            changes.row(l.line(), l.contactId(), l.field(), l.oldValue(), l.newValue(), l.outcome());
        }
    }

    public Path reportJson() {
        return paths.get("report_json");
    }

    public Path reportHtml() {
        return paths.get("report_html");
    }

    /** The paths written, by report key; row-level files only when they were opened. */
    public Map<String, String> written() {
        Map<String, String> written = new LinkedHashMap<>();
        paths.forEach((key, path) -> {
            if (key.startsWith("report") || conflicts != null) {
                written.put(key, path.toString());
            }
        });
        return written;
    }

    @Override
    public void close() {
        for (CsvOut out : new CsvOut[] {conflicts, rejected, changes}) {
            if (out != null) {
                out.close();
            }
        }
    }

    /** Closes and deletes everything written: the batch did not happen. */
    public void discard() {
        close();
        paths.values().forEach(p -> {
            try {
                Files.deleteIfExists(p);
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        });
    }
}
