package dev.crosswalk.retention;

import dev.crosswalk.db.Sql;
import dev.crosswalk.report.BatchReport;
import dev.crosswalk.report.CsvOut;
import dev.crosswalk.rollback.BatchKind;
import dev.crosswalk.rollback.OpenBatch;
import dev.crosswalk.rollback.Outcome;
import dev.crosswalk.rollback.UnitOfWork;
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
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * {@code retention [--preview]}: applies the {@code crosswalk.retention.*} settings as one batch of kind retention:
 * records deleted or anonymised in one transaction, then the files deleted. The report counts per rule and lists
 * every file and record in {@code <batch>-retention.csv}; a preview lists the same and changes nothing.
 */
public final class RetentionService {

    private static final Logger LOG = LoggerFactory.getLogger(RetentionService.class);

    private final Path outbox;
    private final UnitOfWork batches;
    private final List<RetentionRule> rules;

    /** @param outbox the outbox folder whose old files the rules delete */
    public RetentionService(UnitOfWork batches, List<RetentionRule> rules, Path outbox) {
        this.outbox = outbox;
        this.batches = batches;
        this.rules = rules;
    }

    /** What is due now, for the audit. */
    public RetentionPlan plan(Connection c) throws SQLException {
        return RetentionPlan.of(c, outbox, rules, Instant.now());
    }

    public BatchReport run(boolean preview) throws SQLException {
        return batches.run(BatchKind.of("retention", "retention settings").preview(preview), batch -> {
            RetentionPlan plan = RetentionPlan.of(batch.connection(), outbox, rules, batch.started());
            if (!preview) {
                for (Map.Entry<RetentionRule, List<String>> e : plan.due().entrySet()) {
                    removeRecords(batch, e.getKey(), e.getValue());
                }
            }
            BatchReport report = report(batch, plan, preview);
            return Outcome.finished(report, details(plan)).then(() -> {
                deleteFiles(plan);
                LOG.info("Batch {}: retention removed {}", report.batch(), plan.lines());
            });
        }).orElseThrow();
    }

    private static void removeRecords(OpenBatch batch, RetentionRule rule, List<String> ids) throws SQLException {
        if (rule.item().folder() != null || ids.isEmpty()) {
            return;
        }
        boolean values = rule.item() == RetentionRule.Item.AUDIT_VALUES;
        Connection c = batch.connection();
        try (PreparedStatement ps = c.prepareStatement(Sql.load("retention/" + rule.item().key() + "-"
                + (values ? "clear" : rule.action())))) {
            ps.setArray(1, c.createArrayOf("bigint", ids.stream().map(Long::valueOf).toArray()));
            ps.executeUpdate();
        }
        if (values) {
            batch.valuesExpired(ids.stream().map(Long::valueOf).toList());
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

    private BatchReport report(OpenBatch batch, RetentionPlan plan, boolean preview) {
        Path list = batch.report("retention.csv");
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
        return batch.report(preview ? "previewed" : "applied", message, rows, fields, Map.of(),
                batch.files(Map.of("retention", list)));
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
