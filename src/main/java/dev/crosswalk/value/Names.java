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

    /** Legal forms: a name with one of these words is an organisation's, wherever the word is. */
    private static final Set<String> LEGAL_FORMS = Set.of("inc", "incorporated", "ltd", "limited", "llc", "llp",
            "plc", "corp", "corporation", "gmbh", "ggmbh", "e.v", "ag", "s.a", "sarl", "s.a.r.l", "sas",
            "srl", "s.l", "bv", "b.v", "nv", "n.v", "ug", "gbr", "kg", "pty");
    /** Words that name an organisation when they are part of a longer name ("First Baptist Church", "The Trust"). */
    private static final Set<String> ORGANISATION_WORDS = Set.of("foundation", "association", "church", "society",
            "trust", "charity", "stiftung", "verein", "fondation", "fundación", "fundacion", "asociación", "ministries",
            "university", "school", "institute", "club", "council", "committee", "company");
    private static final Pattern WORD_BREAK = Pattern.compile("[\\s,]+");

    private Names() {
    }

    /**
     * Whether a name is an organisation's: it has a legal form (Inc., Ltd, LLC, GmbH, e.V., S.A., SARL, …), or, in
     * a name of three words or more or one starting "The", a word such as Foundation, Association or Church (two
     * words like "Charlotte Church" are more likely a person).
     */
    public static boolean isOrganisation(String fullName) {
        String name = Text.clean(fullName);
        if (name == null) {
            return false;
        }
        String[] words = WORD_BREAK.split(WHITESPACE.matcher(name).replaceAll(" ").toLowerCase(Locale.ROOT));
        boolean longName = words.length >= 3 || words.length == 2 && "the".equals(words[0]);
        for (String raw : words) {
            String word = raw.endsWith(".") ? raw.substring(0, raw.length() - 1) : raw;
            if (LEGAL_FORMS.contains(word) || longName && ORGANISATION_WORDS.contains(word)) {
                return true;
            }
        }
        return false;
    }

    /**
     * "Ann Lee" is (Ann, Lee), "Lee, Ann" is (Ann, Lee), "Ann" is (Ann, null). With several words the last word,
     * with any particles and suffix, is the last name and the rest the first name: "Mary Ann Lee" is
     * (Mary Ann, Lee), "Ludwig van Beethoven" is (Ludwig, van Beethoven), "Ann Lee Jr." is (Ann, Lee Jr.).
     * An organisation's name ({@link #isOrganisation}) is never split, "Wikimedia Foundation, Inc." least of all
     * as "Last, First": it is kept whole as the last name, the field that holds a family or organisation name.
     */
    public static PersonName split(String fullName) {
        String name = Text.clean(fullName);
        if (name == null) {
            return null;
        }
        name = WHITESPACE.matcher(name).replaceAll(" ");
        if (isOrganisation(name)) {
            return new PersonName(null, name);
        }
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

    /**
     * A name a person typed into one Name field of a sign-up form (a Mailchimp audience's {@code Name} merge field):
     * split as {@link #split} does ("Abigail Allen" is (Abigail, Allen), "Maria de la Cruz" is (Maria, de la Cruz),
     * "Abigail" is (Abigail, null)), except that a comma makes it ambiguous — "Allen, Abigail" may be last name
     * first, "Abigail Allen, MD" a name and a credential — so such a name is kept whole as the first name.
     */
    public static PersonName splitTyped(String fullName) {
        String name = Text.clean(fullName);
        if (name == null) {
            return null;
        }
        name = WHITESPACE.matcher(name).replaceAll(" ");
        return name.indexOf(',') >= 0 && !isOrganisation(name) ? new PersonName(name, null) : split(name);
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

    /**
     * The last name a full name gives when it starts with the first name already known: "Pat Example" with first
     * name "Pat" gives "Example"; null when it does not start with it or nothing follows.
     */
    public static String lastNameAfter(String fullName, String firstName) {
        String name = Text.clean(fullName);
        String first = Text.clean(firstName);
        if (name == null || first == null) {
            return null;
        }
        name = WHITESPACE.matcher(name).replaceAll(" ");
        first = WHITESPACE.matcher(first).replaceAll(" ");
        if (!name.regionMatches(true, 0, first, 0, first.length()) || name.length() <= first.length()
                || name.charAt(first.length()) != ' ') {
            return null;
        }
        return emptyToNull(name.substring(first.length() + 1).strip());
    }

    private static String emptyToNull(String text) {
        return text.isEmpty() ? null : text;
    }

    /** A first and a last name; either may be null when the full name did not give it. */
    public record PersonName(String first, String last) {
    }
}
