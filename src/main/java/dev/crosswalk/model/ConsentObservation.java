package dev.crosswalk.model;

import java.time.Instant;

/** A source stating that a person is (or is not) subscribed to email, and when that was true. */
public record ConsentObservation(boolean subscribed, Instant observedAt) {
}
