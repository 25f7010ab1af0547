package dev.crosswalk.source.paypal;

import static dev.crosswalk.model.ContactField.ADDRESS_LINE1;
import static dev.crosswalk.model.ContactField.ADDRESS_LINE2;
import static dev.crosswalk.model.ContactField.CITY;
import static dev.crosswalk.model.ContactField.COUNTRY;
import static dev.crosswalk.model.ContactField.FIRST_NAME;
import static dev.crosswalk.model.ContactField.LAST_NAME;
import static dev.crosswalk.model.ContactField.PHONE;
import static dev.crosswalk.model.ContactField.POSTAL_CODE;
import static dev.crosswalk.model.ContactField.REGION;

import dev.crosswalk.csv.CsvRow;
import dev.crosswalk.csv.Header;
import dev.crosswalk.model.ContactData;
import dev.crosswalk.model.TransactionData;
import dev.crosswalk.source.Cells;
import dev.crosswalk.source.MappingContext;
import dev.crosswalk.source.RowMapper;
import dev.crosswalk.source.RowResult;
import dev.crosswalk.source.SourceFormat;
import dev.crosswalk.value.Amounts;
import dev.crosswalk.value.Dates;
import dev.crosswalk.value.Emails;
import dev.crosswalk.value.ExternalIds;
import dev.crosswalk.value.Names;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.ZoneId;

/**
 * PayPal's Activity download, in one of its layouts (see {@link PayPalLayout}), comma or tab delimited, columns
 * read by name. Customer money becomes a transaction of the counterparty — {@code From Email Address} for money
 * in, {@code To Email Address} for money out — whose address is attached as a PayPal email; a payer not yet known
 * becomes a contact (source paypal). A {@code Reference Txn ID} is kept: the original payment of a refund, or the
 * subscription profile {@code I-…} a payment belongs to. Rows that are not customer money are skipped, counted.
 */
public final class PayPalActivityFormat implements SourceFormat {

    private final PayPalLayout layout;
    private final boolean dayFirst;

    public PayPalActivityFormat(PayPalLayout layout, boolean dayFirst) {
        this.layout = layout;
        this.dayFirst = dayFirst;
    }

    @Override
    public String name() {
        return "paypal-activity";
    }

    @Override
    public String version() {
        return layout.version();
    }

    @Override
    public boolean recognises(Header header) {
        return layout.recognises(header);
    }

    @Override
    public String expectation() {
        return layout.expectation();
    }

    @Override
    public String refusal(Header header) {
        return PayPalLayout.refusal(header);
    }

    @Override
    public RowMapper bind(Header header, MappingContext context) {
        String timeZone = header.has("TimeZone") ? "TimeZone" : "Time Zone";
        ZoneId zone = context.zone();
        return row -> map(row, timeZone, zone);
    }

    private RowResult map(CsvRow row, String timeZone, ZoneId zone) {
        if ("memo".equalsIgnoreCase(Cells.text(row.get("Balance Impact")))) {
            return new RowResult.Skipped("not customer money: memo (authorisation, no money moved)");
        }
        String typeText = Cells.text(row.get("Type"));
        PayPalType type = typeText == null ? null : PayPalType.of(typeText);
        if (type == null) {
            return new RowResult.Skipped("not customer money: type " + (typeText == null ? "(blank)" : typeText));
        }
        if (type.skipReason() != null) {
            return new RowResult.Skipped("not customer money: " + type.skipReason());
        }
        String id = ExternalIds.normalise(row.get("Transaction ID"));
        BigDecimal gross = Amounts.parse(row.get("Gross"));
        if (id == null || gross == null) {
            return new RowResult.Rejected(id == null ? "no Transaction ID" : "no Gross amount");
        }
        String counterparty = row.get(gross.signum() < 0 ? "To Email Address" : "From Email Address");
        if (Emails.normalise(counterparty) == null) {
            return new RowResult.Rejected("no counterparty email (" + (gross.signum() < 0 ? "To" : "From")
                    + " Email Address) for money " + (gross.signum() < 0 ? "out" : "in"));
        }
        Instant at = Dates.paypal(row.get("Date"), row.get("Time"), row.get(timeZone), dayFirst, zone);
        TransactionData transaction = new TransactionData(id, type.stored(), Cells.code(row.get("Status")), gross,
                Amounts.parse(row.get("Fee")), Amounts.parse(row.get("Net")), Cells.text(row.get("Currency")), at,
                Cells.text(row.get("Item Title")), Cells.text(row.get("Invoice Number")), null,
                ExternalIds.normalise(row.get("Reference Txn ID")), null, null, null, null);
        return RowResult.mapped(payer(row, counterparty), transaction);
    }

    /** The counterparty as the checkout saw them: fills a new contact or blanks, never overwrites. */
    private static ContactData payer(CsvRow row, String email) {
        ContactData contact = new ContactData()
                .email(Emails.normalise(email), Emails.display(email), "paypal")
                .field(PHONE, row.get("Contact Phone Number"))
                .field(ADDRESS_LINE1, row.get("Address Line 1"))
                .field(ADDRESS_LINE2, row.get("Address Line 2/District/Neighborhood"))
                .field(CITY, row.get("Town/City"))
                .field(REGION, row.get("State/Province/Region/County/Territory/Prefecture/Republic"))
                .field(POSTAL_CODE, row.get("Zip/Postal Code"))
                .field(COUNTRY, row.get("Country"))
                .fillBlanksOnly();
        Names.PersonName name = Names.split(row.get("Name"));
        if (name != null) {
            contact.field(FIRST_NAME, name.first()).field(LAST_NAME, name.last());
        }
        return contact;
    }
}
