with ins as (
    insert into contact_merges (kept_contact_id, merged_contact_id, batch_id, kept_snapshot, merged_snapshot)
    values (?, ?, ?, ?::jsonb, ?::jsonb)
    returning id, batch_id, kept_contact_id, merged_contact_id
),
audit as (
    insert into import_audit_log (batch_id, table_name, record_id, action, field, old_value, new_value)
    select batch_id, 'contact_merges', id, 'insert', null, null,
           'contact ' || merged_contact_id || ' into ' || kept_contact_id
    from ins
)
select id from ins
