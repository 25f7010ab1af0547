package dev.crosswalk.erasure;

import com.fasterxml.jackson.databind.JsonNode;
import dev.crosswalk.db.Sql;
import dev.crosswalk.report.Outbox;
import dev.crosswalk.report.OwnerOnly;
import dev.crosswalk.report.ReportWriter;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.LinkedHashMap;
import java.util.Map;
import javax.sql.DataSource;

/**
 * {@code export-person}: everything Crosswalk holds about one person — their contacts (every contact merged with
 * the one named), emails, source ids, tags, products, subscriptions, transactions, consent history, conflicts,
 * merges and field history — as one JSON file, owner-only, in {@code outbox/reports/person-<contact>-<time>.json}.
 * The file name carries the contact id, never the person's name or email.
 */
public final class PersonExport {

    /** The file written, or why nobody was found. */
    public record Result(Path file, long contact, String refusal) {
    }

    private static final DateTimeFormatter STAMP = DateTimeFormatter.ofPattern("yyyyMMdd'T'HHmmss'Z'")
            .withZone(ZoneOffset.UTC);

    private final DataSource dataSource;
    private final Path reports;
    private final OwnerOnly ownerOnly;

    public PersonExport(DataSource dataSource, Outbox outbox, OwnerOnly ownerOnly) {
        this.dataSource = dataSource;
        this.reports = outbox.reports();
        this.ownerOnly = ownerOnly;
    }

    public Result export(String target) throws SQLException {
        try (Connection c = dataSource.getConnection()) {
            PersonFinder.Found found = new PersonFinder().find(c, target);
            if (found.person() == null) {
                return new Result(null, 0, found.refusal());
            }
            Person person = found.person();
            Instant now = Instant.now();
            Map<String, Object> document = new LinkedHashMap<>();
            document.put("exported_at", now.toString());
            document.put("requested", target.strip());
            document.put("contact", person.contact());
            try (PreparedStatement ps = c.prepareStatement(Sql.load("erasure/person-export"))) {
                ps.setArray(1, c.createArrayOf("bigint", person.contacts().toArray()));
                try (ResultSet rs = ps.executeQuery()) {
                    rs.next();
                    JsonNode held = ReportWriter.JSON.readTree(rs.getString(1));
                    held.fields().forEachRemaining(e -> document.put(e.getKey(), e.getValue()));
                }
            }
            Path file = reports.resolve("person-" + person.contact() + "-" + STAMP.format(now) + ".json");
            ownerOnly.folder(reports);
            Path temp = Files.createTempFile(reports, ".person-", ".tmp");
            ownerOnly.file(temp);
            ReportWriter.JSON.writerWithDefaultPrettyPrinter().writeValue(temp.toFile(), document);
            Files.move(temp, file);
            ownerOnly.file(file);
            return new Result(file, person.contact(), null);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write the person's export to " + reports, e);
        }
    }
}
