package dev.crosswalk.report;

import java.math.BigDecimal;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Map;

/** HTML pieces for the reports a person reads: every value escaped, numbers exact, times in UTC to the minute. */
public final class Html {

    private static final DateTimeFormatter MINUTE = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm 'UTC'")
            .withZone(ZoneOffset.UTC);

    private Html() {
    }

    public static String escape(Object value) {
        if (value == null) {
            return "";
        }
        StringBuilder out = new StringBuilder();
        for (char ch : value.toString().toCharArray()) {
            switch (ch) {
                case '<' -> out.append("&lt;");
                case '>' -> out.append("&gt;");
                case '&' -> out.append("&amp;");
                case '"' -> out.append("&quot;");
                case '\'' -> out.append("&#39;");
                default -> out.append(ch);
            }
        }
        return out.toString();
    }

    /** A value as a person reads it: plain decimals (no exponent), instants to the minute in UTC. */
    public static String text(Object value) {
        if (value == null) {
            return "";
        }
        if (value instanceof BigDecimal d) {
            return d.toPlainString();
        }
        if (value instanceof Timestamp t) {
            return MINUTE.format(t.toInstant());
        }
        if (value instanceof Instant i) {
            return MINUTE.format(i);
        }
        if (value instanceof OffsetDateTime o) {
            return MINUTE.format(o);
        }
        return value.toString();
    }

    /** Rows (column → value) as a table with a header; numbers right-aligned. */
    public static String rows(List<Map<String, Object>> rows) {
        if (rows.isEmpty()) {
            return "<p class=\"none\">None.</p>";
        }
        StringBuilder out = new StringBuilder("<table><thead><tr>");
        rows.get(0).keySet().forEach(k -> out.append("<th>").append(escape(k.replace('_', ' '))).append("</th>"));
        out.append("</tr></thead><tbody>");
        for (Map<String, Object> row : rows) {
            out.append("<tr>");
            row.values().forEach(v -> out.append(cell(v)).append(escape(text(v))).append("</td>"));
            out.append("</tr>");
        }
        return out.append("</tbody></table>").toString();
    }

    /** One record as a two-column table: key, value. */
    public static String record(Map<String, ?> values) {
        StringBuilder out = new StringBuilder("<table>");
        values.forEach((k, v) -> out.append("<tr><th>").append(escape(k.replace('_', ' '))).append("</th>")
                .append(cell(v)).append(escape(text(v)))
                .append("</td></tr>"));
        return out.append("</table>").toString();
    }

    /** Numbers right-aligned, numbers and times never wrapped. */
    private static String cell(Object v) {
        if (v instanceof Number) {
            return "<td class=\"n\">";
        }
        return v instanceof Timestamp || v instanceof Instant || v instanceof OffsetDateTime
                || v instanceof LocalDate ? "<td class=\"d\">" : "<td>";
    }

    /** A big number with its label, for a page's headline. */
    public static String figure(Object value, String label, String css) {
        return "<div class=\"figure " + css + "\"><span class=\"value\">" + escape(text(value))
                + "</span><span class=\"label\">" + escape(label) + "</span></div>";
    }
}
