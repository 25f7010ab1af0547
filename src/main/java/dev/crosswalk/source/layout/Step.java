package dev.crosswalk.source.layout;

/**
 * One thing a layout does with a row, in declared order: put a value in the draft, or decide the row's outcome
 * (rejected or skipped), after which no later step runs. Named hooks for a layout's oddities are steps too.
 */
@FunctionalInterface
public interface Step {

    void apply(LayoutRow row, Draft draft);
}
