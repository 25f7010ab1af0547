package dev.crosswalk.report;

import dev.crosswalk.db.Sql;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Types;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;
import javax.sql.DataSource;

/**
 * Conflicts as a reviewer reads them: beside the ids, the person (name, primary email, lock level and reason) and
 * where the current value came from (source, batch, date), most urgent first and one person's conflicts together.
 * The conflicts file, the {@code conflicts} command and the report page all list them this way.
 */
public final class NamedConflicts {

    /**
     * One item and its person; {@code resolutionBatch} null while open. {@code currentValue} is the value stored now
     * (for a field); the evidence columns say how often, from which sources, batches and lines, and until when its
     * question was asked, and every distinct value proposed.
     */
    public record NamedConflict(long id, long batch, Long line, Long contactId, String field, String currentValue,
            String incomingValue, String reason, String status, String resolvedBy, Long resolutionBatch,
            String contactName, String primaryEmail, String lockLevel, String lockReason, String currentSource,
            Long currentBatch, String currentDate, long evidenceCount, String sources, String batches, String lines,
            String latestEvidence, String proposedValues) {

        /** The batches that opened the item or added evidence to it. */
        public List<Long> askedIn() {
            List<Long> ids = new ArrayList<>(List.of(batch));
            if (batches != null) {
                for (String b : batches.split("; ")) {
                    Long id = Long.valueOf(b);
                    if (!ids.contains(id)) {
                        ids.add(id);
                    }
                }
            }
            return ids;
        }
    }

    private NamedConflicts() {
    }

    /** {@link #forEach(Connection, Long, boolean, Consumer)} on a connection of its own. */
    public static void forEach(DataSource dataSource, Long batch, boolean openOnly, Consumer<NamedConflict> each)
            throws SQLException {
        try (Connection c = dataSource.getConnection()) {
            forEach(c, batch, openOnly, each);
        }
    }

    /**
     * Streams the items {@code batch} opened or added evidence to (every item when null), only the open ones when
     * {@code openOnly}.
     */
    public static void forEach(Connection c, Long batch, boolean openOnly, Consumer<NamedConflict> each)
            throws SQLException {
        try (PreparedStatement ps = c.prepareStatement(Sql.load("review/named"))) {
            ps.setFetchSize(1000);
            ps.setBoolean(1, openOnly);
            for (int p = 2; p <= 4; p++) {
                if (batch == null) {
                    ps.setNull(p, Types.BIGINT);
                } else {
                    ps.setLong(p, batch);
                }
            }
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    each.accept(new NamedConflict(rs.getLong("id"), rs.getLong("batch_id"), longOrNull(rs, "line"),
                            longOrNull(rs, "contact_id"), rs.getString("field"), rs.getString("current_value"),
                            rs.getString("incoming_value"), rs.getString("reason"), rs.getString("status"),
                            rs.getString("resolved_by"), longOrNull(rs, "resolution_batch_id"),
                            rs.getString("contact_name"), rs.getString("primary_email"), rs.getString("lock_level"),
                            rs.getString("lock_reason"), rs.getString("current_source"),
                            longOrNull(rs, "current_batch"), rs.getString("current_date"),
                            rs.getLong("evidence_count"), rs.getString("sources"), rs.getString("batches"),
                            rs.getString("lines"), rs.getString("latest_evidence"), rs.getString("proposed_values")));
                }
            }
        }
    }

    private static Long longOrNull(ResultSet rs, String column) throws SQLException {
        long value = rs.getLong(column);
        return rs.wasNull() ? null : value;
    }
}
