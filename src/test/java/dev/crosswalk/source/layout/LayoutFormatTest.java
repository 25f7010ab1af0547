package dev.crosswalk.source.layout;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.crosswalk.csv.Header;
import dev.crosswalk.model.ContactField;
import dev.crosswalk.source.DateRule;
import dev.crosswalk.source.RowResult;
import dev.crosswalk.support.FormatRun;
import dev.crosswalk.support.Rows;
import dev.crosswalk.value.DateOrder;
import java.math.BigDecimal;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The one mapper every layout is read by: what a declaration says is what a row becomes, whatever the layout. */
class LayoutFormatTest {

    @TempDir
    Path dir;

    /** A small money layout: an id, an amount, an email with an alias, and a phone falling back to a mobile. */
    private static Layout declared() {
        LayoutBuilder b = Layout.builder("test-money", Layout.Kind.TRANSACTION)
                .requires(List.of("Id"))
                .absent("Subscription")
                .expectation("a test export with Id");
        LayoutColumn when = b.column("When");
        b.dates(when, DateOrder.DAY_FIRST, "test exports are day-first");
        return b.money(Money.EXTERNAL_ID, Reader.id(b.column("Id")), "no Id")
                .email(Reader.cell(b.column("Email", "E-mail")), "primary")
                .field(ContactField.PHONE, Reader.cell(b.column("Phone")), Reader.cell(b.column("Mobile")))
                .money(Money.AMOUNT, b.amount(b.column("Amount")))
                .build();
    }

    private List<RowResult> map(Rows rows) throws Exception {
        return FormatRun.map(new LayoutFormat(declared()), "test", rows.write(dir.resolve("file.csv")));
    }

    @Test
    void anAliasIsReadLikeTheUsualNameWhereverTheColumnIs() throws Exception {
        List<RowResult> results = map(new Rows(List.of("Amount", "E-mail", "Id"))
                .row("Id", "7", "E-mail", "Ann@Example.org", "Amount", "12.50"));

        RowResult.Mapped row = assertInstanceOf(RowResult.Mapped.class, results.get(0));
        assertEquals("ann@example.org", row.contact().primaryEmail().key());
        assertEquals("7", row.transaction().externalId());
        assertEquals(new BigDecimal("12.50"), row.transaction().amount());
    }

    @Test
    void aFieldTakesTheFirstOfItsColumnsThatHasAValue() throws Exception {
        List<RowResult> results = map(new Rows(List.of("Id", "Email", "Phone", "Mobile"))
                .row("Id", "1", "Email", "a@example.org", "Mobile", "555 0101")
                .row("Id", "2", "Email", "b@example.org", "Phone", "555 0102", "Mobile", "555 0103"));

        assertEquals("555 0101", assertInstanceOf(RowResult.Mapped.class, results.get(0)).contact().fields()
                .get(ContactField.PHONE));
        assertEquals("555 0102", assertInstanceOf(RowResult.Mapped.class, results.get(1)).contact().fields()
                .get(ContactField.PHONE));
    }

    @Test
    void aMissingRequiredPartRejectsTheRowWithTheDeclaredReasonBeforeLaterStepsRun() throws Exception {
        List<RowResult> results = map(new Rows(List.of("Id", "Email", "Amount"))
                .row("Email", "a@example.org", "Amount", "not an amount"));

        assertEquals("no Id", assertInstanceOf(RowResult.Rejected.class, results.get(0)).reason());
    }

    @Test
    void recognitionAndTheDateColumnComeFromTheDeclaration() {
        LayoutFormat format = new LayoutFormat(declared());
        Header header = Header.of(List.of("Email", "When", "Id"));

        assertTrue(format.recognises(header));
        assertFalse(format.recognises(Header.of(List.of("Id", "Subscription"))));
        assertFalse(format.recognises(Header.of(List.of("Email"))));
        DateRule rule = format.dateRule(header);
        assertEquals(List.of(1), rule.columns());
        assertEquals(DateOrder.DAY_FIRST, rule.fallback());
        assertNull(format.refusal(header));
        assertEquals("test-money", format.name());
        assertEquals("English", format.language());
    }
}
