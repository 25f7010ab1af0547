-- What a rollback of one batch would undo: its audit-log rows counted by table, action and field, and the contacts
-- it created (they name it: created_batch_id).
select table_name, action, coalesce(field, '') as field, count(*) as changes
from import_audit_log
where batch_id = ?
group by table_name, action, field
union all
select 'contacts', 'insert', '', count(*) from contacts where created_batch_id = ? having count(*) > 0
order by table_name, action, field
