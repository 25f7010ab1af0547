package dev.crosswalk.model;

import java.time.Instant;

/** An event an order is for, keyed by (source, externalId). */
public record EventData(String externalId, String name, Instant startsAt, Instant endsAt) {
}
