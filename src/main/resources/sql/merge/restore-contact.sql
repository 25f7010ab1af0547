-- A contact put back exactly as its snapshot holds it; every changed column is audited.
with p as (select ?::jsonb as j, ?::bigint as batch),
r as (select s.* from p, jsonb_populate_record(null::contacts, p.j) as s),
before as (select to_jsonb(c) as j from contacts c, r where c.id = r.id),
upd as (
    update contacts c
    set email = r.email, first_name = r.first_name, last_name = r.last_name, phone = r.phone,
        address_line1 = r.address_line1, address_line2 = r.address_line2, city = r.city, region = r.region,
        postal_code = r.postal_code, country = r.country, source_system = r.source_system,
        lock_level = r.lock_level, lock_reason = r.lock_reason, email_subscribed = r.email_subscribed,
        subscription_protected = r.subscription_protected,
        subscription_protected_reason = r.subscription_protected_reason,
        email_undeliverable = r.email_undeliverable, created_at = r.created_at, updated_at = r.updated_at,
        deleted_at = r.deleted_at
    from r
    where c.id = r.id
    returning to_jsonb(c) as j
)
insert into import_audit_log (batch_id, table_name, record_id, action, field, old_value, new_value)
select p.batch, 'contacts', (u.j ->> 'id')::bigint, 'update', key, b.j ->> key, u.j ->> key
from p, before b, upd u, jsonb_object_keys(u.j) as key
where b.j -> key is distinct from u.j -> key
