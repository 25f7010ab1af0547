package dev.crosswalk.source.zoho;

import static dev.crosswalk.model.ContactField.ADDRESS_LINE1;
import static dev.crosswalk.model.ContactField.CITY;
import static dev.crosswalk.model.ContactField.COUNTRY;
import static dev.crosswalk.model.ContactField.FIRST_NAME;
import static dev.crosswalk.model.ContactField.LAST_NAME;
import static dev.crosswalk.model.ContactField.PHONE;
import static dev.crosswalk.model.ContactField.POSTAL_CODE;
import static dev.crosswalk.model.ContactField.REGION;
import static dev.crosswalk.source.layout.Reader.cell;
import static dev.crosswalk.source.layout.Reader.of;

import dev.crosswalk.model.ConsentObservation;
import dev.crosswalk.source.layout.Layout;
import dev.crosswalk.source.layout.LayoutBuilder;
import dev.crosswalk.source.layout.LayoutColumn;
import dev.crosswalk.source.layout.NameHooks;
import dev.crosswalk.source.layout.Reader;
import dev.crosswalk.value.Booleans;
import dev.crosswalk.value.Dates;
import dev.crosswalk.value.ExternalIds;
import dev.crosswalk.value.Lists;
import java.time.Instant;
import java.util.List;

/**
 * Zoho CRM's Contacts export, as a declaration. The id is {@code Record Id} or, in the other export path,
 * {@code Contact Id}, with or without {@code zcrm_}; an id Excel turned into scientific notation rejects its row.
 * The address is Zoho's {@code Mailing …} fields or, where an organisation keeps it in fields of its own labelled
 * {@code Street}, {@code City}, {@code State}, {@code Zip Code} and {@code Country}, those (the Mailing ones win when a
 * file has both). Only the columns declared here are read: the {@code X.id} halves of lookup fields, owners, audit
 * columns and other custom fields never are (the report lists them); {@code Modified Time} dates the row's data (its
 * evidence time). A contact with only a Secondary Email has that one address as its primary.
 */
public final class ZohoLayout {

    private ZohoLayout() {
    }

    public static Layout contacts() {
        LayoutBuilder b = Layout.builder("zoho-contacts", Layout.Kind.CONTACT)
                .expectation("a Zoho CRM contacts export with Record Id (or Contact Id), First Name, Last Name and"
                        + " Email")
                .writes(List.of("Record Id", "Contact Owner.id", "Contact Owner", "Lead Source", "First Name",
                        "Last Name", "Account Name.id", "Account Name", "Email", "Secondary Email", "Title",
                        "Department", "Phone", "Mobile", "Created By.id", "Created By", "Modified By.id",
                        "Modified By", "Created Time", "Modified Time", "Contact Name", "Description",
                        "Email Opt Out", "Salutation", "Last Activity Time", "Tag", "Mailing Street", "Mailing City",
                        "Mailing State", "Mailing Zip", "Mailing Country", "Unsubscribed Mode", "Unsubscribed Time",
                        "Products"));
        LayoutColumn recordId = b.column("Record Id", "Contact Id");
        LayoutColumn email = b.column("Email");
        LayoutColumn first = b.column("First Name");
        LayoutColumn last = b.column("Last Name");
        // when the CRM record last changed: what the row says about the person was true then
        LayoutColumn modified = b.column("Modified Time");
        return b.requiresAny(recordId).requiresAny(email).requiresAny(first, last)
                .email(cell(email), "primary")
                .secondaryEmail(cell(b.column("Secondary Email")))
                .identity("", of(recordId, ExternalIds::zoho))
                .field(FIRST_NAME, cell(first))
                .field(LAST_NAME, cell(last))
                .field(PHONE, cell(b.column("Phone")), cell(b.column("Mobile")))
                .field(ADDRESS_LINE1, cell(b.column("Mailing Street", "Street")))
                .field(CITY, cell(b.column("Mailing City", "City")))
                .field(REGION, cell(b.column("Mailing State", "State")))
                .field(POSTAL_CODE, cell(b.column("Mailing Zip", "Zip Code")))
                .field(COUNTRY, cell(b.column("Mailing Country", "Country")))
                .tags(of(b.column("Tag"), Lists::commaOrSemicolonSeparated))
                .hook(NameHooks.splitWhenUnnamed(b.feeds("name", b.column("Contact Name"))))
                .evidence(row -> Dates.localDateTime(row.cell(modified), row.zone()))
                .consent(optOut(b.feeds("opt-out", b.column("Email Opt Out")),
                        b.feeds("opt-out-time", b.column("Unsubscribed Time"))))
                .build();
    }

    /**
     * {@code Email Opt Out} = true is an opt-out observed at {@code Unsubscribed Time} (else when the file was
     * exported); false is no observation, because it is the CRM's default, not something the person said.
     */
    private static Reader<ConsentObservation> optOut(LayoutColumn flag, LayoutColumn at) {
        return row -> {
            if (!Boolean.TRUE.equals(Booleans.parse(row.cell(flag)))) {
                return null;
            }
            Instant unsubscribed = Dates.localDateTime(row.cell(at), row.zone());
            return unsubscribed != null ? new ConsentObservation(false, unsubscribed)
                    : new ConsentObservation(false, row.fileObservedAt(), false);
        };
    }
}
