package dev.crosswalk.apply;

import dev.crosswalk.csv.RejectedFileException;
import dev.crosswalk.db.Sql;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The end of a full subscriptions export: subscriptions of its source that the file did not list get
 * {@code missing_since} (never deleted, never cancelled — an export's scope may be filtered), and the report says
 * how many are missing by stored status and names those still running: "146 missing: 131 canceled, 9 expired,
 * 6 active ⇒ review these 6". A file that listed no subscription at all marks nothing. An export older than the
 * latest one applied is refused before any row: a stale snapshot would set newer statuses back and mark the
 * subscriptions that began since missing.
 */
public final class SubscriptionReconciliation {

    /** Stored statuses (lower case) of a subscription that still runs, i.e. one whose absence needs a look. */
    static final List<String> RUNNING = List.of("active", "trial", "trialing", "pending cancellation", "past due");

    private final String source;

    public SubscriptionReconciliation(String source) {
        this.source = source;
    }

    /** Refuses an export made before the latest full export of this source already applied (its export time). */
    public void refuseIfStale(Connection c, Instant exportedAt) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement(Sql.load("money/subscriptions-latest-export"))) {
            ps.setString(1, source);
            try (ResultSet rs = ps.executeQuery()) {
                if (rs.next() && exportedAt.isBefore(rs.getTimestamp("exported_at").toInstant())) {
                    throw new RejectedFileException("This subscriptions export was exported " + exportedAt
                            + ", before the subscriptions export applied in batch " + rs.getLong("id") + " (exported "
                            + rs.getTimestamp("exported_at").toInstant() + "): an older snapshot would set newer "
                            + "statuses back and mark newer subscriptions missing. Expected an export made after "
                            + "that one (a file's last-modified time is when it was exported).");
                }
            }
        }
    }

    public Map<String, Object> run(Connection c, long batchId, Instant exportedAt) throws SQLException {
        long listed = single(c, Sql.load("money/subscriptions-seen-count"));
        long marked = 0;
        if (listed > 0) {
            try (PreparedStatement ps = c.prepareStatement(Sql.load("money/subscriptions-mark-missing"))) {
                ps.setString(1, source);
                ps.setLong(2, batchId);
                ps.setTimestamp(3, Timestamp.from(exportedAt));
                try (ResultSet rs = ps.executeQuery()) {
                    rs.next();
                    marked = rs.getLong(1);
                }
            }
        }
        Map<String, Long> byStatus = new LinkedHashMap<>();
        long inDatabase = 0;
        long missing = 0;
        try (PreparedStatement ps = c.prepareStatement(Sql.load("money/subscriptions-missing-by-status"))) {
            ps.setString(1, source);
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    inDatabase += rs.getLong(3);
                    if (rs.getLong(2) > 0) {
                        byStatus.put(rs.getString(1), rs.getLong(2));
                        missing += rs.getLong(2);
                    }
                }
            }
        }
        List<Map<String, Object>> running = listed > 0 ? running(c) : List.of();
        Map<String, Object> section = new LinkedHashMap<>();
        // the snapshot this batch applied: a later export older than it is refused (refuseIfStale)
        section.put("source", source);
        section.put("exported_at", exportedAt.toString());
        section.put("in_database", inDatabase);
        section.put("in_file", listed);
        section.put("missing", listed > 0 ? missing : 0L);
        section.put("newly_missing", marked);
        section.put("missing_by_status", listed > 0 ? byStatus : Map.of());
        section.put("missing_still_active", running);
        section.put("summary", listed > 0 ? summary(missing, byStatus, running.size())
                : "The file listed no subscription: nothing was marked missing.");
        return section;
    }

    private List<Map<String, Object>> running(Connection c) throws SQLException {
        List<Map<String, Object>> running = new ArrayList<>();
        try (PreparedStatement ps = c.prepareStatement(Sql.load("money/subscriptions-missing-active"))) {
            ps.setString(1, source);
            ps.setArray(2, c.createArrayOf("text", RUNNING.toArray()));
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    Map<String, Object> s = new LinkedHashMap<>();
                    s.put("external_id", rs.getString("external_id"));
                    s.put("status", rs.getString("status"));
                    s.put("offer_title", rs.getString("offer_title"));
                    s.put("amount", rs.getBigDecimal("amount"));
                    s.put("currency", rs.getString("currency"));
                    s.put("provider_reference", rs.getString("provider_reference"));
                    s.put("contact_id", rs.getObject("contact_id"));
                    s.put("email", rs.getString("email"));
                    Timestamp since = rs.getTimestamp("missing_since");
                    s.put("missing_since", since == null ? null : since.toInstant().toString());
                    running.add(s);
                }
            }
        }
        return running;
    }

    private static String summary(long missing, Map<String, Long> byStatus, int running) {
        if (missing == 0) {
            return "Every subscription in the database is in the file.";
        }
        StringBuilder out = new StringBuilder().append(missing).append(" in the database but not in the file: ");
        String separator = "";
        for (Map.Entry<String, Long> e : byStatus.entrySet()) {
            out.append(separator).append(e.getValue()).append(' ').append(e.getKey());
            separator = ", ";
        }
        return out.append(running > 0 ? " ⇒ review the " + running + " still active" : "").append('.').toString();
    }

    private static long single(Connection c, String sql) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement(sql); ResultSet rs = ps.executeQuery()) {
            rs.next();
            return rs.getLong(1);
        }
    }
}
