-- A chunk's conflicts before they join the review queue (docs/review.md), in the order the chunk raised them.
create temporary table if not exists conflict_stage (
    ord bigint, contact_id bigint, line bigint, field text, reason text, current_value text, incoming_value text,
    source text, evidence_at timestamptz
) on commit drop
