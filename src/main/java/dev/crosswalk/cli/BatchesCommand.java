package dev.crosswalk.cli;

import dev.crosswalk.config.CrosswalkSettings;
import dev.crosswalk.db.Database;
import dev.crosswalk.db.Sql;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.Statement;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;

@Command(name = "batches", mixinStandardHelpOptions = true,
        description = "List the applied batches, newest first (previews and refused files leave only reports).")
public final class BatchesCommand implements Callable<Integer> {

    @Override
    public Integer call() throws Exception {
        try (Database db = Database.open(CrosswalkSettings.load());
                Connection c = db.dataSource().getConnection();
                Statement st = c.createStatement();
                ResultSet rs = st.executeQuery(Sql.load("batch/list"))) {
            System.out.printf("%-7s %-8s %-20s %-9s %7s %7s %7s %9s %8s %8s %7s  %-19s %s%n", "batch", "kind",
                    "source", "status", "read", "new", "updated", "unchanged", "conflict", "rejected", "skipped",
                    "started", "file");
            while (rs.next()) {
                System.out.printf("%-7d %-8s %-20s %-9s %7d %7d %7d %9d %8d %8d %7d  %-19s %s%n", rs.getLong("id"),
                        rs.getString("kind"), rs.getString("source"), rs.getString("status"), rs.getLong("rows_read"),
                        rs.getLong("rows_new"), rs.getLong("rows_updated"), rs.getLong("rows_unchanged"),
                        rs.getLong("rows_conflict"), rs.getLong("rows_rejected"), rs.getLong("rows_skipped"),
                        rs.getString("started"), rs.getString("file_name"));
            }
        }
        return 0;
    }
}
