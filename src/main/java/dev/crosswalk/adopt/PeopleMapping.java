package dev.crosswalk.adopt;

import static dev.crosswalk.adopt.LegacyValues.flag;
import static dev.crosswalk.adopt.LegacyValues.instant;
import static dev.crosswalk.adopt.LegacyValues.text;

import dev.crosswalk.adopt.Adoption.Effect;
import dev.crosswalk.adopt.Adoption.Email;
import dev.crosswalk.adopt.Adoption.Identity;
import dev.crosswalk.adopt.Adoption.Person;
import dev.crosswalk.value.Emails;
import dev.crosswalk.value.ExternalIds;
import dev.crosswalk.value.InvalidValueException;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.function.BiConsumer;
import java.util.function.UnaryOperator;

/**
 * Legacy contacts into people: every live contact, its protection exactly, its addresses from the six places and
 * its ids from the columns and external_identities. An address or id two contacts use goes to the first (a
 * primary before an alternate, then the older contact) and the pair is recorded for a DUPLICATE conflict.
 */
final class PeopleMapping {

    static final Set<String> LOCK_LEVELS = Set.of("FULL_LOCK", "PARTIAL_LOCK", "UNLOCKED");
    static final String NO_LEVEL = "(none)";
    /** id columns of contacts → Crosswalk identity source. */
    static final Map<String, String> ID_COLUMNS = orderedMap("kajabi_id", "kajabi", "kajabi_member_id",
            "kajabi-member", "zoho_id", "zoho", "ticket_tailor_id", "ticket-tailor", "paypal_payer_id",
            "paypal-payer", "quickbooks_id", "quickbooks", "mailchimp_id", "mailchimp");
    /** external_identities.system → Crosswalk identity source. */
    static final Map<String, String> ID_SYSTEMS = orderedMap("kajabi", "kajabi", "kajabi_member",
            "kajabi-member", "zoho", "zoho", "ticket_tailor", "ticket-tailor", "paypal", "paypal-payer",
            "quickbooks", "quickbooks", "mailchimp", "mailchimp", "stripe", "stripe", "other", "other");
    static final String LEGACY = "legacy";

    private record Claim<T>(String legacyId, int rank, Instant createdAt, T value, String raw) {
    }

    private final LegacySnapshot snapshot;
    private final Adoption adoption;
    private final Map<String, Map<String, String>> live = new LinkedHashMap<>();
    private final Set<String> deleted = new HashSet<>();
    private final Map<String, List<Claim<Email>>> emailClaims = new LinkedHashMap<>();
    private final Map<String, List<Claim<Identity>>> idClaims = new LinkedHashMap<>();

    PeopleMapping(LegacySnapshot snapshot, Adoption adoption) {
        this.snapshot = snapshot;
        this.adoption = adoption;
    }

    void map() {
        for (Map<String, String> row : snapshot.rows("contacts")) {
            if (text(row, "deleted_at") != null) {
                adoption.softDeleted("soft-deleted contacts");
                deleted.add(row.get("id"));
            } else {
                live.put(row.get("id"), row);
            }
        }
        Map<String, List<Map<String, String>>> emailRows = byContact("contact_emails");
        Map<String, List<Map<String, String>>> idRows = byContact("external_identities");
        Map<String, Instant> restored = restorations();
        for (Map<String, String> row : live.values()) {
            String legacyId = row.get("id");
            adoption.people.put(legacyId, person(row, restored.get(legacyId)));
            claimEmails(row, emailRows.getOrDefault(legacyId, List.of()));
            claimIds(row, idRows.getOrDefault(legacyId, List.of()));
        }
        assignEmails();
        assignIds();
        new LabelMapping(snapshot, adoption, live.keySet(), deleted).map();
    }

    private Person person(Map<String, String> row, Instant restoredAt) {
        String legacyId = row.get("id");
        String source = sourceSystem(row, legacyId);
        String level = text(row, "lock_level");
        String lockReason = "adopted: " + (text(row, "import_locked_reason") == null ? "no reason recorded"
                : text(row, "import_locked_reason"));
        if (level == null || !LOCK_LEVELS.contains(level)) {
            String shown = level == null ? NO_LEVEL : level;
            adoption.problem("contacts", legacyId, "lock_level", level,
                    level == null ? "no lock level (the contact was never classified)" : "unknown lock level",
                    "adopted as FULL_LOCK until a person sets its level",
                    new Effect("lock:" + shown, BigDecimal.ONE),
                    new Effect("lock:FULL_LOCK", BigDecimal.ONE.negate()));
            lockReason = "adopted: legacy lock level " + shown + "; held FULL_LOCK until a person sets one";
            level = "FULL_LOCK";
        }
        boolean subscribed = flag(row, "email_subscribed");
        boolean isProtected = flag(row, "subscription_protected");
        String protectedReason = isProtected ? "adopted: " + (text(row, "subscription_protected_reason") == null
                ? "protected in the legacy database" : text(row, "subscription_protected_reason")) : null;
        Instant updated = instant(row, "updated_at");
        return new Person(legacyId, text(row, "first_name"), text(row, "last_name"), text(row, "phone"),
                text(row, "address_line_1"), text(row, "address_line_2"), text(row, "city"), text(row, "state"),
                text(row, "postal_code"), text(row, "country"), source, level, lockReason, subscribed, isProtected,
                protectedReason, instant(row, "created_at"), restoredAt != null ? restoredAt : updated,
                new ArrayList<>(), new ArrayList<>(), new LinkedHashSet<>(), new LinkedHashSet<>());
    }

    private String sourceSystem(Map<String, String> row, String legacyId) {
        String raw = text(row, "source_system");
        String known = LegacySources.known(raw);
        if (known != null) {
            return known;
        }
        String kept = LegacySources.crosswalkName(raw);
        adoption.problem("contacts", legacyId, "source_system", raw,
                raw == null ? "no source system" : "a source Crosswalk does not know", "adopted with source " + kept);
        return kept;
    }

    /** The opt-in restorations after merges: the newest restoration time per contact. */
    private Map<String, Instant> restorations() {
        Map<String, Instant> times = new HashMap<>();
        for (Map<String, String> row : snapshot.rows("subscription_restoration_audit")) {
            Instant at = instant(row, "restored_at");
            String contact = row.get("contact_id");
            if (at != null && contact != null) {
                times.merge(contact, at, (a, b) -> a.isAfter(b) ? a : b);
            }
        }
        return times;
    }

    /** Rows of a contact-owned table by live contact; rows of soft-deleted contacts are counted, not adopted. */
    private Map<String, List<Map<String, String>>> byContact(String table) {
        Map<String, List<Map<String, String>>> out = new HashMap<>();
        for (Map<String, String> row : snapshot.rows(table)) {
            String contact = row.get("contact_id");
            if (text(row, "deleted_at") != null || !live.containsKey(contact)) {
                if (text(row, "deleted_at") != null) {
                    adoption.softDeleted("soft-deleted " + table);
                } else if (deleted.contains(contact)) {
                    adoption.softDeleted(table + " of soft-deleted contacts");
                } else {
                    adoption.problem(table, row.get("id"), "contact_id", contact, "its contact is not in the snapshot",
                            "not adopted");
                }
                continue;
            }
            out.computeIfAbsent(contact, k -> new ArrayList<>()).add(row);
        }
        return out;
    }

    private void claimEmails(Map<String, String> row, List<Map<String, String>> emailRows) {
        String source = adoption.people.get(row.get("id")).sourceSystem();
        email(row, "contacts", row.get("id"), "email", text(row, "email"), "primary", source, 0);
        String extraSource = LegacySources.known(additionalSource(text(row, "additional_email_source")));
        for (String piece : LegacyEmails.pieces(text(row, "additional_email"))) {
            email(row, "contacts", row.get("id"), "additional_email", piece, "additional",
                    extraSource == null ? source : extraSource, 1);
        }
        email(row, "contacts", row.get("id"), "paypal_email", text(row, "paypal_email"), "paypal", "paypal", 1);
        email(row, "contacts", row.get("id"), "zoho_email", text(row, "zoho_email"), "zoho", "zoho", 1);
        if (LegacyValues.notJsonArray(row, "secondary_emails")) {
            adoption.problem("contacts", row.get("id"), "secondary_emails", text(row, "secondary_emails"),
                    "not a JSON array of addresses", "not adopted");
        }
        for (String address : LegacyValues.jsonStrings(row, "secondary_emails")) {
            email(row, "contacts", row.get("id"), "secondary_emails", address, "secondary", source, 1);
        }
        List<Map<String, String>> rows = new ArrayList<>(emailRows);
        rows.sort(Comparator.comparing((Map<String, String> r) -> !flag(r, "is_primary"))
                .thenComparing(r -> String.valueOf(r.get("created_at"))));
        for (Map<String, String> r : rows) {
            String known = LegacySources.known(text(r, "source"));
            email(row, "contact_emails", r.get("id"), "email", text(r, "email"),
                    text(r, "email_type") == null ? "other" : text(r, "email_type"), known == null ? LEGACY : known,
                    flag(r, "is_primary") ? 0 : 1);
        }
    }

    /** additional_email_source holds free values such as paypal_2024: the system is its first word. */
    private static String additionalSource(String value) {
        return value == null ? null : value.split("[-_\\s]", 2)[0];
    }

    private void email(Map<String, String> contact, String table, String rowId, String field, String value,
            String kind, String source, int rank) {
        if (value == null) {
            return;
        }
        String raw = LegacyEmails.rawKey(value);
        String display;
        try {
            display = Emails.display(value);
        } catch (InvalidValueException e) {
            adoption.problem(table, rowId, field, value, "not a valid email address", "address not adopted",
                    adoption.distinctEffect("emails", raw));
            return;
        }
        Email email = new Email(display.toLowerCase(Locale.ROOT), display, kind, source);
        emailClaims.computeIfAbsent(email.key(), k -> new ArrayList<>()).add(
                new Claim<>(contact.get("id"), rank, instant(contact, "created_at"), email, raw));
    }

    private void claimIds(Map<String, String> row, List<Map<String, String>> idRows) {
        String legacyId = row.get("id");
        Instant created = instant(row, "created_at");
        idClaims.computeIfAbsent(LEGACY + "\u0000" + legacyId, k -> new ArrayList<>())
                .add(new Claim<>(legacyId, 0, created, new Identity(LEGACY, legacyId), legacyId));
        ID_COLUMNS.forEach((column, source) -> identity("contacts", legacyId, column, text(row, column), source,
                legacyId, created, 0));
        for (Map<String, String> r : idRows) {
            String system = text(r, "system");
            String source = system == null ? null : ID_SYSTEMS.get(system.toLowerCase(Locale.ROOT));
            if (source == null) {
                adoption.problem("external_identities", r.get("id"), "system", system, "an id system Crosswalk "
                        + "does not know", "not adopted");
                continue;
            }
            identity("external_identities", r.get("id"), "external_id", text(r, "external_id"), source, legacyId,
                    created, 1);
        }
    }

    private void identity(String table, String rowId, String field, String value, String source, String legacyId,
            Instant created, int rank) {
        if (value == null) {
            return;
        }
        UnaryOperator<String> normaliser = "zoho".equals(source) ? ExternalIds::zoho : ExternalIds::normalise;
        String id;
        try {
            id = normaliser.apply(value);
        } catch (InvalidValueException e) {
            id = null;
        }
        if (id == null) {
            adoption.problem(table, rowId, field, value, "not a valid " + source + " id", "id not adopted",
                    adoption.distinctEffect("identities:" + source, value));
            return;
        }
        idClaims.computeIfAbsent(source + "\u0000" + id, k -> new ArrayList<>())
                .add(new Claim<>(legacyId, rank, created, new Identity(source, id), value));
    }

    private void assignEmails() {
        emailClaims.forEach((key, claims) -> assign(claims, "emails", "email " + key,
                (p, e) -> p.emails().add(e), "contacts", "email"));
        // the legacy primary first: a person's first address is its display email
        adoption.people.values().forEach(p -> p.emails().sort(Comparator.comparing(e -> !"primary".equals(e.kind()))));
    }

    private void assignIds() {
        idClaims.values().forEach(claims -> {
            Identity id = claims.get(0).value();
            assign(claims, "identities:" + id.source(), id.source() + " id " + id.externalId(),
                    (p, i) -> p.identities().add(i), "contacts", id.source());
        });
    }

    /**
     * Gives one address or id to the first claimant; a second contact claiming it becomes a DUPLICATE pair, and
     * each further spelling of it (another case, a zcrm_ prefix) a line explaining its figure.
     */
    private <T> void assign(List<Claim<T>> claims, String figure, String what,
            BiConsumer<Person, T> give, String table, String field) {
        claims.sort(Comparator.comparingInt((Claim<T> c) -> c.rank())
                .thenComparing(c -> c.createdAt(), Comparator.nullsLast(Comparator.naturalOrder()))
                .thenComparing(Claim::legacyId));
        Claim<T> owner = claims.get(0);
        give.accept(adoption.people.get(owner.legacyId()), owner.value());
        adoption.represented(figure, owner.raw());
        Set<String> named = new LinkedHashSet<>();
        for (Claim<T> other : claims.subList(1, claims.size())) {
            if (!other.legacyId().equals(owner.legacyId()) && named.add(other.legacyId())) {
                adoption.duplicates.add(new Adoption.Duplicate(owner.legacyId(), other.legacyId(), what));
            }
            if (adoption.represented(figure, other.raw())) {
                adoption.problem(table, other.legacyId(), field, other.raw(), "the same address or id written "
                        + "another way", "kept once, as " + owner.raw(), new Effect(figure,
                        BigDecimal.ONE));
            }
        }
    }

    private static Map<String, String> orderedMap(String... pairs) {
        Map<String, String> map = new LinkedHashMap<>();
        for (int i = 0; i < pairs.length; i += 2) {
            map.put(pairs[i], pairs[i + 1]);
        }
        return map;
    }
}
