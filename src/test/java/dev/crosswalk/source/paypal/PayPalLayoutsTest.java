package dev.crosswalk.source.paypal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.crosswalk.csv.Header;
import dev.crosswalk.source.RowResult;
import dev.crosswalk.source.layout.LayoutFormat;
import dev.crosswalk.support.FormatRun;
import dev.crosswalk.support.MoneyExports;
import dev.crosswalk.support.Rows;
import dev.crosswalk.value.DateOrder;
import java.math.BigDecimal;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class PayPalLayoutsTest {

    @TempDir
    Path dir;

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "Website Payment|payment", "Express Checkout Payment|payment", "General Payment|payment",
        "Donation Payment|payment", "PreApproved Payment Bill User Payment|payment",
        "Web Accept Payment Received|payment", "Subscription Payment|subscription_payment",
        "Recurring Payment Received|subscription_payment", "Payment Refund|refund", "Refund|refund",
        "Payment Reversal|reversal", "Chargeback|reversal"})
    void customerMoneyTypes(String type, String stored) {
        assertEquals(stored, PayPalType.of(type).stored());
        assertNull(PayPalType.of(type).skipReason());
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "General Currency Conversion|currency conversion", "Bank Deposit to PP Account |bank leg, withdrawal or transfer",
        "General Withdrawal|bank leg, withdrawal or transfer", "User Initiated Withdrawal|bank leg, withdrawal or transfer",
        "Transfer to Bank|bank leg, withdrawal or transfer", "Payment Hold|hold or release",
        "Payment Release|hold or release", "Reversal of General Account Hold|hold or release",
        "General Authorization|authorisation", "Void of Authorization|authorisation"})
    void movementsThatAreNotCustomerMoney(String type, String reason) {
        assertNull(PayPalType.of(type).stored());
        assertEquals(reason, PayPalType.of(type).skipReason());
    }

    @Test
    void layoutsAreToldApartByTheirColumns() {
        assertTrue(PayPalLayout.DEFAULT.recognises(Header.of(MoneyExports.PAYPAL_DEFAULT)));
        assertFalse(PayPalLayout.DEFAULT.recognises(Header.of(MoneyExports.PAYPAL_CUSTOM)));
        assertTrue(PayPalLayout.CUSTOM.recognises(Header.of(MoneyExports.PAYPAL_CUSTOM)));
        assertFalse(PayPalLayout.PRE_2018.recognises(Header.of(MoneyExports.PAYPAL_DEFAULT)));
        assertNull(PayPalLayout.refusal(Header.of(MoneyExports.PAYPAL_DEFAULT)));
        assertTrue(PayPalLayout.refusal(Header.of(List.of("Data", "Ora", "Fuso orario", "Nome", "Tipo", "Stato",
                "Valuta", "Lordo"))).contains("non-English"));
        assertTrue(PayPalLayout.refusal(Header.of(List.of("日付", "時間", "タイムゾーン", "名前", "Country Code",
                "Balance Impact"))).contains("non-English"));
    }

    @Test
    void aRecognisedLanguageLackingColumnsIsRefusedNamingThemAndTheDownloadThatIsRead() {
        String refusal = PayPalLayout.refusal(Header.of(List.of("Datum", "Uhrzeit", "Zeitzone", "Name", "Typ",
                "Status", "Währung", "Brutto", "Netto")));
        assertTrue(refusal.contains("recognised as German, but it lacks Absender E-Mail-Adresse, Empfänger"
                + " E-Mail-Adresse, Transaktionscode"), refusal);
        assertTrue(refusal.contains("Download the Activity report"), refusal);
        assertNull(PayPalLayout.refusal(Header.of(List.of("Datum", "Uhrzeit", "Zeitzone", "Name", "Typ", "Status",
                "Währung", "Brutto", "Netto", "Absender E-Mail-Adresse", "Empfänger E-Mail-Adresse",
                "Transaktionscode"))), "the same download with those columns is read");
    }

    @Test
    void aRefusedDownloadNamesTheLanguageSeenWhatItLacksAndTheLanguagesRead() {
        String italian = PayPalLayout.refusal(Header.of(List.of("Data", "Orario", "Fuso orario", "Nome", "Tipo",
                "Stato", "Valuta", "Lordo", "Tariffa", "Netto", "Codice transazione")));
        assertTrue(italian.contains("recognised as Italian, but it lacks Indirizzo email mittente, Indirizzo email"
                + " destinatario"), italian);
        assertTrue(italian.contains("downloads in English, German, French, Spanish, Italian, Japanese, and"
                + " statement-style downloads in English, German, Spanish, Italian, Dutch, are read"), italian);

        String polish = PayPalLayout.refusal(Header.of(List.of("Data", "Godzina", "Strefa czasowa", "Nazwa", "Typ",
                "Status", "Waluta", "Opłata")));
        assertTrue(polish.contains("a language Crosswalk does not read (seen: Data, Godzina, Strefa czasowa; it looks"
                + " Polish)"), polish);
        assertTrue(polish.contains("needs at least Date, Type, Status, Currency, Gross, From Email Address, To Email"
                + " Address, Transaction ID"), polish);
        assertTrue(polish.contains("English, German, French, Spanish, Italian, Dutch or Japanese"), polish);

        String portuguese = PayPalLayout.refusal(Header.of(List.of("Data", "Hora", "Fuso horário", "Nome", "Tipo",
                "Status", "Moeda", "Bruto")));
        assertTrue(portuguese.contains("(seen: Data, Hora, Fuso horário, Nome, Tipo, Bruto; it looks Portuguese)"),
                portuguese);
    }

    @Test
    void columnsAreFoundInAnyLetterCase() {
        Header header = Header.of(List.of("date", "TYPE", "Status", "Currency", "Gross", "From Email Address",
                "To Email Address", "Transaction ID", "Time zone"));
        assertTrue(PayPalLayout.CUSTOM.recognises(header));
        assertEquals(8, PayPalColumn.TIME_ZONE.index(header, PayPalLanguage.ENGLISH));
    }

    @Test
    void moneyOutIsARefundToTheRecipientOrMoneyTheOrganisationSentAndUnusableRowsSayWhy() throws Exception {
        List<RowResult> results = map(new Rows(MoneyExports.PAYPAL_CUSTOM)
                .row("Date", "3/8/2020", "Time", "01:59:59", "TimeZone", "PST", "Type", "Payment Refund",
                        "Status", "Completed", "Currency", "USD", "Gross", "-12.50", "From Email Address",
                        "shop@example.com", "To Email Address", "Customer@Example.org", "Transaction ID", "1A",
                        "Reference Txn ID", "0A")
                .row("Date", "3/8/2020", "Time", "03:00:00", "TimeZone", "PDT", "Type", "Website Payment",
                        "Status", "Completed", "Currency", "USD", "Gross", "10.00", "To Email Address",
                        "shop@example.com", "Transaction ID", "2B")
                .row("Date", "3/8/2020", "Type", "Mass Pay Thing", "Gross", "1.00", "Transaction ID", "3C")
                .row("Date", "3/9/2020", "Type", "General Payment", "Gross", "-40.00", "From Email Address",
                        "shop@example.com", "To Email Address", "vendor@example.org", "Transaction ID", "4D")
                .row("Date", "3/9/2020", "Type", "Send Money", "Gross", "-5.00", "From Email Address",
                        "shop@example.com", "To Email Address", "friend@example.org", "Transaction ID", "5E")
                .row("Date", "3/9/2020", "Type", "Rückzahlung", "Gross", "-7.00", "From Email Address",
                        "shop@example.com", "To Email Address", "buyer@example.org", "Transaction ID", "6F",
                        "Reference Txn ID", "5X"));

        RowResult.Mapped out = assertInstanceOf(RowResult.Mapped.class, results.get(0));
        assertEquals("customer@example.org", out.contact().primaryEmail().key());
        assertEquals("paypal", out.contact().primaryEmail().kind());
        assertEquals("refund", out.transaction().type());
        assertEquals(new BigDecimal("-12.50"), out.transaction().amount());
        assertEquals(Instant.parse("2020-03-08T09:59:59Z"), out.transaction().occurredAt());
        assertEquals("no counterparty email (From Email Address) for money in",
                assertInstanceOf(RowResult.Rejected.class, results.get(1)).reason());
        assertEquals("not customer money: type Mass Pay Thing has no counterparty email (a conversion, bank leg,"
                + " hold or withdrawal)", assertInstanceOf(RowResult.Skipped.class, results.get(2)).reason());
        assertEquals(PayPalLayouts.SENT, assertInstanceOf(RowResult.Skipped.class, results.get(3)).reason());
        assertEquals(PayPalLayouts.SENT, assertInstanceOf(RowResult.Skipped.class, results.get(4)).reason());
        RowResult.Mapped unnamedRefund = assertInstanceOf(RowResult.Mapped.class, results.get(5));
        assertEquals("refund", unnamedRefund.transaction().type(), "money out linked to an original is a refund");
        assertEquals("5X", unnamedRefund.transaction().reference());
        assertEquals("buyer@example.org", unnamedRefund.contact().primaryEmail().key());
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "eCheck Received|payment", "Mobile Payment|payment", "Send Money|payment", "Express Checkout Payment|payment",
        "Shopping Cart Payment|payment", "Donation Payment|payment", "Subscription Payment|subscription_payment",
        "Website Payment|payment", "Payment Refund|refund", "Payment Reversal|reversal", "General Payment|payment"})
    void theTypeNamesOfRealEnglishFilesClassify(String type, String stored) {
        assertEquals(stored, PayPalType.of(type).stored());
    }

    @Test
    void theTransactionEventCodeDecidesWhatARowIsWhateverItsTypeWordsOrStructure() throws Exception {
        List<String> header = new java.util.ArrayList<>(MoneyExports.PAYPAL_CUSTOM);
        header.add("Transaction Event Code");
        List<RowResult> results = map(new Rows(header)
                .row("Date", "3/8/2020", "Type", "Express Checkout Payment", "Currency", "EUR", "Gross", "25.00",
                        "From Email Address", "Ada@Example.com", "To Email Address", "shop@example.com",
                        "Transaction ID", "1A", "Transaction Event Code", "T0006")
                .row("Date", "3/8/2020", "Type", "Mobile Payment", "Currency", "EUR", "Gross", "5.00",
                        "From Email Address", "ben@example.com", "Transaction ID", "2B",
                        "Transaction Event Code", "T0011")
                .row("Date", "3/8/2020", "Type", "Payment Refund", "Currency", "EUR", "Gross", "-25.00",
                        "From Email Address", "shop@example.com", "To Email Address", "ada@example.com",
                        "Transaction ID", "3C", "Reference Txn ID", "1A", "Transaction Event Code", "T1107")
                .row("Date", "3/9/2020", "Name", "Supplier Example", "Type", "Payment to Supplier Example",
                        "Currency", "EUR", "Gross", "-40.00", "From Email Address", "shop@example.com",
                        "Transaction ID", "4D", "Reference Txn ID", "B-0EXAMPLE", "Transaction Event Code", "T0003")
                .row("Date", "3/9/2020", "Type", "General Card Deposit", "Currency", "EUR", "Gross", "40.00",
                        "Transaction ID", "5E", "Transaction Event Code", "T0777")
                .row("Date", "3/9/2020", "Type", "Website Payment", "Currency", "EUR", "Gross", "12.00",
                        "From Email Address", "cleo@example.com", "Transaction ID", "6F",
                        "Transaction Event Code", "T1110")
                .row("Date", "3/9/2020", "Type", "Subscription Payment", "Currency", "EUR", "Gross", "9.00",
                        "From Email Address", "dan@example.com", "Transaction ID", "7G", "Reference Txn ID",
                        "I-0EXAMPLE", "Transaction Event Code", "T0002")
                .row("Date", "3/9/2020", "Type", "Website Payment", "Currency", "EUR", "Gross", "3.00",
                        "From Email Address", "eve@example.com", "Transaction ID", "8H", "Transaction Event Code", ""));

        RowResult.Mapped payment = assertInstanceOf(RowResult.Mapped.class, results.get(0));
        assertEquals("payment", payment.transaction().type());
        assertEquals(new BigDecimal("25.00"), payment.transaction().amount());
        assertEquals("ada@example.com", payment.contact().primaryEmail().key());
        assertEquals("payment", assertInstanceOf(RowResult.Mapped.class, results.get(1)).transaction().type());
        RowResult.Mapped refund = assertInstanceOf(RowResult.Mapped.class, results.get(2));
        assertEquals("refund", refund.transaction().type());
        assertEquals(new BigDecimal("-25.00"), refund.transaction().amount());
        assertEquals("1A", refund.transaction().reference());
        assertEquals("ada@example.com", refund.contact().primaryEmail().key());
        assertEquals(PayPalLayouts.SENT + " (event code T0003)",
                assertInstanceOf(RowResult.Skipped.class, results.get(3)).reason(),
                "money the account sent, without a To address, is skipped, never rejected");
        assertEquals("not customer money: funding of the account (a card or credit deposit) (event code T0777)",
                assertInstanceOf(RowResult.Skipped.class, results.get(4)).reason());
        assertEquals("not customer money: hold or release (event code T1110)",
                assertInstanceOf(RowResult.Skipped.class, results.get(5)).reason(), "the code wins over the words");
        RowResult.Mapped subscription = assertInstanceOf(RowResult.Mapped.class, results.get(6));
        assertEquals("subscription_payment", subscription.transaction().type());
        assertEquals("I-0EXAMPLE", subscription.transaction().reference());
        assertEquals("payment", assertInstanceOf(RowResult.Mapped.class, results.get(7)).transaction().type(),
                "a blank code leaves the row to its Type words");
    }

    @Test
    void moneyOutReferencingABillingAgreementIsAPaymentTheOrganisationMadeNotARefund() throws Exception {
        List<RowResult> results = map(new Rows(MoneyExports.PAYPAL_CUSTOM)
                .row("Date", "1/4/2019", "Name", "Utility Example", "Type", "PreApproved Payment Bill User Payment",
                        "Currency", "EUR", "Gross", "-25.00", "From Email Address", "shop@example.com",
                        "To Email Address", "billing@example.net", "Transaction ID", "1A",
                        "Reference Txn ID", "B-640587239E248223A")
                .row("Date", "1/4/2019", "Name", "Utility Example", "Type", "Pagamento preautorizzato utenza",
                        "Currency", "EUR", "Gross", "-25.00", "From Email Address", "shop@example.com",
                        "To Email Address", "billing@example.net", "Transaction ID", "2B",
                        "Reference Txn ID", "b-640587239E248223A"));

        assertEquals(PayPalLayouts.SENT, assertInstanceOf(RowResult.Skipped.class, results.get(0)).reason());
        assertEquals(PayPalLayouts.SENT, assertInstanceOf(RowResult.Skipped.class, results.get(1)).reason(),
                "by structure too: a billing agreement B-… is no original payment to refund");
    }

    @Test
    void paymentsTheAccountSentWithoutAToAddressAreSkippedWhateverTheyReference() throws Exception {
        List<RowResult> results = map(new Rows(MoneyExports.PAYPAL_CUSTOM)
                .row("Date", "2/5/2025", "Name", "Printer Example", "Type", "Payment to Printer Example",
                        "Currency", "USD", "Gross", "-45.00", "From Email Address", "shop@example.com",
                        "Transaction ID", "1A")
                .row("Date", "2/5/2025", "Name", "Venue Example", "Type", "Payment to Venue Example",
                        "Currency", "USD", "Gross", "-120.00", "From Email Address", "shop@example.com",
                        "Transaction ID", "2B", "Reference Txn ID", "3C"));

        assertEquals(PayPalLayouts.SENT, assertInstanceOf(RowResult.Skipped.class, results.get(0)).reason());
        assertEquals(PayPalLayouts.SENT, assertInstanceOf(RowResult.Skipped.class, results.get(1)).reason(),
                "PayPal typed it a payment, not a refund: its reference is the card funding it, not an original");
    }

    @Test
    void englishTypeWordsAreNotLookedForInAnotherLanguagesTypes() throws Exception {
        List<String> french = List.of("Date", "Heure", "Fuseau horaire", "Nom", "Type", "État", "Devise",
                "Avant commission", "Commission", "Net", "De l'adresse email", "À l'adresse email",
                "Numéro de transaction");
        Path file = new Rows(french)
                .row("Date", "04/02/2025", "Heure", "09:00:00", "Fuseau horaire", "CET", "Type",
                        "Virement par carte bancaire standard", "État", "Terminé", "Devise", "EUR",
                        "Avant commission", "12,00", "À l'adresse email", "asso@example.org",
                        "Numéro de transaction", "1A")
                .write(dir.resolve("fr.csv"));
        List<RowResult> results = FormatRun.map(new LayoutFormat(PayPalLayouts.declaration(PayPalLayout.CUSTOM,
                PayPalLanguage.FRENCH, DateOrder.MONTH_FIRST)), "paypal", file);

        assertEquals("not customer money: type Virement par carte bancaire standard has no counterparty email (a"
                + " conversion, bank leg, hold or withdrawal)",
                assertInstanceOf(RowResult.Skipped.class, results.get(0)).reason(),
                "\"carte\" is no shopping cart: a card funding is skipped by its structure, not rejected");
    }

    private List<RowResult> map(Rows rows) throws Exception {
        return FormatRun.map(new LayoutFormat(PayPalLayouts.declaration(PayPalLayout.CUSTOM, PayPalLanguage.ENGLISH, DateOrder.MONTH_FIRST)), "paypal",
                rows.write(dir.resolve("activity.csv")));
    }
}
