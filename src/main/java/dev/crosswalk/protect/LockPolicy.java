package dev.crosswalk.protect;

import dev.crosswalk.model.FieldGroup;
import dev.crosswalk.model.LockLevel;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.Map;
import java.util.Set;

/**
 * The field groups an import may change at each lock level, as import_lock_rules says at the start of a batch
 * (read by match/LockRules), and what a refused change is: filling a blank is a suggestion ({@link #FILL_BLANK}),
 * overwriting a value a {@link #LOCKED} conflict. An organisation may let imports fill the blanks of PARTIAL_LOCK
 * contacts. Pure rules: no database.
 */
public final class LockPolicy {

    public static final String LOCKED = "LOCKED";
    public static final String FILL_BLANK = "FILL_BLANK";

    private final Map<LockLevel, Set<FieldGroup>> allowed;
    private final boolean fillBlanksOnPartialLock;

    /** {@code allowed}: the groups each level opens; source_system is never among them, whatever the rules say. */
    public LockPolicy(Map<LockLevel, Set<FieldGroup>> allowed, boolean fillBlanksOnPartialLock) {
        this.allowed = new EnumMap<>(LockLevel.class);
        for (LockLevel level : LockLevel.values()) {
            Set<FieldGroup> groups = EnumSet.noneOf(FieldGroup.class);
            groups.addAll(allowed.getOrDefault(level, Set.of()));
            // source_system records where a contact came from: no rule row can open it
            groups.remove(FieldGroup.SOURCE_SYSTEM);
            this.allowed.put(level, groups);
        }
        this.fillBlanksOnPartialLock = fillBlanksOnPartialLock;
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
