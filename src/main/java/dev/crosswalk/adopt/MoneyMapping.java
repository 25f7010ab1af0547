package dev.crosswalk.adopt;

import static dev.crosswalk.adopt.LegacyValues.amount;
import static dev.crosswalk.adopt.LegacyValues.flag;
import static dev.crosswalk.adopt.LegacyValues.instant;
import static dev.crosswalk.adopt.LegacyValues.text;
import static dev.crosswalk.adopt.LegacyValues.upper;

import dev.crosswalk.adopt.Adoption.Effect;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * Subscriptions and transactions keyed by their source's own id, so the next export of that source matches them:
 * a Kajabi subscription by its Kajabi id (else a PayPal one by its I-… reference), a transaction by
 * external_transaction_id, else the overloaded kajabi_transaction_id (a Ticket Tailor order by its order id).
 * A record of a contact that is not adopted is kept without a contact; a record with no source id is kept under
 * its legacy id; a second record with the same source id is not adopted. Each is a line of the report.
 */
final class MoneyMapping {

    private static final Map<String, String> INTERVALS = Map.of("month", "Month", "monthly", "Month", "year",
            "Year", "yearly", "Year", "annual", "Year", "annually", "Year");
    /** Legacy transaction types as PayPal's rows are stored by Crosswalk. */
    private static final Map<String, String> PAYPAL_TYPES = Map.of("purchase", "payment", "subscription",
            "subscription_payment", "refund", "refund", "adjustment", "adjustment");

    private final LegacySnapshot snapshot;
    private final Adoption adoption;

    MoneyMapping(LegacySnapshot snapshot, Adoption adoption) {
        this.snapshot = snapshot;
        this.adoption = adoption;
    }

    void map() {
        Map<String, String> productNames = new HashMap<>();
        snapshot.rows("products").forEach(r -> productNames.put(r.get("id"), text(r, "name")));
        subscriptions(productNames);
        transactions(productNames);
    }

    private void subscriptions(Map<String, String> productNames) {
        Set<String> keys = new HashSet<>();
        for (Map<String, String> row : snapshot.rows("subscriptions")) {
            String legacyId = row.get("id");
            if (text(row, "deleted_at") != null) {
                adoption.softDeleted("soft-deleted subscriptions");
                continue;
            }
            String kajabiId = text(row, "kajabi_subscription_id");
            String reference = text(row, "paypal_subscription_reference");
            String source = kajabiId != null ? "kajabi" : reference != null ? "paypal" : PeopleMapping.LEGACY;
            String externalId = kajabiId != null ? kajabiId : reference != null ? reference : legacyId;
            String status = text(row, "status");
            if (kajabiId == null && reference == null) {
                adoption.problem("subscriptions", legacyId, "kajabi_subscription_id", null,
                        "neither a Kajabi subscription id nor a PayPal reference", "adopted under its legacy id");
            }
            if (!keys.add(source + "\u0000" + externalId)) {
                adoption.problem("subscriptions", legacyId, "kajabi_subscription_id", externalId,
                        "a second subscription with the same " + source + " id", "not adopted",
                        new Effect("subscriptions:" + status, BigDecimal.ONE));
                continue;
            }
            String contact = contact("subscriptions", row);
            String cycle = text(row, "billing_cycle");
            String interval = cycle == null ? null : INTERVALS.getOrDefault(cycle.toLowerCase(Locale.ROOT), cycle);
            adoption.subscriptions.add(new Adoption.Subscription(legacyId, contact, source, externalId,
                    productNames.get(row.get("product_id")), amount(row, "amount"), upper(row, "currency"), interval,
                    status, text(row, "payment_processor"), reference, text(row, "coupon_code"),
                    date(row, "start_date"), date(row, "cancellation_date"), date(row, "trial_end_date"),
                    date(row, "next_billing_date")));
        }
    }

    private void transactions(Map<String, String> productNames) {
        Set<String> keys = new HashSet<>();
        for (Map<String, String> row : snapshot.rows("transactions")) {
            String legacyId = row.get("id");
            if (text(row, "deleted_at") != null) {
                adoption.softDeleted("soft-deleted transactions");
                continue;
            }
            String source = source(row);
            String orderId = orderId(text(row, "external_order_id"));
            String externalId = "ticket-tailor".equals(source) && orderId != null ? orderId
                    : first(text(row, "external_transaction_id"), text(row, "kajabi_transaction_id"),
                            "quickbooks".equals(source) ? text(row, "quickbooks_invoice_num") : null);
            BigDecimal amount = amount(row, "amount");
            String currency = upper(row, "currency");
            if (externalId == null) {
                adoption.problem("transactions", legacyId, "external_transaction_id", null,
                        "no id of its source", "adopted under its legacy id");
                externalId = legacyId;
            }
            if (!keys.add(source + "\u0000" + externalId)) {
                adoption.problem("transactions", legacyId, "external_transaction_id", externalId,
                        "a second " + source + " transaction with the same id", "not adopted",
                        new Effect("transactions:" + source, BigDecimal.ONE),
                        new Effect(Reconciliation.amountFigure(source, currency), amount));
                continue;
            }
            String contact = contact("transactions", row);
            String type = text(row, "transaction_type");
            String stored = "ticket-tailor".equals(source) ? "order"
                    : "paypal".equals(source) && type != null ? PAYPAL_TYPES.getOrDefault(type, type) : type;
            adoption.transactions.add(new Adoption.Transaction(legacyId, contact, source, externalId,
                    stored == null ? "payment" : stored, text(row, "status"), amount, currency,
                    instant(row, "transaction_date"), productNames.get(row.get("product_id")),
                    first(orderId, orderId(text(row, "order_number"))),
                    first(text(row, "payment_method"), text(row, "payment_processor")), row.get("subscription_id")));
        }
    }

    /**
     * The transaction's source: its source_system in Crosswalk's spelling; a QuickBooks donation, which late imports
     * wrote without one (or with the default kajabi), is recognised by its donor columns.
     */
    static String source(Map<String, String> row) {
        boolean donation = flag(row, "is_donation") || text(row, "donation_source") != null
                || text(row, "quickbooks_invoice_num") != null;
        String raw = text(row, "source_system");
        if (donation && (raw == null || "kajabi".equals(LegacySources.known(raw)))) {
            return "quickbooks";
        }
        return LegacySources.crosswalkName(raw);
    }

    /** The adopted contact's legacy id, or null (with a line) when the contact is not adopted. */
    private String contact(String table, Map<String, String> row) {
        String contact = row.get("contact_id");
        if (contact != null && adoption.people.containsKey(contact)) {
            return contact;
        }
        adoption.problem(table, row.get("id"), "contact_id", contact,
                contact == null ? "no contact" : "its contact is soft-deleted or not in the snapshot",
                "adopted without a contact");
        return null;
    }

    /** "or_123" and "123" are one Ticket Tailor order; "N/A" is no order. */
    private static String orderId(String value) {
        if (value == null || "N/A".equalsIgnoreCase(value)) {
            return null;
        }
        return value.regionMatches(true, 0, "or_", 0, 3) ? value.substring(3) : value;
    }

    private static LocalDate date(Map<String, String> row, String column) {
        Instant at = instant(row, column);
        return at == null ? null : LocalDate.ofInstant(at, ZoneOffset.UTC);
    }

    private static String first(String... values) {
        for (String v : values) {
            if (v != null) {
                return v;
            }
        }
        return null;
    }
}
