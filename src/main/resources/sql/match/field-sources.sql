-- Where the loaded contacts' stored values came from (docs/values.md).
select contact_id, field, source, evidence_at, by_person, fills_blanks_only
from contact_field_sources
where contact_id = any(?)
