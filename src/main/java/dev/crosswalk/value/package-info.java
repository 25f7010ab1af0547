/**
 * Exact, strict parsers for the values in the exports Crosswalk imports: amounts, dates, yes/no flags, emails,
 * external ids, names and list cells.
 *
 * <p>Every parser treats an absent, blank or placeholder cell ("N/A", "n/a", "null", "NULL", "-") as no value:
 * null, or an empty list for the list parsers. Any other value either parses exactly or throws
 * {@link dev.crosswalk.value.InvalidValueException} naming the value and the shape expected; nothing is guessed.
 */
package dev.crosswalk.value;
