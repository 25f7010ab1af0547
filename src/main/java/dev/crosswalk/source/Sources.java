package dev.crosswalk.source;

import dev.crosswalk.config.CrosswalkSettings;
import dev.crosswalk.model.LockLevel;
import dev.crosswalk.source.kajabi.KajabiPeopleFormat;
import dev.crosswalk.source.kajabi.KajabiSegmentFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** Every source Crosswalk reads, keyed by the name of its inbox folder. */
public final class Sources {

    private final Map<String, SourceDefinition> byName = new LinkedHashMap<>();

    public Sources(CrosswalkSettings settings) {
        add(settings, "kajabi", "kajabi", LockLevel.UNLOCKED, null, new KajabiPeopleFormat());
        add(settings, "kajabi-subscribed", "kajabi", LockLevel.UNLOCKED, null, new KajabiSegmentFormat(true));
        add(settings, "kajabi-unsubscribed", "kajabi", LockLevel.UNLOCKED, null, new KajabiSegmentFormat(false));
    }

    private void add(CrosswalkSettings settings, String name, String system, LockLevel lock, String lockReason,
            SourceFormat... formats) {
        ConsentRole role = ConsentRole.parse(settings.consentRole(system, "authoritative"));
        byName.put(name, new SourceDefinition(name, system, lock, lockReason, role, List.of(formats)));
    }

    public Optional<SourceDefinition> find(String name) {
        return Optional.ofNullable(byName.get(name));
    }

    public List<SourceDefinition> all() {
        return List.copyOf(byName.values());
    }

    public List<String> names() {
        return List.copyOf(byName.keySet());
    }
}
