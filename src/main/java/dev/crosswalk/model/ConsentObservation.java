package dev.crosswalk.model;

import java.time.Instant;

/**
 * A source stating that a person is (or is not) subscribed to email, and when that was true: {@code dated} when the
 * row states the time of the change itself (an opt-in, unsubscribe or order time), false when all it has is the
 * file's export time (a list of who is subscribed, or not, at the export).
 */
public record ConsentObservation(boolean subscribed, Instant observedAt, boolean dated) {

    /** An observation the row dates itself. */
    public ConsentObservation(boolean subscribed, Instant observedAt) {
        this(subscribed, observedAt, true);
    }
}
