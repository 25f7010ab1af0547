package dev.crosswalk.source.mailchimp;

import static dev.crosswalk.model.ContactField.FIRST_NAME;
import static dev.crosswalk.model.ContactField.LAST_NAME;
import static dev.crosswalk.model.ContactField.PHONE;
import static dev.crosswalk.source.layout.Reader.cell;
import static dev.crosswalk.source.layout.Reader.id;
import static dev.crosswalk.source.layout.Reader.of;

import dev.crosswalk.csv.Header;
import dev.crosswalk.model.ConsentObservation;
import dev.crosswalk.source.layout.Layout;
import dev.crosswalk.source.layout.LayoutBuilder;
import dev.crosswalk.source.layout.LayoutColumn;
import dev.crosswalk.source.layout.Locator;
import dev.crosswalk.source.layout.NameHooks;
import dev.crosswalk.source.layout.LayoutRow;
import dev.crosswalk.value.Dates;
import dev.crosswalk.value.Lists;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * The three files of a Mailchimp audience export, as declarations. The audience's merge fields come first — the
 * email column is found by its name ({@code Email Address}, {@code Email}, …) wherever it is, else it is the first
 * column, whatever its label, as Mailchimp writes it — then the system columns from {@code MEMBER_RATING} on. Merge
 * fields may repeat system names, so a system column is the last one of its name after {@code MEMBER_RATING}, and
 * the file's status is told by its system columns: {@code CLEAN_TIME} is the cleaned file, {@code UNSUB_TIME} the
 * unsubscribed one, neither the subscribed one. Times are UTC. An audience with one {@code Name} merge field instead
 * of First Name and Last Name has it split ({@link NameHooks#splitTypedWhenUnnamed}).
 */
public final class MailchimpLayouts {

    /** Which list of the audience a file holds. */
    public enum Status {
        SUBSCRIBED, UNSUBSCRIBED, CLEANED
    }

    static final String MEMBER_RATING = "MEMBER_RATING";

    /** A merge field: the first of its names (any letter case) before MEMBER_RATING. */
    static final Locator MERGE_FIELD = (header, names) -> {
        int end = header.names().indexOf(MEMBER_RATING);
        for (String name : names) {
            int index = header.indexIgnoringCase(name);
            if (index >= 0 && (end < 0 || index < end)) {
                return index;
            }
        }
        return -1;
    };

    /** The email merge field, else the first column, as Mailchimp writes the email first whatever its label. */
    static final Locator EMAIL_FIELD = (header, names) -> Math.max(MERGE_FIELD.locate(header, names), 0);

    /** A system column: the last column of its name after MEMBER_RATING. */
    static final Locator SYSTEM_COLUMN = (header, names) -> systemIndex(header, names.get(0));

    /** The system columns every file ends with, then each file's own. */
    private static final List<String> SYSTEM = List.of(MEMBER_RATING, "OPTIN_TIME", "OPTIN_IP", "CONFIRM_TIME",
            "CONFIRM_IP", "LATITUDE", "LONGITUDE", "GMTOFF", "DSTOFF", "TIMEZONE", "CC", "REGION");
    private static final List<String> TRAILING = List.of("LEID", "EUID", "NOTES", "TAGS");

    private MailchimpLayouts() {
    }

    public static Layout audience(Status status, MailchimpOptions options) {
        String name = "mailchimp-" + status.name().toLowerCase(Locale.ROOT);
        String marker = switch (status) {
            case SUBSCRIBED -> "without UNSUB_TIME or CLEAN_TIME";
            case UNSUBSCRIBED -> "with UNSUB_TIME";
            case CLEANED -> "with CLEAN_TIME";
        };
        LayoutBuilder b = Layout.builder(name, Layout.Kind.CONTACT)
                .recognisedOnlyIf(header -> header.index(MEMBER_RATING) > 0 && status(header) == status)
                .expectation("a Mailchimp audience export (" + name.substring("mailchimp-".length()) + " file): the"
                        + " merge fields with Email Address (or the email first), then MEMBER_RATING and the system"
                        + " columns " + marker)
                .writes(header(status));
        LayoutColumn email = b.column(EMAIL_FIELD, List.of("Email Address", "Email", "E-mail Address", "E-mail"));
        b.locator(MERGE_FIELD)
                .email(cell(email), "primary")
                .identity("", id(b.column(SYSTEM_COLUMN, List.of("EUID"))))
                .field(FIRST_NAME, cell(b.column("First Name", "FNAME")))
                .field(LAST_NAME, cell(b.column("Last Name", "LNAME")))
                .field(PHONE, cell(b.column("Phone Number", "Phone")))
                .hook(NameHooks.splitTypedWhenUnnamed(b.feeds("name", b.column("Name", "Full Name"))))
                .tags(of(b.optional(SYSTEM_COLUMN, List.of("TAGS")), Lists::mailchimpTags));
        if (status == Status.CLEANED) {
            b.undeliverable();
        }
        b.hook((row, draft) -> {
            if (draft.contact().primaryEmail() == null) {
                String column = row.headerName(email);
                draft.reject("no email in " + (row.position(email) == 0 ? "the first column (" + column + ")"
                        : "the column " + column));
            }
        });
        b.locator(Locator.EXACT);
        for (String group : options.groupColumns()) {
            b.tags(of(b.column(group), Lists::mailchimpGroups));
        }
        // when the member's record last changed: what the row says about the person was true then
        LayoutColumn lastChanged = b.column(SYSTEM_COLUMN, List.of("LAST_CHANGED"));
        b.evidence(row -> Dates.localDateTime(row.cell(lastChanged), ZoneOffset.UTC));
        if (status != Status.CLEANED) {
            List<LayoutColumn> times = (status == Status.SUBSCRIBED ? List.of("CONFIRM_TIME", "OPTIN_TIME",
                    "LAST_CHANGED") : List.of("UNSUB_TIME", "LAST_CHANGED")).stream()
                    .map(time -> b.column(SYSTEM_COLUMN, List.of(time))).toList();
            b.consent(row -> observed(row, status == Status.SUBSCRIBED, times));
        }
        return b.build();
    }

    /** Dated by the first of the row's time columns that holds a time, else undated: when the file was exported. */
    private static ConsentObservation observed(LayoutRow row, boolean subscribed, List<LayoutColumn> columns) {
        for (LayoutColumn column : columns) {
            Instant at = Dates.localDateTime(row.cell(column), ZoneOffset.UTC);
            if (at != null) {
                return new ConsentObservation(subscribed, at);
            }
        }
        return new ConsentObservation(subscribed, row.fileObservedAt(), false);
    }

    /** The header of the file: the audience's default merge fields, then the system columns of its status. */
    private static List<String> header(Status status) {
        List<String> names = new ArrayList<>(List.of("Email Address", "First Name", "Last Name", "Phone Number"));
        names.addAll(SYSTEM);
        names.addAll(switch (status) {
            case SUBSCRIBED -> List.of("LAST_CHANGED");
            case UNSUBSCRIBED -> List.of("UNSUB_TIME", "UNSUB_CAMPAIGN_TITLE", "UNSUB_CAMPAIGN_ID", "UNSUB_REASON",
                    "UNSUB_REASON_OTHER");
            case CLEANED -> List.of("CLEAN_TIME", "CLEAN_CAMPAIGN_TITLE", "CLEAN_CAMPAIGN_ID");
        });
        names.addAll(TRAILING);
        return names;
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
}
