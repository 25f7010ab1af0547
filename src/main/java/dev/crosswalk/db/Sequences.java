package dev.crosswalk.db;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;

/** Ids taken ahead from a sequence, so rows can be written with COPY and still be referenced. */
public final class Sequences {

    private Sequences() {
    }

    public static long[] next(Connection connection, String sequence, int count) throws SQLException {
        long[] ids = new long[count];
        if (count == 0) {
            return ids;
        }
        try (PreparedStatement ps = connection.prepareStatement(Sql.load("common/next-ids"))) {
            ps.setString(1, sequence);
            ps.setInt(2, count);
            try (ResultSet rs = ps.executeQuery()) {
                for (int i = 0; rs.next(); i++) {
                    ids[i] = rs.getLong(1);
                }
            }
        }
        return ids;
    }
}
