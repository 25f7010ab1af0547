-- Items a batch wrote directly (duplicate candidates, an adopted database's duplicates) are their own first
-- evidence. Parameter: the batch.
insert into import_conflict_evidence (conflict_id, batch_id, source, line, reason, proposed_value, current_value,
                                      evidence_at)
select k.id, k.batch_id, k.source, k.line, k.reason, k.incoming_value, k.current_value, k.evidence_at
from import_conflicts k
where k.batch_id = ? and not exists (select 1 from import_conflict_evidence e where e.conflict_id = k.id)
