select k.id, k.batch_id, k.contact_id, k.field, k.current_value, k.incoming_value, k.reason, k.status,
       k.resolved_by, k.resolution_batch_id, c.deleted_at is not null as contact_deleted,
       c.country
from import_conflicts k
left join contacts c on c.id = k.contact_id
where k.id = ?
