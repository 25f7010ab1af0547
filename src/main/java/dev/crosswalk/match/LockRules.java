package dev.crosswalk.match;

import dev.crosswalk.db.Sql;
import dev.crosswalk.model.FieldGroup;
import dev.crosswalk.model.LockLevel;
import dev.crosswalk.protect.LockPolicy;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.Map;
import java.util.Set;

/** Reads import_lock_rules (editable data) once per batch into the pure {@link LockPolicy}. */
public final class LockRules {

    private LockRules() {
    }

    public static LockPolicy load(Connection connection, boolean approveFillsOnFullLock) throws SQLException {
        Map<LockLevel, Set<FieldGroup>> allowed = new EnumMap<>(LockLevel.class);
        try (Statement st = connection.createStatement();
                ResultSet rs = st.executeQuery(Sql.load("match/lock-rules"))) {
            while (rs.next()) {
                allowed.computeIfAbsent(LockLevel.valueOf(rs.getString(1)), l -> EnumSet.noneOf(FieldGroup.class))
                        .add(FieldGroup.ofKey(rs.getString(2)));
            }
        }
        return new LockPolicy(allowed, approveFillsOnFullLock);
    }
}
