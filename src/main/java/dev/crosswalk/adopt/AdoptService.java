package dev.crosswalk.adopt;

import dev.crosswalk.adopt.Adoption.Problem;
import dev.crosswalk.db.Sql;
import dev.crosswalk.report.BatchReport;
import dev.crosswalk.report.CsvOut;
import dev.crosswalk.report.NamedConflicts;
import dev.crosswalk.report.OutputFiles;
import dev.crosswalk.rollback.BatchKind;
import dev.crosswalk.rollback.OpenBatch;
import dev.crosswalk.rollback.Outcome;
import dev.crosswalk.rollback.UnitOfWork;
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

    private final UnitOfWork batches;

    public AdoptService(UnitOfWork batches) {
        this.batches = batches;
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
        BatchKind kind = BatchKind.of("adopt", reader.describe()).file("legacy", reader.kind(), null,
                snapshot.fingerprint()).alone().preview(preview);
        BatchReport report = batches.run(kind, batch -> {
            Connection c = batch.connection();
            Long applied = preview ? null : appliedBefore(c, snapshot.fingerprint());
            long present = count(c);
            if (applied != null || present > 0) {
                String message = applied != null ? "This legacy snapshot (same fingerprint) was already adopted "
                        + "as batch " + applied + ": nothing was changed."
                        : "Crosswalk already holds " + present + " contacts: adopt fills an empty database. "
                                + "Nothing was changed (roll back the batches that wrote them, or adopt into a "
                                + "new database).";
                return Outcome.refused(report(batch.id(), reader, snapshot, adoption, applied != null ? "duplicate"
                        : "refused", preview, started, message, applied, null, null,
                        batch.files(Map.of()), null));
            }
            return write(batch, reader, snapshot, adoption, started);
        }).orElseThrow();
        if ("applied".equals(report.status()) || "previewed".equals(report.status())) {
            LOG.info("Batch {} {}: {}", report.batch(), report.status(), report.message());
        }
        return report;
    }

    private static Outcome write(OpenBatch batch, LegacyReader reader, LegacySnapshot snapshot, Adoption adoption,
            Instant started) throws SQLException {
        Connection c = batch.connection();
        long id = batch.id();
        boolean preview = batch.preview();
        OutputFiles outputs = batch.outputs();
        Path problemsFile = batch.report("adopt-problems.csv");
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
        return Outcome.finished(report, report);
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
