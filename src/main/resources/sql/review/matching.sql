-- The open items a bulk decision answers: those batch N opened or added evidence to, of one reason, of one field
-- when given. Parameters: reason, field, field, batch, batch.
select k.id
from import_conflicts k
where k.status = 'open' and k.reason = ? and (?::text is null or k.field = ?)
  and (k.batch_id = ? or exists (select 1 from import_conflict_evidence e
                                 where e.conflict_id = k.id and e.batch_id = ?))
order by k.id
