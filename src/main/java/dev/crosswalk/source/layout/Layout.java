package dev.crosswalk.source.layout;

import dev.crosswalk.csv.Header;
import dev.crosswalk.source.AfterLastRow;
import dev.crosswalk.value.DateOrder;
import dev.crosswalk.value.NumberStyle;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.BiPredicate;
import java.util.function.Function;

/**
 * One export layout as declared data: the header it is recognised by, the columns it reads (names and aliases in the
 * layout's language), the steps that turn a row's cells into Crosswalk data (each field's column and converter, and
 * named hooks for a layout's genuine oddities), where its numeric dates are, what the engine does after its last
 * row, and the header the source writes (which the sample generator writes too). {@link LayoutFormat} is the one
 * mapper that reads every layout. A column is also found by the names an operator gives for the field it feeds
 * ({@link #withAliases}), before its declared names.
 */
public final class Layout {

    /** What a row of the layout states besides the person. */
    public enum Kind {
        CONTACT, TRANSACTION, SUBSCRIPTION
    }

    /** Where a layout's numeric day/month dates are, and the order assumed when the file proves none, with why. */
    record Dates(LayoutColumn column, DateOrder fallback, String why) {
    }

    /** Where a layout's amounts are, and the style assumed when the file proves none, with why. */
    record Numbers(List<LayoutColumn> columns, NumberStyle fallback, String why) {
    }

    private final String name;
    private final String version;
    private final String language;
    private final Kind kind;
    private final List<LayoutColumn> columns;
    private final List<BiPredicate<Layout, Header>> recognition;
    /** The field each named column feeds, by slot (null: a column only the layout's own rules read). */
    private final String[] fields;
    /** Operators' names for a column, by slot, tried before its declared names; and the setting they come from. */
    private final Map<Integer, List<String>> aliases;
    private final String aliasSetting;
    private final String expectation;
    private final List<Step> steps;
    private final Dates dates;
    private final Numbers numbers;
    private final Function<Header, String> refusal;
    private final AfterLastRow afterLastRow;
    private final List<String> header;

    Layout(LayoutBuilder b) {
        this.name = b.name;
        this.version = b.version;
        this.language = b.language;
        this.kind = b.kind;
        this.columns = List.copyOf(b.columns);
        this.recognition = List.copyOf(b.recognition);
        this.expectation = b.expectation;
        this.steps = List.copyOf(b.steps);
        this.dates = b.dates;
        this.numbers = b.amounts.isEmpty() ? null : new Numbers(b.amounts, b.numberStyle, b.numberStyleWhy);
        this.refusal = b.refusal;
        this.afterLastRow = b.afterLastRow;
        this.header = List.copyOf(b.header);
        this.fields = new String[columns.size()];
        b.fields.forEach((slot, field) -> fields[slot] = field);
        this.aliases = Map.of();
        this.aliasSetting = null;
    }

    private Layout(Layout declared, Map<Integer, List<String>> aliases, String aliasSetting) {
        this.name = declared.name;
        this.version = declared.version;
        this.language = declared.language;
        this.kind = declared.kind;
        this.columns = declared.columns;
        this.recognition = declared.recognition;
        this.expectation = declared.expectation;
        this.steps = declared.steps;
        this.dates = declared.dates;
        this.numbers = declared.numbers;
        this.refusal = declared.refusal;
        this.afterLastRow = declared.afterLastRow;
        this.header = declared.header;
        this.fields = declared.fields;
        this.aliases = Map.copyOf(aliases);
        this.aliasSetting = aliasSetting;
    }

    public static LayoutBuilder builder(String name, Kind kind) {
        return new LayoutBuilder(name, kind);
    }

    public String name() {
        return name;
    }

    public String version() {
        return version;
    }

    public String language() {
        return language;
    }

    public Kind kind() {
        return kind;
    }

    public String expectation() {
        return expectation;
    }

    public AfterLastRow afterLastRow() {
        return afterLastRow;
    }

    /**
     * The header the source writes for this layout, in its order: what the sample generator writes. A source's
     * site-specific columns (custom fields, an organiser's question, merge fields) are not part of it.
     */
    public List<String> header() {
        return header;
    }

    List<Step> steps() {
        return steps;
    }

    Dates dates() {
        return dates;
    }

    /** Null when the layout reads no amounts. */
    Numbers numbers() {
        return numbers;
    }

    public boolean recognises(Header h) {
        for (BiPredicate<Layout, Header> test : recognition) {
            if (!test.test(this, h)) {
                return false;
            }
        }
        return true;
    }

    /** Why a header this layout can tell apart is nonetheless refused; null when it is not. */
    public String refusal(Header h) {
        return refusal.apply(h);
    }

    /** Where each declared column is in the header (-1: absent), resolved once per file. */
    int[] locate(Header h) {
        int[] indexes = new int[columns.size()];
        for (LayoutColumn column : columns) {
            indexes[column.slot()] = locate(h, column);
        }
        return indexes;
    }

    /** Where the column is: by the first of the operator's names the header has (any letter case), else as declared. */
    int locate(Header h, LayoutColumn column) {
        int aliased = Locator.ANY_CASE.locate(h, aliases.getOrDefault(column.slot(), List.of()));
        return aliased >= 0 ? aliased : column.locate(h);
    }

    /** The fields this layout's columns feed, as operators name them in column aliases. */
    public Set<String> fields() {
        Set<String> named = new TreeSet<>();
        for (String field : fields) {
            if (field != null) {
                named.add(field);
            }
        }
        return named;
    }

    /**
     * This layout with an operator's column names for some of its fields ({@code byField}: field → header names in
     * order of preference), each tried before the declared names of the first column that feeds the field; fields
     * the layout does not read are left to the source's other layouts. {@code setting} is the key prefix of the
     * source's aliases (e.g. {@code crosswalk.source.zoho.column.}), as the report names it.
     */
    public Layout withAliases(Map<String, List<String>> byField, String setting) {
        Map<Integer, List<String>> bySlot = new HashMap<>();
        byField.forEach((field, names) -> {
            for (int slot = 0; slot < fields.length; slot++) {
                if (field.equals(fields[slot])) {
                    bySlot.put(slot, List.copyOf(names));
                    return;
                }
            }
        });
        return new Layout(this, bySlot, setting);
    }

    /**
     * Which column of the file fed which field (and whether an operator's alias found it), and which columns nothing
     * reads: {@code columns_read}, {@code columns_not_imported} (columns whose values are dropped, as this layout
     * does not know them) and {@code columns_ignored} (columns this export is known to write that Crosswalk leaves
     * out on purpose).
     */
    public Map<String, String> columnReport(Header h) {
        Map<Integer, String> read = new LinkedHashMap<>();
        for (LayoutColumn column : columns) {
            int index = locate(h, column);
            if (index >= 0 && !read.containsKey(index)) {
                read.put(index, describe(h, column, index));
            }
        }
        List<String> fed = new ArrayList<>();
        Set<String> notImported = new LinkedHashSet<>();
        Set<String> ignored = new LinkedHashSet<>();
        for (int i = 0; i < h.size(); i++) {
            String column = h.names().get(i);
            if (read.containsKey(i)) {
                fed.add(read.get(i));
            } else if (!column.isEmpty()) {
                (header.contains(column) ? ignored : notImported).add(column);
            }
        }
        Map<String, String> report = new LinkedHashMap<>();
        report.put("columns_read", String.join(", ", fed));
        report.put("columns_not_imported", notImported.isEmpty() ? "none"
                : String.join(", ", notImported) + " (no field of this layout reads them, so their values are not"
                        + " stored; name a column for a field with "
                        + (aliasSetting == null ? "crosswalk.source.<source>.column." : aliasSetting) + "<field>)");
        report.put("columns_ignored", ignored.isEmpty() ? "none"
                : String.join(", ", ignored) + " (columns this export writes that Crosswalk does not store)");
        return report;
    }

    private String describe(Header h, LayoutColumn column, int index) {
        String headerName = h.names().get(index);
        String field = fields[column.slot()];
        String fed = field == null ? headerName : headerName + " → " + field;
        List<String> operatorNames = aliases.getOrDefault(column.slot(), List.of());
        boolean aliased = operatorNames.stream().anyMatch(headerName::equalsIgnoreCase);
        return aliased ? fed + " (operator alias, " + aliasSetting + field + ")" : fed;
    }
}
