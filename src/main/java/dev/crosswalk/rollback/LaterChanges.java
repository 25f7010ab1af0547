package dev.crosswalk.rollback;

import dev.crosswalk.db.Sql;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;
import java.util.TreeSet;

/** The later batches that built on a batch, directly or through each other: what a rollback must refuse over. */
final class LaterChanges {

    private LaterChanges() {
    }

    /** Every change by a later batch that depends on {@code batch}, following dependents of dependents. */
    static List<LaterChange> of(Connection c, long batch) throws SQLException {
        List<LaterChange> all = new ArrayList<>();
        TreeSet<Long> seen = new TreeSet<>();
        Deque<Long> todo = new ArrayDeque<>(List.of(batch));
        while (!todo.isEmpty()) {
            long next = todo.pop();
            for (LaterChange change : direct(c, next)) {
                all.add(change);
                if (seen.add(change.batch())) {
                    todo.push(change.batch());
                }
            }
        }
        return all;
    }

    private static List<LaterChange> direct(Connection c, long batch) throws SQLException {
        List<LaterChange> out = new ArrayList<>();
        try (PreparedStatement ps = c.prepareStatement(Sql.load("rollback/later-changes"))) {
            ps.setLong(1, batch);
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    out.add(new LaterChange(rs.getLong(1), rs.getString(2), rs.getString(3), rs.getLong(4),
                            rs.getString(5)));
                }
            }
        }
        return out;
    }
}
