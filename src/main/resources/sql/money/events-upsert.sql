-- The chunk's events (many orders name one event; per event, the last non-blank value of each column counts):
-- inserted, or updated only where a value differs (a blank never erases). Each insert is one audit row, each changed
-- field one more. Parameters: source, batch id.
with params as (select ?::text as source, ?::bigint as batch),
staged as (
    select external_id,
        (array_agg(name order by line desc) filter (where name is not null))[1] as name,
        (array_agg(starts_at order by line desc) filter (where starts_at is not null))[1] as starts_at,
        (array_agg(ends_at order by line desc) filter (where ends_at is not null))[1] as ends_at
    from event_stage group by external_id
),
old as (
    select e.* from events e join staged st on st.external_id = e.external_id, params p where e.source = p.source
),
upserted as (
    insert into events as e (source, external_id, name, starts_at, ends_at)
    select p.source, st.external_id, st.name, st.starts_at, st.ends_at from staged st, params p
    on conflict (source, external_id) do update set
        name = coalesce(excluded.name, e.name),
        starts_at = coalesce(excluded.starts_at, e.starts_at),
        ends_at = coalesce(excluded.ends_at, e.ends_at)
    where (e.name, e.starts_at, e.ends_at) is distinct from
          (coalesce(excluded.name, e.name), coalesce(excluded.starts_at, e.starts_at),
           coalesce(excluded.ends_at, e.ends_at))
    returning e.id, e.external_id, (e.xmax = 0) as inserted, e.name, e.starts_at, e.ends_at
)
insert into import_audit_log (batch_id, table_name, record_id, action, field, old_value, new_value)
select p.batch, 'events', u.id, 'insert', null, null, u.external_id from upserted u, params p where u.inserted
union all
select p.batch, 'events', u.id, 'update', f.field, f.old_value, f.new_value
from upserted u join old o on o.external_id = u.external_id
cross join params p
cross join lateral (values
    ('name', o.name, u.name),
    ('starts_at', o.starts_at::text, u.starts_at::text),
    ('ends_at', o.ends_at::text, u.ends_at::text)) as f(field, old_value, new_value)
where not u.inserted and f.old_value is distinct from f.new_value
