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
 * by reason, batch and field, one page of them kept, and the count of every reason and batch — in one pass.
 */
final class OpenDecisions {

    /** What to show: no reasons, a null batch or field for "any"; {@code page} counts from 1. */
    record Filter(Set<String> reasons, Long batch, String field, int page, int size) {

        boolean matches(NamedConflict k) {
            return (reasons.isEmpty() || reasons.contains(k.reason())) && (batch == null || batch == k.batch())
                    && (field == null || field.equals(k.field()));
        }
    }

    /** One page of matching items, how many match in all, and the open count by reason, then batch. */
    record Slice(List<NamedConflict> items, long matching, Map<String, Map<Long, Long>> byReason) {

        long open() {
            return byReason.values().stream().flatMap(m -> m.values().stream()).mapToLong(Long::longValue).sum();
        }
    }

    private final DataSource dataSource;

    OpenDecisions(DataSource dataSource) {
        this.dataSource = dataSource;
    }

    Slice read(Filter filter) throws SQLException {
        List<NamedConflict> items = new ArrayList<>();
        Map<String, Map<Long, Long>> byReason = new TreeMap<>();
        long first = (long) (filter.page() - 1) * filter.size();
        long[] matching = {0};
        NamedConflicts.forEach(dataSource, null, true, k -> {
            byReason.computeIfAbsent(k.reason(), r -> new TreeMap<>()).merge(k.batch(), 1L, Long::sum);
            if (filter.matches(k)) {
                if (matching[0] >= first && items.size() < filter.size()) {
                    items.add(k);
                }
                matching[0]++;
            }
        });
        return new Slice(items, matching[0], byReason);
    }
}
