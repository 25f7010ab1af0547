-- The target for an import's own rows of one table ({table}: one of ImportRowsByCopy.WRITTEN) written by COPY:
-- the columns, constraints and indexes of the real table, and its foreign keys as the catalogue holds them, so the
-- floor follows the data model (a link it declares without a key, unenforced_references, gets none here either).
-- The keys point at the real tables, which hold every row the copied ones refer to (the contacts the database held
-- before the import among them), so each key is checked as the import's own are.
do $$
declare
    fk record;
begin
    create table bench_rows_{table} (like {table} including all);
    for fk in select pg_get_constraintdef(c.oid) as definition from pg_constraint c
              where c.contype = 'f' and c.conrelid = '{table}'::regclass order by c.conname
    loop
        execute format('alter table bench_rows_{table} add %s', fk.definition);
    end loop;
end
$$
