package dev.crosswalk.source.kajabi;

import dev.crosswalk.csv.CsvRow;
import dev.crosswalk.csv.Header;
import dev.crosswalk.model.TransactionData;
import dev.crosswalk.source.Cells;
import dev.crosswalk.source.DateRule;
import dev.crosswalk.source.MappingContext;
import dev.crosswalk.source.RowMapper;
import dev.crosswalk.source.RowResult;
import dev.crosswalk.source.SourceFormat;
import dev.crosswalk.value.Amounts;
import dev.crosswalk.value.DateOrder;
import dev.crosswalk.value.Dates;
import dev.crosswalk.value.ExternalIds;
import dev.crosswalk.value.InvalidValueException;
import java.math.BigDecimal;
import java.time.ZoneId;
import java.util.List;

/**
 * Kajabi's transactions export: one payment, subscription charge or refund per row, idempotent by its {@code ID}.
 * Amounts are plain decimals; a refund is stored negative whatever sign the file gives it. An {@code Order No.} of
 * {@code N/A} is no order number. A customer Crosswalk does not know yet becomes a contact (source kajabi).
 */
public final class KajabiTransactionsFormat implements SourceFormat {

    private static final List<String> REQUIRED = List.of("ID", "Amount", "Currency", "Type", "Status",
            "Created At", "Customer Email");

    @Override
    public String name() {
        return "kajabi-transactions";
    }

    /** A people export has ID and Created At too, but never Amount or Type. */
    @Override
    public boolean recognises(Header header) {
        return REQUIRED.stream().allMatch(header::has) && !header.has("Kajabi Subscription ID");
    }

    @Override
    public String expectation() {
        return "a Kajabi transactions export with " + String.join(", ", REQUIRED);
    }

    /**
     * Kajabi writes its times with an offset ("2025-11-08 04:11:00 -0700"); numeric dates come from a spreadsheet
     * that re-saved the export, in the order of its locale.
     */
    @Override
    public DateRule dateRule(Header header) {
        return new DateRule(List.of(header.index("Created At")), DateOrder.DAY_FIRST, "Kajabi writes its own times "
                + "year-first, so numeric ones come from a spreadsheet re-save, read day-first as European "
                + "spreadsheets write them");
    }

    @Override
    public RowMapper bind(Header header, MappingContext context) {
        String system = context.source().system();
        ZoneId zone = context.zone();
        DateOrder order = context.dates() != null ? context.dates().order() : dateRule(header).fallback();
        return row -> {
            String id = ExternalIds.normalise(row.get("ID"));
            if (id == null) {
                return new RowResult.Rejected("no transaction ID");
            }
            return RowResult.mapped(KajabiCustomer.contact(row, system), transaction(id, row, zone, order));
        };
    }

    private static TransactionData transaction(String id, CsvRow row, ZoneId zone, DateOrder order) {
        BigDecimal amount = Amounts.parseAuto(row.get("Amount"));
        if (amount == null) {
            throw new InvalidValueException("no Amount");
        }
        String type = Cells.code(row.get("Type"));
        if (type == null) {
            throw new InvalidValueException("no Type");
        }
        if ("refund".equals(type) && amount.signum() > 0) {
            amount = amount.negate();
        }
        return new TransactionData(id, type, Cells.code(row.get("Status")), amount, null, null,
                Cells.text(row.get("Currency")), Dates.kajabiTimestamp(row.get("Created At"), zone, order),
                Cells.text(row.get("Offer Title")), ExternalIds.normalise(row.get("Order No.")),
                Cells.text(row.get("Payment Method")), null, null, null, null, null);
    }
}
