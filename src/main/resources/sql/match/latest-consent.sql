-- the newest applied consent observation per contact: an older observation never overrides it
select distinct on (contact_id) contact_id, subscribed, observed_at
from consent_events
where contact_id = any(?) and applied
order by contact_id, observed_at desc, id desc
