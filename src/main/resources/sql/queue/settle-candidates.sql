-- Open items about a contact's field or consent, with what is stored now: those whose proposal it equals settle.
select k.id, k.field, k.incoming_value, to_jsonb(c) ->> k.field as stored, c.country
from import_conflicts k
join contacts c on c.id = k.contact_id
where k.status = 'open' and conflict_family(k.reason) in ('value', 'consent') and c.deleted_at is null
