select id, batch_id, line, contact_id, field, current_value, incoming_value, reason,
       split_part(incoming_value, ':', 1)::int as score
from import_conflicts
where reason = 'DUPLICATE' and status = 'open'
order by score desc, id
