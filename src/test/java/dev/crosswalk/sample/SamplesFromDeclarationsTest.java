package dev.crosswalk.sample;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.crosswalk.config.CrosswalkSettings;
import dev.crosswalk.csv.CsvFile;
import dev.crosswalk.csv.CsvLimits;
import dev.crosswalk.csv.CsvRow;
import dev.crosswalk.csv.FileScan;
import dev.crosswalk.csv.Header;
import dev.crosswalk.model.ContactField;
import dev.crosswalk.model.Identity;
import dev.crosswalk.source.RowResult;
import dev.crosswalk.source.SourceDefinition;
import dev.crosswalk.source.SourceOptions;
import dev.crosswalk.source.Sources;
import dev.crosswalk.source.layout.Layout;
import dev.crosswalk.source.layout.LayoutFormat;
import dev.crosswalk.support.FormatRun;
import dev.crosswalk.value.Amounts;
import dev.crosswalk.value.Emails;
import dev.crosswalk.value.ExternalIds;
import java.math.BigDecimal;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.Iterator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Stream;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * What the generator writes and what Crosswalk reads come from the same declarations: for every sample export, the
 * header written is the one its layout declares (plus the columns one site adds), and a generated file read back by
 * that layout gives, for each row, the values of the columns the layout declares for each field.
 */
class SamplesFromDeclarationsTest {

    private static final SourceOptions OPTIONS = CrosswalkSettings.load().sourceOptions();
    private static final Sources SOURCES = new Sources(OPTIONS);
    private static final int PEOPLE = 600;

    @TempDir
    Path dir;

    static Stream<String> samples() {
        return SampleCatalog.names().stream();
    }

    @ParameterizedTest
    @MethodSource("samples")
    void theGeneratedHeaderIsTheDeclaredOne(String name) {
        SampleFormat<?> sample = SampleCatalog.get(name);
        Layout layout = layoutReading(sample).layout();
        List<String> declaredPart = sample.columns().stream().filter(c -> !c.site()).map(Column::name).toList();

        if (layout.name().equals("manual-list")) {
            // a hand-kept list is headed with the operator's names: each must be one the mapping declares
            List<String> mapped = OPTIONS.manual().columns().values().stream().flatMap(List::stream).toList();
            declaredPart.forEach(column -> assertTrue(mapped.stream().anyMatch(column::equalsIgnoreCase), column));
        } else {
            assertEquals(layout.header(), declaredPart);
        }
        assertTrue(layout.recognises(Header.of(sample.header())));
    }

    @ParameterizedTest
    @MethodSource("samples")
    void aGeneratedFileIsReadBackWithTheDeclaredValues(String name) throws Exception {
        SampleFormat<?> sample = SampleCatalog.get(name);
        LayoutFormat format = layoutReading(sample);
        Path file = dir.resolve(name + ".csv");
        SampleWriter.write(sample, new People(DemoSet.SEED, 0, Instant.parse("2026-11-30T00:00:00Z")), 0, PEOPLE,
                file);
        List<Map<String, String>> cells = cells(file);
        List<RowResult> results = FormatRun.map(format, DemoSet.inboxFor(SOURCES, sample).orElseThrow().system(),
                file);
        List<Check> checks = checks(format.layout().name());

        assertEquals(cells.size(), results.size());
        assertFalse(checks.isEmpty(), "every layout has columns to read back");
        int mapped = 0;
        for (int i = 0; i < results.size(); i++) {
            assertFalse(results.get(i) instanceof RowResult.Rejected, name + " row " + (i + 2) + ": " + results.get(i));
            if (results.get(i) instanceof RowResult.Mapped row) {
                mapped++;
                for (Check check : checks) {
                    assertEquals(check.expected().apply(cells.get(i).get(check.column())), check.read().apply(row),
                            name + " row " + (i + 2) + ", column " + check.column());
                }
            }
        }
        assertTrue(mapped > 0, name + ": no row read");
    }

    /** A declared column and the value a mapped row must hold for it, both as text. */
    private record Check(String column, Function<String, String> expected, Function<RowResult.Mapped, String> read) {
    }

    private static Check email(String column) {
        return new Check(column, Emails::normalise, row -> row.contact().primaryEmail().key());
    }

    private static Check field(String column, ContactField field) {
        return new Check(column, cell -> cell == null || cell.isBlank() ? null : cell.strip(),
                row -> row.contact().fields().get(field));
    }

    private static Check identity(String column, String source) {
        return new Check(column, ExternalIds::normalise, row -> row.contact().identities().stream()
                .filter(identity -> identity.source().equals(source)).map(Identity::externalId).findFirst()
                .orElse(null));
    }

    private static Check amount(String column, Function<String, BigDecimal> parser,
            Function<RowResult.Mapped, BigDecimal> read) {
        return new Check(column, cell -> parser.apply(cell).abs().toPlainString(),
                row -> read.apply(row).abs().toPlainString());
    }

    private static List<Check> checks(String layout) {
        return switch (layout) {
            case "kajabi-people" -> List.of(email("Email"), identity("ID", "kajabi"),
                    identity("Member ID", "kajabi-member"), field("First Name", ContactField.FIRST_NAME),
                    field("Last Name", ContactField.LAST_NAME), field("City (address_city)", ContactField.CITY),
                    field("Zip Code (address_zip)", ContactField.POSTAL_CODE));
            case "kajabi-subscribed-segment", "kajabi-unsubscribed-segment" -> List.of(email("Email"),
                    field("First Name", ContactField.FIRST_NAME), field("Last Name", ContactField.LAST_NAME),
                    new Check("Email", cell -> String.valueOf(layout.startsWith("kajabi-subscribed")),
                            row -> String.valueOf(row.contact().consent().subscribed())));
            case "kajabi-subscriptions" -> List.of(email("Customer Email"), identity("Customer ID", "kajabi-member"),
                    new Check("Kajabi Subscription ID", ExternalIds::normalise,
                            row -> row.subscription().externalId()),
                    new Check("Status", cell -> cell.strip().toLowerCase(Locale.ROOT),
                            row -> row.subscription().status()),
                    amount("Amount", Amounts::parse, row -> row.subscription().amount()));
            case "kajabi-transactions" -> List.of(email("Customer Email"),
                    new Check("ID", ExternalIds::normalise, row -> row.transaction().externalId()),
                    new Check("Type", cell -> cell.strip().toLowerCase(Locale.ROOT), row -> row.transaction().type()),
                    amount("Amount", Amounts::parse, row -> row.transaction().amount()));
            case "paypal-activity" -> List.of(
                    new Check("Transaction ID", ExternalIds::normalise, row -> row.transaction().externalId()),
                    new Check("Currency", String::strip, row -> row.transaction().currency()),
                    amount("Gross", Amounts::parse, row -> row.transaction().amount()),
                    amount("Fee", Amounts::parse, row -> row.transaction().fee()),
                    field("Town/City", ContactField.CITY));
            case "zoho-contacts" -> List.of(email("Email"), field("Last Name", ContactField.LAST_NAME),
                    field("Mailing City", ContactField.CITY), field("Mailing Zip", ContactField.POSTAL_CODE),
                    new Check("Record Id", ExternalIds::zoho, row -> row.contact().identities().get(0).externalId()));
            case "ticket-tailor-orders" -> List.of(email("Email"), field("Last Name", ContactField.LAST_NAME),
                    new Check("Order ID", cell -> cell.strip().substring("or_".length()),
                            row -> row.transaction().externalId()),
                    new Check("Event name", String::strip, row -> row.transaction().event().name()),
                    amount("Order value", Amounts::parse, row -> row.transaction().amount()));
            case "mailchimp-subscribed", "mailchimp-unsubscribed", "mailchimp-cleaned" -> List.of(
                    email("Email Address"), field("Last Name", ContactField.LAST_NAME), identity("EUID", "mailchimp"));
            case "manual-list" -> List.of(email("Email"), field("First Name", ContactField.FIRST_NAME),
                    field("City", ContactField.CITY), field("Country", ContactField.COUNTRY));
            default -> throw new AssertionError("no read-back checks for layout " + layout);
        };
    }

    /** The layout the sample's inbox reads it with. */
    private static LayoutFormat layoutReading(SampleFormat<?> sample) {
        SourceDefinition source = DemoSet.inboxFor(SOURCES, sample).orElseThrow();
        Header header = Header.of(sample.header());
        return assertInstanceOf(LayoutFormat.class, source.formats().stream().filter(f -> f.recognises(header))
                .findFirst().orElseThrow());
    }

    /** Each data row's cells by header name (the first column of a name). */
    private static List<Map<String, String>> cells(Path file) throws Exception {
        List<Map<String, String>> rows = new ArrayList<>();
        try (CsvFile csv = CsvFile.open(file, FileScan.of(file), CsvLimits.defaults())) {
            List<String> names = csv.header().names();
            for (Iterator<CsvRow> it = csv.rows(); it.hasNext();) {
                CsvRow row = it.next();
                Map<String, String> cells = new HashMap<>();
                for (int i = names.size() - 1; i >= 0; i--) {
                    cells.put(names.get(i), row.get(i));
                }
                rows.add(cells);
            }
        }
        return rows;
    }
}
