package dev.crosswalk.source.paypal;

import dev.crosswalk.csv.Header;
import java.util.List;
import java.util.Set;

/**
 * The layouts of PayPal's Activity download, told apart by their header: the 41-column business default (2018
 * on), the pre-2018 layout ({@code Time Zone}, {@code Counterparty Status}, …), and any subset of columns the user
 * chose. They differ only in which columns they have; every one is read by column name.
 */
public enum PayPalLayout {
    DEFAULT("default-41", List.of("Date", "Time", "TimeZone", "Name", "Type", "Status", "Currency", "Gross", "Fee",
            "Net", "From Email Address", "To Email Address", "Transaction ID", "Shipping Address", "Address Status",
            "Item Title", "Item ID", "Shipping and Handling Amount", "Insurance Amount", "Sales Tax",
            "Option 1 Name", "Option 1 Value", "Option 2 Name", "Option 2 Value", "Reference Txn ID",
            "Invoice Number", "Custom Number", "Quantity", "Receipt ID", "Balance", "Address Line 1",
            "Address Line 2/District/Neighborhood", "Town/City",
            "State/Province/Region/County/Territory/Prefecture/Republic", "Zip/Postal Code", "Country",
            "Contact Phone Number", "Subject", "Note", "Country Code", "Balance Impact")),
    PRE_2018("pre-2018", List.of("Date", "Time", "Time Zone", "Type", "Status", "Currency", "Gross", "Fee", "Net",
            "From Email Address", "To Email Address", "Transaction ID", "Counterparty Status")),
    CUSTOM("custom", List.of("Date", "Type", "Status", "Currency", "Gross", "From Email Address",
            "To Email Address", "Transaction ID"));

    /** Header names of PayPal exports in other languages (German, Italian, French, Spanish, Japanese). */
    private static final Set<String> FOREIGN = Set.of("Datum", "Uhrzeit", "Zeitzone", "Transaktionscode", "Brutto",
            "Beschreibung", "Data", "Nome", "Tipo", "Stato", "Valuta", "Lordo", "Heure", "Brut", "Devise", "Fecha",
            "Nombre", "Bruto", "日付", "時間", "タイムゾーン", "名前");

    private final String version;
    private final List<String> columns;

    PayPalLayout(String version, List<String> columns) {
        this.version = version;
        this.columns = columns;
    }

    String version() {
        return version;
    }

    boolean recognises(Header header) {
        return columns.stream().allMatch(header::has);
    }

    String expectation() {
        return "a PayPal Activity download (" + version + ") with at least " + String.join(", ", CUSTOM.columns);
    }

    /** Exports that look like PayPal's but cannot be imported, and which one to download instead. */
    static String refusal(Header header) {
        if (header.has("Description") && header.has("Gross") && !header.has("Type")) {
            return "This is a PayPal statement report (Reports › Statements), which has no counterparty details."
                    + " Download the Activity report instead (Activity › All transactions › Download, CSV).";
        }
        if (!header.has("Date") && header.names().stream().anyMatch(FOREIGN::contains)) {
            return "This PayPal export has a non-English header; only English headers are read. Switch the PayPal"
                    + " account's language to English and download the Activity report again (Activity › All"
                    + " transactions › Download, CSV).";
        }
        if (header.has("Date") && header.has("Amount") && !header.has("Gross")) {
            return "This is a PayPal personal-account export: it has one Amount column and no Gross, Fee, Net or"
                    + " email columns, so it cannot be matched to people. Download the Activity report of the"
                    + " business account with the Gross, From Email Address and To Email Address columns.";
        }
        return null;
    }
}
