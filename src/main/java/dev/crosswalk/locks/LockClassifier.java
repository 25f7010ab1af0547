package dev.crosswalk.locks;

import dev.crosswalk.db.Sql;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;

/**
 * Lock classification (docs/review.md) (the rules are in {@code sql/locks/classify.sql}), inside the caller's batch and
 * transaction so its changes are audited with that batch and undone with it. After every applied batch it looks
 * at the contacts the batch touched, when {@code crosswalk.locks.auto-classify} is on.
 */
public final class LockClassifier {

    /** Counts of one classification run. */
    public record Result(long contacts, long raised, long lowered, long reasonUpdated, long held) {
    }

    /** One line of the lock-level distribution: contacts per source system and level. */
    public record Share(String sourceSystem, String lockLevel, long contacts) {
    }

    private final boolean auto;
    private final String[] systems;

    /**
     * @param auto classify after every applied batch ({@code crosswalk.locks.auto-classify})
     * @param systems the systems a source name counts as: those of the sources, then {@code crosswalk.locks.systems}
     */
    public LockClassifier(boolean auto, List<String> systems) {
        this.auto = auto;
        this.systems = new LinkedHashSet<>(systems).toArray(String[]::new);
    }

    /** The hook run after a batch's own work, before it commits (a preview's numbers are therefore exact). */
    public void afterBatch(Connection c, long batch) throws SQLException {
        afterBatch(c, batch, null);
    }

    /** The hook run after an import: as {@link #afterBatch(Connection, long)}, its created contacts as noted. */
    public void afterImport(Connection c, long batch, CreatedContactSystems created) throws SQLException {
        afterBatch(c, batch, created);
    }

    /** What an import notes of the contacts it creates, for {@link #afterImport}. */
    public CreatedContactSystems createdBy(String sourceName, String sourceSystem) {
        return new CreatedContactSystems(this::systemOf, sourceName, sourceSystem);
    }

    private void afterBatch(Connection c, long batch, CreatedContactSystems created) throws SQLException {
        if (!auto) {
            return;
        }
        List<Long> contacts = new ArrayList<>();
        try (PreparedStatement ps = c.prepareStatement(Sql.load("locks/batch-contacts"))) {
            ps.setLong(1, batch);
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    long contact = rs.getLong(1);
                    if (created == null || !rs.getBoolean(2) || created.classifies(contact)) {
                        contacts.add(contact);
                    }
                }
            }
        }
        if (!contacts.isEmpty()) {
            classify(c, batch, contacts);
        }
    }

    /**
     * The system a source name counts as, as {@code sql/locks/classify.sql} counts it: the longest of the systems
     * that the name is, or begins with followed by a dash; else the name itself.
     */
    String systemOf(String source) {
        String system = source;
        int longest = -1;
        for (String known : systems) {
            if (known.length() > longest && (source.equals(known) || source.startsWith(known + "-"))) {
                system = known;
                longest = known.length();
            }
        }
        return system;
    }

    /** Classifies the given contacts, or every contact when {@code scope} is null. */
    public Result classify(Connection c, long batch, List<Long> scope) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement(Sql.load("locks/classify"))) {
            ps.setArray(1, c.createArrayOf("text", systems));
            ps.setArray(2, scope == null ? null : c.createArrayOf("bigint", scope.toArray()));
            ps.setLong(3, batch);
            try (ResultSet rs = ps.executeQuery()) {
                rs.next();
                return new Result(rs.getLong(1), rs.getLong(2), rs.getLong(3), rs.getLong(4), rs.getLong(5));
            }
        }
    }

    public static List<Share> distribution(Connection c) throws SQLException {
        List<Share> shares = new ArrayList<>();
        try (PreparedStatement ps = c.prepareStatement(Sql.load("locks/distribution"));
                ResultSet rs = ps.executeQuery()) {
            while (rs.next()) {
                shares.add(new Share(rs.getString(1), rs.getString(2), rs.getLong(3)));
            }
        }
        return shares;
    }

    /** The distribution as source → level → contacts, for reports. */
    public static Map<String, Map<String, Long>> bySource(List<Share> shares) {
        Map<String, Map<String, Long>> out = new LinkedHashMap<>();
        shares.forEach(s -> out.computeIfAbsent(s.sourceSystem(), k -> new LinkedHashMap<>())
                .put(s.lockLevel(), s.contacts()));
        return out;
    }
}
