-- The kept contact after a merge: its blanks filled from the duplicate, the stronger lock of the two, undeliverable
-- when either was (a bounce of any of its addresses marks a contact, docs/sources.md), and an
-- opt-in (with its protection) if either had one. Every changed column is audited.
with p as (select ?::bigint as keep, ?::bigint as dup, ?::bigint as batch),
levels as (select array['UNLOCKED', 'PARTIAL_LOCK', 'FULL_LOCK'] as rank),
before as (select to_jsonb(c) as j from contacts c, p where c.id = p.keep),
upd as (
    update contacts k
    set email = coalesce(k.email, d.email),
        first_name = coalesce(nullif(k.first_name, ''), d.first_name),
        last_name = coalesce(nullif(k.last_name, ''), d.last_name),
        phone = coalesce(nullif(k.phone, ''), d.phone),
        address_line1 = coalesce(nullif(k.address_line1, ''), d.address_line1),
        address_line2 = coalesce(nullif(k.address_line2, ''), d.address_line2),
        city = coalesce(nullif(k.city, ''), d.city),
        region = coalesce(nullif(k.region, ''), d.region),
        postal_code = coalesce(nullif(k.postal_code, ''), d.postal_code),
        country = coalesce(nullif(k.country, ''), d.country),
        lock_level = case when array_position(l.rank, d.lock_level) > array_position(l.rank, k.lock_level)
                          then d.lock_level else k.lock_level end,
        lock_reason = case when array_position(l.rank, d.lock_level) > array_position(l.rank, k.lock_level)
                           then d.lock_reason else k.lock_reason end,
        email_subscribed = k.email_subscribed or d.email_subscribed,
        subscription_protected = case when k.email_subscribed and k.subscription_protected then true
                                      when d.email_subscribed and d.subscription_protected then true
                                      else k.subscription_protected end,
        subscription_protected_reason = case
            when k.email_subscribed and k.subscription_protected then k.subscription_protected_reason
            when d.email_subscribed and d.subscription_protected then d.subscription_protected_reason
            else k.subscription_protected_reason end,
        email_undeliverable = k.email_undeliverable or d.email_undeliverable,
        updated_at = now()
    from contacts d, p, levels l
    where k.id = p.keep and d.id = p.dup
    returning to_jsonb(k) as j
)
insert into import_audit_log (batch_id, table_name, record_id, action, field, old_value, new_value)
select p.batch, 'contacts', p.keep, 'update', key, b.j ->> key, u.j ->> key
from p, before b, upd u, jsonb_object_keys(u.j) as key
where b.j -> key is distinct from u.j -> key
