package dev.crosswalk.source;

import dev.crosswalk.model.LockLevel;
import java.util.List;

/**
 * A source as operators name it: its inbox folder (and CLI name), the source its consent and identities
 * belong to, the lock level of contacts it creates, its consent role, and the formats its files may have.
 */
public record SourceDefinition(String name, String system, LockLevel initialLock, String initialLockReason,
        ConsentRole consentRole, List<SourceFormat> formats) {
}
