-- The fact and time of each opt-in or opt-out stays; the address goes.
with f as (select ?::bigint[] as ids, ?::text[] as emails)
update consent_events ce
set email = null
from f
where ce.email is not null and (ce.contact_id = any(f.ids) or lower(trim(ce.email)) = any(f.emails))
