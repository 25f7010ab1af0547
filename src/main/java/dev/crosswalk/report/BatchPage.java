package dev.crosswalk.report;

import static dev.crosswalk.report.ReportWriter.escape;
import static dev.crosswalk.report.ReportWriter.table;

import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;

/** Fills the HTML template of a batch report: headline, what needs a decision, counts, links to the files. */
final class BatchPage {

    private BatchPage() {
    }

    static String render(String template, BatchReport r) {
        Map<String, String> values = new LinkedHashMap<>();
        values.put("title", "Batch " + r.batch() + (r.preview() ? " (PREVIEW)" : "") + " — " + r.source());
        values.put("status", r.status());
        values.put("banner", r.preview() ? "<p class=\"preview\">PREVIEW — nothing was changed in the database.</p>"
                : "");
        values.put("headline", escape(headline(r)));
        values.put("attention", attention(r));
        values.put("rows", table(r.rows()));
        values.put("fields", r.fields() == null ? "" : table(r.fields()));
        values.put("conflicts", r.conflicts() == null || r.conflicts().isEmpty() ? "<p>None.</p>" : table(r.conflicts()));
        values.put("consent", r.consent() == null ? "" : table(r.consent()));
        values.put("money", MoneySections.render(r));
        values.put("meta", table(meta(r)));
        values.put("files", links(r.files()));
        String page = template;
        for (Map.Entry<String, String> e : values.entrySet()) {
            page = page.replace("{{" + e.getKey() + "}}", e.getKey().equals("title") || e.getKey().equals("status")
                    ? escape(e.getValue()) : e.getValue());
        }
        return page;
    }

    private static String headline(BatchReport r) {
        if (r.message() != null) {
            return r.message();
        }
        return r.rowCount("read") + " rows read: " + r.rowCount("new") + " new, " + r.rowCount("updated")
                + " updated, " + r.rowCount("unchanged") + " unchanged, " + r.rowCount("conflict") + " in conflict, "
                + r.rowCount("rejected") + " rejected, " + r.rowCount("skipped") + " skipped.";
    }

    private static String attention(BatchReport r) {
        StringBuilder out = new StringBuilder();
        long optOuts = r.conflicts() == null ? 0 : r.conflicts().getOrDefault("PROTECTED_OPT_IN", 0L);
        if (optOuts > 0) {
            out.append("<li class=\"urgent\">").append(optOuts).append(" opt-outs of protected opt-ins await a ")
                    .append("decision: genuine unsubscribes must be honoured promptly (conflicts file, reason ")
                    .append("PROTECTED_OPT_IN).</li>");
        }
        int stillActive = MoneySections.stillActive(r);
        if (stillActive > 0) {
            out.append("<li class=\"urgent\">").append(stillActive).append(" subscriptions missing from this ")
                    .append("export are still active in the database: review them (Reconciliation).</li>");
        }
        long conflicts = r.rowCount("conflict");
        if (conflicts > 0) {
            out.append("<li>").append(conflicts).append(" rows raised conflicts to review.</li>");
        }
        long rejected = r.rowCount("rejected");
        if (rejected > 0) {
            out.append("<li>").append(rejected).append(" rows were rejected; see the rejected file.</li>");
        }
        return out.length() == 0 ? "<p>Nothing needs a decision.</p>" : "<ul>" + out + "</ul>";
    }

    private static Map<String, Object> meta(BatchReport r) {
        Map<String, Object> meta = new LinkedHashMap<>();
        meta.put("batch", r.batch());
        meta.put("kind", r.kind());
        meta.put("source", r.source());
        meta.put("format", r.format() == null ? null : r.format() + " (" + r.formatVersion() + ")");
        meta.put("file", r.file());
        meta.put("sha256", r.sha256());
        meta.put("started", r.startedAt());
        meta.put("duration ms", r.durationMs());
        if (r.duplicateOf() != null) {
            meta.put("duplicate of batch", r.duplicateOf());
        }
        return meta;
    }

    private static String links(Map<String, String> files) {
        StringBuilder out = new StringBuilder("<ul>");
        files.forEach((k, v) -> out.append("<li>").append(escape(k.replace('_', ' '))).append(": <a href=\"")
                .append(escape(Path.of(v).toUri())).append("\">").append(escape(Path.of(v).getFileName()))
                .append("</a></li>"));
        return out.append("</ul>").toString();
    }
}
