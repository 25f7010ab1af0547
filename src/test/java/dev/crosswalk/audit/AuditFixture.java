package dev.crosswalk.audit;

import dev.crosswalk.report.BatchReport;
import dev.crosswalk.support.CsvFixture;
import dev.crosswalk.support.KajabiPeople;
import dev.crosswalk.support.TestCrosswalk;
import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * A database with known content for the audit: a Kajabi people export and both consent segments through the real
 * pipeline, then what no source on this branch imports yet (a PayPal contact, enrichment links, subscriptions,
 * transactions, merges) inserted with SQL. Every expected number of the audit tests follows from this.
 */
final class AuditFixture {

    static final Instant SUBSCRIBED_AT = Instant.parse("2025-11-01T10:00:00Z");
    static final Instant UNSUBSCRIBED_AT = Instant.parse("2025-11-10T10:00:00Z");

    final BatchReport people;
    final BatchReport subscribed;
    final BatchReport unsubscribed;

    private AuditFixture(BatchReport people, BatchReport subscribed, BatchReport unsubscribed) {
        this.people = people;
        this.subscribed = subscribed;
        this.unsubscribed = unsubscribed;
    }

    static AuditFixture load(TestCrosswalk crosswalk, Path dir) throws Exception {
        Map<String, String> ann = KajabiPeople.person("1", "Ann", "Lee", "ann@example.com");
        ann.put("Phone Number (phone_number)", "+1 555 0100");
        Map<String, String> annAgain = KajabiPeople.person("4", "Ann", "Lee", "ann.lee@work.example");
        annAgain.put("Phone Number (phone_number)", "+1 (555) 0100");
        Path people = new KajabiPeople().person(ann).person(KajabiPeople.person("2", "Bob", "Ray", "bob@example.com"))
                .person(KajabiPeople.person("3", "Cy", "Dee", "cy@example.com")).person(annAgain)
                .write(dir.resolve("people.csv"));
        BatchReport peopleReport = crosswalk.importFile(people, "kajabi");
        BatchReport sub = crosswalk.importFile(segment(dir.resolve("sub.csv"), SUBSCRIBED_AT, "ann@example.com",
                "bob@example.com"), "kajabi-subscribed");
        BatchReport unsub = crosswalk.importFile(segment(dir.resolve("unsub.csv"), UNSUBSCRIBED_AT,
                "ann@example.com"), "kajabi-unsubscribed");
        try (Connection c = crosswalk.dataSource().getConnection(); Statement st = c.createStatement()) {
            st.execute(String.join("\n",
                "insert into contacts (email, first_name, last_name, source_system, lock_level, email_subscribed)",
                "  values ('pat@pay.example', 'Pat', 'Payer', 'paypal', 'FULL_LOCK', true);",
                "insert into contacts (email, first_name, last_name, source_system, deleted_at)",
                "  values ('del@example.com', 'Del', 'Gone', 'kajabi', now());",
                "insert into contact_emails (contact_id, email, display, kind, source)",
                "  select id, 'pat.alt@pay.example', 'pat.alt@pay.example', 'paypal', 'paypal' from contacts",
                "  where email = 'pat@pay.example';",
                "insert into contact_emails (contact_id, email, display, kind, source)",
                "  select id, 'cy.other@example.com', 'cy.other@example.com', 'additional', 'kajabi' from contacts",
                "  where email = 'cy@example.com';",
                "insert into contact_identities (contact_id, source, external_id)",
                "  select id, 'zoho', 'zcrm_1' from contacts where email = 'bob@example.com';",
                "update contacts set lock_level = 'PARTIAL_LOCK' where email = 'cy@example.com';",
                "insert into subscriptions (contact_id, source, external_id, offer_title, amount, currency, interval,",
                "    status, started_at, canceled_at, missing_since) values",
                "  ((select id from contacts where email = 'ann@example.com'), 'kajabi', 'sub-1', 'Monthly', 100.00,",
                "    'USD', 'Month', 'Active', '2025-01-15', null, null),",
                "  ((select id from contacts where email = 'ann@example.com'), 'kajabi', 'sub-2', 'Yearly', 240.00,",
                "    'USD', 'Year', 'active', '2025-03-01', null, null),",
                "  ((select id from contacts where email = 'bob@example.com'), 'kajabi', 'sub-3', 'Monthly', 50.00,",
                "    'USD', 'Month', 'Canceled', '2025-01-01', '2025-02-20', '2025-06-01T00:00:00Z'),",
                "  ((select id from contacts where email = 'cy@example.com'), 'kajabi', 'sub-4', 'Euro', 30.00,",
                "    'EUR', 'Month', 'Active', '2025-02-01', null, '2025-06-01T00:00:00Z'),",
                "  (null, 'paypal', 'I-ORPHAN', null, 10.00, 'USD', 'Month', 'Active', null, null, null);",
                "insert into transactions (contact_id, source, external_id, type, status, amount, currency,",
                "    occurred_at, subscription_id) values",
                "  ((select id from contacts where email = 'ann@example.com'), 'kajabi', 'tx-1', 'subscription',",
                "    'succeeded', 100.00, 'USD', '2025-01-15T10:00:00Z', (select id from subscriptions where external_id = 'sub-1')),",
                "  ((select id from contacts where email = 'ann@example.com'), 'kajabi', 'tx-2', 'subscription',",
                "    'succeeded', 100.00, 'USD', '2025-02-15T10:00:00Z', (select id from subscriptions where external_id = 'sub-1')),",
                "  ((select id from contacts where email = 'ann@example.com'), 'kajabi', 'tx-3', 'refund',",
                "    'succeeded', -100.00, 'USD', '2025-02-20T10:00:00Z', (select id from subscriptions where external_id = 'sub-1')),",
                "  ((select id from contacts where email = 'bob@example.com'), 'kajabi', 'tx-4', 'subscription',",
                "    'failed', 50.00, 'USD', '2025-01-01T10:00:00Z', (select id from subscriptions where external_id = 'sub-3')),",
                "  ((select id from contacts where email = 'ann@example.com'), 'kajabi', 'tx-5', 'subscription',",
                "    'succeeded', 100.00, 'USD', now() - interval '5 days', (select id from subscriptions where external_id = 'sub-1')),",
                "  ((select id from contacts where email = 'ann@example.com'), 'kajabi', 'tx-6', 'subscription',",
                "    'succeeded', 240.00, 'USD', now() - interval '30 days', (select id from subscriptions where external_id = 'sub-2')),",
                "  (null, 'paypal', 'tx-7', 'Subscription Payment', 'Completed', 20.00, 'USD', '2025-01-10T10:00:00Z', null),",
                "  ((select id from contacts where email = 'del@example.com'), 'paypal', 'tx-8', 'Website Payment',",
                "    'Completed', 15.00, 'USD', '2025-01-12T10:00:00Z', null);",
                "insert into contact_merges (kept_contact_id, merged_contact_id, kept_snapshot, merged_snapshot,",
                "    merged_at, undone_at)",
                "  select k.id, m.id, '{}', '{}', '2025-05-01T12:00:00Z', null from contacts k, contacts m",
                "  where k.email = 'ann@example.com' and m.email = 'del@example.com';",
                "insert into contact_merges (kept_contact_id, merged_contact_id, kept_snapshot, merged_snapshot,",
                "    merged_at, undone_at)",
                "  select k.id, m.id, '{}', '{}', '2025-05-01T13:00:00Z', '2025-05-02T09:00:00Z' from contacts k,",
                "  contacts m where k.email = 'bob@example.com' and m.email = 'del@example.com';"));
        }
        return new AuditFixture(peopleReport, sub, unsub);
    }

    private static Path segment(Path file, Instant exportedAt, String... emails) throws Exception {
        CsvFixture csv = new CsvFixture(List.of("Name", "First Name", "Last Name", "Email", "Created At",
                "Member Created At"));
        for (String email : emails) {
            csv.row(List.of("", "", "", email, "2024-05-06 18:01:32 -0700", ""));
        }
        csv.write(file);
        Files.setLastModifiedTime(file, FileTime.from(exportedAt));
        return file;
    }

    /** Rows as text, so expected values read plainly: numbers without trailing zeros, instants in ISO form. */
    static List<Map<String, String>> text(List<Map<String, Object>> rows) {
        List<Map<String, String>> out = new ArrayList<>();
        for (Map<String, Object> row : rows) {
            Map<String, String> r = new LinkedHashMap<>();
            row.forEach((k, v) -> r.put(k, text(v)));
            out.add(r);
        }
        return out;
    }

    static String text(Object v) {
        if (v == null) {
            return null;
        }
        if (v instanceof Number n) {
            return new BigDecimal(n.toString()).stripTrailingZeros().toPlainString();
        }
        if (v instanceof Timestamp t) {
            return t.toInstant().toString();
        }
        return v.toString();
    }

    /** An expected row: alternating column names and values. */
    static Map<String, String> row(String... columnsAndValues) {
        Map<String, String> r = new LinkedHashMap<>();
        for (int i = 0; i < columnsAndValues.length; i += 2) {
            r.put(columnsAndValues[i], columnsAndValues[i + 1]);
        }
        return r;
    }

    static long id(TestCrosswalk crosswalk, String email) throws SQLException {
        return crosswalk.count("select id from contacts where email = '" + email + "'");
    }
}
