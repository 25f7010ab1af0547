-- The kinds the duplicate's emails had (a primary email became additional when it moved).
with p as (select ?::jsonb as emails, ?::bigint as batch),
s as (select (e ->> 'id')::bigint as id, e ->> 'kind' as kind from p, jsonb_array_elements(p.emails) as e),
prev as (select e.id, e.kind from contact_emails e join s on s.id = e.id where e.kind is distinct from s.kind),
upd as (update contact_emails e set kind = s.kind from s, prev where e.id = s.id and prev.id = s.id returning e.id)
insert into import_audit_log (batch_id, table_name, record_id, action, field, old_value, new_value)
select p.batch, 'contact_emails', prev.id, 'update', 'kind', prev.kind, s.kind
from p, prev join s on s.id = prev.id join upd on upd.id = prev.id
