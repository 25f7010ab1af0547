package dev.crosswalk.web;

import static dev.crosswalk.report.Html.escape;

import dev.crosswalk.report.BatchListing;
import dev.crosswalk.report.NamedConflicts.NamedConflict;
import java.nio.file.Path;
import java.sql.SQLException;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import javax.sql.DataSource;
import org.apache.camel.Exchange;

/**
 * The pages of open decisions: home (what outbox/index.html shows: open decisions by reason, latest batches, latest
 * audit), the decisions one page at a time, the likely duplicates side by side, and the confirmation of a bulk
 * decision with the number of items it will change.
 */
public final class ReviewPages {

    private static final Set<String> IDENTITY = Set.of("AMBIGUOUS", "DUPLICATE");
    private static final int LATEST_BATCHES = 10;

    private final DataSource dataSource;
    private final OpenDecisions decisions;
    private final People people;
    private final AuditPage audit;
    private final int pageSize;

    public ReviewPages(DataSource dataSource, AuditPage audit, int pageSize) {
        this.dataSource = dataSource;
        this.decisions = new OpenDecisions(dataSource);
        this.people = new People(dataSource);
        this.audit = audit;
        this.pageSize = pageSize;
    }

    public void home(Exchange exchange) throws SQLException {
        Session session = WebRequest.session(exchange);
        OpenDecisions.Slice open = decisions.read(new OpenDecisions.Filter(Set.of(), null, null, 1, 0));
        StringBuilder body = new StringBuilder("<section aria-labelledby=\"open\"><h2 id=\"open\">Open decisions: ")
                .append(open.open()).append("</h2>");
        if (open.byReason().isEmpty()) {
            body.append("<p class=\"ok\">Nothing needs a decision.</p>");
        } else {
            body.append("<table><caption>An item counts in every batch that asked its question</caption><thead>"
                    + "<tr><th scope=\"col\">reason</th><th scope=\"col\">batch</th><th scope=\"col\">open</th>"
                    + "<th scope=\"col\">decide</th></tr></thead><tbody>");
            open.byReason().forEach((reason, batches) -> batches.forEach((batch, n) -> body.append("<tr><td>")
                    .append(escape(reason)).append("</td><td class=\"n\">").append(batch)
                    .append("</td><td class=\"n\">").append(n).append("</td><td><a href=\"")
                    .append(IDENTITY.contains(reason) ? "/duplicates" : "/decisions" + Page.query("reason", reason,
                            "batch", Long.toString(batch)))
                    .append("\">one by one</a> · <a href=\"/bulk").append(Page.query("reason", reason, "batch",
                            Long.toString(batch))).append("\">all at once…</a></td></tr>")));
            body.append("</tbody></table>");
        }
        body.append("</section><section aria-labelledby=\"latest\"><h2 id=\"latest\">Latest batches</h2>")
                .append(BatchPages.table(BatchListing.rows(dataSource).stream().limit(LATEST_BATCHES).toList()))
                .append("<p><a href=\"/batches\">Every batch</a></p></section>")
                .append("<section aria-labelledby=\"audit\"><h2 id=\"audit\">Latest audit</h2>");
        Path latest = audit.latest();
        body.append(latest == null ? "<p>No audit yet: the service runs one every night (or run "
                + "<code>crosswalk audit</code>).</p>" : "<p><a href=\"/audit\">" + escape(latest.getFileName())
                + "</a></p>").append("</section>");
        WebResponse.html(exchange, 200, Page.render("Review", session, "/", body.toString()));
    }

    public void decisions(Exchange exchange) throws SQLException {
        String reason = WebRequest.param(exchange, "reason", null);
        show(exchange, "Decisions", "/decisions", reason == null ? Set.of() : Set.of(reason));
    }

    public void duplicates(Exchange exchange) throws SQLException {
        show(exchange, "Likely duplicates", "/duplicates", IDENTITY);
    }

    private void show(Exchange exchange, String title, String path, Set<String> reasons) throws SQLException {
        Session session = WebRequest.session(exchange);
        Long batch = WebRequest.optionalId(exchange, "batch");
        String field = WebRequest.param(exchange, "field", null);
        Long page = WebRequest.optionalId(exchange, "page");
        int number = page == null || page < 1 ? 1 : (int) Math.min(page, Integer.MAX_VALUE);
        OpenDecisions.Slice slice = decisions.read(new OpenDecisions.Filter(reasons, batch, field, number,
                pageSize));
        Set<Long> contacts = new LinkedHashSet<>();
        slice.items().forEach(k -> contacts.addAll(DecisionCard.contacts(k)));
        Map<Long, People.Person> named = people.of(contacts);
        Map<Long, String> sources = batchSources();
        String reason = reasons.size() == 1 ? reasons.iterator().next() : null;
        String here = path + Page.query("reason", path.equals("/decisions") ? reason : null, "batch",
                batch == null ? null : batch.toString(), "field", field, "page", Integer.toString(number));
        StringBuilder body = new StringBuilder("<p class=\"summary\">").append(slice.matching())
                .append(" open").append(reason == null ? "" : " " + escape(reason))
                .append(batch == null ? "" : " from batch " + batch).append(field == null ? "" : " on " + escape(field))
                .append(". Keys: <kbd>j</kbd> next, <kbd>k</kbd> keep, <kbd>t</kbd> take, <kbd>m</kbd> merge, "
                        + "<kbd>d</kbd> dismiss, <kbd>u</kbd> undo the last decision.</p>");
        if (path.equals("/decisions")) {
            body.append(picker(slice, reason, batch, field));
        }
        if (path.equals("/duplicates")) {
            body.append(Page.form(session, "/duplicates/find", "Look for likely duplicates",
                    "<button type=\"submit\">Look for likely duplicates now</button>"));
        }
        body.append(undo(session, here));
        for (NamedConflict k : slice.items()) {
            body.append(DecisionCard.render(k, named, sources, session, here));
        }
        body.append(pager(path, reason, batch, field, number, slice.matching()));
        WebResponse.html(exchange, 200, Page.render(title, session, path, body.toString()));
    }

    /**
     * The filter: a reason, a batch that asked, a field, each offered with its open count, and the way to decide
     * what it shows all at once (a bulk decision answers one reason of one batch, as {@code resolve --batch}).
     */
    private static String picker(OpenDecisions.Slice slice, String reason, Long batch, String field) {
        Map<Long, Long> batches = new TreeMap<>();
        slice.byReason().forEach((r, counts) -> {
            if (reason == null || reason.equals(r)) {
                counts.forEach((b, n) -> batches.merge(b, n, Long::sum));
            }
        });
        StringBuilder out = new StringBuilder("<form method=\"get\" action=\"/decisions\" class=\"filter\" "
                + "aria-label=\"Narrow the decisions\">");
        select(out, "reason", "Reason", reason, slice.reasons());
        select(out, "batch", "Batch", batch == null ? null : batch.toString(), batches);
        select(out, "field", "Field", field, slice.fields());
        out.append("<button type=\"submit\">Show</button></form>");
        if (reason != null && batch != null) {
            out.append("<p><a href=\"/bulk").append(Page.query("reason", reason, "batch", batch.toString(), "field",
                    field)).append("\">Decide all ").append(slice.matching()).append(" at once…</a></p>");
        } else if (slice.matching() > 0) {
            out.append("<p class=\"hint\">Choose a reason and a batch to decide all of them at once.</p>");
        }
        return out.toString();
    }

    /** A labelled drop-down of values and their open counts, "any" first; the chosen value selected. */
    private static <T> void select(StringBuilder out, String name, String label, String chosen, Map<T, Long> counts) {
        out.append("<label for=\"pick-").append(name).append("\">").append(label).append("</label> <select id=\"pick-")
                .append(name).append("\" name=\"").append(name).append("\"><option value=\"\">any</option>");
        counts.forEach((value, n) -> out.append("<option value=\"").append(escape(value)).append('"')
                .append(String.valueOf(value).equals(chosen) ? " selected" : "").append('>').append(escape(value))
                .append(" (").append(n).append(")</option>"));
        out.append("</select> ");
    }

    /** The undo form for the session's last decision (the u key submits it). */
    static String undo(Session session, String back) {
        return session.lastBatch() == null ? "" : Page.form(session, "/undo", "Undo the last decision",
                "<button type=\"submit\" id=\"undo\" data-key=\"u\">Undo my last decision (batch "
                        + session.lastBatch() + ")</button>", "back", back);
    }

    private String pager(String path, String reason, Long batch, String field, int page, long matching) {
        long pages = Math.max(1, (matching + pageSize - 1) / pageSize);
        StringBuilder out = new StringBuilder("<nav class=\"pager\" aria-label=\"Pages\">");
        String b = batch == null ? null : batch.toString();
        String r = path.equals("/decisions") ? reason : null;
        if (page > 1) {
            out.append("<a rel=\"prev\" href=\"").append(path).append(Page.query("reason", r, "batch", b, "field",
                    field, "page", Integer.toString(page - 1))).append("\">previous</a> ");
        }
        out.append("page ").append(page).append(" of ").append(pages);
        if (page < pages) {
            out.append(" <a rel=\"next\" href=\"").append(path).append(Page.query("reason", r, "batch", b, "field",
                    field, "page", Integer.toString(page + 1))).append("\">next</a>");
        }
        return out.append("</nav>").toString();
    }

    /** The confirmation of a bulk decision: how many open items it will change, then a button per decision. */
    public void bulk(Exchange exchange) throws SQLException {
        Session session = WebRequest.session(exchange);
        String reason = WebRequest.param(exchange, "reason", null);
        long batch = WebRequest.id(exchange, "batch");
        String field = WebRequest.param(exchange, "field", null);
        if (reason == null) {
            throw new WebRefused(400, "a bulk decision needs a reason");
        }
        OpenDecisions.Slice slice = decisions.read(new OpenDecisions.Filter(Set.of(reason), batch, field, 1, 5));
        StringBuilder body = new StringBuilder("<p class=\"summary\">This decides <strong id=\"bulk-count\">")
                .append(slice.matching()).append("</strong> open ").append(escape(reason))
                .append(" items asked by batch ").append(batch).append(field == null ? "" : " on " + escape(field))
                .append(", as one batch you can roll back.</p>");
        if (slice.fields().size() > 1 || field != null) {
            body.append("<form method=\"get\" action=\"/bulk\" class=\"filter\" aria-label=\"Narrow to one field\">")
                    .append(Page.hidden("reason", reason)).append(Page.hidden("batch", batch));
            select(body, "field", "Only the field", field, slice.fields());
            body.append("<button type=\"submit\">Count again</button></form>");
        }
        body.append("<ul>");
        for (NamedConflict k : slice.items()) {
            body.append("<li>").append(escape(k.contactName() == null ? "contact " + k.contactId()
                    : k.contactName())).append(": ").append(escape(k.field())).append(" ")
                    .append(escape(k.currentValue())).append(" → ").append(escape(k.incomingValue())).append("</li>");
        }
        body.append(slice.matching() > slice.items().size() ? "<li>…</li>" : "").append("</ul>");
        if (slice.matching() > 0) {
            StringBuilder buttons = new StringBuilder();
            for (DecisionCard.Choice choice : DecisionCard.choices(reason)) {
                String text = choice.text() + ": all " + slice.matching();
                buttons.append(Page.button("decision", choice.decision(), text, text + " items", null)).append(' ');
            }
            body.append(Page.form(session, "/bulk", "Confirm the bulk decision", buttons.toString(), "reason",
                    reason, "batch", Long.toString(batch), "field", field == null ? "" : field));
        }
        WebResponse.html(exchange, 200, Page.render("Decide all at once", session, "/decisions", body.toString()));
    }

    /** Each batch's source (its kind when it has none), for "from kajabi, batch 12". */
    private Map<Long, String> batchSources() throws SQLException {
        Map<Long, String> sources = new HashMap<>();
        for (Map<String, Object> row : BatchListing.rows(dataSource)) {
            String source = String.valueOf(row.get("source"));
            sources.put(((Number) row.get("id")).longValue(), source.isEmpty() ? String.valueOf(row.get("kind"))
                    : source);
        }
        return sources;
    }
}
