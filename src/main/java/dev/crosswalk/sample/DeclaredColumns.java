package dev.crosswalk.sample;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * A sample export's columns taken from the header a layout declares (the one Crosswalk reads it by), so that what is
 * generated and what is read cannot drift apart: each declared column with its value, or empty; then the site's own
 * columns where the source puts them. A value for a column the layout does not declare is a mistake, refused at once.
 */
final class DeclaredColumns {

    private DeclaredColumns() {
    }

    /** The declared header with these values, the site's own columns appended. */
    static <E> List<Column<E>> of(List<String> declared, List<Column<E>> values) {
        return of(declared, values, null);
    }

    /** As above, the site's own columns inserted before the declared column {@code siteBefore}. */
    static <E> List<Column<E>> of(List<String> declared, List<Column<E>> values, String siteBefore) {
        Map<String, Function<E, String>> byName = values.stream().filter(c -> !c.site())
                .collect(Collectors.toMap(Column::name, Column::value));
        List<String> unknown = byName.keySet().stream().filter(name -> !declared.contains(name)).toList();
        if (!unknown.isEmpty()) {
            throw new IllegalStateException("columns the layout does not declare: " + unknown);
        }
        List<Column<E>> site = values.stream().filter(Column::site).toList();
        List<Column<E>> columns = new ArrayList<>();
        for (String name : declared) {
            if (name.equals(siteBefore)) {
                columns.addAll(site);
            }
            Function<E, String> value = byName.get(name);
            columns.add(value != null ? Column.of(name, value) : Column.blank(name));
        }
        if (siteBefore == null) {
            columns.addAll(site);
        }
        return List.copyOf(columns);
    }
}
