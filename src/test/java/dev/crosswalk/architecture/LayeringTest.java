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

    /** A layer, its packages, and the layers below it that it may use (the order of docs/architecture.md). */
    private record Layer(String name, List<String> packages, List<String> uses) {
    }

    private static final List<Layer> LAYERS = List.of(
            new Layer("Vocabulary", List.of("value", "model", "csv"), List.of()),
            new Layer("Settings", List.of("config"), List.of("Vocabulary")),
            new Layer("Storage", List.of("db"), List.of("Vocabulary", "Settings")),
            new Layer("Formats", List.of("source", "sample"), List.of("Vocabulary")),
            new Layer("Decide", List.of("decide"), List.of("Vocabulary", "Formats")),
            new Layer("Load", List.of("match", "protect", "consent"),
                    List.of("Vocabulary", "Settings", "Storage", "Formats", "Decide")),
            new Layer("Write", List.of("apply", "report"),
                    List.of("Vocabulary", "Settings", "Storage", "Formats", "Decide", "Load")),
            new Layer("Operations", List.of("pipeline", "review", "rollback", "locks", "merge", "erasure",
                    "retention", "audit", "adopt", "health"),
                    List.of("Vocabulary", "Settings", "Storage", "Formats", "Decide", "Load", "Write")),
            new Layer("Service", List.of("service", "bench"),
                    List.of("Vocabulary", "Settings", "Storage", "Formats", "Decide", "Load", "Write", "Operations")),
            new Layer("Commands", List.of("cli", ""),
                    List.of("Vocabulary", "Settings", "Storage", "Formats", "Decide", "Load", "Write", "Operations",
                            "Service")));

    @ArchTest
    static final ArchRule eachLayerUsesOnlyTheLayersBelowItThatItNames = layers();

    @ArchTest
    static final ArchRule noTopLevelPackagesDependOnEachOtherInACircle =
            slices().matching("dev.crosswalk.(*)..").should().beFreeOfCycles();

    private static LayeredArchitecture layers() {
        LayeredArchitecture architecture = layeredArchitecture().consideringOnlyDependenciesInLayers()
                .ensureAllClassesAreContainedInArchitecture();
        for (Layer layer : LAYERS) {
            // the decision core's package may not exist yet on a branch that predates it
            architecture = (layer.name().equals("Decide") ? architecture.optionalLayer(layer.name())
                    : architecture.layer(layer.name())).definedBy(layer.packages().stream()
                    .map(p -> p.isEmpty() ? "dev.crosswalk" : "dev.crosswalk." + p + "..").toArray(String[]::new));
        }
        for (Layer layer : LAYERS) {
            architecture = layer.uses().isEmpty() ? architecture.whereLayer(layer.name()).mayNotAccessAnyLayer()
                    : architecture.whereLayer(layer.name()).mayOnlyAccessLayers(layer.uses().toArray(String[]::new));
        }
        return architecture;
    }
}
