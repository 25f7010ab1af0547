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
 * or with {@code --json} the same rows as a JSON array keyed by the column names.
 */
final class Listing {

    /** A column: its heading, the result-set column (and JSON key) it shows, and whether it is right-aligned. */
    record Column(String heading, String key, boolean number) {

        static Column text(String heading, String key) {
            return new Column(heading, key, false);
        }

        static Column number(String heading, String key) {
            return new Column(heading, key, true);
        }
    }

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
        out.println(line(widths, columns.stream().map(Column::heading).toList()));
        for (Map<String, Object> row : rows) {
            out.println(line(widths, columns.stream().map(c -> cell(row, c)).toList()));
        }
    }

    private String line(int[] widths, List<String> cells) {
        StringBuilder line = new StringBuilder();
        for (int i = 0; i < cells.size(); i++) {
            boolean last = i == cells.size() - 1;
            String cell = cells.get(i);
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
