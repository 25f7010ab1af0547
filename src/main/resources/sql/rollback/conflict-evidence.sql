-- The evidence a batch added to review items goes with it (kept whole in the audit, so it can come back); returns
-- the items it was evidence of.
with del as (
    delete from import_conflict_evidence e where e.batch_id = ? returning to_jsonb(e) as row
),
audit as (
    insert into import_audit_log (batch_id, table_name, record_id, action, field, old_value, new_value)
    select ?, 'import_conflict_evidence', (row ->> 'id')::bigint, 'delete', null, row::text, null
    from del
)
select distinct (row ->> 'conflict_id')::bigint from del
