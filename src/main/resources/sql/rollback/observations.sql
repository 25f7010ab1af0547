-- The consent observations a batch recorded go with it (kept whole in the audit, so they can come back).
with del as (
    delete from consent_events e where e.batch_id = ? returning to_jsonb(e) as row
)
insert into import_audit_log (batch_id, table_name, record_id, action, field, old_value, new_value)
select ?, 'consent_events', (row ->> 'id')::bigint, 'delete', null, row::text, null
from del
