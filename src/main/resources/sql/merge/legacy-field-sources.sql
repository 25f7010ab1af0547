-- A snapshot taken before provenance became one row per contact names the old rows by id: which fields they were
-- (contact_field_source_ids), with the entries those fields have now on the given contact.
select coalesce(jsonb_object_agg(i.field, coalesce(provenance_field(t.fields, i.field), 'null'::jsonb)), '{}')::text
from contact_field_source_ids i
left join contact_provenance t on t.id = ?
where i.id in (select jsonb_array_elements_text(?::jsonb)::bigint)
