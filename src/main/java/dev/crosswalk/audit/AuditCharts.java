package dev.crosswalk.audit;

import dev.crosswalk.report.Svg;
import dev.crosswalk.report.Svg.Series;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.TreeSet;
import java.util.function.Function;

/** The charts of the audit page, each drawn from the rows of one view (nothing else), where a picture helps. */
final class AuditCharts {

    private AuditCharts() {
    }

    static String forView(String view, List<Map<String, Object>> rows) {
        if (rows.isEmpty()) {
            return "";
        }
        return switch (view) {
            case "audit_revenue_by_month" -> revenue(rows);
            case "audit_lock_levels" -> Svg.stackedBars("Contacts per lock level and source", distinct(rows, "source"),
                    pivot(rows, "source", "lock_level", "contacts"));
            case "audit_opt_ins" -> Svg.stackedBars("Email consent per source", distinct(rows, "source"),
                    columns(rows, "source", List.of("protected", "unprotected", "not_opted_in"),
                            List.of("opted in, protected", "opted in, unprotected", "not opted in")));
            case "audit_imports_by_day" -> Svg.columns("Rows imported per day and source", distinct(rows, "day"),
                    pivot(rows, "day", "source", "rows_read"));
            default -> "";
        };
    }

    /** Per source and currency: a line for the money received, a dashed one in its colour for the expected. */
    private static String revenue(List<Map<String, Object>> rows) {
        List<String> months = distinct(rows, "month").stream().map(m -> m.substring(0, 7)).toList();
        Map<String, double[]> received = new LinkedHashMap<>();
        Map<String, double[]> expected = new LinkedHashMap<>();
        for (Map<String, Object> r : rows) {
            String key = (r.get("source") + " " + Objects.toString(r.get("currency"), "")).trim();
            int i = months.indexOf(r.get("month").toString().substring(0, 7));
            received.computeIfAbsent(key, k -> new double[months.size()])[i] = value(r, "revenue");
            expected.computeIfAbsent(key, k -> new double[months.size()])[i] = value(r, "subscription_value");
        }
        List<Series> series = new ArrayList<>();
        int colour = 0;
        for (String key : received.keySet()) {
            series.add(new Series(key + " received", received.get(key), colour, false));
            series.add(new Series(key + " subscriptions", expected.get(key), colour++, true));
        }
        return Svg.lines("Revenue received vs subscription value, per month", months, series);
    }

    /** Series named by {@code seriesColumn}, over the categories of {@code categoryColumn}. */
    private static List<Series> pivot(List<Map<String, Object>> rows, String categoryColumn, String seriesColumn,
            String valueColumn) {
        List<String> categories = distinct(rows, categoryColumn);
        Map<String, double[]> series = new LinkedHashMap<>();
        for (String name : distinct(rows, seriesColumn)) {
            series.put(name, new double[categories.size()]);
        }
        for (Map<String, Object> r : rows) {
            series.get(String.valueOf(r.get(seriesColumn)))[categories.indexOf(String.valueOf(r.get(categoryColumn)))]
                    += value(r, valueColumn);
        }
        List<Series> out = new ArrayList<>();
        series.forEach((name, values) -> out.add(new Series(name, values)));
        return out;
    }

    /** Series taken from columns of rows that are one per category. */
    private static List<Series> columns(List<Map<String, Object>> rows, String categoryColumn, List<String> columns,
            List<String> names) {
        List<String> categories = distinct(rows, categoryColumn);
        List<Series> out = new ArrayList<>();
        for (int c = 0; c < columns.size(); c++) {
            double[] values = new double[categories.size()];
            for (Map<String, Object> r : rows) {
                values[categories.indexOf(String.valueOf(r.get(categoryColumn)))] += value(r, columns.get(c));
            }
            out.add(new Series(names.get(c), values));
        }
        return out;
    }

    private static List<String> distinct(List<Map<String, Object>> rows, String column) {
        Function<Map<String, Object>, String> key = r -> String.valueOf(r.get(column));
        return List.copyOf(new TreeSet<>(rows.stream().map(key).toList()));
    }

    private static double value(Map<String, Object> row, String column) {
        return row.get(column) instanceof Number n ? n.doubleValue() : 0;
    }
}
