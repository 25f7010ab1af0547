-- The first changes of one batch, as they will be undone: table, record, field, value before and after.
select table_name, record_id, action, field, old_value, new_value
from import_audit_log
where batch_id = ?
order by id
limit ?
