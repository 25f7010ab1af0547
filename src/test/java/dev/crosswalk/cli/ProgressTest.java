package dev.crosswalk.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import ch.qos.logback.classic.Level;
import ch.qos.logback.classic.Logger;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.slf4j.LoggerFactory;

/** The progress of a long command, drawn from the pipeline's own progress lines, rendered without a terminal. */
class ProgressTest {

    @Test
    void aTerminalGetsABarWithRowsRateAndTimeLeft() {
        String bar = Progress.bar("import", 400_000, 1_000_000, 50_000);
        assertEquals("import [############..................]  40% 400,000 of 1,000,000 rows  50,000 rows/s  0:12 left",
                bar);
        assertTrue(bar.length() <= Terminal.WIDTH);
    }

    @Test
    void withoutATotalThereIsNoBarAndNoTimeLeft() {
        assertEquals("bench 400,000 rows  50,000 rows/s", Progress.bar("bench", 400_000, 0, 50_000));
    }

    @Test
    void elsewhereAPlainLine() {
        assertEquals("import: 400,000 of 1,000,000 rows, 50,000 rows/s, about 12 s left",
                Progress.line("import", 400_000, 1_000_000, 50_000));
    }

    /** The program logs at INFO (logback.xml); the tests' configuration at WARN, so the line is let through here. */
    @Test
    void theImportsProgressLineIsWhatIsShown() {
        Logger rows = (Logger) LoggerFactory.getLogger("dev.crosswalk.pipeline.RowStream");
        Level level = rows.getLevel();
        rows.setLevel(Level.INFO);
        try {
            showsTheProgressLine();
        } finally {
            rows.setLevel(level);
        }
    }

    private static void showsTheProgressLine() {
        ByteArrayOutputStream printed = new ByteArrayOutputStream();
        try (Progress progress = Progress.show("import", 200_000,
                new PrintStream(printed, true, StandardCharsets.UTF_8), false)) {
            LoggerFactory.getLogger("dev.crosswalk.pipeline.RowStream")
                    .info("{}: {} rows read ({} rows/s)", "people.csv", 50_000L, 25_000L);
        }
        LoggerFactory.getLogger("dev.crosswalk.pipeline.RowStream")
                .info("{}: {} rows read ({} rows/s)", "people.csv", 100_000L, 25_000L);
        assertEquals("import: 50,000 of 200,000 rows, 25,000 rows/s, about 6 s left\n",
                printed.toString(StandardCharsets.UTF_8), "one line while shown, none after");
    }

    @Test
    void theExpectedRowsAreTheRecordsAfterTheHeader(@TempDir Path folder) throws Exception {
        Path file = Files.writeString(folder.resolve("x.csv"),
                "Email,Address\na@x.org,\"1 Main St\nFlat 2\"\nb@x.org,\"the \"\"old\"\" one\"\nc@x.org,C\n");
        assertEquals(3, Progress.dataRecords(file));
    }
}
