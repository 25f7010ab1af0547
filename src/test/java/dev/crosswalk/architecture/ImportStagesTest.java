package dev.crosswalk.architecture;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import com.tngtech.archunit.base.DescribedPredicate;
import com.tngtech.archunit.core.domain.JavaAccess;
import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.junit.AnalyzeClasses;
import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.lang.ArchRule;
import com.tngtech.archunit.lang.CompositeArchRule;
import dev.crosswalk.pipeline.ImportBatch;
import java.util.List;
import java.util.Map;

/**
 * The import route's stage contract (docs/architecture.md): each part of a file's batch has one producer — the stage
 * that makes it sets it, once — and every later stage only reads it. A part set by a second stage is what made the
 * route a blackboard.
 */
@AnalyzeClasses(packages = "dev.crosswalk", importOptions = ImportOption.DoNotIncludeTests.class)
class ImportStagesTest {

    /** A part of ImportBatch (a field, or the method that sets it) and the only stages that may produce it. */
    private static final Map<String, List<String>> PRODUCERS = Map.of(
            "file", List.of("FileRecognition"),
            "rows", List.of("RowChunks"),
            "reconciliation", List.of("WholeFileChecks"),
            "began", List.of("BatchTransaction"),
            "assembled", List.of("BatchTransaction"),
            "settle", List.of("DuplicateCheck", "BatchTransaction", "BatchFailure"));

    @ArchTest
    static final ArchRule eachPartOfABatchHasOneProducingStage = CompositeArchRule.of(PRODUCERS.entrySet().stream()
            .map(e -> (ArchRule) noClasses().that().haveNameNotMatching("dev\\.crosswalk\\.pipeline\\.(ImportBatch|"
                    + String.join("|", e.getValue()) + ")(\\$.*)?")
                    .should().setFieldWhere(named(e.getKey()))
                    .orShould().callMethodWhere(named(e.getKey()))
                    .as("only " + e.getValue() + " produce a batch's " + e.getKey()))
            .toList()).as("each part of a file's batch has one producing stage");

    private static DescribedPredicate<JavaAccess<?>> named(String part) {
        return DescribedPredicate.describe("ImportBatch." + part,
                a -> a.getTargetOwner().isEquivalentTo(ImportBatch.class) && a.getName().equals(part));
    }
}
