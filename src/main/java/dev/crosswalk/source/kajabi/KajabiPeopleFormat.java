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

import dev.crosswalk.csv.CsvRow;
import dev.crosswalk.csv.Header;
import dev.crosswalk.model.ContactData;
import dev.crosswalk.model.ContactField;
import dev.crosswalk.source.FormFields;
import dev.crosswalk.source.MappingContext;
import dev.crosswalk.source.RowMapper;
import dev.crosswalk.source.RowResult;
import dev.crosswalk.source.SourceFormat;
import dev.crosswalk.value.Emails;
import dev.crosswalk.value.ExternalIds;
import dev.crosswalk.value.Lists;
import dev.crosswalk.value.Names;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Kajabi's "Export contacts": 14 fixed columns, then the site's form fields as {@code Label (key)}. Form fields
 * are read by key and only the built-in contact keys below are mapped; every other column (custom fields can
 * hold card numbers) is never read, let alone stored. The export has no opt-in column.
 */
public final class KajabiPeopleFormat implements SourceFormat {

    static final List<String> REQUIRED = List.of("Name", "First Name", "Last Name", "Email", "Products", "Tags",
            "ID", "Member ID", "Created At");

    /** Built-in form-field keys and the contact field each fills, in order of preference. */
    private static final Map<String, ContactField> FORM_FIELDS = new LinkedHashMap<>();

    static {
        FORM_FIELDS.put("phone_number", PHONE);
        FORM_FIELDS.put("mobile_phone_number", PHONE);
        FORM_FIELDS.put("address_line_1", ADDRESS_LINE1);
        FORM_FIELDS.put("address_line_2", ADDRESS_LINE2);
        FORM_FIELDS.put("address_city", CITY);
        FORM_FIELDS.put("address_state", REGION);
        FORM_FIELDS.put("address_zip", POSTAL_CODE);
        FORM_FIELDS.put("address_country", COUNTRY);
    }

    @Override
    public String name() {
        return "kajabi-people";
    }

    @Override
    public boolean recognises(Header header) {
        return REQUIRED.stream().allMatch(header::has);
    }

    @Override
    public String expectation() {
        return "a Kajabi people export (Export contacts) starting " + String.join(", ", REQUIRED.subList(0, 4))
                + " and with " + String.join(", ", REQUIRED.subList(4, REQUIRED.size()));
    }

    @Override
    public RowMapper bind(Header header, MappingContext context) {
        Map<String, ContactField> formColumns = new LinkedHashMap<>();
        FORM_FIELDS.forEach((key, field) -> {
            String column = FormFields.column(header, key);
            if (column != null) {
                formColumns.put(column, field);
            }
        });
        String system = context.source().system();
        return row -> RowResult.mapped(contact(row, formColumns, system));
    }

    private static ContactData contact(CsvRow row, Map<String, ContactField> formColumns, String system) {
        ContactData contact = new ContactData()
                .email(Emails.normalise(row.get("Email")), Emails.display(row.get("Email")), "primary")
                .identity(system, ExternalIds.normalise(row.get("ID")))
                .identity(system + "-member", ExternalIds.normalise(row.get("Member ID")))
                .field(FIRST_NAME, row.get("First Name"))
                .field(LAST_NAME, row.get("Last Name"))
                .tags(Lists.commaSeparated(row.get("Tags")))
                .products(Lists.commaSeparated(row.get("Products")));
        if (!contact.fields().containsKey(FIRST_NAME) && !contact.fields().containsKey(LAST_NAME)) {
            Names.PersonName name = Names.split(row.get("Name"));
            if (name != null) {
                contact.field(FIRST_NAME, name.first()).field(LAST_NAME, name.last());
            }
        } else if (!contact.fields().containsKey(LAST_NAME)) {
            // Kajabi fills Name but leaves Last Name blank for people who signed up with one name field
            contact.field(LAST_NAME, Names.lastNameAfter(row.get("Name"), row.get("First Name")));
        }
        // the first non-blank column wins for a field (phone before mobile phone)
        formColumns.forEach((column, field) -> {
            if (!contact.fields().containsKey(field)) {
                contact.field(field, row.get(column));
            }
        });
        return contact;
    }
}
