select i.source, i.external_id, i.contact_id
from unnest(?::text[], ?::text[]) as k(source, external_id)
join contact_identities i on i.source = k.source and i.external_id = k.external_id
join contacts c on c.id = i.contact_id and c.deleted_at is null
