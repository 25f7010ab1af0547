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
import static dev.crosswalk.source.paypal.PayPalColumn.BALANCE_IMPACT;
import static dev.crosswalk.source.paypal.PayPalColumn.DESCRIPTION;
import static dev.crosswalk.source.paypal.PayPalColumn.FROM_EMAIL;
import static dev.crosswalk.source.paypal.PayPalColumn.GROSS;
import static dev.crosswalk.source.paypal.PayPalColumn.REFERENCE_TXN_ID;
import static dev.crosswalk.source.paypal.PayPalColumn.TO_EMAIL;
import static dev.crosswalk.source.paypal.PayPalColumn.TRANSACTION_ID;
import static dev.crosswalk.source.paypal.PayPalColumn.TYPE;

import dev.crosswalk.csv.CsvRow;
import dev.crosswalk.csv.Header;
import dev.crosswalk.model.ContactData;
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
import dev.crosswalk.value.Emails;
import dev.crosswalk.value.ExternalIds;
import dev.crosswalk.value.Names;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.ZoneId;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;

/**
 * A PayPal download in one of its layouts (see {@link PayPalLayout}) and languages (see {@link PayPalLanguage}),
 * comma or tab delimited, columns read by their names in that language. Customer money becomes a transaction of
 * the counterparty — the sender for money in, the recipient of a refund or reversal for money out — whose address
 * is attached as a PayPal email; a payer not yet known becomes a contact (source paypal). A reference to another
 * transaction is kept: the original payment of a refund, or the subscription profile {@code I-…} a payment belongs
 * to. Rows that are not customer money are skipped with their reason, counted.
 *
 * <p>Rows are classified by their English Type words where PayPal wrote them, and otherwise by structure, since
 * the words differ by language and over the years: money in from a counterparty with an email is a payment, money
 * out that references an original transaction is a refund, and a row without a counterparty email (a currency
 * conversion, a bank leg, a hold, a withdrawal) is not customer money. Money out that is not a refund or reversal
 * is a payment the organisation sent (a purchase, a donation it made): the people Crosswalk keeps are its
 * customers, donors and attendees, not its suppliers, so such a row is skipped.
 */
public final class PayPalActivityFormat implements SourceFormat {

    static final String SENT = "not customer money: a payment the organisation sent (a purchase, a donation it"
            + " made, Send Money); its recipient is not a customer";

    private final PayPalLayout layout;
    private final PayPalLanguage language;
    private final DateOrder englishDateOrder;

    /**
     * @param englishDateOrder the order of English downloads' numeric dates when no date in the file proves one
     *                         (the account's locale decides it, not the header's language)
     */
    public PayPalActivityFormat(PayPalLayout layout, PayPalLanguage language, DateOrder englishDateOrder) {
        this.layout = layout;
        this.language = language;
        this.englishDateOrder = englishDateOrder;
    }

    /** Every layout in every language it is written in, English month-first or day-first as the account writes. */
    public static List<SourceFormat> all(DateOrder englishDateOrder) {
        return Arrays.stream(PayPalLayout.values())
                .flatMap(layout -> layout.languages().stream()
                        .map(language -> (SourceFormat) new PayPalActivityFormat(layout, language, englishDateOrder)))
                .toList();
    }

    @Override
    public String name() {
        return layout.formatName();
    }

    @Override
    public String version() {
        return layout.version(language);
    }

    @Override
    public String language() {
        return language.label();
    }

    @Override
    public boolean recognises(Header header) {
        return layout.recognises(header, language);
    }

    @Override
    public String expectation() {
        return layout.expectation(language);
    }

    @Override
    public String refusal(Header header) {
        return PayPalLayout.refusal(header);
    }

    @Override
    public DateRule dateRule(Header header) {
        int date = PayPalColumns.index(header, PayPalColumn.DATE, language);
        DateOrder fallback = language.dateOrder() != null ? language.dateOrder() : englishDateOrder;
        String why = language.dateOrder() != null
                ? language.label() + " PayPal downloads write " + fallback.label() + " dates"
                : "the setting crosswalk.paypal.day-first-dates is " + (fallback == DateOrder.DAY_FIRST);
        return new DateRule(List.of(date), fallback, why);
    }

    @Override
    public RowMapper bind(Header header, MappingContext context) {
        PayPalColumns columns = new PayPalColumns(header, language);
        PayPalColumn kind = columns.has(TYPE) ? TYPE : DESCRIPTION;
        DateOrder order = context.dates() != null ? context.dates().order() : dateRule(header).fallback();
        ZoneId zone = context.zone();
        return row -> map(row, columns, kind, order, zone);
    }

    private RowResult map(CsvRow row, PayPalColumns columns, PayPalColumn kind, DateOrder order, ZoneId zone) {
        String impact = Cells.code(columns.get(row, BALANCE_IMPACT));
        if (impact != null && language.isMemo(impact)) {
            return new RowResult.Skipped("not customer money: memo (authorisation, no money moved)");
        }
        String typeText = Cells.text(columns.get(row, kind));
        PayPalType type = typeText == null ? null : PayPalType.of(typeText);
        if (type != null && type.skipReason() != null) {
            return new RowResult.Skipped("not customer money: " + type.skipReason());
        }
        String id = ExternalIds.normalise(columns.get(row, TRANSACTION_ID));
        BigDecimal gross = amount(columns.get(row, GROSS));
        if (id == null || gross == null) {
            return new RowResult.Rejected(id == null ? "no Transaction ID" : "no Gross amount");
        }
        boolean moneyOut = gross.signum() < 0;
        PayPalColumn counterpartyColumn = moneyOut && columns.has(TO_EMAIL) ? TO_EMAIL : FROM_EMAIL;
        String counterparty = columns.get(row, counterpartyColumn);
        boolean hasCounterparty = Emails.normalise(counterparty) != null;
        String reference = ExternalIds.normalise(columns.get(row, REFERENCE_TXN_ID));
        String stored;
        if (type == null) {
            if (!hasCounterparty) {
                return new RowResult.Skipped("not customer money: " + describe(typeText)
                        + " has no counterparty email (a conversion, bank leg, hold or withdrawal)");
            }
            stored = !moneyOut ? PayPalType.PAYMENT.stored() : refundOf(reference);
        } else {
            stored = moneyOut && type.sentWhenMoneyOut() ? refundOf(reference) : type.stored();
        }
        if (stored == null) {
            return new RowResult.Skipped(SENT);
        }
        if (!hasCounterparty) {
            return new RowResult.Rejected("no counterparty email (" + header(counterpartyColumn) + ") for money "
                    + (moneyOut ? "out" : "in"));
        }
        Instant at = Dates.paypal(columns.get(row, PayPalColumn.DATE), columns.get(row, PayPalColumn.TIME),
                columns.get(row, PayPalColumn.TIME_ZONE), order, zone);
        TransactionData transaction = new TransactionData(id, stored, Cells.code(columns.get(row,
                PayPalColumn.STATUS)), gross, amount(columns.get(row, PayPalColumn.FEE)),
                amount(columns.get(row, PayPalColumn.NET)), Cells.text(columns.get(row, PayPalColumn.CURRENCY)), at,
                Cells.text(columns.get(row, PayPalColumn.ITEM_TITLE)),
                Cells.text(columns.get(row, PayPalColumn.INVOICE_NUMBER)), null, reference, null, null, null, null);
        return RowResult.mapped(payer(row, columns, counterparty), transaction);
    }

    /**
     * Money out of a kind that is also how the organisation pays others: a refund when it references the original
     * transaction (not a subscription profile), else a payment the organisation sent (null).
     */
    private static String refundOf(String reference) {
        return reference != null && !reference.toUpperCase(Locale.ROOT).startsWith("I-")
                ? PayPalType.REFUND.stored() : null;
    }

    private BigDecimal amount(String cell) {
        return language.decimalComma() ? Amounts.parseEuropean(cell) : Amounts.parse(cell);
    }

    private static String describe(String typeText) {
        return typeText == null ? "a row without a type" : "type " + typeText;
    }

    private String header(PayPalColumn column) {
        return column.names(language).get(0);
    }

    /** The counterparty as the checkout saw them: fills a new contact or blanks, never overwrites. */
    private static ContactData payer(CsvRow row, PayPalColumns columns, String email) {
        ContactData contact = new ContactData()
                .email(Emails.normalise(email), Emails.display(email), "paypal")
                .field(PHONE, columns.get(row, PayPalColumn.PHONE))
                .field(ADDRESS_LINE1, columns.get(row, PayPalColumn.ADDRESS_LINE1))
                .field(ADDRESS_LINE2, columns.get(row, PayPalColumn.ADDRESS_LINE2))
                .field(CITY, columns.get(row, PayPalColumn.CITY))
                .field(REGION, columns.get(row, PayPalColumn.REGION))
                .field(POSTAL_CODE, columns.get(row, PayPalColumn.POSTAL_CODE))
                .field(COUNTRY, columns.get(row, PayPalColumn.COUNTRY))
                .fillBlanksOnly();
        Names.PersonName name = Names.split(columns.get(row, PayPalColumn.NAME));
        if (name != null) {
            contact.field(FIRST_NAME, name.first()).field(LAST_NAME, name.last());
        }
        return contact;
    }
}
