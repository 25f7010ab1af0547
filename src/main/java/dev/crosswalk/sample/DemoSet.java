package dev.crosswalk.sample;

import dev.crosswalk.csv.Header;
import dev.crosswalk.source.SourceDefinition;
import dev.crosswalk.source.Sources;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.FileTime;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The demo: one invented organisation at the scale Crosswalk is built for (~6,500 people, ~8,000 transactions, ~400
 * subscriptions), every export drawn from the same population so the same people meet across sources. Each file
 * goes to the inbox whose source reads its header; a file no source of this build reads is not written.
 */
public final class DemoSet {

    public static final long SEED = 2025;
    public static final long POPULATION = 6_549;
    /**
     * The exports of the demo: one per source file (PayPal once, in its usual Windows-1252), and last month's
     * subscriptions export before this month's, so that the latest finds a few subscriptions missing.
     */
    static final List<String> FILES = List.of("kajabi", "kajabi-subscribed", "kajabi-unsubscribed",
            "kajabi-subscriptions-previous", "kajabi-subscriptions", "kajabi-transactions", "paypal", "zoho",
            "ticket-tailor", "mailchimp-subscribed", "mailchimp-unsubscribed", "mailchimp-cleaned", "manual");

    /**
     * How long before the reference date an export was made, as its file's time says (the inbox takes older files
     * first): the day before, but the previous subscriptions export a month earlier.
     */
    private static final Duration EXPORTED_BEFORE = Duration.ofDays(1);
    private static final Map<String, Duration> EXPORTED_EARLIER = Map.of("kajabi-subscriptions-previous",
            KajabiMoneySamples.PREVIOUS_EXPORT_AGE);

    private final Sources sources;
    private final Instant asOf;

    /** {@code asOf}: the reference date the demo's history ends at (today for the demo command). */
    public DemoSet(Sources sources, Instant asOf) {
        this.sources = sources;
        this.asOf = asOf;
    }

    /** A file written into an inbox, or a sample left out because no source reads it (inbox null). */
    public record Entry(String sample, String inbox, Path file, long rows) {
    }

    public List<Entry> write(Path inbox) throws IOException {
        return write(inbox, POPULATION);
    }

    /** The demo's exports drawn from its first {@code population} people (a smaller organisation, same history). */
    public List<Entry> write(Path inbox, long population) throws IOException {
        People people = new People(SEED, 0, asOf);
        Files.createDirectories(inbox);
        Path staging = Files.createTempDirectory(inbox.getParent() == null ? inbox : inbox.getParent(), ".demo");
        List<Entry> entries = new ArrayList<>();
        try {
            for (String name : FILES) {
                SampleFormat<?> format = SampleCatalog.get(name);
                Optional<SourceDefinition> source = inboxFor(sources, format);
                if (source.isEmpty()) {
                    entries.add(new Entry(name, null, null, 0));
                    continue;
                }
                String fileName = "demo-" + name + ".csv";
                Path part = staging.resolve(fileName);
                long rows = SampleWriter.writePopulation(format, people, 0, population, part).rows();
                Path target = Files.createDirectories(inbox.resolve(source.get().name())).resolve(fileName);
                // the time of the consent each file states, and the order the inbox takes the files in
                Files.setLastModifiedTime(part, FileTime.from(exportedAt(name)));
                // moved in whole: the inbox never sees a half-written file
                Files.move(part, target, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
                entries.add(new Entry(name, source.get().name(), target, rows));
            }
        } finally {
            Files.deleteIfExists(staging);
        }
        return entries;
    }

    /** When the demo's export {@code sample} was made. */
    public Instant exportedAt(String sample) {
        return asOf.minus(EXPORTED_EARLIER.getOrDefault(sample, EXPORTED_BEFORE));
    }

    /** The sample's own inbox if that source reads it, else any source that reads its header. */
    public static Optional<SourceDefinition> inboxFor(Sources sources, SampleFormat<?> format) {
        Header header = Header.of(format.header());
        Optional<SourceDefinition> preferred = sources.find(format.inbox()).filter(s -> reads(s, header));
        return preferred.isPresent() ? preferred
                : sources.all().stream().filter(s -> reads(s, header)).findFirst();
    }

    private static boolean reads(SourceDefinition source, Header header) {
        return source.formats().stream().anyMatch(f -> f.recognises(header));
    }
}
