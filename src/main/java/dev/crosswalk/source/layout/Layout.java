package dev.crosswalk.source.layout;

import dev.crosswalk.csv.Header;
import dev.crosswalk.source.AfterLastRow;
import dev.crosswalk.value.DateOrder;
import dev.crosswalk.value.NumberStyle;
import java.util.List;
import java.util.function.Function;
import java.util.function.Predicate;

/**
 * One export layout as declared data: the header it is recognised by, the columns it reads (names and aliases in the
 * layout's language), the steps that turn a row's cells into Crosswalk data (each field's column and converter, and
 * named hooks for a layout's genuine oddities), where its numeric dates are, what the engine does after its last
 * row, and the header the source writes (which the sample generator writes too). {@link LayoutFormat} is the one
 * mapper that reads every layout.
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
    private final List<Predicate<Header>> recognition;
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
        for (Predicate<Header> test : recognition) {
            if (!test.test(h)) {
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
            indexes[column.slot()] = column.locate(h);
        }
        return indexes;
    }
}
