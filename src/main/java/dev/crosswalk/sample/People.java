package dev.crosswalk.sample;

import java.text.Normalizer;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.Locale;
import java.util.SplittableRandom;
import java.util.StringJoiner;

/**
 * The invented population of a seed: person {@code i} is computed from (seed, i) alone, so any export of any size
 * is written by walking indexes with nothing kept in memory. A share of people can be "changed" (a later
 * snapshot of the same population: married names, moves, new phones, a new tag), with emails and ids kept.
 */
public final class People {

    private static final long PURPOSE_PERSON = 1;
    private static final long PURPOSE_CHANGE = 2;
    private static final long PURPOSE_CHANGED = 3;
    private static final long PURPOSE_MEMBERSHIP = 100;
    /** People joined over six years that end a year before the reference date (so their history reaches it). */
    private static final Duration FIRST_CREATED_BEFORE = Duration.ofDays(7L * 365);
    private static final long CREATED_SPAN = 6L * 365 * 24 * 3600;

    private static final String[] TAGS = Names.TAGS.toArray(String[]::new);
    private static final String[] PRODUCTS = Names.PRODUCTS.toArray(String[]::new);

    private final long seed;
    private final double changedShare;
    private final Instant asOf;
    private final long firstCreated;

    /** {@code asOf}: the reference date the invented history ends at (exports are made then). */
    public People(long seed, double changedShare, Instant asOf) {
        if (changedShare < 0 || changedShare > 1) {
            throw new IllegalArgumentException("the changed share is a fraction between 0 and 1: " + changedShare);
        }
        this.seed = seed;
        this.changedShare = changedShare;
        this.asOf = asOf;
        this.firstCreated = asOf.minus(FIRST_CREATED_BEFORE).getEpochSecond();
    }

    /** A history that ends today. */
    public People(long seed, double changedShare) {
        this(seed, changedShare, today());
    }

    public People(long seed) {
        this(seed, 0);
    }

    /** The start of today (UTC): the default reference date. */
    public static Instant today() {
        return LocalDate.now(ZoneOffset.UTC).atStartOfDay(ZoneOffset.UTC).toInstant();
    }

    /** The reference date: every date of the history is before it. */
    public Instant asOf() {
        return asOf;
    }

    public boolean in(long index, Membership membership) {
        return SampleRandom.uniform(seed, index, PURPOSE_MEMBERSHIP + membership.ordinal()) < membership.share()
                && (membership.within() == null || in(index, membership.within()));
    }

    /** Randomness for one purpose of one person (the same every time it is asked for). */
    public SplittableRandom random(long index, long purpose) {
        return SampleRandom.of(seed, index, purpose);
    }

    public Person person(long index) {
        SplittableRandom r = random(index, PURPOSE_PERSON);
        String[] first = Names.FIRST.get(r.nextInt(Names.FIRST.size()));
        String last = Names.LAST.get(r.nextInt(Names.LAST.size()));
        String[] place = Names.PLACES.get(r.nextInt(Names.PLACES.size()));
        String street = (10 + r.nextInt(4900)) + " " + Names.STREETS.get(r.nextInt(Names.STREETS.size()));
        String company = Names.COMPANIES.get(r.nextInt(Names.COMPANIES.size()));
        String phone = "303-555-" + digits(r.nextInt(10_000), 4);
        Instant created = Instant.ofEpochSecond(firstCreated + r.nextLong(CREATED_SPAN));
        String tags = pick(r, TAGS, r.nextInt(3));
        boolean customer = in(index, Membership.KAJABI_CUSTOMER);
        String products = customer ? pick(r, PRODUCTS, 1 + r.nextInt(2)) : "";
        String f = ascii(first[0]);
        String l = ascii(last);
        boolean changed = SampleRandom.uniform(seed, index, PURPOSE_CHANGED) < changedShare;
        if (changed) {
            SplittableRandom c = random(index, PURPOSE_CHANGE);
            last = last + "-" + Names.LAST.get(c.nextInt(Names.LAST.size()));
            place = Names.PLACES.get(c.nextInt(Names.PLACES.size()));
            phone = "720-555-" + digits(c.nextInt(10_000), 4);
            tags = tags.isEmpty() ? "Returning" : tags + ", Returning";
        }
        return new Person(index, first[0], first[1], last, f + "." + l + index + "@example.com",
                f.charAt(0) + l + index + "@" + company + ".example.org", f + l + "." + index + "@example.com",
                company, phone, street, place[0], place[1], place[2] + digits(index % 100, 2),
                place[3], created, Long.toString(100_000_000L + index * 13), customer
                        ? Long.toString(10_000_000L + index * 11) : null, tags, products, changed);
    }

    /** {@code count} distinct items joined the way Kajabi joins lists ("a, b"). */
    private static String pick(SplittableRandom r, String[] items, int count) {
        StringJoiner joined = new StringJoiner(", ");
        int start = r.nextInt(items.length);
        for (int i = 0; i < count; i++) {
            joined.add(items[(start + i * 3) % items.length]);
        }
        return joined.toString();
    }

    /** {@code value} with leading zeros to {@code width} digits. */
    static String digits(long value, int width) {
        String text = Long.toString(value);
        return text.length() >= width ? text : "0".repeat(width - text.length()) + text;
    }

    /** The letters of a name as they end up in an email address: "Núñez" → "nunez", "O'Brien" → "obrien". */
    static String ascii(String name) {
        String plain = Normalizer.normalize(name, Normalizer.Form.NFD).replace("Ø", "O").replace("ø", "o");
        StringBuilder letters = new StringBuilder(plain.length());
        for (char ch : plain.toLowerCase(Locale.ROOT).toCharArray()) {
            if (ch >= 'a' && ch <= 'z') {
                letters.append(ch);
            }
        }
        return letters.toString();
    }
}
