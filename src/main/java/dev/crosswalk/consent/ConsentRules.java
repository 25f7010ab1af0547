package dev.crosswalk.consent;

import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.Comparator;

/**
 * The consent rules (docs/values.md "Consent"): a contact's subscription is a function of the consent evidence seen,
 * never of the order it arrived in. Of each kind (opt-in, opt-out) only the greatest observation counts: the latest
 * evidence time, then a person's decision over a source's, then the greater source name. The greater of the two
 * decides; at the same time the opt-in stands (an opt-in is overruled only by a newer opt-out). An opt-out newer than
 * a protected opt-in applies at once when it is a person's, when auto-honour is on, or when the source only listed
 * the person as not subscribed at its export ({@link Evidence#dated()} false) while another system gave the opt-in;
 * an unsubscribe the source dated itself, or the opt-in's own system now listing the person as not subscribed, keeps
 * the opt-in and asks a person (PROTECTED_OPT_IN), once: the person's answer is newer evidence than the question.
 * An opt-in is never dropped without an observation saying so, recorded with the reason.
 */
public final class ConsentRules {

    public static final String PROTECTED_OPT_IN = "PROTECTED_OPT_IN";
    public static final String LOCKED = "LOCKED";
    /** The source of a person's consent decision (a review). */
    public static final String PERSON = "review";
    /** The source of the consent an adopted database held: which list it came from is not known. */
    public static final String ADOPTED = "legacy";

    /** Which of two observations of one kind counts: the later one, a person's at the same time, then by source. */
    public static final Comparator<Evidence> RANK = Comparator.comparing(Evidence::at)
            .thenComparing(Evidence::byPerson).thenComparing(Evidence::source);

    private final boolean autoHonourOptOuts;

    public ConsentRules(boolean autoHonourOptOuts) {
        this.autoHonourOptOuts = autoHonourOptOuts;
    }

    /**
     * One consent observation as evidence: what it states, its evidence time, its source and the source's system
     * (kajabi-subscribed and kajabi-unsubscribed are both kajabi), whether the source dated the change itself (an
     * unsubscribe time, an order's time: true; only the export's time: false).
     */
    public record Evidence(boolean subscribed, Instant at, String source, String system, boolean dated) {

        public boolean byPerson() {
            return PERSON.equals(source);
        }
    }

    /** The greatest opt-in and opt-out seen for a contact (either null when none). */
    public record Seen(Evidence optIn, Evidence optOut) {

        public static final Seen NONE = new Seen(null, null);

        /** With {@code e} added: it replaces the one of its kind only when it ranks higher. */
        public Seen with(Evidence e) {
            Evidence same = e.subscribed() ? optIn : optOut;
            if (same != null && RANK.compare(e, same) <= 0) {
                return this;
            }
            return e.subscribed() ? new Seen(e, optOut) : new Seen(optIn, e);
        }

        /** Whether {@code e} is the observation of its kind that counts. */
        public boolean counts(Evidence e) {
            return e.equals(e.subscribed() ? optIn : optOut);
        }
    }

    /**
     * A contact's subscription as the evidence makes it: subscribed, protected, why, and whether an opt-out of a
     * protected opt-in waits for a person ({@code asks}: the opt-out in question is {@code asking}).
     */
    public record State(boolean subscribed, boolean isProtected, String protectedReason, Evidence asking) {

        public boolean asks() {
            return asking != null;
        }
    }

    /**
     * The subscription the evidence {@code seen} makes; {@code stored} stands where no evidence of a kind is known
     * (a contact adopted with its consent): a stored opt-in counts as the oldest opt-in, a protected one if it was.
     */
    public State state(Seen seen, State stored) {
        Evidence in = seen.optIn();
        Evidence out = seen.optOut();
        boolean storedIn = in == null && stored.subscribed();
        if (in == null && !storedIn) {
            return out == null ? stored : new State(false, false, null, null);
        }
        State optedIn = in != null ? new State(true, true, optInReason(in), null)
                : new State(true, stored.isProtected(), stored.protectedReason(), null);
        if (out == null || (in != null && out.at().compareTo(in.at()) <= 0)) {
            return optedIn;
        }
        // an opt-in whose list is unknown (adopted) is the opt-out's list as far as anyone can tell
        boolean sameList = in == null || ADOPTED.equals(in.system()) || in.system().equals(out.system());
        if (optedIn.isProtected() && !out.byPerson() && !autoHonourOptOuts && (out.dated() || sameList)) {
            return new State(true, true, optedIn.protectedReason(), out);
        }
        return new State(false, false, null, null);
    }

    /** What one observation does to a contact whose evidence was {@code before}, its subscription {@code now}. */
    public ConsentDecision observe(Evidence e, Seen before, State now, boolean lockAllows) {
        Seen after = before.with(e);
        State was = state(before, now);
        State next = state(after, now);
        boolean answered = was.asks() && !next.asks();
        if (!lockAllows && (next.subscribed() != now.subscribed() || (next.asks() && !was.asks()))) {
            return new ConsentDecision(now, false, "locked: " + (e.subscribed() ? "opt-in" : "opt-out")
                    + " awaits a decision", LOCKED, after, answered);
        }
        if (!lockAllows) {
            return new ConsentDecision(now, false, "locked: subscription unchanged", null, after, answered);
        }
        String conflict = next.asks() && (!was.asks() || next.asking().equals(e)) ? PROTECTED_OPT_IN : null;
        if (next.asks() && next.asking().equals(e)) {
            return new ConsentDecision(next, false, "protected opt-in: opt-out awaits a decision", conflict, after,
                    answered);
        }
        if (next.subscribed() != e.subscribed()) {
            Evidence other = e.subscribed() ? after.optOut() : after.optIn();
            String reason = next.asks() ? "protected opt-in: an opt-out awaits a decision"
                    : other == null ? "the stored opt-in stands" : "older than the " + kind(other) + " observed "
                            + at(other);
            return new ConsentDecision(next, false, reason, conflict, after, answered);
        }
        if (next.subscribed() == now.subscribed()) {
            return new ConsentDecision(next, true, e.subscribed() ? "already subscribed" : "already unsubscribed",
                    conflict, after, answered);
        }
        return new ConsentDecision(next, true, e.subscribed() ? "opt-in applied" : now.isProtected()
                ? "opt-out applied over a protected opt-in (" + (autoHonourOptOuts ? "auto-honoured"
                        : "listed as not subscribed at export") + ")" : "opt-out applied", conflict, after, answered);
    }

    private static String kind(Evidence e) {
        return e.subscribed() ? "opt-in" : "opt-out";
    }

    private static Instant at(Evidence e) {
        return e.at().truncatedTo(ChronoUnit.SECONDS);
    }

    /**
     * Where the protected opt-in came from: its source, not its time or batch, so that the same source restating it
     * in a later export (every monthly segment) changes nothing; consent_events holds every observation.
     */
    private static String optInReason(Evidence e) {
        return "opt-in from " + e.source();
    }
}
