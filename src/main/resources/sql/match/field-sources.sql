-- Where the loaded contacts' stored values came from (docs/values.md), and which batch and person stored them.
select contact_id, field, source, evidence_at, by_person, fills_blanks_only, batch_id, decided_by
from contact_field_sources
where contact_id = any(?)
