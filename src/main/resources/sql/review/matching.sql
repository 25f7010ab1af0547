-- The open conflicts a bulk decision answers: one batch's, of one reason, of one field when given.
select id
from import_conflicts
where status = 'open' and batch_id = ? and reason = ? and (?::text is null or field = ?)
order by id
