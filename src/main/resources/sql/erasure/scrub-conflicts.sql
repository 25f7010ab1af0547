-- Conflicts about the person, or spelling one of their emails, lose both values; open ones are dismissed.
with f as (select ?::bigint[] as ids, ?::text[] as emails, ?::text as by)
update import_conflicts k
set current_value = null,
    incoming_value = null,
    status = case when k.status = 'open' then 'dismissed' else k.status end,
    resolved_by = case when k.status = 'open' then f.by else k.resolved_by end,
    resolved_at = case when k.status = 'open' then now() else k.resolved_at end
from f
where k.contact_id = any(f.ids)
   or exists (select 1 from unnest(f.emails) as e (email)
              where strpos(lower(coalesce(k.current_value, '') || ' ' || coalesce(k.incoming_value, '')), e.email) > 0)
