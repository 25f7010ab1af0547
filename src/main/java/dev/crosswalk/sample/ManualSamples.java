package dev.crosswalk.sample;

import java.util.List;
import org.apache.commons.csv.QuoteMode;

/**
 * A hand-kept list as people save it from Excel: Windows-1252, yes/no answers, and their own column names — a hand-kept
 * list has no header of its own, so each name is one the default column mapping declares (crosswalk.manual.column.*),
 * but for a notes column the mapping leaves unread.
 */
final class ManualSamples {

    private ManualSamples() {
    }

    static SampleFormat<Contact> list() {
        List<Column<Contact>> c = List.of(
                Column.of("Email", r -> r.person().personalEmail()),
                Column.of("First Name", r -> r.person().first()),
                Column.of("Last Name", r -> r.person().last()),
                Column.of("Phone", r -> r.person().phone()),
                Column.of("City", r -> r.person().city()),
                Column.of("Country", r -> r.person().country()),
                Column.of("Newsletter", r -> r.chance(0.8) ? "yes" : "no"),
                Column.site("Notes", r -> r.chance(0.1) ? "Checked by hand, café sign-up sheet" : ""));
        return new SampleFormat<>("manual", "manual", "hand-kept list", SampleEncoding.WINDOWS_1252,
                QuoteMode.MINIMAL, c, Contact.listing(71, m -> m.in(Membership.MANUAL)));
    }
}
