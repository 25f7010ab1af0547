package dev.crosswalk.audit;

import dev.crosswalk.report.BatchReport;
import dev.crosswalk.support.CsvFixture;
import dev.crosswalk.support.KajabiPeople;
import dev.crosswalk.support.TestCrosswalk;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * A database with known content for the audit: a Kajabi people export and both consent segments through the real
 * pipeline, then what no source on this branch imports yet (a PayPal contact, enrichment links, subscriptions,
 * transactions, merges) inserted with SQL. Every expected number of the audit tests follows from this.
 */
final class AuditFixture {

    static final Instant SUBSCRIBED_AT = Instant.parse("2025-11-01T10:00:00Z");
    static final Instant UNSUBSCRIBED_AT = Instant.parse("2025-11-10T10:00:00Z");

    final BatchReport people;
    final BatchReport subscribed;
    final BatchReport unsubscribed;

    private AuditFixture(BatchReport people, BatchReport subscribed, BatchReport unsubscribed) {
        this.people = people;
        this.subscribed = subscribed;
        this.unsubscribed = unsubscribed;
    }

    static AuditFixture load(TestCrosswalk crosswalk, Path dir) throws Exception {
        Map<String, String> ann = KajabiPeople.person("1", "Ann", "Lee", "ann@example.com");
        ann.put("Phone Number (phone_number)", "+1 555 0100");
        Map<String, String> annAgain = KajabiPeople.person("4", "Ann", "Lee", "ann.lee@work.example");
        annAgain.put("Phone Number (phone_number)", "+1 (555) 0100");
        Path people = new KajabiPeople().person(ann).person(KajabiPeople.person("2", "Bob", "Ray", "bob@example.com"))
                .person(KajabiPeople.person("3", "Cy", "Dee", "cy@example.com")).person(annAgain)
                .write(dir.resolve("people.csv"));
        BatchReport peopleReport = crosswalk.importFile(people, "kajabi");
        BatchReport sub = crosswalk.importFile(segment(dir.resolve("sub.csv"), SUBSCRIBED_AT, "ann@example.com",
                "bob@example.com"), "kajabi-subscribed");
        BatchReport unsub = crosswalk.importFile(segment(dir.resolve("unsub.csv"), UNSUBSCRIBED_AT,
                "ann@example.com"), "kajabi-unsubscribed");
        try (Connection c = crosswalk.dataSource().getConnection(); Statement st = c.createStatement()) {
            st.execute(new String(AuditFixture.class.getResourceAsStream("/fixtures/audit/money.sql")
                    .readAllBytes(), StandardCharsets.UTF_8));
        }
        return new AuditFixture(peopleReport, sub, unsub);
    }

    private static Path segment(Path file, Instant exportedAt, String... emails) throws Exception {
        CsvFixture csv = new CsvFixture(List.of("Name", "First Name", "Last Name", "Email", "Created At",
                "Member Created At"));
        for (String email : emails) {
            csv.row(List.of("", "", "", email, "2024-05-06 18:01:32 -0700", ""));
        }
        csv.write(file);
        Files.setLastModifiedTime(file, FileTime.from(exportedAt));
        return file;
    }

    /** Rows as text, so expected values read plainly: numbers without trailing zeros, instants in ISO form. */
    static List<Map<String, String>> text(List<Map<String, Object>> rows) {
        List<Map<String, String>> out = new ArrayList<>();
        for (Map<String, Object> row : rows) {
            Map<String, String> r = new LinkedHashMap<>();
            row.forEach((k, v) -> r.put(k, text(v)));
            out.add(r);
        }
        return out;
    }

    static String text(Object v) {
        if (v == null) {
            return null;
        }
        if (v instanceof Number n) {
            return new BigDecimal(n.toString()).stripTrailingZeros().toPlainString();
        }
        if (v instanceof Timestamp t) {
            return t.toInstant().toString();
        }
        return v.toString();
    }

    /** An expected row: alternating column names and values. */
    static Map<String, String> row(String... columnsAndValues) {
        Map<String, String> r = new LinkedHashMap<>();
        for (int i = 0; i < columnsAndValues.length; i += 2) {
            r.put(columnsAndValues[i], columnsAndValues[i + 1]);
        }
        return r;
    }

    static long id(TestCrosswalk crosswalk, String email) throws SQLException {
        return crosswalk.count("select id from contacts where email = '" + email + "'");
    }
}
