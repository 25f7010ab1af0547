package dev.crosswalk.consent;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.crosswalk.consent.ConsentRules.Evidence;
import dev.crosswalk.consent.ConsentRules.Seen;
import dev.crosswalk.consent.ConsentRules.State;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * docs/values.md "Consent": a contact's subscription is a function of the consent evidence, not of its arrival. Each
 * case is a set of observations ({@code in|out source day dated}, days of 2026, {@code dated}: the row dates the
 * change itself); every order of them must end in the same state and leave the same question open.
 */
class ConsentRulesTest {

    private static final State NEVER = new State(false, false, null, null);

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
        "an opt-in alone                                      | in mailchimp 10 dated                               | false | subscribed",
        "a newer dated opt-out of a protected opt-in asks     | in kajabi-subscribed 300 undated; out mailchimp 330 dated | false | asks",
        "an opt-out older than the opt-in asks nothing        | in kajabi-subscribed 330 undated; out mailchimp 300 dated | false | subscribed",
        "another system's newer 'not subscribed' list applies  | in mailchimp 10 dated; out kajabi-unsubscribed 330 undated | false | unsubscribed",
        "the opt-in's own system listing it not subscribed asks | in kajabi-subscribed 300 undated; out kajabi-unsubscribed 330 undated | false | asks",
        "at the same time the opt-in stands                   | in manual 330 undated; out kajabi-unsubscribed 330 undated | false | subscribed",
        "auto-honour applies a dated opt-out                  | in kajabi-subscribed 300 undated; out mailchimp 330 dated | true  | unsubscribed",
        "a newer opt-in answers the question                  | in mailchimp 10 dated; out ticket-tailor 100 dated; in kajabi-subscribed 330 undated | false | subscribed",
        "a newer undated opt-out answers it too               | in mailchimp 10 dated; out ticket-tailor 100 dated; out kajabi-unsubscribed 330 undated | false | unsubscribed",
        "only the greatest of each kind counts                | in mailchimp 10 dated; in manual 50 undated; out mailchimp 40 dated; out ticket-tailor 60 dated | false | asks",
        "a person's decision is newer evidence: asked once    | in kajabi-subscribed 300 undated; out mailchimp 330 dated; in review 340 dated | false | subscribed",
        "a person's opt-out never asks                        | in kajabi-subscribed 300 undated; out review 340 dated | false | unsubscribed",
    })
    void theSameEvidenceInEveryOrderGivesTheSameSubscription(String rule, String observations, boolean autoHonour,
            String expected) {
        ConsentRules rules = new ConsentRules(autoHonour);
        List<Evidence> evidence = new ArrayList<>();
        for (String o : observations.split(";")) {
            String[] p = o.strip().split(" ");
            evidence.add(new Evidence(p[0].equals("in"), Instant.parse("2026-01-01T00:00:00Z")
                    .plusSeconds(86_400L * Integer.parseInt(p[2])), p[1], p[1].replaceAll("-(un)?subscribed$", ""),
                    p[3].equals("dated")));
        }
        for (List<Evidence> order : permutations(evidence)) {
            State state = NEVER;
            Seen seen = Seen.NONE;
            boolean asked = false;
            for (Evidence e : order) {
                ConsentDecision d = rules.observe(e, seen, state, true);
                asked = (asked && !d.answered()) || d.conflictReason() != null;
                state = d.state();
                seen = d.seen();
            }
            String outcome = state.asks() ? "asks" : state.subscribed() ? "subscribed" : "unsubscribed";
            assertEquals(expected, outcome, rule + " in the order " + order);
            assertEquals(state.asks(), asked, "an open question exactly when one arises: " + order);
            assertEquals(rules.state(seen, NEVER), state, "the state is the evidence's: " + order);
        }
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
        "a stored protected opt-in counts as the oldest opt-in | true  | true  | out mailchimp 330 dated     | asks",
        "a stored unprotected subscription yields             | true  | false | out mailchimp 330 dated     | unsubscribed",
        "an adopted opt-in's list is unknown: a list state asks | true | true  | out kajabi-unsubscribed 330 undated | asks",
        "no evidence keeps what is stored                     | true  | true  | -                           | subscribed",
    })
    void aContactAdoptedWithItsConsent(String rule, boolean subscribed, boolean isProtected, String observation,
            String expected) {
        ConsentRules rules = new ConsentRules(false);
        State stored = new State(subscribed, isProtected, isProtected ? "adopted" : null, null);
        String[] o = observation.split(" ");
        Seen seen = observation.equals("-") ? Seen.NONE : Seen.NONE.with(new Evidence(false,
                Instant.parse("2026-11-27T00:00:00Z"), o[1], o[1].replaceAll("-(un)?subscribed$", ""),
                o[3].equals("dated")));
        State state = rules.state(seen, stored);
        assertEquals(expected, state.asks() ? "asks" : state.subscribed() ? "subscribed" : "unsubscribed", rule);
    }

    private static List<List<Evidence>> permutations(List<Evidence> items) {
        if (items.size() <= 1) {
            return List.of(items);
        }
        List<List<Evidence>> out = new ArrayList<>();
        for (int i = 0; i < items.size(); i++) {
            List<Evidence> rest = new ArrayList<>(items);
            Evidence first = rest.remove(i);
            for (List<Evidence> tail : permutations(rest)) {
                List<Evidence> order = new ArrayList<>();
                order.add(first);
                order.addAll(tail);
                out.add(order);
            }
        }
        return out;
    }
}
