package dev.crosswalk.protect;

import dev.crosswalk.model.FieldGroup;
import dev.crosswalk.model.LockLevel;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.Map;
import java.util.Set;

/**
 * What a lock level means, as import_lock_rules say at the start of a batch (read by match/LockRules): the field
 * groups each level leaves open to sources. A level a person set (a {@code locks set}, the adopted database's lock)
 * makes the values of the groups it closes the person's; a level the classifier set ({@code auto: …}) is a label
 * only, so it never changes what an import stores or asks (docs/values.md). An organisation may ask for a person's
 * approval before an import fills a blank of a contact a person put at FULL_LOCK ({@link #FILL_BLANK}); a source
 * contradicting a person's value is a {@link #LOCKED} conflict. Pure rules: no database.
 */
public final class LockPolicy {

    public static final String LOCKED = "LOCKED";
    public static final String FILL_BLANK = "FILL_BLANK";

    private final Map<LockLevel, Set<FieldGroup>> allowed;
    private final boolean approveFillsOnFullLock;

    /** {@code allowed}: the groups each level opens; source_system is never among them, whatever the rules say. */
    public LockPolicy(Map<LockLevel, Set<FieldGroup>> allowed, boolean approveFillsOnFullLock) {
        this.allowed = new EnumMap<>(LockLevel.class);
        for (LockLevel level : LockLevel.values()) {
            Set<FieldGroup> groups = EnumSet.noneOf(FieldGroup.class);
            groups.addAll(allowed.getOrDefault(level, Set.of()));
            // source_system records where a contact came from: no rule row can open it
            groups.remove(FieldGroup.SOURCE_SYSTEM);
            this.allowed.put(level, groups);
        }
        this.approveFillsOnFullLock = approveFillsOnFullLock;
    }

    public boolean allows(LockLevel level, FieldGroup group) {
        return allowed.get(level).contains(group);
    }

    /** A level a person chose (lock_reason {@code person: …}) or the adopted database held ({@code adopted: …}). */
    public static boolean setByPerson(String lockReason) {
        return lockReason != null && (lockReason.startsWith("person:") || lockReason.startsWith("adopted:"));
    }

    /** Whether a person's lock closes {@code group}: its values are the person's, whatever source offers others. */
    public boolean personHolds(LockLevel level, String lockReason, FieldGroup group) {
        return setByPerson(lockReason) && !allows(level, group);
    }

    /** Whether filling a blank of such a contact waits for a person's approval (one FILL_BLANK per field and batch). */
    public boolean asksBeforeFilling(LockLevel level, String lockReason) {
        return approveFillsOnFullLock && level == LockLevel.FULL_LOCK && setByPerson(lockReason);
    }
}
