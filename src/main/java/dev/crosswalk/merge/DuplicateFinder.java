package dev.crosswalk.merge;

import dev.crosswalk.apply.ConflictQueue;
import dev.crosswalk.db.Sql;
import dev.crosswalk.report.BatchReport;
import dev.crosswalk.report.CsvOut;
import dev.crosswalk.report.OutputFiles;
import dev.crosswalk.rollback.BatchKind;
import dev.crosswalk.rollback.Outcome;
import dev.crosswalk.rollback.UnitOfWork;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * {@code duplicates}: raises likely duplicate contacts as DUPLICATE conflicts (one batch of kind duplicates) and
 * lists every open one, best score first, in {@code outbox/reports/<batch>-duplicates.csv}: the conflicts-file
 * columns plus the score and both people (name, email, the sources that know them) and why, so rows with MERGE
 * (or KEEP, DISMISS) in the decision column can be dropped into {@code inbox/review/}.
 */
public final class DuplicateFinder {

    /** After the decisions-file columns: the score, both people (kept first) and why they are suspected. */
    private static final List<String> PEOPLE_COLUMNS = List.of("score", "keep_name", "keep_email", "keep_sources",
            "duplicate_name", "duplicate_email", "duplicate_sources", "why");

    private final UnitOfWork batches;

    public DuplicateFinder(UnitOfWork batches) {
        this.batches = batches;
    }

    public BatchReport find() throws SQLException {
        return batches.run(BatchKind.of("duplicates", "duplicate candidates"), batch -> {
            Connection c = batch.connection();
            long raised;
            try (PreparedStatement ps = c.prepareStatement(Sql.load("merge/duplicates-raise"))) {
                ps.setLong(1, batch.id());
                raised = ps.executeUpdate();
            }
            ConflictQueue.firstEvidence(c, batch.id());
            Path file = batch.report("duplicates.csv");
            long listed = 0;
            List<String> columns = new ArrayList<>(List.of(OutputFiles.CONFLICT_COLUMNS));
            columns.addAll(PEOPLE_COLUMNS);
            try (CsvOut out = new CsvOut(file, columns.toArray(String[]::new));
                    PreparedStatement ps = c.prepareStatement(Sql.load("merge/duplicates-open"));
                    ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    List<Object> row = new ArrayList<>(List.of(rs.getLong(1), rs.getLong(2)));
                    row.addAll(Arrays.asList(rs.getString(3), rs.getLong(4), rs.getString(5), rs.getString(6),
                            rs.getString(7), rs.getString(8), ""));
                    for (String column : PEOPLE_COLUMNS) {
                        row.add(rs.getString(column));
                    }
                    out.row(row.toArray());
                    listed++;
                }
            }
            Map<String, Long> rows = new LinkedHashMap<>();
            rows.put("read", listed);
            rows.put("new", raised);
            rows.put("unchanged", listed - raised);
            String message = listed + " likely duplicate pairs (" + raised + " new), listed in " + file
                    + ": write MERGE in the decision column and drop the file into inbox/review/. The audit "
                    + "counts the same pairs.";
            return Outcome.finished(batch.report("applied", message, rows, null, Map.of("DUPLICATE", listed),
                    batch.files(Map.of("duplicates", file))), Map.of("raised", raised, "open", listed));
        }).orElseThrow();
    }
}
