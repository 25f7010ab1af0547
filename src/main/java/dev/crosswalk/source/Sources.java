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
import java.util.function.BiFunction;
import java.util.function.Function;
import java.util.function.Predicate;

/**
 * Every source Crosswalk reads, keyed by the name of its inbox folder, each with the layouts its files may have: the
 * one list of sources. The systems (and with them the consent roles and the systems lock classification counts by),
 * the inbox folders and routes, and the inbox a sample export goes to are all derived from it; adding a source is
 * adding its layout and its line in {@link #DECLARED} (docs/architecture.md, "Adding a source").
 */
public final class Sources {

    /** A source as declared: its inbox name, its system, the lock level its new contacts start at, its layouts. */
    private record Declared(String name, String system, LockLevel lock, String lockReason,
            BiFunction<SourceOptions, Predicate<Header>, List<Layout>> layouts) {
    }

    private static final String MANUAL = "manual";

    /** The one list of sources, in the order they are tried and shown. */
    private static final List<Declared> DECLARED = List.of(
            unlocked("kajabi", "kajabi", options -> List.of(KajabiLayouts.people(), KajabiLayouts.subscriptions(),
                    KajabiLayouts.transactions())),
            unlocked("kajabi-subscribed", "kajabi", options -> List.of(KajabiLayouts.segment(true))),
            unlocked("kajabi-unsubscribed", "kajabi", options -> List.of(KajabiLayouts.segment(false))),
            unlocked("paypal", "paypal", options -> PayPalLayouts.all(options.paypal())),
            unlocked("ticket-tailor", "ticket-tailor",
                    options -> List.of(TicketTailorLayout.orders(options.ticketTailor()))),
            unlocked("zoho", "zoho", options -> List.of(ZohoLayout.contacts())),
            unlocked("mailchimp", "mailchimp", options -> List.of(
                    MailchimpLayouts.audience(Status.SUBSCRIBED, options.mailchimp()),
                    MailchimpLayouts.audience(Status.UNSUBSCRIBED, options.mailchimp()),
                    MailchimpLayouts.audience(Status.CLEANED, options.mailchimp()))),
            new Declared(MANUAL, MANUAL, LockLevel.FULL_LOCK, "auto: hand-kept list",
                    (options, otherSourceFile) -> List.of(ManualLayout.list(options.manual(), otherSourceFile))));

    /** The systems sources belong to, each once: the keys of their consent roles. */
    public static final List<String> SYSTEMS = DECLARED.stream().map(Declared::system).distinct().toList();

    private final Map<String, SourceDefinition> byName = new LinkedHashMap<>();

    public Sources(SourceOptions options) {
        for (Declared source : DECLARED) {
            add(options, source.name(), source.system(), source.lock(), source.lockReason(),
                    source.layouts().apply(options, otherSourceFile()));
        }
        options.columnAliases().bySource().keySet().stream().filter(source -> !byName.containsKey(source)).findFirst()
                .ifPresent(source -> {
                    throw new IllegalArgumentException("The setting " + ColumnAliases.setting(source) + "… names no"
                            + " source: the sources are " + String.join(", ", byName.keySet()) + ".");
                });
    }

    /** An export source whose contacts start unlocked. */
    private static Declared unlocked(String name, String system, Function<SourceOptions, List<Layout>> layouts) {
        return new Declared(name, system, LockLevel.UNLOCKED, null,
                (options, otherSourceFile) -> layouts.apply(options));
    }

    /** Hand-checked data starts FULL_LOCK: an export that another inbox reads is refused as a manual list. */
    private Predicate<Header> otherSourceFile() {
        return header -> byName.values().stream()
                .filter(source -> !source.name().equals(MANUAL))
                .anyMatch(source -> source.formats().stream().anyMatch(format -> format.recognises(header)));
    }

    /** A source and its layouts, each with the operator's column names for the fields it reads. */
    private void add(SourceOptions options, String name, String system, LockLevel lock, String lockReason,
            List<Layout> layouts) {
        Map<String, List<String>> aliases = options.columnAliases().of(name);
        Set<String> fields = new TreeSet<>();
        layouts.forEach(layout -> fields.addAll(layout.fields()));
        aliases.keySet().stream().filter(field -> !fields.contains(field)).findFirst().ifPresent(field -> {
            throw new IllegalArgumentException("The setting " + ColumnAliases.setting(name) + field + " names no"
                    + " field inbox/" + name + "/ reads: its fields are " + String.join(", ", fields) + ".");
        });
        List<SourceFormat> formats = layouts.stream()
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
