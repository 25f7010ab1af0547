package dev.crosswalk.sample;

import dev.crosswalk.sample.Contact.Member;
import dev.crosswalk.source.kajabi.KajabiLayouts;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.apache.commons.csv.QuoteMode;

/** Kajabi's contact and consent exports (docs/sources.md), as column tables. */
final class KajabiSamples {

    static final String MULTI_LINE_ANSWER = "Growing\nand @learning, slowly";

    private KajabiSamples() {
    }

    /** "Export contacts": the 14 fixed columns, the built-in form fields, then one site's custom fields. */
    static SampleFormat<Contact> people() {
        List<Column<Contact>> c = new ArrayList<>(List.of(
                Column.of("Name", r -> r.chance(0.05) ? r.person().first() + " " + (char) ('A' + r.random().nextInt(26))
                        + ". " + r.person().last() : r.person().name()),
                Column.of("First Name", r -> r.person().first()),
                Column.of("Last Name", r -> r.person().last()),
                Column.of("Email", KajabiSamples::typedEmail),
                Column.of("Products", r -> r.person().products()),
                Column.of("Tags", r -> r.person().tags()),
                Column.of("ID", r -> r.person().kajabiId()),
                Column.of("Member ID", r -> nullToBlank(r.person().memberId())),
                Column.blank("External User ID"),
                Column.of("Created At", r -> SampleText.kajabiTime(r.person().createdAt())),
                Column.of("Member Created At", r -> r.person().memberId() == null ? ""
                        : SampleText.kajabiTime(r.person().createdAt().plus(Duration.ofDays(3)))),
                Column.of("Sign In Count", r -> Integer.toString(r.random().nextInt(60))),
                Column.of("Last Activity", r -> lastSeen(r)),
                Column.of("Last Sign In At", r -> lastSeen(r)),
                Column.of("First Name (name)", r -> r.person().first()),
                Column.of("Email (email)", r -> r.person().personalEmail()),
                Column.of("Phone Number (phone_number)", r -> r.chance(0.7) ? r.person().phone() : ""),
                Column.of("Mobile Phone Number (mobile_phone_number)", r -> r.chance(0.2)
                        ? "+1 " + r.person().phone() : ""),
                Column.of("Address (address_line_1)", r -> r.person().street()),
                Column.blank("Address Line 2 (address_line_2)"),
                Column.of("City (address_city)", r -> r.person().city()),
                Column.of("State (address_state)", r -> r.person().state()),
                Column.of("Country (address_country)", r -> r.person().country()),
                Column.of("Zip Code (address_zip)", r -> r.person().zip()),
                Column.blank("Business Number (business_number)"),
                Column.site("Source (custom_1)", r -> r.chance(0.3) ? "Podcast" : "Instagram"),
                Column.site("Last Name (custom_2)", r -> r.person().last()),
                // a site that collects card data in form fields: Crosswalk must never read these
                Column.site("Credit Card Number (custom_3)", r -> r.chance(0.03) ? "4111 1111 1111 1111" : ""),
                Column.site("Expiration (custom_4)", r -> r.chance(0.03) ? "12/29" : ""),
                Column.site("CW (custom_5)", r -> r.chance(0.03) ? "123" : ""),
                Column.site("I hereby authorize, as agreed, the charges  (custom_7)",
                        r -> r.person().memberId() != null ? "Yes" : ""),
                Column.site("What is your current practice status? (custom_13)",
                        r -> r.chance(0.05) ? MULTI_LINE_ANSWER : ""),
                Column.site("What is your current practice status? (custom_36)",
                        r -> r.chance(0.3) ? "Established, 10+ clients" : "")));
        return new SampleFormat<>("kajabi", "kajabi", "Kajabi people (Export contacts)", SampleEncoding.UTF8,
                QuoteMode.MINIMAL, DeclaredColumns.of(KajabiLayouts.people().header(), c), Contact.listing(11, m -> m.in(Membership.KAJABI)));
    }

    /** The subscribed or unsubscribed segment: the only place Kajabi states consent. */
    static SampleFormat<Contact> segment(boolean subscribed) {
        List<Column<Contact>> c = List.of(
                Column.of("Name", r -> r.person().name()),
                Column.of("First Name", r -> r.person().first()),
                Column.of("Last Name", r -> r.person().last()),
                Column.of("Email", r -> r.person().personalEmail()),
                Column.of("Created At", r -> SampleText.kajabiTime(r.person().createdAt())),
                Column.of("Member Created At", r -> r.person().memberId() == null ? ""
                        : SampleText.kajabiTime(r.person().createdAt().plus(Duration.ofDays(3)))));
        String name = subscribed ? "kajabi-subscribed" : "kajabi-unsubscribed";
        return new SampleFormat<>(name, name, "Kajabi " + (subscribed ? "subscribed" : "unsubscribed")
                + " segment", SampleEncoding.UTF8, QuoteMode.MINIMAL,
                DeclaredColumns.of(KajabiLayouts.segment(subscribed).header(), c),
                Contact.listing(12, (Member m) -> m.in(Membership.KAJABI)
                        && m.in(Membership.KAJABI_SUBSCRIBED) == subscribed));
    }

    /** As typed: mostly lower case, some capitalised, a few with stray spaces. */
    private static String typedEmail(Contact r) {
        String email = r.person().personalEmail();
        if (r.chance(0.1)) {
            email = email.substring(0, 1).toUpperCase(Locale.ROOT) + email.substring(1);
        }
        return r.chance(0.02) ? " " + email + " " : email;
    }

    private static String lastSeen(Contact r) {
        Instant created = r.person().createdAt();
        return r.chance(0.3) ? "" : SampleText.kajabiTime(created.plus(Duration.ofHours(r.random().nextInt(20_000))));
    }

    static String nullToBlank(String value) {
        return value == null ? "" : value;
    }
}
