-- Every conflict of the chunk becomes evidence of the open item asking its question (the oldest one, should a
-- database from before the queue still hold two). Returns the items that got evidence. Parameter: the batch.
insert into import_conflict_evidence (conflict_id, batch_id, source, line, reason, proposed_value, current_value,
                                      evidence_at)
select item.id, ?, s.source, s.line, s.reason, s.incoming_value, s.current_value, s.evidence_at
from conflict_stage s
cross join lateral (
    select k.id from import_conflicts k
    where k.status = 'open' and coalesce(k.contact_id, 0) = coalesce(s.contact_id, 0) and k.field = s.field
      and conflict_family(k.reason) = conflict_family(s.reason)
      and (conflict_family(s.reason) not in ('contact', 'duplicate') or k.current_value = s.current_value)
    order by k.id
    limit 1
) item
order by s.ord
returning conflict_id
