-- The first changes of one batch, as they will be undone: table, record, field, value before and after; the contacts
-- it created (created_batch_id) first, labelled by their primary email as their audit row was.
select table_name, record_id, action, field, old_value, new_value
from (select 0 as id, 'contacts' as table_name, id as record_id, 'insert' as action, null as field,
             null as old_value, email as new_value
      from contacts where created_batch_id = ?
      union all
      select id, table_name, record_id, action, field, old_value, new_value
      from import_audit_log
      where batch_id = ?) changes
order by id, record_id
limit ?
