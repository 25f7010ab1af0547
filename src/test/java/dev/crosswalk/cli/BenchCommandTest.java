package dev.crosswalk.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.crosswalk.report.Outbox;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;

/** bench writes its results where it is told, else into the outbox, never into the current directory. */
class BenchCommandTest {

    @Test
    void withoutOutTheResultsGoToTheOutboxNotTheCurrentDirectory() {
        Path outbox = Path.of("/srv/crosswalk/outbox");
        assertEquals(outbox.resolve("bench/bench-results.json"), BenchCommand.resultsFile(null, new Outbox(outbox)));
    }

    @Test
    void outSaysWhere() {
        Path asked = Path.of("results.json");
        assertEquals(asked, BenchCommand.resultsFile(asked, new Outbox(Path.of("/srv/crosswalk/outbox"))));
    }
}
