package dev.crosswalk.adopt;

import static dev.crosswalk.adopt.LegacyValues.amount;
import static dev.crosswalk.adopt.LegacyValues.flag;
import static dev.crosswalk.adopt.LegacyValues.text;
import static dev.crosswalk.adopt.LegacyValues.upper;

import dev.crosswalk.adopt.Adoption.Effect;
import dev.crosswalk.adopt.Adoption.Problem;
import dev.crosswalk.db.Sql;
import java.math.BigDecimal;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;

/**
 * Legacy and Crosswalk side by side. The legacy side is counted from the snapshot's live rows by the legacy
 * system's own rules (lower(trim(...)) for addresses, raw values for ids), independently of the mapping; the
 * Crosswalk side is read back from the database. Each difference must equal the sum of the listed problems'
 * effects on that figure, or the figure is UNEXPLAINED.
 */
final class Reconciliation {

    static final String EQUAL = "equal";
    static final String EXPLAINED = "explained";
    static final String UNEXPLAINED = "UNEXPLAINED";

    private Reconciliation() {
    }

    static String amountFigure(String source, String currency) {
        return "amount:" + source + ":" + (currency == null ? "(none)" : currency);
    }

    static Map<String, Object> run(Connection c, LegacySnapshot snapshot, Adoption adoption) throws SQLException {
        Map<String, BigDecimal> legacy = legacyFigures(snapshot);
        Map<String, BigDecimal> crosswalk = new TreeMap<>();
        try (PreparedStatement ps = c.prepareStatement(Sql.load("adopt/crosswalk-figures"));
                ResultSet rs = ps.executeQuery()) {
            while (rs.next()) {
                crosswalk.put(rs.getString(1), rs.getBigDecimal(2));
            }
        }
        Map<String, BigDecimal> explained = new TreeMap<>();
        Map<String, Set<String>> reasons = new TreeMap<>();
        for (Problem p : adoption.problems) {
            for (Effect e : p.effects()) {
                explained.merge(e.figure(), e.delta(), BigDecimal::add);
                reasons.computeIfAbsent(e.figure(), k -> new LinkedHashSet<>()).add(p.reason());
            }
        }
        Set<String> all = new TreeSet<>(legacy.keySet());
        all.addAll(crosswalk.keySet());
        all.addAll(explained.keySet());
        List<Map<String, Object>> figures = new ArrayList<>();
        Map<String, Long> byStatus = new LinkedHashMap<>();
        for (String figure : all) {
            BigDecimal l = legacy.getOrDefault(figure, BigDecimal.ZERO);
            BigDecimal x = crosswalk.getOrDefault(figure, BigDecimal.ZERO);
            BigDecimal difference = l.subtract(x);
            BigDecimal because = explained.getOrDefault(figure, BigDecimal.ZERO);
            String status = difference.signum() == 0 && because.signum() == 0 ? EQUAL
                    : difference.compareTo(because) == 0 ? EXPLAINED : UNEXPLAINED;
            byStatus.merge(status, 1L, Long::sum);
            Map<String, Object> row = new LinkedHashMap<>();
            row.put("figure", figure);
            row.put("legacy", l.stripTrailingZeros().toPlainString());
            row.put("crosswalk", x.stripTrailingZeros().toPlainString());
            row.put("difference", difference.stripTrailingZeros().toPlainString());
            row.put("status", status);
            row.put("explained_by", String.join("; ", reasons.getOrDefault(figure, Set.of())));
            figures.add(row);
        }
        Map<String, Object> out = new LinkedHashMap<>();
        out.put("summary", byStatus.getOrDefault(UNEXPLAINED, 0L) == 0
                ? "Every figure is equal or explained by the listed problems."
                : byStatus.get(UNEXPLAINED) + " figures differ without an explanation: see figures.");
        out.put("by_status", byStatus);
        out.put("figures", figures);
        return out;
    }

    /** The legacy side, from live rows only. */
    static Map<String, BigDecimal> legacyFigures(LegacySnapshot snapshot) {
        Map<String, BigDecimal> f = new TreeMap<>();
        Set<String> live = new HashSet<>();
        Set<String> emails = new HashSet<>();
        Map<String, Set<String>> ids = new TreeMap<>();
        Set<String> tags = new HashSet<>();
        Set<String> tagLinks = new HashSet<>();
        for (Map<String, String> row : snapshot.rows("contacts")) {
            if (text(row, "deleted_at") != null) {
                continue;
            }
            String id = row.get("id");
            live.add(id);
            add(f, "contacts", BigDecimal.ONE);
            boolean subscribed = flag(row, "email_subscribed");
            boolean isProtected = flag(row, "subscription_protected");
            add(f, "opt_ins", subscribed ? BigDecimal.ONE : BigDecimal.ZERO);
            add(f, "protected_opt_ins", subscribed && isProtected ? BigDecimal.ONE : BigDecimal.ZERO);
            add(f, "protected", isProtected ? BigDecimal.ONE : BigDecimal.ZERO);
            String level = text(row, "lock_level");
            add(f, "lock:" + (level == null ? PeopleMapping.NO_LEVEL : level), BigDecimal.ONE);
            add(f, "source:" + LegacySources.crosswalkName(text(row, "source_system")), BigDecimal.ONE);
            for (String column : List.of("email", "paypal_email", "zoho_email")) {
                addEmail(emails, text(row, column));
            }
            LegacyEmails.pieces(text(row, "additional_email")).forEach(e -> addEmail(emails, e));
            LegacyValues.jsonStrings(row, "secondary_emails").forEach(e -> addEmail(emails, e));
            ids.computeIfAbsent(PeopleMapping.LEGACY, k -> new HashSet<>()).add(id);
            PeopleMapping.ID_COLUMNS.forEach((column, idSource) -> {
                if (text(row, column) != null) {
                    ids.computeIfAbsent(idSource, k -> new HashSet<>()).add(text(row, column));
                }
            });
            for (String tag : LegacyValues.textArray(row, "tags")) {
                String norm = LabelMapping.norm(tag);
                if (norm != null) {
                    tags.add(norm);
                    tagLinks.add(id + "\u0000" + norm);
                }
            }
        }
        for (Map<String, String> row : snapshot.rows("contact_emails")) {
            if (live.contains(row.get("contact_id")) && text(row, "deleted_at") == null) {
                addEmail(emails, text(row, "email"));
            }
        }
        for (Map<String, String> row : snapshot.rows("external_identities")) {
            String system = text(row, "system") == null ? null
                    : PeopleMapping.ID_SYSTEMS.get(text(row, "system").toLowerCase(Locale.ROOT));
            if (live.contains(row.get("contact_id")) && system != null && text(row, "external_id") != null) {
                ids.computeIfAbsent(system, k -> new HashSet<>()).add(text(row, "external_id"));
            }
        }
        f.put("emails", BigDecimal.valueOf(emails.size()));
        ids.forEach((source, values) -> f.put("identities:" + source, BigDecimal.valueOf(values.size())));
        Map<String, String> liveTags = liveLabels(snapshot, "tags");
        Map<String, String> liveProducts = liveLabels(snapshot, "products");
        tags.addAll(liveTags.values());
        tagLinks.addAll(links(snapshot, "contact_tags", "tag_id", liveTags, live));
        f.put("tags", BigDecimal.valueOf(tags.size()));
        f.put("products", BigDecimal.valueOf(liveProducts.size()));
        f.put("tag_links", BigDecimal.valueOf(tagLinks.size()));
        f.put("product_links", BigDecimal.valueOf(links(snapshot, "contact_products", "product_id", liveProducts,
                live).size()));
        for (Map<String, String> row : snapshot.rows("subscriptions")) {
            if (text(row, "deleted_at") == null) {
                String status = text(row, "status");
                add(f, "subscriptions:" + status, BigDecimal.ONE);
                BigDecimal amount = amount(row, "amount");
                add(f, "subscription_amount:" + status + ":" + (upper(row, "currency") == null ? "(none)"
                        : upper(row, "currency")), amount == null ? BigDecimal.ZERO : amount);
            }
        }
        for (Map<String, String> row : snapshot.rows("transactions")) {
            if (text(row, "deleted_at") == null) {
                String source = MoneyMapping.source(row);
                add(f, "transactions:" + source, BigDecimal.ONE);
                BigDecimal amount = amount(row, "amount");
                add(f, amountFigure(source, upper(row, "currency")), amount == null ? BigDecimal.ZERO : amount);
            }
        }
        return f;
    }

    private static void addEmail(Set<String> emails, String value) {
        if (value != null) {
            emails.add(LegacyEmails.rawKey(value));
        }
    }

    private static Map<String, String> liveLabels(LegacySnapshot snapshot, String table) {
        Map<String, String> byId = new LinkedHashMap<>();
        for (Map<String, String> row : snapshot.rows(table)) {
            if (text(row, "deleted_at") == null && LabelMapping.norm(text(row, "name")) != null) {
                byId.put(row.get("id"), LabelMapping.norm(text(row, "name")));
            }
        }
        return byId;
    }

    private static Set<String> links(LegacySnapshot snapshot, String table, String column, Map<String, String> labels,
            Set<String> live) {
        Set<String> out = new HashSet<>();
        for (Map<String, String> row : snapshot.rows(table)) {
            String label = labels.get(row.get(column));
            if (label != null && live.contains(row.get("contact_id"))) {
                out.add(row.get("contact_id") + "\u0000" + label);
            }
        }
        return out;
    }

    private static void add(Map<String, BigDecimal> f, String figure, BigDecimal value) {
        f.merge(figure, value, BigDecimal::add);
    }
}
