package dev.crosswalk.health;

import dev.crosswalk.db.Database;
import dev.crosswalk.db.DatabaseOutage;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.Map;
import org.apache.camel.health.HealthCheckResultBuilder;
import org.apache.camel.impl.health.AbstractHealthCheck;

/** UP when the database answers and is migrated; the message says where it is, never with credentials. */
public final class DatabaseHealthCheck extends AbstractHealthCheck {

    private final Database database;

    public DatabaseHealthCheck(Database database) {
        super("crosswalk", "database");
        this.database = database;
    }

    @Override
    protected void doCall(HealthCheckResultBuilder builder, Map<String, Object> options) {
        if (!database.isReady()) {
            builder.down().message("unreachable since start-up (" + database.where() + "); imports wait");
            return;
        }
        try (Connection c = database.dataSource().getConnection()) {
            if (c.isValid(2)) {
                builder.up().message("reachable (" + database.where() + ")");
            } else {
                builder.down().message("does not answer (" + database.where() + ")");
            }
        } catch (SQLException e) {
            builder.down().message("unreachable (" + database.where() + "): " + DatabaseOutage.describe(e));
        }
    }
}
