package dev.crosswalk.erasure;

import dev.crosswalk.db.Sql;
import dev.crosswalk.match.ErasedRows;
import dev.crosswalk.model.EmailAddress;
import dev.crosswalk.model.Identity;
import dev.crosswalk.model.SourceRecord;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The keyed hashes of erased emails and source ids. An email is hashed in its matching form (trimmed, lower-case),
 * a source id as source and id, so an import row hashes its keys the same way the erasure did.
 */
public final class Tombstones {

    private final ErasureKey key;

    public Tombstones(ErasureKey key) {
        this.key = key;
    }

    public String email(String matchingKey) {
        return key.hmac("email\u0000" + matchingKey);
    }

    public String identity(String source, String externalId) {
        return key.hmac("identity\u0000" + source + "\u0000" + externalId);
    }

    /**
     * The check for a batch that holds the import lock (an erasure takes it too, so no tombstone appears while the
     * batch runs): an installation that never erased anyone neither hashes nor queries per chunk.
     */
    public ErasedRows forBatch(Connection c) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement(Sql.load("erasure/tombstones-any"));
                ResultSet rs = ps.executeQuery()) {
            rs.next();
            return rs.getBoolean(1) ? this::erasedRows : (conn, rows) -> Map.of();
        }
    }

    private Map<Long, LocalDate> erasedRows(Connection c, List<SourceRecord> rows) throws SQLException {
        Map<Long, Set<String>> hashesByLine = new LinkedHashMap<>();
        Set<String> all = new LinkedHashSet<>();
        for (SourceRecord row : rows) {
            Set<String> hashes = new LinkedHashSet<>();
            for (EmailAddress e : row.contact().emails()) {
                hashes.add(email(e.key()));
            }
            for (Identity i : row.contact().identities()) {
                hashes.add(identity(i.source(), i.externalId()));
            }
            hashesByLine.put(row.line(), hashes);
            all.addAll(hashes);
        }
        Map<String, LocalDate> found = find(c, all);
        Map<Long, LocalDate> erased = new HashMap<>();
        if (found.isEmpty()) {
            return erased;
        }
        hashesByLine.forEach((line, hashes) -> hashes.stream().filter(found::containsKey).map(found::get)
                .min(LocalDate::compareTo).ifPresent(date -> erased.put(line, date)));
        return erased;
    }

    private static Map<String, LocalDate> find(Connection c, Collection<String> hashes) throws SQLException {
        Map<String, LocalDate> found = new HashMap<>();
        if (hashes.isEmpty()) {
            return found;
        }
        try (PreparedStatement ps = c.prepareStatement(Sql.load("erasure/tombstones-find"))) {
            ps.setArray(1, c.createArrayOf("text", hashes.toArray()));
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    found.put(rs.getString(1), rs.getTimestamp(2).toInstant().atZone(ZoneOffset.UTC).toLocalDate());
                }
            }
        }
        return found;
    }

    /** Adds tombstones for these emails (matching form) and ids; ones already there stay as they were. */
    public long record(Connection c, long batch, Collection<String> emails, Collection<Identity> identities)
            throws SQLException {
        Map<String, String> kinds = new LinkedHashMap<>();
        emails.forEach(e -> kinds.put(email(e), "email"));
        identities.forEach(i -> kinds.put(identity(i.source(), i.externalId()), "identity"));
        try (PreparedStatement ps = c.prepareStatement(Sql.load("erasure/tombstones-insert"))) {
            ps.setArray(1, c.createArrayOf("text", kinds.keySet().toArray()));
            ps.setArray(2, c.createArrayOf("text", kinds.values().toArray()));
            ps.setLong(3, batch);
            return ps.executeUpdate();
        }
    }
}
