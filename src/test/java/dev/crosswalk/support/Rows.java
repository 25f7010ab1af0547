package dev.crosswalk.support;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * An export with a fixed header whose rows are given by column name (unnamed columns stay blank; values of columns
 * the header lacks are left out, as a user-chosen subset of columns would), written in the header's order or with
 * the columns shuffled, to prove that formats read columns by name.
 */
public final class Rows {

    private final List<String> header;
    private final List<Map<String, String>> rows = new ArrayList<>();

    public Rows(List<String> header) {
        this.header = header;
    }

    public Rows row(String... namesAndValues) {
        Map<String, String> row = new LinkedHashMap<>();
        for (int i = 0; i < namesAndValues.length; i += 2) {
            row.put(namesAndValues[i], namesAndValues[i + 1]);
        }
        rows.add(row);
        return this;
    }

    /** The rows in the header's column order. */
    public CsvFixture csv() {
        return csv(header);
    }

    /** The same rows with the columns in a different (fixed, seeded) order. */
    public CsvFixture shuffled() {
        return csv(ByName.shuffled(header));
    }

    public Path write(Path file) throws IOException {
        return csv().write(file);
    }

    private CsvFixture csv(List<String> order) {
        return ByName.csv(order, rows);
    }
}
