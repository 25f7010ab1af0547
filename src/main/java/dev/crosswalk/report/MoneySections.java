package dev.crosswalk.report;

import static dev.crosswalk.report.Html.escape;

import java.util.List;
import java.util.Map;

/** The HTML of a report's money sections: skipped rows by reason, totals, and a full export's reconciliation. */
final class MoneySections {

    private static final List<String> TOTAL_COLUMNS = List.of("currency", "type", "status", "count", "amount");
    private static final List<String> FIGURE_COLUMNS = List.of("figure", "legacy", "crosswalk", "difference",
            "status", "explained_by");
    private static final List<String> MISSING_COLUMNS = List.of("external_id", "status", "offer_title", "amount",
            "currency", "provider_reference", "contact_id", "email", "missing_since");

    private MoneySections() {
    }

    static String render(BatchReport r) {
        StringBuilder out = new StringBuilder();
        if (r.skippedReasons() != null && !r.skippedReasons().isEmpty()) {
            out.append("<h2>Skipped rows by reason</h2>").append(Html.record(r.skippedReasons()));
        }
        if (r.totals() != null && !r.totals().isEmpty()) {
            out.append("<h2>Money in the file</h2>").append(grid(TOTAL_COLUMNS, r.totals()));
        }
        Map<String, Object> rec = r.reconciliation();
        if (rec != null && rec.get("figures") instanceof List<?> figures) {
            // an adoption: the legacy database and Crosswalk side by side
            @SuppressWarnings("unchecked")
            List<Map<String, Object>> rows = (List<Map<String, Object>>) figures;
            out.append("<h2>Reconciliation</h2><p>").append(escape(rec.get("summary"))).append("</p>")
                    .append(grid(FIGURE_COLUMNS, rows));
        } else if (rec != null) {
            out.append("<h2>Reconciliation</h2><p>").append(escape(rec.get("summary"))).append("</p>")
                    .append("<p>In the database: ").append(escape(rec.get("in_database"))).append("; in the file: ")
                    .append(escape(rec.get("in_file"))).append("; newly marked missing: ")
                    .append(escape(rec.get("newly_missing"))).append(".</p>");
            if (rec.get("missing_by_status") instanceof Map<?, ?> byStatus && !byStatus.isEmpty()) {
                @SuppressWarnings("unchecked")
                Map<String, ?> statuses = (Map<String, ?>) byStatus;
                out.append("<h3>Missing by stored status</h3>").append(Html.record(statuses));
            }
            if (rec.get("missing_still_active") instanceof List<?> active && !active.isEmpty()) {
                @SuppressWarnings("unchecked")
                List<Map<String, Object>> rows = (List<Map<String, Object>>) active;
                out.append("<h3 class=\"urgent\">Missing but still active: review these</h3>")
                        .append(grid(MISSING_COLUMNS, rows));
            }
        }
        return out.toString();
    }

    /** The number of missing subscriptions still active, for the "needs attention" list. */
    static int stillActive(BatchReport r) {
        return r.reconciliation() != null && r.reconciliation().get("missing_still_active") instanceof List<?> l
                ? l.size() : 0;
    }

    private static String grid(List<String> columns, List<Map<String, Object>> rows) {
        StringBuilder out = new StringBuilder("<table><tr>");
        columns.forEach(c -> out.append("<th>").append(escape(c.replace('_', ' '))).append("</th>"));
        out.append("</tr>");
        for (Map<String, Object> row : rows) {
            out.append("<tr>");
            columns.forEach(c -> out.append("<td>").append(escape(row.get(c))).append("</td>"));
            out.append("</tr>");
        }
        return out.append("</table>").toString();
    }
}
