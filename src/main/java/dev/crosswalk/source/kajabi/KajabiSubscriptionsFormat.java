package dev.crosswalk.source.kajabi;

import dev.crosswalk.csv.CsvRow;
import dev.crosswalk.csv.Header;
import dev.crosswalk.model.SubscriptionData;
import dev.crosswalk.source.AfterLastRow;
import dev.crosswalk.source.Cells;
import dev.crosswalk.source.MappingContext;
import dev.crosswalk.source.RowMapper;
import dev.crosswalk.source.RowResult;
import dev.crosswalk.source.SourceFormat;
import dev.crosswalk.value.Amounts;
import dev.crosswalk.value.Dates;
import dev.crosswalk.value.ExternalIds;
import java.util.List;

/**
 * Kajabi's subscriptions export, a full current-state snapshot: one subscription per row, upserted by
 * {@code Kajabi Subscription ID}, its customer matched by {@code Customer ID} (Kajabi's member id) then email.
 * {@code Provider ID} is the payment provider's id for it — for PayPal the subscription profile {@code I-…} that
 * PayPal's payments name. After the file, subscriptions it no longer lists are marked missing, never deleted.
 */
public final class KajabiSubscriptionsFormat implements SourceFormat {

    private static final List<String> REQUIRED = List.of("Kajabi Subscription ID", "Customer Email", "Status");

    @Override
    public String name() {
        return "kajabi-subscriptions";
    }

    @Override
    public boolean recognises(Header header) {
        return REQUIRED.stream().allMatch(header::has);
    }

    @Override
    public String expectation() {
        return "a Kajabi subscriptions export with " + String.join(", ", REQUIRED);
    }

    @Override
    public RowMapper bind(Header header, MappingContext context) {
        String system = context.source().system();
        return row -> {
            String id = ExternalIds.normalise(row.get("Kajabi Subscription ID"));
            if (id == null) {
                return new RowResult.Rejected("no Kajabi Subscription ID");
            }
            return RowResult.mapped(KajabiCustomer.contact(row, system), subscription(id, row));
        };
    }

    private static SubscriptionData subscription(String id, CsvRow row) {
        return new SubscriptionData(id, Cells.code(row.get("Status")), Amounts.parseAuto(row.get("Amount")),
                Cells.text(row.get("Currency")), Cells.text(row.get("Interval")), Cells.text(row.get("Offer Title")),
                Cells.text(row.get("Provider")), ExternalIds.normalise(row.get("Provider ID")),
                Cells.text(row.get("Coupon Used")), Dates.monthDayYear(row.get("Created At")),
                Dates.monthDayYear(row.get("Canceled On")), Dates.monthDayYear(row.get("Trial Ends On")),
                Dates.monthDayYear(row.get("Next Payment Date")));
    }

    @Override
    public AfterLastRow afterLastRow() {
        return AfterLastRow.RECONCILE_SUBSCRIPTIONS;
    }
}
