package dev.crosswalk.source.layout;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.crosswalk.config.CrosswalkSettings;
import dev.crosswalk.csv.Header;
import dev.crosswalk.model.ContactField;
import dev.crosswalk.source.ColumnAliases;
import dev.crosswalk.source.RowResult;
import dev.crosswalk.source.SourceFormat;
import dev.crosswalk.source.SourceOptions;
import dev.crosswalk.source.Sources;
import dev.crosswalk.support.FormatRun;
import dev.crosswalk.support.Rows;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Issue 22.5: an operator's own column names for a field are found by the same declarations, before the declared
 * names, and the report says which column fed which field and which columns nothing reads.
 */
class OperatorAliasesTest {

    @TempDir
    Path dir;

    private static Layout declared() {
        LayoutBuilder b = Layout.builder("test-contacts", Layout.Kind.CONTACT)
                .expectation("a test export with Email")
                .writes(List.of("Email", "City", "Owner"));
        LayoutColumn email = b.column("Email");
        return b.requiresAny(email)
                .email(Reader.cell(email), "primary")
                .field(ContactField.CITY, Reader.cell(b.column("City", "Town")))
                .field(ContactField.PHONE, Reader.cell(b.column("Phone")), Reader.cell(b.column("Mobile")))
                .build();
    }

    private static final Map<String, List<String>> GERMAN = Map.of("city", List.of("Stadt", "Ort"),
            "email", List.of("E-Mail-Adresse"), "phone", List.of("Telefon"));

    @Test
    void anAliasedLayoutKeepsTheColumnsItsNumberStyleIsDecidedFrom() {
        LayoutBuilder b = Layout.builder("test-money", Layout.Kind.CONTACT)
                .expectation("a test export with Email and Amount")
                .writes(List.of("Email", "Amount"));
        LayoutColumn email = b.column("Email");
        b.amount(b.column("Amount"));
        Layout declared = b.requiresAny(email).email(Reader.cell(email), "primary").build();

        Layout aliased = declared.withAliases(Map.of("email", List.of("E-Mail")), "crosswalk.source.test.column.");

        // without them every amount of an aliased file would be read in no proven style
        assertEquals(declared.numbers(), aliased.numbers());
        assertEquals(1, aliased.numbers().columns().size());
    }

    @Test
    void theFieldsAColumnFeedsAreNamedByTheStepsThatReadIt() {
        assertEquals(java.util.Set.of("email", "city", "phone"), declared().fields());
    }

    @Test
    void anOperatorsNamesAreTriedBeforeTheDeclaredOnesAndRecogniseTheFile() throws Exception {
        Layout aliased = declared().withAliases(GERMAN, "crosswalk.source.test.column.");
        Header german = Header.of(List.of("E-Mail-Adresse", "Town", "Ort", "Telefon", "Notiz"));

        assertFalse(declared().recognises(german), "without the alias no email column is known");
        assertTrue(aliased.recognises(german));
        List<RowResult> rows = FormatRun.map(new LayoutFormat(aliased), "test",
                new Rows(german.names()).row("E-Mail-Adresse", "ann@example.org", "Town", "Old Town", "Ort",
                        "Köln", "Telefon", "+49 221 555").write(dir.resolve("file.csv")));

        RowResult.Mapped row = assertInstanceOf(RowResult.Mapped.class, rows.get(0));
        assertEquals("ann@example.org", row.contact().primaryEmail().key());
        assertEquals("Köln", row.contact().fields().get(ContactField.CITY), "the operator's name wins");
        assertEquals("+49 221 555", row.contact().fields().get(ContactField.PHONE));
        assertEquals(Map.of(
                "columns_read", "E-Mail-Adresse → email (operator alias, crosswalk.source.test.column.email),"
                        + " Ort → city (operator alias, crosswalk.source.test.column.city), Telefon → phone (operator alias,"
                        + " crosswalk.source.test.column.phone)",
                "columns_not_imported", "Town, Notiz (no field of this layout reads them, so their values are not"
                        + " stored; name a column for a field with crosswalk.source.test.column.<field>)",
                "columns_ignored", "none"), aliased.columnReport(german));
    }

    @Test
    void theReportListsKnownColumnsLeftOutApartFromUnknownOnes() {
        Header header = Header.of(List.of("Owner", "Email", "City", "Street", "Mobile"));

        assertEquals(Map.of(
                "columns_read", "Email → email, City → city, Mobile → phone",
                "columns_not_imported", "Street (no field of this layout reads them, so their values are not stored;"
                        + " name a column for a field with crosswalk.source.<source>.column.<field>)",
                "columns_ignored", "Owner (columns this export writes that Crosswalk does not store)"),
                declared().columnReport(header));
    }

    @Test
    void settingsNameColumnsPerSourceAndFieldAndTheZohoInboxReadsThem() {
        CrosswalkSettings settings = CrosswalkSettings.load(Map.of(
                "crosswalk.source.zoho.column.city", "Stadt | Ort",
                "crosswalk.source.zoho.column.postal-code", "PLZ",
                "crosswalk.source.mailchimp.column.name", " "));
        ColumnAliases aliases = settings.columnAliases();

        assertEquals(Map.of("zoho", Map.of("city", List.of("Stadt", "Ort"), "postal-code", List.of("PLZ"))),
                aliases.bySource(), "a blank value names no column");
        SourceFormat zoho = new Sources(settings.sourceOptions()).find("zoho").orElseThrow().formats().get(0);
        Header header = Header.of(List.of("Record Id", "First Name", "Last Name", "Email", "Ort", "PLZ"));
        assertTrue(zoho.columnReport(header).get("columns_read").endsWith("Ort → city (operator alias,"
                + " crosswalk.source.zoho.column.city), PLZ → postal-code (operator alias,"
                + " crosswalk.source.zoho.column.postal-code)"), zoho.columnReport(header).toString());
    }

    @Test
    void anAliasForAFieldTheSourceDoesNotReadOrASourceThatDoesNotExistStopsTheStart() {
        SourceOptions base = CrosswalkSettings.load(Map.of()).sourceOptions();
        IllegalArgumentException field = assertThrows(IllegalArgumentException.class, () -> new Sources(options(base,
                new ColumnAliases(Map.of("zoho", Map.of("citty", List.of("Stadt")))))));
        assertTrue(field.getMessage().startsWith("The setting crosswalk.source.zoho.column.citty names no field"
                + " inbox/zoho/ reads: its fields are address, city, country, email, first-name, id, last-name, name,"
                + " opt-out, opt-out-time, phone, postal-code, region, secondary-email, tags."), field.getMessage());
        IllegalArgumentException source = assertThrows(IllegalArgumentException.class, () -> new Sources(options(base,
                new ColumnAliases(Map.of("zohoo", Map.of("city", List.of("Stadt")))))));
        assertTrue(source.getMessage().startsWith("The setting crosswalk.source.zohoo.column.… names no source"),
                source.getMessage());
    }

    @Test
    void aKeyUnderTheAliasPrefixThatIsNoAliasIsRefused() {
        CrosswalkSettings settings = CrosswalkSettings.load(Map.of("crosswalk.source.zoho.columns.city", "Stadt"));

        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, settings::columnAliases);
        assertEquals("The setting crosswalk.source.zoho.columns.city is not crosswalk.source.<source>.column.<field>"
                + " (lower case, e.g. crosswalk.source.zoho.column.city).", e.getMessage());
    }

    private static SourceOptions options(SourceOptions base, ColumnAliases aliases) {
        return new SourceOptions(base.paypal(), base.ticketTailor(), base.mailchimp(), base.manual(),
                base.consentRoles(), aliases);
    }
}
