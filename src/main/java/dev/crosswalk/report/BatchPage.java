package dev.crosswalk.report;

import static dev.crosswalk.report.Html.escape;

import dev.crosswalk.report.NamedConflicts.NamedConflict;
import dev.crosswalk.report.Svg.Series;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Fills the HTML template of a batch report: the row outcomes as big numbers and a bar, then what needs a
 * decision (opt-outs of protected opt-ins first) with links to the files to decide in, then the details.
 */
final class BatchPage {

    private static final String REVIEW = "review";
    private static final List<String> OUTCOMES = List.of("new", "updated", "unchanged", "conflict", "rejected",
            "skipped");

    private BatchPage() {
    }

    static String render(String template, BatchReport r, List<NamedConflict> listed) {
        Map<String, String> values = new LinkedHashMap<>();
        values.put("title", escape("Batch " + r.batch() + (r.preview() ? " (PREVIEW)" : "") + " — "
                + (r.source() == null ? r.kind() : r.source())));
        values.put("status", escape(r.status()));
        values.put("banner", r.preview() ? "<p class=\"preview\">PREVIEW — nothing was changed in the database.</p>"
                : "");
        values.put("headline", escape(headline(r)));
        values.put("figures", figures(r));
        values.put("bar", bar(r));
        values.put("attention", attention(r));
        values.put("listed", listed(r, listed));
        values.put("fields", r.fields() == null ? "<p class=\"none\">None.</p>" : Html.record(r.fields()));
        values.put("conflicts", conflicts(r));
        values.put("consent", r.consent() == null ? "<p class=\"none\">None.</p>" : Html.record(r.consent()));
        values.put("meta", Html.record(meta(r)));
        values.put("files", links(r));
        values.put("money", MoneySections.render(r));
        String page = template;
        for (Map.Entry<String, String> e : values.entrySet()) {
            page = page.replace("{{" + e.getKey() + "}}", e.getValue());
        }
        return page;
    }

    private static String headline(BatchReport r) {
        if (r.message() != null) {
            return r.message();
        }
        return r.rowCount("read") + " rows read, every one accounted for below.";
    }

    private static String figures(BatchReport r) {
        StringBuilder out = new StringBuilder("<div class=\"figures\">").append(Html.figure(r.rowCount("read"),
                "read", ""));
        for (String outcome : OUTCOMES) {
            boolean decide = (outcome.equals("conflict") || outcome.equals("rejected")) && r.rowCount(outcome) > 0;
            out.append(Html.figure(r.rowCount(outcome), outcome, decide ? "warn " + outcome : outcome));
        }
        return out.append("</div>").toString();
    }

    private static String bar(BatchReport r) {
        if (r.rowCount("read") == 0) {
            return "";
        }
        List<Series> series = new ArrayList<>();
        for (String outcome : OUTCOMES) {
            series.add(new Series(outcome, new double[] {r.rowCount(outcome)}));
        }
        return Svg.stackedBars("Rows by outcome", List.of("rows"), series);
    }

    /** Opt-outs of protected opt-ins first (they must be honoured promptly), then other conflicts, then rejects. */
    private static String attention(BatchReport r) {
        StringBuilder out = new StringBuilder();
        Map<String, Long> conflicts = r.conflicts() == null ? Map.of() : r.conflicts();
        long optOuts = conflicts.getOrDefault("PROTECTED_OPT_IN", 0L);
        if (optOuts > 0) {
            out.append("<li class=\"urgent\" data-reason=\"PROTECTED_OPT_IN\"><strong>").append(optOuts)
                    .append("</strong> opt-outs of protected opt-ins ").append(r.preview() ? "would await" : "await")
                    .append(" a decision: genuine unsubscribes must be honoured promptly. ")
                    .append(whereToDecide(r, "PROTECTED_OPT_IN")).append(".</li>");
        }
        int stillActive = MoneySections.stillActive(r);
        if (stillActive > 0) {
            out.append("<li class=\"urgent\" data-reason=\"missing-active\"><strong>").append(stillActive)
                    .append("</strong> subscriptions missing from this export are still active in the database: ")
                    .append("review them (Reconciliation below).</li>");
        }
        conflicts.forEach((reason, count) -> {
            if (!reason.equals("PROTECTED_OPT_IN") && count > 0) {
                out.append("<li data-reason=\"").append(escape(reason)).append("\"><strong>").append(count)
                        .append("</strong> ").append(escape(reason)).append(" conflicts. ")
                        .append(whereToDecide(r, reason)).append(".</li>");
            }
        });
        long rejected = r.rowCount("rejected");
        if (rejected > 0 && REVIEW.equals(r.kind())) {
            out.append("<li data-reason=\"rejected\"><strong>").append(rejected).append("</strong> decisions were ")
                    .append("refused and changed nothing; the reason per row in ").append(link(r, "answers"))
                    .append(".</li>");
        } else if (rejected > 0) {
            out.append("<li data-reason=\"rejected\"><strong>").append(rejected).append("</strong> rows were ")
                    .append("rejected: fix them at the source and import again; line and reason in ")
                    .append(link(r, "rejected")).append(".</li>");
        }
        long warnings = r.warningCount();
        if (warnings > 0) {
            out.append("<li data-reason=\"warnings\"><strong>").append(warnings).append("</strong> values of")
                    .append(" optional columns could not be read and were left out; their rows were applied all")
                    .append(" the same: line and reason (outcome warning) in ").append(link(r, "rejected"))
                    .append(".</li>");
        }
        return out.length() == 0 ? "<p class=\"ok\">Nothing needs a decision.</p>"
                : "<ol class=\"attention\">" + out + "</ol>";
    }

    /** The batch's first open conflicts, each naming its person; the conflicts file has them all. */
    private static String listed(BatchReport r, List<NamedConflict> listed) {
        if (listed.isEmpty()) {
            return "";
        }
        List<Map<String, Object>> rows = new ArrayList<>();
        for (NamedConflict k : listed) {
            Map<String, Object> row = new LinkedHashMap<>();
            if (!r.preview()) {
                row.put("conflict", k.id());
            }
            row.put("person", k.contactName() == null ? k.primaryEmail()
                    : k.primaryEmail() == null ? k.contactName() : k.contactName() + " <" + k.primaryEmail() + ">");
            row.put("lock", k.lockLevel() == null ? null
                    : k.lockReason() == null ? k.lockLevel() : k.lockLevel() + " (" + k.lockReason() + ")");
            row.put("reason", k.reason());
            row.put("field", k.field());
            row.put("current", k.currentValue());
            row.put("current from", k.currentSource() == null ? null
                    : k.currentSource() + ", batch " + k.currentBatch() + ", " + k.currentDate());
            row.put("incoming", k.incomingValue());
            rows.add(row);
        }
        long all = r.conflicts() == null ? listed.size() : total(r.conflicts());
        String where = conflictsFile(r);
        String note = listed.size() < all
                ? "The first " + listed.size() + " of " + all + ", most urgent first; all of them in " + where + "."
                : (r.preview() ? "Listed in " : "Decide them in ") + where + ".";
        return "<h3>Conflicts, most urgent first</h3>" + Html.rows(rows) + "<p>" + note + "</p>";
    }

    /** Where a reason's conflicts are decided: a preview has nothing to decide, a review points at what is open. */
    private static String whereToDecide(BatchReport r, String reason) {
        if (r.preview()) {
            return "PREVIEW: nothing to decide, an import would raise them; listed in " + conflictsFile(r);
        }
        if (REVIEW.equals(r.kind())) {
            return "Still open after this review; outbox/index.html lists the files to decide them in";
        }
        return "Decide them (reason " + escape(reason) + ") in " + conflictsFile(r);
    }

    /** A preview's conflicts are a list to read, not a file to decide in. */
    private static String conflictsFile(BatchReport r) {
        return link(r, r.preview() ? "preview_conflicts" : "conflicts");
    }

    private static long total(Map<String, Long> counts) {
        return counts.values().stream().mapToLong(Long::longValue).sum();
    }

    /** Reasons as the conflicts file spells them (PROTECTED_OPT_IN), so a reader can filter on them. */
    private static String conflicts(BatchReport r) {
        List<Map<String, Object>> rows = new ArrayList<>();
        if (r.conflicts() != null) {
            r.conflicts().forEach((reason, count) -> {
                Map<String, Object> row = new LinkedHashMap<>();
                row.put("reason", reason);
                row.put("rows", count);
                rows.add(row);
            });
        }
        return Html.rows(rows);
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
        if (r.recognition() != null) {
            r.recognition().forEach((what, how) -> meta.put("recognised " + what.replace('_', ' '), how));
        }
        return meta;
    }

    private static String links(BatchReport r) {
        StringBuilder out = new StringBuilder("<ul>");
        r.files().keySet().forEach(k -> out.append("<li>").append(escape(r.fileLabel(k).replace('_', ' '))).append(": ")
                .append(link(r, k)).append("</li>"));
        return out.append("</ul>").toString();
    }

    /** A link relative to the report's folder, so the outbox opens offline wherever it is copied. */
    private static String link(BatchReport r, String key) {
        String file = r.files().get(key);
        if (file == null) {
            return "the " + escape(key) + " file";
        }
        Path target = Path.of(file);
        String html = r.files().get("report_html");
        String href = html == null ? target.toUri().toString()
                : Path.of(html).getParent().relativize(target).toString().replace('\\', '/');
        return "<a href=\"" + escape(href) + "\">" + escape(target.getFileName()) + "</a>";
    }
}
