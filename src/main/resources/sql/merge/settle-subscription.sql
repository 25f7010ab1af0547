-- The subscription of a contact kept by an import's merge of one person known twice, as the consent evidence of
-- both makes it (decided in memory, decide/OnePerson): merge/combine keeps any opt-in, the evidence may say
-- otherwise. Parameters: the contact, subscribed, protected, the protection's reason, the batch. Every changed
-- column is audited.
with p as (select ?::bigint as keep, ?::boolean as subscribed, ?::boolean as protected, ?::text as reason,
                  ?::bigint as batch),
before as (select to_jsonb(c) as j from contacts c, p where c.id = p.keep),
upd as (
    update contacts c
    set email_subscribed = p.subscribed, subscription_protected = p.protected,
        subscription_protected_reason = p.reason
    from p
    where c.id = p.keep
      and (c.email_subscribed, c.subscription_protected, c.subscription_protected_reason)
          is distinct from (p.subscribed, p.protected, p.reason)
    returning to_jsonb(c) as j
)
insert into import_audit_log (batch_id, table_name, record_id, action, field, old_value, new_value)
select p.batch, 'contacts', p.keep, 'update', key, b.j ->> key, u.j ->> key
from p, before b, upd u, jsonb_object_keys(u.j) as key
where b.j -> key is distinct from u.j -> key
