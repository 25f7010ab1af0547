package dev.crosswalk.web;

import dev.crosswalk.report.NamedConflicts;
import dev.crosswalk.report.NamedConflicts.NamedConflict;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import javax.sql.DataSource;

/**
 * The open decisions as {@code conflicts --open} lists them (same query, same order: most urgent first), narrowed
 * by reason, batch and field, one page of them kept, and the counts the pickers offer — in one pass. An item belongs
 * to every batch that asked its question (opened it or added evidence), as a bulk decision of a batch counts it.
 */
final class OpenDecisions {

    /** What to show: no reasons, a null batch or field for "any"; {@code page} counts from 1. */
    record Filter(Set<String> reasons, Long batch, String field, int page, int size) {

        boolean matches(NamedConflict k) {
            return (reasons.isEmpty() || reasons.contains(k.reason()))
                    && (batch == null || k.askedIn().contains(batch)) && (field == null || field.equals(k.field()));
        }
    }

    /**
     * One page of matching items, how many match in all, how many are open in all, the open count by reason, by
     * reason then each batch that asked, and by field among the items of the filter's reasons and batch.
     */
    record Slice(List<NamedConflict> items, long matching, long open, Map<String, Long> reasons,
            Map<String, Map<Long, Long>> byReason, Map<String, Long> fields) {
    }

    private final DataSource dataSource;

    OpenDecisions(DataSource dataSource) {
        this.dataSource = dataSource;
    }

    Slice read(Filter filter) throws SQLException {
        List<NamedConflict> items = new ArrayList<>();
        Map<String, Map<Long, Long>> byReason = new TreeMap<>();
        long first = (long) (filter.page() - 1) * filter.size();
        Map<String, Long> reasons = new TreeMap<>();
        Map<String, Long> fields = new TreeMap<>();
        Filter anyField = new Filter(filter.reasons(), filter.batch(), null, 1, 0);
        long[] matching = {0};
        long[] open = {0};
        NamedConflicts.forEach(dataSource, null, true, k -> {
            open[0]++;
            reasons.merge(k.reason(), 1L, Long::sum);
            Map<Long, Long> batches = byReason.computeIfAbsent(k.reason(), r -> new TreeMap<>());
            k.askedIn().forEach(b -> batches.merge(b, 1L, Long::sum));
            if (anyField.matches(k) && k.field() != null) {
                fields.merge(k.field(), 1L, Long::sum);
            }
            if (filter.matches(k)) {
                if (matching[0] >= first && items.size() < filter.size()) {
                    items.add(k);
                }
                matching[0]++;
            }
        });
        return new Slice(items, matching[0], open[0], reasons, byReason, fields);
    }
}
