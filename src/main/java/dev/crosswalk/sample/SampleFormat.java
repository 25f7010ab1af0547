package dev.crosswalk.sample;

import java.util.List;
import java.util.function.BiFunction;
import org.apache.commons.csv.QuoteMode;

/**
 * One export layout as data: its name, the inbox it belongs in, its bytes (charset, BOM, quoting) and its columns.
 * {@code rows} gives the rows a person contributes (none when the source does not know them; a few for payments
 * and orders), so every file is written person by person in constant memory.
 *
 * @param inbox the inbox folder (source name) the file is meant for
 * @param rows the rows of one person: (people, person index) → rows, empty when not in this export
 */
public record SampleFormat<E>(String name, String inbox, String description, SampleEncoding encoding,
        QuoteMode quoteMode, List<Column<E>> columns, BiFunction<People, Long, List<E>> rows) {

    public List<String> header() {
        return columns.stream().map(Column::name).toList();
    }
}
