package dev.crosswalk.consent;

import dev.crosswalk.consent.ConsentRules.Seen;
import dev.crosswalk.consent.ConsentRules.State;

/**
 * What becomes of one consent observation: the contact's subscription after it, whether the state follows it
 * ({@code applied}), why, the conflict it raises (null for none), the evidence seen with it, and whether it answered
 * the contact's open question (an opt-out of a protected opt-in that, with this evidence, no longer arises).
 */
public record ConsentDecision(State state, boolean applied, String reason, String conflictReason, Seen seen,
        boolean answered) {
}
