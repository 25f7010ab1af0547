package dev.crosswalk.adopt;

import java.util.Locale;
import java.util.Map;

/**
 * Source names as the legacy scripts spell them (ticket_tailor, ticket-tailor, Ticket Tailor, PayPal) mapped to
 * Crosswalk's: compared case-insensitively with '-', '_' and space alike.
 */
final class LegacySources {

    private static final Map<String, String> KNOWN = Map.of("kajabi", "kajabi", "zoho", "zoho",
            "ticket-tailor", "ticket-tailor", "paypal", "paypal", "manual", "manual", "mailchimp", "mailchimp",
            "quickbooks", "quickbooks");

    private LegacySources() {
    }

    /** The spelling compared: lower case, separators as '-'. */
    static String folded(String value) {
        return value == null ? null : value.strip().toLowerCase(Locale.ROOT).replaceAll("[-_\\s]+", "-");
    }

    /** The name Crosswalk stores: its own for a source it knows, else the folded spelling; legacy when blank. */
    static String crosswalkName(String value) {
        String known = known(value);
        return known != null ? known : value == null ? PeopleMapping.LEGACY : folded(value);
    }

    /** Crosswalk's name for a legacy source, or null when it is none Crosswalk knows. */
    static String known(String value) {
        return value == null ? null : KNOWN.get(folded(value));
    }
}
