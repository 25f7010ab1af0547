-- single-column references that point at a table, by foreign key or declared without one (unenforced_references,
-- kept by triggers and the audit): who must go (or let go) before one of its rows is deleted
with refs as (
    select c.conrelid as child, a.attname as child_column, c.confdeltype = 'c' as cascades, a.attnotnull
    from pg_constraint c
    join pg_attribute a on a.attrelid = c.conrelid and a.attnum = c.conkey[1]
    where c.contype = 'f' and c.confrelid = ?::regclass and cardinality(c.conkey) = 1
    union all
    select r.child_table::regclass, r.child_column, r.cascades, a.attnotnull
    from unenforced_references r
    join pg_attribute a on a.attrelid = r.child_table::regclass and a.attname = r.child_column
    where r.parent_table::regclass = ?::regclass
)
select r.child::regclass::text as child_table, r.child_column, r.cascades, not r.attnotnull as nullable,
       exists (select 1 from pg_attribute i where i.attrelid = r.child and i.attname = 'id' and not i.attisdropped)
           as child_has_id
from refs r
order by 1, 2
