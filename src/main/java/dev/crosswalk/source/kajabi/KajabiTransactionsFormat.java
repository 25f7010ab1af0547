package dev.crosswalk.source.kajabi;

import dev.crosswalk.csv.CsvRow;
import dev.crosswalk.csv.Header;
import dev.crosswalk.model.TransactionData;
import dev.crosswalk.source.Cells;
import dev.crosswalk.source.MappingContext;
import dev.crosswalk.source.RowMapper;
import dev.crosswalk.source.RowResult;
import dev.crosswalk.source.SourceFormat;
import dev.crosswalk.value.Amounts;
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

    @Override
    public RowMapper bind(Header header, MappingContext context) {
        String system = context.source().system();
        ZoneId zone = context.zone();
        return row -> {
            String id = ExternalIds.normalise(row.get("ID"));
            if (id == null) {
                return new RowResult.Rejected("no transaction ID");
            }
            return RowResult.mapped(KajabiCustomer.contact(row, system), transaction(id, row, zone));
        };
    }

    private static TransactionData transaction(String id, CsvRow row, ZoneId zone) {
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
                Cells.text(row.get("Currency")), Dates.kajabiTimestamp(row.get("Created At"), zone),
                Cells.text(row.get("Offer Title")), ExternalIds.normalise(row.get("Order No.")),
                Cells.text(row.get("Payment Method")), null, null, null, null, null);
    }
}
