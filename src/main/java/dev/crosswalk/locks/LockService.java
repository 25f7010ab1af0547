package dev.crosswalk.locks;

import dev.crosswalk.db.Sql;
import dev.crosswalk.model.LockLevel;
import dev.crosswalk.report.BatchReport;
import dev.crosswalk.report.CsvOut;
import dev.crosswalk.rollback.BatchKind;
import dev.crosswalk.rollback.Outcome;
import dev.crosswalk.rollback.UnitOfWork;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;

/**
 * {@code locks classify [--preview]}: classifies every contact as one batch of kind classify and reports the
 * lock-level distribution per source before and after ({@code <batch>-locks.csv}); a preview is rolled back.
 * {@code locks set}: a level set by a person, which classification never lowers; the values of the groups it closes
 * become the person's (docs/values.md).
 */
public final class LockService {

    private final UnitOfWork batches;
    private final LockClassifier classifier;

    public LockService(UnitOfWork batches, LockClassifier classifier) {
        this.batches = batches;
        this.classifier = classifier;
    }

    public BatchReport classify(boolean preview) throws SQLException {
        return batches.run(BatchKind.of("classify", "all contacts").preview(preview), batch -> {
            Connection c = batch.connection();
            List<LockClassifier.Share> before = LockClassifier.distribution(c);
            LockClassifier.Result result = classifier.classify(c, batch.id(), null);
            List<LockClassifier.Share> after = LockClassifier.distribution(c);
            Path file = batch.report("locks.csv");
            writeDistribution(file, before, after);
            Map<String, Long> rows = new LinkedHashMap<>();
            rows.put("read", result.contacts());
            rows.put("updated", result.raised() + result.lowered() + result.reasonUpdated());
            rows.put("unchanged", result.contacts() - rows.get("updated"));
            Map<String, Long> fields = new LinkedHashMap<>();
            fields.put("raised", result.raised());
            fields.put("lowered", result.lowered());
            fields.put("reason_updated", result.reasonUpdated());
            fields.put("held_as_set_by_a_person", result.held());
            String message = (preview ? "PREVIEW — nothing was changed. " : "") + result.contacts()
                    + " contacts classified: " + result.raised() + " raised, " + result.lowered() + " lowered, "
                    + result.held() + " kept at a level set by a person. Distribution per source: " + file;
            BatchReport report = new BatchReport(batch.id(), "classify", null, null, null,
                    preview ? "previewed" : "applied", preview, "all contacts", null, batch.started(), Instant.now(),
                    0, message, null, rows, fields, Map.of(), null, batch.files(Map.of("locks", file)));
            return Outcome.finished(report, Map.of("before", LockClassifier.bySource(before),
                    "after", LockClassifier.bySource(after)));
        }).orElseThrow();
    }

    /** Returns false when there is no such (undeleted) contact. */
    public boolean set(long contact, LockLevel level, String by) throws SQLException {
        return batches.run(BatchKind.of("locks", "locks set " + contact), batch -> {
            Connection c = batch.connection();
            String reason = "person: " + by + " on " + LocalDate.now();
            long found;
            try (PreparedStatement ps = c.prepareStatement(Sql.load("locks/set-level"))) {
                ps.setLong(1, contact);
                ps.setString(2, level.name());
                ps.setString(3, reason);
                ps.setLong(4, batch.id());
                try (ResultSet rs = ps.executeQuery()) {
                    rs.next();
                    found = rs.getLong(1);
                }
            }
            if (found == 0) {
                return Outcome.nothing();
            }
            try (PreparedStatement ps = c.prepareStatement(Sql.load("locks/hold-values"))) {
                ps.setLong(1, contact);
                ps.setString(2, level.name());
                ps.setString(3, reason);
                ps.setLong(4, batch.id());
                ps.execute();
            }
            Map<String, Long> rows = new LinkedHashMap<>();
            rows.put("read", 1L);
            rows.put("updated", 1L);
            return Outcome.finished(batch.report("applied", "Contact " + contact + " set to " + level + " by " + by
                    + ".", rows, null, Map.of(), batch.files(Map.of())),
                    Map.of("contact", contact, "lock_level", level.name(), "by", by));
        }).isPresent();
    }

    private static void writeDistribution(Path file, List<LockClassifier.Share> before,
            List<LockClassifier.Share> after) {
        Map<String, Map<String, Long>> b = LockClassifier.bySource(before);
        Map<String, Map<String, Long>> a = LockClassifier.bySource(after);
        TreeSet<String> sources = new TreeSet<>(b.keySet());
        sources.addAll(a.keySet());
        try (CsvOut out = new CsvOut(file, "source_system", "lock_level", "before", "after")) {
            for (String source : sources) {
                for (LockLevel level : LockLevel.values()) {
                    long was = b.getOrDefault(source, Map.of()).getOrDefault(level.name(), 0L);
                    long now = a.getOrDefault(source, Map.of()).getOrDefault(level.name(), 0L);
                    if (was != 0 || now != 0) {
                        out.row(source, level.name(), was, now);
                    }
                }
            }
        }
    }
}
