-- The contacts a batch touched that existed before it: what the auto-classification after it looks at. A contact
-- the batch created holds data of the batch's one source, so it keeps its source's initial level (classifying it
-- would only rewrite every new contact's lock_reason). Set operators apply left to right: (a ∪ b) − created.
select record_id from import_audit_log
where batch_id = ?
  and table_name in ('contacts', 'contact_emails', 'contact_identities', 'contact_tags', 'contact_products')
union
select contact_id from consent_events where batch_id = ?
except
select record_id from import_audit_log
where batch_id = ? and table_name = 'contacts' and action = 'insert'
