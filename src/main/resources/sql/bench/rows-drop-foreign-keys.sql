-- The same copies without their foreign keys: what the data model's referential checks cost.
do $$
declare
    fk record;
begin
    for fk in select conrelid::regclass as tab, conname from pg_constraint
              where contype = 'f' and conrelid::regclass::text like 'bench\_rows\_%'
    loop
        execute format('alter table %s drop constraint %I', fk.tab, fk.conname);
    end loop;
end
$$
