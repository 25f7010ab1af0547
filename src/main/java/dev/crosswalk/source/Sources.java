package dev.crosswalk.source;

import dev.crosswalk.csv.Header;
import dev.crosswalk.model.LockLevel;
import dev.crosswalk.source.kajabi.KajabiLayouts;
import dev.crosswalk.source.layout.Layout;
import dev.crosswalk.source.layout.LayoutFormat;
import dev.crosswalk.source.mailchimp.MailchimpLayouts;
import dev.crosswalk.source.mailchimp.MailchimpLayouts.Status;
import dev.crosswalk.source.manual.ManualLayout;
import dev.crosswalk.source.paypal.PayPalLayouts;
import dev.crosswalk.source.tickettailor.TicketTailorLayout;
import dev.crosswalk.source.zoho.ZohoLayout;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.Predicate;

/** Every source Crosswalk reads, keyed by the name of its inbox folder, each with the layouts its files may have. */
public final class Sources {

    /** The systems sources belong to: the keys of their consent roles. */
    public static final List<String> SYSTEMS = List.of("kajabi", "paypal", "ticket-tailor", "zoho", "mailchimp",
            "manual");

    private static final String MANUAL = "manual";

    private final Map<String, SourceDefinition> byName = new LinkedHashMap<>();

    public Sources(SourceOptions options) {
        add(options, "kajabi", "kajabi", LockLevel.UNLOCKED, null, KajabiLayouts.people(),
                KajabiLayouts.subscriptions(), KajabiLayouts.transactions());
        add(options, "kajabi-subscribed", "kajabi", LockLevel.UNLOCKED, null, KajabiLayouts.segment(true));
        add(options, "kajabi-unsubscribed", "kajabi", LockLevel.UNLOCKED, null, KajabiLayouts.segment(false));
        add(options, "paypal", "paypal", LockLevel.UNLOCKED, null,
                PayPalLayouts.all(options.paypal()).toArray(Layout[]::new));
        add(options, "ticket-tailor", "ticket-tailor", LockLevel.UNLOCKED, null,
                TicketTailorLayout.orders(options.ticketTailor()));
        add(options, "zoho", "zoho", LockLevel.UNLOCKED, null, ZohoLayout.contacts());
        add(options, "mailchimp", "mailchimp", LockLevel.UNLOCKED, null,
                MailchimpLayouts.audience(Status.SUBSCRIBED, options.mailchimp()),
                MailchimpLayouts.audience(Status.UNSUBSCRIBED, options.mailchimp()),
                MailchimpLayouts.audience(Status.CLEANED, options.mailchimp()));
        add(options, MANUAL, MANUAL, LockLevel.FULL_LOCK, "auto: hand-kept list", ManualLayout.list(options.manual(), otherSourceFile()));
        options.columnAliases().bySource().keySet().stream().filter(source -> !byName.containsKey(source)).findFirst()
                .ifPresent(source -> {
                    throw new IllegalArgumentException("The setting " + ColumnAliases.setting(source) + "… names no"
                            + " source: the sources are " + String.join(", ", byName.keySet()) + ".");
                });
    }

    /** Hand-checked data starts FULL_LOCK: an export that another inbox reads is refused as a manual list. */
    private Predicate<Header> otherSourceFile() {
        return header -> byName.values().stream()
                .filter(source -> !source.name().equals(MANUAL))
                .anyMatch(source -> source.formats().stream().anyMatch(format -> format.recognises(header)));
    }

    /** A source and its layouts, each with the operator's column names for the fields it reads. */
    private void add(SourceOptions options, String name, String system, LockLevel lock, String lockReason,
            Layout... layouts) {
        Map<String, List<String>> aliases = options.columnAliases().of(name);
        Set<String> fields = new TreeSet<>();
        List.of(layouts).forEach(layout -> fields.addAll(layout.fields()));
        aliases.keySet().stream().filter(field -> !fields.contains(field)).findFirst().ifPresent(field -> {
            throw new IllegalArgumentException("The setting " + ColumnAliases.setting(name) + field + " names no"
                    + " field inbox/" + name + "/ reads: its fields are " + String.join(", ", fields) + ".");
        });
        List<SourceFormat> formats = List.of(layouts).stream()
                .map(l -> (SourceFormat) new LayoutFormat(l.withAliases(aliases, ColumnAliases.setting(name))))
                .toList();
        byName.put(name, new SourceDefinition(name, system, lock, lockReason, options.consentRole(system), formats));
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
