package dev.crosswalk.csv;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.Writer;
import java.lang.management.ManagementFactory;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Iterator;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class CsvStreamingTest {

    private static final int ROWS = 300_000;
    private static final long MEGABYTE = 1024 * 1024;

    @TempDir
    Path dir;

    @Test
    void streamsThreeHundredThousandRowsInBoundedMemory() throws IOException {
        Path file = dir.resolve("large.csv");
        try (Writer out = Files.newBufferedWriter(file)) {
            out.write("Id,Email,First Name,Last Name,Amount,Note\r\n");
            for (int i = 1; i <= ROWS; i++) {
                out.write(i + ",person" + i + "@example.com,Fran\u00e7oise,Person " + i + ",\"$1," + (i % 900 + 100)
                        + ".00\",\"note for " + i + ", with a comma\r\nand a second line\"\r\n");
            }
        }
        FileScan scan = FileScan.of(file);
        long baseline = usedHeapAfterGc();
        long peakGrowth = 0;
        long count = 0;
        CsvRow last = null;

        try (CsvFile csv = CsvFile.open(file, scan, CsvLimits.defaults())) {
            Iterator<CsvRow> rows = csv.rows();
            while (rows.hasNext()) {
                last = rows.next();
                count++;
                assertEquals(2 * count, last.line());
                if (count % 50_000 == 0) {
                    peakGrowth = Math.max(peakGrowth, usedHeapAfterGc() - baseline);
                }
            }
        }

        assertEquals(ROWS, count);
        assertEquals(String.valueOf(ROWS), last.get("Id"));
        assertEquals("$1,400.00", last.get("Amount"));
        assertEquals("note for " + ROWS + ", with a comma\r\nand a second line", last.get("Note"));
        assertTrue(scan.bytes() > 30 * MEGABYTE, "the file should dwarf the memory bound: " + scan.bytes());
        assertTrue(peakGrowth < 24 * MEGABYTE, "heap grew by " + peakGrowth / MEGABYTE + " MB while streaming");
    }

    private static long usedHeapAfterGc() {
        System.gc();
        return ManagementFactory.getMemoryMXBean().getHeapMemoryUsage().getUsed();
    }
}
