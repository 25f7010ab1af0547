-- What a rollback of one batch would undo: its audit-log rows counted by table, action and field, and the contacts
-- and transactions it inserted (they name it: created_batch_id).
with p as (select ?::bigint as batch)
select table_name, action, coalesce(field, '') as field, count(*) as changes
from import_audit_log, p
where batch_id = p.batch
group by table_name, action, field
union all
select 'contacts', 'insert', '', count(*) from contacts, p where created_batch_id = p.batch having count(*) > 0
union all
select 'transactions', 'insert', '', count(*) from transactions, p where created_batch_id = p.batch
having count(*) > 0
order by table_name, action, field
