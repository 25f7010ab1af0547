-- Where the loaded contacts' stored values came from (docs/values.md), and which batch and person stored them: the
-- row as stored, one per contact (match/StoredProvenance reads it).
select id, fields::text
from contact_provenance
where id = any(?)
