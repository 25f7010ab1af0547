package dev.crosswalk.decide;

import java.time.Instant;

/** The newest applied consent observation of a contact: an older observation of the other kind never overrides it. */
public record LatestConsent(boolean subscribed, Instant observedAt) {
}
