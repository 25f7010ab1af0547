package dev.crosswalk.model;

import java.util.EnumMap;
import java.util.List;
import java.util.Map;

/**
 * Which source wins when two observations of a field have the same evidence time, per field group, most trusted
 * first (setting {@code crosswalk.survivorship.precedence.<group>}). A source counts as the system it is named after
 * ({@code kajabi-subscribed} is {@code kajabi}); a source the list does not name comes after every listed one.
 */
public record SourcePrecedence(Map<FieldGroup, List<String>> order) {

    /** The groups contact fields belong to: each has its own order. */
    public static final List<FieldGroup> GROUPS = List.of(FieldGroup.NAME, FieldGroup.ADDRESS);

    public SourcePrecedence {
        order = Map.copyOf(new EnumMap<>(order));
    }

    /** 0 for the most trusted source of the group; the list's length for a source it does not name. */
    public int rank(FieldGroup group, String source) {
        List<String> systems = order.getOrDefault(group, List.of());
        int best = systems.size();
        int bestLength = -1;
        for (int i = 0; i < systems.size(); i++) {
            String system = systems.get(i);
            // the longest name that matches: "kajabi-member" may be listed apart from "kajabi"
            if (system.length() > bestLength && namedAfter(source, system)) {
                best = i;
                bestLength = system.length();
            }
        }
        return best;
    }

    /** {@code source} is {@code system} or {@code system-…}; asked per observation compared, so no string is built. */
    private static boolean namedAfter(String source, String system) {
        int length = system.length();
        return source.startsWith(system) && (source.length() == length || source.charAt(length) == '-');
    }
}
