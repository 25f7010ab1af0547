package dev.crosswalk.consent;

/**
 * What becomes of one consent observation: the contact's subscription state after it, whether it was applied,
 * why, and the conflict it raises (null for none).
 */
public record ConsentDecision(boolean subscribed, boolean isProtected, String protectedReason, boolean applied,
        String reason, String conflictReason) {
}
