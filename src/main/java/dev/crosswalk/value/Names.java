package dev.crosswalk.value;

import java.util.Arrays;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;

/** Person names for sources that give only one "Name" column. */
public final class Names {

    private static final Pattern WHITESPACE = Pattern.compile("[\\s\\u00a0\\u2007\\u202f]+");
    /** Generational suffixes: they belong to the last name, never stand for a first name. */
    private static final Set<String> SUFFIXES = Set.of("jr", "jr.", "sr", "sr.", "ii", "iii", "iv");
    /** Lower-case particles that start a last name ("Ludwig van Beethoven"); capitalised, they may be a first name. */
    private static final Set<String> PARTICLES = Set.of(
            "van", "von", "der", "den", "de", "del", "della", "da", "di", "du", "la", "le", "dos", "das", "ter", "ten");

    private Names() {
    }

    /**
     * "Ann Lee" is (Ann, Lee), "Lee, Ann" is (Ann, Lee), "Ann" is (Ann, null). With several words the last word,
     * with any particles and suffix, is the last name and the rest the first name: "Mary Ann Lee" is
     * (Mary Ann, Lee), "Ludwig van Beethoven" is (Ludwig, van Beethoven), "Ann Lee Jr." is (Ann, Lee Jr.).
     */
    public static PersonName split(String fullName) {
        String name = Text.clean(fullName);
        if (name == null) {
            return null;
        }
        name = WHITESPACE.matcher(name).replaceAll(" ");
        int comma = name.indexOf(',');
        if (comma < 0) {
            return fromWords(name.split(" "));
        }
        String last = Text.strip(name.substring(0, comma));
        String first = Text.strip(name.substring(comma + 1));
        if (isSuffix(first) && !last.isEmpty()) {
            return fromWords((last + " " + first).split(" "));
        }
        return first.isEmpty() && last.isEmpty() ? null : new PersonName(emptyToNull(first), emptyToNull(last));
    }

    private static PersonName fromWords(String[] words) {
        if (words.length == 1) {
            return new PersonName(words[0], null);
        }
        int lastStart = words.length - 1;
        if (words.length > 2 && isSuffix(words[lastStart])) {
            lastStart--;
        }
        while (lastStart > 1 && PARTICLES.contains(words[lastStart - 1])) {
            lastStart--;
        }
        return new PersonName(
                String.join(" ", Arrays.copyOfRange(words, 0, lastStart)),
                String.join(" ", Arrays.copyOfRange(words, lastStart, words.length)));
    }

    private static boolean isSuffix(String word) {
        return SUFFIXES.contains(word.toLowerCase(Locale.ROOT));
    }

    private static String emptyToNull(String text) {
        return text.isEmpty() ? null : text;
    }

    /** A first and a last name; either may be null when the full name did not give it. */
    public record PersonName(String first, String last) {
    }
}
