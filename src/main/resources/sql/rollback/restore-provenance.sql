-- Puts back where a batch's values came from: of each contact and field whose entry the batch changed, the entry
-- before its first change there (JSON null: there was none), leaving the other fields' entries alone; audited by
-- write_provenance like any change of provenance. A contact no longer there has nothing to put back. (An import's
-- "before" may share one entry among its fields, V192: written out here.)
with e as (
    select distinct on (a.record_id, k.key) a.record_id, k.key, k.value
    from import_audit_log a
    cross join lateral jsonb_each(provenance_fields(a.old_value::jsonb)) k
    where a.batch_id = ? and a.table_name = 'contact_provenance' and a.action = 'update' and a.field = 'fields'
    order by a.record_id, k.key, a.id
),
patches as (
    select e.record_id, jsonb_object_agg(e.key, e.value) as patch
    from e join contacts c on c.id = e.record_id
    group by e.record_id
)
select write_provenance(?, array_agg(record_id), array_agg(patch)) from patches
