package dev.crosswalk.web;

import static dev.crosswalk.report.Html.escape;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;

/**
 * The frame every page shares: landmarks (banner, navigation, main), the style sheet and the small keyboard script
 * served by this service, the one-time notice, who is signed in. Every value a page shows goes through
 * {@code Html.escape}: exports are files anyone can craft.
 */
final class Page {

    private static final String[][] NAV = {
        {"/", "Home"}, {"/decisions", "Decisions"}, {"/duplicates", "Duplicates"}, {"/batches", "Batches"},
        {"/audit", "Audit"}, {"/person", "Person"}};

    private Page() {
    }

    static String render(String title, Session session, String path, String body) {
        StringBuilder nav = new StringBuilder();
        for (String[] item : NAV) {
            nav.append("<li><a href=\"").append(item[0]).append('"')
                    .append(item[0].equals(path) ? " aria-current=\"page\"" : "").append('>').append(item[1])
                    .append("</a></li>");
        }
        String notice = session == null ? null : session.takeNotice();
        return "<!DOCTYPE html>\n<html lang=\"en\"><head><meta charset=\"utf-8\">"
                + "<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">"
                + "<title>" + escape(title) + " · Crosswalk</title>"
                + "<link rel=\"stylesheet\" href=\"/assets/review.css\">"
                + "<script src=\"/assets/review.js\" defer></script></head><body>"
                + "<header><a class=\"skip\" href=\"#main\">Skip to content</a><span class=\"brand\">Crosswalk</span>"
                + "<nav aria-label=\"Main\"><ul>" + (session == null ? "" : nav) + "</ul></nav>"
                + (session == null ? "" : "<span class=\"who\">Deciding as " + escape(session.by()) + "</span>"
                        + form(session, "/sign-out", "Sign out", "<button type=\"submit\">Sign out</button>"))
                + "</header><main id=\"main\"><h1>" + escape(title) + "</h1>"
                + (notice == null ? "" : "<p class=\"notice\" role=\"status\">" + escape(notice) + "</p>")
                + body + "</main></body></html>\n";
    }

    /** A POST form with the session's CSRF token, hidden fields (name, value pairs) and inner HTML. */
    static String form(Session session, String action, String label, String inner, String... hidden) {
        StringBuilder out = new StringBuilder("<form method=\"post\" action=\"").append(escape(action))
                .append("\" aria-label=\"").append(escape(label)).append("\">")
                .append(hidden("csrf", session.csrf()));
        for (int i = 0; i + 1 < hidden.length; i += 2) {
            out.append(hidden(hidden[i], hidden[i + 1]));
        }
        return out.append(inner).append("</form>").toString();
    }

    static String hidden(String name, Object value) {
        return "<input type=\"hidden\" name=\"" + escape(name) + "\" value=\"" + escape(value) + "\">";
    }

    /** A submit button; {@code key} is its documented access key (or null). */
    static String button(String name, String value, String text, String label, String key) {
        return "<button type=\"submit\" name=\"" + escape(name) + "\" value=\"" + escape(value) + "\" aria-label=\""
                + escape(label) + "\"" + (key == null ? "" : " data-key=\"" + key + "\"") + ">" + escape(text)
                + "</button>";
    }

    static String query(String... pairs) {
        StringBuilder out = new StringBuilder();
        for (int i = 0; i + 1 < pairs.length; i += 2) {
            if (pairs[i + 1] != null && !pairs[i + 1].isEmpty()) {
                out.append(out.length() == 0 ? "?" : "&").append(pairs[i]).append('=')
                        .append(URLEncoder.encode(pairs[i + 1], StandardCharsets.UTF_8));
            }
        }
        return out.toString();
    }
}
