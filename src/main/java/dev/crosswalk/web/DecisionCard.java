package dev.crosswalk.web;

import static dev.crosswalk.report.Html.escape;

import dev.crosswalk.report.NamedConflicts.NamedConflict;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * One open decision as a card: the person (or, for a question of identity, the people side by side), the field,
 * the current value and where it came from, the proposed value and where it comes from with the evidence that asked
 * (how often, sources, batches, lines, latest time, every proposal), and a button for each
 * decision this kind of item allows. Buttons carry their keyboard key (review.js).
 */
final class DecisionCard {

    /** A decision a button sends, its words on the button, its key. */
    record Choice(String decision, String text, String key) {
    }

    private static final Pattern ID = Pattern.compile("\\d+");

    private DecisionCard() {
    }

    /** An item about who a row's person is (which contact, or two contacts one person?), not about a field. */
    static boolean aboutIdentity(NamedConflict k) {
        return aboutIdentity(k.reason());
    }

    static boolean aboutIdentity(String reason) {
        return "AMBIGUOUS".equals(reason) || "DUPLICATE".equals(reason);
    }

    /** The contacts the card shows: those an identity item names, else the item's contact. */
    static List<Long> contacts(NamedConflict k) {
        List<Long> ids = new ArrayList<>();
        if (aboutIdentity(k)) {
            Matcher m = ID.matcher(k.currentValue() == null ? "" : k.currentValue());
            while (m.find()) {
                ids.add(Long.parseLong(m.group()));
            }
        } else if (k.contactId() != null) {
            ids.add(k.contactId());
        }
        return ids;
    }

    /** The decisions an item of this reason allows, most likely first (a bulk decision offers the same). */
    static List<Choice> choices(String reason) {
        if (aboutIdentity(reason)) {
            return List.of(new Choice("MERGE", "Merge", "m"), new Choice("DISMISS", "Not the same person", "d"));
        }
        if ("PROTECTED_OPT_IN".equals(reason)) {
            return List.of(new Choice("TAKE", "Honour the opt-out", "t"),
                    new Choice("KEEP", "Keep the opt-in", "k"));
        }
        return List.of(new Choice("KEEP", "Keep current", "k"), new Choice("TAKE", "Take proposed", "t"),
                new Choice("DISMISS", "Dismiss", "d"));
    }

    static String render(NamedConflict k, Map<Long, People.Person> people, Map<Long, String> batchSources,
            Session session, String back) {
        String id = "item-" + k.id();
        String title = (k.contactName() == null ? "contact " + k.contactId() : k.contactName()) + " · "
                + k.field() + " · " + k.reason();
        StringBuilder out = new StringBuilder("<article class=\"card\" id=\"").append(id)
                .append("\" tabindex=\"-1\" aria-labelledby=\"").append(id).append("-title\"><h2 id=\"").append(id)
                .append("-title\">").append(escape(title)).append(" <span class=\"ref\">item ").append(k.id())
                .append("</span></h2><div class=\"sides\">");
        for (Long contact : contacts(k)) {
            out.append(person(contact, people.get(contact)));
        }
        if (!aboutIdentity(k)) {
            out.append("<section class=\"value\" aria-label=\"Current value\"><h3>Current</h3><p class=\"v\">")
                    .append(shown(k.currentValue())).append("</p><p class=\"from\">")
                    .append(k.currentSource() == null ? "origin not recorded" : "from " + escape(k.currentSource())
                            + ", batch " + k.currentBatch() + ", " + escape(k.currentDate()))
                    .append("</p></section>");
        }
        out.append("<section class=\"value\" aria-label=\"Proposed\"><h3>")
                .append(aboutIdentity(k) ? "Why" : "Proposed").append("</h3><p class=\"v\">")
                .append(shown(k.incomingValue())).append("</p><p class=\"from\">from ")
                .append(escape(batchSources.getOrDefault(k.batch(), "batch"))).append(", batch ").append(k.batch())
                .append(k.line() == null ? "" : ", line " + k.line()).append("</p>").append(evidence(k))
                .append("</section></div>");
        StringBuilder buttons = new StringBuilder("<div class=\"actions\">");
        for (Choice choice : choices(k.reason())) {
            buttons.append(Page.button("decision", choice.decision(), choice.text(), choice.text() + ": " + title,
                    choice.key()));
        }
        if (!aboutIdentity(k)) {
            String input = id + "-value";
            buttons.append("<span class=\"set\"><label for=\"").append(input).append("\">Own value</label>")
                    .append("<input id=\"").append(input).append("\" name=\"value\" maxlength=\"500\">")
                    .append(Page.button("decision", "SET", "Set", "Set your own value: " + title, null))
                    .append("</span>");
        }
        buttons.append("</div>");
        return out.append(Page.form(session, "/decisions/" + k.id(), "Decide item " + k.id(), buttons.toString(),
                "back", back)).append("</article>").toString();
    }

    /**
     * The evidence that asked the item's question (one open item per contact and question): how often, from which
     * sources, batches and lines, the latest time, and every distinct proposal when there was more than one.
     */
    static String evidence(NamedConflict k) {
        if (k.evidenceCount() == 0) {
            return "";
        }
        StringBuilder out = new StringBuilder("<p class=\"from evidence\">asked ").append(k.evidenceCount())
                .append(k.evidenceCount() == 1 ? " time" : " times");
        if (k.sources() != null) {
            out.append(" · ").append(escape(k.sources()));
        }
        if (k.batches() != null) {
            out.append(" · batch").append(k.batches().contains(";") ? "es " : " ").append(escape(k.batches()));
        }
        if (k.lines() != null) {
            out.append(" · line").append(k.lines().contains(";") ? "s " : " ").append(escape(k.lines()));
        }
        if (k.latestEvidence() != null) {
            // to the minute: "2026-12-06 21:46" of "2026-12-06 21:46:22.77267+00"
            String latest = k.latestEvidence();
            out.append(" · latest ").append(escape(latest.length() > 16 ? latest.substring(0, 16) : latest));
        }
        out.append("</p>");
        if (k.proposedValues() != null && !k.proposedValues().equals(k.incomingValue())) {
            out.append("<p class=\"from proposals\">proposed: ").append(escape(k.proposedValues())).append("</p>");
        }
        return out.toString();
    }

    private static String person(long contact, People.Person p) {
        StringBuilder out = new StringBuilder("<section class=\"person\" aria-label=\"Contact ").append(contact)
                .append("\"><h3><a href=\"/person").append(Page.query("q", Long.toString(contact)))
                .append("\">contact ").append(contact).append("</a></h3>");
        if (p == null) {
            return out.append("<p>no longer exists</p></section>").toString();
        }
        out.append("<dl>");
        row(out, "name", p.name());
        row(out, "emails", p.emails() == null ? p.email() : p.emails());
        row(out, "phone", p.phone());
        row(out, "lives", p.place());
        row(out, "lock", p.lockLevel() + (p.lockReason() == null ? "" : " (" + p.lockReason() + ")"));
        row(out, "sources", p.sources());
        row(out, "since", p.since() + (p.deleted() ? " (merged or deleted)" : ""));
        return out.append("</dl></section>").toString();
    }

    private static void row(StringBuilder out, String term, String value) {
        if (value != null && !value.isBlank()) {
            out.append("<dt>").append(term).append("</dt><dd>").append(escape(value)).append("</dd>");
        }
    }

    private static String shown(String value) {
        return value == null || value.isEmpty() ? "<em>(blank)</em>" : escape(value);
    }
}
