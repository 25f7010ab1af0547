-- Where the chunk's changed values of existing contacts now come from: one patch per contact, written and audited
-- by write_provenance (so a rollback restores the provenance that was). A source's observation replaces a
-- source's: an import never marks a value a person's. A restatement (the same text with better evidence) keeps the
-- batch that stored the value.
with p as (select ?::bigint as batch),
patches as (
    select s.contact_id,
           jsonb_object_agg(s.field, provenance_entry(s.source, s.evidence_at,
                   case when s.restated then (t.fields -> s.field ->> 'batch')::bigint else p.batch end,
                   false, null, s.fills_blanks_only)) as patch
    from field_source_updates s
    cross join p
    left join contact_provenance t on t.id = s.contact_id
    group by s.contact_id
)
select write_provenance(p.batch, array_agg(patches.contact_id), array_agg(patches.patch))
from p, patches
group by p.batch
