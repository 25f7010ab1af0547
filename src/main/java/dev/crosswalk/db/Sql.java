package dev.crosswalk.db;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.regex.Pattern;

/**
 * Runtime SQL statements, kept as {@code .sql} resources under {@code /sql} and loaded once. Values are always
 * parameters; where a statement works on a table or column chosen at run time, the resource names it as a
 * placeholder ({@code {table}}) that {@link #load(String, Map)} fills with a plain lower-case identifier taken from
 * a fixed list in the code or the database's own catalogue, never from input.
 */
public final class Sql {

    private static final Map<String, String> CACHE = new ConcurrentHashMap<>();
    private static final Pattern IDENTIFIER = Pattern.compile("[a-z_][a-z0-9_]*");

    private Sql() {
    }

    /** The text of {@code /sql/<name>.sql}, e.g. {@code Sql.load("match/identities")}. */
    public static String load(String name) {
        return CACHE.computeIfAbsent(name, Sql::read);
    }

    /**
     * The statement with each {@code {placeholder}} replaced by its identifier; refuses anything but a plain
     * lower-case identifier, so neither quotes nor SQL can get in.
     */
    public static String load(String name, Map<String, String> identifiers) {
        String sql = load(name);
        for (Map.Entry<String, String> identifier : identifiers.entrySet()) {
            if (!IDENTIFIER.matcher(identifier.getValue()).matches()) {
                throw new IllegalArgumentException("not a plain identifier for {" + identifier.getKey() + "} in "
                        + name + ": " + identifier.getValue());
            }
            sql = sql.replace("{" + identifier.getKey() + "}", identifier.getValue());
        }
        return sql;
    }

    private static String read(String name) {
        String path = "/sql/" + name + ".sql";
        try (InputStream in = Sql.class.getResourceAsStream(path)) {
            if (in == null) {
                throw new IllegalArgumentException("no SQL resource " + path);
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
