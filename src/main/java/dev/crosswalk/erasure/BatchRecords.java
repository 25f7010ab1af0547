package dev.crosswalk.erasure;

import dev.crosswalk.db.Sql;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;

/**
 * The reports and details kept in {@code import_batches} (a review's decisions, a merge's contacts): those that
 * spell one of the person's emails or their full name get each of the person's values replaced.
 */
final class BatchRecords {

    private final Connection c;

    BatchRecords(Connection c) {
        this.c = c;
    }

    long scrub(Person person) throws SQLException {
        long cleared = 0;
        try (PreparedStatement find = c.prepareStatement(Sql.load("erasure/batches-naming"));
                PreparedStatement update = c.prepareStatement(Sql.load("erasure/batch-clear"))) {
            find.setArray(1, c.createArrayOf("text", person.emails().toArray()));
            try (ResultSet rs = find.executeQuery()) {
                while (rs.next()) {
                    update.setString(1, redact(rs.getString(2), person));
                    update.setString(2, redact(rs.getString(3), person));
                    update.setLong(3, rs.getLong(1));
                    update.addBatch();
                    cleared++;
                }
            }
            update.executeBatch();
        }
        return cleared;
    }

    private static String redact(String text, Person person) {
        return text == null ? null : OutboxScrubber.redact(text, person);
    }
}
