-- the consent evidence that counts per contact: of each kind (opt-in, opt-out) the greatest authoritative
-- observation, by evidence time, then a person's decision (source 'review'), then the greater source name
-- (consent/ConsentRules.RANK)
select distinct on (contact_id, subscribed) contact_id, subscribed, observed_at, source, dated,
       coalesce(system, source) as system
from consent_events
where contact_id = any(?) and authoritative
order by contact_id, subscribed, observed_at desc, (source = 'review') desc, source desc, id
