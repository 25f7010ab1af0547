-- Where a contact's field now comes from: a source's proposal taken, or a person's value (write_provenance audits
-- it by the data-model convention).
with p as (select ?::bigint as contact_id, ?::text as field, ?::text as source, ?::timestamptz as evidence_at,
                  ?::bigint as batch_id, ?::boolean as by_person, ?::text as decided_by, ?::bigint as batch)
select write_provenance(p.batch, array[p.contact_id],
                        array[jsonb_build_object(p.field, provenance_entry(p.source, p.evidence_at, p.batch_id,
                                                                           p.by_person, p.decided_by, false))])
from p
