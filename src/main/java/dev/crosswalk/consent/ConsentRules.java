package dev.crosswalk.consent;

import dev.crosswalk.model.ConsentObservation;
import dev.crosswalk.source.ConsentRole;
import java.time.Instant;
import java.time.temporal.ChronoUnit;

/**
 * The consent rules (docs/importing.md): how an observed opt-in or opt-out changes a contact. An opt-in is never lost silently: a protected
 * opt-in is only turned off by a person (PROTECTED_OPT_IN conflict) unless auto-honour is on, and an observation
 * older than the newest applied one of the other kind is recorded but never applied.
 */
public final class ConsentRules {

    public static final String PROTECTED_OPT_IN = "PROTECTED_OPT_IN";
    public static final String LOCKED = "LOCKED";

    private final boolean autoHonourOptOuts;

    public ConsentRules(boolean autoHonourOptOuts) {
        this.autoHonourOptOuts = autoHonourOptOuts;
    }

    /** The state of a contact's subscription, and the newest applied observation (null when none). */
    public record Current(boolean subscribed, boolean isProtected, String protectedReason, Boolean latestSubscribed,
            Instant latestObservedAt) {
    }

    /** A contact created by the row that carries the observation. */
    public ConsentDecision forNewContact(ConsentObservation obs, ConsentRole role, String source, long batch) {
        if (role == ConsentRole.INFORMATIONAL) {
            return new ConsentDecision(false, false, null, false, "informational source: recorded only", null);
        }
        return obs.subscribed()
                ? new ConsentDecision(true, true, optInReason(obs, source, batch), true, "opt-in on creation", null)
                : new ConsentDecision(false, false, null, true, "opt-out on creation", null);
    }

    public ConsentDecision forExisting(ConsentObservation obs, ConsentRole role, Current cur, boolean lockAllows,
            String source, long batch) {
        if (role == ConsentRole.INFORMATIONAL) {
            return unchanged(cur, false, "informational source: recorded only", null);
        }
        if (cur.latestObservedAt() != null && cur.latestObservedAt().isAfter(obs.observedAt())
                && cur.latestSubscribed() != obs.subscribed()) {
            return unchanged(cur, false, "older than the " + (cur.latestSubscribed() ? "opt-in" : "opt-out")
                    + " observed " + cur.latestObservedAt().truncatedTo(ChronoUnit.SECONDS), null);
        }
        return obs.subscribed() ? optIn(obs, cur, lockAllows, source, batch) : optOut(cur, lockAllows);
    }

    private ConsentDecision optIn(ConsentObservation obs, Current cur, boolean lockAllows, String source, long batch) {
        if (cur.subscribed() && cur.isProtected()) {
            return unchanged(cur, true, "already subscribed", null);
        }
        if (!lockAllows) {
            return cur.subscribed()
                    ? unchanged(cur, false, "locked: already subscribed, protection not added", null)
                    : unchanged(cur, false, "locked: opt-in awaits a decision", LOCKED);
        }
        return new ConsentDecision(true, true, optInReason(obs, source, batch), true, "opt-in applied", null);
    }

    private ConsentDecision optOut(Current cur, boolean lockAllows) {
        if (!cur.subscribed()) {
            return unchanged(cur, true, "already unsubscribed", null);
        }
        if (cur.isProtected() && !autoHonourOptOuts) {
            return unchanged(cur, false, "protected opt-in: opt-out awaits a decision", PROTECTED_OPT_IN);
        }
        if (!lockAllows) {
            return unchanged(cur, false, "locked: opt-out awaits a decision", LOCKED);
        }
        return new ConsentDecision(false, false, null, true,
                cur.isProtected() ? "opt-out auto-honoured over a protected opt-in" : "opt-out applied", null);
    }

    private static ConsentDecision unchanged(Current cur, boolean applied, String reason, String conflict) {
        return new ConsentDecision(cur.subscribed(), cur.isProtected(), cur.protectedReason(), applied, reason,
                conflict);
    }

    private static String optInReason(ConsentObservation obs, String source, long batch) {
        return "opt-in from " + source + " observed " + obs.observedAt().truncatedTo(ChronoUnit.SECONDS)
                + " (batch " + batch + ")";
    }
}
