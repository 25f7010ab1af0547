package dev.crosswalk.pipeline;

import static dev.crosswalk.support.KajabiPeople.person;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.crosswalk.config.CrosswalkSettings;
import dev.crosswalk.report.BatchReport;
import dev.crosswalk.service.CompositionRoot;
import dev.crosswalk.support.KajabiPeople;
import dev.crosswalk.support.MoneyExports;
import dev.crosswalk.support.Rows;
import dev.crosswalk.support.ImportTestBase;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** One person arriving from Kajabi (people, subscription) and from PayPal under another email ends as one contact. */
class CrossSourceMoneyTest extends ImportTestBase {

    private List<Path> files() throws Exception {
        Map<String, String> ann = person("106604827", "Ann", "Lee", "ann@example.com");
        ann.put("Member ID", "88001234");
        Path people = new KajabiPeople().person(ann).write(home.resolve("people.csv"));
        Path subscriptions = new Rows(MoneyExports.KAJABI_SUBSCRIPTIONS).row("Kajabi Subscription ID", "2194986380",
                "Customer Email", "ann@example.com", "Customer Name", "Ann Lee", "Customer ID", "88001234",
                "Amount", "$242.00", "Currency", "USD", "Interval", "Month", "Status", "Active",
                "Created At", "Nov 28, 2025", "Provider", "PayPal", "Provider ID", "I-8RXL1Y23JYX")
                .write(home.resolve("subscriptions.csv"));
        Path paypal = new Rows(MoneyExports.PAYPAL_DEFAULT)
                .row("Date", "12/28/2025", "Time", "02:15:42", "TimeZone", "PST", "Name", "Ann Lee",
                        "Type", "Subscription Payment", "Status", "Completed", "Currency", "USD", "Gross", "242.00",
                        "Fee", "-7.32", "Net", "234.68", "From Email Address", "ann.lee.pays@example.org",
                        "To Email Address", "shop@example.com", "Transaction ID", "0XG02A4F70310002N",
                        "Reference Txn ID", "I-8RXL1Y23JYX", "Balance Impact", "Credit")
                .row("Date", "1/28/2026", "Time", "02:15:42", "TimeZone", "PST", "Name", "Ann Lee",
                        "Type", "Subscription Payment", "Status", "Completed", "Currency", "USD", "Gross", "242.00",
                        "Fee", "-7.32", "Net", "234.68", "From Email Address", "ann.lee.pays@example.org",
                        "To Email Address", "shop@example.com", "Transaction ID", "1XG02A4F70310002N",
                        "Reference Txn ID", "I-8RXL1Y23JYX", "Balance Impact", "Credit")
                .write(home.resolve("paypal.csv"));
        return List.of(people, subscriptions, paypal);
    }

    /** The paying address belongs to someone Kajabi knows (Pat): merging would be a guess. */
    private void payFromAnAddressKajabiKnows(List<Path> files) throws Exception {
        crosswalk.importFile(new KajabiPeople().person(person("5", "Pat", "Lee", "ann.lee.pays@example.org"))
                .write(home.resolve("pat.csv")), "kajabi");
        crosswalk.importFile(files.get(2), "paypal");
    }

    /** A later subscriptions export stating Ann's subscription as it stands. */
    private Path sameSubscriptionAgain(String name) throws Exception {
        return new Rows(MoneyExports.KAJABI_SUBSCRIPTIONS).row("Kajabi Subscription ID", "2194986380",
                "Customer Email", "ann@example.com", "Provider ID", "I-8RXL1Y23JYX", "Status", "Active")
                .write(home.resolve(name));
    }

    @Test
    void theSubscriptionProfileLinksThePayPalPayerToTheKajabiContact() throws Exception {
        List<Path> files = files();
        crosswalk.importFile(files.get(0), "kajabi");
        crosswalk.importFile(files.get(1), "kajabi");
        BatchReport paypal = crosswalk.importFile(files.get(2), "paypal");

        assertEquals(2, paypal.rowCount("new"));
        assertEquals(1, crosswalk.count("select count(*) from contacts"));
        long ann = crosswalk.count("select id from contacts");
        assertEquals(List.of(Map.of("email", "ann.lee.pays@example.org", "kind", "paypal", "source", "paypal"),
                Map.of("email", "ann@example.com", "kind", "primary", "source", "kajabi")),
                crosswalk.rows("select email, kind, source from contact_emails order by email"));
        assertEquals(2, crosswalk.count("select count(*) from transactions t join subscriptions s "
                + "on s.id = t.subscription_id where t.contact_id = " + ann + " and s.contact_id = " + ann));
        // attaching the email to a contact the batch did not create is audited
        assertEquals(1, crosswalk.count("select count(*) from import_audit_log where batch_id = " + paypal.batch()
                + " and table_name = 'contact_emails' and record_id = " + ann
                + " and new_value = 'ann.lee.pays@example.org'"));
    }

    @Test
    void paymentsImportedBeforeTheirSubscriptionAreLinkedWhenItArrives() throws Exception {
        List<Path> files = files();
        crosswalk.importFile(files.get(2), "paypal");
        assertEquals(0, crosswalk.count("select count(*) from transactions where subscription_id is not null"));
        long payer = crosswalk.count("select contact_id from contact_emails where email = 'ann.lee.pays@example.org'");

        BatchReport subscriptions = crosswalk.importFile(files.get(1), "kajabi");

        long subscription = crosswalk.count("select id from subscriptions");
        long owner = crosswalk.count("select contact_id from subscriptions");
        assertEquals(2, crosswalk.count("select count(*) from transactions where subscription_id = " + subscription
                + " and contact_id = " + owner));
        assertEquals(2, crosswalk.count("select count(*) from import_audit_log where batch_id = "
                + subscriptions.batch() + " and table_name = 'transactions' and field = 'subscription_id' "
                + "and new_value = '" + subscription + "'"));
        // the payer was known only to PayPal: the profile says who it is, as the other order of arrival would
        assertEquals(1, crosswalk.count("select count(*) from contacts where deleted_at is null"));
        assertEquals(List.of(Map.of("kept_contact_id", owner, "merged_contact_id", payer)),
                crosswalk.rows("select kept_contact_id, merged_contact_id from contact_merges"));
        assertEquals(owner, crosswalk.count(
                "select contact_id from contact_emails where email = 'ann.lee.pays@example.org'"));
        assertEquals(0, crosswalk.count("select count(*) from import_conflicts"));
        BatchReport again = crosswalk.importFile(sameSubscriptionAgain("again.csv"), "kajabi");
        assertEquals(1, again.rowCount("unchanged"));
    }

    @Test
    void rollingBackTheSubscriptionsBatchUndoesThePayerMergeExactly() throws Exception {
        List<Path> files = files();
        crosswalk.importFile(files.get(2), "paypal");
        var before = crosswalk.dataSnapshot();
        BatchReport subscriptions = crosswalk.importFile(files.get(1), "kajabi");
        assertEquals(1, crosswalk.count("select count(*) from contact_merges"));

        BatchReport rollback = CompositionRoot.on(CrosswalkSettings.load(Map.of("crosswalk.home", home.toString())), crosswalk.dataSource()).rollbacks()
                .rollback(subscriptions.batch(), false, "tester");

        assertEquals("applied", rollback.status(), rollback.message());
        assertEquals(before, crosswalk.dataSnapshot());
        // the subscriber came with the batch and went with it; the payer is back, live, with its email
        assertEquals(List.of(Map.of("email", "ann.lee.pays@example.org", "deleted_at", "live")), crosswalk.rows(
                "select e.email, coalesce(c.deleted_at::text, 'live') as deleted_at from contacts c "
                        + "join contact_emails e on e.contact_id = c.id"));
    }

    @Test
    void aPayerAnotherSourceKnowsIsLeftToAReviewer() throws Exception {
        List<Path> files = files();
        payFromAnAddressKajabiKnows(files);
        long payer = crosswalk.count("select contact_id from contact_emails where email = 'ann.lee.pays@example.org'");

        BatchReport subscriptions = crosswalk.importFile(files.get(1), "kajabi");

        long owner = crosswalk.count("select contact_id from subscriptions");
        assertEquals(2, crosswalk.count("select count(*) from contacts where deleted_at is null"));
        assertEquals(0, crosswalk.count("select count(*) from contact_merges"));
        assertEquals(Map.of("AMBIGUOUS", 1L), subscriptions.conflicts());
        assertEquals(List.of(Map.of("contact_id", owner, "field", "contact", "current_value",
                "contacts " + Math.min(payer, owner) + ", " + Math.max(payer, owner), "incoming_value",
                "pays subscription profile I-8RXL1Y23JYX", "status", "open")),
                crosswalk.rows("select contact_id, field, current_value, incoming_value, status "
                        + "from import_conflicts"));
        assertTrue(Files.readString(Path.of(subscriptions.files().get("conflicts"))).contains("I-8RXL1Y23JYX"));
    }

    @Test
    void aPairAlreadySuggestedIsNotSuggestedAgainByALaterFile() throws Exception {
        List<Path> files = files();
        payFromAnAddressKajabiKnows(files);
        crosswalk.importFile(files.get(1), "kajabi");

        BatchReport later = crosswalk.importFile(sameSubscriptionAgain("later.csv"), "kajabi");

        assertEquals(Map.of(), later.conflicts());
        assertEquals(1, later.rowCount("unchanged"));
        assertEquals(1, crosswalk.count("select count(*) from import_conflicts where reason = 'AMBIGUOUS'"));
    }

    @Test
    void reImportingEveryFileChangesNothing() throws Exception {
        List<Path> files = files();
        List<String> sources = List.of("kajabi", "kajabi", "paypal");
        for (int i = 0; i < files.size(); i++) {
            crosswalk.importFile(files.get(i), sources.get(i));
        }
        Map<String, List<Map<String, Object>>> before = crosswalk.snapshot();
        before.remove("import_batches");

        for (int i = 0; i < files.size(); i++) {
            assertEquals("duplicate", crosswalk.importFile(files.get(i), sources.get(i)).status());
        }

        Map<String, List<Map<String, Object>>> after = crosswalk.snapshot();
        after.remove("import_batches");
        assertEquals(before, after);
    }

    @Test
    void aPayerWhoseEmailIsKnownIsThatContact() throws Exception {
        List<Path> files = files();
        crosswalk.importFile(files.get(0), "kajabi");
        Path unlinked = new Rows(MoneyExports.PAYPAL_DEFAULT)
                .row("Date", "12/28/2025", "Time", "02:15:42", "TimeZone", "PST", "Name", "Ann Lee",
                        "Type", "Website Payment", "Status", "Completed", "Currency", "USD", "Gross", "50.00",
                        "From Email Address", "ann@example.com", "To Email Address", "shop@example.com",
                        "Transaction ID", "2XG02A4F70310002N")
                .write(home.resolve("website.csv"));

        BatchReport report = crosswalk.importFile(unlinked, "paypal");

        assertEquals(1, report.rowCount("new"));
        assertEquals(1, crosswalk.count("select count(*) from contacts"));
        assertEquals("kajabi", crosswalk.rows("select source_system from contacts").get(0).get("source_system"));
    }
}
