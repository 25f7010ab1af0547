-- An item shows its latest evidence (latest evidence time, then latest batch and line): the proposal, the value it
-- contradicted, the reason, source and time. Changes are audited in the running batch, so undo restores them.
-- Parameters: the items, the batch.
with p as (select ?::bigint[] as ids, ?::bigint as batch),
latest as (
    select distinct on (e.conflict_id) e.conflict_id, e.proposed_value, e.current_value, e.reason, e.source,
           e.evidence_at
    from p, import_conflict_evidence e
    where e.conflict_id = any(p.ids)
    order by e.conflict_id, coalesce(e.evidence_at, e.recorded_at) desc, e.batch_id desc nulls last, e.id desc
),
before as (
    select k.id, k.incoming_value, k.current_value, k.reason, k.source, k.evidence_at::text as evidence_at
    from import_conflicts k join latest l on l.conflict_id = k.id
),
upd as (
    update import_conflicts k
    set incoming_value = l.proposed_value, current_value = l.current_value, reason = coalesce(l.reason, k.reason),
        source = l.source, evidence_at = l.evidence_at
    from latest l
    where k.id = l.conflict_id
      and (k.incoming_value, k.current_value, k.reason, k.source, k.evidence_at)
          is distinct from (l.proposed_value, l.current_value, coalesce(l.reason, k.reason), l.source, l.evidence_at)
    returning k.id, k.incoming_value, k.current_value, k.reason, k.source, k.evidence_at::text as evidence_at
)
insert into import_audit_log (batch_id, table_name, record_id, action, field, old_value, new_value)
select p.batch, 'import_conflicts', u.id, 'update', f.field, f.old_value, f.new_value
from p, upd u
join before b on b.id = u.id
cross join lateral (values ('incoming_value', b.incoming_value, u.incoming_value),
                           ('current_value', b.current_value, u.current_value), ('reason', b.reason, u.reason),
                           ('source', b.source, u.source), ('evidence_at', b.evidence_at, u.evidence_at))
    as f(field, old_value, new_value)
where f.old_value is distinct from f.new_value
