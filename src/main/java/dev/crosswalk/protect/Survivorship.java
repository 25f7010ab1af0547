package dev.crosswalk.protect;

import dev.crosswalk.model.ContactField;
import dev.crosswalk.model.FieldSource;
import dev.crosswalk.model.SourcePrecedence;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.Map;

/**
 * Which observation of a contact field is stored (docs/values.md). Every value a source offers is an observation
 * with a source and an evidence time; the stored one is the greatest of all observations seen under one total
 * order, so the order in which files arrive cannot matter:
 * <ol>
 * <li>a checkout's view of the person (a billing name or address) yields to every other source's observation;</li>
 * <li>the latest evidence time wins;</li>
 * <li>then the source the field group's precedence trusts more;</li>
 * <li>then, to be total, the greater source name and the greater text (of "Pat" and "Patricia", "Patricia").</li>
 * </ol>
 * A blank is no observation. An equivalent spelling that ranks higher replaces the stored form (the stored form too
 * must not depend on arrival); one that ranks lower changes nothing. A value a person decided is never replaced: a
 * source contradicting it with evidence newer than the decision is a question for that person, an older one was
 * overruled by the decision already. Pure rules: no database, no settings (the precedence is handed in).
 */
public final class Survivorship {

    /** What an observation does to the stored value. */
    public enum Verdict {
        /** the stored value stays, provenance and all */
        KEEP,
        /** the same text with better evidence: only the provenance changes */
        RESTATE,
        /** the observation's value (and provenance) is stored: a blank filled or a value outranked */
        REPLACE,
        /** a person decided the field, and newer evidence says otherwise: ask that person */
        CONTRADICTS_PERSON
    }

    private final FieldEquivalence equivalence;
    private final Map<ContactField, Comparator<Observation>> orders = new EnumMap<>(ContactField.class);

    public Survivorship(SourcePrecedence precedence, FieldEquivalence equivalence) {
        this.equivalence = equivalence;
        for (ContactField field : ContactField.values()) {
            orders.put(field, order(precedence, field));
        }
    }

    /**
     * The verdict on {@code incoming} from {@code offered} for a field holding {@code current} from {@code held}
     * (null when the field is blank); {@code country}: the contact's, for phones and regions.
     */
    public Verdict judge(ContactField field, String current, FieldSource held, String incoming, FieldSource offered,
            String country) {
        if (incoming == null) {
            return Verdict.KEEP;
        }
        if (current == null) {
            return Verdict.REPLACE;
        }
        if (held.byPerson()) {
            // a checkout's view never disputes anything; older evidence was overruled by the decision
            return offered.fillsBlanksOnly() || !offered.evidenceAt().isAfter(held.evidenceAt())
                    || equivalence.equivalent(field, current, incoming, country)
                    ? Verdict.KEEP : Verdict.CONTRADICTS_PERSON;
        }
        if (orders.get(field).compare(new Observation(incoming, offered), new Observation(current, held)) <= 0) {
            return Verdict.KEEP;
        }
        return incoming.equals(current) ? Verdict.RESTATE : Verdict.REPLACE;
    }

    /** One value of a field as a source offered it. */
    public record Observation(String value, FieldSource source) {
    }

    /** The total order of a field's observations, the greatest being the one stored. */
    public Comparator<Observation> order(ContactField field) {
        return orders.get(field);
    }

    private static Comparator<Observation> order(SourcePrecedence precedence, ContactField field) {
        return Comparator.<Observation, Boolean>comparing(o -> !o.source().fillsBlanksOnly())
                .thenComparing(o -> o.source().evidenceAt())
                .thenComparing(o -> -precedence.rank(field.group(), o.source().source()))
                .thenComparing(o -> o.source().source())
                .thenComparing(Observation::value);
    }
}
