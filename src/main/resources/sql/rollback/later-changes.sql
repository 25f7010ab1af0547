-- Later applied batches (rollbacks aside) that changed what this batch changed: the same field of the same record,
-- any field of a record it inserted, a merge of a contact it touched, or a decision on one of its conflicts that
-- changed data. Rolling this batch back alone would silently undo or break their work. Where a value came from
-- (contact_provenance) follows the value: a later batch that changed the value is found through contacts, one
-- that only restated it with newer evidence is not a change of data. Parameter: the batch.
-- not materialized: the planner then sees the batch and reads it through its indexes (docs/architecture.md)
with p as not materialized (select ?::bigint as batch),
mine as (
    select distinct table_name, record_id, field, action from import_audit_log, p
    where batch_id = p.batch and table_name not in ('import_conflicts', 'contact_field_sources', 'contact_provenance')
      and coalesce(field, '') <> 'updated_at'
    union
    -- the rows it inserted that name it, as their audit rows would say it
    select table_name, record_id, null, 'insert' from batch_created_rows, p where batch_id = p.batch
),
touched_contacts as (
    select record_id from mine
    where table_name in ('contacts', 'contact_emails', 'contact_identities', 'contact_tags', 'contact_products')
),
later as (
    select a.batch_id, b.kind, a.table_name, a.record_id, a.field, a.action
    from import_audit_log a
    join import_batches b on b.id = a.batch_id
    cross join p
    where a.batch_id > p.batch and b.status = 'applied' and b.kind <> 'rollback'
      and a.table_name not in ('import_conflicts', 'contact_field_sources', 'contact_provenance')
      and coalesce(a.field, '') <> 'updated_at'
)
select l.batch_id, l.kind, l.table_name, l.record_id, l.field
from later l
where exists (select 1 from mine m where m.table_name = l.table_name and m.record_id = l.record_id
              and (m.field is not distinct from l.field or (m.action = 'insert' and m.field is null)))
union
select l.batch_id, l.kind, l.table_name, l.record_id, l.field
from later l
join contact_merges cm on cm.batch_id = l.batch_id and l.table_name = 'contact_merges' and cm.id = l.record_id
where cm.kept_contact_id in (select record_id from touched_contacts)
   or cm.merged_contact_id in (select record_id from touched_contacts)
union
select l.batch_id, l.kind, l.table_name, l.record_id, l.field
from later l
where l.batch_id in (select k.resolution_batch_id from import_conflicts k, p where k.batch_id = p.batch)
order by 1, 3, 4, 5
