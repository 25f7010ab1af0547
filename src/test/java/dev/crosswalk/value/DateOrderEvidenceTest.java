package dev.crosswalk.value;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class DateOrderEvidenceTest {

    @ParameterizedTest
    @ValueSource(strings = {"29/12/2015", "13.1.2020", "31-01-14", " 29/12/2015 ", "15/09/2025 10:00"})
    void aFirstPartOverTwelveProvesDayFirst(String date) {
        DateOrderEvidence evidence = new DateOrderEvidence();
        evidence.observe(date, 7);
        assertEquals(new DateOrderEvidence.Decision(DateOrder.DAY_FIRST, "day-first, proven by line 7 ("
                + date.strip() + ")"), evidence.decide(DateOrder.MONTH_FIRST, "unused"));
    }

    @ParameterizedTest
    @ValueSource(strings = {"12/29/2015", "1/13/2020", "09-30-11"})
    void aSecondPartOverTwelveProvesMonthFirst(String date) {
        DateOrderEvidence evidence = new DateOrderEvidence();
        evidence.observe(date, 3);
        assertEquals(DateOrder.MONTH_FIRST, evidence.decide(DateOrder.DAY_FIRST, "unused").order());
    }

    @ParameterizedTest
    @ValueSource(strings = {"09/06/2016", "2018/10/01", "2025-11-08", "Nov 28, 2025", "29/12", "13/13/2020",
        "29/12-2015", "299/12/2015", "29/12/5", ""})
    void otherValuesProveNothing(String date) {
        DateOrderEvidence evidence = new DateOrderEvidence();
        evidence.observe(date, 2);
        assertFalse(evidence.proves());
        DateOrderEvidence.Decision assumed = evidence.decide(DateOrder.DAY_FIRST, "German downloads are day-first");
        assertEquals("day-first, assumed: no date in the file has a day over 12 to prove the order; German"
                + " downloads are day-first", assumed.how());
    }

    @Test
    void evidenceBothWaysContradictsAndKeepsTheFirstLineOfEach() {
        DateOrderEvidence evidence = new DateOrderEvidence();
        evidence.observe("29/12/2015", 3);
        evidence.observe("30/12/2015", 4);
        assertFalse(evidence.contradicts());
        evidence.observe("12/31/2015", 9);
        assertTrue(evidence.contradicts());
        assertEquals(new DateOrderEvidence.Proof(3, "29/12/2015"), evidence.dayFirst());
        assertEquals(new DateOrderEvidence.Proof(9, "12/31/2015"), evidence.monthFirst());
        evidence.observe(null, 10);
        assertNull(new DateOrderEvidence().dayFirst());
    }
}
