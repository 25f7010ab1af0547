-- who holds each (source, external id) of a chunk; contacts merged away (deleted_at) are dropped when the matched
-- contacts are loaded (match/contacts.sql), which reads their rows anyway
select i.source, i.external_id, i.contact_id
from unnest(?::text[], ?::text[]) as k(source, external_id)
join contact_identities i on i.source = k.source and i.external_id = k.external_id
