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
import java.util.Set;
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

    /** Read in this order; any of them may be missing in an installation except contacts. */
    static final List<String> TABLES = List.of("contacts", "contact_emails", "external_identities", "tags",
            "contact_tags", "products", "contact_products", "subscriptions", "transactions",
            "subscription_restoration_audit");
    /** Derived columns: a dump may carry them, a live read leaves them out; never data. */
    private static final Set<String> GENERATED = Set.of("name_norm", "mailing_list_ready");

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
            List<Map<String, String>> rows = reader.rows(table);
            rows.forEach(row -> row.keySet().removeAll(GENERATED));
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

    private static MessageDigest sha256() {
        try {
            return MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
