package dev.crosswalk.locks;

import dev.crosswalk.decide.ChangeSet.NewIdentity;
import dev.crosswalk.decide.ChunkPlan;
import dev.crosswalk.decide.ChunkPlan.Merge;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;
import java.util.function.UnaryOperator;

/**
 * What an import's classification needs to know of the contacts the import created. Such a contact's data comes
 * from this batch alone, and the import writes its contact, emails, consent and money rows under the batch's own
 * source. While its identities name that source's system too and no merge took it in, the rules count one system
 * for it: they would keep the level its source gave it at creation, so classifying it changes nothing and is left
 * out (at a million new contacts, a sixth of the import's database time). An identity of another system, or a merge
 * on either side, puts the contact back in the classification. Fed every chunk's plan, in order; per batch.
 */
public final class CreatedContactSystems {

    private final UnaryOperator<String> systemOf;
    private final Map<String, String> systems = new HashMap<>();
    /** the one system the batch's rows name; null when its source's name and system count as two */
    private final String system;
    private final Set<Long> mixed = new HashSet<>();

    CreatedContactSystems(UnaryOperator<String> systemOf, String sourceName, String sourceSystem) {
        this.systemOf = systemOf;
        String named = systemOf.apply(sourceName);
        this.system = named.equals(systemOf.apply(sourceSystem)) ? named : null;
    }

    /** Notes what in a chunk's plan can give a contact a second system: identities and merges. */
    public void chunk(ChunkPlan plan) {
        if (system == null) {
            return;
        }
        for (NewIdentity i : plan.changes().identities()) {
            if (!system.equals(systems.computeIfAbsent(i.identity().source(), systemOf))) {
                mixed.add(i.contactId());
            }
        }
        for (Merge m : plan.merges()) {
            mixed.add(m.keep());
            mixed.add(m.duplicate());
        }
    }

    /** Whether a contact this batch created must be classified: its data may name more than one system. */
    boolean classifies(long contact) {
        return system == null || mixed.contains(contact);
    }
}
