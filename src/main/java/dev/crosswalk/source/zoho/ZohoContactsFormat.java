package dev.crosswalk.source.zoho;

import static dev.crosswalk.model.ContactField.ADDRESS_LINE1;
import static dev.crosswalk.model.ContactField.CITY;
import static dev.crosswalk.model.ContactField.COUNTRY;
import static dev.crosswalk.model.ContactField.FIRST_NAME;
import static dev.crosswalk.model.ContactField.LAST_NAME;
import static dev.crosswalk.model.ContactField.PHONE;
import static dev.crosswalk.model.ContactField.POSTAL_CODE;
import static dev.crosswalk.model.ContactField.REGION;

import dev.crosswalk.csv.CsvRow;
import dev.crosswalk.csv.Header;
import dev.crosswalk.model.ConsentObservation;
import dev.crosswalk.model.ContactData;
import dev.crosswalk.source.MappingContext;
import dev.crosswalk.source.RowMapper;
import dev.crosswalk.source.RowResult;
import dev.crosswalk.source.SourceFormat;
import dev.crosswalk.value.Booleans;
import dev.crosswalk.value.Dates;
import dev.crosswalk.value.Emails;
import dev.crosswalk.value.ExternalIds;
import dev.crosswalk.value.Lists;
import dev.crosswalk.value.Names;
import java.time.Instant;

/**
 * Zoho CRM's Contacts export. The id is {@code Record Id} or, in the other export path, {@code Contact Id}, with or
 * without {@code zcrm_}; an id Excel turned into scientific notation rejects its row. Only the columns below are
 * read: the {@code X.id} halves of lookup fields, owners, audit columns and custom fields never are.
 * {@code Email Opt Out} = true is an opt-out observed at {@code Unsubscribed Time} (else when the file was
 * exported); false is no observation, because it is the CRM's default, not something the person said.
 */
public final class ZohoContactsFormat implements SourceFormat {

    static final String RECORD_ID = "Record Id";
    static final String CONTACT_ID = "Contact Id";

    @Override
    public String name() {
        return "zoho-contacts";
    }

    @Override
    public boolean recognises(Header header) {
        return (header.has(RECORD_ID) || header.has(CONTACT_ID)) && header.has("Email")
                && (header.has("First Name") || header.has("Last Name"));
    }

    @Override
    public String expectation() {
        return "a Zoho CRM contacts export with Record Id (or Contact Id), First Name, Last Name and Email";
    }

    @Override
    public RowMapper bind(Header header, MappingContext context) {
        String idColumn = header.has(RECORD_ID) ? RECORD_ID : CONTACT_ID;
        String system = context.source().system();
        return row -> RowResult.mapped(contact(row, idColumn, system, context));
    }

    private static ContactData contact(CsvRow row, String idColumn, String system, MappingContext context) {
        String email = Emails.normalise(row.get("Email"));
        // a contact with only a Secondary Email has that one address as its primary
        ContactData contact = new ContactData()
                .email(email, Emails.display(row.get("Email")), "primary")
                .email(Emails.normalise(row.get("Secondary Email")), Emails.display(row.get("Secondary Email")),
                        email == null ? "primary" : "additional")
                .identity(system, ExternalIds.zoho(row.get(idColumn)))
                .field(FIRST_NAME, row.get("First Name"))
                .field(LAST_NAME, row.get("Last Name"))
                .field(PHONE, row.get("Phone"))
                .field(ADDRESS_LINE1, row.get("Mailing Street"))
                .field(CITY, row.get("Mailing City"))
                .field(REGION, row.get("Mailing State"))
                .field(POSTAL_CODE, row.get("Mailing Zip"))
                .field(COUNTRY, row.get("Mailing Country"))
                .tags(Lists.commaOrSemicolonSeparated(row.get("Tag")));
        if (!contact.fields().containsKey(PHONE)) {
            contact.field(PHONE, row.get("Mobile"));
        }
        if (!contact.fields().containsKey(FIRST_NAME) && !contact.fields().containsKey(LAST_NAME)) {
            Names.PersonName name = Names.split(row.get("Contact Name"));
            if (name != null) {
                contact.field(FIRST_NAME, name.first()).field(LAST_NAME, name.last());
            }
        }
        if (Boolean.TRUE.equals(Booleans.parse(row.get("Email Opt Out")))) {
            Instant unsubscribed = Dates.localDateTime(row.get("Unsubscribed Time"), context.zone());
            contact.consent(new ConsentObservation(false,
                    unsubscribed != null ? unsubscribed : context.fileObservedAt()));
        }
        return contact;
    }
}
