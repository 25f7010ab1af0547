-- The field-level history of the person's rows (their contacts, emails, ids, tag and product links, consent), and
-- any other history row that spells one of their emails, goes: an undo can then only ever meet the stub.
with f as (select ?::bigint[] as ids, ?::text[] as emails)
delete from import_audit_log a
using f
where (a.table_name in ('contacts', 'contact_tags', 'contact_products') and a.record_id = any(f.ids))
   or (a.table_name = 'contact_emails'
       and a.record_id in (select e.id from contact_emails e where e.contact_id = any(f.ids)))
   or (a.table_name = 'contact_identities'
       and a.record_id in (select i.id from contact_identities i where i.contact_id = any(f.ids)))
   or (a.table_name = 'consent_events'
       and a.record_id in (select ce.id from consent_events ce where ce.contact_id = any(f.ids)))
   or exists (select 1 from unnest(f.emails) as e (email)
              where strpos(lower(coalesce(a.old_value, '') || ' ' || coalesce(a.new_value, '')), e.email) > 0)
