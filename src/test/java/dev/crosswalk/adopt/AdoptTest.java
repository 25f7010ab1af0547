package dev.crosswalk.adopt;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.crosswalk.config.CrosswalkSettings;
import dev.crosswalk.report.BatchReport;
import dev.crosswalk.service.CompositionRoot;
import dev.crosswalk.support.ImportTestBase;
import dev.crosswalk.support.LegacyDatabase;
import dev.crosswalk.support.TestCrosswalk;
import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code adopt} of a database in the legacy schema (the fixture in legacy/*.sql), live and from its dump. */
class AdoptTest extends ImportTestBase {

    private static final String ANN = legacy(1);
    private static final String BOB = legacy(2);
    private static final String CARA = legacy(3);
    private static final String DAN = legacy(4);
    private static final String EVE = legacy(5);
    private static final String FINN = legacy(6);
    private static final String GAIL = legacy(7);
    private static final String IVY = legacy(9);
    private static final String JAY = legacy(10);
    private static final String KIM = legacy(11);
    private static final String LEE = legacy(12);

    private String legacyUrl;

    @BeforeEach
    void legacyDatabase() throws Exception {
        legacyUrl = LegacyDatabase.create();
    }

    private static String legacy(int n) {
        return String.format("aaaaaaaa-0000-4000-8000-0000000000%02d", n);
    }

    private BatchReport adopt(TestCrosswalk into, LegacyReader reader, boolean preview) throws Exception {
        try (reader) {
            return CompositionRoot.on(CrosswalkSettings.load(Map.of("crosswalk.home", into.home().toString())), into.dataSource()).adoption().adopt(reader, preview);
        }
    }

    private BatchReport adoptLive(boolean preview) throws Exception {
        return adopt(crosswalk, new LiveLegacyReader(legacyUrl, "postgres", null), preview);
    }

    private Map<String, Object> contact(String legacyId) throws Exception {
        List<Map<String, Object>> rows = crosswalk.rows("select c.* from contacts c join contact_identities i "
                + "on i.contact_id = c.id and i.source = 'legacy' and i.external_id = '" + legacyId + "'");
        return rows.isEmpty() ? null : rows.get(0);
    }

    private long id(String legacyId) throws Exception {
        return (Long) contact(legacyId).get("id");
    }

    private List<String> strings(String sql) throws Exception {
        return crosswalk.rows(sql).stream().map(r -> String.valueOf(r.values().iterator().next())).toList();
    }

    @Test
    void everyLiveContactComesAcrossWithItsProtectionEmailsAndIdsExactly() throws Exception {
        BatchReport report = adoptLive(false);

        assertEquals("applied", report.status(), report.message());
        assertEquals("adopt", report.kind());
        assertEquals(Map.of("read", 12L, "new", 11L, "updated", 0L, "unchanged", 0L, "conflict", 0L, "rejected", 0L,
                "skipped", 1L), report.rows());
        assertEquals("adopt", crosswalk.rows("select kind from import_batches where id = " + report.batch())
                .get(0).get("kind"));

        Map<String, Object> ann = contact(ANN);
        assertEquals("Ann.Lee@Example.com", ann.get("email"));
        assertEquals("Boulder", ann.get("city"));
        assertEquals("CO", ann.get("region"));
        assertEquals("kajabi", ann.get("source_system"));
        assertEquals("UNLOCKED", ann.get("lock_level"));
        assertEquals("adopted: Kajabi contact with no enrichment", ann.get("lock_reason"));
        assertEquals(true, ann.get("email_subscribed"));
        assertEquals(true, ann.get("subscription_protected"));
        assertEquals("adopted: Kajabi opt-in protected from other sources", ann.get("subscription_protected_reason"));
        assertEquals(Instant.parse("2021-03-04T10:00:00Z"), ((Timestamp) ann.get("created_at")).toInstant());
        long annId = (Long) ann.get("id");
        assertEquals(List.of("kajabi 1234567890", "kajabi-member 87654321", "legacy " + ANN),
                strings("select source || ' ' || external_id from contact_identities where contact_id = " + annId
                        + " order by 1"));
        assertEquals(List.of("ann.lee@example.com Ann.Lee@Example.com primary kajabi"),
                strings("select email || ' ' || display || ' ' || kind || ' ' || source from contact_emails "
                        + "where contact_id = " + annId));
        assertEquals(List.of("Member", "Workshop 2024"), strings("select t.name from contact_tags ct join tags t "
                + "on t.id = ct.tag_id where ct.contact_id = " + annId + " order by 1"));
        assertEquals(List.of("Online Course"), strings("select p.name from contact_products cp join products p "
                + "on p.id = cp.product_id where cp.contact_id = " + annId));
        Map<String, Object> consent = crosswalk.rows("select * from consent_events where contact_id = " + annId)
                .get(0);
        assertEquals(true, consent.get("subscribed"));
        assertEquals("legacy", consent.get("source"));
        assertEquals("adopted", consent.get("reason"));
        assertEquals(Instant.parse("2025-11-11T09:00:00Z"), ((Timestamp) consent.get("observed_at")).toInstant());

        long bob = id(BOB);
        assertEquals("PARTIAL_LOCK", contact(BOB).get("lock_level"));
        assertEquals(List.of("bob.alt@example.com other legacy", "bob.pay@example.com paypal paypal",
                "bob.stone@example.com primary kajabi"), strings("select email || ' ' || kind || ' ' || source "
                        + "from contact_emails where contact_id = " + bob + " order by 1"));
        assertEquals(List.of("3811008000000000001"), strings("select external_id from contact_identities where "
                + "contact_id = " + bob + " and source = 'zoho'"));

        long cara = id(CARA);
        assertEquals(List.of("cara@example.com CARA@example.com"), strings("select email || ' ' || display from "
                + "contact_emails where contact_id = " + cara));
        assertEquals(List.of("3811008000000000002"), strings("select external_id from contact_identities where "
                + "contact_id = " + cara + " and source = 'zoho'"));
        assertEquals(false, contact(CARA).get("email_subscribed"));
        assertEquals(0, crosswalk.count("select count(*) from consent_events where contact_id = " + cara));

        long dan = id(DAN);
        assertEquals("ticket-tailor", contact(DAN).get("source_system"));
        assertEquals(List.of("dan.fox@example.com", "dan.home@example.com", "dan.work@example.com"),
                strings("select email from contact_emails where contact_id = " + dan + " order by 1"));
        assertEquals(List.of("legacy " + DAN, "stripe cus_TT4", "ticket-tailor TT-4"), strings("select source || ' ' "
                + "|| external_id from contact_identities where contact_id = " + dan + " order by 1"));

        Map<String, Object> eve = contact(EVE);
        assertEquals(false, eve.get("email_subscribed"));
        assertEquals(true, eve.get("subscription_protected"));
        assertEquals("adopted: manual opt-out: never re-subscribe", eve.get("subscription_protected_reason"));
        assertEquals(List.of("false"), strings("select subscribed from consent_events where contact_id = "
                + eve.get("id")));

        Map<String, Object> gail = contact(GAIL);
        assertEquals("gail.n@example.com", gail.get("email"));
        assertEquals("FULL_LOCK", gail.get("lock_level"));
        assertEquals("adopted: legacy lock level (none); held FULL_LOCK until a person sets one",
                gail.get("lock_reason"));
        assertEquals(Instant.parse("2025-11-22T08:00:00Z"), ((Timestamp) crosswalk.rows("select observed_at from "
                + "consent_events where contact_id = " + gail.get("id")).get(0).get("observed_at")).toInstant());

        Map<String, Object> ivy = contact(IVY);
        assertEquals("ticket-tailor", ivy.get("source_system"));
        assertEquals("FULL_LOCK", ivy.get("lock_level"));
        assertEquals(false, ivy.get("email_subscribed"));
        assertEquals(false, ivy.get("subscription_protected"));
        assertEquals("salesforce", contact(KIM).get("source_system"));
        assertNull(contact(legacy(8)), "a soft-deleted contact is not adopted");
        assertEquals(0, crosswalk.count("select count(*) from contact_emails where email = 'hal.ives@example.com'"));

        // an address two legacy contacts use stays with the first; the pair is a DUPLICATE conflict naming both
        long finn = id(FINN);
        assertEquals(List.of("finn.hart@example.com"), strings("select email from contact_emails where contact_id = "
                + finn));
        assertEquals(List.of("contacts " + annId + ", " + finn + " | legacy " + FINN + " also uses email "
                + "ann.lee@example.com (kept by legacy " + ANN + ")", "contacts " + bob + ", " + id(JAY)
                + " | legacy " + JAY + " also uses zoho id 3811008000000000001 (kept by legacy " + BOB + ")"),
                strings("select current_value || ' | ' || incoming_value from import_conflicts where reason = "
                        + "'DUPLICATE' and status = 'open' order by id"));
        assertEquals(Map.of("DUPLICATE", 2L), report.conflicts());

        String problems = Files.readString(Path.of(report.files().get("problems")));
        assertTrue(problems.contains("contacts," + GAIL + ",email,gail at example.com,not a valid email address,"
                + "address not adopted"), problems);
        assertTrue(problems.contains("contacts," + IVY + ",lock_level,SOFT_LOCK,unknown lock level,"
                + "adopted as FULL_LOCK until a person sets its level"), problems);
        assertTrue(problems.contains("contacts," + KIM + ",source_system,salesforce,a source Crosswalk does not know,"
                + "adopted with source salesforce"), problems);
        assertTrue(problems.contains("transactions,ffffffff-0000-4000-8000-000000000004,external_transaction_id,1001,"
                + "a second ticket-tailor transaction with the same id,not adopted"), problems);
        assertTrue(problems.contains(",tag_id,cccccccc-0000-4000-8000-000000000003,its tag is soft-deleted or missing,"
                + "link not adopted"), problems);
        assertTrue(problems.contains("contacts," + KIM + ",secondary_emails,\"\"\"kim.l@example.com\"\"\","
                + "not a JSON array of addresses,not adopted"), problems);
        assertEquals(Map.of("soft-deleted contacts", 1L, "contact_emails of soft-deleted contacts", 1L,
                "soft-deleted tags", 1L, "soft-deleted products", 1L, "contact_tags of soft-deleted contacts", 1L,
                "contact_products of soft-deleted contacts", 1L, "soft-deleted subscriptions", 1L,
                "soft-deleted transactions", 1L), report.skippedReasons());
    }

    @Test
    void moneyComesAcrossWithItsSourceIds() throws Exception {
        adoptLive(false);
        long ann = id(ANN);

        Map<String, Object> kajabi = crosswalk.rows("select * from subscriptions where source = 'kajabi' and "
                + "external_id = '2100000001'").get(0);
        assertEquals(ann, kajabi.get("contact_id"));
        assertEquals("active", kajabi.get("status"));
        assertEquals(new BigDecimal("49.00"), kajabi.get("amount"));
        assertEquals("USD", kajabi.get("currency"));
        assertEquals("Month", kajabi.get("interval"));
        assertEquals("PayPal", kajabi.get("provider"));
        assertEquals("I-AAA111", kajabi.get("provider_reference"));
        assertEquals("WELCOME", kajabi.get("coupon"));
        assertEquals("Membership", kajabi.get("offer_title"));
        assertEquals(java.sql.Date.valueOf(LocalDate.of(2024, 1, 15)), kajabi.get("started_at"));
        assertEquals(List.of("kajabi 2100000002 canceled Month USD 2024-02-01", "paypal I-BBB222 active Year USD null"),
                strings("select source || ' ' || external_id || ' ' || status || ' ' || interval || ' ' || currency "
                        + "|| ' ' || coalesce(canceled_at::text, 'null') from subscriptions where external_id in "
                        + "('2100000002', 'I-BBB222') order by 1"));
        assertNull(crosswalk.rows("select contact_id from subscriptions where external_id = '2100000005'").get(0)
                .get("contact_id"), "the subscription of a soft-deleted contact is kept without a contact");

        assertEquals(List.of(
                "kajabi 300000001 subscription completed 19.00 USD",
                "paypal 7XY12345CD6789012 payment completed 15.00 USD",
                "paypal 8AB12345CD6789012 subscription_payment completed 49.00 USD",
                "paypal 9ZZ12345CD6789012 refund completed -10.00 USD",
                "paypal ffffffff-0000-4000-8000-000000000009 payment completed 12.50 EUR",
                "quickbooks INV-7 purchase completed 100.00 USD",
                "ticket-tailor 1001 order completed 25.00 USD"),
                strings("select source || ' ' || external_id || ' ' || type || ' ' || status || ' ' || amount || ' ' "
                        + "|| currency from transactions order by 1"));
        assertEquals(kajabi.get("id"), crosswalk.rows("select subscription_id from transactions where external_id = "
                + "'8AB12345CD6789012'").get(0).get("subscription_id"));
        assertEquals(ann, crosswalk.rows("select contact_id from transactions where external_id = "
                + "'9ZZ12345CD6789012'").get(0).get("contact_id"));
        assertEquals(List.of("1001"), strings("select order_number from transactions where source = 'ticket-tailor'"));
    }

    @Test
    void theReconciliationSetsEveryFigureSideBySideEqualOrExplained() throws Exception {
        BatchReport report = adoptLive(false);

        @SuppressWarnings("unchecked")
        List<Map<String, Object>> figures = (List<Map<String, Object>>) report.reconciliation().get("figures");
        Map<String, Map<String, Object>> byName = new LinkedHashMap<>();
        figures.forEach(f -> byName.put((String) f.get("figure"), f));
        figures.forEach(f -> assertFalse("UNEXPLAINED".equals(f.get("status")), f.toString()));
        assertFigure(byName, "contacts", "11", "11", "equal");
        assertFigure(byName, "opt_ins", "5", "5", "equal");
        assertFigure(byName, "protected_opt_ins", "5", "5", "equal");
        assertFigure(byName, "protected", "6", "6", "equal");
        assertFigure(byName, "emails", "16", "15", "explained");
        assertFigure(byName, "identities:zoho", "3", "2", "explained");
        assertFigure(byName, "identities:legacy", "11", "11", "equal");
        assertFigure(byName, "lock:(none)", "1", "0", "explained");
        assertFigure(byName, "lock:SOFT_LOCK", "1", "0", "explained");
        assertFigure(byName, "lock:FULL_LOCK", "4", "6", "explained");
        assertFigure(byName, "lock:PARTIAL_LOCK", "2", "2", "equal");
        assertFigure(byName, "source:ticket-tailor", "2", "2", "equal");
        assertFigure(byName, "subscriptions:active", "3", "3", "equal");
        assertFigure(byName, "subscriptions:canceled", "1", "1", "equal");
        assertFigure(byName, "transactions:ticket-tailor", "2", "1", "explained");
        assertFigure(byName, "amount:ticket-tailor:USD", "50", "25", "explained");
        assertFigure(byName, "amount:paypal:USD", "54", "54", "equal");
        assertFigure(byName, "transactions:quickbooks", "1", "1", "equal");
        assertFigure(byName, "tags", "3", "3", "equal");
        assertFigure(byName, "tag_links", "4", "4", "equal");
        assertFigure(byName, "products", "2", "2", "equal");
        assertFigure(byName, "product_links", "2", "2", "equal");
        assertEquals("a second ticket-tailor transaction with the same id",
                byName.get("transactions:ticket-tailor").get("explained_by"));
        String html = Files.readString(Path.of(report.files().get("report_html")));
        assertTrue(html.contains("<td>amount:ticket-tailor:USD</td><td>50</td><td>25</td><td>25</td>"
                + "<td>explained</td>"), html);
    }

    private static void assertFigure(Map<String, Map<String, Object>> figures, String name, String legacy,
            String crosswalk, String status) {
        Map<String, Object> f = figures.get(name);
        assertEquals(List.of(legacy, crosswalk, status), List.of(f.get("legacy"), f.get("crosswalk"), f.get("status")),
                name);
    }

    @Test
    void aDumpFolderIsAdoptedExactlyAsTheLiveDatabase(@TempDir Path otherHome) throws Exception {
        Path dump = LegacyDatabase.dump(legacyUrl, LegacySnapshot.TABLES, home.resolve("dump"));
        BatchReport live = adoptLive(false);
        try (TestCrosswalk other = TestCrosswalk.start(otherHome)) {
            BatchReport fromDump = adopt(other, new DumpLegacyReader(dump), false);

            assertEquals("applied", fromDump.status(), fromDump.message());
            assertEquals("dump", fromDump.format());
            assertEquals(live.sha256(), fromDump.sha256(), "the same snapshot, the same fingerprint");
            assertEquals(live.rows(), fromDump.rows());
            assertEquals(live.fields(), fromDump.fields());
            assertEquals(live.reconciliation(), fromDump.reconciliation());
            assertEquals(comparable(crosswalk), comparable(other));
        }
    }

    /** Every data table and the conflicts, without the times Crosswalk stamps when a row is written. */
    private static Map<String, List<Map<String, Object>>> comparable(TestCrosswalk x) throws Exception {
        Map<String, List<Map<String, Object>>> tables = x.dataSnapshot();
        tables.put("import_conflicts", x.rows("select contact_id, field, current_value, incoming_value, reason "
                + "from import_conflicts order by id"));
        tables.forEach((table, rows) -> rows.forEach(row -> {
            row.remove("recorded_at");
            row.remove("updated_at");
            if (!"contacts".equals(table)) {
                row.remove("created_at");
            }
        }));
        return tables;
    }

    @Test
    void rollingBackTheAdoptBatchReturnsCrosswalkToEmptyRowForRow() throws Exception {
        var before = crosswalk.dataSnapshot();
        BatchReport adopted = adoptLive(false);
        assertEquals(11, crosswalk.count("select count(*) from contacts"));

        BatchReport rollback = CompositionRoot.on(CrosswalkSettings.load(Map.of("crosswalk.home", home.toString())), crosswalk.dataSource()).rollbacks().rollback(adopted.batch(), false,
                        "tester");

        assertEquals("applied", rollback.status(), rollback.message());
        assertEquals(before, crosswalk.dataSnapshot());
        assertEquals(List.of("dismissed", "dismissed"), strings("select status from import_conflicts order by id"));
        // rolled back, the snapshot can be adopted again
        assertEquals("applied", adoptLive(false).status());
        assertEquals(11, crosswalk.count("select count(*) from contacts"));
    }

    @Test
    void adoptingTheSameSnapshotAgainChangesNothing() throws Exception {
        BatchReport first = adoptLive(false);
        var after = crosswalk.snapshot();

        BatchReport again = adoptLive(false);

        assertEquals("duplicate", again.status());
        assertEquals(first.batch(), again.duplicateOf());
        assertTrue(again.message().contains("already adopted as batch " + first.batch()), again.message());
        assertEquals(after, crosswalk.snapshot());

        LegacyDatabase.execute(legacyUrl, "update contacts set first_name = 'Annie' where id = '" + ANN + "'");
        BatchReport changed = adoptLive(false);
        assertEquals("refused", changed.status());
        assertTrue(changed.message().contains("already holds 11 contacts"), changed.message());
        assertEquals(after, crosswalk.snapshot());
    }

    @Test
    void aPreviewReportsEverythingAndChangesNothing() throws Exception {
        var before = crosswalk.snapshot();

        BatchReport preview = adoptLive(true);

        assertEquals("previewed", preview.status());
        assertTrue(preview.preview());
        assertEquals(11L, preview.rowCount("new"));
        assertTrue(preview.message().startsWith("PREVIEW"), preview.message());
        assertTrue(Files.readString(Path.of(preview.files().get("report_html"))).contains("PREVIEW"));
        // a preview's conflicts are a list to read, not a decisions file
        assertNull(preview.files().get("conflicts"));
        assertEquals(2, Files.readAllLines(Path.of(preview.files().get("preview_conflicts"))).size() - 1);
        assertEquals(before, crosswalk.snapshot());
        assertEquals("applied", adoptLive(false).status(), "a preview is not an adoption");
    }

    @Test
    void aLaterKajabiExportMatchesAdoptedPeopleAndRespectsTheirLocksAndProtectedOptIns() throws Exception {
        adoptLive(false);
        long ann = id(ANN);

        Map<String, String> annRow = dev.crosswalk.support.KajabiPeople.person("1234567890", "Annie", "Lee",
                "ANN.LEE@example.com");
        Map<String, String> bobRow = dev.crosswalk.support.KajabiPeople.person("1234567891", "Bob", "Stoner",
                "bob.stone@example.com");
        Map<String, String> caraRow = dev.crosswalk.support.KajabiPeople.person("", "Carla", "Diaz",
                "cara@example.com");
        Map<String, String> leeRow = dev.crosswalk.support.KajabiPeople.person("1234567812", "Lee", "Park",
                "lee.park@example.com");
        leeRow.put("Phone Number (phone_number)", "+1 303 555 0112");
        Path people = new dev.crosswalk.support.KajabiPeople().person(annRow).person(bobRow).person(caraRow)
                .person(leeRow).write(home.resolve("people.csv"));
        BatchReport imported = crosswalk.importFile(people, "kajabi");

        assertEquals(0L, imported.rowCount("new"), imported.rows().toString());
        assertEquals(11, crosswalk.count("select count(*) from contacts"));
        assertEquals("Annie", contact(ANN).get("first_name"), "UNLOCKED: the name follows Kajabi");
        assertEquals("Stone", contact(BOB).get("last_name"), "PARTIAL_LOCK keeps the name");
        assertEquals("Cara", contact(CARA).get("first_name"), "FULL_LOCK keeps everything");
        assertEquals(List.of("FULL_LOCK adopted: zoho contact"), strings("select lock_level || ' ' || lock_reason "
                + "from contacts where id = " + id(CARA)), "never lowered, though its data now has one source");
        // the legacy id and the adopted consent are provenance, not a second source: Kajabi alone still speaks
        assertEquals("+1 303 555 0112", contact(LEE).get("phone"));
        assertEquals(List.of("UNLOCKED adopted: Kajabi contact with no enrichment"), strings("select lock_level || ' "
                + "' || lock_reason from contacts where id = " + id(LEE)));
        // raised by Crosswalk's own rule (its PayPal payments make two sources), as any level may be
        assertEquals(List.of("PARTIAL_LOCK auto: 2 sources (kajabi, paypal)"), strings("select lock_level || ' ' || "
                + "lock_reason from contacts where id = " + ann));

        // an unsubscribed segment: a protected opt-in is only turned off by a person
        Path segment = new dev.crosswalk.support.CsvFixture(List.of("Name", "First Name", "Last Name", "Email",
                "Created At")).row(List.of("Annie Lee", "Annie", "Lee", "ann.lee@example.com", "2024-05-06 18:01:32 -0700"))
                .row(List.of("Dan Fox", "Dan", "Fox", "dan.fox@example.com", "2024-05-06 18:01:32 -0700"))
                .write(home.resolve("unsubscribed.csv"));
        BatchReport unsubscribed = crosswalk.importFile(segment, "kajabi-unsubscribed");
        assertEquals(true, contact(ANN).get("email_subscribed"));
        assertEquals(true, contact(DAN).get("email_subscribed"));
        assertEquals(List.of("PROTECTED_OPT_IN email_subscribed " + ann), strings("select reason || ' ' || field || ' ' || contact_id from "
                + "import_conflicts where batch_id = " + unsubscribed.batch() + " and contact_id = " + ann));
        assertEquals(1, crosswalk.count("select count(*) from import_conflicts where batch_id = "
                + unsubscribed.batch() + " and contact_id = " + id(DAN)));

        // a subscribed segment does not re-subscribe a protected manual opt-out (FULL_LOCK)
        Path subscribed = new dev.crosswalk.support.CsvFixture(List.of("Name", "First Name", "Last Name", "Email",
                "Created At")).row(List.of("Eve Moss", "Eve", "Moss", "eve.moss@example.com",
                        "2024-05-06 18:01:32 -0700")).write(home.resolve("subscribed.csv"));
        crosswalk.importFile(subscribed, "kajabi-subscribed");
        assertEquals(false, contact(EVE).get("email_subscribed"));
        assertEquals(List.of("FULL_LOCK adopted: manual contact"), strings("select lock_level || ' ' || lock_reason "
                + "from contacts where id = " + id(EVE)));
    }
}
