package dev.crosswalk.architecture;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import com.tngtech.archunit.base.DescribedPredicate;
import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.domain.JavaConstructorCall;
import com.tngtech.archunit.core.domain.JavaMethodCall;
import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.junit.AnalyzeClasses;
import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.lang.ArchRule;
import dev.crosswalk.config.CrosswalkSettings;
import dev.crosswalk.db.Database;
import dev.crosswalk.service.CompositionRoot;
import dev.crosswalk.service.CrosswalkRuntime;
import java.util.Set;
import javax.sql.DataSource;

/**
 * One composition root (docs/architecture.md): the settings of the process are read, and the database opened, by
 * {@code service.CompositionRoot} alone, and the commands receive their services from it instead of building them.
 */
@AnalyzeClasses(packages = "dev.crosswalk", importOptions = ImportOption.DoNotIncludeTests.class)
class CompositionRootTest {

    /** What a service is built from: a class whose constructor takes one of these is wired by the root. */
    private static final Set<String> WIRING = Set.of(CrosswalkSettings.class.getName(), Database.class.getName(),
            DataSource.class.getName());

    @ArchTest
    static final ArchRule onlyTheRootReadsTheProcessSettings = noClasses()
            .that().doNotBelongToAnyOf(CompositionRoot.class, CrosswalkSettings.class)
            .should().callMethod(CrosswalkSettings.class, "load")
            .because("the settings resolve once, in the composition root, and are handed down from there");

    @ArchTest
    static final ArchRule onlyTheRootOpensTheDatabase = noClasses()
            .that().doNotBelongToAnyOf(CompositionRoot.class, Database.class)
            .should().callMethodWhere(new DescribedPredicate<JavaMethodCall>("Database.open") {
                @Override
                public boolean test(JavaMethodCall call) {
                    return call.getTargetOwner().isEquivalentTo(Database.class) && "open".equals(call.getName());
                }
            })
            .because("one database per process, opened by the composition root and closed with it");

    /**
     * Only the composition layer reads the settings — config (where they resolve), service (the root, and the
     * runtime it hands them to), cli and the launcher's package — and hands every other class a typed record of the
     * options it uses (an import's {@code ImportOptions}, the database's {@code Database.Options}, the review's
     * {@code WebSettings}, the health endpoint's {@code HealthPort}). One exception: bench, which composes
     * installations of its own (a settings object per benchmark home, as a root does).
     */
    @ArchTest
    static final ArchRule onlyTheCompositionLayerTakesTheSettings = noClasses()
            .that().resideOutsideOfPackages("dev.crosswalk", "dev.crosswalk.config..", "dev.crosswalk.service..",
                    "dev.crosswalk.cli..", "dev.crosswalk.bench..")
            .should().dependOnClassesThat().belongToAnyOf(CrosswalkSettings.class)
            .because("the composition root hands each service what it uses, not the whole settings");

    @ArchTest
    static final ArchRule commandsBuildNoService = noClasses()
            .that().resideInAPackage("dev.crosswalk.cli..")
            .should().callConstructorWhere(new DescribedPredicate<JavaConstructorCall>(
                    "a constructor taking the settings, the database or its pool") {
                @Override
                public boolean test(JavaConstructorCall call) {
                    return call.getTarget().getRawParameterTypes().stream().map(JavaClass::getName)
                            .anyMatch(WIRING::contains);
                }
            })
            .orShould().callMethodWhere(new DescribedPredicate<JavaMethodCall>("CrosswalkRuntime.create") {
                @Override
                public boolean test(JavaMethodCall call) {
                    return call.getTargetOwner().isEquivalentTo(CrosswalkRuntime.class)
                            && "create".equals(call.getName());
                }
            })
            .because("a command receives its services from the composition root (cli.Root)");
}
