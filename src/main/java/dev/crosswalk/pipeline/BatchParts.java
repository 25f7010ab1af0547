package dev.crosswalk.pipeline;

import dev.crosswalk.apply.SubscriptionReconciliation;
import dev.crosswalk.db.PlannerStatistics;

/**
 * The per-batch objects the stages after {@code begin} work with, built together by {@link BatchAssembler}: the
 * chunk processor (load, decide, write), the planner-statistics check, and a full subscriptions export's
 * reconciliation (null for any other layout).
 */
record BatchParts(ChunkProcessor chunks, PlannerStatistics statistics, SubscriptionReconciliation reconciles) {
}
