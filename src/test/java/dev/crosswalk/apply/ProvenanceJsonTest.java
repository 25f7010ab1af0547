package dev.crosswalk.apply;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.crosswalk.decide.ContactState;
import dev.crosswalk.decide.ContactState.StoredEntry;
import dev.crosswalk.model.ContactField;
import dev.crosswalk.model.FieldSource;
import dev.crosswalk.model.LockLevel;
import dev.crosswalk.support.TestDatabase;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.Statement;
import java.time.Instant;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * A contact's provenance, written by the application (a created contact's row, an existing contact's patch), is the
 * same JSON the database function writes for the same entries: the rules compare stored entries as JSON, whoever
 * wrote them, and a rollback puts back the entries a patch's audit says were there.
 */
class ProvenanceJsonTest {

    @Test
    void theApplicationWritesTheEntriesTheDatabaseFunctionWrites() throws Exception {
        ContactState contact = new ContactState(7, true, "ann@example.com", "kajabi", LockLevel.UNLOCKED, null,
                Map.of(), false, false, null, false);
        Instant micros = Instant.parse("2026-11-30T09:15:02.123456Z");
        Instant whole = Instant.parse("2026-01-02T03:04:05Z");
        contact.set(ContactField.FIRST_NAME, "Ann", new FieldSource("kajabi", micros, false, false));
        contact.set(ContactField.CITY, "Denver", new FieldSource("a \"quoted\" \\ source\t", whole, false, true));
        String written = new ProvenanceJson(12).created(contact);
        try (Connection c = DriverManager.getConnection(TestDatabase.freshDatabaseUrl(), "postgres", "");
                PreparedStatement ps = c.prepareStatement("select ?::jsonb = jsonb_build_object("
                        + "'first_name', provenance_entry('kajabi', ?, 12, false, null, false), "
                        + "'city', provenance_entry(?, ?, 12, false, null, true)), ?::jsonb::text")) {
            ps.setString(1, written);
            ps.setObject(2, java.time.OffsetDateTime.parse("2026-11-30T10:15:02.123456+01:00"));
            ps.setString(3, "a \"quoted\" \\ source\t");
            ps.setObject(4, java.time.OffsetDateTime.parse("2026-01-02T03:04:05Z"));
            ps.setString(5, written);
            try (ResultSet rs = ps.executeQuery()) {
                rs.next();
                assertEquals(true, rs.getBoolean(1), written + " against " + rs.getString(2));
            }
        }
        assertEquals("{\"first_name\":{\"source\":\"kajabi\",\"at\":\"2026-11-30T09:15:02.123456Z\",\"batch\":12},"
                + "\"city\":{\"source\":\"a \\\"quoted\\\" \\\\ source\\u0009\",\"at\":\"2026-01-02T03:04:05.000000Z\","
                + "\"batch\":12,\"blanks_only\":true}}", written);
    }

    /**
     * An existing contact's patch: a restatement keeps the batch that stored the value (none where nothing recorded
     * it), a changed value is this batch's, an import never marks a value a person's; "before" is the stored entries
     * with everything they held, JSON null where there was none.
     */
    @Test
    void anExistingContactsPatchIsWhatTheDatabaseWritesAndItsBeforeWhatWasStored() throws Exception {
        Instant then = Instant.parse("2026-10-01T08:00:00Z");
        Instant now = Instant.parse("2026-11-30T09:15:02.123456Z");
        ContactState contact = new ContactState(7, false, "ann@example.com", "kajabi", LockLevel.UNLOCKED, null,
                Map.of(ContactField.FIRST_NAME, "Ann", ContactField.LAST_NAME, "Lee", ContactField.CITY, "Boulder"),
                false, false, null, false);
        contact.sourceStored(ContactField.FIRST_NAME,
                new StoredEntry(new FieldSource("kajabi", then, false, false), 4L, null));
        contact.sourceStored(ContactField.CITY,
                new StoredEntry(new FieldSource("review", then, true, false), 5L, "ann.admin"));
        contact.restate(ContactField.FIRST_NAME, new FieldSource("kajabi", now, false, false));
        contact.restate(ContactField.LAST_NAME, new FieldSource("kajabi", now, false, false));
        contact.set(ContactField.CITY, "Denver", new FieldSource("zoho", now, false, false));
        contact.set(ContactField.PHONE, "555 0100", new FieldSource("paypal", now, false, true));
        ProvenanceJson.Patch patch = new ProvenanceJson(12).patch(contact);
        try (Connection c = DriverManager.getConnection(TestDatabase.freshDatabaseUrl(), "postgres", "");
                PreparedStatement ps = c.prepareStatement("select ?::jsonb = jsonb_build_object("
                        + "'first_name', provenance_entry('kajabi', ?, 4, false, null, false), "
                        + "'last_name', provenance_entry('kajabi', ?, null, false, null, false), "
                        + "'city', provenance_entry('zoho', ?, 12, false, null, false), "
                        + "'phone', provenance_entry('paypal', ?, 12, false, null, true)), "
                        + "?::jsonb = jsonb_build_object("
                        + "'first_name', provenance_entry('kajabi', ?, 4, false, null, false), "
                        + "'last_name', 'null'::jsonb, "
                        + "'city', provenance_entry('review', ?, 5, true, 'ann.admin', false), "
                        + "'phone', 'null'::jsonb)")) {
            java.time.OffsetDateTime nowAt = java.time.OffsetDateTime.parse("2026-11-30T09:15:02.123456Z");
            java.time.OffsetDateTime thenAt = java.time.OffsetDateTime.parse("2026-10-01T08:00:00Z");
            ps.setString(1, patch.after());
            for (int p = 2; p <= 5; p++) {
                ps.setObject(p, nowAt);
            }
            ps.setString(6, patch.before());
            ps.setObject(7, thenAt);
            ps.setObject(8, thenAt);
            try (ResultSet rs = ps.executeQuery()) {
                rs.next();
                assertEquals(true, rs.getBoolean(1), patch.after());
                assertEquals(true, rs.getBoolean(2), patch.before());
            }
        }
        assertTrue(patch.changes());
    }

    @Test
    void aRestatementWithTheStoredEvidenceChangesNothing() {
        Instant then = Instant.parse("2026-10-01T08:00:00Z");
        ContactState contact = new ContactState(7, false, "ann@example.com", "kajabi", LockLevel.UNLOCKED, null,
                Map.of(ContactField.FIRST_NAME, "Ann"), false, false, null, false);
        contact.sourceStored(ContactField.FIRST_NAME,
                new StoredEntry(new FieldSource("kajabi", then, false, false), 4L, null));
        contact.restate(ContactField.FIRST_NAME, new FieldSource("kajabi", then, false, false));
        assertFalse(new ProvenanceJson(12).patch(contact).changes());
    }

    @Test
    void eachEntryHasItsOwnEvidenceTimeWhenTheyAlternate() {
        ProvenanceJson batch = new ProvenanceJson(3);
        Instant first = Instant.parse("2026-11-30T09:15:02Z");
        Instant second = Instant.parse("2026-12-01T00:00:00.5Z");
        for (Instant[] times : new Instant[][] {{first, second}, {second, first}}) {
            ContactState contact = new ContactState(1, true, "a@example.com", "kajabi", LockLevel.UNLOCKED, null,
                    Map.of(), false, false, null, false);
            contact.set(ContactField.FIRST_NAME, "Ann", new FieldSource("kajabi", times[0], false, false));
            contact.set(ContactField.CITY, "Denver", new FieldSource("kajabi", times[1], false, false));
            assertEquals("{\"first_name\":{\"source\":\"kajabi\",\"at\":\"" + text(times[0]) + "\",\"batch\":3},"
                    + "\"city\":{\"source\":\"kajabi\",\"at\":\"" + text(times[1]) + "\",\"batch\":3}}",
                    batch.created(contact));
        }
    }

    /**
     * Fields with the same source share one entry (V192): written once under "*", 0 in each field's place; a field
     * with its own entry keeps it. The database reads it back as every field's entry written out, by the view and by
     * the functions, and a patch of one field leaves the others' entries as they were.
     */
    @Test
    void fieldsWithTheSameSourceShareOneEntryThatTheDatabaseWritesOutForEach() throws Exception {
        ContactState contact = new ContactState(7, true, "ann@example.com", "kajabi", LockLevel.UNLOCKED, null,
                Map.of(), false, false, null, false);
        Instant exported = Instant.parse("2026-11-30T09:15:02Z");
        contact.set(ContactField.FIRST_NAME, "Ann", new FieldSource("kajabi", exported, false, false));
        contact.set(ContactField.CITY, "Denver", new FieldSource("paypal", exported, false, true));
        contact.set(ContactField.LAST_NAME, "Lee", new FieldSource("kajabi", exported, false, false));
        String written = new ProvenanceJson(12).created(contact);
        assertEquals("{\"*\":{\"source\":\"kajabi\",\"at\":\"2026-11-30T09:15:02.000000Z\",\"batch\":12},"
                + "\"first_name\":0,\"last_name\":0,\"city\":{\"source\":\"paypal\",\"at\":"
                + "\"2026-11-30T09:15:02.000000Z\",\"batch\":12,\"blanks_only\":true}}", written);
        // as jsonb prints them: keys by length, then by their bytes
        String kajabi = "{\"at\": \"2026-11-30T09:15:02.000000Z\", \"batch\": 12, \"source\": \"kajabi\"}";
        String paypal = "{\"at\": \"2026-11-30T09:15:02.000000Z\", \"batch\": 12, \"source\": \"paypal\", "
                + "\"blanks_only\": true}";
        String zoho = "{\"at\": \"2026-12-01T00:00:00.000000Z\", \"batch\": 13, \"source\": \"zoho\"}";
        try (Connection c = DriverManager.getConnection(TestDatabase.freshDatabaseUrl(), "postgres", "");
                Statement st = c.createStatement()) {
            st.execute("insert into import_batches (id, kind, source, status) values (12, 'import', 'kajabi', "
                    + "'applied'), (13, 'import', 'zoho', 'applied')");
            st.execute("insert into contacts (id, email, source_system) values (7, 'ann@example.com', 'kajabi')");
            st.execute("insert into contact_provenance (id, fields) values (7, '" + written + "')");
            assertEquals(List.of("city " + paypal, "first_name " + kajabi, "last_name " + kajabi),
                    strings(st, "select field || ' ' || provenance_entry(source, evidence_at, batch_id, by_person, "
                            + "decided_by, fills_blanks_only) from contact_field_sources where contact_id = 7 "
                            + "order by field"));
            assertEquals(List.of("{\"city\": " + paypal + ", \"last_name\": " + kajabi + ", \"first_name\": "
                    + kajabi + "}", kajabi + " " + paypal),
                    strings(st, "select provenance_fields(fields)::text from contact_provenance union all "
                            + "select provenance_field(fields, 'last_name')::text || ' ' || provenance_field(fields, 'city')"
                            + " from contact_provenance"));

            st.execute("select write_provenance(13, array[7::bigint], array['{\"last_name\": " + zoho + "}'::jsonb])");
            assertEquals(List.of("city " + paypal, "first_name " + kajabi, "last_name " + zoho),
                    strings(st, "select field || ' ' || provenance_entry(source, evidence_at, batch_id, by_person, "
                            + "decided_by, fills_blanks_only) from contact_field_sources where contact_id = 7 "
                            + "order by field"));
            assertEquals(List.of("{\"last_name\": " + kajabi + "} {\"last_name\": " + zoho + "}"),
                    strings(st, "select old_value::jsonb::text || ' ' || new_value::jsonb::text "
                            + "from import_audit_log where batch_id = 13"));
        }
    }

    /**
     * A patch of a contact whose stored fields share one entry: re-dating every field that names it writes the new
     * entry once too (and its "before" the old one once), and merged into the stored row it leaves each field with
     * its new entry; re-dating only some writes each entry out, so the others keep the stored one.
     */
    @Test
    void aPatchSharesAnEntryOnlyWhereItReplacesEveryFieldThatNamesTheStoredOne() throws Exception {
        Instant then = Instant.parse("2026-10-01T08:00:00Z");
        Instant now = Instant.parse("2026-11-30T09:15:02Z");
        StoredEntry stored = new StoredEntry(new FieldSource("kajabi", then, false, false), 4L, null);
        String entryThen = "{\"source\":\"kajabi\",\"at\":\"2026-10-01T08:00:00.000000Z\",\"batch\":4}";
        String entryNow = "{\"source\":\"kajabi\",\"at\":\"2026-11-30T09:15:02.000000Z\",\"batch\":4}";
        String row = "{\"*\":" + entryThen + ",\"first_name\":0,\"last_name\":0,\"city\":" + entryThen + "}";
        ProvenanceJson batch = new ProvenanceJson(12);

        ContactState all = redated(stored, now, ContactField.FIRST_NAME, ContactField.LAST_NAME);
        ProvenanceJson.Patch shared = batch.patch(all);
        assertEquals("{\"*\":" + entryNow + ",\"first_name\":0,\"last_name\":0}", shared.after());
        assertEquals("{\"*\":" + entryThen + ",\"first_name\":0,\"last_name\":0}", shared.before());

        ContactState some = redated(stored, now, ContactField.FIRST_NAME);
        ProvenanceJson.Patch written = batch.patch(some);
        assertEquals("{\"first_name\":" + entryNow + "}", written.after());
        assertEquals("{\"first_name\":" + entryThen + "}", written.before());

        try (Connection c = DriverManager.getConnection(TestDatabase.freshDatabaseUrl(), "postgres", "");
                Statement st = c.createStatement()) {
            String merged = "select provenance_fields('" + row + "'::jsonb || '%s'::jsonb) = jsonb_build_object("
                    + "'first_name', '" + entryNow + "'::jsonb, 'last_name', '%s'::jsonb, 'city', '" + entryThen
                    + "'::jsonb)";
            assertEquals(List.of("t"), strings(st, String.format(merged, shared.after(), entryNow)));
            assertEquals(List.of("t"), strings(st, String.format(merged, written.after(), entryThen)));
        }
    }

    /** A contact whose stored first and last name share {@code stored}, with {@code fields} restated as of now. */
    private static ContactState redated(StoredEntry stored, Instant now, ContactField... fields) {
        ContactState contact = new ContactState(7, false, "ann@example.com", "kajabi", LockLevel.UNLOCKED, null,
                Map.of(ContactField.FIRST_NAME, "Ann", ContactField.LAST_NAME, "Lee"), false, false, null, false);
        contact.sourceStored(ContactField.FIRST_NAME, stored);
        contact.sourceStored(ContactField.LAST_NAME, stored);
        contact.storedSharing(EnumSet.of(ContactField.FIRST_NAME, ContactField.LAST_NAME));
        for (ContactField field : fields) {
            contact.restate(field, new FieldSource("kajabi", now, false, false));
        }
        return contact;
    }

    private static List<String> strings(Statement st, String sql) throws Exception {
        List<String> rows = new ArrayList<>();
        try (ResultSet rs = st.executeQuery(sql)) {
            while (rs.next()) {
                rows.add(rs.getString(1));
            }
        }
        return rows;
    }

    private static String text(Instant at) {
        return at.equals(Instant.parse("2026-11-30T09:15:02Z")) ? "2026-11-30T09:15:02.000000Z"
                : "2026-12-01T00:00:00.500000Z";
    }
}
