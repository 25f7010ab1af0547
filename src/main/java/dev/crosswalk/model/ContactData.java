package dev.crosswalk.model;

import java.time.Instant;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/** What one row says about a person, in Crosswalk's terms; filled by a source format's row mapper. */
public final class ContactData {

    private final List<EmailAddress> emails = new ArrayList<>();
    private final List<Identity> identities = new ArrayList<>();
    private final Map<ContactField, String> fields = new EnumMap<>(ContactField.class);
    private final Set<String> tags = new LinkedHashSet<>();
    private final Set<String> products = new LinkedHashSet<>();
    private ConsentObservation consent;
    private boolean undeliverable;
    private boolean fillsBlanksOnly;
    private Instant evidenceAt;

    /** Adds an email; the first one added is the row's primary email. Duplicates (same key) are ignored. */
    public ContactData email(String key, String display, String kind) {
        if (key != null && emails.stream().noneMatch(e -> e.key().equals(key))) {
            emails.add(new EmailAddress(key, display, kind));
        }
        return this;
    }

    public ContactData identity(String source, String externalId) {
        if (externalId != null) {
            identities.add(new Identity(source, externalId));
        }
        return this;
    }

    /** Sets a field; a blank value says nothing (it never erases what is stored). */
    public ContactData field(ContactField field, String value) {
        if (value != null && !value.isBlank()) {
            fields.put(field, value.strip());
        }
        return this;
    }

    public ContactData tags(List<String> values) {
        tags.addAll(values);
        return this;
    }

    public ContactData products(List<String> values) {
        products.addAll(values);
        return this;
    }

    public ContactData consent(ConsentObservation observation) {
        this.consent = observation;
        return this;
    }

    /** The source says mail to the row's email bounces for good (Mailchimp "cleaned"); not a consent change. */
    public ContactData undeliverable(boolean value) {
        this.undeliverable = value;
        return this;
    }

    /**
     * The row's fields describe the person only as a checkout saw them (a billing name, a payer's address): they
     * fill a contact the row creates and blanks of an existing one, and never overwrite a stored value.
     */
    public ContactData fillBlanksOnly() {
        this.fillsBlanksOnly = true;
        return this;
    }

    public boolean fillsBlanksOnly() {
        return fillsBlanksOnly;
    }

    /**
     * When what the row says about the person was true: the row's own time where its layout declares one that dates
     * the contact's data (Zoho's Modified Time, Mailchimp's LAST_CHANGED), else when the file was exported.
     */
    public ContactData evidenceAt(Instant at) {
        this.evidenceAt = at;
        return this;
    }

    public Instant evidenceAt() {
        return evidenceAt;
    }

    public List<EmailAddress> emails() {
        return emails;
    }

    public EmailAddress primaryEmail() {
        return emails.isEmpty() ? null : emails.get(0);
    }

    public List<Identity> identities() {
        return identities;
    }

    public Map<ContactField, String> fields() {
        return fields;
    }

    public Set<String> tags() {
        return tags;
    }

    public Set<String> products() {
        return products;
    }

    public ConsentObservation consent() {
        return consent;
    }

    public boolean undeliverable() {
        return undeliverable;
    }

    /** A row can be matched or create a contact only with an email or an id. */
    public boolean identifiable() {
        return !emails.isEmpty() || !identities.isEmpty();
    }
}
