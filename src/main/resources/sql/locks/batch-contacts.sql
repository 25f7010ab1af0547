-- the contacts a batch touched: what the auto-classification after it looks at
select record_id from import_audit_log
where batch_id = ?
  and table_name in ('contacts', 'contact_emails', 'contact_identities', 'contact_tags', 'contact_products')
union
select contact_id from consent_events where batch_id = ?
