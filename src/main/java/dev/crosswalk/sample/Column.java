package dev.crosswalk.sample;

import java.util.function.Function;

/** One column of a sample export: its header name exactly as the source writes it, and its value for a row. */
public record Column<E>(String name, Function<E, String> value) {

    public static <E> Column<E> of(String name, Function<E, String> value) {
        return new Column<>(name, value);
    }

    /** A column the source writes but leaves empty in these exports. */
    public static <E> Column<E> blank(String name) {
        return new Column<>(name, row -> "");
    }
}
