package dev.crosswalk.architecture;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static org.junit.jupiter.api.Assertions.assertEquals;

import com.tngtech.archunit.base.DescribedPredicate;
import com.tngtech.archunit.core.domain.JavaConstructorCall;
import com.tngtech.archunit.core.domain.JavaMethodCall;
import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.junit.AnalyzeClasses;
import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.lang.ArchRule;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.apache.camel.Exchange;
import org.junit.jupiter.api.Test;

/**
 * The import route's stage contract (docs/architecture.md): each stage takes what the one before produced, as the
 * message body, and returns what the next needs; no stage reads an exchange property (only the error path reads
 * the two the route keeps, for what doFinally closes and the error reports); the per-batch objects are built by one
 * assembler. A stage reading a shared batch is what made the route a blackboard.
 */
@AnalyzeClasses(packages = "dev.crosswalk", importOptions = ImportOption.DoNotIncludeTests.class)
class ImportStagesTest {

    private static final String PIPELINE = "dev.crosswalk.pipeline.";

    /** The error path: doCatch's rollback and the error handling's processors read the failure and the batch. */
    private static final Set<String> ERROR_PATH = Set.of("BatchFailure", "RejectionReporter", "FailureReporter",
            "DatabaseRetryLog");

    /** The per-batch objects of an import: made for one batch, on its open transaction. */
    private static final Set<String> PER_BATCH = Set.of(PIPELINE + "OpenImport", PIPELINE + "RowStream",
            PIPELINE + "ChunkProcessor", "dev.crosswalk.apply.ChunkWriter", "dev.crosswalk.apply.MoneyWriter",
            "dev.crosswalk.apply.SubscriptionReconciliation", "dev.crosswalk.decide.ChunkDecider",
            "dev.crosswalk.match.ChunkLoader", "dev.crosswalk.db.PlannerStatistics");

    @ArchTest
    static final ArchRule noStageReadsAnExchangeProperty = noClasses()
            .that().resideInAPackage("dev.crosswalk.pipeline")
            .and().haveNameNotMatching("dev\\.crosswalk\\.pipeline\\.(" + String.join("|", ERROR_PATH) + ")(\\$.*)?")
            .should().callMethodWhere(new DescribedPredicate<JavaMethodCall>("an exchange property read or set") {
                @Override
                public boolean test(JavaMethodCall call) {
                    return call.getTargetOwner().isAssignableTo(Exchange.class)
                            && call.getName().matches("(get|set|remove)Propert(y|ies)|getAllProperties");
                }
            })
            .because("a stage takes the body the one before it returned; the route's properties are for doFinally "
                    + "and the error path");

    @ArchTest
    static final ArchRule oneAssemblerBuildsThePerBatchObjects = noClasses()
            .that().resideInAPackage("dev.crosswalk.pipeline")
            .and().doNotHaveFullyQualifiedName(PIPELINE + "BatchAssembler")
            .should().callConstructorWhere(new DescribedPredicate<JavaConstructorCall>("a per-batch object's") {
                @Override
                public boolean test(JavaConstructorCall call) {
                    return PER_BATCH.contains(call.getTargetOwner().getName());
                }
            })
            .because("one assembler builds a batch's objects, on its open transaction (BatchAssembler)");

    /**
     * The route shows what flows: its bean steps take {@code ${body}} (or the exchange), and the one exchange
     * property a step takes is the batch doFinally closes.
     */
    @Test
    void theRoutesStepsTakeTheBodyAndOnlyDoFinallyTakesTheBatchProperty() throws IOException {
        String route = Files.readString(Path.of("routes/import-pipeline.camel.yaml"));
        Matcher taken = Pattern.compile("\\$\\{exchangeProperty\\.[A-Za-z]+}").matcher(route);
        List<String> found = taken.results().map(r -> route.substring(route.lastIndexOf("method:", r.start()),
                route.indexOf('\n', r.start()))).toList();
        assertEquals(List.of("method: \"close(${exchangeProperty.CrosswalkBatch})\""), found);
    }
}
