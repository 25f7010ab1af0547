package dev.crosswalk.report;

import dev.crosswalk.decide.ChangeSet.ChangeLine;
import dev.crosswalk.decide.RowOutcome;
import dev.crosswalk.report.NamedConflicts.NamedConflict;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The files one batch writes to the outbox: rejected and skipped rows and every field change, streamed while the
 * batch runs, and its open conflicts, written when its rows are done (ordered by priority, each naming its
 * person). A preview's conflicts are no decisions file: they go to {@code reports/<batch>-preview-conflicts.csv},
 * marked PREVIEW, without ids or a decision column. If the batch fails its files are deleted, so the outbox never
 * shows a half batch.
 */
public final class OutputFiles implements AutoCloseable {

    /** The columns a decisions file must have (older conflicts files have only these). */
    public static final String[] CONFLICT_COLUMNS = {"conflict_id", "batch", "line", "contact_id", "field",
        "current_value", "incoming_value", "reason", "decision"};
    /** Who a conflict is about and where the current value came from, after the decision column. */
    public static final String[] PERSON_COLUMNS = {"contact_name", "primary_email", "lock_level", "lock_reason",
        "current_source", "current_batch", "current_date"};
    /** The evidence that asked the item's question, after the person columns. */
    public static final String[] EVIDENCE_COLUMNS = {"evidence_count", "sources", "batches", "lines",
        "latest_evidence", "proposed_values"};
    public static final String PREVIEW = "PREVIEW";

    private final boolean preview;
    private final Map<String, Path> paths = new LinkedHashMap<>();
    private boolean opened;
    private CsvOut conflicts;
    private CsvOut rejected;
    private CsvOut skipped;
    private CsvOut changes;

    public OutputFiles(Path outbox, long batch, boolean preview) {
        this.preview = preview;
        Outbox folders = new Outbox(outbox);
        paths.put("report_json", folders.report(batch, "report.json"));
        paths.put("report_html", folders.report(batch, "report.html"));
        if (preview) {
            paths.put("preview_conflicts", folders.report(batch, "preview-conflicts.csv"));
        } else {
            paths.put("conflicts", folders.conflicts(batch));
        }
        paths.put("rejected", folders.rejected(batch, "rejected.csv"));
        paths.put("skipped", folders.report(batch, "skipped.csv"));
        paths.put("changes", folders.report(batch, "changes.csv"));
    }

    /** The files of a batch that is no preview (ledger batches name their report paths this way). */
    public OutputFiles(Path outbox, long batch) {
        this(outbox, batch, false);
    }

    /** The columns of the conflicts file: a decisions file, or a preview's list. */
    public static String[] conflictColumns(boolean preview) {
        List<String> columns = new ArrayList<>(List.of(CONFLICT_COLUMNS));
        if (preview) {
            columns.remove("conflict_id");
            columns.remove("decision");
            columns.add(0, "preview");
        }
        columns.addAll(List.of(PERSON_COLUMNS));
        columns.addAll(List.of(EVIDENCE_COLUMNS));
        return columns.toArray(String[]::new);
    }

    /** An item as a row of a decisions file ({@link #conflictColumns}), or of a preview's list. */
    public static Object[] conflictRow(NamedConflict k, boolean preview) {
        List<Object> row = new ArrayList<>();
        if (preview) {
            row.add(PREVIEW);
        } else {
            row.add(k.id());
        }
        row.addAll(Arrays.asList(k.batch(), k.line(), k.contactId(), k.field(), k.currentValue(), k.incomingValue(),
                k.reason()));
        if (!preview) {
            row.add("");
        }
        row.addAll(Arrays.asList(k.contactName(), k.primaryEmail(), k.lockLevel(), k.lockReason(),
                k.currentSource(), k.currentBatch(), k.currentDate(), k.evidenceCount(), k.sources(), k.batches(),
                k.lines(), k.latestEvidence(), k.proposedValues()));
        return row.toArray();
    }

    /**
     * Starts the row-level files: the changes file now; the conflicts, rejected and skipped files with their first
     * row, so that a batch without such rows leaves no header-only file (and its report links none). A refused file
     * writes only its report.
     */
    public void open() {
        opened = true;
        changes = new CsvOut(paths.get("changes"), "line", "contact_id", "field", "old_value", "new_value",
                "outcome");
    }

    public void conflict(NamedConflict k) {
        if (conflicts == null) {
            conflicts = new CsvOut(paths.get(preview ? "preview_conflicts" : "conflicts"), conflictColumns(preview));
        }
        conflicts.row(conflictRow(k, preview));
    }

    /** A refused row to {@code rejected.csv}; a row skipped on purpose (its outcome says so) to {@code skipped.csv}. */
    public void rejected(long line, String outcome, String reason) {
        if (RowOutcome.SKIPPED.key().equals(outcome)) {
            if (skipped == null) {
                skipped = new CsvOut(paths.get("skipped"), "line", "outcome", "reason");
            }
            skipped.row(line, outcome, reason);
            return;
        }
        if (rejected == null) {
            rejected = new CsvOut(paths.get("rejected"), "line", "outcome", "reason");
        }
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

    /** The paths written, by report key: the report, and each row-level file that has rows (changes: opened). */
    public Map<String, String> written() {
        Map<String, String> written = new LinkedHashMap<>();
        paths.forEach((key, path) -> {
            if (key.startsWith("report") || key.equals("changes") && opened || hasRows(key)) {
                written.put(key, path.toString());
            }
        });
        return written;
    }

    private boolean hasRows(String key) {
        return switch (key) {
            case "conflicts", "preview_conflicts" -> conflicts != null;
            case "rejected" -> rejected != null;
            case "skipped" -> skipped != null;
            default -> false;
        };
    }

    @Override
    public void close() {
        for (CsvOut out : new CsvOut[] {conflicts, rejected, skipped, changes}) {
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
