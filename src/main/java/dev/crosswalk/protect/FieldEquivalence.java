package dev.crosswalk.protect;

import com.google.i18n.phonenumbers.NumberParseException;
import com.google.i18n.phonenumbers.PhoneNumberUtil;
import com.google.i18n.phonenumbers.Phonenumber.PhoneNumber;
import dev.crosswalk.model.ContactField;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.text.Normalizer;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import java.util.function.BiConsumer;
import java.util.regex.Pattern;

/**
 * Whether two spellings of a contact field mean the same thing, so that an import neither changes nor disputes a
 * value it only writes differently: {@code JOSÉ} is {@code José}, {@code 303-555-5696} is {@code +1 303 555 5696}
 * for a contact in the United States, {@code USA} is {@code United States}, {@code colorado} is {@code CO}.
 * Pure rules: no database, no settings (the default phone region is handed in).
 */
public final class FieldEquivalence {

    private static final Pattern SPACES = Pattern.compile("[\\s\\p{Z}]+");
    private static final Pattern DIGITS = Pattern.compile("\\D");
    private static final int SUBSCRIBER_DIGITS = 7;
    private static final Map<String, String> COUNTRIES = countries();
    /** country code, then normalised region name or code, to the region's code */
    private static final Map<String, Map<String, String>> REGIONS = regions();

    private final String defaultRegion;

    /** {@code defaultRegion}: ISO country whose numbers are written without a country code when a contact has none. */
    public FieldEquivalence(String defaultRegion) {
        this.defaultRegion = countryCode(defaultRegion);
    }

    /**
     * True when {@code current} and {@code incoming} are the same value of {@code field} written in another form;
     * {@code country} is the contact's country as written (or null), which phone numbers and states depend on.
     */
    public boolean equivalent(ContactField field, String current, String incoming, String country) {
        if (current == null || incoming == null) {
            return current == incoming;
        }
        if (current.equals(incoming)) {
            // most values of a known contact arrive as stored: no normalising, no phone parsing on the hot path
            return true;
        }
        if (field == ContactField.PHONE) {
            return samePhone(current, incoming, country);
        }
        return canonical(field, current, country).equals(canonical(field, incoming, country));
    }

    /** The form two values of {@code field} are compared in (phones: {@link #samePhone}). */
    private static String canonical(ContactField field, String value, String country) {
        return switch (field) {
            case POSTAL_CODE -> SPACES.matcher(text(value)).replaceAll("");
            case COUNTRY -> {
                String code = countryCode(value);
                yield code != null ? code : text(value);
            }
            case REGION -> region(value, countryCode(country));
            default -> text(value);
        };
    }

    /** Unicode compatibility-normalised, case-folded, spaces trimmed and collapsed. */
    static String text(String value) {
        String nfkc = Normalizer.normalize(value, Normalizer.Form.NFKC);
        String folded = nfkc.toUpperCase(Locale.ROOT).toLowerCase(Locale.ROOT);
        return SPACES.matcher(Normalizer.normalize(folded, Normalizer.Form.NFKC)).replaceAll(" ").strip();
    }

    /** The ISO 3166 alpha-2 code a country is written as (name, alias, alpha-2 or alpha-3); null when unknown. */
    static String countryCode(String country) {
        return country == null ? null : COUNTRIES.get(text(country));
    }

    /**
     * Phones are the same number in the contact's country, or in the default country: a number written without a
     * country code may be one of the default country's (a US mobile of someone living abroad).
     */
    private boolean samePhone(String current, String incoming, String country) {
        String currentDigits = DIGITS.matcher(current).replaceAll("");
        String incomingDigits = DIGITS.matcher(incoming).replaceAll("");
        if (currentDigits.equals(incomingDigits)) {
            return true;
        }
        if (!sameEnding(currentDigits, incomingDigits)) {
            // another subscriber number whatever the country code: no need to parse (parsing is the slow part)
            return false;
        }
        String region = countryCode(country);
        return phone(current, region != null ? region : defaultRegion)
                .equals(phone(incoming, region != null ? region : defaultRegion))
                || region != null && defaultRegion != null && !region.equals(defaultRegion)
                        && phone(current, defaultRegion).equals(phone(incoming, defaultRegion));
    }

    /** The last seven digits, the subscriber number in every numbering plan, are the same (or too few to tell). */
    private static boolean sameEnding(String a, String b) {
        int n = Math.min(SUBSCRIBER_DIGITS, Math.min(a.length(), b.length()));
        return n < SUBSCRIBER_DIGITS || a.regionMatches(a.length() - n, b, b.length() - n, n);
    }

    private static String phone(String value, String region) {
        PhoneNumberUtil util = PhoneNumberUtil.getInstance();
        try {
            PhoneNumber number = util.parse(value, region == null ? "ZZ" : region);
            return util.format(number, PhoneNumberUtil.PhoneNumberFormat.E164);
        } catch (NumberParseException e) {
            // not a number the library reads: the digits still tell punctuation apart from a different number
            return value.strip().startsWith("+") ? "+" + value.replaceAll("\\D", "") : value.replaceAll("\\D", "");
        }
    }

    private static String region(String value, String countryCode) {
        String t = text(value);
        if (countryCode == null) {
            return t;
        }
        return REGIONS.getOrDefault(countryCode, Map.of()).getOrDefault(t, t);
    }

    private static Map<String, String> countries() {
        Map<String, String> codes = new HashMap<>();
        for (String code : Locale.getISOCountries()) {
            Locale locale = new Locale("", code);
            codes.put(text(code), code);
            codes.put(text(locale.getISO3Country()), code);
            codes.put(text(locale.getDisplayCountry(Locale.ENGLISH)), code);
        }
        read("country-aliases.csv", (alias, code) -> codes.put(text(alias), code));
        return Map.copyOf(codes);
    }

    private static Map<String, Map<String, String>> regions() {
        Map<String, Map<String, String>> regions = new HashMap<>();
        read("regions.csv", (country, rest) -> {
            String[] codeAndName = rest.split(",", 2);
            Map<String, String> of = regions.computeIfAbsent(country, k -> new HashMap<>());
            String code = text(codeAndName[0]);
            of.put(code, code);
            of.put(text(codeAndName[1]), code);
        });
        return regions;
    }

    /** A two-column data file of this package (header skipped): each row's first cell and the rest of the line. */
    private static void read(String name, BiConsumer<String, String> row) {
        try (InputStream in = FieldEquivalence.class.getResourceAsStream("/protect/" + name)) {
            if (in == null) {
                throw new IllegalStateException("protect/" + name + " is missing from the build");
            }
            BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
            reader.lines().skip(1).filter(line -> !line.isBlank()).forEach(line -> {
                int comma = line.indexOf(',');
                row.accept(line.substring(0, comma).strip(), line.substring(comma + 1).strip());
            });
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read protect/" + name, e);
        }
    }
}
