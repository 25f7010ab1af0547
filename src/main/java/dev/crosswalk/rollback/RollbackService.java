package dev.crosswalk.rollback;

import dev.crosswalk.db.Sql;
import dev.crosswalk.report.BatchReport;
import dev.crosswalk.report.CsvOut;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeSet;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * {@code rollback BATCH}: undoes an applied batch in one transaction, recorded as a batch of kind rollback with
 * its own audit and report. Later batches that built on it make it refuse, listing their changes; with
 * {@code force} they are undone with it, newest first. Rolling back a rollback re-applies what it undid.
 */
public final class RollbackService {

    private static final Logger LOG = LoggerFactory.getLogger(RollbackService.class);

    private final UnitOfWork batches;

    public RollbackService(UnitOfWork batches) {
        this.batches = batches;
    }

    private record Target(long id, String kind, String status, String source, String file,
            boolean valuesExpired) {

        String describe() {
            return "Batch " + id + " (" + kind + (source == null ? "" : ", " + source)
                    + (file == null ? "" : ", " + file) + ")";
        }
    }

    public BatchReport rollback(long batch, boolean force, String by) throws SQLException {
        BatchReport report = batches.run(BatchKind.of("rollback", "batch " + batch), open -> {
            Connection c = open.connection();
            Target target = load(c, batch);
            String refusal = target == null ? notRecorded(batch)
                    : "erasure".equals(target.kind()) ? "Batch " + batch + " is an erasure on request: it "
                            + "cannot be rolled back, because the erased values are gone by design (no copy of "
                            + "them was kept to put back)."
                    : "retention".equals(target.kind()) ? "Batch " + batch + " applied the retention "
                            + "settings: what it deleted is gone and cannot be rolled back."
                    : target.valuesExpired() ? "Batch " + batch + " is older than the audit values' retention "
                            + "(crosswalk.retention.audit-values): its old values were cleared, so there is "
                            + "nothing to put back."
                    : !"applied".equals(target.status()) || "preview".equals(target.kind())
                    ? notApplied(target) : null;
            List<LaterChange> later = refusal == null ? LaterChanges.of(c, batch) : List.of();
            TreeSet<Long> dependents = new TreeSet<>();
            later.forEach(l -> dependents.add(l.batch()));
            if (refusal == null && !later.isEmpty() && !force) {
                refusal = "Later batches " + dependents + " changed what batch " + batch + " changed ("
                        + later.size() + " changes, listed in later_changes). Nothing was rolled back; "
                        + "--force rolls them back too, newest first.";
            }
            if (refusal != null) {
                return Outcome.refused(refused(open, batch, refusal, later));
            }
            List<Long> undone = new ArrayList<>(dependents.descendingSet());
            undone.add(batch);
            BatchUndo undo = new BatchUndo(c, open.id());
            for (long b : undone) {
                undoOne(open, undo, load(c, b), "rollback " + open.id() + " by " + by);
            }
            Map<String, Long> rows = counts(later.size(), undone.size());
            Map<String, Long> fields = new LinkedHashMap<>();
            fields.put("restored", undo.fieldsRestored());
            fields.put("rows_deleted", undo.rowsDeleted());
            fields.put("rows_restored", undo.rowsRestored());
            fields.put("links_detached", undo.linksDetached());
            String message = "Rolled back batch " + batch + (dependents.isEmpty() ? ""
                    : " and the later batches " + dependents.descendingSet() + " that built on it") + ".";
            return Outcome.finished(open.report("applied", message, rows, fields, Map.of(), open.files(Map.of())),
                    Map.of("undid", undone, "requested", batch, "forced", force, "by", by));
        }).orElseThrow();
        if ("applied".equals(report.status())) {
            LOG.info("Batch {}: {}", report.batch(), report.message());
        }
        return report;
    }

    /** Why a recorded batch that is not applied cannot be rolled back, in the reader's terms. */
    private static String notApplied(Target t) {
        String why = switch (t.status()) {
            case "rolled_back" -> "it was already rolled back (rolling back that rollback re-applies it)";
            case "refused" -> "it changed nothing";
            case "running" -> "it has not finished";
            default -> "only an applied batch can be rolled back";
        };
        return t.describe() + " is " + t.status() + ": " + why + ". There is nothing to roll back.";
    }

    /**
     * A batch with no row in the ledger left only its report: a refused file, a preview (rolled back by design)
     * or a file already applied before. Says which, so "report N" and "rollback N" never disagree.
     */
    private String notRecorded(long batch) {
        Optional<BatchReport> report = batches.ledger().read(batch);
        if (report.isEmpty()) {
            return "There is no batch " + batch + ".";
        }
        BatchReport r = report.get();
        String what = "Batch " + batch + " (" + r.kind() + (r.source() == null ? "" : ", " + r.source())
                + (r.file() == null ? "" : ", " + r.file()) + ")";
        String why = r.preview() ? " was a PREVIEW: it ran in a transaction that was rolled back by design, so it "
                + "changed nothing; import the file itself to apply it"
                : "rejected".equals(r.status()) || "refused".equals(r.status()) ? " was refused and changed nothing ("
                        + r.message() + ")"
                : " changed nothing (" + r.status() + (r.message() == null ? "" : ": " + r.message()) + ")";
        return what + why + ". There is nothing to roll back.";
    }

    private static void undoOne(OpenBatch open, BatchUndo undo, Target target, String by) throws SQLException {
        Connection c = open.connection();
        open.markStatus("rolled_back", List.of(target.id()));
        if ("rollback".equals(target.kind())) {
            List<Long> reapplied = new ArrayList<>();
            try (PreparedStatement ps = c.prepareStatement(Sql.load("rollback/undone-by"))) {
                ps.setLong(1, target.id());
                try (ResultSet rs = ps.executeQuery()) {
                    while (rs.next()) {
                        reapplied.add(rs.getLong(1));
                    }
                }
            }
            open.markStatus("applied", reapplied);
        }
        undo.undo(target.id(), a -> false, by);
    }

    private static BatchReport refused(OpenBatch open, long batch, String message, List<LaterChange> later) {
        Map<String, Path> extra = new LinkedHashMap<>();
        if (!later.isEmpty()) {
            Path file = open.report("later-changes.csv");
            try (CsvOut out = new CsvOut(file, "batch", "kind", "table", "record_id", "field")) {
                later.forEach(l -> out.row(l.batch(), l.kind(), l.table(), l.recordId(), l.field()));
            }
            extra.put("later_changes", file);
        }
        LOG.warn("Rollback of batch {} refused: {}", batch, message);
        return open.report("refused", message, counts(later.size(), 0), null, Map.of(), open.files(extra));
    }

    private static Map<String, Long> counts(long laterChanges, long batchesUndone) {
        Map<String, Long> rows = new LinkedHashMap<>();
        rows.put("batches_undone", batchesUndone);
        rows.put("later_changes", laterChanges);
        return rows;
    }

    private static Target load(Connection c, long batch) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement(Sql.load("rollback/batch"))) {
            ps.setLong(1, batch);
            try (ResultSet rs = ps.executeQuery()) {
                return rs.next() ? new Target(rs.getLong(1), rs.getString(2), rs.getString(3), rs.getString(4),
                        rs.getString(5), rs.getBoolean(6)) : null;
            }
        }
    }
}
