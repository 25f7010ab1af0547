package dev.crosswalk.adopt;

import java.io.IOException;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;
import org.apache.commons.csv.QuoteMode;

/**
 * A folder of CSV dumps, one {@code <table>.csv} per legacy table with a header, as {@code psql \copy … csv header}
 * writes them: an unquoted empty field is NULL, a quoted one an empty string. A missing file is a missing table.
 */
public final class DumpLegacyReader implements LegacyReader {

    private static final CSVFormat PSQL_CSV = CSVFormat.DEFAULT.builder()
            .setHeader().setSkipHeaderRecord(true)
            .setNullString("")
            .setQuoteMode(QuoteMode.ALL_NON_NULL)
            .get();

    private final Path folder;

    public DumpLegacyReader(Path folder) {
        this.folder = folder;
    }

    @Override
    public List<Map<String, String>> rows(String table, List<String> columns) throws IOException {
        Path file = folder.resolve(table + ".csv");
        List<Map<String, String>> rows = new ArrayList<>();
        if (!Files.isRegularFile(file)) {
            return rows;
        }
        try (Reader in = Files.newBufferedReader(file, StandardCharsets.UTF_8);
                CSVParser parser = PSQL_CSV.parse(in)) {
            List<String> names = parser.getHeaderNames();
            for (CSVRecord record : parser) {
                Map<String, String> row = new LinkedHashMap<>();
                for (int i = 0; i < names.size(); i++) {
                    if (columns.contains(names.get(i))) {
                        row.put(names.get(i), i < record.size() ? record.get(i) : null);
                    }
                }
                rows.add(row);
            }
        }
        return rows;
    }

    @Override
    public String describe() {
        return folder.toAbsolutePath().toString();
    }

    @Override
    public String kind() {
        return "dump";
    }

    @Override
    public void close() {
        // files are opened and closed per table
    }
}
