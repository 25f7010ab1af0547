package dev.crosswalk.audit;

import static dev.crosswalk.report.Html.escape;

import dev.crosswalk.report.Html;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The audit as a page a person reads in ten seconds: the headline numbers, what needs attention first, the
 * per-source overview, then one small table (and chart) per question. Every number is a row of a named view.
 */
final class AuditPage {

    /** Longer answers are cut on the page (the JSON and the view hold every row). */
    static final int MAX_ROWS = 20;
    static final int RECENT_MONTHS = 6;
    private static final Map<String, String> TOTALS = new LinkedHashMap<>();

    static {
        TOTALS.put("contacts", "contacts");
        TOTALS.put("opt_ins", "email opt-ins");
        TOTALS.put("protected_opt_ins", "protected opt-ins");
        TOTALS.put("subscriptions", "subscriptions");
        TOTALS.put("active_subscriptions", "active subscriptions");
        TOTALS.put("transactions", "transactions");
        TOTALS.put("open_conflicts", "open conflicts");
    }

    private AuditPage() {
    }

    static String render(String template, AuditReport report) {
        Map<String, String> values = new LinkedHashMap<>();
        values.put("title", escape("Crosswalk audit — " + report.day()));
        values.put("generated", escape("Generated " + Html.text(report.generatedAt()) + " · run " + report.run()
                + " (" + report.trigger() + ") · every number below is a row of the named view: "
                + "psql -c 'select * from <view>'"));
        values.put("totals", totals(report));
        values.put("attention", attention(report));
        values.put("overview", Html.rows(report.rows("audit_overview")));
        values.put("sections", sections(report));
        String page = template;
        for (Map.Entry<String, String> e : values.entrySet()) {
            page = page.replace("{{" + e.getKey() + "}}", e.getValue());
        }
        return page;
    }

    private static String totals(AuditReport report) {
        List<Map<String, Object>> rows = report.rows("audit_totals");
        Map<String, Object> totals = rows.isEmpty() ? Map.of() : rows.get(0);
        StringBuilder out = new StringBuilder("<div class=\"figures\">");
        TOTALS.forEach((column, label) -> out.append(Html.figure(totals.get(column), label,
                column.equals("open_conflicts") && number(totals.get(column)) > 0 ? "warn" : "")));
        return out.append("</div>").toString();
    }

    /** Items with a count first, in priority order, each with what to do; the others as one "fine" line. */
    private static String attention(AuditReport report) {
        StringBuilder todo = new StringBuilder();
        StringBuilder fine = new StringBuilder();
        for (Map<String, Object> item : report.rows("audit_attention")) {
            long count = number(item.get("count"));
            if (count > 0) {
                todo.append("<li class=\"").append(number(item.get("priority")) <= 2 ? "urgent" : "todo")
                        .append("\" data-item=\"").append(escape(item.get("item"))).append("\"><strong>")
                        .append(count).append("</strong> ").append(escape(item.get("description")))
                        .append("<br><span class=\"action\">").append(escape(item.get("action")))
                        .append("</span></li>");
            } else {
                fine.append(fine.length() == 0 ? "" : " · ").append(escape(item.get("description")));
            }
        }
        for (Map<String, Object> due : report.retentionDue()) {
            todo.append("<li class=\"todo\" data-item=\"").append(escape(due.get("setting"))).append("\"><strong>")
                    .append(number(due.get("count"))).append("</strong> ").append(escape(due.get("description")))
                    .append(": <span class=\"action\">").append(escape(due.get("action"))).append("</span></li>");
        }
        String list = todo.length() == 0 ? "<p class=\"ok\">Nothing needs attention.</p>"
                : "<ol class=\"attention\">" + todo + "</ol>";
        return list + (fine.length() == 0 ? "" : "<p class=\"fine\">No issue: " + fine + ".</p>");
    }

    private static String sections(AuditReport report) {
        StringBuilder out = new StringBuilder();
        String group = null;
        Set<String> shown = new LinkedHashSet<>(List.of("audit_totals", "audit_attention", "audit_overview"));
        for (AuditSections.Section s : AuditSections.ALL) {
            if (!s.group().equals(group)) {
                group = s.group();
                out.append("<h2>").append(escape(group)).append("</h2>");
            }
            shown.add(s.view());
            out.append(section(s.title(), s.explains(), s.view(), report));
        }
        // a view added to the migration but not yet placed on the page still shows, at the end
        for (String view : report.views().keySet()) {
            if (shown.add(view)) {
                out.append(section(view.replace("audit_", "").replace('_', ' '), "", view, report));
            }
        }
        return out.toString();
    }

    private static String section(String title, String explains, String view, AuditReport report) {
        List<Map<String, Object>> rows = report.rows(view);
        return "<section id=\"" + escape(view) + "\"><h3>" + escape(title) + " <code>" + escape(view) + "</code></h3>"
                + (explains.isEmpty() ? "" : "<p class=\"explains\">" + escape(explains) + "</p>")
                + AuditCharts.forView(view, rows) + table(view, rows) + "</section>";
    }

    private static String table(String view, List<Map<String, Object>> rows) {
        if (view.equals("audit_revenue_by_month")) {
            return recentMonths(rows);
        }
        if (rows.size() <= MAX_ROWS) {
            return Html.rows(rows);
        }
        return Html.rows(rows.subList(0, MAX_ROWS)) + "<p class=\"more\">… and " + (rows.size() - MAX_ROWS)
                + " more rows: <code>select * from " + escape(view) + "</code> (all are in the JSON).</p>";
    }

    /** The reconciliation table shows the latest months of every series; the chart shows them all. */
    private static String recentMonths(List<Map<String, Object>> rows) {
        String latest = rows.stream().map(r -> r.get("month").toString()).max(String::compareTo).orElse("");
        String from = latest.isEmpty() ? "" : LocalDate.parse(latest).minusMonths(RECENT_MONTHS - 1)
                .toString();
        List<Map<String, Object>> recent = rows.stream().filter(r -> r.get("month").toString().compareTo(from) >= 0)
                .toList();
        return Html.rows(recent) + (recent.size() == rows.size() ? "" : "<p class=\"more\">The latest "
                + RECENT_MONTHS + " months; all " + rows.size() + " rows: <code>select * from audit_revenue_by_month"
                + "</code> (all are in the JSON).</p>");
    }

    private static long number(Object value) {
        return value instanceof Number n ? n.longValue() : 0;
    }
}
