package dev.crosswalk.pipeline;

import dev.crosswalk.decide.ChunkPlan;
import dev.crosswalk.decide.RowOutcome;
import dev.crosswalk.model.TransactionData;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.TreeMap;
import java.util.regex.Pattern;

/**
 * Running counts of a batch: row outcomes, field changes, conflicts by reason, consent observations, rejected and
 * skipped rows by reason, and the money the file states per currency, type and status.
 */
public final class BatchTally {

    private record MoneyKey(String currency, String type, String status) implements Comparable<MoneyKey> {
        @Override
        public int compareTo(MoneyKey o) {
            return key().compareTo(o.key());
        }

        private String key() {
            return Objects.toString(currency, "") + '\0' + type + '\0' + Objects.toString(status, "");
        }
    }

    private record MoneySum(long count, BigDecimal amount) {
    }

    /** Rejected rows of one reason, and the first of them as an example. */
    public record Rejections(long count, long firstLine, String firstReason) {
    }

    /** A quoted cell value in a reason: rows rejected for the same reason differ only in those. */
    private static final Pattern QUOTED_VALUE = Pattern.compile("\"[^\"]*\"");

    private final Map<MoneyKey, MoneySum> money = new TreeMap<>();
    private final Map<String, Long> skipped = new TreeMap<>();
    private final Map<String, Long> warnings = new TreeMap<>();
    private final Map<String, Rejections> rejections = new HashMap<>();

    private final Map<RowOutcome, Long> rows = new EnumMap<>(RowOutcome.class);
    private final Map<String, Long> conflicts = new TreeMap<>();
    private long read;
    private long fieldsChanged;
    private long fieldsRefused;
    private long consentObserved;
    private long consentApplied;

    public BatchTally() {
        for (RowOutcome o : RowOutcome.values()) {
            rows.put(o, 0L);
        }
    }

    public void row(RowOutcome outcome) {
        read++;
        rows.merge(outcome, 1L, Long::sum);
    }

    /** A rejected row, counted under its reason with the values it quotes left out. */
    public void rejected(long line, String reason) {
        row(RowOutcome.REJECTED);
        String kind = QUOTED_VALUE.matcher(reason).replaceAll("\"…\"");
        rejections.merge(kind, new Rejections(1, line, reason),
                (a, b) -> new Rejections(a.count() + 1, a.firstLine(), a.firstReason()));
    }

    /** The reason most rows were rejected for (the earliest-seen on a tie), if any row was. */
    public Optional<Rejections> commonestRejection() {
        return rejections.values().stream().max(Comparator.comparingLong(Rejections::count)
                .thenComparing(Comparator.comparingLong(Rejections::firstLine).reversed()));
    }

    /** The figures a chunk's decisions add: field changes and refusals, conflicts by reason, consent observations. */
    public void add(ChunkPlan.Figures chunk) {
        fieldsChanged += chunk.fieldsChanged();
        fieldsRefused += chunk.fieldsRefused();
        chunk.conflictsByReason().forEach((reason, n) -> conflicts.merge(reason, n, Long::sum));
        consentObserved += chunk.consentObserved();
        consentApplied += chunk.consentApplied();
    }

    /**
     * A warning on a row that is applied all the same (counted in its real outcome): counted under its reason with
     * the values it quotes left out.
     */
    public void warned(String warning) {
        warnings.merge(QUOTED_VALUE.matcher(warning).replaceAll("\"…\""), 1L, Long::sum);
    }

    /** Warnings by reason, the values they quote left out. */
    public Map<String, Long> warnings() {
        return warnings;
    }

    public void skipped(String reason) {
        skipped.merge(reason, 1L, Long::sum);
    }

    /** Counts a transaction the file states (whether or not it is new to the database). */
    public void money(TransactionData t) {
        if (t != null) {
            money.merge(new MoneyKey(t.currency(), t.type(), t.status()), new MoneySum(1, t.amount()),
                    (a, b) -> new MoneySum(a.count() + b.count(), a.amount().add(b.amount())));
        }
    }

    /** Skipped rows by reason. */
    public Map<String, Long> skippedReasons() {
        return skipped;
    }

    /** One entry per currency, type and status: count and summed gross amount. */
    public List<Map<String, Object>> totals() {
        List<Map<String, Object>> totals = new ArrayList<>();
        money.forEach((k, v) -> {
            Map<String, Object> line = new LinkedHashMap<>();
            line.put("currency", k.currency());
            line.put("type", k.type());
            line.put("status", k.status());
            line.put("count", v.count());
            line.put("amount", v.amount());
            totals.add(line);
        });
        return totals;
    }

    public long read() {
        return read;
    }

    public long rows(RowOutcome outcome) {
        return rows.get(outcome);
    }

    public Map<String, Long> conflicts() {
        return conflicts;
    }

    public long fieldsChanged() {
        return fieldsChanged;
    }

    public long fieldsRefused() {
        return fieldsRefused;
    }

    public long consentObserved() {
        return consentObserved;
    }

    public long consentApplied() {
        return consentApplied;
    }
}
