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

/**
 * The field groups an import may change at each lock level, as import_lock_rules says at the start of a batch, and
 * what a refused change is: filling a blank is a suggestion ({@link #FILL_BLANK}), overwriting a value a
 * {@link #LOCKED} conflict. An organisation may let imports fill the blanks of PARTIAL_LOCK contacts.
 */
public final class LockPolicy {

    public static final String LOCKED = "LOCKED";
    public static final String FILL_BLANK = "FILL_BLANK";

    private final Map<LockLevel, Set<FieldGroup>> allowed;
    private final boolean fillBlanksOnPartialLock;

    public LockPolicy(Map<LockLevel, Set<FieldGroup>> allowed, boolean fillBlanksOnPartialLock) {
        this.allowed = allowed;
        this.fillBlanksOnPartialLock = fillBlanksOnPartialLock;
    }

    public static LockPolicy load(Connection connection, boolean fillBlanksOnPartialLock) throws SQLException {
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
        return new LockPolicy(allowed, fillBlanksOnPartialLock);
    }

    public boolean allows(LockLevel level, FieldGroup group) {
        return allowed.get(level).contains(group);
    }

    /** Whether an import may write a value into a field of this group; {@code blank}: the field is empty now. */
    public boolean allowsWrite(LockLevel level, FieldGroup group, boolean blank) {
        return allows(level, group) || blank && fillBlanksOnPartialLock && level == LockLevel.PARTIAL_LOCK;
    }

    /** The conflict reason of a refused write: a suggestion when it only fills a blank. */
    public static String refusal(boolean blank) {
        return blank ? FILL_BLANK : LOCKED;
    }
}
