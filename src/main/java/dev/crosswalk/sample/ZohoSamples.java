package dev.crosswalk.sample;

import dev.crosswalk.source.zoho.ZohoLayout;
import java.time.Duration;
import java.util.List;
import java.util.Locale;
import org.apache.commons.csv.QuoteMode;

/**
 * Zoho CRM's Contacts export (docs/sources.md): lookup fields as {@code X.id} plus {@code X}, Record Id with and
 * without {@code zcrm_}, the work address as Email and the personal one as Secondary Email, lower-case
 * true/false opt-outs, zone-less times.
 */
final class ZohoSamples {

    private static final String OWNER_ID = "3811008000000401001";
    private static final String OWNER = "Dana Whitfield";

    private ZohoSamples() {
    }

    static SampleFormat<Contact> contacts() {
        List<Column<Contact>> c = List.of(
                Column.of("Record Id", r -> (r.chance(0.7) ? "zcrm_" : "") + "3811008"
                        + String.format(Locale.ROOT, "%012d", r.person().index())),
                Column.of("Contact Owner.id", r -> OWNER_ID),
                Column.of("Contact Owner", r -> OWNER),
                Column.of("Lead Source", r -> r.chance(0.5) ? "Web Download" : "Event"),
                Column.of("First Name", r -> r.chance(0.1) ? r.person().first().toUpperCase(Locale.ROOT)
                        : r.person().first()),
                Column.of("Last Name", r -> r.person().last()),
                Column.of("Account Name.id", r -> "3811008000000" + (500_000 + r.person().company().length())),
                Column.of("Account Name", r -> r.person().company().substring(0, 1).toUpperCase(Locale.ROOT)
                        + r.person().company().substring(1) + " Inc."),
                Column.of("Email", r -> r.person().index() % 2 == 0 ? r.person().workEmail()
                        : r.person().personalEmail()),
                Column.of("Secondary Email", r -> !r.chance(0.4) ? "" : r.person().index() % 2 == 0
                        ? r.person().personalEmail() : r.person().workEmail()),
                Column.of("Title", r -> r.chance(0.3) ? "Program Director" : ""),
                Column.blank("Department"),
                Column.of("Phone", r -> r.person().phone()),
                Column.blank("Mobile"),
                Column.of("Created By.id", r -> OWNER_ID),
                Column.of("Created By", r -> OWNER),
                Column.of("Modified By.id", r -> OWNER_ID),
                Column.of("Modified By", r -> OWNER),
                Column.of("Created Time", r -> SampleText.LOCAL_TIME.format(r.person().createdAt())),
                Column.of("Modified Time", r -> SampleText.LOCAL_TIME.format(
                        r.person().createdAt().plus(Duration.ofDays(30)))),
                Column.of("Contact Name", r -> r.person().name()),
                Column.of("Description", r -> r.chance(0.05) ? "Met at the retreat, asked about\nteacher training"
                        : ""),
                Column.of("Email Opt Out", r -> r.chance(0.1) ? "true" : "false"),
                Column.blank("Salutation"),
                Column.blank("Last Activity Time"),
                Column.of("Tag", r -> r.chance(0.3) ? "Partner,Newsletter" : ""),
                Column.of("Mailing Street", r -> r.person().street()),
                Column.of("Mailing City", r -> r.person().city()),
                Column.of("Mailing State", r -> r.person().state()),
                Column.of("Mailing Zip", r -> r.person().zip()),
                Column.of("Mailing Country", r -> r.person().country()),
                Column.blank("Unsubscribed Mode"),
                Column.blank("Unsubscribed Time"),
                Column.of("Products", r -> r.person().products()));
        return new SampleFormat<>("zoho", "zoho", "Zoho CRM contacts", SampleEncoding.UTF8_BOM, QuoteMode.MINIMAL,
                DeclaredColumns.of(ZohoLayout.contacts().header(), c),
                Contact.listing(41, m -> m.in(Membership.ZOHO)));
    }
}
