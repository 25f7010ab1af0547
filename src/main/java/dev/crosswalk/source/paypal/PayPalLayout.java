package dev.crosswalk.source.paypal;

import static dev.crosswalk.source.paypal.PayPalColumn.CURRENCY;
import static dev.crosswalk.source.paypal.PayPalColumn.DATE;
import static dev.crosswalk.source.paypal.PayPalColumn.DESCRIPTION;
import static dev.crosswalk.source.paypal.PayPalColumn.FROM_EMAIL;
import static dev.crosswalk.source.paypal.PayPalColumn.GROSS;
import static dev.crosswalk.source.paypal.PayPalColumn.STATUS;
import static dev.crosswalk.source.paypal.PayPalColumn.TO_EMAIL;
import static dev.crosswalk.source.paypal.PayPalColumn.TRANSACTION_ID;
import static dev.crosswalk.source.paypal.PayPalColumn.TYPE;

import dev.crosswalk.csv.Header;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;

/**
 * The layouts of PayPal's downloads, told apart by their header: the activity download ("All transactions") with
 * a Type and both email columns — in English the 41-column business default (2018 on), the pre-2018 layout
 * ({@code Time Zone}, {@code Counterparty Status}, …) or any subset of columns the user chose; in German, French,
 * Spanish, Italian or Japanese any layout with the same columns — and the statement-style download, which has a
 * Description where the activity download has a Type and one email column, the counterparty's. Every one is read
 * by column name, in the language its header is written in.
 */
public enum PayPalLayout {
    DEFAULT("paypal-activity", "default-41", List.of(DATE, TYPE, STATUS, CURRENCY, GROSS, FROM_EMAIL, TO_EMAIL,
            TRANSACTION_ID), List.of("Date", "Time", "TimeZone", "Name", "Type", "Status", "Currency", "Gross", "Fee",
            "Net", "From Email Address", "To Email Address", "Transaction ID", "Shipping Address", "Address Status",
            "Item Title", "Item ID", "Shipping and Handling Amount", "Insurance Amount", "Sales Tax",
            "Option 1 Name", "Option 1 Value", "Option 2 Name", "Option 2 Value", "Reference Txn ID",
            "Invoice Number", "Custom Number", "Quantity", "Receipt ID", "Balance", "Address Line 1",
            "Address Line 2/District/Neighborhood", "Town/City",
            "State/Province/Region/County/Territory/Prefecture/Republic", "Zip/Postal Code", "Country",
            "Contact Phone Number", "Subject", "Note", "Country Code", "Balance Impact")),
    PRE_2018("paypal-activity", "pre-2018", List.of(DATE, TYPE, STATUS, CURRENCY, GROSS, FROM_EMAIL, TO_EMAIL,
            TRANSACTION_ID), List.of("Date", "Time", "Time Zone", "Type", "Status", "Currency", "Gross", "Fee", "Net",
            "From Email Address", "To Email Address", "Transaction ID", "Counterparty Status")),
    CUSTOM("paypal-activity", "custom", List.of(DATE, TYPE, STATUS, CURRENCY, GROSS, FROM_EMAIL, TO_EMAIL,
            TRANSACTION_ID), List.of()),
    STATEMENT("paypal-statement", "statement", List.of(DATE, DESCRIPTION, CURRENCY, GROSS, TRANSACTION_ID,
            FROM_EMAIL), List.of());

    /** Header names of PayPal downloads in languages not read, with the language they suggest where only one does. */
    private static final Map<String, String> FOREIGN = Map.ofEntries(Map.entry("Fuso horário", "Portuguese"),
            Map.entry("Czas", "Polish"), Map.entry("Strefa czasowa", "Polish"), Map.entry("Godzina", "Polish"),
            Map.entry("Hora", ""), Map.entry("Bruto", ""), Map.entry("Tipo", ""), Map.entry("Nome", ""),
            Map.entry("Data", ""));

    /** How many of a language's column names make a header recognisably a PayPal download in that language. */
    private static final int LANGUAGE_EVIDENCE = 4;

    private final String formatName;
    private final String version;
    private final List<PayPalColumn> required;
    private final List<String> englishColumns;

    PayPalLayout(String formatName, String version, List<PayPalColumn> required, List<String> englishColumns) {
        this.formatName = formatName;
        this.version = version;
        this.required = required;
        this.englishColumns = englishColumns;
    }

    /** The English column names of a named layout in their order (the sample generator writes them); else empty. */
    public List<String> columns() {
        return englishColumns;
    }

    String formatName() {
        return formatName;
    }

    /** "default-41", "custom" or "statement-en" in English; "activity-de", "statement-de" in other languages. */
    String version(PayPalLanguage language) {
        if (this == STATEMENT) {
            return version + "-" + language.code();
        }
        return language == PayPalLanguage.ENGLISH ? version : "activity-" + language.code();
    }

    /**
     * The languages this layout is read in: the named English layouts in English only, the others in every
     * language whose downloads have names for all the columns the layout needs.
     */
    List<PayPalLanguage> languages() {
        if (!englishColumns.isEmpty()) {
            return List.of(PayPalLanguage.ENGLISH);
        }
        return Arrays.stream(PayPalLanguage.values())
                .filter(language -> required.stream().noneMatch(column -> column.names(language).isEmpty()))
                .toList();
    }

    /** Whether the header is this layout in some language. */
    public boolean recognises(Header header) {
        return languages().stream().anyMatch(language -> recognises(header, language));
    }

    boolean recognises(Header header, PayPalLanguage language) {
        if (!englishColumns.stream().allMatch(header::has)) {
            return false;
        }
        for (PayPalColumn column : required) {
            if (column.index(header, language) < 0) {
                return false;
            }
        }
        // a statement has one email column and no Type: a header with those is an activity download
        return this != STATEMENT || TYPE.index(header, language) < 0
                && TO_EMAIL.index(header, language) < 0;
    }

    String expectation(PayPalLanguage language) {
        String columns = String.join(", ", required.stream().map(c -> c.names(language).get(0)).toList());
        String kind = this == STATEMENT ? "statement-style download" : "Activity download (" + version(language) + ")";
        return "a PayPal " + kind + " in " + language.label() + " with at least " + columns;
    }

    /** Exports that look like PayPal's but cannot be imported, what was recognised, and which one to download. */
    static String refusal(Header header) {
        if (Arrays.stream(values()).anyMatch(layout -> layout.recognises(header))) {
            return null;
        }
        if (header.has("Date") && header.has("Amount") && !header.has("Gross")) {
            return "This is a PayPal personal-account export: it has one Amount column and no Gross, Fee, Net or"
                    + " email columns, so it cannot be matched to people. Download the Activity report of the"
                    + " business account with the Gross, From Email Address and To Email Address columns.";
        }
        PayPalLanguage language = likelyLanguage(header);
        if (language != null && language != PayPalLanguage.ENGLISH) {
            return "This PayPal download has a non-English header, recognised as " + language.label()
                    + ", but it lacks " + String.join(", ", missing(header, language)) + ". " + downloadActivity();
        }
        List<String> foreign = header.names().stream().filter(FOREIGN::containsKey).toList();
        if (!foreign.isEmpty()) {
            List<String> guesses = foreign.stream().map(FOREIGN::get).filter(guess -> !guess.isEmpty()).distinct()
                    .toList();
            return "This PayPal export has a non-English header in a language Crosswalk does not read (seen: "
                    + String.join(", ", foreign) + (guesses.isEmpty() ? "" : "; it looks "
                    + String.join(" or ", guesses)) + "). Crosswalk needs at least "
                    + String.join(", ", CUSTOM.required.stream().map(c -> c.names(PayPalLanguage.ENGLISH).get(0))
                            .toList()) + " in one of the languages it reads. Switch the PayPal account's language to "
                    + languageList() + " and download the Activity report again (Activity › All transactions ›"
                    + " Download, CSV).";
        }
        return null;
    }

    /** Which download to make instead, and the languages read, as the declarations have them. */
    private static String downloadActivity() {
        return "Download the Activity report (Activity › All transactions › Download, CSV) with its default"
                + " columns; downloads in " + labels(CUSTOM.languages()) + ", and statement-style downloads in "
                + labels(STATEMENT.languages()) + ", are read.";
    }

    private static String labels(List<PayPalLanguage> languages) {
        return String.join(", ", languages.stream().map(PayPalLanguage::label).toList());
    }

    /** "English, German, … or Japanese": the languages some PayPal download is read in. */
    private static String languageList() {
        List<String> labels = Arrays.stream(PayPalLanguage.values()).map(PayPalLanguage::label).toList();
        return String.join(", ", labels.subList(0, labels.size() - 1)) + " or " + labels.get(labels.size() - 1);
    }

    /** The language most of the header's names are PayPal column names in, if enough are. */
    private static PayPalLanguage likelyLanguage(Header header) {
        PayPalLanguage best = null;
        int bestCount = LANGUAGE_EVIDENCE - 1;
        for (PayPalLanguage language : PayPalLanguage.values()) {
            int count = 0;
            for (PayPalColumn column : PayPalColumn.values()) {
                if (column.index(header, language) >= 0) {
                    count++;
                }
            }
            if (count > bestCount) {
                best = language;
                bestCount = count;
            }
        }
        return best;
    }

    /** The columns the nearest layout in that language would still need. */
    private static List<String> missing(Header header, PayPalLanguage language) {
        List<String> fewest = null;
        for (PayPalLayout layout : List.of(CUSTOM, STATEMENT)) {
            List<String> missing = new ArrayList<>();
            for (PayPalColumn column : layout.required) {
                if (column.index(header, language) < 0) {
                    missing.add(column.names(language).isEmpty() ? column.names(PayPalLanguage.ENGLISH).get(0)
                            : column.names(language).get(0));
                }
            }
            if (fewest == null || missing.size() < fewest.size()) {
                fewest = missing;
            }
        }
        return fewest;
    }
}
