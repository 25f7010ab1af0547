package dev.crosswalk.retention;

import dev.crosswalk.db.Sql;
import dev.crosswalk.report.BatchReport;
import dev.crosswalk.report.CsvOut;
import dev.crosswalk.rollback.BatchLedger;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import javax.sql.DataSource;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * {@code retention [--preview]}: applies the {@code crosswalk.retention.*} settings as one batch of kind retention:
 * records deleted or anonymised in one transaction, then the files deleted. The report counts per rule and lists
 * every file and record in {@code <batch>-retention.csv}; a preview lists the same and changes nothing.
 */
public final class RetentionService {

    private static final Logger LOG = LoggerFactory.getLogger(RetentionService.class);

    private final DataSource dataSource;
    private final Path outbox;
    private final BatchLedger ledger;
    private final List<RetentionRule> rules;

    /** @param outbox the outbox folder whose old files the rules delete */
    public RetentionService(DataSource dataSource, BatchLedger ledger, List<RetentionRule> rules, Path outbox) {
        this.dataSource = dataSource;
        this.outbox = outbox;
        this.ledger = ledger;
        this.rules = rules;
    }

    /** What is due now, for the audit. */
    public RetentionPlan plan(Connection c) throws SQLException {
        return RetentionPlan.of(c, outbox, rules, Instant.now());
    }

    public BatchReport run(boolean preview) throws SQLException {
        Instant started = Instant.now();
        RetentionPlan plan;
        BatchReport report;
        try (Connection c = dataSource.getConnection()) {
            c.setAutoCommit(false);
            try {
                long batch = BatchLedger.newId(c);
                BatchLedger.start(c, batch, "retention", null, "retention settings");
                plan = RetentionPlan.of(c, outbox, rules, started);
                if (!preview) {
                    for (Map.Entry<RetentionRule, List<String>> e : plan.due().entrySet()) {
                        removeRecords(c, e.getKey(), e.getValue());
                    }
                }
                report = report(batch, plan, preview, started);
                if (preview) {
                    c.rollback();
                } else {
                    ledger.finish(c, report, details(plan));
                    c.commit();
                }
            } catch (SQLException | RuntimeException e) {
                c.rollback();
                throw e;
            }
        }
        if (!preview) {
            deleteFiles(plan);
            LOG.info("Batch {}: retention removed {}", report.batch(), plan.lines());
        }
        return ledger.write(report);
    }

    private static void removeRecords(Connection c, RetentionRule rule, List<String> ids) throws SQLException {
        if (rule.item().folder() != null || ids.isEmpty()) {
            return;
        }
        String how = rule.item() == RetentionRule.Item.AUDIT_VALUES ? "clear" : rule.action();
        try (PreparedStatement ps = c.prepareStatement(Sql.load("retention/" + rule.item().key() + "-" + how))) {
            ps.setArray(1, c.createArrayOf("bigint", ids.stream().map(Long::valueOf).toArray()));
            ps.executeUpdate();
        }
    }

    private void deleteFiles(RetentionPlan plan) {
        plan.due().forEach((rule, paths) -> {
            if (rule.item().folder() != null) {
                for (String path : paths) {
                    try {
                        Files.deleteIfExists(outbox.resolve(path));
                    } catch (IOException e) {
                        throw new UncheckedIOException("cannot delete " + path, e);
                    }
                }
            }
        });
    }

    private BatchReport report(long batch, RetentionPlan plan, boolean preview, Instant started) {
        Path list = ledger.report(batch, "retention.csv");
        try (CsvOut out = new CsvOut(list, "setting", "kept_for", "action", "what")) {
            plan.due().forEach((rule, items) -> items.forEach(item -> out.row("crosswalk.retention."
                    + rule.item().key(), rule.keepText(), action(rule), rule.item().folder() != null ? item
                    : table(rule) + " " + item)));
        }
        Map<String, Long> rows = new LinkedHashMap<>();
        rows.put("read", plan.count());
        rows.put("updated", plan.count());
        Map<String, Long> fields = new LinkedHashMap<>();
        plan.due().forEach((rule, items) -> fields.put(rule.item().key(), (long) items.size()));
        String message = (preview ? "PREVIEW — nothing was removed. " : "")
                + (rules.isEmpty() ? "No retention setting is on (crosswalk.retention.*): nothing is due."
                : plan.count() == 0 ? "Nothing is beyond retention."
                : (preview ? "Beyond retention: " : "Removed: ") + String.join("; ", plan.lines()) + ".")
                + " Every item: " + list;
        return BatchLedger.report(batch, "retention", preview ? "previewed" : "applied", "retention settings",
                started, message, rows, fields, Map.of(), ledger.files(batch, Map.of("retention", list)));
    }

    private static String action(RetentionRule rule) {
        return rule.item().folder() != null ? "delete file"
                : rule.item() == RetentionRule.Item.AUDIT_VALUES ? "clear values" : rule.action();
    }

    private static String table(RetentionRule rule) {
        return switch (rule.item()) {
            case SUBSCRIPTIONS_ENDED -> "subscription";
            case TRANSACTIONS_FAILED -> "transaction";
            default -> "batch";
        };
    }

    private static Map<String, Object> details(RetentionPlan plan) {
        Map<String, Object> details = new LinkedHashMap<>();
        plan.due().forEach((rule, items) -> details.put(rule.item().key(), items));
        return details;
    }
}
