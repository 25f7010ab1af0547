package dev.crosswalk.source.layout;

import static dev.crosswalk.model.ContactField.FIRST_NAME;
import static dev.crosswalk.model.ContactField.LAST_NAME;

import dev.crosswalk.model.ContactData;
import dev.crosswalk.value.Names;
import java.util.function.Function;

/** Named hooks for sources that give a person's name in one column. */
public final class NameHooks {

    private NameHooks() {
    }

    /** The full name split into first and last, when the row gave neither (an organisation's name is kept whole). */
    public static Step splitWhenUnnamed(LayoutColumn fullName) {
        return whenUnnamed(fullName, Names::split);
    }

    /**
     * A name a person typed into one form field split into first and last, when the row gave neither: as above,
     * but a name with a comma is kept whole as the first name ({@link Names#splitTyped}).
     */
    public static Step splitTypedWhenUnnamed(LayoutColumn fullName) {
        return whenUnnamed(fullName, Names::splitTyped);
    }

    private static Step whenUnnamed(LayoutColumn fullName, Function<String, Names.PersonName> rule) {
        return (row, draft) -> {
            ContactData contact = draft.contact();
            if (!contact.fields().containsKey(FIRST_NAME) && !contact.fields().containsKey(LAST_NAME)) {
                store(contact, rule.apply(row.cell(fullName)));
            }
        };
    }

    /** The full name split into first and last, whatever else the row gave (the only name a payment states). */
    public static Step split(LayoutColumn fullName) {
        return (row, draft) -> split(draft.contact(), row.cell(fullName));
    }

    /**
     * A blank last name taken from the full name when it starts with the first name ("Pat Example" with first name
     * "Pat"), as Kajabi leaves Last Name blank for people who signed up with one name field.
     */
    public static Step lastNameAfterFirst(LayoutColumn fullName, LayoutColumn firstName) {
        return (row, draft) -> {
            if (!draft.contact().fields().containsKey(LAST_NAME)) {
                draft.contact().field(LAST_NAME, Names.lastNameAfter(row.cell(fullName), row.cell(firstName)));
            }
        };
    }

    private static void split(ContactData contact, String fullName) {
        store(contact, Names.split(fullName));
    }

    private static void store(ContactData contact, Names.PersonName name) {
        if (name != null) {
            contact.field(FIRST_NAME, name.first()).field(LAST_NAME, name.last());
        }
    }
}
