package dev.crosswalk.source.manual;

import static dev.crosswalk.model.ContactField.FIRST_NAME;
import static dev.crosswalk.model.ContactField.LAST_NAME;

import dev.crosswalk.csv.CsvRow;
import dev.crosswalk.csv.Header;
import dev.crosswalk.model.ConsentObservation;
import dev.crosswalk.model.ContactData;
import dev.crosswalk.model.ContactField;
import dev.crosswalk.source.MappingContext;
import dev.crosswalk.source.RowMapper;
import dev.crosswalk.source.RowResult;
import dev.crosswalk.source.SourceFormat;
import dev.crosswalk.value.Booleans;
import dev.crosswalk.value.Emails;
import dev.crosswalk.value.Lists;
import dev.crosswalk.value.Names;
import java.util.Collections;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Predicate;
import java.util.stream.Stream;

/**
 * A hand-kept list: any CSV whose columns the header mapping in configuration names
 * ({@code crosswalk.manual.column.<field>}: the header names a field's column may have, compared ignoring case).
 * Only an email column is required; a cell may hold several addresses (the first is the primary). A yes in the
 * opt-in column is an opt-in observed when the file was exported; any other answer states nothing, since a blank
 * or "no" on a hand-kept list is not someone asking to be unsubscribed. An export another inbox reads is refused
 * here, so it cannot arrive as hand-checked (locked) data.
 */
public final class ManualListFormat implements SourceFormat {

    static final String EMAIL = "email";
    static final String NAME = "name";
    static final String TAGS = "tags";
    static final String OPT_IN = "opt-in";

    /** The mapping keys of plain contact fields and the field each fills. */
    private static final Map<String, ContactField> FIELDS = fields();

    private static Map<String, ContactField> fields() {
        Map<String, ContactField> fields = new LinkedHashMap<>();
        fields.put("first-name", FIRST_NAME);
        fields.put("last-name", LAST_NAME);
        fields.put("phone", ContactField.PHONE);
        fields.put("address", ContactField.ADDRESS_LINE1);
        fields.put("address-line2", ContactField.ADDRESS_LINE2);
        fields.put("city", ContactField.CITY);
        fields.put("region", ContactField.REGION);
        fields.put("postal-code", ContactField.POSTAL_CODE);
        fields.put("country", ContactField.COUNTRY);
        return Collections.unmodifiableMap(fields);
    }

    /** Every mapping key, for configuration: email, name, tags, opt-in and the plain fields. */
    public static List<String> keys() {
        return Stream.concat(Stream.of(EMAIL, NAME, TAGS, OPT_IN), FIELDS.keySet().stream()).toList();
    }

    private final Map<String, List<String>> columns;
    private final List<String> yesValues;
    private final Predicate<Header> otherSourceFile;

    /**
     * {@code columns}: mapping key → accepted header names; {@code otherSourceFile}: whether a header is an export
     * another inbox reads.
     */
    public ManualListFormat(Map<String, List<String>> columns, List<String> yesValues,
            Predicate<Header> otherSourceFile) {
        this.columns = Map.copyOf(columns);
        this.yesValues = List.copyOf(yesValues);
        this.otherSourceFile = otherSourceFile;
    }

    @Override
    public String name() {
        return "manual-list";
    }

    @Override
    public boolean recognises(Header header) {
        return column(header, EMAIL) != null && !otherSourceFile.test(header);
    }

    @Override
    public String expectation() {
        return "a hand-kept list with an email column named " + String.join(" or ", columns.getOrDefault(EMAIL,
                List.of())) + " (set crosswalk.manual.column.email), not an export another inbox reads";
    }

    /** The first header name matching one of the key's accepted names, in their order of preference; or null. */
    private String column(Header header, String key) {
        for (String accepted : columns.getOrDefault(key, List.of())) {
            for (String name : header.names()) {
                if (name.equalsIgnoreCase(accepted)) {
                    return name;
                }
            }
        }
        return null;
    }

    @Override
    public RowMapper bind(Header header, MappingContext context) {
        String email = column(header, EMAIL);
        String name = column(header, NAME);
        String tags = column(header, TAGS);
        String optIn = column(header, OPT_IN);
        Map<ContactField, String> fields = new EnumMap<>(ContactField.class);
        FIELDS.forEach((key, field) -> {
            String column = column(header, key);
            if (column != null) {
                fields.put(field, column);
            }
        });
        ConsentObservation optedIn = new ConsentObservation(true, context.fileObservedAt());
        return row -> {
            ContactData contact = new ContactData();
            List<String> addresses = Emails.split(row.get(email));
            for (int i = 0; i < addresses.size(); i++) {
                contact.email(Emails.normalise(addresses.get(i)), addresses.get(i), i == 0 ? "primary" : "additional");
            }
            fields.forEach((field, column) -> contact.field(field, row.get(column)));
            fullName(contact, row, name);
            contact.tags(Lists.commaOrSemicolonSeparated(value(row, tags)));
            if (Boolean.TRUE.equals(Booleans.isYes(value(row, optIn), yesValues))) {
                contact.consent(optedIn);
            }
            return RowResult.mapped(contact);
        };
    }

    private static String value(CsvRow row, String column) {
        return column == null ? null : row.get(column);
    }

    private static void fullName(ContactData contact, CsvRow row, String column) {
        if (column != null && !contact.fields().containsKey(FIRST_NAME) && !contact.fields().containsKey(LAST_NAME)) {
            Names.PersonName split = Names.split(row.get(column));
            if (split != null) {
                contact.field(FIRST_NAME, split.first()).field(LAST_NAME, split.last());
            }
        }
    }
}
