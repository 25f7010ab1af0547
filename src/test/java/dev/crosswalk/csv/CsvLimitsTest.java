package dev.crosswalk.csv;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import org.junit.jupiter.api.Test;

class CsvLimitsTest {

    @Test
    void defaults() {
        assertEquals(new CsvLimits(2_000, 1_000_000, 1_000_000), CsvLimits.defaults());
    }

    @Test
    void limitsMustBePositive() {
        assertThrows(IllegalArgumentException.class, () -> new CsvLimits(0, 10, 10));
        assertThrows(IllegalArgumentException.class, () -> new CsvLimits(10, -1, 10));
        assertThrows(IllegalArgumentException.class, () -> new CsvLimits(10, 10, 0));
    }
}
