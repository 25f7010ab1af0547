package dev.crosswalk.value;

import java.util.HashMap;
import java.util.Map;
import java.util.function.Function;

/**
 * A pure function's results remembered for the arguments that repeat, such as the few evidence times a file's
 * provenance entries share, where computing each one again cost most of the work: at most {@code limit} of them,
 * all forgotten at once when that many are held, so a file whose every row differs stays in constant memory. One
 * caller's, not for sharing between threads.
 */
public final class BoundedMemo<K, V> {

    private final int limit;
    private final Function<K, V> function;
    private final Map<K, V> known = new HashMap<>();

    public BoundedMemo(int limit, Function<K, V> function) {
        this.limit = limit;
        this.function = function;
    }

    public V apply(K argument) {
        V value = known.get(argument);
        if (value == null) {
            if (known.size() == limit) {
                known.clear();
            }
            value = function.apply(argument);
            known.put(argument, value);
        }
        return value;
    }
}
