-- After a full subscriptions export: every subscription of its source the file did not list is marked missing
-- since the export (never deleted, its status untouched); each newly marked one is audited as a field update.
-- Parameters: source, batch id, the file's export time. Returns how many were newly marked.
with params as (select ?::text as source, ?::bigint as batch, ?::timestamptz as observed_at),
marked as (
    update subscriptions s set missing_since = p.observed_at, updated_at = now()
    from params p
    where s.source = p.source and s.missing_since is null
      and not exists (select 1 from subscriptions_seen x where x.external_id = s.external_id)
    returning s.id, s.missing_since
),
audit as (
    insert into import_audit_log (batch_id, table_name, record_id, action, field, old_value, new_value)
    select p.batch, 'subscriptions', m.id, 'update', 'missing_since', null, m.missing_since::text
    from marked m, params p
)
select count(*) from marked
