package dev.crosswalk.sample;

import java.time.Instant;

/**
 * One invented person as every source knows them. {@code nickname} is the spelling other systems use
 * (Katherine in Kajabi, Kate in PayPal); the three addresses are the ones a person really spreads over tools.
 * {@code memberId} is null for a contact who never bought; {@code changed} marks a person whose details differ
 * from the seed's first snapshot (a later export).
 */
public record Person(long index, String first, String nickname, String last, String personalEmail,
        String workEmail, String paypalEmail, String company, String phone, String street, String city, String state,
        String zip, String country, Instant createdAt, String kajabiId, String memberId, String tags,
        String products, boolean changed) {

    public String name() {
        return first + " " + last;
    }
}
