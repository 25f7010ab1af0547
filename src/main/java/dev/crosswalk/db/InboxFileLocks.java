package dev.crosswalk.db;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.BooleanSupplier;
import javax.sql.DataSource;
import org.apache.camel.processor.idempotent.jdbc.JdbcMessageIdRepository;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.dao.DataAccessException;
import org.springframework.dao.DataIntegrityViolationException;

/**
 * The inboxes' shared read lock: a file is claimed by a row in {@code camel_messageprocessed} (created by Flyway),
 * so instances sharing one inbox and one database never take the same file. A claim is removed once the file has
 * been moved. A live instance refreshes its claims on every heartbeat; a claim not refreshed for
 * {@code crosswalk.inbox.lock-expiry-seconds} was left by a killed instance and is released, so its file is taken
 * again.
 */
public final class InboxFileLocks extends JdbcMessageIdRepository {

    private static final Logger LOG = LoggerFactory.getLogger(InboxFileLocks.class);
    private static final String PROCESSOR = "inbox";

    private final DataSource dataSource;
    private final int expirySeconds;
    private final BooleanSupplier databaseReady;
    private final Set<String> held = ConcurrentHashMap.newKeySet();

    /** @param databaseReady false until the database has answered and been migrated: no file is claimed before */
    public InboxFileLocks(DataSource dataSource, int expirySeconds, BooleanSupplier databaseReady) {
        super(dataSource, PROCESSOR);
        this.dataSource = dataSource;
        this.expirySeconds = expirySeconds;
        this.databaseReady = databaseReady;
        setCreateTableIfNotExists(false);
    }

    /**
     * Camel's version checks for the table in a transaction here; Flyway owns the table, and the service must start
     * while the database is down, so there is nothing to do.
     */
    @Override
    protected void doStart() {
        // the table exists once Flyway has run, and no file is claimed before that
    }

    /** Two instances may both see no claim and both insert one: the primary key lets one win, the other skips. */
    @Override
    public boolean add(String key) {
        boolean claimed;
        try {
            claimed = databaseReady.getAsBoolean() && super.add(key);
        } catch (DataIntegrityViolationException e) {
            claimed = false;
        } catch (DataAccessException e) {
            if (!DatabaseOutage.isOutage(e)) {
                throw e;
            }
            // unreachable: the file is left for a later poll; the heartbeat says so in the log
            claimed = false;
        }
        if (claimed) {
            held.add(key);
        }
        return claimed;
    }

    /**
     * Releases a claim this instance holds; another instance's claim is never touched. If the database cannot be
     * reached the claim stays, is no longer refreshed, and expires.
     */
    @Override
    public boolean remove(String key) {
        if (!held.remove(key)) {
            return false;
        }
        try {
            return super.remove(key);
        } catch (DataAccessException e) {
            if (!DatabaseOutage.isOutage(e)) {
                throw e;
            }
            LOG.warn("Database unreachable: the claim on {} expires in {} s instead of being released now", key,
                    expirySeconds);
            return false;
        }
    }

    /** Keeps this instance's claims alive and releases expired ones. Called by the inbox-locks route. */
    public void heartbeat() throws SQLException {
        if (!databaseReady.getAsBoolean()) {
            return; // nothing claimed yet; the database's own wait logs the outage
        }
        try {
            refreshAndExpire();
        } catch (SQLException e) {
            if (!DatabaseOutage.isOutage(e)) {
                throw e;
            }
            LOG.warn("Database unreachable ({}): files wait in their inboxes until it answers",
                    DatabaseOutage.describe(e));
        }
    }

    private void refreshAndExpire() throws SQLException {
        try (Connection c = dataSource.getConnection()) {
            if (!held.isEmpty()) {
                try (PreparedStatement ps = c.prepareStatement(Sql.load("inbox/refresh-locks"))) {
                    ps.setString(1, PROCESSOR);
                    ps.setArray(2, c.createArrayOf("text", held.toArray()));
                    ps.executeUpdate();
                }
            }
            try (PreparedStatement ps = c.prepareStatement(Sql.load("inbox/expire-locks"))) {
                ps.setString(1, PROCESSOR);
                ps.setInt(2, expirySeconds);
                int expired = ps.executeUpdate();
                if (expired > 0) {
                    LOG.warn("Released {} inbox file claim(s) not refreshed for {} s (left by an instance that "
                            + "stopped while importing); those files are taken again, and a file already committed "
                            + "is recognised by its SHA-256 and not applied twice", expired, expirySeconds);
                }
            }
        }
    }
}
