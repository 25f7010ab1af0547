-- The contacts a batch touched that existed before it: what the auto-classification after it looks at. A contact
-- the batch created holds data of the batch's one source, so it keeps its source's initial level (classifying it
-- would only rewrite every new contact's lock_reason). The created ones are left out row by row (an index probe
-- each) rather than by EXCEPT, which would read every row an all-new batch inserted only to subtract them all.
select x.contact_id from (
    select record_id as contact_id from import_audit_log
    where batch_id = ?
      and table_name in ('contacts', 'contact_emails', 'contact_identities', 'contact_tags', 'contact_products')
      and not (table_name = 'contacts' and action = 'insert')
    union
    select contact_id from consent_events where batch_id = ?
    union
    -- a payment or subscription alone can bring a contact a new source: the level must not depend on which file
    -- touched the contact last
    select m.contact_id from import_audit_log a join transactions m on m.id = a.record_id
    where a.batch_id = ? and a.table_name = 'transactions' and a.action = 'insert' and m.contact_id is not null
    union
    select m.contact_id from import_audit_log a join subscriptions m on m.id = a.record_id
    where a.batch_id = ? and a.table_name = 'subscriptions' and a.action = 'insert' and m.contact_id is not null
) x
where not exists (select from import_audit_log i
                  where i.table_name = 'contacts' and i.record_id = x.contact_id
                    and i.batch_id = ? and i.action = 'insert')
