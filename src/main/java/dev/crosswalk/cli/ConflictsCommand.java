package dev.crosswalk.cli;

import dev.crosswalk.config.CrosswalkSettings;
import dev.crosswalk.db.Database;
import dev.crosswalk.db.Sql;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.Types;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

@Command(name = "conflicts", mixinStandardHelpOptions = true,
        description = {"List conflicts (opt-outs awaiting a decision first within each batch). Answer one with "
            + "'resolve ID DECISION', or many by dropping a conflicts CSV with its decision column filled into "
            + "inbox/review/.", "Exit codes: 0 listed, 1 error."})
public final class ConflictsCommand implements Callable<Integer> {

    @Option(names = "--open", description = "only the conflicts still open")
    boolean open;

    @Option(names = "--batch", paramLabel = "N", description = "only those raised by batch N")
    Long batch;

    @Override
    public Integer call() throws Exception {
        try (Database db = Database.open(CrosswalkSettings.load());
                Connection c = db.dataSource().getConnection();
                PreparedStatement ps = c.prepareStatement(Sql.load("review/list"))) {
            ps.setBoolean(1, open);
            for (int p = 2; p <= 3; p++) {
                if (batch == null) {
                    ps.setNull(p, Types.BIGINT);
                } else {
                    ps.setLong(p, batch);
                }
            }
            System.out.printf("%-8s %-6s %-6s %-8s %-16s %-18s %-30s %-30s %-10s %s%n", "id", "batch", "line",
                    "contact", "field", "reason", "current", "incoming", "status", "resolved");
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    String resolved = rs.getString("resolved_by") == null ? ""
                            : rs.getString("resolved_by") + " (batch " + rs.getLong("resolution_batch_id") + ")";
                    System.out.printf("%-8d %-6d %-6s %-8s %-16s %-18s %-30s %-30s %-10s %s%n", rs.getLong("id"),
                            rs.getLong("batch_id"), text(rs.getString("line")), text(rs.getString("contact_id")),
                            rs.getString("field"), rs.getString("reason"), text(rs.getString("current_value")),
                            text(rs.getString("incoming_value")), rs.getString("status"), resolved);
                }
            }
        }
        return 0;
    }

    private static String text(String value) {
        return value == null ? "" : value;
    }
}
