-- Every batch that changes a contact stamps updated_at with its transaction time, which is also the changed_at of
-- its audit rows: so a contact's updated_at is the time of the newest applied batch that changed it.
update contacts c
set updated_at = m.changed_at
from (
    select a.record_id, max(a.changed_at) as changed_at
    from import_audit_log a
    join import_batches b on b.id = a.batch_id
    where a.table_name = 'contacts' and a.record_id = any(?) and b.status = 'applied' and b.kind <> 'rollback'
    group by a.record_id
) m
where c.id = m.record_id
