package dev.crosswalk.db;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import javax.sql.DataSource;
import org.apache.camel.processor.idempotent.jdbc.JdbcMessageIdRepository;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
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
    private final Set<String> held = ConcurrentHashMap.newKeySet();

    public InboxFileLocks(DataSource dataSource, int expirySeconds) {
        super(dataSource, PROCESSOR);
        this.dataSource = dataSource;
        this.expirySeconds = expirySeconds;
        setCreateTableIfNotExists(false);
    }

    /**
     * Camel's version checks for the table in a transaction here; Flyway owns the table, and the service must start
     * while the database is down, so there is nothing to do.
     */
    @Override
    protected void doStart() {
        // the table exists once Flyway has run; claims made before that fail and are retried on the next poll
    }

    /** Two instances may both see no claim and both insert one: the primary key lets one win, the other skips. */
    @Override
    public boolean add(String key) {
        boolean claimed;
        try {
            claimed = super.add(key);
        } catch (DataIntegrityViolationException e) {
            claimed = false;
        }
        if (claimed) {
            held.add(key);
        }
        return claimed;
    }

    @Override
    public boolean remove(String key) {
        held.remove(key);
        return super.remove(key);
    }

    /** Keeps this instance's claims alive and releases expired ones. Called by the inbox-locks route. */
    public void heartbeat() throws SQLException {
        try {
            refreshAndExpire();
        } catch (SQLException e) {
            if (!DatabaseOutage.isOutage(e)) {
                throw e;
            }
            LOG.warn("Database unreachable: inbox claims not refreshed ({})", DatabaseOutage.describe(e));
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
