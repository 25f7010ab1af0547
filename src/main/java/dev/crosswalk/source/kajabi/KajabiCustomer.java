package dev.crosswalk.source.kajabi;

import static dev.crosswalk.model.ContactField.FIRST_NAME;
import static dev.crosswalk.model.ContactField.LAST_NAME;

import dev.crosswalk.csv.CsvRow;
import dev.crosswalk.model.ContactData;
import dev.crosswalk.value.Emails;
import dev.crosswalk.value.ExternalIds;
import dev.crosswalk.value.Names;

/**
 * The customer columns Kajabi's subscriptions and transactions exports share. {@code Customer ID} is taken to be the
 * people export's {@code Member ID} (other importers of these files store it as such). The name is a billing name:
 * it fills a new contact or a blank, never overwrites the people export's.
 */
final class KajabiCustomer {

    private KajabiCustomer() {
    }

    static ContactData contact(CsvRow row, String system) {
        ContactData contact = new ContactData()
                .email(Emails.normalise(row.get("Customer Email")), Emails.display(row.get("Customer Email")),
                        "primary")
                .identity(system + "-member", ExternalIds.normalise(row.get("Customer ID")))
                .fillBlanksOnly();
        Names.PersonName name = Names.split(row.get("Customer Name"));
        if (name != null) {
            contact.field(FIRST_NAME, name.first()).field(LAST_NAME, name.last());
        }
        return contact;
    }
}
