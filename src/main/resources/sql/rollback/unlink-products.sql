-- A link the batch attached to an existing contact (contact_products, contact, insert, field, value):
-- removed, and kept whole in the audit.
with v as (
    select batch_id, record_id, field, new_value from import_audit_log
    where batch_id = ? and table_name = 'contact_products' and action = 'insert'
      and field is not null and field <> 'row'
),
del as (
    delete from contact_products e using v, products l
    where l.name = v.new_value and l.source = (select source from import_batches where id = v.batch_id)
      and e.contact_id = v.record_id and e.product_id = l.id
    returning to_jsonb(e) as row
)
insert into import_audit_log (batch_id, table_name, record_id, action, field, old_value, new_value)
select ?, 'contact_products', coalesce((row ->> 'id')::bigint, (row ->> 'contact_id')::bigint), 'delete', null,
       row::text, null
from del
