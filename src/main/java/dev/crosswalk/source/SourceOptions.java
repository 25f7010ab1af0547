package dev.crosswalk.source;

import dev.crosswalk.source.mailchimp.MailchimpOptions;
import dev.crosswalk.source.manual.ManualOptions;
import dev.crosswalk.source.paypal.PayPalOptions;
import dev.crosswalk.source.tickettailor.TicketTailorOptions;
import java.util.Map;

/**
 * What the layouts take from configuration, typed: each layout's own options, and the consent role of each system
 * ({@link Sources#SYSTEMS}; a system not listed is authoritative). Built from the settings outside this package.
 */
public record SourceOptions(PayPalOptions paypal, TicketTailorOptions ticketTailor, MailchimpOptions mailchimp,
        ManualOptions manual, Map<String, ConsentRole> consentRoles) {

    public SourceOptions {
        consentRoles = Map.copyOf(consentRoles);
    }

    public ConsentRole consentRole(String system) {
        return consentRoles.getOrDefault(system, ConsentRole.AUTHORITATIVE);
    }
}
