-- Every batch that changes a contact stamps updated_at with its transaction time, which is also the changed_at of
-- its audit rows and the started_at of the batch: so a contact's updated_at is the time of the newest applied batch
-- that changed it, its creation (created_batch_id) included.
update contacts c
set updated_at = m.changed_at
from (
    select t.record_id, max(t.changed_at) as changed_at
    from (select a.record_id, a.changed_at, a.batch_id
          from import_audit_log a
          where a.table_name = 'contacts' and a.record_id = any(?)
          union all
          select n.id, b.started_at, n.created_batch_id
          from contacts n join import_batches b on b.id = n.created_batch_id
          where n.id = any(?)) t
    join import_batches b on b.id = t.batch_id
    where b.status = 'applied' and b.kind <> 'rollback'
    group by t.record_id
) m
where c.id = m.record_id
