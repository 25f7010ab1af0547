package dev.crosswalk.db;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.zaxxer.hikari.HikariDataSource;
import dev.crosswalk.config.CrosswalkSettings;
import dev.crosswalk.service.CompositionRoot;
import java.net.ServerSocket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.Statement;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The default database: a real PostgreSQL 17 started by Crosswalk itself (as root too), kept across restarts. */
class EmbeddedDatabaseTest {

    @Test
    void startsMigratesAndKeepsItsDataAcrossRestarts(@TempDir Path home) throws Exception {
        int port;
        try (ServerSocket s = new ServerSocket(0)) {
            port = s.getLocalPort();
        }
        CrosswalkSettings settings = CrosswalkSettings.load(Map.of("crosswalk.home", home.toString(),
                "crosswalk.db.url", "", "crosswalk.db.embedded.port", Integer.toString(port)));
        Database.Options options = CompositionRoot.databaseOptions(settings);
        try (Database db = Database.open(options); Connection c = db.dataSource().getConnection();
                Statement st = c.createStatement()) {
            try (ResultSet rs = st.executeQuery("show server_version_num")) {
                rs.next();
                assertEquals(17, rs.getInt(1) / 10000);
            }
            for (String durable : new String[] {"fsync", "synchronous_commit", "full_page_writes"}) {
                try (ResultSet rs = st.executeQuery("show " + durable)) {
                    rs.next();
                    assertEquals("on", rs.getString(1), durable + ": an applied batch must survive a crash");
                }
            }
            st.executeUpdate("insert into contacts (email, source_system) values ('kept@example.com', 'manual')");
        }
        try (Database db = Database.open(options); Connection c = db.dataSource().getConnection();
                Statement st = c.createStatement();
                ResultSet rs = st.executeQuery("select email from contacts")) {
            rs.next();
            assertEquals("kept@example.com", rs.getString(1));
        }
        assertEquals(home.resolve("data/pg"), settings.embeddedDataDir());
    }

    /**
     * The service's stop hook and the command that opened the database both close it. The JVM ends when the hook
     * returns, so a second close must wait for the first: returning early left the embedded PostgreSQL running
     * after the service had stopped (seen after a SIGTERM).
     */
    @Test
    void aSecondCloseReturnsOnlyOnceTheDatabaseHasStopped(@TempDir Path home) throws Exception {
        int port;
        try (ServerSocket s = new ServerSocket(0)) {
            port = s.getLocalPort();
        }
        CrosswalkSettings settings = CrosswalkSettings.load(Map.of("crosswalk.home", home.toString(),
                "crosswalk.db.url", "", "crosswalk.db.embedded.port", Integer.toString(port)));
        Database db = Database.open(CompositionRoot.databaseOptions(settings));
        Path postmaster = settings.embeddedDataDir().resolve("postmaster.pid");
        assertTrue(Files.exists(postmaster));
        HikariDataSource pool = (HikariDataSource) db.dataSource();
        Thread first = new Thread(db::close, "first-close");
        first.start();
        while (!pool.isClosed()) {
            Thread.onSpinWait();
        }
        db.close();
        assertFalse(Files.exists(postmaster), "the second close returned while PostgreSQL was still running");
        first.join();
    }
}
