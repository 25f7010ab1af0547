package dev.crosswalk.pipeline;

import dev.crosswalk.decide.RowOutcome;
import dev.crosswalk.report.OutputFiles;
import dev.crosswalk.support.TestDatabase;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Instant;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The batch context's end: a failure undoes everything the stages did; closing gives back what beginning took. */
class ImportBatchTest {

    @TempDir
    Path dir;

    @Test
    void aFailureRollsBackTheTransactionAndDeletesTheBatchFilesAndClosingGivesTheTurnBackOnce() throws Exception {
        AtomicInteger released = new AtomicInteger();
        Connection c = connection();
        ImportBatch batch = begun(c, released);
        c.createStatement().execute("insert into t values (1)");
        batch.outputs.rejected(2, RowOutcome.REJECTED.key(), "no email");
        Path rejectedRows = dir.resolve("outbox/rejected/1-rejected.csv");
        assertTrue(Files.exists(rejectedRows));

        batch.abandon(new IllegalStateException("disk full"));

        assertEquals(0, count(c));
        assertFalse(Files.exists(rejectedRows));
        batch.close();
        batch.close();
        assertEquals(1, released.get());
        assertTrue(c.isClosed());
    }

    @Test
    void aFinishedBatchIsNotUndoneByALaterFailure() throws Exception {
        Connection c = connection();
        ImportBatch batch = begun(c, new AtomicInteger());
        c.createStatement().execute("insert into t values (1)");
        c.commit();
        batch.ended();

        batch.abandon(new IllegalStateException("the report could not be written"));

        assertEquals(1, count(c));
        batch.close();
    }

    private ImportBatch begun(Connection c, AtomicInteger released) throws Exception {
        Path file = Files.writeString(dir.resolve("people.csv"), "Email\n");
        ImportBatch batch = new ImportBatch(new ImportRequest(1, file, "kajabi", false, Instant.now(), null), true);
        batch.began(c, released::incrementAndGet);
        batch.outputs = new OutputFiles(dir.resolve("outbox"), 1, false);
        batch.outputs.open();
        return batch;
    }

    private static Connection connection() throws SQLException {
        Connection c = DriverManager.getConnection(TestDatabase.freshDatabaseUrl(), "postgres", "");
        try (Statement st = c.createStatement()) {
            st.execute("create table t (x int)");
        }
        c.setAutoCommit(false);
        return c;
    }

    private static long count(Connection c) throws SQLException {
        try (Statement st = c.createStatement(); ResultSet rs = st.executeQuery("select count(*) from t")) {
            rs.next();
            return rs.getLong(1);
        }
    }
}
