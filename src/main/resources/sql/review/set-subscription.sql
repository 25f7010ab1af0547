-- A reviewer's consent decision: an opt-out honoured (unsubscribed, protection removed) or an opt-in taken
-- (subscribed and protected), recorded as an applied consent observation. Everything audited.
with p as (select ?::bigint as id, ?::boolean as subscribed, ?::text as reason, ?::text as protected_reason,
                  ?::bigint as batch),
before as (select to_jsonb(c) as j from contacts c, p where c.id = p.id),
upd as (
    update contacts c
    set email_subscribed = p.subscribed, subscription_protected = p.subscribed,
        subscription_protected_reason = case when p.subscribed then p.protected_reason end, updated_at = now()
    from p where c.id = p.id
    returning to_jsonb(c) as j
),
changed as (
    insert into import_audit_log (batch_id, table_name, record_id, action, field, old_value, new_value)
    select p.batch, 'contacts', p.id, 'update', key, b.j ->> key, u.j ->> key
    from p, before b, upd u, jsonb_object_keys(u.j) as key
    where b.j -> key is distinct from u.j -> key and key <> 'updated_at'
),
observed as (
    insert into consent_events (contact_id, email, subscribed, source, batch_id, observed_at, applied, reason)
    select p.id, lower(b.j ->> 'email'), p.subscribed, 'review', p.batch, now(), true, p.reason from p, before b
    returning id
)
insert into import_audit_log (batch_id, table_name, record_id, action, field, old_value, new_value)
select p.batch, 'consent_events', observed.id, 'insert', null, null, p.reason from p, observed
