package dev.crosswalk.adopt;

import dev.crosswalk.adopt.Adoption.Problem;
import dev.crosswalk.db.Sql;
import dev.crosswalk.report.BatchReport;
import dev.crosswalk.report.CsvOut;
import dev.crosswalk.report.NamedConflicts;
import dev.crosswalk.report.OutputFiles;
import dev.crosswalk.rollback.BatchLedger;
import java.io.IOException;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Duration;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Map;
import javax.sql.DataSource;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * {@code adopt}: the legacy contact database (live or dumped) into an empty Crosswalk as one batch of kind adopt,
 * in one transaction, reported like an import (report, conflicts, changes, plus the legacy problems and the
 * reconciliation), rolled back whole for a preview, and undone by {@code rollback} like any batch. The same
 * snapshot adopted again is a duplicate that changes nothing.
 */
public final class AdoptService {

    private static final Logger LOG = LoggerFactory.getLogger(AdoptService.class);

    private final DataSource dataSource;
    private final Path outbox;
    private final BatchLedger ledger;

    /** @param outbox the outbox folder its files go to */
    public AdoptService(DataSource dataSource, BatchLedger ledger, Path outbox) {
        this.dataSource = dataSource;
        this.outbox = outbox;
        this.ledger = ledger;
    }

    public BatchReport adopt(LegacyReader reader, boolean preview) throws SQLException, IOException {
        Instant started = Instant.now();
        LOG.info("Adopting the legacy database from {}", reader.describe());
        LegacySnapshot snapshot = LegacySnapshot.read(reader);
        Adoption adoption = new Adoption();
        new PeopleMapping(snapshot, adoption).map();
        new MoneyMapping(snapshot, adoption).map();
        LOG.info("Legacy snapshot mapped: {} people, {} subscriptions, {} transactions, {} problems, {} duplicate "
                + "uses", adoption.people.size(), adoption.subscriptions.size(), adoption.transactions.size(),
                adoption.problems.size(), adoption.duplicates.size());
        try (Connection c = dataSource.getConnection()) {
            c.setAutoCommit(false);
            try {
                try (PreparedStatement ps = c.prepareStatement(Sql.load("batch/lock"))) {
                    ps.execute();
                }
                long id = BatchLedger.newId(c);
                Long applied = preview ? null : appliedBefore(c, snapshot.fingerprint());
                long present = count(c);
                if (applied != null || present > 0) {
                    c.rollback();
                    String message = applied != null ? "This legacy snapshot (same fingerprint) was already adopted "
                            + "as batch " + applied + ": nothing was changed."
                            : "Crosswalk already holds " + present + " contacts: adopt fills an empty database. "
                                    + "Nothing was changed (roll back the batches that wrote them, or adopt into a "
                                    + "new database).";
                    return ledger.write(report(id, reader, snapshot, adoption, applied != null ? "duplicate"
                            : "refused", preview, started, message, applied, null, null, ledger.files(id, Map.of()),
                            null));
                }
                return write(c, id, reader, snapshot, adoption, preview, started);
            } catch (SQLException | RuntimeException e) {
                c.rollback();
                throw e;
            }
        }
    }

    private BatchReport write(Connection c, long id, LegacyReader reader, LegacySnapshot snapshot, Adoption adoption,
            boolean preview, Instant started) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement(Sql.load("adopt/batch-insert"))) {
            ps.setLong(1, id);
            ps.setString(2, reader.kind());
            ps.setString(3, reader.describe());
            ps.setString(4, snapshot.fingerprint());
            ps.executeUpdate();
        }
        OutputFiles outputs = new OutputFiles(outbox, id, preview);
        outputs.open();
        Path problemsFile = ledger.report(id, "adopt-problems.csv");
        try {
            AdoptionWriter.Result result = new AdoptionWriter(id).write(c, adoption);
            NamedConflicts.forEach(c, id, true, outputs::conflict);
            outputs.changes(result.changes());
            try (CsvOut out = new CsvOut(problemsFile, "legacy_table", "legacy_id", "field", "value", "reason",
                    "outcome")) {
                for (Problem p : adoption.problems) {
                    out.row(p.table(), p.legacyId(), p.field(), p.value(), p.reason(), p.outcome());
                }
            }
            Map<String, Object> reconciliation = Reconciliation.run(c, snapshot, adoption);
            Map<String, String> files = new LinkedHashMap<>(outputs.written());
            files.put("problems", problemsFile.toString());
            String message = (preview ? "PREVIEW: nothing was changed. " : "") + "Adopted "
                    + adoption.people.size() + " contacts, " + adoption.subscriptions.size() + " subscriptions and "
                    + adoption.transactions.size() + " transactions from the legacy database; "
                    + adoption.problems.size() + " legacy values are listed as problems. "
                    + reconciliation.get("summary");
            BatchReport report = report(id, reader, snapshot, adoption, preview ? "previewed" : "applied", preview,
                    started, message, null, result, reconciliation, files, result.conflicts().size());
            if (preview) {
                c.rollback();
            } else {
                ledger.finish(c, report, report);
                c.commit();
            }
            outputs.close();
            LOG.info("Batch {} {}: {}", id, report.status(), message);
            return ledger.write(report);
        } catch (SQLException | RuntimeException e) {
            outputs.discard();
            problemsFile.toFile().delete();
            throw e;
        }
    }

    private static BatchReport report(long id, LegacyReader reader, LegacySnapshot snapshot, Adoption adoption,
            String status, boolean preview, Instant started, String message, Long duplicateOf,
            AdoptionWriter.Result result, Map<String, Object> reconciliation, Map<String, String> files,
            Integer duplicates) {
        boolean wrote = result != null;
        Map<String, Long> rows = new LinkedHashMap<>();
        rows.put("read", wrote ? (long) snapshot.rows("contacts").size() : 0L);
        rows.put("new", wrote ? (long) adoption.people.size() : 0L);
        rows.put("updated", 0L);
        rows.put("unchanged", 0L);
        rows.put("conflict", 0L);
        rows.put("rejected", 0L);
        rows.put("skipped", wrote ? adoption.softDeleted.getOrDefault("soft-deleted contacts", 0L) : 0L);
        Map<String, Long> fields = null;
        Map<String, Long> conflicts = null;
        Map<String, Long> consent = null;
        Map<String, Long> skipped = null;
        if (wrote) {
            fields = new LinkedHashMap<>(result.written());
            fields.put("problems", (long) adoption.problems.size());
            conflicts = Map.of("DUPLICATE", (long) duplicates);
            long observed = result.written().getOrDefault("consent_events", 0L);
            consent = new LinkedHashMap<>();
            consent.put("observed", observed);
            consent.put("applied", observed);
            consent.put("not_applied", 0L);
            skipped = new LinkedHashMap<>(adoption.softDeleted);
        }
        Instant finished = Instant.now();
        return new BatchReport(id, "adopt", "legacy", reader.kind(), null, status, preview, reader.describe(),
                snapshot.fingerprint(), started, finished, Duration.between(started, finished).toMillis(), message,
                duplicateOf, rows, fields, conflicts, consent, files, skipped, null, reconciliation, null);
    }

    private static Long appliedBefore(Connection c, String fingerprint) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement(Sql.load("adopt/applied-fingerprint"))) {
            ps.setString(1, fingerprint);
            try (ResultSet rs = ps.executeQuery()) {
                return rs.next() ? rs.getLong(1) : null;
            }
        }
    }

    private static long count(Connection c) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement(Sql.load("adopt/contacts-present"));
                ResultSet rs = ps.executeQuery()) {
            rs.next();
            return rs.getLong(1);
        }
    }
}
