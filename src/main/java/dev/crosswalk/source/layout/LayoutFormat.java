package dev.crosswalk.source.layout;

import dev.crosswalk.csv.Header;
import dev.crosswalk.source.AfterLastRow;
import dev.crosswalk.source.DateRule;
import dev.crosswalk.source.MappingContext;
import dev.crosswalk.source.NumberRule;
import dev.crosswalk.source.RowMapper;
import dev.crosswalk.source.RowResult;
import dev.crosswalk.source.SourceFormat;
import dev.crosswalk.value.DateOrder;
import dev.crosswalk.value.NumberStyle;
import java.util.List;
import java.util.Map;

/**
 * The one mapper every export layout is read by: it finds the layout's columns once per file, then runs each row
 * through the layout's declared steps. What differs between layouts is their declaration, never this code.
 */
public final class LayoutFormat implements SourceFormat {

    private final Layout layout;

    public LayoutFormat(Layout layout) {
        this.layout = layout;
    }

    public Layout layout() {
        return layout;
    }

    @Override
    public String name() {
        return layout.name();
    }

    @Override
    public String version() {
        return layout.version();
    }

    @Override
    public String language() {
        return layout.language();
    }

    @Override
    public boolean recognises(Header header) {
        return layout.recognises(header);
    }

    @Override
    public String expectation() {
        return layout.expectation();
    }

    @Override
    public String refusal(Header header) {
        return layout.refusal(header);
    }

    @Override
    public DateRule dateRule(Header header) {
        Layout.Dates dates = layout.dates();
        return dates == null ? null
                : new DateRule(List.of(layout.locate(header, dates.column())), dates.fallback(), dates.why());
    }

    @Override
    public Map<String, String> columnReport(Header header) {
        return layout.columnReport(header);
    }

    @Override
    public NumberRule numberRule(Header header) {
        Layout.Numbers numbers = layout.numbers();
        if (numbers == null) {
            return null;
        }
        List<Integer> present = numbers.columns().stream().map(c -> c.locate(header)).filter(i -> i >= 0).toList();
        // a file without the layout's amount columns has nothing to decide: its rows read no amount
        return present.isEmpty() ? null : new NumberRule(present, numbers.fallback(), numbers.why());
    }

    @Override
    public AfterLastRow afterLastRow() {
        return layout.afterLastRow();
    }

    @Override
    public RowMapper bind(Header header, MappingContext context) {
        Layout.Dates dates = layout.dates();
        DateOrder order = context.dates() != null ? context.dates().order()
                : dates == null ? null : dates.fallback();
        Layout.Numbers numbers = layout.numbers();
        NumberStyle style = context.numbers() != null ? context.numbers().style()
                : numbers == null ? null : numbers.fallback();
        BoundLayout bound = new BoundLayout(layout.locate(header), context.source().system(), context.zone(), order,
                style, context.fileObservedAt());
        Step[] steps = layout.steps().toArray(Step[]::new);
        Layout.Kind kind = layout.kind();
        return row -> {
            LayoutRow cells = new LayoutRow(bound, row);
            Draft draft = new Draft(kind);
            for (Step step : steps) {
                step.apply(cells, draft);
                RowResult outcome = draft.outcome();
                if (outcome != null) {
                    return outcome;
                }
            }
            if (draft.contact().evidenceAt() == null) {
                draft.contact().evidenceAt(bound.fileObservedAt());
            }
            RowResult result = draft.result();
            return cells.warnings().isEmpty() || !(result instanceof RowResult.Mapped mapped) ? result
                    : mapped.withWarnings(cells.warnings());
        };
    }
}
