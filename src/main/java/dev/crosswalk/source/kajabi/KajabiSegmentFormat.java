package dev.crosswalk.source.kajabi;

import static dev.crosswalk.model.ContactField.FIRST_NAME;
import static dev.crosswalk.model.ContactField.LAST_NAME;

import dev.crosswalk.csv.Header;
import dev.crosswalk.model.ConsentObservation;
import dev.crosswalk.model.ContactData;
import dev.crosswalk.source.MappingContext;
import dev.crosswalk.source.RowMapper;
import dev.crosswalk.source.RowResult;
import dev.crosswalk.source.SourceFormat;
import dev.crosswalk.value.Emails;
import java.util.List;

/**
 * A Kajabi segment export ({@code Name, First Name, Last Name, Email, Created At, Member Created At}): the only
 * place Kajabi states consent. The inbox folder says which list it is; every listed person is an observation,
 * made when the file was exported.
 */
public final class KajabiSegmentFormat implements SourceFormat {

    private static final List<String> REQUIRED = List.of("Name", "First Name", "Last Name", "Email", "Created At");

    private final boolean subscribed;

    public KajabiSegmentFormat(boolean subscribed) {
        this.subscribed = subscribed;
    }

    @Override
    public String name() {
        return subscribed ? "kajabi-subscribed-segment" : "kajabi-unsubscribed-segment";
    }

    /** A full people export (it has ID) is not a segment: dropped here it would opt everyone in or out. */
    @Override
    public boolean recognises(Header header) {
        return REQUIRED.stream().allMatch(header::has) && !header.has("ID");
    }

    @Override
    public String expectation() {
        return "a Kajabi segment export with exactly the columns " + String.join(", ", REQUIRED)
                + ", Member Created At (no ID column)";
    }

    @Override
    public RowMapper bind(Header header, MappingContext context) {
        ConsentObservation observation = new ConsentObservation(subscribed, context.fileObservedAt());
        return row -> RowResult.mapped(new ContactData()
                .email(Emails.normalise(row.get("Email")), Emails.display(row.get("Email")), "primary")
                .field(FIRST_NAME, row.get("First Name"))
                .field(LAST_NAME, row.get("Last Name"))
                .consent(observation));
    }
}
