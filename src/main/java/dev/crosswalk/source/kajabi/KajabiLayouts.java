package dev.crosswalk.source.kajabi;

import static dev.crosswalk.model.ContactField.ADDRESS_LINE1;
import static dev.crosswalk.model.ContactField.ADDRESS_LINE2;
import static dev.crosswalk.model.ContactField.CITY;
import static dev.crosswalk.model.ContactField.COUNTRY;
import static dev.crosswalk.model.ContactField.FIRST_NAME;
import static dev.crosswalk.model.ContactField.LAST_NAME;
import static dev.crosswalk.model.ContactField.PHONE;
import static dev.crosswalk.model.ContactField.POSTAL_CODE;
import static dev.crosswalk.model.ContactField.REGION;
import static dev.crosswalk.source.layout.Reader.cell;
import static dev.crosswalk.source.layout.Reader.code;
import static dev.crosswalk.source.layout.Reader.id;
import static dev.crosswalk.source.layout.Reader.of;
import static dev.crosswalk.source.layout.Reader.text;

import dev.crosswalk.model.ConsentObservation;
import dev.crosswalk.source.AfterLastRow;
import dev.crosswalk.source.Cells;
import dev.crosswalk.source.layout.Layout;
import dev.crosswalk.source.layout.LayoutBuilder;
import dev.crosswalk.source.layout.LayoutColumn;
import dev.crosswalk.source.layout.Locator;
import dev.crosswalk.source.layout.Money;
import dev.crosswalk.source.layout.NameHooks;
import dev.crosswalk.source.layout.Plan;
import dev.crosswalk.source.layout.Reader;
import dev.crosswalk.value.DateOrder;
import dev.crosswalk.value.Dates;
import dev.crosswalk.value.Lists;
import java.math.BigDecimal;
import java.util.List;

/** Kajabi's exports, as declarations: people, the subscribed and unsubscribed segments, subscriptions, transactions. */
public final class KajabiLayouts {

    private static final List<String> PEOPLE_REQUIRED = List.of("Name", "First Name", "Last Name", "Email",
            "Products", "Tags", "ID", "Member ID", "Created At");
    private static final List<String> SEGMENT_REQUIRED = List.of("Name", "First Name", "Last Name", "Email",
            "Created At");
    private static final List<String> SUBSCRIPTIONS_REQUIRED = List.of("Kajabi Subscription ID", "Customer Email",
            "Status");
    private static final List<String> TRANSACTIONS_REQUIRED = List.of("ID", "Amount", "Currency", "Type", "Status",
            "Created At", "Customer Email");

    private KajabiLayouts() {
    }

    /**
     * Kajabi's "Export contacts": 14 fixed columns, then the site's form fields as {@code Label (key)}. Form fields
     * are read by key and only the built-in contact keys are mapped (phone before mobile phone: the first non-blank
     * wins); every other column (custom fields can hold card numbers) is never read, let alone stored. The export
     * has no opt-in column.
     */
    public static Layout people() {
        LayoutBuilder b = Layout.builder("kajabi-people", Layout.Kind.CONTACT)
                .requires(PEOPLE_REQUIRED)
                .expectation("a Kajabi people export (Export contacts) starting "
                        + String.join(", ", PEOPLE_REQUIRED.subList(0, 4)) + " and with "
                        + String.join(", ", PEOPLE_REQUIRED.subList(4, PEOPLE_REQUIRED.size())))
                .writes(List.of("Name", "First Name", "Last Name", "Email", "Products", "Tags", "ID", "Member ID",
                        "External User ID", "Created At", "Member Created At", "Sign In Count", "Last Activity",
                        "Last Sign In At", "First Name (name)", "Email (email)", "Phone Number (phone_number)",
                        "Mobile Phone Number (mobile_phone_number)", "Address (address_line_1)",
                        "Address Line 2 (address_line_2)", "City (address_city)", "State (address_state)",
                        "Country (address_country)", "Zip Code (address_zip)", "Business Number (business_number)"));
        LayoutColumn name = b.column("Name");
        LayoutColumn first = b.column("First Name");
        b.email(cell(b.column("Email")), "primary")
                .identity("", id(b.column("ID")))
                .identity("-member", id(b.column("Member ID")))
                .field(FIRST_NAME, cell(first))
                .field(LAST_NAME, cell(b.column("Last Name")))
                .tags(of(b.column("Tags"), Lists::commaSeparated))
                .products(of(b.column("Products"), Lists::commaSeparated))
                .hook(NameHooks.splitWhenUnnamed(name))
                .hook(NameHooks.lastNameAfterFirst(name, first));
        b.locator(Locator.FORM_KEY)
                .field(PHONE, cell(b.column("phone_number")), cell(b.column("mobile_phone_number")))
                .field(ADDRESS_LINE1, cell(b.column("address_line_1")))
                .field(ADDRESS_LINE2, cell(b.column("address_line_2")))
                .field(CITY, cell(b.column("address_city")))
                .field(REGION, cell(b.column("address_state")))
                .field(POSTAL_CODE, cell(b.column("address_zip")))
                .field(COUNTRY, cell(b.column("address_country")));
        return b.build();
    }

    /**
     * A Kajabi segment export ({@code Name, First Name, Last Name, Email, Created At, Member Created At}): the only
     * place Kajabi states consent. The inbox folder says which list it is; every listed person is an observation,
     * made when the file was exported. A full people export (it has ID) is not a segment: dropped here it would opt
     * everyone in or out.
     */
    public static Layout segment(boolean subscribed) {
        LayoutBuilder b = Layout.builder(subscribed ? "kajabi-subscribed-segment" : "kajabi-unsubscribed-segment",
                        Layout.Kind.CONTACT)
                .requires(SEGMENT_REQUIRED)
                .absent("ID")
                .expectation("a Kajabi segment export with exactly the columns " + String.join(", ", SEGMENT_REQUIRED)
                        + ", Member Created At (no ID column)")
                .writes(List.of("Name", "First Name", "Last Name", "Email", "Created At", "Member Created At"));
        return b.email(cell(b.column("Email")), "primary")
                .field(FIRST_NAME, cell(b.column("First Name")))
                .field(LAST_NAME, cell(b.column("Last Name")))
                .consent(row -> new ConsentObservation(subscribed, row.fileObservedAt(), false))
                .build();
    }

    /**
     * Kajabi's subscriptions export, a full current-state snapshot: one subscription per row, upserted by
     * {@code Kajabi Subscription ID}, its customer matched by {@code Customer ID} (Kajabi's member id) then email.
     * {@code Provider ID} is the payment provider's id for it — for PayPal the subscription profile {@code I-…} that
     * PayPal's payments name. After the file, subscriptions it no longer lists are marked missing, never deleted. Its
     * cancellation, trial-end and next-payment dates are optional: one that cannot be read is left out with a
     * warning, and the subscription is stored. Amounts in any currency mark and number style ("€24,00",
     * "$1,089.00"); the currency is the column's, else the one the amount's mark names.
     */
    public static Layout subscriptions() {
        LayoutBuilder b = Layout.builder("kajabi-subscriptions", Layout.Kind.SUBSCRIPTION)
                .requires(SUBSCRIPTIONS_REQUIRED)
                .expectation("a Kajabi subscriptions export with " + String.join(", ", SUBSCRIPTIONS_REQUIRED))
                .writes(List.of("Kajabi Subscription ID", "Customer Email", "Customer Name", "Customer ID",
                        "Offer ID", "Offer Title", "Amount", "Currency", "Interval", "Status", "Created At",
                        "Next Payment Date", "Canceled On", "Trial Ends On", "Provider", "Provider ID", "Coupon Used"))
                .afterLastRow(AfterLastRow.RECONCILE_SUBSCRIPTIONS);
        b.plan(Plan.EXTERNAL_ID, id(b.column("Kajabi Subscription ID")), "no Kajabi Subscription ID");
        customer(b);
        LayoutColumn amount = b.column("Amount");
        return b.plan(Plan.STATUS, status(b.column("Status")))
                .plan(Plan.AMOUNT, b.amount(amount))
                .plan(Plan.CURRENCY, Reader.currency(b.column("Currency"), amount))
                .plan(Plan.INTERVAL, text(b.column("Interval")))
                .plan(Plan.OFFER_TITLE, text(b.column("Offer Title")))
                .plan(Plan.PROVIDER, text(b.column("Provider")))
                .plan(Plan.PROVIDER_REFERENCE, id(b.column("Provider ID")))
                .plan(Plan.COUPON, text(b.column("Coupon Used")))
                .plan(Plan.STARTED_AT, of(b.column("Created At"), Dates::monthDayYear))
                .plan(Plan.CANCELED_AT, of(b.optional("Canceled On"), Dates::monthDayYear))
                .plan(Plan.TRIAL_ENDS_AT, of(b.optional("Trial Ends On"), Dates::monthDayYear))
                .plan(Plan.NEXT_PAYMENT_AT, of(b.optional("Next Payment Date"), Dates::monthDayYear))
                .build();
    }

    /**
     * Kajabi's transactions export: one payment, subscription charge or refund per row, idempotent by its {@code ID}.
     * Amounts are plain decimals; a refund is stored negative whatever sign the file gives it. An {@code Order No.}
     * of {@code N/A} is no order number. A customer Crosswalk does not know yet becomes a contact (source kajabi).
     * A people export has ID and Created At too, but never Amount or Type. Kajabi writes its times with an offset
     * ("2025-11-08 04:11:00 -0700"); numeric dates come from a spreadsheet that re-saved the export, in the order of
     * its locale.
     */
    public static Layout transactions() {
        LayoutBuilder b = Layout.builder("kajabi-transactions", Layout.Kind.TRANSACTION)
                .requires(TRANSACTIONS_REQUIRED)
                .absent("Kajabi Subscription ID")
                .expectation("a Kajabi transactions export with " + String.join(", ", TRANSACTIONS_REQUIRED))
                .writes(List.of("ID", "Amount", "Currency", "Type", "Status", "Payment Method", "Created At",
                        "Customer ID", "Customer Name", "Customer Email", "Offer ID", "Offer Title", "Order No.",
                        "Provider", "Coupon Used", "Card Brand", "Card Funding", "Tax Amount", "Quantity",
                        "Charge Attempt", "Failure Message", "Phone", "Address", "Address 2", "City", "State",
                        "Zipcode", "Country"));
        LayoutColumn createdAt = b.column("Created At");
        b.dates(createdAt, DateOrder.DAY_FIRST, "Kajabi writes its own times year-first, so numeric ones come from"
                + " a spreadsheet re-save, read day-first as European spreadsheets write them");
        b.money(Money.EXTERNAL_ID, id(b.column("ID")), "no transaction ID");
        customer(b);
        LayoutColumn amount = b.column("Amount");
        return b.money(Money.AMOUNT, b.amount(amount), "no Amount")
                .money(Money.TYPE, code(b.column("Type")), "no Type")
                .hook((row, draft) -> {
                    // a refund is money out, whatever sign the file gives it
                    BigDecimal value = (BigDecimal) draft.money(Money.AMOUNT);
                    if ("refund".equals(draft.money(Money.TYPE)) && value.signum() > 0) {
                        draft.money(Money.AMOUNT, value.negate());
                    }
                })
                .money(Money.STATUS, status(b.column("Status")))
                .money(Money.CURRENCY, Reader.currency(b.column("Currency"), amount))
                .money(Money.OCCURRED_AT, row -> Dates.kajabiTimestamp(row.cell(createdAt), row.zone(),
                        row.dateOrder()))
                .money(Money.OFFER_TITLE, text(b.column("Offer Title")))
                .money(Money.ORDER_NUMBER, id(b.column("Order No.")))
                .money(Money.PAYMENT_METHOD, text(b.column("Payment Method")))
                .build();
    }

    /**
     * A Kajabi status in any letter case and either spelling ("Active", "ACTIVE", "Past_Due", "Cancelled"), stored
     * as Kajabi's own export writes it in lower case ("active", "past due", "canceled").
     */
    private static Reader<String> status(LayoutColumn column) {
        return of(column, text -> {
            String code = Cells.code(text);
            return code == null ? null : code.replace('_', ' ').replace("cancelled", "canceled");
        });
    }

    /**
     * The customer columns of the subscriptions and transactions exports. {@code Customer ID} is taken to be the
     * people export's {@code Member ID} (other importers of these files store it as such). The name is a billing
     * name: it fills a new contact or a blank, never overwrites the people export's.
     */
    private static void customer(LayoutBuilder b) {
        b.email(cell(b.column("Customer Email")), "primary")
                .identity("-member", id(b.column("Customer ID")))
                .fillBlanksOnly()
                .hook(NameHooks.split(b.column("Customer Name")));
    }
}
