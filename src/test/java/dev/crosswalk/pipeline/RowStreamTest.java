package dev.crosswalk.pipeline;

import dev.crosswalk.csv.CsvFile;
import dev.crosswalk.csv.CsvLimits;
import dev.crosswalk.csv.FileScan;
import dev.crosswalk.decide.RowOutcome;
import dev.crosswalk.model.SourceRecord;
import dev.crosswalk.report.OutputFiles;
import dev.crosswalk.source.RowResult;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.NoSuchElementException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The rows as the route's split reads them: full chunks in file order, the last one shorter, the rest counted. */
class RowStreamTest {

    @TempDir
    Path dir;

    @Test
    void givesFullChunksInFileOrderThenTheShorterLastAndCountsTheRowsNoChunkTakes() throws Exception {
        StringBuilder csv = new StringBuilder("name\n");
        for (int i = 1; i <= 7; i++) {
            csv.append(i == 3 ? "bad" : "ok" + i).append('\n');
        }
        csv.append('\n');
        List<List<Long>> chunks = new ArrayList<>();
        BatchTally tally = new BatchTally();
        Path file = Files.writeString(dir.resolve("rows.csv"), csv);
        OutputFiles outputs = new OutputFiles(dir.resolve("outbox"), 1, false);
        outputs.open();
        try (CsvFile in = CsvFile.open(file, FileScan.of(file), CsvLimits.defaults());
                RowStream stream = new RowStream(in, row -> row.get("name").equals("bad")
                        ? new RowResult.Rejected("not a name") : new RowResult.Mapped(null, null, null),
                        tally, outputs, "test", 3, 1_000)) {
            while (stream.hasNext()) {
                chunks.add(stream.next().stream().map(SourceRecord::line).toList());
            }
            assertFalse(stream.hasNext());
            assertThrows(NoSuchElementException.class, stream::next);
            // line 1 is the header; line 4 is rejected, line 9 is blank (skipped)
            assertEquals(List.of(List.of(2L, 3L, 5L), List.of(6L, 7L, 8L)), chunks);
            assertEquals(7, stream.dataRows());
        }
        outputs.close();
        assertEquals(1, tally.rows(RowOutcome.REJECTED));
        assertEquals(1, tally.rows(RowOutcome.SKIPPED));
        assertTrue(Files.readString(dir.resolve("outbox/rejected/1-rejected.csv")).contains("not a name"));
    }

    @Test
    void aFileOfNoRowsHasNoChunk() throws Exception {
        Path file = Files.writeString(dir.resolve("empty.csv"), "name\n");
        OutputFiles outputs = new OutputFiles(dir.resolve("outbox"), 2, false);
        try (CsvFile in = CsvFile.open(file, FileScan.of(file), CsvLimits.defaults());
                RowStream stream = new RowStream(in, row -> new RowResult.Mapped(null, null, null), new BatchTally(),
                        outputs, "test", 3, 1_000)) {
            assertFalse(stream.hasNext());
            assertEquals(0, stream.dataRows());
        }
    }
}
