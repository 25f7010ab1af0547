package dev.crosswalk.architecture;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.junit.AnalyzeClasses;
import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.lang.ArchRule;

/** What the formats, the decision core and the commands must never reach, whatever the layers allow. */
@AnalyzeClasses(packages = "dev.crosswalk", importOptions = ImportOption.DoNotIncludeTests.class)
class BoundariesTest {

    @ArchTest
    static final ArchRule formatsReachNoSettingsDatabaseWritersPipelineOrCamel = noClasses()
            .that().resideInAPackage("dev.crosswalk.source..")
            .should().dependOnClassesThat().resideInAnyPackage("dev.crosswalk.config..", "dev.crosswalk.db..",
                    "dev.crosswalk.apply..", "dev.crosswalk.pipeline..", "org.apache.camel..", "java.sql..",
                    "javax.sql..")
            .because("an export format reads a row into the model with its typed options, and nothing else "
                    + "(docs/architecture.md)");

    @ArchTest
    static final ArchRule theDecisionCoreAndItsRulesReachNoJdbcCamelOrSettings = noClasses()
            .that().resideInAnyPackage("dev.crosswalk.decide..", "dev.crosswalk.protect..", "dev.crosswalk.consent..")
            .should().dependOnClassesThat().resideInAnyPackage("java.sql..", "javax.sql..", "org.apache.camel..",
                    "dev.crosswalk.config..")
            .because("deciding is a pure function of the rows, the snapshot and the rules (docs/architecture.md)");

    @ArchTest
    static final ArchRule commandsReachNoJdbc = noClasses()
            .that().resideInAPackage("dev.crosswalk.cli..")
            .should().dependOnClassesThat().resideInAnyPackage("java.sql..", "javax.sql..")
            .because("a command calls a service or repository, which owns its SQL (docs/architecture.md)");
}
