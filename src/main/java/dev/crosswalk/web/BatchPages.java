package dev.crosswalk.web;

import static dev.crosswalk.report.Html.escape;

import dev.crosswalk.db.Sql;
import dev.crosswalk.report.BatchListing;
import dev.crosswalk.report.BatchReport;
import dev.crosswalk.report.Outbox;
import dev.crosswalk.rollback.RollbackService;
import java.io.IOException;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.List;
import java.util.Map;
import javax.sql.DataSource;
import org.apache.camel.Exchange;

/**
 * The batches as {@code batches} lists them, each with its report (the outbox's own HTML and JSON), and rollback:
 * first what it would undo (the batch's audit log, counted and its first changes), then a confirming POST that runs
 * {@code rollback BATCH}.
 */
public final class BatchPages {

    private static final String[] COLUMNS = {"id", "kind", "source", "status", "rows_read", "rows_new",
        "rows_updated", "rows_unchanged", "rows_conflict", "rows_rejected", "started", "file_name"};
    private static final int SAMPLE = 50;

    private final DataSource dataSource;
    private final Outbox outbox;
    private final RollbackService rollbacks;

    public BatchPages(DataSource dataSource, Outbox outbox, RollbackService rollbacks) {
        this.dataSource = dataSource;
        this.outbox = outbox;
        this.rollbacks = rollbacks;
    }

    public void list(Exchange exchange) throws SQLException {
        WebResponse.html(exchange, 200, Page.render("Batches", WebRequest.session(exchange), "/batches",
                table(BatchListing.rows(dataSource))));
    }

    static String table(List<Map<String, Object>> rows) {
        if (rows.isEmpty()) {
            return "<p>No batch yet.</p>";
        }
        StringBuilder out = new StringBuilder("<div class=\"wide\"><table><thead><tr>");
        for (String column : COLUMNS) {
            out.append("<th scope=\"col\">").append(column.replace("rows_", "").replace("file_name", "file"))
                    .append("</th>");
        }
        out.append("<th scope=\"col\">open</th></tr></thead><tbody>");
        for (Map<String, Object> row : rows) {
            out.append("<tr>");
            for (String column : COLUMNS) {
                Object value = row.get(column);
                out.append(value instanceof Number ? "<td class=\"n\">" : "<td>").append(escape(value))
                        .append("</td>");
            }
            String id = String.valueOf(row.get("id"));
            out.append("<td><a href=\"/batches/").append(id).append("/report\">report</a> · <a href=\"/batches/")
                    .append(id).append("/report.json\">JSON</a>")
                    .append("applied".equals(row.get("status")) ? " · <a href=\"/batches/" + id
                            + "/rollback\">roll back…</a>" : "")
                    .append("</td></tr>");
        }
        return out.append("</tbody></table></div>").toString();
    }

    public void report(Exchange exchange) throws IOException {
        ReportFiles.serve(exchange, outbox.report(WebRequest.id(exchange, "id"), "report.html"));
    }

    public void reportJson(Exchange exchange) throws IOException {
        ReportFiles.serve(exchange, outbox.report(WebRequest.id(exchange, "id"), "report.json"));
    }

    /** What rolling back would undo, then the button that does it. */
    public void rollbackPreview(Exchange exchange) throws SQLException {
        Session session = WebRequest.session(exchange);
        long batch = WebRequest.id(exchange, "id");
        StringBuilder body = new StringBuilder();
        Map<String, Object> row = BatchListing.rows(dataSource).stream()
                .filter(r -> ((Number) r.get("id")).longValue() == batch).findFirst()
                .orElseThrow(() -> new WebRefused(404, "There is no batch " + batch + "."));
        body.append(table(List.of(row)));
        long total = 0;
        StringBuilder counts = new StringBuilder("<table><caption>What it would undo</caption><thead><tr>"
                + "<th scope=\"col\">table</th><th scope=\"col\">action</th><th scope=\"col\">field</th>"
                + "<th scope=\"col\">changes</th></tr></thead><tbody>");
        StringBuilder sample = new StringBuilder("<table><caption>The first changes</caption><thead><tr>"
                + "<th scope=\"col\">table</th><th scope=\"col\">record</th><th scope=\"col\">action</th>"
                + "<th scope=\"col\">field</th><th scope=\"col\">before</th><th scope=\"col\">after</th></tr>"
                + "</thead><tbody>");
        try (Connection c = dataSource.getConnection()) {
            try (PreparedStatement ps = c.prepareStatement(Sql.load("web/batch-changes"))) {
                ps.setLong(1, batch);
                try (ResultSet rs = ps.executeQuery()) {
                    while (rs.next()) {
                        total += rs.getLong(4);
                        counts.append("<tr><td>").append(escape(rs.getString(1))).append("</td><td>")
                                .append(escape(rs.getString(2))).append("</td><td>").append(escape(rs.getString(3)))
                                .append("</td><td class=\"n\">").append(rs.getLong(4)).append("</td></tr>");
                    }
                }
            }
            try (PreparedStatement ps = c.prepareStatement(Sql.load("web/batch-change-sample"))) {
                ps.setLong(1, batch);
                ps.setInt(2, SAMPLE);
                try (ResultSet rs = ps.executeQuery()) {
                    while (rs.next()) {
                        sample.append("<tr><td>").append(escape(rs.getString(1))).append("</td><td class=\"n\">")
                                .append(rs.getLong(2)).append("</td><td>").append(escape(rs.getString(3)))
                                .append("</td><td>").append(escape(rs.getString(4))).append("</td><td>")
                                .append(escape(rs.getString(5))).append("</td><td>").append(escape(rs.getString(6)))
                                .append("</td></tr>");
                    }
                }
            }
        }
        body.append("<p class=\"summary\">Rolling back batch ").append(batch).append(" undoes <strong id=\"undo-count\">")
                .append(total).append("</strong> recorded changes, as one new batch (itself undoable). It is "
                        + "refused if later batches changed the same data.</p>")
                .append(counts).append("</tbody></table>").append(sample).append("</tbody></table>")
                .append(Page.form(session, "/batches/" + batch + "/rollback", "Roll back batch " + batch,
                        "<button type=\"submit\">Roll back batch " + batch + "</button>"));
        WebResponse.html(exchange, 200, Page.render("Roll back batch " + batch, session, "/batches",
                body.toString()));
    }

    public void rollback(Exchange exchange) throws SQLException {
        Session session = WebRequest.session(exchange);
        BatchReport report = rollbacks.rollback(WebRequest.id(exchange, "id"), false, session.by());
        session.notice("Batch " + report.batch() + " (" + report.status() + "): " + report.message());
        WebResponse.seeOther(exchange, "/batches");
    }
}
