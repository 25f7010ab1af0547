package dev.crosswalk.model;

/** An email as a source gave it: {@code key} is the matching form (trimmed, lower-case), {@code display} the spelling. */
public record EmailAddress(String key, String display, String kind) {
}
