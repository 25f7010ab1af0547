-- The values a person declined for the loaded contacts (a kept conflict about a field): never proposed again.
select contact_id, field, incoming_value
from import_conflicts
where contact_id = any(?) and status = 'kept' and incoming_value is not null
  and reason in ('LOCKED', 'FILL_BLANK')
