package dev.crosswalk.web;

import static dev.crosswalk.report.Html.escape;

import dev.crosswalk.erasure.ErasureService;
import dev.crosswalk.erasure.PersonExport;
import dev.crosswalk.erasure.PersonFinder;
import dev.crosswalk.report.BatchReport;
import dev.crosswalk.value.Emails;
import dev.crosswalk.value.InvalidValueException;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.sql.Connection;
import java.sql.SQLException;
import javax.sql.DataSource;
import org.apache.camel.Exchange;

/**
 * A person by email or contact id: everything held about them, as {@code export-person} writes it (the same
 * owner-only file in outbox/reports/), and {@code forget} behind a typed confirmation: the person's email, typed.
 */
public final class PersonPages {

    private final DataSource dataSource;
    private final PersonExport export;
    private final ErasureService erasure;

    public PersonPages(DataSource dataSource, PersonExport export, ErasureService erasure) {
        this.dataSource = dataSource;
        this.export = export;
        this.erasure = erasure;
    }

    /** The search form (a GET changes nothing: the export file is written by the POST). */
    public void search(Exchange exchange) {
        Session session = WebRequest.session(exchange);
        WebResponse.html(exchange, 200, Page.render("Person", session, "/person",
                searchForm(session, WebRequest.param(exchange, "q", ""))));
    }

    private static String searchForm(Session session, String q) {
        return Page.form(session, "/person", "Find a person", "<p><label for=\"q\">Email or contact id</label> "
                + "<input id=\"q\" name=\"q\" required maxlength=\"254\" value=\"" + escape(q) + "\"> "
                + "<button type=\"submit\">Show everything held</button></p>");
    }

    public void show(Exchange exchange) throws SQLException, IOException {
        Session session = WebRequest.session(exchange);
        String q = WebRequest.param(exchange, "q", "");
        StringBuilder body = new StringBuilder(searchForm(session, q));
        PersonExport.Result result = export.export(q);
        if (result.refusal() != null) {
            body.append("<p class=\"refused\" role=\"alert\">").append(escape(result.refusal())).append("</p>");
            WebResponse.html(exchange, 404, Page.render("Person", session, "/person", body.toString()));
            return;
        }
        ErasureService.Result preview = erasure.forget(q, session.by(), null, true);
        body.append("<p>Everything held about contact ").append(result.contact()).append(", as written to <code>")
                .append(escape(result.file())).append("</code>:</p><pre class=\"export\">")
                .append(escape(Files.readString(result.file(), StandardCharsets.UTF_8))).append("</pre>")
                .append("<section aria-labelledby=\"forget\"><h2 id=\"forget\">Forget this person</h2><p>")
                .append(escape(preview.report() == null ? preview.refusal() : preview.report().message()))
                .append("</p>").append(Page.form(session, "/person/forget", "Forget this person",
                        "<p><label for=\"confirm\">Type one of the person's email addresses to confirm</label> "
                        + "<input id=\"confirm\" name=\"confirm\" required autocomplete=\"off\"> "
                        + "<label for=\"reason\">Request reference</label> <input id=\"reason\" name=\"reason\"> "
                        + "<button type=\"submit\">Forget for good</button></p><p class=\"hint\">This erases their "
                        + "personal data everywhere and cannot be rolled back.</p>", "q", q))
                .append("</section>");
        WebResponse.html(exchange, 200, Page.render("Person", session, "/person", body.toString()));
    }

    public void forget(Exchange exchange) throws SQLException {
        Session session = WebRequest.session(exchange);
        String q = WebRequest.param(exchange, "q", "");
        String typed;
        try {
            typed = Emails.normalise(WebRequest.param(exchange, "confirm", ""));
        } catch (InvalidValueException e) {
            typed = null;
        }
        try (Connection c = dataSource.getConnection()) {
            PersonFinder.Found found = new PersonFinder().find(c, q);
            if (found.person() == null) {
                throw new WebRefused(404, found.refusal());
            }
            if (typed == null || !found.person().emails().contains(typed)) {
                throw new WebRefused(400, "Not forgotten: the confirmation must be one of the person's email "
                        + "addresses, typed.");
            }
        }
        ErasureService.Result result = erasure.forget(q, session.by(), WebRequest.param(exchange, "reason", null),
                false);
        BatchReport report = result.report();
        session.notice(report == null ? result.refusal() : "Batch " + report.batch() + ": " + report.message());
        WebResponse.seeOther(exchange, "/person");
    }
}
