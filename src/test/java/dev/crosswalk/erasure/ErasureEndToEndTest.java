package dev.crosswalk.erasure;

import static dev.crosswalk.support.KajabiPeople.person;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.crosswalk.config.CrosswalkSettings;
import dev.crosswalk.merge.MergeService;
import dev.crosswalk.model.LockLevel;
import dev.crosswalk.report.BatchReport;
import dev.crosswalk.rollback.RollbackService;
import dev.crosswalk.service.CompositionRoot;
import dev.crosswalk.support.CsvFixture;
import dev.crosswalk.support.KajabiPeople;
import dev.crosswalk.support.MoneyExports;
import dev.crosswalk.support.Rows;
import dev.crosswalk.support.TestCrosswalk;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Issue 15's "done means": Philippa arrives through Kajabi (people and a segment), Ticket Tailor, PayPal (another
 * email, merged by hand) and Mailchimp (a locked-name conflict that a person reviews); the audit runs. Then she is
 * forgotten: no table row and no outbox file spells her emails, names or phone; her money still counts; every
 * original export is still recognised as applied, and a newer export or a preview skips her with the reason;
 * neither the erasure nor an earlier batch can bring her back. Bob, imported alongside, keeps everything.
 */
class ErasureEndToEndTest {

    private static final List<String> SEGMENT = List.of("Name", "First Name", "Last Name", "Email", "Created At",
            "Member Created At");
    private static final List<String> MAILCHIMP = List.of("Email Address", "First Name", "Last Name",
            "Phone Number", "MEMBER_RATING", "LATITUDE", "LONGITUDE", "TIMEZONE", "CC", "REGION", "TAGS");
    /** what must never be found again once she is forgotten */
    private static final List<String> HER = List.of("philippa@example.com", "pq.pays@example.org", "philippa",
            "quarterbridge", "pippa", "555-0142", "5550142", "555 0142", "900001", "88007001", "Larkspur Lane");

    @TempDir
    Path home;
    @TempDir
    Path exports;
    TestCrosswalk crosswalk;
    CrosswalkSettings settings;
    final Map<String, Path> originals = new LinkedHashMap<>();
    final Map<String, Long> batches = new LinkedHashMap<>();

    @BeforeEach
    void start() throws Exception {
        crosswalk = TestCrosswalk.start(home);
        settings = CrosswalkSettings.load(Map.of("crosswalk.home", home.toString()));
    }

    @AfterEach
    void stop() {
        crosswalk.close();
    }

    private static Map<String, String> philippa() {
        Map<String, String> v = person("900001", "Philippa", "Quarterbridge", "Philippa@Example.com");
        v.put("Member ID", "88007001");
        v.put("Phone Number (phone_number)", "+1 303-555-0142");
        v.put("Address (address_line_1)", "12 Larkspur Lane");
        v.put("City (address_city)", "Boulder");
        v.put("Tags", "Newsletter, Retreat 2025");
        v.put("Products", "Deep Listening");
        return v;
    }

    private Path write(String name, CsvFixture csv) throws Exception {
        return csv.write(exports.resolve(name));
    }

    /** Imports an export as the inbox would: applied, and a copy archived under outbox/archive/<date>/<source>/. */
    private BatchReport drop(String key, String source, Path file) throws Exception {
        BatchReport report = crosswalk.importFile(file, source);
        assertEquals("applied", report.status(), key + ": " + report.message());
        Path archive = home.resolve("outbox/archive").resolve(LocalDate.now().toString()).resolve(source)
                .resolve(report.batch() + "-" + file.getFileName());
        assertTrue(Files.exists(archive), archive.toString());
        originals.put(key + "|" + source, file);
        batches.put(key, report.batch());
        return report;
    }

    private long contactOf(String email) throws Exception {
        return crosswalk.count("select contact_id from contact_emails where email = '" + email + "'");
    }

    private void importHer() throws Exception {
        drop("people", "kajabi", new KajabiPeople().person(philippa())
                .person(person("900002", "Bob", "Ray", "bob@example.org")).write(exports.resolve("people.csv")));
        drop("segment", "kajabi-subscribed", write("segment.csv", new CsvFixture(SEGMENT)
                .row(List.of("Philippa Quarterbridge", "Philippa", "Quarterbridge", "philippa@example.com",
                        "2024-05-06 18:01:32 -0700", ""))
                .row(List.of("Bob Ray", "Bob", "Ray", "bob@example.org", "2024-05-06 18:01:32 -0700", ""))));
        drop("orders", "ticket-tailor", new Rows(MoneyExports.TICKET_TAILOR)
                .row("Order ID", "or_7001", "Order date", "Nov 7, 2025 2:28 PM", "Order cancelled", "0",
                        "Order value", "25.00", "Total paid", "25.00", "Payment method", "STRIPE", "Event ID",
                        "ev_77", "Event name", "Winter Concert", "Event start", "Sat Nov 8, 2025 7:15 PM",
                        "Name", "Philippa Quarterbridge", "First Name", "Philippa", "Last Name", "Quarterbridge",
                        "Email", "philippa@example.com")
                .row("Order ID", "or_7002", "Order date", "Nov 7, 2025 3:00 PM", "Order cancelled", "0",
                        "Order value", "25.00", "Total paid", "25.00", "Payment method", "STRIPE", "Event ID",
                        "ev_77", "Event name", "Winter Concert", "Event start", "Sat Nov 8, 2025 7:15 PM",
                        "Name", "Bob Ray", "First Name", "Bob", "Last Name", "Ray", "Email", "bob@example.org")
                .write(exports.resolve("orders.csv")));
        drop("paypal", "paypal", new Rows(MoneyExports.PAYPAL_DEFAULT)
                .row("Date", "11/28/2025", "Time", "09:00:00", "TimeZone", "PST", "Name", "Philippa Quarterbridge",
                        "Type", "Website Payment", "Status", "Completed", "Currency", "USD", "Gross", "120.00",
                        "Fee", "-3.78", "Net", "116.22", "From Email Address", "pq.pays@example.org",
                        "To Email Address", "shop@example.com", "Transaction ID", "7PQ001122334455X",
                        "Balance Impact", "Credit")
                .write(exports.resolve("paypal.csv")));
        long kept = contactOf("philippa@example.com");
        long payer = contactOf("pq.pays@example.org");
        assertTrue(kept != payer, "PayPal's other email is another contact until a person merges them");
        assertEquals("applied", CompositionRoot.on(settings, crosswalk.dataSource()).merges().merge(kept, payer, "tester")
                .status());
        CompositionRoot.on(settings, crosswalk.dataSource()).locks().set(kept, LockLevel.FULL_LOCK, "tester");
        drop("audience", "mailchimp", write("audience.csv", new CsvFixture(MAILCHIMP)
                .row(List.of("philippa@example.com", "Pippa", "Quarterbridge", "303 555 0142", "4", "", "", "",
                        "US", "CO", "")).row(List.of("bob@example.org", "Bob", "Ray", "", "3", "", "", "", "US", "CO",
                        ""))));
        long conflict = crosswalk.count("select id from import_conflicts where contact_id = " + kept
                + " and field = 'first_name'");
        assertEquals("applied", CompositionRoot.on(settings, crosswalk.dataSource()).reviews()
                .resolve(conflict, "keep", "tester").status());
        CompositionRoot.on(settings, crosswalk.dataSource()).audit().runNow();
    }

    /** Every row of every table, as text. */
    private String databaseDump() throws Exception {
        StringBuilder dump = new StringBuilder();
        for (Map<String, Object> t : crosswalk.rows("select table_name from information_schema.tables "
                + "where table_schema = current_schema() and table_type = 'BASE TABLE' order by 1")) {
            String table = (String) t.get("table_name");
            for (Map<String, Object> r : crosswalk.rows("select t::text as row from " + table + " t")) {
                dump.append(table).append(": ").append(r.get("row")).append('\n');
            }
        }
        return dump.toString();
    }

    private String outboxText() throws Exception {
        StringBuilder all = new StringBuilder();
        try (Stream<Path> walk = Files.walk(home.resolve("outbox"))) {
            for (Path p : walk.filter(Files::isRegularFile).sorted().toList()) {
                all.append(p).append(": ").append(Files.readString(p, StandardCharsets.ISO_8859_1)).append('\n');
            }
        }
        return all.toString();
    }

    private static List<String> found(String text) {
        String lower = text.toLowerCase(Locale.ROOT);
        List<String> found = new ArrayList<>();
        for (String value : HER) {
            int at = lower.indexOf(value.toLowerCase(Locale.ROOT));
            if (at >= 0) {
                found.add(value + " in …" + text.substring(Math.max(0, at - 120), Math.min(text.length(),
                        at + 40)));
            }
        }
        return found;
    }

    private List<Map<String, Object>> money() throws Exception {
        return crosswalk.rows("select * from audit_transactions_by_source");
    }

    @Test
    void aForgottenPersonIsGoneEverywhereStaysGoneAndHerMoneyStillCounts() throws Exception {
        importHer();
        long her = contactOf("philippa@example.com");
        assertFalse(found(databaseDump()).isEmpty());
        assertFalse(found(outboxText()).isEmpty());
        List<Map<String, Object>> moneyBefore = money();
        Map<String, Object> totalsBefore = crosswalk.rows("select transactions, subscriptions from audit_totals")
                .get(0);
        String bobBefore = crosswalk.rows("select first_name, last_name, phone from contacts where email = "
                + "'bob@example.org'").toString();

        PersonExport.Result access = CompositionRoot.on(settings, crosswalk.dataSource()).personExport().export("pq.pays@example.org");
        assertEquals(her, access.contact());
        String held = Files.readString(access.file());
        assertTrue(held.contains("pq.pays@example.org") && held.contains("philippa@example.com"), held);
        assertEquals(2, com.fasterxml.jackson.databind.json.JsonMapper.builder().build().readTree(held)
                .get("transactions").size());

        ErasureService erasure = CompositionRoot.on(settings, crosswalk.dataSource()).erasure();
        BatchReport preview = erasure.forget("PHILIPPA@example.com", "dpo", "request 2025-17", true).report();
        assertEquals("previewed", preview.status());
        assertFalse(found(databaseDump()).isEmpty(), "a preview erases nothing");

        BatchReport report = erasure.forget("philippa@example.com", "dpo", "request 2025-17", false).report();

        assertEquals("erasure", report.kind());
        assertEquals("contact " + her, report.file());
        assertEquals(preview.fields(), report.fields());
        assertEquals(2L, report.rowCount("read"), "the contact and the PayPal contact merged into it");
        assertEquals(2L, report.fields().get("transactions_kept"));
        assertTrue(report.fields().get("outbox_files") >= 10, report.message());
        assertTrue(found(Files.readString(Path.of(report.files().get("report_json")))).isEmpty());
        List<String> listed = Files.readAllLines(Path.of(report.files().get("outbox_files")));
        assertTrue(listed.stream().anyMatch(l -> l.endsWith(batches.get("people") + "-people.csv")), listed.toString());
        assertTrue(listed.stream().anyMatch(l -> l.endsWith(batches.get("paypal") + "-changes.csv")), listed.toString());

        assertEquals(List.of(), found(databaseDump()));
        assertEquals(List.of(), found(outboxText()));
        assertEquals(moneyBefore, money());
        assertEquals(totalsBefore, crosswalk.rows("select transactions, subscriptions from audit_totals").get(0));
        assertEquals(bobBefore, crosswalk.rows("select first_name, last_name, phone from contacts where email = "
                + "'bob@example.org'").toString());
        Map<String, Object> stub = crosswalk.rows("select source_system, erased_by, erasure_reason, "
                + "erased_at is not null as erased, email, first_name from contacts where id = " + her).get(0);
        assertEquals("kajabi", stub.get("source_system"));
        assertEquals("dpo", stub.get("erased_by"));
        assertEquals("request 2025-17", stub.get("erasure_reason"));
        assertEquals(true, stub.get("erased"));
        assertNull(stub.get("email"));
        assertEquals(2, crosswalk.count("select count(*) from transactions where contact_id = " + her));
        // the archived people export keeps Bob, byte for byte, and only loses her record
        Path archived = Files.walk(home.resolve("outbox/archive")).filter(p -> p.toString().endsWith("-people.csv"))
                .findFirst().orElseThrow();
        assertTrue(Files.readString(archived).contains("bob@example.org"));
        assertEquals("rw-------", PosixFilePermissions.toString(Files.getPosixFilePermissions(archived)));
        // the opt-in's fact and time stay, without the address
        assertTrue(crosswalk.count("select count(*) from consent_events where contact_id = " + her) > 0);

        // the originals are still recognised as applied (the batch keeps the SHA-256 they had when imported)
        for (Map.Entry<String, Path> e : originals.entrySet()) {
            BatchReport again = crosswalk.importFile(e.getValue(), e.getKey().split("\\|")[1]);
            assertNotNull(again.duplicateOf(), e.getKey() + ": " + again.message());
        }
        // a preview of each, and a newer export of each, skip her rows with the reason
        String reason = "erased on request (" + LocalDate.now(ZoneOffset.UTC) + ")";
        for (Map.Entry<String, Path> e : originals.entrySet()) {
            String source = e.getKey().split("\\|")[1];
            BatchReport previewed = crosswalk.preview(e.getValue(), source);
            assertEquals(1L, previewed.skippedReasons().get(reason), e.getKey() + " preview: " + previewed.rows());
            Path newer = exports.resolve("newer-" + e.getValue().getFileName());
            Files.writeString(newer, Files.readString(e.getValue()) + "\r\n");
            BatchReport imported = crosswalk.importFile(newer, source);
            assertEquals("applied", imported.status(), e.getKey() + ": " + imported.message());
            assertEquals(1L, imported.skippedReasons().get(reason), e.getKey() + ": " + imported.rows());
            assertEquals(0L, imported.rowCount("new"), e.getKey() + ": " + imported.rows());
        }
        assertEquals(List.of(), found(databaseDump()));

        // her email next to Bob's Kajabi id: skipped whole, never lent to Bob
        BatchReport lent = crosswalk.importFile(new KajabiPeople().person(person("900002", "Bob", "Ray",
                "philippa@example.com")).write(exports.resolve("bob-with-her-email.csv")), "kajabi");
        assertEquals(1L, lent.skippedReasons().get(reason));
        assertEquals(List.of(Map.of("email", "bob@example.org")), crosswalk.rows("select e.email from contact_emails e "
                + "join contact_identities i on i.contact_id = e.contact_id where i.external_id = '900002'"));
        MergeService merges = CompositionRoot.on(settings, crosswalk.dataSource()).merges();
        long bob = contactOf("bob@example.org");
        assertEquals("refused", merges.merge(bob, her, "tester").status());
        assertEquals("refused", merges.unmerge(crosswalk.count("select id from contact_merges"), true, "tester")
                .status());

        RollbackService rollback = CompositionRoot.on(settings, crosswalk.dataSource()).rollbacks();
        BatchReport refused = rollback.rollback(report.batch(), false, "tester");
        assertEquals("refused", refused.status());
        assertTrue(refused.message().contains("erasure on request"), refused.message());
        BatchReport earlier = rollback.rollback(batches.get("audience"), true, "tester");
        assertEquals("applied", earlier.status(), earlier.message());
        assertEquals(List.of(), found(databaseDump()));
        assertEquals(1, crosswalk.count("select count(*) from contacts where id = " + her
                + " and erased_at is not null and first_name is null"));
    }

    @Test
    void anEmailReachingTwoPeopleOrNobodyIsRefusedNamingTheContacts() throws Exception {
        crosswalk.importFile(new KajabiPeople().person(person("1", "Ann", "Lee", "ann@example.com"))
                .person(person("2", "Bob", "Ray", "bob@example.com")).write(exports.resolve("p.csv")), "kajabi");
        long ann = contactOf("ann@example.com");
        long bob = contactOf("bob@example.com");
        // Bob's row still shows the address Ann gave up (the primary email of a contact is its display copy)
        crosswalk.rows("update contacts set email = 'ann@example.com' where id = " + bob + " returning id");
        ErasureService erasure = CompositionRoot.on(settings, crosswalk.dataSource()).erasure();

        String refusal = erasure.forget("ann@example.com", "dpo", null, false).refusal();
        assertEquals("The email ann@example.com reaches 2 different people: contacts [" + Math.min(ann, bob) + ", "
                + Math.max(ann, bob) + "]. Nothing was erased; name the contact id to erase.", refusal);
        assertEquals("No contact has or had the email nobody@example.com.",
                erasure.forget("nobody@example.com", "dpo", null, false).refusal());
        assertEquals("There is no contact 999.", erasure.forget("999", "dpo", null, false).refusal());
        assertEquals(2, crosswalk.count("select count(*) from contact_emails"));
        assertEquals(0, crosswalk.count("select count(*) from import_batches where kind = 'erasure'"));
    }
}
