-- The first changes of one batch, as they will be undone: table, record, field, value before and after; the contacts
-- it created first, labelled by their primary email, then the transactions it inserted, labelled by their id at the
-- source (as their audit rows were: both name the batch in created_batch_id), then its audit rows.
with p as (select ?::bigint as batch)
select table_name, record_id, action, field, old_value, new_value
from (select 0 as step, 0 as id, 'contacts' as table_name, c.id as record_id, 'insert' as action, null as field,
             null as old_value, c.email as new_value
      from contacts c, p where c.created_batch_id = p.batch
      union all
      select 1, 0, 'transactions', t.id, 'insert', null, null, t.external_id
      from transactions t, p where t.created_batch_id = p.batch
      union all
      select 2, a.id, a.table_name, a.record_id, a.action, a.field, a.old_value, a.new_value
      from import_audit_log a, p
      where a.batch_id = p.batch) changes
order by step, id, record_id
limit ?
