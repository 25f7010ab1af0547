select k.id, k.batch_id, k.line, k.contact_id, k.field, k.current_value, k.incoming_value, k.reason, k.status,
       k.resolved_by, k.resolution_batch_id
from import_conflicts k
where (not ? or k.status = 'open') and (?::bigint is null or k.batch_id = ?)
order by k.batch_id, (k.reason <> 'PROTECTED_OPT_IN'), k.id
