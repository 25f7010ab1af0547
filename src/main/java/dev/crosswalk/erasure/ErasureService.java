package dev.crosswalk.erasure;

import dev.crosswalk.db.Sql;
import dev.crosswalk.report.BatchReport;
import dev.crosswalk.report.CsvOut;
import dev.crosswalk.report.OwnerOnly;
import dev.crosswalk.rollback.BatchLedger;
import java.nio.file.Path;
import java.sql.Array;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Types;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import javax.sql.DataSource;
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

    private final DataSource dataSource;
    private final BatchLedger ledger;
    private final Tombstones tombstones;
    private final OutboxScrubber outbox;
    private final OwnerOnly ownerOnly;

    /** @param outbox the outbox folder whose files are rewritten without the person */
    public ErasureService(DataSource dataSource, BatchLedger ledger, ErasureKey key, Path outbox, OwnerOnly ownerOnly) {
        this.dataSource = dataSource;
        this.ledger = ledger;
        this.tombstones = new Tombstones(key);
        this.ownerOnly = ownerOnly;
        this.outbox = new OutboxScrubber(outbox, ownerOnly);
    }

    public Result forget(String target, String by, String reason, boolean preview) throws SQLException {
        Instant started = Instant.now();
        Person person;
        BatchReport report;
        try (Connection c = dataSource.getConnection()) {
            c.setAutoCommit(false);
            try {
                // no import runs meanwhile: none can give the person's email back before the tombstones commit
                try (PreparedStatement ps = c.prepareStatement(Sql.load("batch/lock"))) {
                    ps.execute();
                }
                PersonFinder.Found found = new PersonFinder().find(c, target);
                if (found.person() == null) {
                    c.rollback();
                    return new Result(null, found.refusal());
                }
                person = found.person();
                long batch = BatchLedger.newId(c);
                BatchLedger.start(c, batch, "erasure", null, "contact " + person.contact());
                Map<String, Long> fields = erase(c, batch, person, by, reason);
                List<String> files = outbox.scrub(person, true);
                fields.put("outbox_files", (long) files.size());
                report = report(batch, person, preview, started, fields, files);
                if (preview) {
                    c.rollback();
                } else {
                    ledger.finish(c, report, Map.of("contacts", person.contacts(), "by", by,
                            "reason", reason == null ? "" : reason, "outbox_files", files));
                    c.commit();
                }
            } catch (SQLException | RuntimeException e) {
                c.rollback();
                throw e;
            }
        }
        if (!preview) {
            outbox.scrub(person, false);
            LOG.info("Batch {}: contact {} erased on request by {}", report.batch(), person.contact(), by);
        }
        ownerOnly.file(Path.of(report.files().get("outbox_files")));
        return new Result(ledger.write(report), null);
    }

    /** The erasure inside the transaction; returns what it removed and kept, by kind. */
    private Map<String, Long> erase(Connection c, long batch, Person person, String by, String reason)
            throws SQLException {
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
        fields.put("batch_records_cleared", new BatchRecords(c).scrub(person));
        fields.put("tombstones_added", tombstones.record(c, batch, person.emails(), person.identities()));
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

    private BatchReport report(long batch, Person person, boolean preview, Instant started, Map<String, Long> fields,
            List<String> files) {
        Path list = ledger.report(batch, "erasure-files.csv");
        try (CsvOut out = new CsvOut(list, "outbox_file")) {
            files.forEach(out::row);
        }
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
        return BatchLedger.report(batch, "erasure", preview ? "previewed" : "applied",
                "contact " + person.contact(), started, message, rows, fields, Map.of(),
                ledger.files(batch, Map.of("outbox_files", list)));
    }
}
