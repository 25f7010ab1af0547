package dev.crosswalk.sample;

import java.util.function.Function;

/**
 * One column of a sample export: its header name exactly as the source writes it, and its value for a row.
 * {@code site}: a column one site adds to the layout (a custom form field, an organiser's question, an interest
 * group), which no layout declares.
 */
public record Column<E>(String name, Function<E, String> value, boolean site) {

    public static <E> Column<E> of(String name, Function<E, String> value) {
        return new Column<>(name, value, false);
    }

    /** A column the source writes but leaves empty in these exports. */
    public static <E> Column<E> blank(String name) {
        return new Column<>(name, row -> "", false);
    }

    /** A column of the site's own, not the layout's. */
    public static <E> Column<E> site(String name, Function<E, String> value) {
        return new Column<>(name, value, true);
    }
}
