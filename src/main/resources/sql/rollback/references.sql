-- single-column foreign keys that point at a table: who must go (or let go) before one of its rows is deleted
select c.conrelid::regclass::text as child_table, a.attname as child_column, c.confdeltype = 'c' as cascades,
       not a.attnotnull as nullable,
       exists (select 1 from pg_attribute i where i.attrelid = c.conrelid and i.attname = 'id' and not i.attisdropped)
           as child_has_id
from pg_constraint c
join pg_attribute a on a.attrelid = c.conrelid and a.attnum = c.conkey[1]
where c.contype = 'f' and c.confrelid = ?::regclass and cardinality(c.conkey) = 1
order by 1, 2
