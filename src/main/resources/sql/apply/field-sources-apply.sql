-- Where the chunk's changed values of existing contacts now come from: one upsert, audited by the data-model
-- convention (a new row as an insert by id, a changed one column by column), so a rollback restores the provenance
-- that was. A source's observation replaces a source's: by_person is never set by an import. A restatement (the
-- same text with better evidence) keeps the batch that stored the value.
with p as (select ?::bigint as batch),
prev as (
    select s.contact_id, s.field, f.id, f.source, f.evidence_at, f.batch_id, f.by_person, f.decided_by,
           f.fills_blanks_only
    from field_source_updates s
    left join contact_field_sources f on f.contact_id = s.contact_id and f.field = s.field
),
up as (
    insert into contact_field_sources (contact_id, field, source, evidence_at, batch_id, by_person, decided_by,
                                       fills_blanks_only)
    select s.contact_id, s.field, s.source, s.evidence_at, case when not s.restated then p.batch end, false, null,
           s.fills_blanks_only
    from field_source_updates s, p
    on conflict (contact_id, field) do update
        set source = excluded.source, evidence_at = excluded.evidence_at,
            batch_id = coalesce(excluded.batch_id, contact_field_sources.batch_id),
            by_person = false, decided_by = null, fills_blanks_only = excluded.fills_blanks_only
    returning id, contact_id, field, source, evidence_at, batch_id, fills_blanks_only
)
insert into import_audit_log (batch_id, table_name, record_id, action, field, old_value, new_value)
select p.batch, 'contact_field_sources', up.id, 'insert', null, null, up.contact_id || ' ' || up.field
from p, up join prev on prev.contact_id = up.contact_id and prev.field = up.field
where prev.id is null
union all
select p.batch, 'contact_field_sources', up.id, 'update', c.column_name, c.old_value, c.new_value
from p, up join prev on prev.contact_id = up.contact_id and prev.field = up.field
cross join lateral (values
    ('source', prev.source, up.source),
    ('evidence_at', prev.evidence_at::text, up.evidence_at::text),
    ('batch_id', prev.batch_id::text, up.batch_id::text),
    ('by_person', prev.by_person::text, 'false'),
    ('decided_by', prev.decided_by, null),
    ('fills_blanks_only', prev.fills_blanks_only::text, up.fills_blanks_only::text)
) as c(column_name, old_value, new_value)
where prev.id is not null and c.old_value is distinct from c.new_value
