select e.email, e.contact_id
from contact_emails e
join contacts c on c.id = e.contact_id and c.deleted_at is null
where e.email = any(?)
