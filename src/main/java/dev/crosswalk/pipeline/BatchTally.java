package dev.crosswalk.pipeline;

import java.util.EnumMap;
import java.util.Map;
import java.util.TreeMap;

/** Running counts of a batch: row outcomes, field changes, conflicts by reason, consent observations. */
public final class BatchTally {

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

    public void fieldChanged() {
        fieldsChanged++;
    }

    public void fieldRefused() {
        fieldsRefused++;
    }

    public void conflict(String reason) {
        conflicts.merge(reason, 1L, Long::sum);
    }

    public void consent(boolean applied) {
        consentObserved++;
        if (applied) {
            consentApplied++;
        }
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
