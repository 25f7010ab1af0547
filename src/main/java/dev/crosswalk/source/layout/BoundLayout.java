package dev.crosswalk.source.layout;

import dev.crosswalk.value.DateOrder;
import dev.crosswalk.value.NumberStyle;
import java.time.Instant;
import java.time.ZoneId;

/** A layout bound to one file: where each declared column is (-1: absent) and the file's context. */
record BoundLayout(int[] indexes, String system, ZoneId zone, DateOrder dateOrder, NumberStyle numberStyle,
        Instant fileObservedAt) {
}
