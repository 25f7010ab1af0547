package dev.crosswalk.config;

import dev.crosswalk.csv.CsvLimits;
import dev.crosswalk.source.ColumnAliases;
import dev.crosswalk.model.FieldGroup;
import dev.crosswalk.model.SourcePrecedence;
import dev.crosswalk.source.ConsentRole;
import dev.crosswalk.source.SourceOptions;
import dev.crosswalk.source.Sources;
import dev.crosswalk.source.mailchimp.MailchimpOptions;
import dev.crosswalk.source.manual.ManualLayout;
import dev.crosswalk.source.manual.ManualOptions;
import dev.crosswalk.source.paypal.PayPalOptions;
import dev.crosswalk.source.tickettailor.TicketTailorOptions;
import dev.crosswalk.value.DateOrder;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.ZoneId;
import java.util.Arrays;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Properties;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Every {@code crosswalk.*} setting, read in one place: {@code application.properties} on the classpath, where a
 * value may name an environment variable as {@code {{env:NAME:default}}}, overridden by JVM system properties.
 * Camel receives the same values as override properties, so routes and Java code never disagree. The file is the
 * one source of every default: an accessor names its key only, and a key the file lacks is a programming error.
 */
public final class CrosswalkSettings {

    private static final Pattern ENV = Pattern.compile("\\{\\{env:([A-Za-z0-9_]+):?([^}]*)}}");
    /** crosswalk.source.<source>.column.<field>: an operator's column names for a field of a source. */
    private static final Pattern ALIAS_KEY =
            Pattern.compile("crosswalk\\.source\\.([a-z0-9-]+)\\.column\\.([a-z0-9-]+)");
    /** The same in the environment: CROSSWALK_SOURCE_<SOURCE>_COLUMN_<FIELD>, "-" written "_". */
    private static final Pattern ALIAS_ENV = Pattern.compile("CROSSWALK_SOURCE_([A-Z0-9_]+?)_COLUMN_([A-Z0-9_]+)");

    private final Properties values;
    private final Properties defaults;

    private CrosswalkSettings(Properties values, Properties defaults) {
        this.values = values;
        this.defaults = defaults;
    }

    /**
     * application.properties, then the environment's column aliases ({@link #aliasKey}), then system properties,
     * then the given overrides (tests, CLI flags).
     */
    public static CrosswalkSettings load(Map<String, String> overrides) {
        Properties raw = new Properties();
        try (InputStream in = CrosswalkSettings.class.getResourceAsStream("/application.properties")) {
            if (in != null) {
                raw.load(in);
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read application.properties", e);
        }
        Properties defaults = resolved(raw, false);
        System.getenv().forEach((name, value) -> {
            String key = aliasKey(name);
            if (key != null) {
                raw.setProperty(key, value);
            }
        });
        System.getProperties().forEach((k, v) -> raw.setProperty(k.toString(), v.toString()));
        overrides.forEach(raw::setProperty);
        Properties values = resolved(raw, true);
        refuseValuesOfTheWrongKind(values, defaults);
        return new CrosswalkSettings(values, defaults);
    }

    /**
     * A setting whose default is a number or true/false must be one too: read later, {@code abc} would fail a batch
     * midway and {@code ture} would silently be false.
     */
    private static void refuseValuesOfTheWrongKind(Properties values, Properties defaults) {
        for (String key : defaults.stringPropertyNames()) {
            String fallback = defaults.getProperty(key).strip();
            String value = values.getProperty(key, "").strip();
            if (value.isEmpty() || value.equals(fallback)) {
                continue;
            }
            if (fallback.matches("-?\\d+") && !value.matches("-?\\d+(\\.\\d+)?")) {
                throw new IllegalArgumentException("The setting " + key + " must be a number (its default is "
                        + fallback + "), not '" + value + "'.");
            }
            if ((fallback.equals("true") || fallback.equals("false"))
                    && !(value.equalsIgnoreCase("true") || value.equalsIgnoreCase("false"))) {
                throw new IllegalArgumentException("The setting " + key + " must be true or false (its default is "
                        + fallback + "), not '" + value + "'.");
            }
        }
    }

    /**
     * The setting an environment variable of a column alias stands for, or null for any other variable:
     * {@code CROSSWALK_SOURCE_TICKET_TAILOR_COLUMN_POSTAL_CODE} is
     * {@code crosswalk.source.ticket-tailor.column.postal-code} (lower case, "_" as "-"; {@code _COLUMN_} separates
     * the source from the field, as no source or field contains that word). Any other variable starting
     * {@code CROSSWALK_SOURCE_} is refused rather than ignored: it is a mistyped alias.
     */
    static String aliasKey(String environmentVariable) {
        Matcher m = ALIAS_ENV.matcher(environmentVariable);
        if (!m.matches()) {
            if (environmentVariable.startsWith("CROSSWALK_SOURCE_")) {
                throw new IllegalArgumentException("The environment variable " + environmentVariable + " is not"
                        + " CROSSWALK_SOURCE_<SOURCE>_COLUMN_<FIELD> (e.g. CROSSWALK_SOURCE_ZOHO_COLUMN_CITY).");
            }
            return null;
        }
        return ColumnAliases.setting(hyphenated(m.group(1))) + hyphenated(m.group(2));
    }

    private static String hyphenated(String envPart) {
        return envPart.toLowerCase(Locale.ROOT).replace('_', '-');
    }

    /** Each {{env:NAME:default}} as the environment sets it, or (without the environment) as its default. */
    private static Properties resolved(Properties raw, boolean environment) {
        Properties resolved = new Properties();
        raw.stringPropertyNames().forEach(k -> resolved.setProperty(k, resolveEnv(raw.getProperty(k), environment)));
        return resolved;
    }

    public static CrosswalkSettings load() {
        return load(Map.of());
    }

    private static String resolveEnv(String value, boolean environment) {
        Matcher m = ENV.matcher(value);
        StringBuilder out = new StringBuilder();
        while (m.find()) {
            String env = environment ? System.getenv(m.group(1)) : null;
            m.appendReplacement(out, Matcher.quoteReplacement(env != null ? env : m.group(2)));
        }
        m.appendTail(out);
        return out.toString().trim();
    }

    /**
     * A setting application.properties defines: its value when set and not blank, else the default the file writes
     * for it (an empty {@code crosswalk.db.url} is the embedded database even where CROSSWALK_DB_URL is set).
     */
    public String get(String key) {
        String v = values.getProperty(key);
        if (v != null && !v.isBlank()) {
            return v;
        }
        String fileValue = defaults.getProperty(key);
        if (fileValue == null) {
            throw new IllegalStateException("the setting " + key + " is missing from application.properties, "
                    + "which holds every setting's default");
        }
        return fileValue;
    }

    /** A setting application.properties does not define ({@code -D} only), or {@code defaultValue} when blank. */
    public String get(String key, String defaultValue) {
        String v = values.getProperty(key);
        return v == null || v.isBlank() ? defaultValue : v;
    }

    public int getInt(String key) {
        String value = get(key);
        try {
            return Integer.parseInt(value);
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException("The setting " + key + " must be a whole number, not '" + value + "'.",
                    e);
        }
    }

    public boolean getBoolean(String key) {
        return Boolean.parseBoolean(get(key));
    }

    /**
     * The crosswalk.* and camel.* keys with their resolved values, handed to Camel as override properties (which
     * Camel logs at start-up). Database settings stay out but for the retry delays the error handling route uses:
     * the routes need no other, and credentials must not reach a log.
     */
    public Properties crosswalkProperties() {
        Properties p = new Properties();
        values.stringPropertyNames().stream()
                .filter(k -> k.startsWith("crosswalk.") || k.startsWith("camel."))
                .filter(k -> !k.startsWith("crosswalk.db.") || k.startsWith("crosswalk.db.retry."))
                .forEach(k -> p.setProperty(k, values.getProperty(k)));
        p.setProperty("crosswalk.home", home().toString());
        return p;
    }

    public Path home() {
        return Path.of(get("crosswalk.home")).toAbsolutePath().normalize();
    }

    public Path inbox() {
        return home().resolve("inbox");
    }

    public Path outbox() {
        return home().resolve("outbox");
    }

    /** Outbox files 0600 and folders 0700 (owner only) unless set to false. */
    public boolean outboxPrivate() {
        return getBoolean("crosswalk.outbox.private");
    }

    /** The installation's erasure key (tombstone HMACs), outside the database; relative to the home. */
    public Path erasureKeyFile() {
        return home().resolve(get("crosswalk.erasure.key-file"));
    }

    public String dbUrl() {
        return get("crosswalk.db.url");
    }

    public String dbUser() {
        return get("crosswalk.db.user");
    }

    /**
     * The password from {@code crosswalk.db.password-file} (a file outside the repository, e.g. a mounted secret)
     * when set, else from {@code crosswalk.db.password} (the environment). Never logged.
     */
    public String dbPassword() {
        String file = get("crosswalk.db.password-file");
        if (file.isEmpty()) {
            return get("crosswalk.db.password");
        }
        try {
            return Files.readString(Path.of(file)).strip();
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read the database password file named by "
                    + "crosswalk.db.password-file", e);
        }
    }

    /** Longest a single SQL statement may run on the server; 0 keeps the server's setting. */
    public int dbStatementTimeoutMs() {
        return getInt("crosswalk.db.statement-timeout-ms");
    }

    public int dbPoolSize() {
        return getInt("crosswalk.db.pool-size");
    }

    /** How long getting a connection may take before the database counts as unreachable. */
    public int dbConnectTimeoutMs() {
        return getInt("crosswalk.db.connect-timeout-ms");
    }

    public long dbRetryInitialDelayMs() {
        return getInt("crosswalk.db.retry.initial-delay-ms");
    }

    public long dbRetryMaxDelayMs() {
        return getInt("crosswalk.db.retry.max-delay-ms");
    }

    public Path embeddedDataDir() {
        return home().resolve(get("crosswalk.db.embedded.data-dir"));
    }

    public int embeddedPort() {
        return getInt("crosswalk.db.embedded.port");
    }

    /** A claim on an inbox file not refreshed this long was left by a killed instance and is released. */
    public int inboxLockExpirySeconds() {
        return getInt("crosswalk.inbox.lock-expiry-seconds");
    }

    public boolean healthEnabled() {
        return getBoolean("crosswalk.health.enabled");
    }

    /** Interface the health endpoint listens on: loopback unless an operator opens it deliberately. */
    public String healthHost() {
        return get("crosswalk.health.host");
    }

    /** 0 lets the system choose a free port (tests). */
    public int healthPort() {
        return getInt("crosswalk.health.port");
    }

    /** Bounds on one file's shape that keep memory flat; a file beyond one is refused, naming the limit. */
    public CsvLimits csvLimits() {
        return new CsvLimits(getInt("crosswalk.csv.max-columns"), getInt("crosswalk.csv.max-field-chars"),
                getInt("crosswalk.csv.max-line-chars"));
    }

    public int chunkSize() {
        return getInt("crosswalk.import.chunk-size");
    }

    public long progressEveryRows() {
        return getInt("crosswalk.import.progress-every-rows");
    }

    /** A file is refused whole when more than this share of its data rows is rejected for one reason ... */
    public double refuseFileRejectedShare() {
        return Double.parseDouble(get("crosswalk.import.refuse-file.rejected-share"));
    }

    /** ... and at least this many rows are (a wrong mapping, not bad rows). */
    public int refuseFileMinRejectedRows() {
        return getInt("crosswalk.import.refuse-file.min-rejected-rows");
    }

    /** Zone for exports whose times carry none (Zoho, Ticket Tailor, hand-kept lists). */
    public ZoneId sourceZone() {
        return ZoneId.of(get("crosswalk.import.source-zone"));
    }

    public boolean autoHonourOptOuts() {
        return getBoolean("crosswalk.consent.auto-honour-opt-outs");
    }

    /** True asks a person to approve (FILL_BLANK) an import filling a blank of a contact a person put at FULL_LOCK. */
    public boolean approveFillsOnFullLock() {
        return getBoolean("crosswalk.protect.approve-fills-on-full-lock");
    }

    /**
     * The order in which sources win a tie of evidence time, per field group
     * ({@code crosswalk.survivorship.precedence.<group>}, most trusted first).
     */
    public SourcePrecedence sourcePrecedence() {
        Map<FieldGroup, List<String>> order = new EnumMap<>(FieldGroup.class);
        for (FieldGroup group : SourcePrecedence.GROUPS) {
            order.put(group, list("crosswalk.survivorship.precedence." + group.key()));
        }
        return new SourcePrecedence(order);
    }

    /** ISO country whose phone numbers a contact without a country writes without a country code. */
    public String phoneDefaultCountry() {
        return get("crosswalk.protect.phone-default-country");
    }

    /** Header names (compared ignoring case) a manual list's column for one field may have, in order of preference. */
    public List<String> manualColumns(String field) {
        return list("crosswalk.manual.column." + field);
    }

    /** Answers in a manual list's opt-in column that mean yes; any other answer states nothing. */
    public List<String> manualOptInYesValues() {
        return list("crosswalk.manual.opt-in.yes-values");
    }

    /** Mailchimp interest-group columns whose values become tags. */
    public List<String> mailchimpGroupColumns() {
        return list("crosswalk.mailchimp.group-columns");
    }

    /** A comma-separated setting as its trimmed, non-blank items. */
    private List<String> list(String key) {
        return Arrays.stream(get(key).split(",")).map(String::trim).filter(item -> !item.isEmpty()).toList();
    }

    /**
     * Operators' column names per source and field ({@code crosswalk.source.<source>.column.<field>=Name A|Name B},
     * "|" between names, as a header name may hold a comma); a blank value names none.
     */
    public ColumnAliases columnAliases() {
        Map<String, Map<String, List<String>>> bySource = new TreeMap<>();
        for (String key : new TreeSet<>(values.stringPropertyNames())) {
            Matcher m = ALIAS_KEY.matcher(key);
            if (m.matches()) {
                List<String> names = Arrays.stream(values.getProperty(key).split("\\|")).map(String::strip)
                        .filter(name -> !name.isEmpty()).toList();
                if (!names.isEmpty()) {
                    bySource.computeIfAbsent(m.group(1), source -> new TreeMap<>()).put(m.group(2), names);
                }
            } else if (key.startsWith(ColumnAliases.PREFIX)) {
                throw new IllegalArgumentException("The setting " + key + " is not crosswalk.source.<source>.column."
                        + "<field> (lower case, e.g. crosswalk.source.zoho.column.city).");
            }
        }
        return new ColumnAliases(bySource);
    }

    /** authoritative or informational, per consent source (kajabi, paypal, ...). */
    public String consentRole(String consentSource, String defaultRole) {
        return get("crosswalk.consent.role." + consentSource, defaultRole);
    }

    /** Classify lock levels after every applied batch (docs/settings.md). */
    public boolean autoClassifyLocks() {
        return getBoolean("crosswalk.locks.auto-classify");
    }

    /** Source systems lock classification counts by (a source named {@code <system>-...} counts as it). */
    public List<String> knownSystems() {
        return list("crosswalk.locks.systems");
    }

    /**
     * The date order of English PayPal downloads when no date in the file proves one: accounts outside the US write
     * day-first dates (29/12/2015).
     */
    public boolean paypalDayFirstDates() {
        return getBoolean("crosswalk.paypal.day-first-dates");
    }

    /** The Ticket Tailor checkout question that asks for email consent; blank means found by its name. */
    public String ticketTailorOptInColumn() {
        return get("crosswalk.ticket-tailor.opt-in-column");
    }

    /** Answers to that question that mean yes (any other answer is a no). */
    public List<String> ticketTailorOptInYesValues() {
        return list("crosswalk.ticket-tailor.opt-in-yes-values");
    }

    /** The typed options the source layouts take, built from these settings (the layouts never see the settings). */
    public SourceOptions sourceOptions() {
        Map<String, List<String>> manualColumns = new LinkedHashMap<>();
        ManualLayout.keys().forEach(key -> manualColumns.put(key, manualColumns(key)));
        Map<String, ConsentRole> roles = new LinkedHashMap<>();
        Sources.SYSTEMS.forEach(system -> roles.put(system, ConsentRole.parse(consentRole(system, "authoritative"))));
        return new SourceOptions(
                new PayPalOptions(paypalDayFirstDates() ? DateOrder.DAY_FIRST : DateOrder.MONTH_FIRST),
                new TicketTailorOptions(ticketTailorOptInColumn(), ticketTailorOptInYesValues()),
                new MailchimpOptions(mailchimpGroupColumns()),
                new ManualOptions(manualColumns, manualOptInYesValues()), roles, columnAliases());
    }
}
