package dev.crosswalk.source;

import dev.crosswalk.csv.CsvRow;

/** Turns one row into Crosswalk data. A value that cannot be read throws InvalidValueException: the row is rejected. */
@FunctionalInterface
public interface RowMapper {
    RowResult map(CsvRow row);
}
