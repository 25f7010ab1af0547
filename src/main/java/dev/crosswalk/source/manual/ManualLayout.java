package dev.crosswalk.source.manual;

import static dev.crosswalk.model.ContactField.FIRST_NAME;
import static dev.crosswalk.model.ContactField.LAST_NAME;
import static dev.crosswalk.source.layout.Reader.cell;
import static dev.crosswalk.source.layout.Reader.of;

import dev.crosswalk.csv.Header;
import dev.crosswalk.model.ConsentObservation;
import dev.crosswalk.model.ContactField;
import dev.crosswalk.model.EmailAddress;
import dev.crosswalk.source.layout.Layout;
import dev.crosswalk.source.layout.LayoutBuilder;
import dev.crosswalk.source.layout.LayoutColumn;
import dev.crosswalk.source.layout.Locator;
import dev.crosswalk.source.layout.NameHooks;
import dev.crosswalk.value.Booleans;
import dev.crosswalk.value.Lists;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Predicate;
import java.util.stream.Stream;

/**
 * A hand-kept list, as a declaration whose column names are the operator's: any CSV whose columns the header mapping
 * in configuration names ({@code crosswalk.manual.column.<key>}). Only an email column is required; a cell may hold
 * several addresses (the first is the primary). A yes in the opt-in column is an opt-in observed when the file was
 * exported; any other answer states nothing, since a blank or "no" on a hand-kept list is not someone asking to be
 * unsubscribed. An export another inbox reads is refused here, so it cannot arrive as hand-checked (locked) data.
 */
public final class ManualLayout {

    static final String EMAIL = "email";
    static final String NAME = "name";
    static final String TAGS = "tags";
    static final String OPT_IN = "opt-in";

    /** The mapping keys of plain contact fields and the field each fills. */
    private static final Map<String, ContactField> FIELDS = fields();

    private ManualLayout() {
    }

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

    /**
     * {@code otherSourceFile}: whether a header is an export another inbox reads. The header it writes is each key's
     * first name, in the order of {@link #keys()}, for the keys that have one.
     */
    public static Layout list(ManualOptions options, Predicate<Header> otherSourceFile) {
        LayoutBuilder b = Layout.builder("manual-list", Layout.Kind.CONTACT)
                .locator(Locator.LEFTMOST_ANY_CASE)
                .expectation("a hand-kept list with an email column named " + String.join(" or ",
                        options.names(EMAIL)) + " (set crosswalk.manual.column.email), not an export another inbox"
                        + " reads")
                .writes(keys().stream().filter(key -> !options.names(key).isEmpty())
                        .map(key -> options.names(key).get(0)).toList());
        LayoutColumn email = column(b, options, EMAIL);
        b.requiresAny(email).recognisedOnlyIf(otherSourceFile.negate())
                .emails(cell(email));
        FIELDS.forEach((key, field) -> b.field(field, cell(column(b, options, key))));
        LayoutColumn optIn = column(b, options, OPT_IN);
        return b.hook(NameHooks.splitWhenUnnamed(column(b, options, NAME)))
                .tags(of(column(b, options, TAGS), Lists::commaOrSemicolonSeparated))
                .consent(row -> Boolean.TRUE.equals(Booleans.isYes(row.cell(optIn), options.yesValues()))
                        ? new ConsentObservation(true, row.fileObservedAt(), false) : null)
                // the list knows the person by their address: an identity of the list, so that "a hand-kept list
                // knows this contact" is recorded whichever source created it (lock classification, docs/values.md)
                .hook((row, draft) -> {
                    EmailAddress primary = draft.contact().primaryEmail();
                    if (primary != null) {
                        draft.contact().identity(row.system(), primary.key());
                    }
                })
                .build();
    }

    private static LayoutColumn column(LayoutBuilder b, ManualOptions options, String key) {
        return b.column(Locator.LEFTMOST_ANY_CASE, options.names(key));
    }
}
