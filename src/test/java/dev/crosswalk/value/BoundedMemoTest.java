package dev.crosswalk.value;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class BoundedMemoTest {

    @Test
    void aRepeatedArgumentIsComputedOnceUntilTheLimitIsReachedThenAllAreForgotten() {
        List<Integer> computed = new ArrayList<>();
        BoundedMemo<Integer, String> memo = new BoundedMemo<>(2, n -> {
            computed.add(n);
            return "#" + n;
        });

        assertEquals("#1", memo.apply(1));
        assertEquals("#1", memo.apply(1));
        assertEquals("#2", memo.apply(2));
        assertEquals(List.of(1, 2), computed);

        assertEquals("#3", memo.apply(3));
        assertEquals("#1", memo.apply(1));
        assertEquals(List.of(1, 2, 3, 1), computed, "two held: the third forgets both");
    }
}
