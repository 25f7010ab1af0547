package dev.crosswalk.adopt;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.sql.SQLException;
import java.util.Comparator;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The legacy tables adopt reads, as text rows in id order, and their fingerprint: a SHA-256 over every table, row
 * and column (by name), so the same data reads alike from a database and from its dump, and adopting it twice
 * is recognised.
 */
public final class LegacySnapshot {

    private static final Logger LOG = LoggerFactory.getLogger(LegacySnapshot.class);

    /**
     * The tables and columns adopt reads, in this order; any of them may be missing in an installation. Only these
     * are kept (a production contacts row has well over a hundred columns) and only these make the fingerprint, so
     * a change to anything else (derived totals, address-quality scores) is no new snapshot.
     */
    static final Map<String, List<String>> COLUMNS = columns(
            "contacts", "id, email, first_name, last_name, phone, address_line_1, address_line_2, city, state, "
                    + "postal_code, country, email_subscribed, source_system, kajabi_id, kajabi_member_id, "
                    + "ticket_tailor_id, zoho_id, quickbooks_id, mailchimp_id, created_at, updated_at, paypal_email, "
                    + "additional_email, additional_email_source, zoho_email, paypal_payer_id, import_locked_reason, "
                    + "subscription_protected, subscription_protected_reason, lock_level, deleted_at, tags, "
                    + "secondary_emails",
            "contact_emails", "id, contact_id, email, email_type, is_primary, source, created_at, deleted_at",
            "external_identities", "id, contact_id, system, external_id",
            "tags", "id, name, deleted_at",
            "contact_tags", "id, contact_id, tag_id",
            "products", "id, name, kajabi_offer_id, deleted_at",
            "contact_products", "id, contact_id, product_id",
            "subscriptions", "id, contact_id, product_id, kajabi_subscription_id, status, amount, currency, "
                    + "billing_cycle, start_date, trial_end_date, cancellation_date, next_billing_date, "
                    + "payment_processor, coupon_code, paypal_subscription_reference, deleted_at",
            "transactions", "id, contact_id, product_id, subscription_id, kajabi_transaction_id, order_number, "
                    + "transaction_type, status, amount, currency, payment_method, payment_processor, "
                    + "transaction_date, source_system, external_transaction_id, external_order_id, deleted_at, "
                    + "is_donation, donation_source, quickbooks_invoice_num",
            "subscription_restoration_audit", "id, contact_id, restored_at");
    /** The legacy tables adopt reads (a dump folder holds one <table>.csv for each it has). */
    public static final List<String> TABLES = List.copyOf(COLUMNS.keySet());

    private final Map<String, List<Map<String, String>>> tables;
    private final String fingerprint;

    private LegacySnapshot(Map<String, List<Map<String, String>>> tables, String fingerprint) {
        this.tables = tables;
        this.fingerprint = fingerprint;
    }

    public static LegacySnapshot read(LegacyReader reader) throws SQLException, IOException {
        Map<String, List<Map<String, String>>> tables = new LinkedHashMap<>();
        MessageDigest digest = sha256();
        for (String table : TABLES) {
            List<Map<String, String>> rows = reader.rows(table, COLUMNS.get(table));
            rows.sort(Comparator.comparing(row -> String.valueOf(row.get("id"))));
            tables.put(table, rows);
            digest.update(("\u0002" + table).getBytes(StandardCharsets.UTF_8));
            for (Map<String, String> row : rows) {
                digest.update((byte) 1);
                new TreeMap<>(row).forEach((column, value) -> digest.update((column + "\u0000"
                        + (value == null ? "\u0003" : value) + "\u0000").getBytes(StandardCharsets.UTF_8)));
            }
            LOG.info("Legacy {}: {} rows read", table, rows.size());
        }
        return new LegacySnapshot(tables, HexFormat.of().formatHex(digest.digest()));
    }

    List<Map<String, String>> rows(String table) {
        return tables.getOrDefault(table, List.of());
    }

    public String fingerprint() {
        return fingerprint;
    }

    private static Map<String, List<String>> columns(String... tableThenColumns) {
        Map<String, List<String>> out = new LinkedHashMap<>();
        for (int i = 0; i < tableThenColumns.length; i += 2) {
            out.put(tableThenColumns[i], List.of(tableThenColumns[i + 1].split(",\\s*")));
        }
        return out;
    }

    private static MessageDigest sha256() {
        try {
            return MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
