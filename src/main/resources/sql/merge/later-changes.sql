-- Changes applied after a merge to what an unmerge would put back: the two contact rows and the rows that moved.
with m as (select batch_id, kept_contact_id, merged_contact_id, merged_snapshot from contact_merges where id = ?),
moved as (
    select 'contacts' as table_name, kept_contact_id as record_id from m
    union select 'contacts', merged_contact_id from m
    union select 'contact_emails', (e ->> 'id')::bigint from m, jsonb_array_elements(m.merged_snapshot -> 'emails') e
    union select t.key, x::bigint
          from m, jsonb_each(m.merged_snapshot) t, jsonb_array_elements_text(t.value) x
          where t.key in ('contact_identities', 'subscriptions', 'transactions', 'consent_events')
)
select distinct a.batch_id, b.kind, a.table_name, a.record_id, a.field
from m, import_audit_log a
join import_batches b on b.id = a.batch_id
join moved mv on mv.table_name = a.table_name and mv.record_id = a.record_id
where a.batch_id > m.batch_id and b.status = 'applied' and b.kind <> 'rollback'
  and coalesce(a.field, '') <> 'updated_at'
order by 1, 3, 4, 5
