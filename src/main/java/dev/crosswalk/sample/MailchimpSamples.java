package dev.crosswalk.sample;

import dev.crosswalk.source.mailchimp.MailchimpLayouts;
import dev.crosswalk.source.mailchimp.MailchimpLayouts.Status;
import dev.crosswalk.source.mailchimp.MailchimpOptions;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.apache.commons.csv.QuoteMode;

/**
 * Mailchimp's audience export, one file per status (docs/sources.md): merge-field columns first, then the system
 * columns; the unsubscribed and cleaned files carry their own time columns. {@code TAGS} holds quoted tags in one
 * cell ({@code """VIP"",""Blog"""}), a group value escapes its comma as {@code \,}, and most rows end with an
 * empty last column.
 */
final class MailchimpSamples {

    /** Of the unsubscribed members who are Kajabi subscribers, one in this many left just before the reference date. */
    private static final int LATE_OPT_OUT_EVERY = 40;

    private MailchimpSamples() {
    }

    /**
     * When the member's status last changed: 90 days after they joined, except a handful of Kajabi subscribers who
     * unsubscribed in Mailchimp a few hours before the reference date, after the Kajabi segment export stated
     * their opt-in (the demo's exports are dated the day before): an opt-out of a protected opt-in to decide.
     */
    private static Instant changedAt(Contact r, Status status) {
        long index = r.person().index();
        boolean lateOptOut = status == Status.UNSUBSCRIBED && index % LATE_OPT_OUT_EVERY == 0
                && r.people().in(index, Membership.KAJABI_SUBSCRIBED);
        return lateOptOut ? r.people().asOf().minus(Duration.ofHours(3))
                : r.person().createdAt().plus(Duration.ofDays(90));
    }

    static SampleFormat<Contact> audience(Status status) {
        List<Column<Contact>> c = new ArrayList<>(List.of(
                Column.of("Email Address", r -> r.person().personalEmail()),
                // a few subscribers gave Mailchimp the name they go by: a real difference for a reviewer
                Column.of("First Name", r -> r.chance(0.05) ? r.person().nickname() : r.person().first()),
                Column.of("Last Name", r -> r.person().last()),
                Column.of("Phone Number", r -> r.chance(0.2) ? r.person().phone() : ""),
                Column.site("Interests", r -> r.chance(0.2) ? "Retreats\\, Europe,Courses" : ""),
                Column.of("MEMBER_RATING", r -> Integer.toString(1 + r.random().nextInt(5))),
                Column.blank("OPTIN_TIME"), Column.blank("OPTIN_IP"),
                Column.of("CONFIRM_TIME", r -> SampleText.LOCAL_TIME.format(r.person().createdAt())),
                Column.blank("CONFIRM_IP"),
                Column.of("LATITUDE", r -> "40.0150000"), Column.of("LONGITUDE", r -> "-105.2705000"),
                Column.of("GMTOFF", r -> "-7"), Column.of("DSTOFF", r -> "-6"),
                Column.of("TIMEZONE", r -> "America/Denver"),
                Column.of("CC", r -> "US"), Column.of("REGION", r -> r.person().state())));
        String timeColumn = switch (status) {
            case SUBSCRIBED -> "LAST_CHANGED";
            case UNSUBSCRIBED -> "UNSUB_TIME";
            case CLEANED -> "CLEAN_TIME";
        };
        c.add(Column.of(timeColumn, r -> SampleText.LOCAL_TIME.format(changedAt(r, status))));
        if (status == Status.UNSUBSCRIBED) {
            c.add(Column.of("UNSUB_CAMPAIGN_TITLE", r -> "November Newsletter"));
            c.add(Column.of("UNSUB_CAMPAIGN_ID", r -> "8a1f2c3d4e"));
            c.add(Column.of("UNSUB_REASON", r -> "NORMAL"));
            c.add(Column.blank("UNSUB_REASON_OTHER"));
        } else if (status == Status.CLEANED) {
            c.add(Column.of("CLEAN_CAMPAIGN_TITLE", r -> "November Newsletter"));
            c.add(Column.of("CLEAN_CAMPAIGN_ID", r -> "8a1f2c3d4e"));
        }
        c.add(Column.of("LEID", r -> Long.toString(44_000_000L + r.person().index())));
        c.add(Column.of("EUID", r -> SampleRandom.code(r.person().index(), 10).toLowerCase(Locale.ROOT)));
        c.add(Column.blank("NOTES"));
        c.add(Column.of("TAGS", r -> r.chance(0.25) ? "\"VIP\",\"Blog\"" : ""));
        String name = "mailchimp-" + status.name().toLowerCase(Locale.ROOT);
        return new SampleFormat<>(name, "mailchimp", "Mailchimp " + status.name().toLowerCase(Locale.ROOT)
                + " members", SampleEncoding.UTF8, QuoteMode.MINIMAL, DeclaredColumns.of(MailchimpLayouts.audience(status,
                        new MailchimpOptions(List.of())).header(), c, "MEMBER_RATING"),
                Contact.listing(61, m -> m.in(Membership.MAILCHIMP) && status == statusOf(m)));
    }

    private static Status statusOf(Contact.Member m) {
        return m.in(Membership.MAILCHIMP_UNSUBSCRIBED) ? Status.UNSUBSCRIBED
                : m.in(Membership.MAILCHIMP_CLEANED) ? Status.CLEANED : Status.SUBSCRIBED;
    }
}
