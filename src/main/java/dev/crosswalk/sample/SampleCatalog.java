package dev.crosswalk.sample;

import dev.crosswalk.source.mailchimp.MailchimpLayouts.Status;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** Every sample export the generator writes, by name (the {@code generate --source} names). */
public final class SampleCatalog {

    private static final Map<String, SampleFormat<?>> FORMATS = new LinkedHashMap<>();

    static {
        add(KajabiSamples.people());
        add(KajabiSamples.segment(true));
        add(KajabiSamples.segment(false));
        add(KajabiMoneySamples.subscriptions());
        add(KajabiMoneySamples.previousSubscriptions());
        add(KajabiMoneySamples.transactions());
        add(PaypalSamples.activity("paypal", SampleEncoding.WINDOWS_1252));
        add(PaypalSamples.activity("paypal-utf8", SampleEncoding.UTF8_BOM));
        add(ZohoSamples.contacts());
        add(TicketTailorSamples.orders());
        add(MailchimpSamples.audience(Status.SUBSCRIBED));
        add(MailchimpSamples.audience(Status.UNSUBSCRIBED));
        add(MailchimpSamples.audience(Status.CLEANED));
        add(ManualSamples.list());
    }

    private SampleCatalog() {
    }

    private static void add(SampleFormat<?> format) {
        FORMATS.put(format.name(), format);
    }

    public static Optional<SampleFormat<?>> find(String name) {
        return Optional.ofNullable(FORMATS.get(name));
    }

    public static SampleFormat<?> get(String name) {
        return find(name).orElseThrow(() -> new IllegalArgumentException(
                "no sample source '" + name + "'; one of " + names()));
    }

    public static List<String> names() {
        return List.copyOf(FORMATS.keySet());
    }

    public static List<SampleFormat<?>> all() {
        return List.copyOf(FORMATS.values());
    }
}
