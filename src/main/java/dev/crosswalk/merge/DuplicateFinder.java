package dev.crosswalk.merge;

import dev.crosswalk.apply.ConflictQueue;
import dev.crosswalk.config.CrosswalkSettings;
import dev.crosswalk.db.Sql;
import dev.crosswalk.report.BatchReport;
import dev.crosswalk.report.CsvOut;
import dev.crosswalk.report.OutputFiles;
import dev.crosswalk.rollback.BatchLedger;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.Map;
import javax.sql.DataSource;

/**
 * {@code duplicates}: raises likely duplicate contacts as DUPLICATE conflicts (one batch of kind duplicates) and
 * lists every open one, best score first, in {@code outbox/reports/<batch>-duplicates.csv}: the conflicts-file
 * columns plus {@code score}, so rows with MERGE (or KEEP, DISMISS) in the decision column can be dropped into
 * {@code inbox/review/}.
 */
public final class DuplicateFinder {

    private final DataSource dataSource;
    private final BatchLedger ledger;

    public DuplicateFinder(DataSource dataSource, CrosswalkSettings settings) {
        this.dataSource = dataSource;
        this.ledger = new BatchLedger(settings, dataSource);
    }

    public BatchReport find() throws SQLException {
        Instant started = Instant.now();
        try (Connection c = dataSource.getConnection()) {
            c.setAutoCommit(false);
            try {
                long batch = BatchLedger.newId(c);
                BatchLedger.start(c, batch, "duplicates", null, "duplicate candidates");
                long raised;
                try (PreparedStatement ps = c.prepareStatement(Sql.load("merge/duplicates-raise"))) {
                    ps.setLong(1, batch);
                    raised = ps.executeUpdate();
                }
                ConflictQueue.firstEvidence(c, batch);
                Path file = ledger.report(batch, "duplicates.csv");
                long listed = 0;
                String[] columns = Arrays.copyOf(OutputFiles.CONFLICT_COLUMNS, OutputFiles.CONFLICT_COLUMNS.length + 1);
                columns[columns.length - 1] = "score";
                try (CsvOut out = new CsvOut(file, columns);
                        PreparedStatement ps = c.prepareStatement(Sql.load("merge/duplicates-open"));
                        ResultSet rs = ps.executeQuery()) {
                    while (rs.next()) {
                        out.row(rs.getLong(1), rs.getLong(2), rs.getString(3), rs.getLong(4), rs.getString(5),
                                rs.getString(6), rs.getString(7), rs.getString(8), "", rs.getInt(9));
                        listed++;
                    }
                }
                Map<String, Long> rows = new LinkedHashMap<>();
                rows.put("read", listed);
                rows.put("new", raised);
                rows.put("unchanged", listed - raised);
                String message = listed + " likely duplicate pairs (" + raised + " new), listed in " + file
                        + ": write MERGE in the decision column and drop the file into inbox/review/.";
                BatchReport report = BatchLedger.report(batch, "duplicates", "applied", "duplicate candidates",
                        started, message, rows, null, Map.of("DUPLICATE", listed),
                        ledger.files(batch, Map.of("duplicates", file)));
                ledger.finish(c, report, Map.of("raised", raised, "open", listed));
                c.commit();
                return ledger.write(report);
            } catch (SQLException | RuntimeException e) {
                c.rollback();
                throw e;
            }
        }
    }
}
