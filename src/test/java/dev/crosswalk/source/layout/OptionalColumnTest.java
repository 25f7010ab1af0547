package dev.crosswalk.source.layout;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.crosswalk.model.ConsentObservation;
import dev.crosswalk.source.RowResult;
import dev.crosswalk.support.FormatRun;
import dev.crosswalk.support.Rows;
import dev.crosswalk.value.Dates;
import dev.crosswalk.value.InvalidValueException;
import java.math.BigDecimal;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Issue 22.4: a value of an optional column that cannot be read is a warning; the row, its opt-in above all, stays. */
class OptionalColumnTest {

    @TempDir
    Path dir;

    /** An id, an amount, an opt-in, an optional fee and an optional due date. */
    private static Layout declared() {
        LayoutBuilder b = Layout.builder("test-optional", Layout.Kind.TRANSACTION)
                .requires(List.of("Id"))
                .expectation("a test export with Id");
        Reader<LocalDate> due = Reader.of(b.optional("Due"), Dates::monthDayYear);
        return b.money(Money.EXTERNAL_ID, Reader.id(b.column("Id")), "no Id")
                .email(Reader.cell(b.column("Email")), "primary")
                .money(Money.AMOUNT, b.amount(b.column("Amount")))
                .money(Money.FEE, b.amount(b.optional("Fee")))
                .money(Money.OCCURRED_AT, row -> {
                    LocalDate day = due.read(row);
                    return day == null ? null : day.atStartOfDay(row.zone()).toInstant();
                })
                .consent(row -> new ConsentObservation(true, row.fileObservedAt()))
                .build();
    }

    private List<RowResult> map(Rows rows) throws Exception {
        return FormatRun.map(new LayoutFormat(declared()), "test", rows.write(dir.resolve("file.csv")));
    }

    @Test
    void unreadableOptionalValuesAreLeftOutWithAWarningEachAndTheOptInIsKept() throws Exception {
        List<RowResult> results = map(new Rows(List.of("Id", "Email", "Amount", "Fee", "Due"))
                .row("Id", "1", "Email", "a@example.org", "Amount", "12.50", "Fee", "a lot", "Due", "Febtember 31"));

        RowResult.Mapped row = assertInstanceOf(RowResult.Mapped.class, results.get(0));
        assertEquals(new BigDecimal("12.50"), row.transaction().amount());
        assertNull(row.transaction().fee());
        assertNull(row.transaction().occurredAt());
        assertNotNull(row.contact().consent(), "the opt-in is applied");
        assertEquals(2, row.warnings().size());
        assertTrue(row.warnings().get(0).startsWith("Fee: \"a lot\" is not an amount"), row.warnings().get(0));
        assertTrue(row.warnings().get(0).endsWith("; left out, the rest of the row applied"), row.warnings().get(0));
        assertTrue(row.warnings().get(1).startsWith("Due: \"Febtember 31\" is not a date"), row.warnings().get(1));
    }

    @Test
    void anUnreadableRequiredValueStillRejectsTheRow() {
        Rows rows = new Rows(List.of("Id", "Email", "Amount", "Fee"))
                .row("Id", "2", "Email", "b@example.org", "Amount", "twelve", "Fee", "1.00");

        // the mapper's refusal of the value is what rejects the row in the pipeline
        InvalidValueException refused = assertThrows(InvalidValueException.class, () -> map(rows));
        assertTrue(refused.getMessage().startsWith("\"twelve\" is not an amount"), refused.getMessage());
    }

    @Test
    void aReadableRowHasNoWarnings() throws Exception {
        List<RowResult> results = map(new Rows(List.of("Id", "Email", "Amount", "Fee", "Due"))
                .row("Id", "3", "Email", "c@example.org", "Amount", "12,50", "Fee", "-0,40", "Due", "Nov 28, 2025"));

        RowResult.Mapped row = assertInstanceOf(RowResult.Mapped.class, results.get(0));
        assertEquals(new BigDecimal("-0.40"), row.transaction().fee());
        assertEquals(new BigDecimal("12.50"), row.transaction().amount(), "the file proves its decimal comma");
        assertTrue(row.warnings().isEmpty());
    }
}
