-- An unmerge: the entries the duplicate had where the kept contact had none (what the merge moved with the values it
-- filled, read from the merge's snapshots) leave the kept contact and go back to the duplicate, audited.
with p as (select ?::bigint as keep, ?::bigint as dup, ?::jsonb as kept, ?::jsonb as merged, ?::bigint as batch),
moved as (
    select e.key, e.value from p, jsonb_each(p.merged) e where p.kept -> e.key is null
)
select write_provenance(p.batch, array[p.keep, p.dup],
                        array[jsonb_object_agg(m.key, 'null'::jsonb), jsonb_object_agg(m.key, m.value)])
from p, moved m
group by p.keep, p.dup, p.batch
