package dev.crosswalk.cli;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import java.io.PrintStream;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * What a listing command prints: a table whose columns are as wide as their widest cell (numbers right-aligned),
 * within {@value Terminal#WIDTH} columns: when the rows are wider, the widest text columns are narrowed and their
 * longer cells end in an ellipsis. With {@code --json} the same rows, whole, as a JSON array keyed by the column
 * names.
 */
final class Listing {

    /**
     * A column: its heading, the result-set column (and JSON key) it shows, whether it is right-aligned, and when its
     * cells may be cut to fit the terminal: {@code 0} never (numbers, times, kinds), {@code 1} first (free text),
     * {@code 2} only when cutting the others is not enough (who a row is about).
     */
    record Column(String heading, String key, boolean number, int cutOrder) {

        /** Free text, cut with an ellipsis when the table is too wide. */
        static Column text(String heading, String key) {
            return new Column(heading, key, false, 1);
        }

        /** Text that says whom or what a row is about: cut after every other text column. */
        static Column name(String heading, String key) {
            return new Column(heading, key, false, 2);
        }

        /** A short word or a time, always shown whole. */
        static Column word(String heading, String key) {
            return new Column(heading, key, false, 0);
        }

        static Column number(String heading, String key) {
            return new Column(heading, key, true, 0);
        }
    }

    /** A narrowed text column keeps at least this many characters. */
    private static final int MINIMUM_TEXT_WIDTH = 8;

    private final List<Column> columns;
    private final List<Map<String, Object>> rows = new ArrayList<>();

    Listing(Column... columns) {
        this.columns = List.of(columns);
    }

    /** Every row, by the columns' keys (other values of a row are left out, of the JSON too). */
    Listing addAll(List<Map<String, Object>> values) {
        for (Map<String, Object> value : values) {
            Map<String, Object> row = new LinkedHashMap<>();
            for (Column column : columns) {
                row.put(column.key(), value.get(column.key()));
            }
            rows.add(row);
        }
        return this;
    }

    void print(PrintStream out, boolean json) throws Exception {
        if (json) {
            out.println(new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT).writeValueAsString(rows));
            return;
        }
        int[] widths = new int[columns.size()];
        for (int i = 0; i < widths.length; i++) {
            widths[i] = columns.get(i).heading().length();
            for (Map<String, Object> row : rows) {
                widths[i] = Math.max(widths[i], cell(row, columns.get(i)).length());
            }
        }
        narrow(widths);
        out.println(line(widths, columns.stream().map(Column::heading).toList()));
        for (Map<String, Object> row : rows) {
            out.println(line(widths, columns.stream().map(c -> cell(row, c)).toList()));
        }
    }

    /**
     * Narrows the widest column of the first cut order that still can be, again and again, until the table fits
     * (never below its heading or {@value #MINIMUM_TEXT_WIDTH} characters).
     */
    private void narrow(int[] widths) {
        int total = 2 * (widths.length - 1);
        for (int width : widths) {
            total += width;
        }
        while (total > Terminal.WIDTH) {
            int widest = -1;
            for (int i = 0; i < widths.length; i++) {
                int order = columns.get(i).cutOrder();
                if (order > 0 && widths[i] > minimum(i) && (widest < 0 || order < columns.get(widest).cutOrder()
                        || order == columns.get(widest).cutOrder() && widths[i] > widths[widest])) {
                    widest = i;
                }
            }
            if (widest < 0) {
                return;
            }
            widths[widest]--;
            total--;
        }
    }

    private int minimum(int column) {
        return Math.max(columns.get(column).heading().length(), MINIMUM_TEXT_WIDTH);
    }

    private String line(int[] widths, List<String> cells) {
        StringBuilder line = new StringBuilder();
        for (int i = 0; i < cells.size(); i++) {
            boolean last = i == cells.size() - 1;
            String cell = Terminal.fit(cells.get(i), widths[i]);
            String pad = " ".repeat(widths[i] - cell.length());
            line.append(columns.get(i).number() ? pad + cell : last ? cell : cell + pad);
            if (!last) {
                line.append("  ");
            }
        }
        return line.toString();
    }

    private static String cell(Map<String, Object> row, Column column) {
        Object value = row.get(column.key());
        return value == null ? "" : value.toString();
    }
}
