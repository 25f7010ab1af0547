package dev.crosswalk.source;

import dev.crosswalk.csv.CsvFile;
import dev.crosswalk.csv.CsvLimits;
import dev.crosswalk.csv.CsvRow;
import dev.crosswalk.csv.FileScan;
import dev.crosswalk.csv.RejectedFileException;
import dev.crosswalk.value.DateOrderEvidence;
import dev.crosswalk.value.NumberStyleEvidence;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.function.BooleanSupplier;
import java.util.function.Supplier;

/**
 * Decides how a file writes its dates (day-first or month-first) and its amounts (decimal comma or point) before
 * any row is applied: rows are applied in chunks as they stream, so a row read before the value that proves the
 * style would otherwise be stored on a guess. A pass over the file stops once every style it looks for is proven
 * (or reads it all when one is not); the import then {@linkplain #guard checks every row} against the decision,
 * and a value proving the other style refuses the whole file, naming one line of each — the batch is one
 * transaction, so nothing read before it is kept.
 */
public final class FileStyleScan {

    /** The file's date order and number style; each null when the format has no such values. */
    public record Styles(DateOrderEvidence.Decision dates, NumberStyleEvidence.Decision numbers) {
    }

    private FileStyleScan() {
    }

    /** The file's styles under the format's rules (either rule may be null: nothing to decide). */
    public static Styles decide(Path file, FileScan scan, CsvLimits limits, DateRule dateRule, NumberRule numberRule)
            throws IOException {
        Watches watches = new Watches(dateRule, numberRule);
        if (!watches.any()) {
            return new Styles(null, null);
        }
        try (CsvFile csv = CsvFile.open(file, scan, limits)) {
            for (Iterator<CsvRow> rows = csv.rows(); rows.hasNext() && !watches.allProven();) {
                watches.observe(rows.next());
            }
        }
        return watches.decide();
    }

    /**
     * The mapper with every row's dates and amounts checked first: a value that proves the style opposite to the
     * one decided refuses the file. Without rules, the mapper itself.
     */
    public static RowMapper guard(RowMapper mapper, DateRule dateRule, NumberRule numberRule) {
        Watches watches = new Watches(dateRule, numberRule);
        if (!watches.any()) {
            return mapper;
        }
        return row -> {
            watches.observe(row);
            return mapper.map(row);
        };
    }

    /** Gathers one style's evidence from a cell of a given line. */
    @FunctionalInterface
    private interface Evidence {
        void observe(String cell, long line);
    }

    /**
     * One style looked for: the columns it is read from, the evidence gathered so far, whether it proves the style,
     * and the refusal when it proves both (null while it agrees with itself).
     */
    private record Watch(List<Integer> columns, Evidence evidence, BooleanSupplier proves,
            Supplier<RejectedFileException> contradiction) {

        void observe(CsvRow row) {
            for (int column : columns) {
                evidence.observe(row.get(column), row.line());
            }
        }
    }

    private static final class Watches {
        private final DateRule dateRule;
        private final NumberRule numberRule;
        private final DateOrderEvidence dates = new DateOrderEvidence();
        private final NumberStyleEvidence numbers = new NumberStyleEvidence();
        private final List<Watch> all = new ArrayList<>();

        Watches(DateRule dateRule, NumberRule numberRule) {
            this.dateRule = dateRule;
            this.numberRule = numberRule;
            if (dateRule != null) {
                all.add(new Watch(dateRule.columns(), dates::observe, dates::proves,
                        () -> dates.contradicts() ? twoOrders(dates) : null));
            }
            if (numberRule != null) {
                all.add(new Watch(numberRule.columns(), numbers::observe, numbers::proves,
                        () -> numbers.contradicts() ? twoStyles(numbers) : null));
            }
        }

        boolean any() {
            return !all.isEmpty();
        }

        boolean allProven() {
            return all.stream().allMatch(w -> w.proves().getAsBoolean());
        }

        void observe(CsvRow row) {
            for (Watch watch : all) {
                watch.observe(row);
                RejectedFileException contradiction = watch.contradiction().get();
                if (contradiction != null) {
                    throw contradiction;
                }
            }
        }

        Styles decide() {
            return new Styles(dateRule == null ? null : dates.decide(dateRule.fallback(), dateRule.why()),
                    numberRule == null ? null : numbers.decide(numberRule.fallback(), numberRule.why()));
        }
    }

    private static RejectedFileException twoOrders(DateOrderEvidence evidence) {
        DateOrderEvidence.Proof day = evidence.dayFirst();
        DateOrderEvidence.Proof month = evidence.monthFirst();
        return new RejectedFileException("The file's dates are written in two orders: line " + day.line()
                + " has " + day.text() + ", which can only be day-first, and line " + month.line() + " has "
                + month.text() + ", which can only be month-first, so any single order would store some dates"
                + " wrong. Download the file again from one account in one language, or correct the dates so"
                + " they share one order.");
    }

    private static RejectedFileException twoStyles(NumberStyleEvidence evidence) {
        NumberStyleEvidence.Proof comma = evidence.decimalComma();
        NumberStyleEvidence.Proof point = evidence.decimalPoint();
        return new RejectedFileException("The file's amounts are written in two styles: line " + comma.line()
                + " has " + comma.text() + ", which can only be read with a decimal comma, and line "
                + point.line() + " has " + point.text() + ", which can only be read with a decimal point, so"
                + " any single style would store some amounts a hundred or a thousand times wrong. Download the"
                + " file again from one account in one language, or correct the amounts so they share one"
                + " style.");
    }
}
