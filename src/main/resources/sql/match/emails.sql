-- who holds each email of a chunk; contacts merged away (deleted_at) are dropped when the matched contacts are
-- loaded (match/contacts.sql), which reads their rows anyway
select e.email, e.contact_id
from contact_emails e
where e.email = any(?)
