package dev.crosswalk.source.layout;

import dev.crosswalk.model.ContactData;
import dev.crosswalk.source.RowResult;

/** What the steps have made of one row so far: the contact, the parts of its transaction or subscription, or its outcome. */
public final class Draft {

    private final Layout.Kind kind;
    private final ContactData contact = new ContactData();
    private final Object[] parts;
    private RowResult outcome;

    Draft(Layout.Kind kind) {
        this.kind = kind;
        this.parts = switch (kind) {
            case CONTACT -> null;
            case TRANSACTION -> new Object[Money.values().length];
            case SUBSCRIPTION -> new Object[Plan.values().length];
        };
    }

    public ContactData contact() {
        return contact;
    }

    public Object money(Money part) {
        return parts[part.ordinal()];
    }

    public void money(Money part, Object value) {
        parts[part.ordinal()] = value;
    }

    void plan(Plan part, Object value) {
        parts[part.ordinal()] = value;
    }

    /** The row is rejected for this reason: it is reported for correction. */
    public void reject(String reason) {
        outcome = new RowResult.Rejected(reason);
    }

    /** The row is not about a customer: counted with this reason, not imported. */
    public void skip(String reason) {
        outcome = new RowResult.Skipped(reason);
    }

    RowResult outcome() {
        return outcome;
    }

    RowResult result() {
        return switch (kind) {
            case CONTACT -> RowResult.mapped(contact);
            case TRANSACTION -> RowResult.mapped(contact, Money.assemble(parts));
            case SUBSCRIPTION -> RowResult.mapped(contact, Plan.assemble(parts));
        };
    }
}
