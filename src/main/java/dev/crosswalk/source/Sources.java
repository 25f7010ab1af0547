package dev.crosswalk.source;

import dev.crosswalk.config.CrosswalkSettings;
import dev.crosswalk.csv.Header;
import dev.crosswalk.model.LockLevel;
import dev.crosswalk.source.kajabi.KajabiPeopleFormat;
import dev.crosswalk.source.kajabi.KajabiSegmentFormat;
import dev.crosswalk.source.mailchimp.MailchimpAudienceFormat;
import dev.crosswalk.source.mailchimp.MailchimpAudienceFormat.Status;
import dev.crosswalk.source.manual.ManualListFormat;
import dev.crosswalk.source.zoho.ZohoContactsFormat;
import dev.crosswalk.source.kajabi.KajabiSubscriptionsFormat;
import dev.crosswalk.source.kajabi.KajabiTransactionsFormat;
import dev.crosswalk.source.paypal.PayPalActivityFormat;
import dev.crosswalk.source.tickettailor.TicketTailorOrdersFormat;
import dev.crosswalk.value.DateOrder;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Predicate;

/** Every source Crosswalk reads, keyed by the name of its inbox folder. */
public final class Sources {

    private static final String MANUAL = "manual";

    private final Map<String, SourceDefinition> byName = new LinkedHashMap<>();

    public Sources(CrosswalkSettings settings) {
        add(settings, "kajabi", "kajabi", LockLevel.UNLOCKED, null, new KajabiPeopleFormat(),
                new KajabiSubscriptionsFormat(), new KajabiTransactionsFormat());
        add(settings, "kajabi-subscribed", "kajabi", LockLevel.UNLOCKED, null, new KajabiSegmentFormat(true));
        add(settings, "kajabi-unsubscribed", "kajabi", LockLevel.UNLOCKED, null, new KajabiSegmentFormat(false));
        add(settings, "paypal", "paypal", LockLevel.UNLOCKED, null, PayPalActivityFormat.all(
                settings.paypalDayFirstDates() ? DateOrder.DAY_FIRST : DateOrder.MONTH_FIRST)
                .toArray(SourceFormat[]::new));
        add(settings, "ticket-tailor", "ticket-tailor", LockLevel.UNLOCKED, null,
                new TicketTailorOrdersFormat(settings.ticketTailorOptInColumn(),
                        settings.ticketTailorOptInYesValues()));
        add(settings, "zoho", "zoho", LockLevel.UNLOCKED, null, new ZohoContactsFormat());
        List<String> groups = settings.mailchimpGroupColumns();
        add(settings, "mailchimp", "mailchimp", LockLevel.UNLOCKED, null,
                new MailchimpAudienceFormat(Status.SUBSCRIBED, groups),
                new MailchimpAudienceFormat(Status.UNSUBSCRIBED, groups),
                new MailchimpAudienceFormat(Status.CLEANED, groups));
        add(settings, MANUAL, MANUAL, LockLevel.FULL_LOCK, "manual", manualList(settings));
    }

    /** Hand-checked data: its contacts start FULL_LOCK. An export that another inbox reads is refused here. */
    private ManualListFormat manualList(CrosswalkSettings settings) {
        Map<String, List<String>> columns = new LinkedHashMap<>();
        ManualListFormat.keys().forEach(key -> columns.put(key, settings.manualColumns(key)));
        Predicate<Header> otherSourceFile = header -> byName.values().stream()
                .filter(source -> !source.name().equals(MANUAL))
                .anyMatch(source -> source.formats().stream().anyMatch(format -> format.recognises(header)));
        return new ManualListFormat(columns, settings.manualOptInYesValues(), otherSourceFile);
    }

    private void add(CrosswalkSettings settings, String name, String system, LockLevel lock, String lockReason,
            SourceFormat... formats) {
        ConsentRole role = ConsentRole.parse(settings.consentRole(system, "authoritative"));
        byName.put(name, new SourceDefinition(name, system, lock, lockReason, role, List.of(formats)));
    }

    public Optional<SourceDefinition> find(String name) {
        return Optional.ofNullable(byName.get(name));
    }

    public List<SourceDefinition> all() {
        return List.copyOf(byName.values());
    }

    public List<String> names() {
        return List.copyOf(byName.keySet());
    }
}
