package dev.crosswalk.protect;

import dev.crosswalk.db.Sql;
import dev.crosswalk.model.FieldGroup;
import dev.crosswalk.model.LockLevel;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.Map;
import java.util.Set;

/** The field groups an import may change at each lock level, as import_lock_rules says at the start of a batch. */
public final class LockPolicy {

    private final Map<LockLevel, Set<FieldGroup>> allowed;

    public LockPolicy(Map<LockLevel, Set<FieldGroup>> allowed) {
        this.allowed = allowed;
    }

    public static LockPolicy load(Connection connection) throws SQLException {
        Map<LockLevel, Set<FieldGroup>> allowed = new EnumMap<>(LockLevel.class);
        for (LockLevel level : LockLevel.values()) {
            allowed.put(level, EnumSet.noneOf(FieldGroup.class));
        }
        try (Statement st = connection.createStatement();
                ResultSet rs = st.executeQuery(Sql.load("match/lock-rules"))) {
            while (rs.next()) {
                allowed.get(LockLevel.valueOf(rs.getString(1))).add(FieldGroup.ofKey(rs.getString(2)));
            }
        }
        // source_system records where a contact came from: no rule row can open it
        allowed.values().forEach(groups -> groups.remove(FieldGroup.SOURCE_SYSTEM));
        return new LockPolicy(allowed);
    }

    public boolean allows(LockLevel level, FieldGroup group) {
        return allowed.get(level).contains(group);
    }
}
