package dev.crosswalk.decide;

import dev.crosswalk.model.EmailAddress;
import dev.crosswalk.model.Identity;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Everything one chunk decided to write, collected in memory by the decision core and then written with a handful
 * of set-based statements (apply/ChunkWriter). {@code audited} is false for rows that belong to a contact the batch
 * created: undoing that batch deletes the contact and they go with it.
 */
public final class ChangeSet {

    public record NewEmail(long contactId, EmailAddress email, boolean audited) {
    }

    public record NewIdentity(long contactId, Identity identity, boolean audited) {
    }

    public record Label(long contactId, String name, boolean audited) {
    }

    /**
     * A question for a person; {@code source} and {@code evidenceAt}: the observation that raised it (null when no
     * source's observation did: a review, an adoption).
     */
    public record Conflict(Long contactId, long line, String field, String currentValue, String incomingValue,
            String reason, String source, Instant evidenceAt) {

        public Conflict(Long contactId, long line, String field, String currentValue, String incomingValue,
                String reason) {
            this(contactId, line, field, currentValue, incomingValue, reason, null, null);
        }
    }

    public record FieldChange(String table, long recordId, String action, String field, String oldValue,
            String newValue) {
    }

    /** A consent observation as recorded: {@code authoritative} when it counts as evidence (docs/values.md). */
    public record ConsentEvent(long contactId, String email, boolean subscribed, Instant observedAt, boolean applied,
            String reason, boolean dated, boolean authoritative, String system) {
    }

    /** One line of the changes CSV: a field the batch changed, or was refused; contactId null when none is known. */
    public record ChangeLine(long line, Long contactId, String field, String oldValue, String newValue,
            String outcome) {
    }

    private final List<ContactState> created = new ArrayList<>();
    private final Map<Long, ContactState> touched = new LinkedHashMap<>();
    private final List<NewEmail> emails = new ArrayList<>();
    private final List<NewIdentity> identities = new ArrayList<>();
    private final List<Label> tags = new ArrayList<>();
    private final List<Label> products = new ArrayList<>();
    private final List<Conflict> conflicts = new ArrayList<>();
    private final List<FieldChange> audit = new ArrayList<>();
    private final List<ConsentEvent> consent = new ArrayList<>();
    private final List<Long> answeredConsent = new ArrayList<>();
    private final List<ChangeLine> changes = new ArrayList<>();

    public void created(ContactState contact) {
        created.add(contact);
    }

    /** A loaded contact that may have changed: written if it did. */
    public void touched(ContactState contact) {
        touched.put(contact.id(), contact);
    }

    public void email(NewEmail email) {
        emails.add(email);
    }

    public void identity(NewIdentity identity) {
        identities.add(identity);
    }

    public void tag(Label label) {
        tags.add(label);
    }

    public void product(Label label) {
        products.add(label);
    }

    public void conflict(Conflict conflict) {
        conflicts.add(conflict);
    }

    public void audit(FieldChange change) {
        audit.add(change);
    }

    public void consent(ConsentEvent event) {
        consent.add(event);
    }

    public void change(ChangeLine line) {
        changes.add(line);
    }

    public List<ChangeLine> changes() {
        return changes;
    }

    public List<ContactState> createdContacts() {
        return created;
    }

    /** The loaded contacts the chunk's rows reached; only those {@link ContactState#changed()} need writing. */
    public Iterable<ContactState> touchedContacts() {
        return touched.values();
    }

    public List<NewEmail> emails() {
        return emails;
    }

    public List<NewIdentity> identities() {
        return identities;
    }

    public List<Label> tags() {
        return tags;
    }

    public List<Label> products() {
        return products;
    }

    /** A contact whose open opt-out question newer evidence answered (docs/values.md "Consent"). */
    public void consentAnswered(long contact) {
        answeredConsent.add(contact);
    }

    public List<Long> answeredConsent() {
        return answeredConsent;
    }

    public List<Conflict> conflicts() {
        return conflicts;
    }

    public List<FieldChange> auditTrail() {
        return audit;
    }

    public List<ConsentEvent> consentEvents() {
        return consent;
    }
}
