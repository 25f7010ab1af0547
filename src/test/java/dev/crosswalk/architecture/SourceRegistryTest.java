package dev.crosswalk.architecture;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.crosswalk.config.CrosswalkSettings;
import dev.crosswalk.sample.DemoSet;
import dev.crosswalk.sample.SampleCatalog;
import dev.crosswalk.source.SourceDefinition;
import dev.crosswalk.source.Sources;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/**
 * One list of sources (docs/architecture.md, "Adding a source"): what else names sources derives from
 * {@code source.Sources}, and a source is complete with its declaration, its sample and its docs.
 */
class SourceRegistryTest {

    private final Sources sources = new Sources(CrosswalkSettings.load(Map.of()).sourceOptions());

    @Test
    void theSystemsAreThoseOfTheDeclaredSources() {
        assertEquals(sources.all().stream().map(SourceDefinition::system).distinct().toList(), Sources.SYSTEMS);
    }

    @Test
    void noSettingListsTheSourcesAgain() {
        assertEquals("", CrosswalkSettings.load(Map.of()).get("crosswalk.locks.systems", ""),
                "the systems of the sources are always counted; the setting only adds others");
    }

    @Test
    void everySourceHasASampleTheDemoPutsInItsInbox() {
        Set<String> fed = SampleCatalog.all().stream().map(format -> DemoSet.inboxFor(sources, format))
                .flatMap(java.util.Optional::stream).map(SourceDefinition::name).collect(Collectors.toSet());
        for (String source : sources.names()) {
            assertTrue(fed.contains(source), "no sample export goes to inbox/" + source + "/ (sample.SampleCatalog)");
        }
    }

    @Test
    void everySourceIsDocumented() throws Exception {
        String docs = Files.readString(Path.of("docs/sources.md"));
        List<String> missing = sources.names().stream().filter(s -> !docs.contains("`inbox/" + s + "/`")).toList();
        assertEquals(List.of(), missing, "docs/sources.md names every inbox");
    }
}
