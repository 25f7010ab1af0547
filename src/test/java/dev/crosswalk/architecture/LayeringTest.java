package dev.crosswalk.architecture;

import static com.tngtech.archunit.library.Architectures.layeredArchitecture;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;

import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.junit.AnalyzeClasses;
import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.lang.ArchRule;
import com.tngtech.archunit.library.Architectures.LayeredArchitecture;
import java.util.List;

/**
 * The layers of docs/architecture.md, bottom to top: each layer uses only the layers it names, and no two
 * top-level packages depend on each other, directly or around a circle.
 */
@AnalyzeClasses(packages = "dev.crosswalk", importOptions = ImportOption.DoNotIncludeTests.class)
class LayeringTest {

    /**
     * A layer and its packages ("" is dev.crosswalk itself), bottom first as in docs/architecture.md; it may use the
     * layers {@code uses} names, or when that is empty every layer below it.
     */
    private record Layer(String name, List<String> packages, List<String> uses) {
    }

    private static final List<Layer> LAYERS = List.of(
            new Layer("Vocabulary", List.of("value", "model", "csv"), List.of()),
            new Layer("Formats", List.of("source", "sample"), List.of("Vocabulary")),
            new Layer("Settings", List.of("config"), List.of()),
            new Layer("Storage", List.of("db"), List.of()),
            new Layer("Rules", List.of("protect", "consent"), List.of("Vocabulary", "Formats")),
            new Layer("Decide", List.of("decide"), List.of("Vocabulary", "Formats", "Rules")),
            new Layer("Load", List.of("match"), List.of()),
            new Layer("Write", List.of("apply", "report"), List.of()),
            new Layer("Ledger", List.of("rollback"), List.of()),
            new Layer("Operations", List.of("locks", "merge", "erasure", "retention", "audit", "adopt"), List.of()),
            new Layer("Import", List.of("pipeline", "review"), List.of()),
            new Layer("Service", List.of("service", "health", "bench", "web"), List.of()),
            new Layer("Commands", List.of("cli", ""), List.of()));

    @ArchTest
    static final ArchRule eachLayerUsesOnlyTheLayersBelowItThatItNames = layers();

    @ArchTest
    static final ArchRule noTopLevelPackagesDependOnEachOtherInACircle =
            slices().matching("dev.crosswalk.(*)..").should().beFreeOfCycles();

    private static LayeredArchitecture layers() {
        LayeredArchitecture architecture = layeredArchitecture().consideringOnlyDependenciesInLayers()
                .ensureAllClassesAreContainedInArchitecture();
        for (Layer layer : LAYERS) {
            architecture = architecture.layer(layer.name()).definedBy(layer.packages().stream()
                    .map(p -> p.isEmpty() ? "dev.crosswalk" : "dev.crosswalk." + p + "..").toArray(String[]::new));
        }
        for (int i = 0; i < LAYERS.size(); i++) {
            Layer layer = LAYERS.get(i);
            List<String> uses = layer.uses().isEmpty()
                    ? LAYERS.subList(0, i).stream().map(Layer::name).toList() : layer.uses();
            architecture = uses.isEmpty() ? architecture.whereLayer(layer.name()).mayNotAccessAnyLayer()
                    : architecture.whereLayer(layer.name()).mayOnlyAccessLayers(uses.toArray(String[]::new));
        }
        return architecture;
    }
}
