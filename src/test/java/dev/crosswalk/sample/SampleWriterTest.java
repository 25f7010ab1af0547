package dev.crosswalk.sample;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.Reader;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The generator writes the verified headers, value formats and quirks of the real exports (docs/sources.md), deterministically. */
class SampleWriterTest {

    static final List<String> PAYPAL_HEADER = List.of("Date", "Time", "TimeZone", "Name", "Type", "Status",
            "Currency", "Gross", "Fee", "Net", "From Email Address", "To Email Address", "Transaction ID",
            "Shipping Address", "Address Status", "Item Title", "Item ID", "Shipping and Handling Amount",
            "Insurance Amount", "Sales Tax", "Option 1 Name", "Option 1 Value", "Option 2 Name", "Option 2 Value",
            "Reference Txn ID", "Invoice Number", "Custom Number", "Quantity", "Receipt ID", "Balance",
            "Address Line 1", "Address Line 2/District/Neighborhood", "Town/City",
            "State/Province/Region/County/Territory/Prefecture/Republic", "Zip/Postal Code", "Country",
            "Contact Phone Number", "Subject", "Note", "Country Code", "Balance Impact");

    @TempDir
    Path dir;

    private Path write(String source, long seed, long rows) throws IOException {
        Path file = dir.resolve(source + "-" + seed + "-" + rows + ".csv");
        SampleWriter.write(SampleCatalog.get(source), new People(seed), 0, rows, file);
        return file;
    }

    private static List<CSVRecord> records(Path file, Charset charset) throws IOException {
        String text = Files.readString(file, charset);
        try (Reader in = new java.io.StringReader(text.startsWith("\uFEFF") ? text.substring(1) : text)) {
            return CSVFormat.DEFAULT.parse(in).getRecords();
        }
    }

    @Test
    void theSameSeedAndCountGiveTheSameBytesForEverySource() throws IOException {
        for (String source : SampleCatalog.names()) {
            byte[] first = Files.readAllBytes(write(source, 7, 400));
            Path again = dir.resolve(source + "-again.csv");
            SampleWriter.write(SampleCatalog.get(source), new People(7), 0, 400, again);
            assertArrayEquals(first, Files.readAllBytes(again), source);
            assertFalse(Arrays.equals(first, Files.readAllBytes(write(source, 8, 400))), source);
        }
    }

    @Test
    void everySourceWritesExactlyTheRowsAskedFor() throws IOException {
        for (String source : SampleCatalog.names()) {
            SampleFormat<?> format = SampleCatalog.get(source);
            List<CSVRecord> rows = records(write(source, 1, 10), format.encoding().charset());
            assertEquals(11, rows.size(), source);
            assertEquals(format.header(), rows.get(0).toList(), source);
            rows.forEach(r -> assertEquals(format.header().size(), r.size(), source));
        }
    }

    @Test
    void kajabiPeopleHaveTheFixedPrefixFormFieldsAndQuirks() throws IOException {
        List<CSVRecord> rows = records(write("kajabi", 1, 2_000), StandardCharsets.UTF_8);
        assertEquals(List.of("Name", "First Name", "Last Name", "Email", "Products", "Tags", "ID", "Member ID",
                "External User ID", "Created At", "Member Created At", "Sign In Count", "Last Activity",
                "Last Sign In At"), rows.get(0).toList().subList(0, 14));
        assertTrue(rows.get(0).toList().contains("I hereby authorize, as agreed, the charges  (custom_7)"));
        List<CSVRecord> data = rows.subList(1, rows.size());
        assertTrue(data.stream().anyMatch(r -> r.get(31).equals(KajabiSamples.MULTI_LINE_ANSWER)));
        assertTrue(data.stream().anyMatch(r -> r.get(27).equals("4111 1111 1111 1111")));
        assertTrue(data.stream().allMatch(r -> r.get(9).matches("\\d{4}-\\d\\d-\\d\\d \\d\\d:\\d\\d:\\d\\d -0[67]00")));
        assertTrue(data.stream().anyMatch(r -> r.get(9).endsWith("-0600")));
        assertTrue(data.stream().anyMatch(r -> r.get(9).endsWith("-0700")));
        assertTrue(data.stream().anyMatch(r -> r.get(7).isEmpty()) && data.stream().anyMatch(r -> !r.get(7).isEmpty()));
        assertTrue(data.stream().anyMatch(r -> !r.get(3).equals(r.get(3).trim().toLowerCase())));
        assertTrue(data.stream().allMatch(r -> r.get(3).trim().toLowerCase().matches("[a-z.0-9]+@example\\.com")));
    }

    @Test
    void paypalIsWindows1252WithTheDefaultHeaderAndTheRealQuirks() throws IOException {
        Path file = write("paypal", 1, 3_000);
        byte[] bytes = Files.readAllBytes(file);
        assertEquals('"', bytes[0], "no BOM on the Windows-1252 variant");
        String text = Files.readString(file, Charset.forName("windows-1252"));
        assertTrue(text.startsWith("\"Date\",\"Time\",\"TimeZone\""), "every value quoted");
        List<CSVRecord> rows = records(file, Charset.forName("windows-1252"));
        assertEquals(PAYPAL_HEADER, rows.get(0).toList());
        List<CSVRecord> data = rows.subList(1, rows.size());
        Set<String> types = data.stream().map(r -> r.get(4)).collect(Collectors.toSet());
        assertTrue(types.containsAll(Set.of("Subscription Payment", "Payment Refund", "General Currency Conversion",
                "Bank Deposit to PP Account ")), types.toString());
        assertTrue(data.stream().anyMatch(r -> r.get(7).matches("\\d{1,3},\\d{3}\\.\\d\\d")), "grouped gross");
        assertTrue(data.stream().filter(r -> r.get(4).contains("Payment") && !r.get(7).startsWith("-"))
                .allMatch(r -> r.get(8).matches("-\\d+\\.\\d\\d")), "fees of payments are negative");
        assertTrue(data.stream().allMatch(r -> Set.of("PST", "PDT").contains(r.get(2))));
        assertTrue(data.stream().anyMatch(r -> r.get(0).matches("\\d/\\d{1,2}/\\d{4}")), "unpadded M/D/YYYY");
        assertTrue(data.stream().anyMatch(r -> r.get(0).matches("\\d\\d/\\d\\d/\\d{4}") && r.get(0).startsWith("0")),
                "padded MM/DD/YYYY");
        assertTrue(data.stream().allMatch(r -> r.get(12).matches("[0-9A-Z]{17}")));
        assertEquals(data.size(), data.stream().map(r -> r.get(12)).distinct().count(), "transaction ids unique");
        // refunds and legs reference a payment of the same file
        Set<String> ids = data.stream().map(r -> r.get(12)).collect(Collectors.toSet());
        assertTrue(data.stream().filter(r -> r.get(4).equals("Payment Refund")).allMatch(r -> ids.contains(r.get(24))));
        assertTrue(text.contains("é") || text.contains("ü") || text.contains("ö") || text.contains("ñ"));
    }

    @Test
    void paypalSubscriptionPaymentsReferenceKajabiProviderIds() throws IOException {
        Set<String> providerIds = records(write("kajabi-subscriptions", 3, 200), StandardCharsets.UTF_8).stream()
                .skip(1).map(r -> r.get(15)).collect(Collectors.toSet());
        assertTrue(providerIds.stream().allMatch(id -> id.matches("I-[0-9A-Z]{12}")), providerIds.toString());
        Set<String> references = records(write("paypal", 3, 5_000), Charset.forName("windows-1252")).stream().skip(1)
                .filter(r -> r.get(4).equals("Subscription Payment")).map(r -> r.get(24)).collect(Collectors.toSet());
        assertFalse(references.isEmpty());
        assertTrue(providerIds.stream().anyMatch(references::contains), "the same subscriptions in both exports");
    }

    @Test
    void theOtherSourcesCarryTheirQuirks() throws IOException {
        List<CSVRecord> subs = records(write("kajabi-subscriptions", 1, 300), StandardCharsets.UTF_8);
        assertTrue(subs.stream().skip(1).anyMatch(r -> r.get(6).equals("$1,089.00")));
        assertTrue(subs.stream().skip(1).allMatch(r -> r.get(10).matches("[A-Z][a-z]{2} \\d{1,2}, \\d{4}")));
        List<CSVRecord> charges = records(write("kajabi-transactions", 1, 3_000), StandardCharsets.UTF_8);
        assertTrue(charges.get(0).toList().containsAll(List.of("Order No.", "Zipcode", "Address 2")));
        assertTrue(charges.stream().skip(1).allMatch(r -> r.get(12).equals("N/A")));
        assertTrue(charges.stream().skip(1).anyMatch(r -> r.get(3).equals("refund") && r.get(1).startsWith("-")));
        assertEquals(0xEF, Files.readAllBytes(dir.resolve("kajabi-transactions-1-3000.csv"))[0] & 0xFF, "BOM");
        List<CSVRecord> zoho = records(write("zoho", 1, 300), StandardCharsets.UTF_8);
        assertTrue(zoho.stream().skip(1).anyMatch(r -> r.get(0).matches("zcrm_\\d{19}")));
        assertTrue(zoho.stream().skip(1).anyMatch(r -> r.get(0).matches("\\d{19}")));
        int optOut = zoho.get(0).toList().indexOf("Email Opt Out");
        assertTrue(zoho.stream().skip(1).allMatch(r -> Set.of("true", "false").contains(r.get(optOut))));
        List<CSVRecord> orders = records(write("ticket-tailor", 1, 1_000), StandardCharsets.UTF_8);
        assertTrue(orders.stream().skip(1).anyMatch(r -> r.get(8).equals("NO_COST") && r.get(4).equals("0.00")));
        assertTrue(orders.stream().skip(1).anyMatch(r -> r.get(2).equals("1")));
        assertTrue(orders.stream().skip(1).allMatch(r -> r.get(1).matches("[A-Z][a-z]{2} \\d{1,2}, \\d{4} \\d{1,2}:\\d\\d [AP]M")));
        assertTrue(orders.stream().skip(1).allMatch(r -> r.get(14).matches("[A-Z][a-z]{2} [A-Z][a-z]{2} \\d{1,2}, \\d{4} .*")));
        assertTrue(orders.stream().skip(1).anyMatch(r -> r.get(19).endsWith(".")));
        assertEquals(TicketTailorSamples.OPT_IN_QUESTION, orders.get(0).get(25));
        String mailchimp = Files.readString(write("mailchimp-subscribed", 1, 400));
        assertTrue(mailchimp.contains(",\"\"\"VIP\"\",\"\"Blog\"\"\"\r\n"), "TAGS cell");
        assertTrue(mailchimp.contains("Retreats\\, Europe,Courses"), "escaped comma in a group");
        assertTrue(mailchimp.contains(",\r\n"), "a trailing empty column");
    }
}
