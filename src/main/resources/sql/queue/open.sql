-- Opens an item for each question of the chunk that no open item asks yet: one per contact, field and family of
-- reason (for AMBIGUOUS and DUPLICATE also per set of contacts named), showing the chunk's latest proposal.
-- Parameter: the batch.
insert into import_conflicts (batch_id, contact_id, line, field, current_value, incoming_value, reason, source,
                              evidence_at)
select distinct on (s.contact_id, s.field, conflict_family(s.reason),
                    case when conflict_family(s.reason) in ('contact', 'duplicate') then s.current_value end)
       ?, s.contact_id, s.line, s.field, s.current_value, s.incoming_value, s.reason, s.source, s.evidence_at
from conflict_stage s
where not exists (
    select 1 from import_conflicts k
    where k.status = 'open' and k.contact_id is not distinct from s.contact_id and k.field = s.field
      and conflict_family(k.reason) = conflict_family(s.reason)
      and (conflict_family(s.reason) not in ('contact', 'duplicate') or k.current_value = s.current_value))
order by s.contact_id, s.field, conflict_family(s.reason),
         case when conflict_family(s.reason) in ('contact', 'duplicate') then s.current_value end,
         coalesce(s.evidence_at, '-infinity') desc, s.ord desc
