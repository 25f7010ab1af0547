package dev.crosswalk.pipeline;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.crosswalk.csv.RejectedFileException;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.stream.IntStream;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

class ReadAheadTest {

    @Test
    void deliversEveryItemInOrderAcrossBlocks() {
        List<Integer> seen = new ArrayList<>();
        try (ReadAhead<Integer> ahead = new ReadAhead<>(IntStream.range(0, 10).iterator(), 3, 2, "test")) {
            ahead.forEachRemaining(seen::add);
        }
        assertEquals(IntStream.range(0, 10).boxed().toList(), seen);
    }

    @Test
    void aFailureOfTheSourceArrivesAfterTheItemsBeforeIt() {
        RejectedFileException refusal = new RejectedFileException("line 5: a quoted field is never closed");
        Iterator<Integer> source = new Iterator<>() {
            private int next;

            @Override
            public boolean hasNext() {
                if (next == 4) {
                    throw refusal;
                }
                return true;
            }

            @Override
            public Integer next() {
                return next++;
            }
        };
        List<Integer> seen = new ArrayList<>();
        try (ReadAhead<Integer> ahead = new ReadAhead<>(source, 3, 2, "test")) {
            RejectedFileException thrown = assertThrows(RejectedFileException.class,
                    () -> ahead.forEachRemaining(seen::add));
            assertSame(refusal, thrown);
        }
        assertEquals(List.of(0, 1, 2, 3), seen);
    }

    @Test
    void closingEarlyStopsTheReader() throws Exception {
        List<Thread> readers = new ArrayList<>();
        Iterator<Integer> endless = Stream.iterate(0, i -> i + 1).peek(i -> {
            if (readers.isEmpty()) {
                readers.add(Thread.currentThread());
            }
        }).iterator();
        try (ReadAhead<Integer> ahead = new ReadAhead<>(endless, 100, 2, "test")) {
            assertTrue(ahead.hasNext());
            assertEquals(0, ahead.next());
        }
        assertFalse(readers.get(0).isAlive(), "the reader thread ended with close()");
    }
}
