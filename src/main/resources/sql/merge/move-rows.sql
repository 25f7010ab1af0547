-- Rows that belong to a contact, moved from one contact to another ({table} is one of a fixed list), audited.
with p as (select ?::bigint as from_id, ?::bigint as to_id, ?::bigint as batch, ?::jsonb as only_ids),
upd as (
    update {table} t set contact_id = p.to_id
    from p, {table} prev
    where prev.id = t.id and t.contact_id = p.from_id
      and (p.only_ids is null or t.id in (select jsonb_array_elements_text(p.only_ids)::bigint))
    returning t.id, prev.contact_id
)
insert into import_audit_log (batch_id, table_name, record_id, action, field, old_value, new_value)
select p.batch, '{table}', upd.id, 'update', 'contact_id', upd.contact_id::text, p.to_id::text
from p, upd
