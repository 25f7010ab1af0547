-- Lock classification (docs/review.md), set-based over the contacts in scope (all when the scope is null):
--   edited by a person (a review decision set a data field to a value of their own) or known to a hand-kept list
--   (whichever source created the contact) -> FULL_LOCK;
--   data from 3+ sources -> FULL_LOCK; from 2 sources (enriched by one other) -> PARTIAL_LOCK; else UNLOCKED.
-- A source is counted by its system (kajabi-member and kajabi-subscribed are kajabi); 'legacy' (what adopt
-- brought from the legacy database: its ids, its consent) is provenance, not a source of data. A level is raised freely
-- but lowered only if the classifier set it itself (lock_reason 'auto: ...'): a level a person set (lock_reason
-- 'person: ...') or anything else set it is never lowered. Changes are audited in the running batch.
with p as (select ?::text[] as systems, ?::bigint[] as scope, ?::bigint as batch),
levels as (select array['UNLOCKED', 'PARTIAL_LOCK', 'FULL_LOCK'] as rank),
scope as (
    -- a join on the unnested ids, not "= any(array)": a batch can touch a million contacts
    select c.id, c.lock_level, c.lock_reason, c.source_system from contacts c, p
    where c.deleted_at is null and p.scope is null
    union all
    select c.id, c.lock_level, c.lock_reason, c.source_system from p, unnest(p.scope) as u(id)
    join contacts c on c.id = u.id
    where c.deleted_at is null
),
sources as (
    select s.id as contact_id, s.source_system as source from scope s
    union select e.contact_id, e.source from contact_emails e join scope s on s.id = e.contact_id
          where e.source <> 'legacy'
    union select i.contact_id, i.source from contact_identities i join scope s on s.id = i.contact_id
          where i.source <> 'legacy'
    union select e.contact_id, e.source from consent_events e join scope s on s.id = e.contact_id
          where e.source not in ('review', 'legacy')
    union select t.contact_id, t.source from transactions t join scope s on s.id = t.contact_id
    union select t.contact_id, t.source from subscriptions t join scope s on s.id = t.contact_id
),
source_systems as materialized (
    -- once per distinct source name, not per row (inlined, it ran per row)
    select n.source,
           coalesce((select k from unnest(p.systems) as k
                     where n.source = k or left(n.source, length(k) + 1) = k || '-'
                     order by length(k) desc limit 1), n.source) as system
    from (select distinct source from sources) as n, p
),
counted as (
    select x.contact_id, count(distinct m.system) as n, string_agg(distinct m.system, ', ') as names,
           bool_or(m.system = 'manual') as manual
    from sources x join source_systems m on m.source = x.source
    group by x.contact_id
),
review_edits as materialized (
    -- the fields the few review batches set, from those batches' audit rows (the audit log grows with every import;
    -- materialized, so that no plan starts from it)
    select a.record_id, a.batch_id, a.field
    from import_batches b
    join import_audit_log a on a.batch_id = b.id
    where b.kind = 'review' and b.status in ('applied', 'running') and a.table_name = 'contacts'
      and a.action = 'update'
      and a.field not in ('email_subscribed', 'subscription_protected', 'subscription_protected_reason',
                          'lock_level', 'lock_reason', 'updated_at', 'deleted_at')
),
edited as (
    select a.record_id as contact_id, max(a.batch_id) as batch_id
    from review_edits a
    join scope s on s.id = a.record_id
    -- a source's proposal a person took (TAKE) is the source's value, not a person's edit; where the value came
    -- from is looked up edit by edit (a scalar subquery: as a join, the planner read the provenance of every
    -- contact, 8 s at a million)
    where coalesce((select bool_and(f.by_person) from contact_field_sources f
                    where f.contact_id = a.record_id and f.field = a.field), true)
    group by a.record_id
),
computed as (
    select s.id, s.lock_level as old_level, s.lock_reason as old_reason,
           case when e.contact_id is not null or n.manual or n.n >= 3 then 'FULL_LOCK'
                when n.n = 2 then 'PARTIAL_LOCK' else 'UNLOCKED' end as level,
           case when e.contact_id is not null then 'auto: edited by a person (review batch ' || e.batch_id || ')'
                when n.manual then 'auto: hand-kept list'
                when n.n >= 2 then 'auto: ' || n.n || ' sources (' || n.names || ')'
                else 'auto: single source ' || coalesce(n.names, s.source_system) end as reason
    from scope s
    left join counted n on n.contact_id = s.id
    left join edited e on e.contact_id = s.id
),
decided as (
    select c.*, array_position(l.rank, c.level) - array_position(l.rank, c.old_level) as direction
    from computed c, levels l
    where (c.level, c.reason) is distinct from (c.old_level, c.old_reason)
      and (array_position(l.rank, c.level) > array_position(l.rank, c.old_level) or c.old_reason like 'auto:%')
),
upd as (
    update contacts c set lock_level = d.level, lock_reason = d.reason, updated_at = now()
    from decided d where c.id = d.id
    returning c.id, d.old_level, d.level, d.old_reason, d.reason
),
audit as (
    insert into import_audit_log (batch_id, table_name, record_id, action, field, old_value, new_value)
    select p.batch, 'contacts', u.id, 'update', f.field, f.old_value, f.new_value
    from p, upd u
    cross join lateral (values ('lock_level', u.old_level, u.level), ('lock_reason', u.old_reason, u.reason))
        as f(field, old_value, new_value)
    where f.old_value is distinct from f.new_value
)
select (select count(*) from scope) as contacts,
       (select count(*) from decided where direction > 0) as raised,
       (select count(*) from decided where direction < 0) as lowered,
       (select count(*) from decided where direction = 0) as reason_updated,
       (select count(*) from computed c, levels l
        where array_position(l.rank, c.level) < array_position(l.rank, c.old_level)
          and (c.old_reason is null or c.old_reason not like 'auto:%')) as held
