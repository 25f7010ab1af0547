package dev.crosswalk.sample;

import java.util.List;
import java.util.SplittableRandom;
import java.util.function.BiFunction;
import java.util.function.Predicate;

/**
 * One row of a contact export: the person, the randomness for this export's quirks of that row (drawn in
 * column order, so the bytes depend only on seed, person and format), and the population it belongs to.
 */
public record Contact(Person person, SplittableRandom random, People people) {

    /** Rows of an export listing every person for whom {@code member} holds, once. */
    static BiFunction<People, Long, List<Contact>> listing(long purpose, Predicate<Member> member) {
        return (people, index) -> member.test(new Member(people, index))
                ? List.of(new Contact(people.person(index), people.random(index, purpose), people))
                : List.of();
    }

    boolean chance(double share) {
        return random.nextDouble() < share;
    }

    /** The membership question about one person. */
    record Member(People people, long index) {
        boolean in(Membership membership) {
            return people.in(index, membership);
        }
    }
}
