package dev.crosswalk.rollback;

import dev.crosswalk.config.CrosswalkSettings;
import dev.crosswalk.decide.RowOutcome;
import dev.crosswalk.support.TestDatabase;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** A batch's end: a failure undoes everything its work did; closing gives back what opening took. */
class OpenBatchTest {

    @TempDir
    Path dir;

    @Test
    void aFailureRollsBackTheTransactionAndDeletesTheBatchFilesAndClosingGivesTheTurnBackOnce() throws Exception {
        AtomicInteger released = new AtomicInteger();
        Connection c = connection();
        OpenBatch batch = begun(c, released);
        c.createStatement().execute("insert into t values (1)");
        Path answers = batch.report("review.csv");
        Files.writeString(answers, "line\n");
        batch.outputs().rejected(2, RowOutcome.REJECTED.key(), "no email");
        Path rejectedRows = dir.resolve("outbox/rejected/1-rejected.csv");
        assertTrue(Files.exists(rejectedRows));

        batch.abandon(new IllegalStateException("disk full"));

        assertEquals(0, count(c));
        assertFalse(Files.exists(rejectedRows));
        assertFalse(Files.exists(answers));
        batch.close();
        batch.close();
        assertEquals(1, released.get());
        assertTrue(c.isClosed());
    }

    @Test
    void aFinishedBatchIsNotUndoneByALaterFailure() throws Exception {
        Connection c = connection();
        OpenBatch batch = begun(c, new AtomicInteger());
        c.createStatement().execute("insert into t values (1)");
        c.commit();
        batch.rollBack();

        batch.abandon(new IllegalStateException("the report could not be written"));

        assertEquals(1, count(c));
        batch.close();
    }

    private OpenBatch begun(Connection c, AtomicInteger released) throws Exception {
        CrosswalkSettings settings = CrosswalkSettings.load(Map.of("crosswalk.home", dir.toString()));
        Files.createDirectories(settings.outbox().resolve("reports"));
        OpenBatch batch = new OpenBatch(1, BatchKind.of("import", "people.csv"), c,
                new BatchLedger(settings.outbox(), settings.outboxPrivate(), null),
                new LedgerRows(settings.outbox(), null));
        batch.whenClosed(released::incrementAndGet);
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
