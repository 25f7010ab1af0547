package dev.crosswalk.review;

/**
 * A reviewer's answer to one conflict: KEEP (the current value stays), TAKE (the incoming value), MERGE (the
 * contacts an AMBIGUOUS or DUPLICATE conflict names), DISMISS, or SET:&lt;value&gt; (a value of their own).
 */
public record Decision(Kind kind, String value) {

    public enum Kind { KEEP, TAKE, MERGE, DISMISS, SET }

    /** The decision written in a cell; null for a blank cell (not decided yet). */
    public static Decision parse(String text) {
        if (text == null || text.isBlank()) {
            return null;
        }
        String t = text.strip();
        if (t.regionMatches(true, 0, "SET:", 0, 4)) {
            String value = t.substring(4).strip();
            if (value.isEmpty()) {
                throw new IllegalArgumentException("SET needs a value after the colon, e.g. SET:Denver");
            }
            return new Decision(Kind.SET, value);
        }
        for (Kind kind : Kind.values()) {
            if (kind != Kind.SET && kind.name().equalsIgnoreCase(t)) {
                return new Decision(kind, null);
            }
        }
        throw new IllegalArgumentException("unknown decision '" + t + "': write KEEP, TAKE, MERGE, DISMISS or "
                + "SET:<value>");
    }

    @Override
    public String toString() {
        return kind == Kind.SET ? "SET:" + value : kind.name();
    }
}
