package dev.crosswalk.source.layout;

import dev.crosswalk.csv.Header;
import dev.crosswalk.model.ConsentObservation;
import dev.crosswalk.model.ContactField;
import dev.crosswalk.source.AfterLastRow;
import dev.crosswalk.value.Amounts;
import dev.crosswalk.value.DateOrder;
import dev.crosswalk.value.Emails;
import dev.crosswalk.value.NumberStyle;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.BiPredicate;
import java.util.function.BiConsumer;
import java.util.function.Function;
import java.util.function.Predicate;

/**
 * Declares a {@link Layout}: its columns first, then the steps in the order a row goes through them. A column read by
 * a step that fills a field ({@code field}, {@code email}, {@code tags}, {@code money} …) through {@link Reader#cell}
 * or {@link Reader#of} is named by that field (e.g. {@code city}, {@code email}, {@code amount}); a column a named hook
 * reads is named with {@link #feeds}. Operators give their own column names for a field by that name.
 */
public final class LayoutBuilder {

    final String name;
    final Layout.Kind kind;
    String version = "1";
    String language = "English";
    private Locator locator = Locator.EXACT;
    final List<LayoutColumn> columns = new ArrayList<>();
    final List<BiPredicate<Layout, Header>> recognition = new ArrayList<>();
    /** The field each named column feeds, by slot: the first step that reads a column names it. */
    final Map<Integer, String> fields = new LinkedHashMap<>();
    String expectation;
    final List<Step> steps = new ArrayList<>();
    Layout.Dates dates;
    final List<LayoutColumn> amounts = new ArrayList<>();
    NumberStyle numberStyle = NumberStyle.ENGLISH;
    String numberStyleWhy = "layout default (English)";
    Function<Header, String> refusal = h -> null;
    AfterLastRow afterLastRow = AfterLastRow.NOTHING;
    List<String> header = List.of();

    LayoutBuilder(String name, Layout.Kind kind) {
        this.name = name;
        this.kind = kind;
    }

    public LayoutBuilder version(String value) {
        this.version = value;
        return this;
    }

    public LayoutBuilder language(String label) {
        this.language = label;
        return this;
    }

    /** How the columns declared after this are found (exact spelling unless said otherwise). */
    public LayoutBuilder locator(Locator value) {
        this.locator = value;
        return this;
    }

    public LayoutBuilder expectation(String text) {
        this.expectation = text;
        return this;
    }

    public LayoutBuilder writes(List<String> names) {
        this.header = names;
        return this;
    }

    /** A column the layout reads, by its names in order of preference. */
    public LayoutColumn column(String... names) {
        return column(locator, List.of(names));
    }

    public LayoutColumn column(Locator how, List<String> names) {
        return add(how, names, false);
    }

    /**
     * A column whose value the row can do without: one that cannot be read is left out with a warning on the row
     * (listed with the rejected rows and counted in the report), and the rest of the row, its opt-in above all, is
     * applied. Its values must be read through {@link Reader#of} (or {@link #amount}) for that to hold.
     */
    public LayoutColumn optional(String... names) {
        return add(locator, List.of(names), true);
    }

    public LayoutColumn optional(Locator how, List<String> names) {
        return add(how, names, true);
    }

    private LayoutColumn add(Locator how, List<String> names, boolean optional) {
        LayoutColumn column = new LayoutColumn(columns.size(), names, how, optional);
        columns.add(column);
        return column;
    }

    /** The header has a column of each of these names. */
    public LayoutBuilder requires(List<String> names) {
        Locator how = locator;
        recognition.add((layout, h) -> names.stream().allMatch(n -> how.locate(h, List.of(n)) >= 0));
        return this;
    }

    /** The header has at least one of these columns (by a declared name or an operator's alias). */
    public LayoutBuilder requiresAny(LayoutColumn... any) {
        recognition.add((layout, h) -> List.of(any).stream().anyMatch(c -> layout.locate(h, c) >= 0));
        return this;
    }

    /** The header has no column of this name (it would be another layout's). */
    public LayoutBuilder absent(String columnName) {
        recognition.add((layout, h) -> !h.has(columnName));
        return this;
    }

    /** A named recognition rule beyond the columns (a layout's oddity). */
    public LayoutBuilder recognisedOnlyIf(Predicate<Header> rule) {
        recognition.add((layout, h) -> rule.test(h));
        return this;
    }

    public LayoutBuilder refusal(Function<Header, String> rule) {
        this.refusal = rule;
        return this;
    }

    public LayoutBuilder dates(LayoutColumn column, DateOrder fallback, String why) {
        this.dates = new Layout.Dates(column, fallback, why);
        return this;
    }

    /**
     * The number style of the layout's amounts when the file proves none, and why (the layout's language writes
     * it); decimal point, as English exports write, unless declared.
     */
    public LayoutBuilder numbers(NumberStyle fallback, String why) {
        this.numberStyle = fallback;
        this.numberStyleWhy = why;
        return this;
    }

    /**
     * An amount column: read in the number style the file's amounts prove (or the layout's default), and one of the
     * columns that style is decided from.
     */
    public Reader<BigDecimal> amount(LayoutColumn column) {
        if (!amounts.contains(column)) {
            amounts.add(column);
        }
        return new ColumnReader<>(column, (row, text) -> Amounts.parse(text, row.numberStyle()));
    }

    public LayoutBuilder afterLastRow(AfterLastRow value) {
        this.afterLastRow = value;
        return this;
    }

    /**
     * Names the field a column feeds when a named hook reads it (a full name, an opt-out flag): operators' aliases
     * for that field find the column, and the report says which column fed it. The first name given stands.
     */
    public LayoutColumn feeds(String field, LayoutColumn column) {
        fields.putIfAbsent(column.slot(), field);
        return column;
    }

    /** The columns these readers read, named by the field they fill. */
    private void feeds(String field, Reader<?>... readers) {
        for (Reader<?> reader : readers) {
            if (reader instanceof ColumnReader<?> read) {
                feeds(field, read.column());
            }
        }
    }

    /** The name of a part or contact field as operators write it: {@code occurred-at}, {@code postal-code}. */
    static String fieldName(Enum<?> part) {
        return part == ContactField.ADDRESS_LINE1 ? "address"
                : part.name().toLowerCase(Locale.ROOT).replace('_', '-');
    }

    /** A named hook for an oddity of the layout, run where it is declared among the steps. */
    public LayoutBuilder hook(Step step) {
        steps.add(step);
        return this;
    }

    /** The row's fields describe the person as a checkout saw them: they fill blanks and never overwrite. */
    public LayoutBuilder fillBlanksOnly() {
        return hook((row, draft) -> draft.contact().fillBlanksOnly());
    }

    /**
     * The row's own time that dates what it says about the person (docs/values.md); a row without one (or a layout
     * that declares none) has the file's export time as its evidence time.
     */
    public LayoutBuilder evidence(Reader<Instant> time) {
        return hook((row, draft) -> draft.contact().evidenceAt(time.read(row)));
    }

    /** Every row's address bounces for good (Mailchimp's cleaned file). */
    public LayoutBuilder undeliverable() {
        return hook((row, draft) -> draft.contact().undeliverable(true));
    }

    /** An email address of that kind; the first one a row gives is its primary. */
    public LayoutBuilder email(Reader<String> cell, String emailKind) {
        feeds("email", cell);
        return hook((row, draft) -> {
            String text = cell.read(row);
            draft.contact().email(Emails.normalise(text), Emails.display(text), emailKind);
        });
    }

    /** A further address: additional, or the primary when the row has none yet. */
    public LayoutBuilder secondaryEmail(Reader<String> cell) {
        feeds("secondary-email", cell);
        return hook((row, draft) -> {
            String text = cell.read(row);
            String emailKind = draft.contact().primaryEmail() == null ? "primary" : "additional";
            draft.contact().email(Emails.normalise(text), Emails.display(text), emailKind);
        });
    }

    /** A cell of one or more addresses: the first is the primary, the others additional. */
    public LayoutBuilder emails(Reader<String> cell) {
        feeds("email", cell);
        return hook((row, draft) -> {
            List<String> addresses = Emails.split(cell.read(row));
            for (int i = 0; i < addresses.size(); i++) {
                draft.contact().email(Emails.normalise(addresses.get(i)), addresses.get(i),
                        i == 0 ? "primary" : "additional");
            }
        });
    }

    /** An identity of the source's system followed by {@code suffix} ("" or "-member"). */
    public LayoutBuilder identity(String suffix, Reader<String> id) {
        feeds(suffix.isEmpty() ? "id" : suffix.substring(1) + "-id", id);
        return hook((row, draft) -> draft.contact().identity(row.system() + suffix, id.read(row)));
    }

    /** A contact field from the first of the readers that gives a non-blank value, unless already set. */
    @SafeVarargs
    public final LayoutBuilder field(ContactField field, Reader<String>... readers) {
        feeds(fieldName(field), readers);
        return hook((row, draft) -> {
            for (Reader<String> reader : readers) {
                if (draft.contact().fields().containsKey(field)) {
                    return;
                }
                draft.contact().field(field, reader.read(row));
            }
        });
    }

    public LayoutBuilder tags(Reader<List<String>> values) {
        feeds("tags", values);
        return hook((row, draft) -> draft.contact().tags(listOrNone(values.read(row))));
    }

    public LayoutBuilder products(Reader<List<String>> values) {
        feeds("products", values);
        return hook((row, draft) -> draft.contact().products(listOrNone(values.read(row))));
    }

    /** An optional list column whose cell could not be read gives null (with a warning on the row): no labels. */
    private static List<String> listOrNone(List<String> values) {
        return values == null ? List.of() : values;
    }

    /** A consent observation the row states; a null one states nothing. */
    public LayoutBuilder consent(Reader<ConsentObservation> observation) {
        return hook((row, draft) -> {
            ConsentObservation value = observation.read(row);
            if (value != null) {
                draft.contact().consent(value);
            }
        });
    }

    public LayoutBuilder money(Money part, Reader<?> value) {
        feeds(fieldName(part), value);
        return part(value, (draft, read) -> draft.money(part, read), null);
    }

    /** A part the transaction cannot be without: a row without it is rejected with {@code rejection}. */
    public LayoutBuilder money(Money part, Reader<?> value, String rejection) {
        feeds(fieldName(part), value);
        return part(value, (draft, read) -> draft.money(part, read), rejection);
    }

    public LayoutBuilder plan(Plan part, Reader<?> value) {
        feeds(fieldName(part), value);
        return part(value, (draft, read) -> draft.plan(part, read), null);
    }

    /** A part the subscription cannot be without: a row without it is rejected with {@code rejection}. */
    public LayoutBuilder plan(Plan part, Reader<?> value, String rejection) {
        feeds(fieldName(part), value);
        return part(value, (draft, read) -> draft.plan(part, read), rejection);
    }

    private LayoutBuilder part(Reader<?> value, BiConsumer<Draft, Object> slot, String rejection) {
        return hook((row, draft) -> {
            Object read = value.read(row);
            if (read == null && rejection != null) {
                draft.reject(rejection);
            } else {
                slot.accept(draft, read);
            }
        });
    }

    public Layout build() {
        if (expectation == null) {
            throw new IllegalStateException("layout " + name + " declares no expectation");
        }
        return new Layout(this);
    }
}
