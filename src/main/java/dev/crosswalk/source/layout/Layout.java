package dev.crosswalk.source.layout;

import dev.crosswalk.csv.Header;
import dev.crosswalk.model.ConsentObservation;
import dev.crosswalk.model.ContactField;
import dev.crosswalk.source.AfterLastRow;
import dev.crosswalk.value.DateOrder;
import dev.crosswalk.value.Emails;
import java.util.ArrayList;
import java.util.List;
import java.util.function.BiConsumer;
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

    private final String name;
    private final String version;
    private final String language;
    private final Kind kind;
    private final List<LayoutColumn> columns;
    private final List<Predicate<Header>> recognition;
    private final String expectation;
    private final List<Step> steps;
    private final Dates dates;
    private final Function<Header, String> refusal;
    private final AfterLastRow afterLastRow;
    private final List<String> header;

    private Layout(Builder b) {
        this.name = b.name;
        this.version = b.version;
        this.language = b.language;
        this.kind = b.kind;
        this.columns = List.copyOf(b.columns);
        this.recognition = List.copyOf(b.recognition);
        this.expectation = b.expectation;
        this.steps = List.copyOf(b.steps);
        this.dates = b.dates;
        this.refusal = b.refusal;
        this.afterLastRow = b.afterLastRow;
        this.header = List.copyOf(b.header);
    }

    public static Builder builder(String name, Kind kind) {
        return new Builder(name, kind);
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

    /** Declares a layout: columns first, then the steps in the order a row goes through them. */
    public static final class Builder {

        private final String name;
        private final Kind kind;
        private String version = "1";
        private String language = "English";
        private Locator locator = Locator.EXACT;
        private final List<LayoutColumn> columns = new ArrayList<>();
        private final List<Predicate<Header>> recognition = new ArrayList<>();
        private String expectation;
        private final List<Step> steps = new ArrayList<>();
        private Dates dates;
        private Function<Header, String> refusal = h -> null;
        private AfterLastRow afterLastRow = AfterLastRow.NOTHING;
        private List<String> header = List.of();

        private Builder(String name, Kind kind) {
            this.name = name;
            this.kind = kind;
        }

        public Builder version(String value) {
            this.version = value;
            return this;
        }

        public Builder language(String label) {
            this.language = label;
            return this;
        }

        /** How the columns declared after this are found (exact spelling unless said otherwise). */
        public Builder locator(Locator value) {
            this.locator = value;
            return this;
        }

        public Builder expectation(String text) {
            this.expectation = text;
            return this;
        }

        public Builder writes(List<String> names) {
            this.header = names;
            return this;
        }

        /** A column the layout reads, by its names in order of preference. */
        public LayoutColumn column(String... names) {
            return column(locator, List.of(names));
        }

        public LayoutColumn column(Locator how, List<String> names) {
            LayoutColumn column = new LayoutColumn(columns.size(), names, how);
            columns.add(column);
            return column;
        }

        /** The header has a column of each of these names. */
        public Builder requires(List<String> names) {
            Locator how = locator;
            recognition.add(h -> names.stream().allMatch(n -> how.locate(h, List.of(n)) >= 0));
            return this;
        }

        /** The header has at least one of these columns. */
        public Builder requiresAny(LayoutColumn... any) {
            recognition.add(h -> List.of(any).stream().anyMatch(c -> c.locate(h) >= 0));
            return this;
        }

        /** The header has no column of this name (it would be another layout's). */
        public Builder absent(String columnName) {
            recognition.add(h -> !h.has(columnName));
            return this;
        }

        /** A named recognition rule beyond the columns (a layout's oddity). */
        public Builder recognisedOnlyIf(Predicate<Header> rule) {
            recognition.add(rule);
            return this;
        }

        public Builder refusal(Function<Header, String> rule) {
            this.refusal = rule;
            return this;
        }

        public Builder dates(LayoutColumn column, DateOrder fallback, String why) {
            this.dates = new Dates(column, fallback, why);
            return this;
        }

        public Builder afterLastRow(AfterLastRow value) {
            this.afterLastRow = value;
            return this;
        }

        /** A named hook for an oddity of the layout, run where it is declared among the steps. */
        public Builder hook(Step step) {
            steps.add(step);
            return this;
        }

        /** The row's fields describe the person as a checkout saw them: they fill blanks and never overwrite. */
        public Builder fillBlanksOnly() {
            return hook((row, draft) -> draft.contact().fillBlanksOnly());
        }

        /** Every row's address bounces for good (Mailchimp's cleaned file). */
        public Builder undeliverable() {
            return hook((row, draft) -> draft.contact().undeliverable(true));
        }

        /** An email address of that kind; the first one a row gives is its primary. */
        public Builder email(Reader<String> cell, String emailKind) {
            return hook((row, draft) -> {
                String text = cell.read(row);
                draft.contact().email(Emails.normalise(text), Emails.display(text), emailKind);
            });
        }

        /** A further address: additional, or the primary when the row has none yet. */
        public Builder secondaryEmail(Reader<String> cell) {
            return hook((row, draft) -> {
                String text = cell.read(row);
                String emailKind = draft.contact().primaryEmail() == null ? "primary" : "additional";
                draft.contact().email(Emails.normalise(text), Emails.display(text), emailKind);
            });
        }

        /** A cell of one or more addresses: the first is the primary, the others additional. */
        public Builder emails(Reader<String> cell) {
            return hook((row, draft) -> {
                List<String> addresses = Emails.split(cell.read(row));
                for (int i = 0; i < addresses.size(); i++) {
                    draft.contact().email(Emails.normalise(addresses.get(i)), addresses.get(i),
                            i == 0 ? "primary" : "additional");
                }
            });
        }

        /** An identity of the source's system followed by {@code suffix} ("" or "-member"). */
        public Builder identity(String suffix, Reader<String> id) {
            return hook((row, draft) -> draft.contact().identity(row.system() + suffix, id.read(row)));
        }

        /** A contact field from the first of the readers that gives a non-blank value, unless already set. */
        @SafeVarargs
        public final Builder field(ContactField field, Reader<String>... readers) {
            return hook((row, draft) -> {
                for (Reader<String> reader : readers) {
                    if (draft.contact().fields().containsKey(field)) {
                        return;
                    }
                    draft.contact().field(field, reader.read(row));
                }
            });
        }

        public Builder tags(Reader<List<String>> values) {
            return hook((row, draft) -> draft.contact().tags(values.read(row)));
        }

        public Builder products(Reader<List<String>> values) {
            return hook((row, draft) -> draft.contact().products(values.read(row)));
        }

        /** A consent observation the row states; a null one states nothing. */
        public Builder consent(Reader<ConsentObservation> observation) {
            return hook((row, draft) -> {
                ConsentObservation value = observation.read(row);
                if (value != null) {
                    draft.contact().consent(value);
                }
            });
        }

        public Builder money(Money part, Reader<?> value) {
            return part(value, (draft, read) -> draft.money(part, read), null);
        }

        /** A part the transaction cannot be without: a row without it is rejected with {@code rejection}. */
        public Builder money(Money part, Reader<?> value, String rejection) {
            return part(value, (draft, read) -> draft.money(part, read), rejection);
        }

        public Builder plan(Plan part, Reader<?> value) {
            return part(value, (draft, read) -> draft.plan(part, read), null);
        }

        /** A part the subscription cannot be without: a row without it is rejected with {@code rejection}. */
        public Builder plan(Plan part, Reader<?> value, String rejection) {
            return part(value, (draft, read) -> draft.plan(part, read), rejection);
        }

        private Builder part(Reader<?> value, BiConsumer<Draft, Object> slot, String rejection) {
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
}
