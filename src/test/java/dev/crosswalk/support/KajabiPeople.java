package dev.crosswalk.support;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * A Kajabi "Export contacts" file as the real export writes it (docs/sources.md): the 14 fixed columns, the
 * built-in form fields, then site-specific custom fields — including sensitive ones Crosswalk must never store,
 * a quoted label with a comma, and two columns with the same label and different keys.
 */
public final class KajabiPeople {

    public static final List<String> HEADER = List.of("Name", "First Name", "Last Name", "Email", "Products", "Tags",
            "ID", "Member ID", "External User ID", "Created At", "Member Created At", "Sign In Count",
            "Last Activity", "Last Sign In At", "First Name (name)", "Email (email)", "Phone Number (phone_number)",
            "Mobile Phone Number (mobile_phone_number)", "Address (address_line_1)", "Address Line 2 (address_line_2)",
            "City (address_city)", "State (address_state)", "Country (address_country)", "Zip Code (address_zip)",
            "Business Number (business_number)", "Source (custom_1)", "Last Name (custom_2)",
            "Credit Card Number (custom_3)", "Expiration (custom_4)", "CW (custom_5)",
            "I hereby authorize, as agreed, the charges  (custom_7)",
            "What is your current practice status? (custom_13)", "What is your current practice status? (custom_36)");

    private final CsvFixture csv = new CsvFixture(HEADER);

    /** One person; unspecified columns are blank, custom fields get harmless text (and a fake card number). */
    public KajabiPeople person(Map<String, String> values) {
        Map<String, String> v = new HashMap<>(values);
        v.putIfAbsent("Name", (v.getOrDefault("First Name", "") + " " + v.getOrDefault("Last Name", "")).trim());
        v.putIfAbsent("Created At", "2024-05-06 18:01:32 -0700");
        v.putIfAbsent("Sign In Count", "3");
        v.putIfAbsent("Credit Card Number (custom_3)", "4111 1111 1111 1111");
        v.putIfAbsent("CW (custom_5)", "123");
        v.putIfAbsent("What is your current practice status? (custom_13)", "Growing\nand @learning, slowly");
        List<String> row = new ArrayList<>();
        HEADER.forEach(h -> row.add(v.getOrDefault(h, "")));
        csv.row(row);
        return this;
    }

    public static Map<String, String> person(String id, String first, String last, String email) {
        Map<String, String> v = new HashMap<>();
        v.put("ID", id);
        v.put("First Name", first);
        v.put("Last Name", last);
        v.put("Email", email);
        return v;
    }

    public CsvFixture csv() {
        return csv;
    }

    public java.nio.file.Path write(java.nio.file.Path file) throws java.io.IOException {
        return csv.write(file);
    }

    /** The file as exported at {@code exportedAt} (an instant, e.g. 2026-01-01T00:00:00Z): its modification time. */
    public java.nio.file.Path write(java.nio.file.Path file, String exportedAt) throws java.io.IOException {
        return java.nio.file.Files.setLastModifiedTime(csv.write(file),
                java.nio.file.attribute.FileTime.from(java.time.Instant.parse(exportedAt)));
    }
}
