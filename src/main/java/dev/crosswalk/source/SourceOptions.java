package dev.crosswalk.source;

import dev.crosswalk.source.mailchimp.MailchimpOptions;
import dev.crosswalk.source.manual.ManualOptions;
import dev.crosswalk.source.paypal.PayPalOptions;
import dev.crosswalk.source.tickettailor.TicketTailorOptions;
import java.util.Map;

/**
 * What the layouts take from configuration, typed: each layout's own options, the consent role of each system
 * ({@link Sources#SYSTEMS}; a system not listed is authoritative), and operators' column names for the fields of
 * each source. Built from the settings outside this package.
 */
public record SourceOptions(PayPalOptions paypal, TicketTailorOptions ticketTailor, MailchimpOptions mailchimp,
        ManualOptions manual, Map<String, ConsentRole> consentRoles, ColumnAliases columnAliases) {

    public SourceOptions {
        consentRoles = Map.copyOf(consentRoles);
    }

    /** Without column aliases: every column is found by the names its layout declares. */
    public SourceOptions(PayPalOptions paypal, TicketTailorOptions ticketTailor, MailchimpOptions mailchimp,
            ManualOptions manual, Map<String, ConsentRole> consentRoles) {
        this(paypal, ticketTailor, mailchimp, manual, consentRoles, ColumnAliases.NONE);
    }

    public ConsentRole consentRole(String system) {
        return consentRoles.getOrDefault(system, ConsentRole.AUTHORITATIVE);
    }
}
