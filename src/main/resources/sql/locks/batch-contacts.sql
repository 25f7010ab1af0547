-- The contacts a batch touched, those it created included (created: the batch created it): what the
-- auto-classification after it looks at, so that a contact's level is a function of its data, not of which source
-- created it or touched it last. Parameter: the batch.
-- not materialized: the planner then sees the batch and reads it through its indexes (docs/architecture.md)
with p as not materialized (select ?::bigint as batch)
select contact_id, bool_or(created) as created
from (
    select a.record_id as contact_id, false as created from import_audit_log a, p
    where a.batch_id = p.batch
      and a.table_name in ('contacts', 'contact_emails', 'contact_identities', 'contact_tags', 'contact_products')
    union all
    select c.id, true from contacts c, p where c.created_batch_id = p.batch
    union all
    select e.contact_id, false from consent_events e, p where e.batch_id = p.batch
    union all
    -- a payment or subscription alone can bring a contact a new source: the transactions that name the batch, and
    -- the transactions and subscriptions its audit says it inserted (an adoption's; transactions before V190)
    select t.contact_id, false from transactions t, p where t.created_batch_id = p.batch and t.contact_id is not null
    union all
    select m.contact_id, false from import_audit_log a join transactions m on m.id = a.record_id, p
    where a.batch_id = p.batch and a.table_name = 'transactions' and a.action = 'insert' and m.contact_id is not null
    union all
    select m.contact_id, false from import_audit_log a join subscriptions m on m.id = a.record_id, p
    where a.batch_id = p.batch and a.table_name = 'subscriptions' and a.action = 'insert'
      and m.contact_id is not null
) as touched
group by contact_id
