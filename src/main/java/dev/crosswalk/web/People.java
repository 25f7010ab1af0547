package dev.crosswalk.web;

import dev.crosswalk.db.Sql;
import java.sql.Array;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.Collection;
import java.util.HashMap;
import java.util.Map;
import javax.sql.DataSource;

/** The people a page names, read in one query: what a reviewer needs to tell who they are. */
final class People {

    record Person(long id, String name, String email, String phone, String place, String lockLevel,
            String lockReason, boolean subscribed, boolean deleted, String emails, String sources, String since) {
    }

    private final DataSource dataSource;

    People(DataSource dataSource) {
        this.dataSource = dataSource;
    }

    Map<Long, Person> of(Collection<Long> ids) throws SQLException {
        Map<Long, Person> people = new HashMap<>();
        if (ids.isEmpty()) {
            return people;
        }
        try (Connection c = dataSource.getConnection();
                PreparedStatement ps = c.prepareStatement(Sql.load("web/contacts"))) {
            Array array = c.createArrayOf("bigint", ids.toArray());
            ps.setArray(1, array);
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    people.put(rs.getLong("id"), new Person(rs.getLong("id"), rs.getString("name"),
                            rs.getString("email"), rs.getString("phone"), rs.getString("place"),
                            rs.getString("lock_level"), rs.getString("lock_reason"), rs.getBoolean("email_subscribed"),
                            rs.getBoolean("deleted"), rs.getString("emails"), rs.getString("sources"),
                            rs.getString("since")));
                }
            }
        }
        return people;
    }
}
