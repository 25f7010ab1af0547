package dev.crosswalk.source.paypal;

import static dev.crosswalk.model.ContactField.ADDRESS_LINE1;
import static dev.crosswalk.model.ContactField.ADDRESS_LINE2;
import static dev.crosswalk.model.ContactField.CITY;
import static dev.crosswalk.model.ContactField.COUNTRY;
import static dev.crosswalk.model.ContactField.PHONE;
import static dev.crosswalk.model.ContactField.POSTAL_CODE;
import static dev.crosswalk.model.ContactField.REGION;
import static dev.crosswalk.source.layout.Reader.cell;
import static dev.crosswalk.source.layout.Reader.code;
import static dev.crosswalk.source.layout.Reader.of;
import static dev.crosswalk.source.layout.Reader.text;

import dev.crosswalk.source.Cells;
import dev.crosswalk.source.layout.Layout;
import dev.crosswalk.source.layout.LayoutBuilder;
import dev.crosswalk.source.layout.LayoutColumn;
import dev.crosswalk.source.layout.LayoutRow;
import dev.crosswalk.source.layout.Locator;
import dev.crosswalk.source.layout.Money;
import dev.crosswalk.source.layout.NameHooks;
import dev.crosswalk.source.layout.Reader;
import dev.crosswalk.source.layout.Step;
import dev.crosswalk.value.DateOrder;
import dev.crosswalk.value.Dates;
import dev.crosswalk.value.Emails;
import dev.crosswalk.value.ExternalIds;
import java.math.BigDecimal;
import java.util.Arrays;
import java.util.EnumMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * PayPal's downloads as declarations: one per layout (see {@link PayPalLayout}) and language it is written in (see
 * {@link PayPalLanguage}), comma or tab delimited, columns found by their names in that language
 * ({@link PayPalColumn}, in any letter case). Customer money becomes a transaction of the counterparty — the sender
 * for money in, the recipient of a refund or reversal for money out — whose address is attached as a PayPal email;
 * a payer not yet known becomes a contact (source paypal). A reference to another transaction is kept: the original
 * payment of a refund, or the subscription profile {@code I-…} a payment belongs to. Rows that are not customer
 * money are skipped with their reason, counted.
 *
 * <p>Where the download has PayPal's {@code Transaction Event Code} column, a row's T-code decides what it is (see
 * {@link PayPalEventCodes}): the code is the same in every language. Otherwise, and for a blank or undeclared code,
 * rows are classified by their English Type words where PayPal wrote them, and otherwise by structure, since
 * the words differ by language and over the years: money in from a counterparty with an email is a payment, money
 * out that references an original transaction is a refund, and a row without a counterparty email (a currency
 * conversion, a bank leg, a hold, a withdrawal) is not customer money. Money out that is not a refund or reversal
 * is a payment the organisation sent (a purchase, a donation it made): the people Crosswalk keeps are its
 * customers, donors and attendees, not its suppliers, so such a row is skipped.
 */
public final class PayPalLayouts {

    static final String SENT = "not customer money: a payment the organisation sent (a purchase, a donation it"
            + " made, Send Money); its recipient is not a customer";

    private PayPalLayouts() {
    }

    /** Every layout in every language it is written in, English month-first or day-first as the account writes. */
    public static List<Layout> all(PayPalOptions options) {
        return Arrays.stream(PayPalLayout.values())
                .flatMap(layout -> layout.languages().stream()
                        .map(language -> declaration(layout, language, options.englishDateOrder())))
                .toList();
    }

    static Layout declaration(PayPalLayout layout, PayPalLanguage language, DateOrder englishDateOrder) {
        LayoutBuilder b = Layout.builder(layout.formatName(), Layout.Kind.TRANSACTION)
                .version(layout.version(language))
                .language(language.label())
                .recognisedOnlyIf(header -> layout.recognises(header, language))
                .refusal(PayPalLayout::refusal)
                .expectation(layout.expectation(language))
                .writes(layout.columns());
        Map<PayPalColumn, LayoutColumn> c = new EnumMap<>(PayPalColumn.class);
        for (PayPalColumn column : PayPalColumn.values()) {
            c.put(column, b.column(Locator.ANY_CASE, column.names(language)));
        }
        LayoutColumn date = c.get(PayPalColumn.DATE);
        DateOrder fallback = language.dateOrder() != null ? language.dateOrder() : englishDateOrder;
        b.dates(date, fallback, language.dateOrder() != null
                ? language.label() + " PayPal downloads write " + fallback.label() + " dates"
                : "the setting crosswalk.paypal.day-first-dates is " + (fallback == DateOrder.DAY_FIRST));
        b.numbers(language.numberStyle(), "layout default (" + language.label() + ")");
        LayoutColumn time = c.get(PayPalColumn.TIME);
        LayoutColumn zone = c.get(PayPalColumn.TIME_ZONE);
        LayoutColumn from = c.get(PayPalColumn.FROM_EMAIL);
        LayoutColumn to = c.get(PayPalColumn.TO_EMAIL);
        return b.hook(classification(c, language, b.amount(c.get(PayPalColumn.GROSS))))
                .money(Money.OCCURRED_AT, row -> Dates.paypal(row.cell(date), row.cell(time), row.cell(zone),
                        row.dateOrder(), row.zone()))
                .money(Money.STATUS, code(c.get(PayPalColumn.STATUS)))
                .money(Money.FEE, b.amount(c.get(PayPalColumn.FEE)))
                .money(Money.NET, b.amount(c.get(PayPalColumn.NET)))
                .money(Money.CURRENCY, text(c.get(PayPalColumn.CURRENCY)))
                .money(Money.OFFER_TITLE, text(c.get(PayPalColumn.ITEM_TITLE)))
                .money(Money.ORDER_NUMBER, text(c.get(PayPalColumn.INVOICE_NUMBER)))
                .hook((row, draft) -> {
                    String email = row.cell(counterparty(row, from, to, (BigDecimal) draft.money(Money.AMOUNT)));
                    draft.contact().email(Emails.normalise(email), Emails.display(email), "paypal");
                })
                .field(PHONE, cell(c.get(PayPalColumn.PHONE)))
                .field(ADDRESS_LINE1, cell(c.get(PayPalColumn.ADDRESS_LINE1)))
                .field(ADDRESS_LINE2, cell(c.get(PayPalColumn.ADDRESS_LINE2)))
                .field(CITY, cell(c.get(PayPalColumn.CITY)))
                .field(REGION, cell(c.get(PayPalColumn.REGION)))
                .field(POSTAL_CODE, cell(c.get(PayPalColumn.POSTAL_CODE)))
                .field(COUNTRY, cell(c.get(PayPalColumn.COUNTRY)))
                .fillBlanksOnly()
                .hook(NameHooks.split(c.get(PayPalColumn.NAME)))
                .build();
    }

    /** The counterparty's email column: the recipient's for money out when the file has one, else the sender's. */
    private static LayoutColumn counterparty(LayoutRow row, LayoutColumn from, LayoutColumn to, BigDecimal gross) {
        return gross.signum() < 0 && row.has(to) ? to : from;
    }

    /**
     * The named hook for PayPal's classification — by the row's transaction event code where the download has one,
     * else by its Type words and structure: a memo or a movement that is not customer money is skipped, a row
     * without id or gross rejected, money the organisation sent skipped; else the transaction's id, gross, stored
     * type and reference are set.
     */
    private static Step classification(Map<PayPalColumn, LayoutColumn> c, PayPalLanguage language,
            Reader<BigDecimal> grossAmount) {
        LayoutColumn type = c.get(PayPalColumn.TYPE);
        LayoutColumn description = c.get(PayPalColumn.DESCRIPTION);
        LayoutColumn impactColumn = c.get(PayPalColumn.BALANCE_IMPACT);
        LayoutColumn eventColumn = c.get(PayPalColumn.EVENT_CODE);
        LayoutColumn transactionId = c.get(PayPalColumn.TRANSACTION_ID);
        LayoutColumn referenceColumn = c.get(PayPalColumn.REFERENCE_TXN_ID);
        LayoutColumn from = c.get(PayPalColumn.FROM_EMAIL);
        LayoutColumn to = c.get(PayPalColumn.TO_EMAIL);
        return (row, draft) -> {
            String impact = Cells.code(row.cell(impactColumn));
            if (impact != null && language.isMemo(impact)) {
                draft.skip("not customer money: memo (authorisation, no money moved)");
                return;
            }
            String eventCode = PayPalEventCodes.code(row.cell(eventColumn));
            PayPalEvent event = PayPalEventCodes.of(eventCode);
            String typeText = Cells.text(row.cell(row.has(type) ? type : description));
            // English words only in English types: the French "carte" (card) of a card funding is no shopping "cart"
            PayPalType kind = typeText == null || language != PayPalLanguage.ENGLISH ? null : PayPalType.of(typeText);
            if (event != null && !event.customerMoney()) {
                draft.skip(event.skipReason(false) + " (event code " + eventCode + ")");
                return;
            }
            if (event == null && kind != null && kind.skipReason() != null) {
                draft.skip("not customer money: " + kind.skipReason());
                return;
            }
            String id = ExternalIds.normalise(row.cell(transactionId));
            BigDecimal gross = grossAmount.read(row);
            if (id == null || gross == null) {
                draft.reject(id == null ? "no Transaction ID" : "no Gross amount");
                return;
            }
            boolean moneyOut = gross.signum() < 0;
            LayoutColumn counterparty = counterparty(row, from, to, gross);
            boolean hasCounterparty = Emails.normalise(row.cell(counterparty)) != null;
            String reference = ExternalIds.normalise(row.cell(referenceColumn));
            String stored;
            if (event != null) {
                stored = event.stored(moneyOut);
                if (stored == null) {
                    draft.skip(event.skipReason(moneyOut) + " (event code " + eventCode + ")");
                    return;
                }
            } else if (kind == null) {
                if (!hasCounterparty) {
                    draft.skip("not customer money: " + (typeText == null ? "a row without a type"
                            : "type " + typeText) + " has no counterparty email (a conversion, bank leg, hold or"
                            + " withdrawal)");
                    return;
                }
                stored = !moneyOut ? PayPalType.PAYMENT.stored() : refundOf(reference);
            } else {
                // PayPal typed it a payment, not a refund: money out is one the organisation made
                stored = moneyOut && kind.sentWhenMoneyOut() ? null : kind.stored();
            }
            if (stored == null) {
                draft.skip(SENT);
                return;
            }
            if (!hasCounterparty) {
                draft.reject("no counterparty email (" + counterparty.name() + ") for money "
                        + (moneyOut ? "out" : "in"));
                return;
            }
            draft.money(Money.EXTERNAL_ID, id);
            draft.money(Money.TYPE, stored);
            draft.money(Money.AMOUNT, gross);
            draft.money(Money.REFERENCE, reference);
        };
    }

    /**
     * Money out whose type names nothing (another language's words): a refund when it references the original
     * transaction — not a subscription profile {@code I-…} nor a billing agreement {@code B-…}, which the
     * organisation's own pre-approved payments reference —, else a payment the organisation sent (null).
     */
    private static String refundOf(String reference) {
        if (reference == null) {
            return null;
        }
        String upper = reference.toUpperCase(Locale.ROOT);
        return upper.startsWith("I-") || upper.startsWith("B-") ? null : PayPalType.REFUND.stored();
    }
}
