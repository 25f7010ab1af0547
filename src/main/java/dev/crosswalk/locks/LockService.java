package dev.crosswalk.locks;

import dev.crosswalk.db.Sql;
import dev.crosswalk.model.LockLevel;
import dev.crosswalk.report.BatchReport;
import dev.crosswalk.report.CsvOut;
import dev.crosswalk.rollback.BatchLedger;
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
import javax.sql.DataSource;

/**
 * {@code locks classify [--preview]}: classifies every contact as one batch of kind classify and reports the
 * lock-level distribution per source before and after ({@code <batch>-locks.csv}); a preview is rolled back.
 * {@code locks set}: a level set by a person, which classification never lowers; the values of the groups it closes
 * become the person's (docs/values.md).
 */
public final class LockService {

    private final DataSource dataSource;
    private final BatchLedger ledger;
    private final LockClassifier classifier;

    public LockService(DataSource dataSource, BatchLedger ledger, LockClassifier classifier) {
        this.dataSource = dataSource;
        this.ledger = ledger;
        this.classifier = classifier;
    }

    public BatchReport classify(boolean preview) throws SQLException {
        Instant started = Instant.now();
        try (Connection c = dataSource.getConnection()) {
            c.setAutoCommit(false);
            try {
                long batch = BatchLedger.newId(c);
                BatchLedger.start(c, batch, "classify", null, "all contacts");
                List<LockClassifier.Share> before = LockClassifier.distribution(c);
                LockClassifier.Result result = classifier.classify(c, batch, null);
                List<LockClassifier.Share> after = LockClassifier.distribution(c);
                Path file = ledger.report(batch, "locks.csv");
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
                BatchReport report = new BatchReport(batch, "classify", null, null, null,
                        preview ? "previewed" : "applied", preview, "all contacts", null, started, Instant.now(), 0,
                        message, null, rows, fields, Map.of(), null, ledger.files(batch, Map.of("locks", file)));
                if (preview) {
                    c.rollback();
                } else {
                    ledger.finish(c, report, Map.of("before", LockClassifier.bySource(before),
                            "after", LockClassifier.bySource(after)));
                    c.commit();
                }
                return ledger.write(report);
            } catch (SQLException | RuntimeException e) {
                c.rollback();
                throw e;
            }
        }
    }

    /** Returns false when there is no such (undeleted) contact. */
    public boolean set(long contact, LockLevel level, String by) throws SQLException {
        try (Connection c = dataSource.getConnection()) {
            c.setAutoCommit(false);
            long batch = BatchLedger.newId(c);
            BatchLedger.start(c, batch, "locks", null, "locks set " + contact);
            String reason = "person: " + by + " on " + LocalDate.now();
            long found;
            try (PreparedStatement ps = c.prepareStatement(Sql.load("locks/set-level"))) {
                ps.setLong(1, contact);
                ps.setString(2, level.name());
                ps.setString(3, reason);
                ps.setLong(4, batch);
                try (ResultSet rs = ps.executeQuery()) {
                    rs.next();
                    found = rs.getLong(1);
                }
            }
            if (found == 0) {
                c.rollback();
                return false;
            }
            try (PreparedStatement ps = c.prepareStatement(Sql.load("locks/hold-values"))) {
                ps.setLong(1, contact);
                ps.setString(2, level.name());
                ps.setString(3, reason);
                ps.setLong(4, batch);
                ps.executeUpdate();
            }
            Map<String, Long> rows = new LinkedHashMap<>();
            rows.put("read", 1L);
            rows.put("updated", 1L);
            BatchReport report = BatchLedger.report(batch, "locks", "applied", "locks set " + contact,
                    Instant.now(), "Contact " + contact + " set to " + level + " by " + by + ".", rows, null,
                    Map.of(), ledger.files(batch, Map.of()));
            ledger.finish(c, report, Map.of("contact", contact, "lock_level", level.name(), "by", by));
            c.commit();
            ledger.write(report);
            return true;
        }
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
