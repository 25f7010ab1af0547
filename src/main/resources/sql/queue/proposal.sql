-- Where an item's proposal came from: the latest evidence proposing it (source, evidence time, batch).
-- Parameters: the item, the value.
select e.source, e.evidence_at, e.batch_id
from import_conflict_evidence e
where e.conflict_id = ? and e.proposed_value is not distinct from ?
order by coalesce(e.evidence_at, e.recorded_at) desc, e.id desc
limit 1
