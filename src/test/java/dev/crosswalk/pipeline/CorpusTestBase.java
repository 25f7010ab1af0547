package dev.crosswalk.pipeline;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.crosswalk.report.BatchReport;
import dev.crosswalk.support.ImportTestBase;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.time.Instant;
import java.util.List;

/** Imports a file of {@code src/test/resources/corpus} through the real pipeline and reads stored values back. */
abstract class CorpusTestBase extends ImportTestBase {

    /** Imports the corpus file into the inbox's source; the import must be applied. */
    protected BatchReport importCorpus(String name, String inbox) throws Exception {
        return importCorpus(name, inbox, null);
    }

    /** As above, the copy last modified at {@code exportedAt} (when the export was made), if given. */
    protected BatchReport importCorpus(String name, String inbox, Instant exportedAt) throws Exception {
        Path file = home.resolve(name);
        try (InputStream in = getClass().getResourceAsStream("/corpus/" + name)) {
            Files.copy(in, file);
        }
        if (exportedAt != null) {
            Files.setLastModifiedTime(file, FileTime.from(exportedAt));
        }
        BatchReport report = crosswalk.importFile(file, inbox);
        assertEquals("applied", report.status(), report.message());
        return report;
    }

    /** The {@code line} column of every row of the query, in its order. */
    protected List<String> lines(String sql) throws Exception {
        return crosswalk.rows(sql).stream().map(row -> (String) row.get("line")).toList();
    }
}
