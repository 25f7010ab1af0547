-- What a rollback of one batch would undo: its audit-log rows counted by table, action and field.
select table_name, action, coalesce(field, '') as field, count(*) as changes
from import_audit_log
where batch_id = ?
group by table_name, action, field
order by table_name, action, field
