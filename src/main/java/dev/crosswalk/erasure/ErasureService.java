package dev.crosswalk.erasure;

import dev.crosswalk.db.Sql;
import dev.crosswalk.report.BatchReport;
import dev.crosswalk.report.CsvOut;
import dev.crosswalk.report.OwnerOnly;
import dev.crosswalk.rollback.BatchKind;
import dev.crosswalk.rollback.BatchLedger;
import dev.crosswalk.rollback.OpenBatch;
import dev.crosswalk.rollback.Outcome;
import dev.crosswalk.rollback.UnitOfWork;
import java.nio.file.Path;
import java.sql.Array;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Types;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicReference;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * {@code forget}: erases one person on request as one batch of kind erasure, in one transaction. Their contacts
 * become anonymous stubs that keep their money records; their emails, ids, tags, products, the history and
 * conflicts that spell them, their merge snapshots and the addresses of their consent history go; tombstones keep
 * them from coming back. After the commit the outbox files naming them are rewritten. The report names the person
 * only as "contact N" and counts; a preview changes nothing and lists what would go.
 */
public final class ErasureService {

    private static final Logger LOG = LoggerFactory.getLogger(ErasureService.class);

    /** The outcome: a report when the person was found, else why not (exit 2). */
    public record Result(BatchReport report, String refusal) {
    }

    private final UnitOfWork batches;
    private final Tombstones tombstones;
    private final OutboxScrubber outbox;
    private final OwnerOnly ownerOnly;

    /** @param outbox the outbox folder whose files are rewritten without the person */
    public ErasureService(UnitOfWork batches, ErasureKey key, Path outbox, OwnerOnly ownerOnly) {
        this.batches = batches;
        this.tombstones = new Tombstones(key);
        this.ownerOnly = ownerOnly;
        this.outbox = new OutboxScrubber(outbox, ownerOnly);
    }

    public Result forget(String target, String by, String reason, boolean preview) throws SQLException {
        AtomicReference<String> refusal = new AtomicReference<>();
        // no import runs meanwhile: none can give the person's email back before the tombstones commit
        Optional<BatchReport> report = batches.run(BatchKind.of("erasure", null).alone().preview(preview),
                batch -> {
                    PersonFinder.Found found = new PersonFinder().find(batch.connection(), target);
                    if (found.person() == null) {
                        refusal.set(found.refusal());
                        return Outcome.nothing();
                    }
                    Person person = found.person();
                    batch.describe("contact " + person.contact());
                    Map<String, Long> fields = erase(batch, person, by, reason);
                    List<String> files = outbox.scrub(person, true);
                    fields.put("outbox_files", (long) files.size());
                    return Outcome.finished(report(batch, person, preview, fields, files), Map.of("contacts",
                            person.contacts(), "by", by, "reason", reason == null ? "" : reason, "outbox_files",
                            files)).then(() -> {
                                outbox.scrub(person, false);
                                LOG.info("Batch {}: contact {} erased on request by {}", batch.id(),
                                        person.contact(), by);
                            });
                });
        return new Result(report.orElse(null), refusal.get());
    }

    /** The erasure inside the transaction; returns what it removed and kept, by kind. */
    private Map<String, Long> erase(OpenBatch batch, Person person, String by, String reason)
            throws SQLException {
        Connection c = batch.connection();
        Array ids = c.createArrayOf("bigint", person.contacts().toArray());
        Array emails = c.createArrayOf("text", person.emails().toArray());
        Map<String, Long> fields = new LinkedHashMap<>();
        try (PreparedStatement ps = c.prepareStatement(Sql.load("erasure/counts"))) {
            ps.setArray(1, ids);
            try (ResultSet rs = ps.executeQuery()) {
                rs.next();
                for (String column : new String[] {"emails", "identities", "tags", "products"}) {
                    fields.put(column + "_removed", rs.getLong(column));
                }
                fields.put("transactions_kept", rs.getLong("transactions_kept"));
                fields.put("subscriptions_kept", rs.getLong("subscriptions_kept"));
            }
        }
        fields.put("audit_rows_removed", update(c, "erasure/scrub-audit", ids, emails));
        fields.put("conflicts_cleared", update(c, "erasure/scrub-conflicts", ids, emails, by));
        fields.put("consent_addresses_removed", update(c, "erasure/scrub-consent", ids, emails));
        try (PreparedStatement ps = c.prepareStatement(Sql.load("erasure/delete-links"))) {
            ps.setArray(1, ids);
            ps.executeQuery().close();
        }
        update(c, "erasure/stub", ids, by, reason);
        fields.put("merge_snapshots_cleared", update(c, "erasure/scrub-merges", ids));
        fields.put("batch_records_cleared", batch.redactRecords(person.emails(),
                text -> OutboxScrubber.redact(text, person)));
        fields.put("tombstones_added", tombstones.record(c, batch.id(), person.emails(), person.identities()));
        return fields;
    }

    private static long update(Connection c, String sql, Object... parameters) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement(Sql.load(sql))) {
            for (int i = 0; i < parameters.length; i++) {
                if (parameters[i] == null) {
                    ps.setNull(i + 1, Types.VARCHAR);
                } else {
                    ps.setObject(i + 1, parameters[i]);
                }
            }
            return ps.executeUpdate();
        }
    }

    private BatchReport report(OpenBatch batch, Person person, boolean preview, Map<String, Long> fields,
            List<String> files) {
        Path list = batch.report("erasure-files.csv");
        try (CsvOut out = new CsvOut(list, "outbox_file")) {
            files.forEach(out::row);
        }
        ownerOnly.file(list);
        Map<String, Long> rows = new LinkedHashMap<>();
        rows.put("read", (long) person.contacts().size());
        rows.put("updated", (long) person.contacts().size());
        String message = (preview ? "PREVIEW — nothing was erased. " : "") + "Contact " + person.contact()
                + (person.contacts().size() > 1 ? " (with the contacts merged into it or with it: "
                        + person.contacts().subList(1, person.contacts().size()) + ")" : "")
                + (preview ? " would be" : " was") + " erased on request: " + fields.get("emails_removed")
                + " emails, " + fields.get("identities_removed") + " source ids, " + fields.get("audit_rows_removed")
                + " history rows; " + fields.get("transactions_kept") + " transactions and "
                + fields.get("subscriptions_kept") + " subscriptions kept on the anonymous contact. Outbox files "
                + (preview ? "to rewrite" : "rewritten") + " (" + files.size() + "): "
                + (files.isEmpty() ? "none" : String.join(", ", files)) + ".";
        return BatchLedger.report(batch.id(), "erasure", preview ? "previewed" : "applied",
                "contact " + person.contact(), batch.started(), message, rows, fields, Map.of(),
                batch.files(Map.of("outbox_files", list)));
    }
}
