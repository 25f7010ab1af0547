-- A link the batch attached to an existing contact (contact_emails, contact, insert, field, value):
-- removed, and kept whole in the audit.
with v as (
    select batch_id, record_id, field, new_value from import_audit_log
    where batch_id = ? and table_name = 'contact_emails' and action = 'insert'
      and field is not null and field <> 'row'
),
del as (
    delete from contact_emails e using v where e.contact_id = v.record_id and e.email = v.new_value
    returning to_jsonb(e) as row
)
insert into import_audit_log (batch_id, table_name, record_id, action, field, old_value, new_value)
select ?, 'contact_emails', coalesce((row ->> 'id')::bigint, (row ->> 'contact_id')::bigint), 'delete', null,
       row::text, null
from del
