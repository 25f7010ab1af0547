package dev.crosswalk.audit;

import static dev.crosswalk.audit.AuditFixture.row;
import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.crosswalk.support.TestCrosswalk;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.io.TempDir;

/** Every audit view answers its question exactly on a database whose content is known (see AuditFixture). */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class AuditViewsTest {

    TestCrosswalk crosswalk;
    AuditFixture fixture;

    @BeforeAll
    void load(@TempDir Path home) throws Exception {
        crosswalk = TestCrosswalk.start(home);
        fixture = AuditFixture.load(crosswalk, home);
    }

    @AfterAll
    void stop() {
        crosswalk.close();
    }

    /** The view's rows as text, only the given columns. */
    private List<Map<String, String>> view(String view, String... columns) throws Exception {
        List<Map<String, String>> out = new ArrayList<>();
        for (Map<String, String> r : AuditFixture.text(crosswalk.rows("select * from " + view))) {
            Map<String, String> picked = new LinkedHashMap<>();
            for (String c : columns) {
                picked.put(c, r.get(c));
            }
            out.add(picked);
        }
        return out;
    }

    @Test
    void totalsAndOverviewPerSource() throws Exception {
        assertEquals(List.of(row("contacts", "5", "opt_ins", "3", "protected_opt_ins", "2", "subscriptions", "5",
                "active_subscriptions", "4", "transactions", "8", "open_conflicts", "1")),
                view("audit_totals", "contacts", "opt_ins", "protected_opt_ins", "subscriptions",
                        "active_subscriptions", "transactions", "open_conflicts"));
        assertEquals(List.of(
                row("source", "kajabi", "contacts", "4", "opt_ins", "2", "subscriptions", "4",
                        "active_subscriptions", "3", "transactions", "6"),
                row("source", "paypal", "contacts", "1", "opt_ins", "1", "subscriptions", "1",
                        "active_subscriptions", "1", "transactions", "2")),
                view("audit_overview", "source", "contacts", "opt_ins", "subscriptions", "active_subscriptions",
                        "transactions"));
    }

    @Test
    void attentionListsWhatToDoFirst() throws Exception {
        assertEquals(List.of(
                row("priority", "1", "item", "pending_opt_outs", "count", "1"),
                row("priority", "2", "item", "active_subscriptions_missing", "count", "1"),
                row("priority", "3", "item", "orphaned_subscriptions", "count", "1"),
                row("priority", "4", "item", "orphaned_transactions", "count", "2"),
                row("priority", "5", "item", "open_conflicts", "count", "0"),
                row("priority", "6", "item", "subscriptions_without_payment", "count", "2"),
                row("priority", "7", "item", "several_active_subscriptions", "count", "1"),
                row("priority", "8", "item", "duplicate_candidates", "count", "1"),
                row("priority", "9", "item", "ledger_orphans", "count", "0"),
                row("priority", "10", "item", "link_orphans", "count", "0")),
                view("audit_attention", "priority", "item", "count"));
        assertEquals(List.of(row("reason", "PROTECTED_OPT_IN", "field", "email_subscribed", "open", "1",
                "batches", "1")),
                view("audit_open_conflicts", "reason", "field", "open", "batches"));
    }

    @Test
    void subscriptions() throws Exception {
        String[] columns = {"source", "status", "active", "currency", "subscriptions", "contacts", "value"};
        assertEquals(List.of(
                row("source", "kajabi", "status", "active", "active", "true", "currency", "USD", "subscriptions", "2",
                        "contacts", "1", "value", "340"),
                row("source", "kajabi", "status", "active", "active", "true", "currency", "EUR", "subscriptions", "1",
                        "contacts", "1", "value", "30"),
                row("source", "kajabi", "status", "canceled", "active", "false", "currency", "USD",
                        "subscriptions", "1", "contacts", "1", "value", "50"),
                row("source", "paypal", "status", "active", "active", "true", "currency", "USD", "subscriptions", "1",
                        "contacts", "0", "value", "10")),
                view("audit_subscriptions_by_status", columns));
        assertEquals(List.of(row("contact_id", Long.toString(AuditFixture.id(crosswalk, "ann@example.com")), "email",
                "ann@example.com", "name", "Ann Lee", "active_subscriptions", "2", "sources", "kajabi", "offers",
                "Monthly, Yearly")), view("audit_contacts_with_several_active_subscriptions", "contact_id", "email",
                        "name", "active_subscriptions", "sources", "offers"));
        assertEquals(List.of(
                row("source", "kajabi", "status", "active", "active", "true", "subscriptions", "1", "contacts", "1",
                        "missing_since_first", "2025-06-01T00:00:00Z"),
                row("source", "kajabi", "status", "canceled", "active", "false", "subscriptions", "1", "contacts", "1",
                        "missing_since_first", "2025-06-01T00:00:00Z")),
                view("audit_subscriptions_missing", "source", "status", "active", "subscriptions", "contacts",
                        "missing_since_first"));
        assertEquals(List.of(row("external_id", "sub-4", "email", "cy@example.com", "last_payment_at", null),
                row("external_id", "I-ORPHAN", "email", null, "last_payment_at", null)),
                view("audit_subscriptions_without_payment", "external_id", "email", "last_payment_at"));
    }

    @Test
    void transactionsAndRevenue() throws Exception {
        String lastKajabi = AuditFixture.text(crosswalk.rows(
                "select occurred_at from transactions where external_id = 'tx-5'").get(0).get("occurred_at"));
        assertEquals(List.of(
                row("source", "kajabi", "currency", "USD", "transactions", "6", "completed", "5", "first_at",
                        "2025-01-01T10:00:00Z", "last_at", lastKajabi, "total", "440", "refunds", "1",
                        "refunded", "100"),
                row("source", "paypal", "currency", "USD", "transactions", "2", "completed", "2", "first_at",
                        "2025-01-10T10:00:00Z", "last_at", "2025-01-12T10:00:00Z", "total", "35", "refunds", "0",
                        "refunded", "0")),
                view("audit_transactions_by_source", "source", "currency", "transactions", "completed", "first_at",
                        "last_at", "total", "refunds", "refunded"));

        String[] columns = {"source", "currency", "month", "transactions", "revenue", "running_subscriptions",
            "subscription_value", "difference"};
        assertEquals(List.of(
                row("source", "kajabi", "currency", "EUR", "month", "2025-02-01", "transactions", "0", "revenue", "0",
                        "running_subscriptions", "1", "subscription_value", "30", "difference", "-30"),
                row("source", "kajabi", "currency", "USD", "month", "2025-01-01", "transactions", "1", "revenue", "100",
                        "running_subscriptions", "2", "subscription_value", "150", "difference", "-50"),
                row("source", "kajabi", "currency", "USD", "month", "2025-02-01", "transactions", "2", "revenue", "0",
                        "running_subscriptions", "2", "subscription_value", "150", "difference", "-150"),
                row("source", "kajabi", "currency", "USD", "month", "2025-03-01", "transactions", "0", "revenue", "0",
                        "running_subscriptions", "2", "subscription_value", "120", "difference", "-120"),
                row("source", "paypal", "currency", "USD", "month", "2025-01-01", "transactions", "2", "revenue", "35",
                        "running_subscriptions", "1", "subscription_value", "10", "difference", "25")),
                view("audit_revenue_by_month where month between '2025-01-01' and '2025-03-01' and (currency = 'USD' "
                        + "or month = '2025-02-01') and (source = 'kajabi' or month = '2025-01-01')", columns));
        assertEquals(List.of(row("month", "2025-02-01")), view("audit_revenue_by_month where currency = 'EUR' "
                + "and month < '2025-03-01'", "month"));
        // every month of each series up to this month is listed, none missing
        assertEquals(0, crosswalk.count("select count(*) from (select source, currency, month, lag(month) over "
                + "(partition by source, currency order by month) as previous from audit_revenue_by_month) m "
                + "where previous is not null and month <> (previous + interval '1 month')::date"));
        assertEquals(3, crosswalk.count("select count(*) from audit_revenue_by_month "
                + "where month = date_trunc('month', now())::date"));
    }

    @Test
    void enrichmentOrphansAndDuplicates() throws Exception {
        assertEquals(List.of(
                row("source", "kajabi", "contacts", "4", "with_additional_emails", "1", "with_zoho_link", "1",
                        "with_paypal_email", "0"),
                row("source", "paypal", "contacts", "1", "with_additional_emails", "0", "with_zoho_link", "0",
                        "with_paypal_email", "1")),
                view("audit_enrichment", "source", "contacts", "with_additional_emails", "with_zoho_link",
                        "with_paypal_email"));
        assertEquals(List.of(
                row("kind", "subscription", "source", "paypal", "reason", "no contact", "records", "1", "examples",
                        "I-ORPHAN"),
                row("kind", "transaction", "source", "paypal", "reason", "contact deleted", "records", "1", "examples",
                        "tx-8"),
                row("kind", "transaction", "source", "paypal", "reason", "no contact", "records", "1", "examples",
                        "tx-7")),
                view("audit_orphans", "kind", "source", "reason", "records", "examples"));
        long ann = AuditFixture.id(crosswalk, "ann@example.com");
        long annAgain = AuditFixture.id(crosswalk, "ann.lee@work.example");
        assertEquals(List.of(row("first_name", "Ann", "last_name", "Lee", "phone", "15550100", "contacts", "2",
                "contact_ids", ann + ", " + annAgain, "emails", "ann@example.com, ann.lee@work.example")),
                view("audit_duplicate_candidates", "first_name", "last_name", "phone", "contacts", "contact_ids",
                        "emails"));
    }

    @Test
    void protectionAndConsent() throws Exception {
        assertEquals(List.of(
                row("source", "kajabi", "lock_level", "PARTIAL_LOCK", "contacts", "1"),
                row("source", "kajabi", "lock_level", "UNLOCKED", "contacts", "3"),
                row("source", "paypal", "lock_level", "FULL_LOCK", "contacts", "1")),
                view("audit_lock_levels", "source", "lock_level", "contacts"));
        assertEquals(List.of(
                row("source", "kajabi", "contacts", "4", "opted_in", "2", "protected", "2", "unprotected", "0",
                        "not_opted_in", "2", "undeliverable", "0"),
                row("source", "paypal", "contacts", "1", "opted_in", "1", "protected", "0", "unprotected", "1",
                        "not_opted_in", "0", "undeliverable", "0")),
                view("audit_opt_ins", "source", "contacts", "opted_in", "protected", "unprotected", "not_opted_in",
                        "undeliverable"));
        assertEquals(List.of(
                row("source", "kajabi-subscribed", "observations", "2", "opt_ins", "2", "opt_outs", "0", "applied", "2",
                        "not_applied", "0", "last_observed_at", AuditFixture.SUBSCRIBED_AT.toString()),
                row("source", "kajabi-unsubscribed", "observations", "1", "opt_ins", "0", "opt_outs", "1", "applied",
                        "0", "not_applied", "1", "last_observed_at", AuditFixture.UNSUBSCRIBED_AT.toString())),
                view("audit_consent_by_source", "source", "observations", "opt_ins", "opt_outs", "applied",
                        "not_applied", "last_observed_at"));
    }

    @Test
    void history() throws Exception {
        String today = AuditFixture.text(crosswalk.rows("select current_date as d").get(0).get("d"));
        String[] columns = {"day", "source", "batches", "rows_read", "rows_new", "rows_updated", "rows_conflict",
            "rows_rejected"};
        assertEquals(List.of(
                imported(today, "kajabi", fixture.people),
                imported(today, "kajabi-subscribed", fixture.subscribed),
                imported(today, "kajabi-unsubscribed", fixture.unsubscribed)),
                view("audit_imports_by_day", columns));
        assertEquals(1, fixture.unsubscribed.rowCount("conflict"));
        assertEquals(List.of(
                row("source", "kajabi", "batch", Long.toString(fixture.people.batch()), "file_name", "people.csv"),
                row("source", "kajabi-subscribed", "batch", Long.toString(fixture.subscribed.batch()), "file_name",
                        "sub.csv"),
                row("source", "kajabi-unsubscribed", "batch", Long.toString(fixture.unsubscribed.batch()), "file_name",
                        "unsub.csv")),
                view("audit_last_import", "source", "batch", "file_name"));
        assertEquals(List.of(row("day", "2025-05-01", "merges", "2", "undone", "1")),
                view("audit_merges_by_day", "day", "merges", "undone"));
    }

    private static Map<String, String> imported(String day, String source, dev.crosswalk.report.BatchReport r) {
        return row("day", day, "source", source, "batches", "1", "rows_read", Long.toString(r.rowCount("read")),
                "rows_new", Long.toString(r.rowCount("new")), "rows_updated", Long.toString(r.rowCount("updated")),
                "rows_conflict", Long.toString(r.rowCount("conflict")), "rows_rejected",
                Long.toString(r.rowCount("rejected")));
    }
}
