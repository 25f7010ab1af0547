package dev.crosswalk.source.mailchimp;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.crosswalk.csv.Header;
import dev.crosswalk.source.layout.Layout;
import dev.crosswalk.source.mailchimp.MailchimpLayouts.Status;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Which file of an audience a header is: only system columns (from MEMBER_RATING on) decide. */
class MailchimpLayoutsTest {

    private static Header header(String... names) {
        return Header.of(List.of(names));
    }

    @Test
    void theSystemColumnsTellTheThreeFilesApart() {
        assertEquals(Status.SUBSCRIBED, MailchimpLayouts.status(
                header("Email Address", "MEMBER_RATING", "OPTIN_TIME", "LAST_CHANGED", "LEID", "EUID")));
        assertEquals(Status.UNSUBSCRIBED, MailchimpLayouts.status(
                header("Email Address", "MEMBER_RATING", "REGION", "UNSUB_TIME", "UNSUB_REASON")));
        assertEquals(Status.CLEANED, MailchimpLayouts.status(
                header("Email Address", "MEMBER_RATING", "REGION", "CLEAN_TIME", "CLEAN_CAMPAIGN_ID")));
    }

    @Test
    void aMergeFieldNamedLikeASystemColumnDecidesNothing() {
        Header subscribed = header("Email", "UNSUB_TIME", "CLEAN_TIME", "MEMBER_RATING", "OPTIN_TIME", "EUID");
        assertEquals(Status.SUBSCRIBED, MailchimpLayouts.status(subscribed));
        assertEquals(-1, MailchimpLayouts.systemIndex(subscribed, "UNSUB_TIME"));
        Header repeated = header("Email", "UNSUB_REASON", "MEMBER_RATING", "UNSUB_TIME", "UNSUB_REASON");
        assertEquals(4, MailchimpLayouts.systemIndex(repeated, "UNSUB_REASON"));
    }

    @Test
    void onlyAHeaderWithMemberRatingAfterTheEmailIsMailchimp() {
        Layout subscribed = MailchimpLayouts.audience(Status.SUBSCRIBED, new MailchimpOptions(List.of()));
        assertTrue(subscribed.recognises(header("Email Address", "First Name", "MEMBER_RATING", "TAGS")));
        assertFalse(subscribed.recognises(header("MEMBER_RATING", "Email Address")));
        assertFalse(subscribed.recognises(header("Email", "First Name", "Last Name")));
        assertFalse(MailchimpLayouts.audience(Status.CLEANED, new MailchimpOptions(List.of()))
                .recognises(header("Email Address", "MEMBER_RATING", "UNSUB_TIME")));
    }
}
