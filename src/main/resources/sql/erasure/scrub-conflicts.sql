-- Review items about the person, or spelling one of their emails (in any of their evidence too), lose both values,
-- as does their evidence; open ones are dismissed.
with f as (select ?::bigint[] as ids, ?::text[] as emails, ?::text as by),
targets as (
    select k.id from import_conflicts k, f
    where k.contact_id = any(f.ids)
       or exists (select 1 from unnest(f.emails) as e (email)
                  where strpos(lower(coalesce(k.current_value, '') || ' ' || coalesce(k.incoming_value, '')),
                               e.email) > 0)
    union
    select v.conflict_id from import_conflict_evidence v, f
    where exists (select 1 from unnest(f.emails) as e (email)
                  where strpos(lower(coalesce(v.current_value, '') || ' ' || coalesce(v.proposed_value, '')),
                               e.email) > 0)
),
evidence as (
    update import_conflict_evidence v set proposed_value = null, current_value = null
    where v.conflict_id in (select id from targets)
)
update import_conflicts k
set current_value = null,
    incoming_value = null,
    status = case when k.status = 'open' then 'dismissed' else k.status end,
    resolved_by = case when k.status = 'open' then f.by else k.resolved_by end,
    resolved_at = case when k.status = 'open' then now() else k.resolved_at end
from f
where k.id in (select id from targets)
