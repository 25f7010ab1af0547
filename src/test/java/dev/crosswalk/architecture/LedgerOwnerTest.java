package dev.crosswalk.architecture;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.junit.AnalyzeClasses;
import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.lang.ArchRule;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * The batch ledger ({@code import_batches}) is written by the batch lifecycle alone: the statements that write it
 * are loaded by {@code rollback.LedgerRows} only, which only {@code UnitOfWork} and {@code OpenBatch} use.
 */
@AnalyzeClasses(packages = "dev.crosswalk", importOptions = ImportOption.DoNotIncludeTests.class)
class LedgerOwnerTest {

    private static final Path SQL = Path.of("src/main/resources/sql");
    private static final Path JAVA = Path.of("src/main/java");
    private static final Path OWNER = JAVA.resolve("dev/crosswalk/rollback/LedgerRows.java");
    private static final Pattern WRITES = Pattern.compile(
            "\\b(insert\\s+into|update|delete\\s+from)\\s+import_batches\\b", Pattern.CASE_INSENSITIVE);
    private static final Pattern LOADS = Pattern.compile("Sql\\.load\\(\"([^\"]+)\"");

    @ArchTest
    static final ArchRule theLedgerRowsAreWrittenByTheBatchLifecycleAlone = classes()
            .that().haveFullyQualifiedName("dev.crosswalk.rollback.LedgerRows")
            .should().onlyBeAccessed().byClassesThat().haveNameMatching(
                    "dev\\.crosswalk\\.rollback\\.(UnitOfWork|OpenBatch|LedgerRows)(\\$.*)?")
            .because("every batch kind runs through one lifecycle, which alone writes import_batches "
                    + "(docs/architecture.md)");

    @Test
    void onlyTheOwnersStatementsWriteTheLedgerAndOnlyTheOwnerLoadsThem() throws IOException {
        Set<String> writers = new TreeSet<>();
        try (Stream<Path> files = Files.walk(SQL)) {
            for (Path file : files.filter(f -> f.toString().endsWith(".sql")).toList()) {
                if (WRITES.matcher(Files.readString(file)).find()) {
                    String name = SQL.relativize(file).toString().replace('\\', '/');
                    writers.add(name.substring(0, name.length() - ".sql".length()));
                }
            }
        }
        Set<String> owned = new TreeSet<>();
        Matcher loads = LOADS.matcher(Files.readString(OWNER));
        while (loads.find()) {
            owned.add(loads.group(1));
        }
        assertFalse(writers.isEmpty(), "the ledger's statements were found");
        assertTrue(owned.containsAll(writers), "statements writing import_batches outside LedgerRows: "
                + writers.stream().filter(w -> !owned.contains(w)).toList());

        TreeMap<String, List<String>> elsewhere = new TreeMap<>();
        try (Stream<Path> files = Files.walk(JAVA)) {
            for (Path file : files.filter(f -> f.toString().endsWith(".java") && !f.equals(OWNER)).toList()) {
                String text = Files.readString(file);
                List<String> named = writers.stream().filter(w -> text.contains("\"" + w + "\"")).toList();
                if (!named.isEmpty() || WRITES.matcher(text).find()) {
                    elsewhere.put(JAVA.relativize(file).toString(), named);
                }
            }
        }
        assertEquals(new TreeMap<>(), elsewhere, "classes other than LedgerRows that load or spell a ledger write");
    }
}
