package dev.crosswalk.pipeline;

import dev.crosswalk.csv.CsvFile;
import dev.crosswalk.csv.FileScan;
import dev.crosswalk.source.SourceFormat;
import dev.crosswalk.source.FileStyleScan;
import dev.crosswalk.value.DateOrderEvidence;
import dev.crosswalk.value.NumberStyleEvidence;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * How a file was read, in words for the report: its layout, language, delimiter, encoding, date order and number
 * style (for a layout with amounts), and what each was recognised from, so that a reader can check the guess behind
 * every value; then which column fed which field and which columns nothing reads.
 */
final class Recognition {

    private Recognition() {
    }

    static Map<String, String> of(SourceFormat format, CsvFile csv, FileScan scan, FileStyleScan.Styles styles) {
        DateOrderEvidence.Decision dates = styles.dates();
        NumberStyleEvidence.Decision numbers = styles.numbers();
        Map<String, String> recognition = new LinkedHashMap<>();
        recognition.put("layout", format.name() + " (" + format.version() + "), from the column names of the header");
        recognition.put("language", format.language() + ", from the column names of the header");
        recognition.put("delimiter", delimiter(csv.delimiter()) + ", the most frequent separator in the header line");
        recognition.put("encoding", encoding(scan));
        recognition.put("date_order", dates == null
                ? "not needed: this layout writes no day/month dates (its dates are year-first or spelled out)"
                : dates.how());
        if (numbers != null) {
            recognition.put("number_style", numbers.style().label());
            recognition.put("number_style_evidence", numbers.evidence());
        }
        recognition.putAll(format.columnReport(csv.header()));
        return recognition;
    }

    private static String delimiter(char delimiter) {
        return switch (delimiter) {
            case ',' -> "comma";
            case ';' -> "semicolon";
            case '\t' -> "tab";
            default -> "'" + delimiter + "'";
        };
    }

    private static String encoding(FileScan scan) {
        if (!StandardCharsets.UTF_8.equals(scan.charset())) {
            return scan.charset().name() + ", as the file is not valid UTF-8";
        }
        return scan.bom() ? "UTF-8, from its byte-order mark and valid UTF-8 throughout"
                : "UTF-8, as every byte sequence is valid UTF-8";
    }
}
