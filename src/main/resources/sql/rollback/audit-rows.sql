select id, table_name, record_id, action, field, old_value, new_value
from import_audit_log
where batch_id = ?
order by id desc
