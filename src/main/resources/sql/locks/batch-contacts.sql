-- The contacts a batch touched, those it created included (created: the batch created it): what the
-- auto-classification after it looks at, so that a contact's level is a function of its data, not of which source
-- created it or touched it last.
select contact_id, bool_or(created) as created
from (
    select record_id as contact_id, false as created from import_audit_log
    where batch_id = ?
      and table_name in ('contacts', 'contact_emails', 'contact_identities', 'contact_tags', 'contact_products')
    union all
    select id, true from contacts where created_batch_id = ?
    union all
    select contact_id, false from consent_events where batch_id = ?
    union all
    -- a payment or subscription alone can bring a contact a new source (transactions name their batch; an
    -- adoption's, and those inserted before V190, have an audit row)
    select contact_id, false from transactions where created_batch_id = ? and contact_id is not null
    union all
    select m.contact_id, false from import_audit_log a join transactions m on m.id = a.record_id
    where a.batch_id = ? and a.table_name = 'transactions' and a.action = 'insert' and m.contact_id is not null
    union all
    select m.contact_id, false from import_audit_log a join subscriptions m on m.id = a.record_id
    where a.batch_id = ? and a.table_name = 'subscriptions' and a.action = 'insert' and m.contact_id is not null
) as touched
group by contact_id
