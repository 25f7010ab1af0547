package dev.crosswalk.source.mailchimp;

import static dev.crosswalk.model.ContactField.FIRST_NAME;
import static dev.crosswalk.model.ContactField.LAST_NAME;
import static dev.crosswalk.model.ContactField.PHONE;

import dev.crosswalk.csv.CsvRow;
import dev.crosswalk.csv.Header;
import dev.crosswalk.model.ConsentObservation;
import dev.crosswalk.model.ContactData;
import dev.crosswalk.source.MappingContext;
import dev.crosswalk.source.RowMapper;
import dev.crosswalk.source.RowResult;
import dev.crosswalk.source.SourceFormat;
import dev.crosswalk.value.Dates;
import dev.crosswalk.value.Emails;
import dev.crosswalk.value.ExternalIds;
import dev.crosswalk.value.Lists;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Locale;

/**
 * One of the three files of a Mailchimp audience export. The audience's merge fields come first — the email column
 * is found by its name ({@code Email Address}, {@code Email}, …) wherever it is, else it is the first column,
 * whatever its label, as Mailchimp writes it — then the system columns from {@code MEMBER_RATING} on. Merge fields
 * may repeat system names, so a system column is the last one of its name after {@code MEMBER_RATING}, and the
 * file's status is told by its system columns: {@code CLEAN_TIME} is the cleaned file, {@code UNSUB_TIME} the
 * unsubscribed one, neither the subscribed one. Times are UTC.
 */
public final class MailchimpAudienceFormat implements SourceFormat {

    /** Which list of the audience a file holds. */
    public enum Status {
        SUBSCRIBED, UNSUBSCRIBED, CLEANED
    }

    static final String MEMBER_RATING = "MEMBER_RATING";

    /** Names of the email merge field, in order of preference; and of the other merge fields read. */
    private static final List<String> EMAIL = List.of("Email Address", "Email", "E-mail Address", "E-mail");
    private static final List<String> FIRST_NAME_COLUMNS = List.of("First Name", "FNAME");
    private static final List<String> LAST_NAME_COLUMNS = List.of("Last Name", "LNAME");
    private static final List<String> PHONE_COLUMNS = List.of("Phone Number", "Phone");

    private final Status status;
    private final List<String> groupColumns;

    /** {@code groupColumns}: interest-group columns whose values ({@code \,} escaping a comma) become tags. */
    public MailchimpAudienceFormat(Status status, List<String> groupColumns) {
        this.status = status;
        this.groupColumns = List.copyOf(groupColumns);
    }

    @Override
    public String name() {
        return "mailchimp-" + status.name().toLowerCase(Locale.ROOT);
    }

    @Override
    public boolean recognises(Header header) {
        return header.index(MEMBER_RATING) > 0 && status(header) == status;
    }

    @Override
    public String expectation() {
        String marker = switch (status) {
            case SUBSCRIBED -> "without UNSUB_TIME or CLEAN_TIME";
            case UNSUBSCRIBED -> "with UNSUB_TIME";
            case CLEANED -> "with CLEAN_TIME";
        };
        return "a Mailchimp audience export (" + name().substring("mailchimp-".length()) + " file): the merge "
                + "fields with Email Address (or the email first), then MEMBER_RATING and the system columns " + marker;
    }

    static Status status(Header header) {
        if (systemIndex(header, "CLEAN_TIME") >= 0) {
            return Status.CLEANED;
        }
        return systemIndex(header, "UNSUB_TIME") >= 0 ? Status.UNSUBSCRIBED : Status.SUBSCRIBED;
    }

    /** The last column of that name after MEMBER_RATING, or -1. */
    static int systemIndex(Header header, String name) {
        int start = header.names().lastIndexOf(MEMBER_RATING);
        int index = header.names().lastIndexOf(name);
        return start >= 0 && index > start ? index : -1;
    }

    @Override
    public RowMapper bind(Header header, MappingContext context) {
        String system = context.source().system();
        int euid = systemIndex(header, "EUID");
        int tags = systemIndex(header, "TAGS");
        List<Integer> observedAt = switch (status) {
            case SUBSCRIBED -> List.of(systemIndex(header, "CONFIRM_TIME"), systemIndex(header, "OPTIN_TIME"),
                    systemIndex(header, "LAST_CHANGED"));
            case UNSUBSCRIBED -> List.of(systemIndex(header, "UNSUB_TIME"), systemIndex(header, "LAST_CHANGED"));
            case CLEANED -> List.of();
        };
        List<String> groups = groupColumns.stream().filter(header::has).toList();
        int email = Math.max(mergeField(header, EMAIL), 0);
        int firstName = mergeField(header, FIRST_NAME_COLUMNS);
        int lastName = mergeField(header, LAST_NAME_COLUMNS);
        int phone = mergeField(header, PHONE_COLUMNS);
        String emailColumn = email == 0 ? "the first column (" + header.names().get(0) + ")"
                : "the column " + header.names().get(email);
        return row -> {
            ContactData contact = new ContactData()
                    .email(Emails.normalise(row.get(email)), Emails.display(row.get(email)), "primary")
                    .identity(system, ExternalIds.normalise(row.get(euid)))
                    .field(FIRST_NAME, row.get(firstName))
                    .field(LAST_NAME, row.get(lastName))
                    .field(PHONE, row.get(phone))
                    .tags(Lists.mailchimpTags(row.get(tags)))
                    .undeliverable(status == Status.CLEANED);
            if (contact.primaryEmail() == null) {
                return new RowResult.Rejected("no email in " + emailColumn);
            }
            groups.forEach(column -> contact.tags(Lists.mailchimpGroups(row.get(column))));
            if (status != Status.CLEANED) {
                contact.consent(new ConsentObservation(status == Status.SUBSCRIBED,
                        observedAt(row, observedAt, context.fileObservedAt())));
            }
            return new RowResult.Mapped(contact);
        };
    }

    /** The first merge field (before MEMBER_RATING) with one of the names, in any letter case; or -1. */
    static int mergeField(Header header, List<String> names) {
        int end = header.names().indexOf(MEMBER_RATING);
        for (String name : names) {
            int index = header.indexIgnoringCase(name);
            if (index >= 0 && (end < 0 || index < end)) {
                return index;
            }
        }
        return -1;
    }

    /** The first of the row's time columns that holds a time, else when the file was exported. */
    private static Instant observedAt(CsvRow row, List<Integer> columns, Instant fileTime) {
        for (int column : columns) {
            Instant at = Dates.localDateTime(row.get(column), ZoneOffset.UTC);
            if (at != null) {
                return at;
            }
        }
        return fileTime;
    }
}
