package dev.crosswalk.decide;

import java.util.BitSet;

/**
 * The contacts the running batch created, so that a later row of the same file meets them as the file left them
 * whichever chunk it falls in: their lock level guards them against later files, not against the file that made
 * them. One bit per id from the first one created: a million new contacts take about 125 KB.
 */
final class CreatedContacts {

    private final BitSet ids = new BitSet();
    private long base = -1;

    void add(long id) {
        if (base < 0) {
            base = id;
        } else if (id < base) {
            rebase(id);
        }
        ids.set(Math.toIntExact(id - base));
    }

    boolean contains(long id) {
        return base >= 0 && id >= base && id - base <= Integer.MAX_VALUE && ids.get((int) (id - base));
    }

    /** Sequence values only grow within a transaction; a sequence reset behind the batch's back must not lose ids. */
    private void rebase(long newBase) {
        int shift = Math.toIntExact(base - newBase);
        BitSet shifted = new BitSet();
        ids.stream().forEach(i -> shifted.set(i + shift));
        ids.clear();
        ids.or(shifted);
        base = newBase;
    }
}
